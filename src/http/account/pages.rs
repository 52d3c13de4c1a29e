//! The mypassword pages for signed-in people: sign-in, the account page,
//! password change, recovery contacts, security question, sign-out.

use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::context;
use serde::Deserialize;

use crate::directory::Warning;
use crate::http::journey_error::{self, form_errors};
use crate::http::lang::Lang;
use crate::http::pages::page;
use crate::http::session::{self, SessionToken};
use crate::http::suggest::{self, Shown, SuggestQuery};
use crate::http::{App, AppState, ClientIp, CsrfToken};
use crate::journey::JourneyError;
use crate::journey::account;
use crate::journey::account::sign_in;
use crate::journey::session::ContactKind;

fn to_login() -> Response {
    Redirect::to("/login").into_response()
}

/// `GET /login`.
pub async fn login_form(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
) -> Response {
    login_page(&app, &lang, &csrf, StatusCode::OK, "", None)
}

fn login_page(
    app: &App,
    lang: &str,
    csrf: &str,
    status: StatusCode,
    username: &str,
    e: Option<&JourneyError>,
) -> Response {
    let (alert, errors, _) = form_errors(app, lang, e);
    let c = &app.config;
    let ctx = context! {
        csrf, username, alert, errors,
        recovery => c.recovery.enabled, username_recovery => c.recovery.username_recovery,
        activation => c.activation.enabled,
    };
    let mut r = page(app, lang, "account/login.html", status, "/login", ctx);
    if let Some(e) = e {
        journey_error::add_retry_after(&mut r, e);
    }
    r
}

/// The sign-in form.
#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: zeroize::Zeroizing<String>,
}

/// `POST /login`.
pub async fn login(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    Form(f): Form<LoginForm>,
) -> Response {
    match sign_in(&app, &f.username, &f.password, ip).await {
        Ok(s) => {
            let to = if s.restricted {
                "/account/password"
            } else {
                "/account"
            };
            let mut r = Redirect::to(to).into_response();
            session::set(&app, &mut r, &s.token);
            r
        }
        Err(e) => {
            journey_error::note(&e);
            login_page(
                &app,
                &lang,
                &csrf,
                journey_error::status(&e),
                &f.username,
                Some(&e),
            )
        }
    }
}

/// The session for a cookie, for the pages: a store outage is logged and
/// the person is sent to sign in again, where the outage is then reported.
async fn current(app: &App, token: &str) -> Option<crate::journey::session::Session> {
    match app.sessions.get(token).await {
        Ok(s) => s,
        Err(e) => {
            tracing::warn!(code = e.code(), "session not read");
            None
        }
    }
}

/// `POST /logout`.
pub async fn logout(State(app): State<AppState>, token: SessionToken) -> Response {
    if let Err(e) = app.sessions.end(token.as_str()).await {
        tracing::warn!(code = e.code(), "session not ended");
    }
    let mut r = Redirect::to("/login").into_response();
    session::clear(&app, &mut r);
    r
}

fn warning_text(app: &App, lang: &str, w: Option<Warning>) -> Option<String> {
    use crate::i18n::Arg;
    match w? {
        Warning::TimeBeforeExpiration(s) => Some(app.i18n.t_args(
            lang,
            "account-expiry-warning",
            &[("days", Arg::Num(i64::from(s.div_ceil(86_400))))],
        )),
        Warning::GraceAuthNsRemaining(n) => Some(app.i18n.t_args(
            lang,
            "account-grace-warning",
            &[("left", Arg::Num(i64::from(n)))],
        )),
    }
}

/// `?ended=N` after "sign out everywhere else".
#[derive(Deserialize, Default)]
pub struct HomeQuery {
    #[serde(default)]
    ended: Option<usize>,
}

/// `GET /account`.
pub async fn home(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
    token: SessionToken,
    axum::extract::Query(q): axum::extract::Query<HomeQuery>,
) -> Response {
    let Some(s) = current(&app, token.as_str()).await else {
        return to_login();
    };
    match account::info(&app, token.as_str()).await {
        Ok(i) => {
            let warning = warning_text(&app, &lang, s.warning);
            let no_contacts = i.recovery_email.is_none() && i.recovery_mobile.is_none();
            let roles: Vec<String> = i
                .roles
                .iter()
                .map(|r| {
                    let id = format!("role-{}", r.to_ascii_lowercase());
                    if app.i18n.has(&id) {
                        app.i18n.t(&lang, &id)
                    } else {
                        r.clone()
                    }
                })
                .collect();
            let ended = q.ended;
            let ctx = context! {
                csrf, i, warning, no_contacts, roles, ended,
                changed => i.password_changed.map(|m| app.i18n.date(&lang, m)), expires => i.password_expires.map(|m| app.i18n.date(&lang, m)),
                question => app.config.account.security_question, signed_in => i.username,
            };
            page(
                &app,
                &lang,
                "account/home.html",
                StatusCode::OK,
                "/account",
                ctx,
            )
        }
        Err(e) => outcome(&app, &lang, &e),
    }
}

