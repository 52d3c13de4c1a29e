//! The recovery pages: forgotten password (email link, SMS code, security
//! question) and forgotten username. What they show never depends on whether
//! the details matched.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::context;
use serde::Deserialize;

use crate::config::RecoveryIdentify;
use crate::http::account::outcome;
use crate::http::journey_error;
use crate::http::journey_error::form_errors;
use crate::http::lang::Lang;
use crate::http::pages::page;
use crate::http::suggest::{self, Shown, SuggestQuery};
use crate::http::{App, AppState, ClientIp, CsrfToken};
use crate::journey::JourneyError;
use crate::journey::recovery::{self, Proof, RecoveryChannel, StartInput, UsernameInput};

fn start_page(
    app: &App,
    lang: &str,
    csrf: &str,
    status: StatusCode,
    f: &RecoverForm,
    e: Option<&JourneyError>,
) -> Response {
    let (alert, errors, _) = form_errors(app, lang, e);
    let r = &app.config.recovery;
    let ctx = context! {
        csrf, alert, errors,
        by_number => r.identify == RecoveryIdentify::PersonalNumber,
        with_contact => r.identify == RecoveryIdentify::UsernameAndContact,
        email => r.email, sms => r.sms && app.notifier.supports(crate::notify::Channel::Sms),
        question => app.config.account.security_question,
        username => f.username, contact => f.contact,
        personal_number => f.personal_number, birth_date => f.birth_date,
        helpdesk_contact => helpdesk(app, lang),
    };
    page(app, lang, "recover/start.html", status, "/recover", ctx)
}

fn helpdesk(app: &App, lang: &str) -> String {
    let h = &app.config.branding.helpdesk;
    let known: Vec<String> = [h.email.clone(), h.phone.clone(), h.url.clone()]
        .into_iter()
        .flatten()
        .collect();
    if known.is_empty() {
        app.i18n.t(lang, "helpdesk-fallback")
    } else {
        known.join(", ")
    }
}

/// The start form.
#[derive(Deserialize, Default)]
pub struct RecoverForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    contact: String,
    #[serde(default)]
    personal_number: String,
    #[serde(default)]
    birth_date: String,
    #[serde(default)]
    channel: Option<RecoveryChannel>,
}

fn opt(s: &str) -> Option<String> {
    (!s.trim().is_empty()).then(|| s.to_string())
}

/// `GET /recover`.
pub async fn start_form(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
) -> Response {
    start_page(
        &app,
        &lang,
        &csrf,
        StatusCode::OK,
        &RecoverForm::default(),
        None,
    )
}

/// `POST /recover`.
pub async fn start(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    Form(f): Form<RecoverForm>,
) -> Response {
    let input = StartInput {
        username: opt(&f.username),
        contact: opt(&f.contact),
        personal_number: opt(&f.personal_number),
        birth_date: opt(&f.birth_date),
        channel: f.channel,
    };
    match recovery::start(&app, input, &lang, ip).await {
        Ok(s) => match (s.next, s.flow, s.secret) {
            ("pin", Some(flow), Some(secret)) => {
                let mut r = Redirect::to(&format!("/recover/{flow}/pin")).into_response();
                crate::http::binding::set_cookie(&app, &mut r, "/recover", &flow, &secret);
                r
            }
            ("question", Some(flow), Some(secret)) => {
                let q = s.question.unwrap_or_default();
                let mut r = question_page(&app, &lang, &csrf, StatusCode::OK, &flow, &q, None);
                crate::http::binding::set_cookie(&app, &mut r, "/recover", &flow, &secret);
                r
            }
            _ => {
                let text = if s.send_failure.is_some() {
                    app.i18n.t(&lang, "recover-sent-failing")
                } else {
                    app.i18n.t_args(
                        &lang,
                        "recover-sent",
                        &[(
                            "minutes",
                            crate::i18n::Arg::Num(app.config.recovery.link_ttl_minutes as i64),
                        )],
                    )
                };
                page(
                    &app,
                    &lang,
                    "account/message.html",
                    StatusCode::OK,
                    "/recover",
                    context! {
                        title => app.i18n.t(&lang, "recover-sent-title"),
                        text,
                        alert => s.send_failure.is_some(),
                        extra => app.i18n.t_args(&lang, "recover-no-contacts", &[("contact", crate::i18n::Arg::Str(helpdesk(&app, &lang)))]),
                    },
                )
            }
        },
        Err(e @ JourneyError::Fields(_)) => {
            start_page(&app, &lang, &csrf, journey_error::status(&e), &f, Some(&e))
        }
        Err(e) => outcome(&app, &lang, &e),
    }
}

