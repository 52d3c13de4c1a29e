//! First-time activation, pages and API together (`/activate…`,
//! `/api/v1/activation…`): the steps' pages, the contact confirmation and
//! verification pages, the shared step plumbing, and the JSON operations.

mod api;
mod contacts;
mod pages;
mod steps;

pub use api::{PinInput, routes};
pub use pages::pages;
pub(crate) use steps::outcome_page;
