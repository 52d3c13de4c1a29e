//! What every activation page shares: the URL of each step, the redirect to
//! the step a journey is at, and the pages of outcomes that are not a form
//! to correct.

use axum::response::{IntoResponse, Redirect, Response};
use minijinja::context;

use crate::http::App;
use crate::http::journey_error;
use crate::http::pages::page;
use crate::journey::JourneyError;
use crate::journey::activation::Step;

pub(crate) fn step_url(flow: &str, step: Step) -> String {
    let s = match step {
        Step::Identify => "identify",
        Step::Pin => "pin",
        Step::NationalId => "national-id",
        Step::Confirm => "confirm",
        Step::VerifyContact => "verify-contact",
        Step::Password => "password",
        Step::Done => "welcome",
        Step::Disagreed => "disagree",
    };
    format!("/activate/{flow}/{s}")
}

pub(crate) fn see_other(flow: &str, step: Step) -> Response {
    Redirect::to(&step_url(flow, step)).into_response()
}

/// Shows a step's form when the journey is at that step; otherwise sends the
/// person to the step they are at (or says the journey is gone).
pub(crate) async fn at_step<F: std::future::Future<Output = Response>>(
    app: &App,
    lang: &str,
    flow: &str,
    want: Step,
    show: impl FnOnce() -> F,
) -> Response {
    match app.activation.step(flow).await {
        Some(s) if s == want => show().await,
        Some(s) => see_other(flow, s),
        None => outcome_page(app, lang, flow, &JourneyError::FlowNotFound).await,
    }
}

/// Errors that are a page of their own (not a form to correct).
pub(crate) async fn outcome_page(app: &App, lang: &str, flow: &str, e: &JourneyError) -> Response {
    journey_error::note(e);
    let contact = app
        .config
        .activation
        .registrar_contact
        .get(lang)
        .to_string();
    let ctx = match e {
        JourneyError::AlreadyActive => context! { kind => "already" },
        JourneyError::RequiredFieldsMissing(m) => {
            let fields: Vec<String> = m
                .iter()
                .map(|f| app.i18n.t(lang, &format!("missing-{f}")))
                .collect();
            context! { kind => "missing", fields => fields.join(", "), contact }
        }
        JourneyError::AmkaMismatch => context! { kind => "amka", contact },
        JourneyError::WrongStep => {
            if let Some(s) = app.activation.step(flow).await {
                return see_other(flow, s);
            }
            context! { kind => "error", message => journey_error::message(app, lang, e) }
        }
        _ => context! { kind => "error", message => journey_error::message(app, lang, e) },
    };
    let mut r = page(
        app,
        lang,
        "activation/outcome.html",
        journey_error::status(e),
        "/activate",
        ctx,
    );
    journey_error::add_retry_after(&mut r, e);
    r
}

/// A form value, absent when blank.
pub(crate) fn opt(s: String) -> Option<String> {
    (!s.trim().is_empty()).then_some(s)
}