/// `POST /account/sessions/end-others`: "sign out everywhere else".
pub async fn end_others(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    token: SessionToken,
) -> Response {
    match account::end_other_sessions(&app, token.as_str(), ip).await {
        Ok(n) => Redirect::to(&format!("/account?ended={n}")).into_response(),
        Err(e) => outcome(&app, &lang, &e),
    }
}

/// A journey error that is not about a field: a page of its own.
pub(crate) fn outcome(app: &App, lang: &str, e: &JourneyError) -> Response {
    if matches!(e, JourneyError::NotSignedIn) {
        return to_login();
    }
    if matches!(e, JourneyError::MustChangePassword) {
        return Redirect::to("/account/password").into_response();
    }
    journey_error::note(e);
    let mut r = page(
        app,
        lang,
        "account/message.html",
        journey_error::status(e),
        "/account",
        context! {
            title => app.i18n.t(lang, "error-title"), text => journey_error::message(app, lang, e), alert => true,
            // A dead link or an expired recovery: the way on is a new link.
            new_link => matches!(e, JourneyError::LinkInvalid | JourneyError::RecoveryExpired),
        },
    );
    journey_error::add_retry_after(&mut r, e);
    r
}

/// Why a change is forced, for the page's heading and first line.
struct Forced {
    expired: bool,
    text: Option<String>,
}

