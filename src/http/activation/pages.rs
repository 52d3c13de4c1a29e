//! The activation pages: server-rendered, one form per step, working without
//! JavaScript. A successful POST redirects to the next step (303); a refused
//! one shows the same form again with the errors next to their fields.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use minijinja::{Value, context};
use serde::Deserialize;

use super::steps::{at_step, opt, outcome_page, see_other, step_url};
use crate::config::IdentifyBy;
use crate::http::journey_error;
use crate::http::lang::Lang;
use crate::http::pages::page;
use crate::http::suggest::{self, Shown, SuggestQuery};
use crate::http::{App, AppState, ClientIp, CsrfToken};
use crate::journey::JourneyError;
use crate::journey::activation::{self, IdentifyInput, NationalIdInput, PasswordInput, Step};
use crate::notify::Channel;

/// `GET /activate`: the start page with the roles.
pub async fn start_page(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
) -> Response {
    let roles: Vec<Value> = app
        .config
        .activation
        .roles
        .iter()
        .map(|r| context! { id => r.id, label => r.label.get(&lang) })
        .collect();
    page(
        &app,
        &lang,
        "activation/start.html",
        StatusCode::OK,
        "/activate",
        context! { roles, csrf },
    )
}

/// The role chosen on the start page.
#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
}

/// `POST /activate`.
pub async fn start(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Form(f): Form<RoleForm>,
) -> Response {
    match activation::start(&app, &f.role, &lang, ip).await {
        Ok(s) => {
            let mut r = see_other(&s.flow, Step::Identify);
            crate::http::binding::set_cookie(&app, &mut r, "/activate", &s.flow, &s.secret);
            r
        }
        Err(e) => outcome_page(&app, &lang, "", &e).await,
    }
}

async fn identify_page(
    app: &App,
    lang: &str,
    flow: &str,
    csrf: &str,
    status: StatusCode,
    values: &IdentifyInput,
    e: Option<&JourneyError>,
) -> Response {
    let Some(f) = app.activation.get_public(flow).await else {
        return outcome_page(app, lang, flow, &JourneyError::FlowNotFound).await;
    };
    let by_number = app
        .config
        .activation
        .roles
        .iter()
        .find(|r| r.id == f.role)
        .is_some_and(|r| r.identify == IdentifyBy::PersonalNumber);
    let (alert, errors, _) = journey_error::form_errors(app, lang, e);
    let no_match = matches!(e, Some(JourneyError::NoMatch));
    let ctx = context! {
        flow, csrf, step => 1, by_number, alert, no_match, errors,
        mobile => values.mobile, email => values.email,
        personal_number => values.personal_number, birth_date => values.birth_date,
        minutes => app.pins.config().ttl_minutes,
    };
    page(
        app,
        lang,
        "activation/identify.html",
        status,
        &step_url(flow, Step::Identify),
        ctx,
    )
}

/// `GET /activate/{flow}/identify`.
pub async fn identify_form(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
    Path(flow): Path<String>,
) -> Response {
    identify_page(
        &app,
        &lang,
        &flow,
        &csrf,
        StatusCode::OK,
        &IdentifyInput::default(),
        None,
    )
    .await
}

/// The identification form (every field optional; the role decides which count).
#[derive(Deserialize, Default)]
pub struct IdentifyForm {
    #[serde(default)]
    mobile: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    personal_number: String,
    #[serde(default)]
    birth_date: String,
}

/// `POST /activate/{flow}/identify`.
pub async fn identify(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    Path(flow): Path<String>,
    Form(f): Form<IdentifyForm>,
) -> Response {
    let input = IdentifyInput {
        mobile: opt(f.mobile),
        email: opt(f.email),
        personal_number: opt(f.personal_number),
        birth_date: opt(f.birth_date),
    };
    match activation::identify(&app, &flow, input.clone(), ip).await {
        Ok(s) => see_other(&flow, s),
        Err(e @ (JourneyError::Fields(_) | JourneyError::NoMatch)) => {
            journey_error::note(&e);
            identify_page(
                &app,
                &lang,
                &flow,
                &csrf,
                journey_error::status(&e),
                &input,
                Some(&e),
            )
            .await
        }
        Err(e) => outcome_page(&app, &lang, &flow, &e).await,
    }
}

async fn pin_page(
    app: &App,
    lang: &str,
    flow: &str,
    csrf: &str,
    status: StatusCode,
    e: Option<&JourneyError>,
    notice: Option<String>,
) -> Response {
    let failure = crate::journey::activation::send_failure(app, flow)
        .await
        .map(|f| match f.channel {
            Channel::Email => app.i18n.t(lang, "activation-pin-send-failed-email"),
            Channel::Sms => app.i18n.t(lang, "activation-pin-send-failed-sms"),
        });
    let contact = app
        .config
        .activation
        .registrar_contact
        .get(lang)
        .to_string();
    let (alert, errors, _) = journey_error::form_errors(app, lang, e);
    let sent_to = app
        .activation
        .get_public(flow)
        .await
        .map(|f| f.sent_to.join(", "))
        .unwrap_or_default();
    let ctx = context! {
        flow, csrf, step => 2, failure, notice, contact, sent_to,
        alert, errors,
        minutes => app.pins.config().ttl_minutes,
        digits => app.pins.config().digits,
    };
    page(
        app,
        lang,
        "activation/pin.html",
        status,
        &step_url(flow, Step::Pin),
        ctx,
    )
}