async fn pin_page(
    app: &App,
    lang: &str,
    csrf: &str,
    status: StatusCode,
    flow: &str,
    e: Option<&JourneyError>,
) -> Response {
    let (alert, errors, _) = form_errors(app, lang, e);
    // The SMS service failed since the code was asked for: say so, and
    // offer a new one at once (the same for every journey).
    let failure = match recovery::status(app, flow).await {
        Ok(st) if st.send_failure.is_some() => Some(app.i18n.t(lang, "recover-pin-send-failed")),
        _ => None,
    };
    let minutes = app.pins.config().ttl_minutes;
    page(
        app,
        lang,
        "recover/pin.html",
        status,
        "/recover",
        context! { csrf, flow, alert, errors, failure, minutes },
    )
}

/// `GET /recover/{flow}/pin`.
pub async fn pin_form(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
    Path(flow): Path<String>,
) -> Response {
    pin_page(&app, &lang, &csrf, StatusCode::OK, &flow, None).await
}

/// `POST /recover/{flow}/resend`: a new code, then back to the PIN step.
pub async fn resend(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    Path(flow): Path<String>,
) -> Response {
    match recovery::resend(&app, &flow, ip).await {
        Ok(()) => Redirect::to(&format!("/recover/{flow}/pin")).into_response(),
        Err(e @ (JourneyError::Pin(_) | JourneyError::Limited(_))) => {
            pin_page(
                &app,
                &lang,
                &csrf,
                journey_error::status(&e),
                &flow,
                Some(&e),
            )
            .await
        }
        Err(e) => outcome(&app, &lang, &e),
    }
}

/// The PIN or answer form.
#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    pin: String,
    #[serde(default)]
    answer: zeroize::Zeroizing<String>,
    #[serde(default)]
    question: String,
}

/// `POST /recover/{flow}/pin`.
pub async fn pin(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    Path(flow): Path<String>,
    Form(f): Form<CodeForm>,
) -> Response {
    match recovery::pin(&app, &flow, &f.pin, ip).await {
        Ok(()) => Redirect::to(&format!("/recover/{flow}/password")).into_response(),
        Err(e @ (JourneyError::Fields(_) | JourneyError::Pin(_))) => {
            pin_page(
                &app,
                &lang,
                &csrf,
                journey_error::status(&e),
                &flow,
                Some(&e),
            )
            .await
        }
        Err(e) => outcome(&app, &lang, &e),
    }
}

fn question_page(
    app: &App,
    lang: &str,
    csrf: &str,
    status: StatusCode,
    flow: &str,
    question: &str,
    e: Option<&JourneyError>,
) -> Response {
    let (alert, errors, _) = form_errors(app, lang, e);
    page(
        app,
        lang,
        "recover/question.html",
        status,
        "/recover",
        context! { csrf, flow, question, alert, errors, progress => 50 },
    )
}

/// `POST /recover/{flow}/question`.
pub async fn answer(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    Path(flow): Path<String>,
    Form(f): Form<CodeForm>,
) -> Response {
    match recovery::answer(&app, &flow, &f.answer, ip).await {
        Ok(()) => Redirect::to(&format!("/recover/{flow}/password")).into_response(),
        Err(e @ JourneyError::AnswerWrong { .. }) => question_page(
            &app,
            &lang,
            &csrf,
            journey_error::status(&e),
            &flow,
            &f.question,
            Some(&e),
        ),
        Err(e) => outcome(&app, &lang, &e),
    }
}

fn password_page(
    app: &App,
    lang: &str,
    csrf: &str,
    status: StatusCode,
    action: &str,
    e: Option<&JourneyError>,
    shown: Shown<'_>,
) -> Response {
    let (alert, errors, _) = form_errors(app, lang, e);
    let (rules, others) = journey_error::password_rules(app, lang, e);
    let ctx = context! {
        csrf, action, alert, errors, rules, others, progress => 75,
        suggest => suggest::for_page(app, action, shown),
        accept_rules => app.config.recovery.require_accept_rules,
        rules_url => app.config.recovery.rules_url,
        question => app.config.account.security_question,
    };
    page(app, lang, "recover/password.html", status, "/recover", ctx)
}

/// `GET /recover/{flow}/password`.
pub async fn password_form(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
    Path(flow): Path<String>,
    Query(q): Query<SuggestQuery>,
) -> Response {
    password_page(
        &app,
        &lang,
        &csrf,
        StatusCode::OK,
        &format!("/recover/{flow}/password"),
        None,
        Shown::fresh(q.kind()),
    )
}

/// `GET /recover/reset/{token}`: the page a reset link opens.
pub async fn link_form(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
    Path(token): Path<String>,
    Query(q): Query<SuggestQuery>,
) -> Response {
    if !app.recovery.link_alive(&app.clock, &token).await {
        return outcome(&app, &lang, &JourneyError::LinkInvalid);
    }
    password_page(
        &app,
        &lang,
        &csrf,
        StatusCode::OK,
        &format!("/recover/reset/{token}"),
        None,
        Shown::fresh(q.kind()),
    )
}