impl Forced {
    fn of(app: &App, lang: &str, s: &crate::journey::session::Session) -> Self {
        if !s.restricted {
            return Self {
                expired: false,
                text: None,
            };
        }
        let text = if s.expired {
            app.i18n.t(lang, "forced-expired")
        } else if let Some(w @ Warning::GraceAuthNsRemaining(_)) = s.warning {
            warning_text(app, lang, Some(w)).unwrap_or_default()
        } else {
            app.i18n.t(lang, "forced-reset")
        };
        Self {
            expired: s.expired || matches!(s.warning, Some(Warning::GraceAuthNsRemaining(_))),
            text: Some(text),
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn password_page(
    app: &App,
    lang: &str,
    csrf: &str,
    status: StatusCode,
    user: &str,
    e: Option<&JourneyError>,
    restricted: bool,
    current: &str,
    why: Forced,
    shown: Shown<'_>,
) -> Response {
    let (alert, errors, _) = form_errors(app, lang, e);
    let (rules, others) = journey_error::password_rules(app, lang, e);
    // The current password stays filled in when only the new one was refused.
    let keep = matches!(
        e,
        Some(JourneyError::Policy(_) | JourneyError::PasswordRefused(_))
    ) || matches!(e, Some(JourneyError::Fields(f)) if f.iter().all(|(k, _)| *k != "current"));
    let current = if keep { current } else { "" };
    let ctx = context! {
        csrf, alert, errors, rules, others, restricted, signed_in => user, current,
        expired => why.expired, reason => why.text,
        suggest => suggest::for_page(app, "/account/password", shown),
    };
    page(
        app,
        lang,
        "account/password.html",
        status,
        "/account/password",
        ctx,
    )
}

/// `GET /account/password`.
pub async fn password_form(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
    token: SessionToken,
    Query(q): Query<SuggestQuery>,
) -> Response {
    match current(&app, token.as_str()).await {
        Some(s) => password_page(
            &app,
            &lang,
            &csrf,
            StatusCode::OK,
            &s.username,
            None,
            s.restricted,
            "",
            Forced::of(&app, &lang, &s),
            Shown::fresh(q.kind()),
        ),
        None => to_login(),
    }
}

/// The change form.
#[derive(Deserialize)]
pub struct ChangeForm {
    #[serde(default)]
    current: zeroize::Zeroizing<String>,
    #[serde(default)]
    new: zeroize::Zeroizing<String>,
    #[serde(default)]
    confirm: zeroize::Zeroizing<String>,
    /// The suggestions the page showed, one per line, and their kind.
    #[serde(default)]
    suggestions: String,
    #[serde(default)]
    suggest: String,
}

/// `POST /account/password`.
pub async fn change(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    token: SessionToken,
    Form(f): Form<ChangeForm>,
) -> Response {
    let Some(s) = current(&app, token.as_str()).await else {
        return to_login();
    };
    match account::change_password(&app, token.as_str(), &f.current, &f.new, &f.confirm, ip).await {
        Ok(()) => page(
            &app,
            &lang,
            "account/message.html",
            StatusCode::OK,
            "/account",
            context! {
                title => app.i18n.t(&lang, "change-done-title"),
                text => app.i18n.t(&lang, "account-changed-reminder"),
                back => "/account", signed_in => s.username,
            },
        ),
        Err(
            e @ (JourneyError::Fields(_)
            | JourneyError::Policy(_)
            | JourneyError::PolicyAndFields(..)
            | JourneyError::PasswordRefused(_)
            | JourneyError::Unavailable(_)),
        ) => {
            journey_error::note(&e);
            password_page(
                &app,
                &lang,
                &csrf,
                journey_error::status(&e),
                &s.username,
                Some(&e),
                s.restricted,
                &f.current,
                Forced::of(&app, &lang, &s),
                Shown {
                    list: &f.suggestions,
                    kind: suggest::kind(&f.suggest),
                },
            )
        }
        Err(e) => outcome(&app, &lang, &e),
    }
}

/// What the person submitted on the contacts page: which form, and what
/// they typed there (kept when it is refused).
#[derive(Default)]
struct Submitted {
    kind: Option<ContactKind>,
    typed: String,
}

#[allow(clippy::too_many_arguments)]
async fn contacts_page(
    app: &App,
    lang: &str,
    csrf: &str,
    status: StatusCode,
    token: &str,
    e: Option<&JourneyError>,
    notice: Option<String>,
    submitted: Submitted,
) -> Response {
    let (alert, errors, _) = form_errors(app, lang, e);
    let Some(s) = current(app, token).await else {
        return to_login();
    };
    if s.restricted {
        return outcome(app, lang, &JourneyError::MustChangePassword);
    }
    let info = match account::info(app, token).await {
        Ok(i) => i,
        Err(e) => return outcome(app, lang, &e),
    };
    let pending = s.pending.as_ref().map(|p| p.kind);
    let reauth = !app.sessions.recently_authenticated(&s);
    // A field error belongs under the form that was sent; other errors
    // (a wrong PIN, an outage) go in the alert at the top.
    let error_kind = submitted.kind;
    let ctx = context! {
        csrf, alert, errors, notice, pending, reauth, signed_in => s.username,
        current_email => info.recovery_email, current_mobile => info.recovery_mobile,
        error_kind, typed => submitted.typed,
    };
    page(
        app,
        lang,
        "account/contacts.html",
        status,
        "/account/contacts",
        ctx,
    )
}

/// `GET /account/contacts`.
pub async fn contacts(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
    token: SessionToken,
) -> Response {
    contacts_page(
        &app,
        &lang,
        &csrf,
        StatusCode::OK,
        token.as_str(),
        None,
        None,
        Submitted::default(),
    )
    .await
}

/// The contact forms.
#[derive(Deserialize)]
pub struct ContactForm {
    kind: ContactKind,
    #[serde(default)]
    value: String,
    #[serde(default)]
    password: Option<zeroize::Zeroizing<String>>,
    #[serde(default)]
    pin: String,
}

async fn contact_result(
    app: &AppState,
    lang: &str,
    csrf: &str,
    token: &str,
    r: Result<(), JourneyError>,
    ok_msg: &str,
    submitted: Submitted,
) -> Response {
    match r {
        Ok(()) => {
            contacts_page(
                app,
                lang,
                csrf,
                StatusCode::OK,
                token,
                None,
                (!ok_msg.is_empty()).then(|| app.i18n.t(lang, ok_msg)),
                Submitted::default(),
            )
            .await
        }
        Err(
            e @ (JourneyError::Fields(_)
            | JourneyError::Pin(_)
            | JourneyError::ReauthRequired
            | JourneyError::Unavailable(_)),
        ) => {
            journey_error::note(&e);
            contacts_page(
                app,
                lang,
                csrf,
                journey_error::status(&e),
                token,
                Some(&e),
                None,
                submitted,
            )
            .await
        }
        Err(e) => outcome(app, lang, &e),
    }
}

/// `POST /account/contacts`: send a PIN to the new address.
pub async fn contact_start(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
    token: SessionToken,
    Form(f): Form<ContactForm>,
) -> Response {
    let pw = f.password.as_deref().map(String::as_str);
    let r = account::start_contact_change(&app, token.as_str(), f.kind, &f.value, pw, &lang).await;
    let submitted = Submitted {
        kind: Some(f.kind),
        typed: f.value.clone(),
    };
    contact_result(&app, &lang, &csrf, token.as_str(), r, "", submitted).await
}

/// `POST /account/contacts/verify`.
pub async fn contact_verify(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    token: SessionToken,
    Form(f): Form<ContactForm>,
) -> Response {
    let r = account::confirm_contact_change(&app, token.as_str(), &f.pin, ip).await;
    let submitted = Submitted::default();
    contact_result(
        &app,
        &lang,
        &csrf,
        token.as_str(),
        r,
        "contacts-stored",
        submitted,
    )
    .await
}

/// `POST /account/contacts/remove`.
pub async fn contact_remove(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    token: SessionToken,
    Form(f): Form<ContactForm>,
) -> Response {
    let pw = f.password.as_deref().map(String::as_str);
    let r = account::remove_contact(&app, token.as_str(), f.kind, pw, ip).await;
    let submitted = Submitted {
        kind: Some(f.kind),
        typed: String::new(),
    };
    contact_result(
        &app,
        &lang,
        &csrf,
        token.as_str(),
        r,
        "contacts-removed",
        submitted,
    )
    .await
}

/// The security question form.
#[derive(Deserialize)]
pub struct QuestionForm {
    #[serde(default)]
    question: String,
    #[serde(default)]
    answer: zeroize::Zeroizing<String>,
    #[serde(default)]
    password: Option<zeroize::Zeroizing<String>>,
}

fn question_page(
    app: &App,
    lang: &str,
    csrf: &str,
    status: StatusCode,
    user: &str,
    e: Option<&JourneyError>,
    notice: Option<String>,
) -> Response {
    let (alert, errors, _) = form_errors(app, lang, e);
    let questions: Vec<minijinja::Value> = (1..=account::QUESTION_POOL)
        .map(|n| {
            context! { id => n, text => app.i18n.t(lang, &format!("security-question-{n}")) }
        })
        .collect();
    page(
        app,
        lang,
        "account/question.html",
        status,
        "/account/security-question",
        context! { csrf, alert, errors, notice, questions, signed_in => user },
    )
}

/// `GET /account/security-question`.
pub async fn question_form(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
    token: SessionToken,
) -> Response {
    if !app.config.account.security_question {
        return outcome(&app, &lang, &JourneyError::NotOffered);
    }
    match current(&app, token.as_str()).await {
        Some(s) => question_page(&app, &lang, &csrf, StatusCode::OK, &s.username, None, None),
        None => to_login(),
    }
}

/// `POST /account/security-question`.
pub async fn question(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    token: SessionToken,
    Form(f): Form<QuestionForm>,
) -> Response {
    let Some(s) = current(&app, token.as_str()).await else {
        return to_login();
    };
    let pw = f.password.as_deref().map(String::as_str);
    match account::set_security_question(&app, token.as_str(), &f.question, &f.answer, pw, ip).await
    {
        Ok(()) => question_page(
            &app,
            &lang,
            &csrf,
            StatusCode::OK,
            &s.username,
            None,
            Some(app.i18n.t(&lang, "question-stored")),
        ),
        Err(e @ (JourneyError::Fields(_) | JourneyError::ReauthRequired)) => question_page(
            &app,
            &lang,
            &csrf,
            journey_error::status(&e),
            &s.username,
            Some(&e),
            None,
        ),
        Err(e) => outcome(&app, &lang, &e),
    }
}

/// The sign-in and account pages.
pub fn pages() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/login", get(login_form).post(login))
        .route("/logout", post(logout))
        .route("/account", get(home))
        .route("/account/password", get(password_form).post(change))
        .route("/account/contacts", get(contacts).post(contact_start))
        .route("/account/contacts/verify", post(contact_verify))
        .route("/account/sessions/end-others", post(end_others))
        .route("/account/contacts/remove", post(contact_remove))
        .route(
            "/account/security-question",
            get(question_form).post(question),
        )
}