/// `GET /activate/{flow}/pin`.
pub async fn pin_form(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
    Path(flow): Path<String>,
) -> Response {
    at_step(&app, &lang, &flow, Step::Pin, || {
        pin_page(&app, &lang, &flow, &csrf, StatusCode::OK, None, None)
    })
    .await
}

/// The PIN form.
#[derive(Deserialize)]
pub struct PinForm {
    #[serde(default)]
    pin: String,
}

/// `POST /activate/{flow}/pin`.
pub async fn pin(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    Path(flow): Path<String>,
    Form(f): Form<PinForm>,
) -> Response {
    match activation::pin(&app, &flow, &f.pin, ip).await {
        Ok(s) => see_other(&flow, s),
        Err(e @ (JourneyError::Fields(_) | JourneyError::Pin(_))) => {
            journey_error::note(&e);
            let mut r = pin_page(
                &app,
                &lang,
                &flow,
                &csrf,
                journey_error::status(&e),
                Some(&e),
                None,
            )
            .await;
            journey_error::add_retry_after(&mut r, &e);
            r
        }
        Err(e) => outcome_page(&app, &lang, &flow, &e).await,
    }
}

/// `POST /activate/{flow}/resend`.
pub async fn resend(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    Path(flow): Path<String>,
) -> Response {
    if app.activation.step(&flow).await == Some(Step::VerifyContact) {
        return super::contacts::resend(&app, &lang, ip, &csrf, &flow).await;
    }
    match activation::resend(&app, &flow, ip).await {
        Ok(()) => {
            pin_page(
                &app,
                &lang,
                &flow,
                &csrf,
                StatusCode::OK,
                None,
                Some(app.i18n.t(&lang, "activation-pin-resent")),
            )
            .await
        }
        Err(e @ JourneyError::Pin(_)) => {
            journey_error::note(&e);
            let mut r = pin_page(
                &app,
                &lang,
                &flow,
                &csrf,
                journey_error::status(&e),
                Some(&e),
                None,
            )
            .await;
            journey_error::add_retry_after(&mut r, &e);
            r
        }
        Err(e) => outcome_page(&app, &lang, &flow, &e).await,
    }
}

async fn national_id_page(
    app: &App,
    lang: &str,
    flow: &str,
    csrf: &str,
    status: StatusCode,
    form: &NationalIdForm,
    e: Option<&JourneyError>,
) -> Response {
    let (alert, errors, _) = journey_error::form_errors(app, lang, e);
    let ctx = context! {
        flow, csrf, step => 2,
        foreign => form.foreign.is_some() || form.country.is_some(),
        amka => form.amka, country => form.country, kind => form.kind, number => form.number,
        alert, errors,
    };
    page(
        app,
        lang,
        "activation/national_id.html",
        status,
        &step_url(flow, Step::NationalId),
        ctx,
    )
}

/// The national ID form; `?foreign=1` shows the foreign-number variant.
#[derive(Deserialize, Default)]
pub struct NationalIdForm {
    #[serde(default)]
    foreign: Option<String>,
    #[serde(default)]
    amka: Option<String>,
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    number: Option<String>,
}

/// `GET /activate/{flow}/national-id`.
pub async fn national_id_form(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
    Path(flow): Path<String>,
    axum::extract::Query(q): axum::extract::Query<NationalIdForm>,
) -> Response {
    at_step(&app, &lang, &flow, Step::NationalId, || {
        national_id_page(&app, &lang, &flow, &csrf, StatusCode::OK, &q, None)
    })
    .await
}

/// `POST /activate/{flow}/national-id`.
pub async fn national_id(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
    Path(flow): Path<String>,
    Form(f): Form<NationalIdForm>,
) -> Response {
    let input = NationalIdInput {
        amka: f.amka.clone().and_then(opt),
        country: f.country.clone().and_then(opt),
        kind: f.kind.clone().and_then(opt),
        number: f.number.clone().and_then(opt),
    };
    match activation::national_id(&app, &flow, input).await {
        Ok(s) => see_other(&flow, s),
        Err(e @ (JourneyError::Fields(_) | JourneyError::AmkaMismatch)) => {
            journey_error::note(&e);
            national_id_page(
                &app,
                &lang,
                &flow,
                &csrf,
                journey_error::status(&e),
                &f,
                Some(&e),
            )
            .await
        }
        Err(e) => outcome_page(&app, &lang, &flow, &e).await,
    }
}

