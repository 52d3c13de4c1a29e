//! The signed-in person's account, pages and API together: sign-in and
//! sessions, the account page, password change, recovery contacts and the
//! security question (`/login`, `/account…`, `/api/v1/session`, `/api/v1/me…`).

mod api;
mod pages;

pub(crate) use api::PasswordChanged;
pub use api::routes;
pub(crate) use pages::outcome;
pub use pages::pages;