/// The new-password form.
#[derive(Deserialize)]
pub struct NewPasswordForm {
    #[serde(default)]
    password: zeroize::Zeroizing<String>,
    #[serde(default)]
    confirm: zeroize::Zeroizing<String>,
    #[serde(default)]
    accept_rules: Option<String>,
    /// The suggestions the page showed, one per line, and their kind.
    #[serde(default)]
    suggestions: String,
    #[serde(default)]
    suggest: String,
}

async fn set_password(
    app: &AppState,
    lang: &str,
    csrf: &str,
    ip: std::net::IpAddr,
    action: String,
    proof: Proof<'_>,
    f: NewPasswordForm,
) -> Response {
    match recovery::new_password(
        app,
        proof,
        &f.password,
        &f.confirm,
        f.accept_rules.is_some(),
        ip,
    )
    .await
    {
        Ok(_) => page(
            app,
            lang,
            "account/message.html",
            StatusCode::OK,
            "/recover",
            context! {
                title => app.i18n.t(lang, "recover-done-title"),
                text => app.i18n.t(lang, "recover-done"),
                extra => app.i18n.t(lang, "account-changed-reminder"),
                back => "/login",
            },
        ),
        Err(
            e @ (JourneyError::Fields(_) | JourneyError::Policy(_) | JourneyError::Unavailable(_)),
        ) => {
            journey_error::note(&e);
            password_page(
                app,
                lang,
                csrf,
                journey_error::status(&e),
                &action,
                Some(&e),
                Shown {
                    list: &f.suggestions,
                    kind: suggest::kind(&f.suggest),
                },
            )
        }
        Err(e) => outcome(app, lang, &e),
    }
}

/// `POST /recover/{flow}/password`.
pub async fn password(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    Path(flow): Path<String>,
    Form(f): Form<NewPasswordForm>,
) -> Response {
    set_password(
        &app,
        &lang,
        &csrf,
        ip,
        format!("/recover/{flow}/password"),
        Proof::Flow(&flow),
        f,
    )
    .await
}

/// `POST /recover/reset/{token}`.
pub async fn link(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    Path(token): Path<String>,
    Form(f): Form<NewPasswordForm>,
) -> Response {
    set_password(
        &app,
        &lang,
        &csrf,
        ip,
        format!("/recover/reset/{token}"),
        Proof::Link(&token),
        f,
    )
    .await
}

/// The forgot-username form.
#[derive(Deserialize, Default)]
pub struct UsernameForm {
    #[serde(default)]
    personal_number: String,
    #[serde(default)]
    birth_date: String,
    #[serde(default)]
    email: String,
}

fn username_page(
    app: &App,
    lang: &str,
    csrf: &str,
    status: StatusCode,
    e: Option<&JourneyError>,
) -> Response {
    let (alert, errors, _) = form_errors(app, lang, e);
    page(
        app,
        lang,
        "recover/username.html",
        status,
        "/forgot-username",
        context! { csrf, alert, errors },
    )
}

/// `GET /forgot-username`.
pub async fn username_form(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
) -> Response {
    username_page(&app, &lang, &csrf, StatusCode::OK, None)
}

/// `POST /forgot-username`.
pub async fn username(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    Form(f): Form<UsernameForm>,
) -> Response {
    let input = UsernameInput {
        personal_number: opt(&f.personal_number),
        birth_date: opt(&f.birth_date),
        email: opt(&f.email),
    };
    match recovery::recover_username(&app, input, ip).await {
        Ok(()) => page(
            &app,
            &lang,
            "account/message.html",
            StatusCode::OK,
            "/forgot-username",
            context! {
                title => app.i18n.t(&lang, "username-title"), text => app.i18n.t(&lang, "username-sent"), back => "/login",
            },
        ),
        Err(e @ JourneyError::Fields(_)) => {
            username_page(&app, &lang, &csrf, journey_error::status(&e), Some(&e))
        }
        Err(e) => outcome(&app, &lang, &e),
    }
}

/// The recovery pages (link, SMS code, question, username).
pub fn pages() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/recover", get(start_form).post(start))
        .route("/recover/{flow}/pin", get(pin_form).post(pin))
        .route("/recover/{flow}/resend", post(resend))
        .route("/recover/{flow}/question", post(answer))
        .route(
            "/recover/{flow}/password",
            get(password_form).post(password),
        )
        .route("/recover/reset/{token}", get(link_form).post(link))
        .route("/forgot-username", get(username_form).post(username))
}
