//! Forgotten password and username, pages and API together (`/recover…`,
//! `/forgot-username`, `/api/v1/recovery…`, `/api/v1/username-recovery`).

mod api;
mod pages;

pub use api::routes;
pub use pages::pages;
