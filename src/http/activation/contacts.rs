//! The confirm page (URegister's step 3/4) with a consent box per contact on
//! record, and the page that asks for the code sent to a consented contact
//! that did not get the first PIN.

use std::net::IpAddr;

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use minijinja::context;
use serde::Deserialize;

use super::steps::{at_step, opt, outcome_page, see_other, step_url};
use crate::http::journey_error;
use crate::http::lang::Lang;
use crate::http::pages::page;
use crate::http::{App, AppState, ClientIp, CsrfToken};
use crate::journey::JourneyError;
use crate::journey::activation::{self, ConfirmInput, Step, VerifyContactInput};
use crate::notify::Channel;

/// `GET /activate/{flow}/confirm`.
pub async fn confirm_form(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
    Path(flow): Path<String>,
) -> Response {
    match activation::details(&app, &flow, &lang).await {
        Ok(d) => {
            let role = app
                .config
                .activation
                .roles
                .iter()
                .find(|r| r.id == d.role)
                .map(|r| {
                    // A noun ("Student"), not the choice's sentence ("I am a student").
                    let id = format!("role-{}", r.affiliation.to_ascii_lowercase());
                    if app.i18n.has(&id) {
                        app.i18n.t(&lang, &id)
                    } else {
                        r.label.get(&lang).to_string()
                    }
                })
                .unwrap_or_default();
            let ctx = context! { flow, csrf, step => 3, d, role };
            page(
                &app,
                &lang,
                "activation/confirm.html",
                StatusCode::OK,
                &step_url(&flow, Step::Confirm),
                ctx,
            )
        }
        Err(e) => outcome_page(&app, &lang, &flow, &e).await,
    }
}

/// The confirm form: which button, and the consent boxes.
#[derive(Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    consent_mobile: Option<String>,
    #[serde(default)]
    consent_email: Option<String>,
}

/// `POST /activate/{flow}/confirm`.
pub async fn confirm(
    State(app): State<AppState>,
    Lang(lang): Lang,
    Path(flow): Path<String>,
    Form(f): Form<ConfirmForm>,
) -> Response {
    let input = ConfirmInput {
        agree: f.decision == "agree",
        consent_mobile: f.consent_mobile.is_some(),
        consent_email: f.consent_email.is_some(),
    };
    match activation::confirm(&app, &flow, input).await {
        Ok(s) => see_other(&flow, s),
        Err(e) => outcome_page(&app, &lang, &flow, &e).await,
    }
}

async fn verify_page(
    app: &App,
    lang: &str,
    flow: &str,
    csrf: &str,
    status: StatusCode,
    e: Option<&JourneyError>,
    notice: Option<String>,
) -> Response {
    let pending = match activation::pending_contact(app, flow).await {
        Ok(p) => p,
        Err(e) => return outcome_page(app, lang, flow, &e).await,
    };
    let (intro, failure) = match pending.channel {
        Channel::Sms => (
            "activation-verify-intro-sms",
            "activation-pin-send-failed-sms",
        ),
        Channel::Email => (
            "activation-verify-intro-email",
            "activation-pin-send-failed-email",
        ),
    };
    let intro = app.i18n.t_args(
        lang,
        intro,
        &[("to", crate::i18n::Arg::Str(pending.to.clone()))],
    );
    let failure = crate::journey::activation::send_failure(app, flow)
        .await
        .map(|_| app.i18n.t(lang, failure));
    let (alert, errors, _) = journey_error::form_errors(app, lang, e);
    let ctx = context! {
        flow, csrf, step => 3, intro, failure, notice, alert, errors,
        minutes => app.pins.config().ttl_minutes,
    };
    page(
        app,
        lang,
        "activation/verify_contact.html",
        status,
        &step_url(flow, Step::VerifyContact),
        ctx,
    )
}

/// `GET /activate/{flow}/verify-contact`.
pub async fn verify_form(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
    Path(flow): Path<String>,
) -> Response {
    at_step(&app, &lang, &flow, Step::VerifyContact, || {
        verify_page(&app, &lang, &flow, &csrf, StatusCode::OK, None, None)
    })
    .await
}

/// The code form; the "continue without it" button sends `skip`.
#[derive(Deserialize)]
pub struct VerifyForm {
    #[serde(default)]
    pin: String,
    #[serde(default)]
    skip: Option<String>,
}

/// `POST /activate/{flow}/verify-contact`.
pub async fn verify(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    Path(flow): Path<String>,
    Form(f): Form<VerifyForm>,
) -> Response {
    let input = VerifyContactInput {
        pin: opt(f.pin),
        skip: f.skip.is_some(),
    };
    match activation::verify_contact(&app, &flow, input, ip).await {
        Ok(s) => see_other(&flow, s),
        Err(e @ (JourneyError::Fields(_) | JourneyError::Pin(_))) => {
            journey_error::note(&e);
            let status = journey_error::status(&e);
            let mut r = verify_page(&app, &lang, &flow, &csrf, status, Some(&e), None).await;
            journey_error::add_retry_after(&mut r, &e);
            r
        }
        Err(e) => outcome_page(&app, &lang, &flow, &e).await,
    }
}

/// "Send a new code" on the code page (`POST /activate/{flow}/resend`).
pub(crate) async fn resend(
    app: &AppState,
    lang: &str,
    ip: IpAddr,
    csrf: &str,
    flow: &str,
) -> Response {
    match activation::resend(app, flow, ip).await {
        Ok(()) => {
            let notice = Some(app.i18n.t(lang, "activation-verify-resent"));
            verify_page(app, lang, flow, csrf, StatusCode::OK, None, notice).await
        }
        Err(e @ JourneyError::Pin(_)) => {
            journey_error::note(&e);
            let status = journey_error::status(&e);
            let mut r = verify_page(app, lang, flow, csrf, status, Some(&e), None).await;
            journey_error::add_retry_after(&mut r, &e);
            r
        }
        Err(e) => outcome_page(app, lang, flow, &e).await,
    }
}