/// `GET /activate/{flow}/disagree`.
pub async fn disagree(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
    Path(flow): Path<String>,
) -> Response {
    if app.activation.step(&flow).await != Some(Step::Disagreed) {
        return outcome_page(&app, &lang, &flow, &JourneyError::FlowNotFound).await;
    }
    let contact = app
        .config
        .activation
        .registrar_contact
        .get(&lang)
        .to_string();
    page(
        &app,
        &lang,
        "activation/outcome.html",
        StatusCode::OK,
        "/activate",
        context! { kind => "disagree", contact, flow, csrf },
    )
}

/// `POST /activate/{flow}/reconsider`: back to the details after "Disagree".
pub async fn reconsider(
    State(app): State<AppState>,
    Lang(lang): Lang,
    Path(flow): Path<String>,
) -> Response {
    match activation::reconsider(&app, &flow).await {
        Ok(s) => see_other(&flow, s),
        Err(e) => outcome_page(&app, &lang, &flow, &e).await,
    }
}

async fn password_page(
    app: &App,
    lang: &str,
    flow: &str,
    csrf: &str,
    status: StatusCode,
    e: Option<&JourneyError>,
    shown: Shown<'_>,
) -> Response {
    let (rules, others) = journey_error::password_rules(app, lang, e);
    let (alert, errors, _) = journey_error::form_errors(app, lang, e);
    let a = &app.config.activation;
    let ctx = context! {
        flow, csrf, step => 4, rules, others,
        suggest => suggest::for_page(app, &step_url(flow, Step::Password), shown),
        username => app.activation.get_public(flow).await.and_then(|f| f.username),
        terms_url => a.terms_url, privacy_url => a.privacy_url, alert, errors,
    };
    page(
        app,
        lang,
        "activation/password.html",
        status,
        &step_url(flow, Step::Password),
        ctx,
    )
}

/// `GET /activate/{flow}/password`.
pub async fn password_form(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
    Path(flow): Path<String>,
    Query(q): Query<SuggestQuery>,
) -> Response {
    let shown = Shown::fresh(q.kind());
    at_step(&app, &lang, &flow, Step::Password, || {
        password_page(&app, &lang, &flow, &csrf, StatusCode::OK, None, shown)
    })
    .await
}

/// The password form.
#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
    #[serde(default)]
    accept_terms: Option<String>,
    /// The suggestions the page showed, one per line.
    #[serde(default)]
    suggestions: String,
    /// Their kind (`random`, else passphrases).
    #[serde(default)]
    suggest: String,
}

/// `POST /activate/{flow}/password`.
pub async fn password(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    Path(flow): Path<String>,
    Form(f): Form<PasswordForm>,
) -> Response {
    let input = PasswordInput {
        password: f.password.clone(),
        confirm: f.confirm.clone(),
        accept_terms: f.accept_terms.is_some(),
    };
    match activation::password(&app, &flow, input, ip).await {
        Ok(_) => see_other(&flow, Step::Done),
        Err(
            e @ (JourneyError::Fields(_) | JourneyError::Policy(_) | JourneyError::Unavailable(_)),
        ) => {
            journey_error::note(&e);
            password_page(
                &app,
                &lang,
                &flow,
                &csrf,
                journey_error::status(&e),
                Some(&e),
                Shown {
                    list: &f.suggestions,
                    kind: suggest::kind(&f.suggest),
                },
            )
            .await
        }
        Err(e) => outcome_page(&app, &lang, &flow, &e).await,
    }
}

/// `GET /activate/{flow}/welcome`.
pub async fn welcome(
    State(app): State<AppState>,
    Lang(lang): Lang,
    Path(flow): Path<String>,
) -> Response {
    let Some(f) = app
        .activation
        .get_public(&flow)
        .await
        .filter(|f| f.step == Step::Done)
    else {
        return outcome_page(&app, &lang, &flow, &JourneyError::FlowNotFound).await;
    };
    let services: Vec<Value> = app
        .config
        .activation
        .services
        .iter()
        .map(|s| context! { name => s.name.get(&lang), url => s.url })
        .collect();
    page(
        &app,
        &lang,
        "activation/welcome.html",
        StatusCode::OK,
        "/activate",
        context! { username => f.username, services },
    )
}

/// The activation pages, one route per step.
pub fn pages() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/activate", get(start_page).post(start))
        .route(
            "/activate/{flow}/identify",
            get(identify_form).post(identify),
        )
        .route("/activate/{flow}/pin", get(pin_form).post(pin))
        .route("/activate/{flow}/resend", post(resend))
        .route(
            "/activate/{flow}/national-id",
            get(national_id_form).post(national_id),
        )
        .route(
            "/activate/{flow}/confirm",
            get(super::contacts::confirm_form).post(super::contacts::confirm),
        )
        .route(
            "/activate/{flow}/verify-contact",
            get(super::contacts::verify_form).post(super::contacts::verify),
        )
        .route("/activate/{flow}/disagree", get(disagree))
        .route("/activate/{flow}/reconsider", post(reconsider))
        .route(
            "/activate/{flow}/password",
            get(password_form).post(password),
        )
        .route("/activate/{flow}/welcome", get(welcome))
}
