//! The helpdesk console, pages and API together: `/helpdesk…` for
//! operators' browsers and `/api/v1/admin/…` for their scripts, over the
//! same journey functions and the same operator session (its own cookie,
//! never a person's session).

use std::net::IpAddr;

use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Form, Json};
use axum_extra::extract::cookie::SameSite;
use minijinja::context;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use zeroize::Zeroizing;

use super::api_doc::{
    Conflict, Forbidden, NotFound, TooManyRequests, Unauthorized, Unavailable, Unprocessable,
};
use super::cookies::Life;
use super::journey_error::{self, api_response, form_errors};
use super::lang::Lang;
use super::pages::page;
use super::{App, AppState, ClientIp, CsrfToken};
use crate::clock::Millis;
use crate::journey::JourneyError;
use crate::journey::helpdesk::{
    self as hd, AccountState, LinkSent, Lock, Operator, OperatorEvent, SearchResult,
};

// ---------------------------------------------------------------- cookie

fn cookie_name(https: bool) -> &'static str {
    if https {
        "__Host-kleidi-operator"
    } else {
        "kleidi-operator"
    }
}

/// The operator session token from its cookie, if any.
pub struct OperatorToken(Option<String>);

impl FromRequestParts<AppState> for OperatorToken {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let v = super::lang::cookie(parts, cookie_name(app.config.is_https()))
            .filter(|v| v.len() == 43);
        Ok(Self(v))
    }
}

impl OperatorToken {
    fn as_str(&self) -> &str {
        self.0.as_deref().unwrap_or("")
    }
}

/// The signed-in operator of a request. Without one, an API call
/// (`API = true`, [`ApiOperator`]) gets the JSON error (401
/// `not_signed_in`, 404 when the console is off), and a console page
/// ([`PageOperator`]) the console's sign-in or the error page.
pub struct SignedOperator<const API: bool>(Operator);

/// The operator of an `/api/v1/admin` call.
pub type ApiOperator = SignedOperator<true>;

/// The operator of a `/helpdesk` page.
pub type PageOperator = SignedOperator<false>;

impl<const API: bool> FromRequestParts<AppState> for SignedOperator<API> {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let Ok(token) = OperatorToken::from_request_parts(parts, app).await;
        match hd::operator(app, token.as_str()).await {
            Ok(op) => Ok(Self(op)),
            Err(e) => {
                let Ok(Lang(lang)) = Lang::from_request_parts(parts, app).await;
                Err(if API {
                    api_response(app, &lang, &e)
                } else {
                    outcome(app, &lang, &e)
                })
            }
        }
    }
}

/// An API answer: `ok` of the value, or the error's JSON.
fn answer<T>(
    app: &App,
    lang: &str,
    r: Result<T, JourneyError>,
    ok: impl FnOnce(T) -> Response,
) -> Response {
    match r {
        Ok(v) => ok(v),
        Err(e) => api_response(app, lang, &e),
    }
}

fn set_cookie(app: &App, res: &mut Response, token: &str) {
    let https = app.config.is_https();
    let name = cookie_name(https);
    super::cookies::set(
        res,
        (name, token),
        "/",
        SameSite::Strict,
        https,
        Life::Session,
    );
}

fn clear_cookie(app: &App, res: &mut Response) {
    let https = app.config.is_https();
    let name = cookie_name(https);
    super::cookies::set(
        res,
        (name, ""),
        "/",
        SameSite::Strict,
        https,
        Life::Seconds(0),
    );
}

/// A temporary password must not stay in any cache or history.
fn no_store(mut r: Response) -> Response {
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-store, max-age=0"),
    );
    r
}

// ------------------------------------------------------------------- API

/// The `/api/v1/admin` operations, each in the document.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(api_sign_in, api_sign_out))
        .routes(routes!(api_search))
        .routes(routes!(api_account))
        .routes(routes!(api_temporary_password))
        .routes(routes!(api_unlock))
        .routes(routes!(api_send_reset))
        .routes(routes!(api_owner))
        .routes(routes!(api_audit))
}

/// Operator sign-in body.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = OperatorSignInRequest)]
pub struct SignInInput {
    /// The operator's own username.
    username: String,
    /// The operator's own password.
    #[schema(value_type = String, min_length = 1, pattern = r"\S")]
    password: Zeroizing<String>,
}

/// A new operator session.
#[derive(Serialize, ToSchema)]
pub struct OperatorSession {
    /// Who is signed in.
    username: String,
}

/// `POST /api/v1/admin/session`: an operator signs in.
#[utoipa::path(
    post,
    path = "/api/v1/admin/session",
    tag = "admin",
    operation_id = "adminSignIn",
    summary = "Sign in as an operator",
    description = "With the operator's own directory account; only members of `helpdesk.operator_groups` get a session (its own cookie, separate from a person's session). Anyone else gets 403 `not_operator`, and the attempt is audited.",
    request_body = SignInInput,
    responses(
        (status = 201, description = "Signed in.", body = OperatorSession,
            headers(("Set-Cookie" = String, description = "The operator session cookie."))),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    )
)]
pub async fn api_sign_in(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Json(i): Json<SignInInput>,
) -> Response {
    match hd::sign_in(&app, &i.username, &i.password, ip).await {
        Ok(token) => {
            let body = OperatorSession {
                username: i.username.trim().to_string(),
            };
            let mut r = (StatusCode::CREATED, Json(body)).into_response();
            set_cookie(&app, &mut r, &token);
            r
        }
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `DELETE /api/v1/admin/session`: an operator signs out.
#[utoipa::path(
    delete,
    path = "/api/v1/admin/session",
    tag = "admin",
    operation_id = "adminSignOut",
    summary = "Sign out as an operator",
    description = "Ends the operator session (if any) and clears its cookie. No body and no `Content-Type` are needed.",
    responses(
        (status = 204, description = "Signed out."),
        (status = 404, response = NotFound),
        (status = 503, response = Unavailable),
    )
)]
pub async fn api_sign_out(
    State(app): State<AppState>,
    Lang(lang): Lang,
    token: OperatorToken,
) -> Response {
    if !app.config.helpdesk.enabled {
        return api_response(&app, &lang, &JourneyError::NotOffered);
    }
    match hd::sign_out(&app, token.as_str()).await {
        Ok(()) => {
            let mut r = StatusCode::NO_CONTENT.into_response();
            clear_cookie(&app, &mut r);
            r
        }
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// The search query.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchQuery {
    /// Username, name (any of its words), email, mobile or personal number;
    /// 2 to 100 characters.
    #[param(min_length = 2, max_length = 100)]
    q: String,
    /// The page, from 1 (at most 10).
    #[param(minimum = 1, maximum = 10)]
    page: Option<usize>,
}

/// `GET /api/v1/admin/accounts?q=`: finds accounts.
#[utoipa::path(
    get,
    path = "/api/v1/admin/accounts",
    tag = "admin",
    operation_id = "adminSearch",
    summary = "Find accounts",
    params(SearchQuery),
    responses(
        (status = 200, description = "One page of matches.", body = SearchResult),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    ),
    security(("operator" = []))
)]
pub async fn api_search(
    State(app): State<AppState>,
    Lang(lang): Lang,
    SignedOperator(op): ApiOperator,
    Query(q): Query<SearchQuery>,
) -> Response {
    let r = hd::search(&app, &op, &q.q, q.page.unwrap_or(1)).await;
    answer(&app, &lang, r, |found| Json(found).into_response())
}

/// The account path parameter.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct AccountParam {
    /// The account's username.
    #[allow(dead_code)]
    username: String,
}

/// `GET /api/v1/admin/accounts/{username}`: an account's state.
#[utoipa::path(
    get,
    path = "/api/v1/admin/accounts/{username}",
    tag = "admin",
    operation_id = "adminAccount",
    summary = "An account's state",
    description = "Activation, `pwdReset`, lockout, failures, password change and expiry dates, masked recovery contacts, and the owner of an impersonal account.",
    params(AccountParam),
    responses(
        (status = 200, description = "The account.", body = AccountState),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    ),
    security(("operator" = []))
)]
pub async fn api_account(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    SignedOperator(op): ApiOperator,
    Path(username): Path<String>,
) -> Response {
    let r = hd::account(&app, &op, &username, ip).await;
    answer(&app, &lang, r, |a| Json(a).into_response())
}

/// The operator's own password, asked again before a temporary password.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = TemporaryPasswordRequest)]
pub struct TemporaryInput {
    /// The operator's own current password.
    #[schema(value_type = String, min_length = 1, pattern = r"\S")]
    operator_password: Zeroizing<String>,
}

/// A temporary password, shown once.
#[derive(Serialize, ToSchema)]
pub struct TemporaryIssued {
    /// The password to hand to the person; kleidi keeps no copy.
    password: String,
    /// The directory will demand a change at first use (`pwdReset` written).
    change_forced: bool,
}

/// `POST /api/v1/admin/accounts/{username}/temporary-password`.
#[utoipa::path(
    post,
    path = "/api/v1/admin/accounts/{username}/temporary-password",
    tag = "admin",
    operation_id = "adminTemporaryPassword",
    summary = "Issue a temporary password",
    description = "Generated to the policy and written with `pwdReset: TRUE`, so that slapd and kleidi demand a change at first use; the account's sessions and journeys end. The operator's own password is asked again. The answer is not cached.",
    params(AccountParam),
    request_body = TemporaryInput,
    responses(
        (status = 200, description = "Issued.", body = TemporaryIssued),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    ),
    security(("operator" = []))
)]
pub async fn api_temporary_password(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    SignedOperator(op): ApiOperator,
    Path(username): Path<String>,
    Json(i): Json<TemporaryInput>,
) -> Response {
    let r = hd::temporary_password(&app, &op, &username, &i.operator_password, ip).await;
    answer(&app, &lang, r, |t| {
        no_store(
            Json(TemporaryIssued {
                password: t.password.to_string(),
                change_forced: t.change_forced,
            })
            .into_response(),
        )
    })
}

/// `POST /api/v1/admin/accounts/{username}/unlock`.
#[utoipa::path(
    post,
    path = "/api/v1/admin/accounts/{username}/unlock",
    tag = "admin",
    operation_id = "adminUnlock",
    summary = "Lift a lockout",
    description = "Deletes `pwdAccountLockedTime` and `pwdFailureTime`, and kleidi's own count of failed sign-ins. An account that is not locked, or that an administrator locked by hand, is refused (409). No body and no `Content-Type` are needed.",
    params(AccountParam),
    responses(
        (status = 204, description = "Unlocked."),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    ),
    security(("operator" = []))
)]
pub async fn api_unlock(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    SignedOperator(op): ApiOperator,
    Path(username): Path<String>,
) -> Response {
    let r = hd::unlock(&app, &op, &username, ip).await;
    answer(&app, &lang, r, |()| StatusCode::NO_CONTENT.into_response())
}

/// `POST /api/v1/admin/accounts/{username}/send-reset`.
#[utoipa::path(
    post,
    path = "/api/v1/admin/accounts/{username}/send-reset",
    tag = "admin",
    operation_id = "adminSendReset",
    summary = "Send a reset link",
    description = "To the account's registered email (`recovery.send_to`; for an impersonal account, its owner's). An account not activated yet is refused (409 `not_activated`): activation sends its PIN inside the journey the person starts. No body and no `Content-Type` are needed.",
    params(AccountParam),
    responses(
        (status = 200, description = "Sent.", body = LinkSent),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    ),
    security(("operator" = []))
)]
pub async fn api_send_reset(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    SignedOperator(op): ApiOperator,
    Path(username): Path<String>,
) -> Response {
    let r = hd::send_reset(&app, &op, &username, ip).await;
    answer(&app, &lang, r, |sent| Json(sent).into_response())
}

/// The owner to name.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = OwnerRequest)]
pub struct OwnerInput {
    /// The username of the person who answers for the account.
    #[schema(min_length = 1, pattern = r"\S")]
    owner: String,
}

/// The owner named.
#[derive(Serialize, ToSchema)]
pub struct OwnerSet {
    /// The owner's username.
    owner: String,
}

/// `POST /api/v1/admin/accounts/{username}/owner`.
#[utoipa::path(
    post,
    path = "/api/v1/admin/accounts/{username}/owner",
    tag = "admin",
    operation_id = "adminSetOwner",
    summary = "Name the owner of an impersonal account",
    description = "The owner receives the account's reset links and notices. Refused (409) for an unknown owner, the account itself, an owner that is itself impersonal, or an entry whose object classes do not allow the owner attribute.",
    params(AccountParam),
    request_body = OwnerInput,
    responses(
        (status = 200, description = "Named.", body = OwnerSet),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    ),
    security(("operator" = []))
)]
pub async fn api_owner(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    SignedOperator(op): ApiOperator,
    Path(username): Path<String>,
    Json(i): Json<OwnerInput>,
) -> Response {
    let r = hd::set_owner(&app, &op, &username, &i.owner, ip).await;
    answer(&app, &lang, r, |owner| {
        Json(OwnerSet { owner }).into_response()
    })
}

/// An account's operator events.
#[derive(Serialize, ToSchema)]
pub struct AuditTrail {
    /// The account's DN.
    dn: String,
    /// Newest first, kept `helpdesk.audit_days` (the log keeps them all).
    events: Vec<OperatorEvent>,
}

/// `GET /api/v1/admin/accounts/{username}/audit`.
#[utoipa::path(
    get,
    path = "/api/v1/admin/accounts/{username}/audit",
    tag = "admin",
    operation_id = "adminAudit",
    summary = "What operators did to an account",
    params(AccountParam),
    responses(
        (status = 200, description = "The events.", body = AuditTrail),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    ),
    security(("operator" = []))
)]
pub async fn api_audit(
    State(app): State<AppState>,
    Lang(lang): Lang,
    SignedOperator(op): ApiOperator,
    Path(username): Path<String>,
) -> Response {
    let r = hd::events(&app, &op, &username).await;
    answer(&app, &lang, r, |(dn, events)| {
        Json(AuditTrail { dn, events }).into_response()
    })
}

// ----------------------------------------------------------------- pages

/// The console's pages.
pub fn pages() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/helpdesk", get(home))
        .route("/helpdesk/login", post(login))
        .route("/helpdesk/logout", post(logout))
        .route("/helpdesk/audit", get(audit))
        .route("/helpdesk/accounts/{username}", get(account))
        .route(
            "/helpdesk/accounts/{username}/temporary-password",
            post(temporary),
        )
        .route("/helpdesk/accounts/{username}/unlock", post(unlock))
        .route("/helpdesk/accounts/{username}/send-reset", post(send_reset))
        .route("/helpdesk/accounts/{username}/owner", post(owner))
}

/// A date as the page's language writes it, and the time (UTC).
fn when(app: &App, lang: &str, ms: Option<Millis>) -> Option<String> {
    let ms = ms?;
    let t = time::OffsetDateTime::from_unix_timestamp(i64::try_from(ms / 1000).ok()?).ok()?;
    let f = time::macros::format_description!("[hour]:[minute]");
    Some(format!(
        "{} {} UTC",
        app.i18n.date(lang, ms),
        t.format(f).ok()?
    ))
}

fn to_console() -> Response {
    Redirect::to("/helpdesk").into_response()
}

/// An error on a console page: sign-in again, or a message page.
fn outcome(app: &App, lang: &str, e: &JourneyError) -> Response {
    if matches!(e, JourneyError::NotSignedIn) {
        return to_console();
    }
    journey_error::note(e);
    let mut r = page(
        app,
        lang,
        "helpdesk/message.html",
        journey_error::status(e),
        "/helpdesk",
        context! {
            title => app.i18n.t(lang, "error-title"),
            text => journey_error::message(app, lang, e),
            alert => true,
        },
    );
    journey_error::add_retry_after(&mut r, e);
    r
}

/// `?q=&page=` on the console's start page.
#[derive(Deserialize)]
pub struct HomeQuery {
    #[serde(default)]
    q: Option<String>,
    #[serde(default)]
    page: Option<usize>,
}

/// `GET /helpdesk`: sign-in, or search (with results when `q` is given).
pub async fn home(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
    token: OperatorToken,
    Query(hq): Query<HomeQuery>,
) -> Response {
    let op = match hd::operator(&app, token.as_str()).await {
        Ok(op) => op,
        Err(JourneyError::NotSignedIn) => {
            return login_page(&app, &lang, &csrf, StatusCode::OK, "", None);
        }
        Err(e) => return outcome(&app, &lang, &e),
    };
    let q = hq.q.unwrap_or_default();
    let page_no = hq.page.unwrap_or(1);
    let (found, e) = if q.trim().is_empty() {
        (None, None)
    } else {
        match hd::search(&app, &op, &q, page_no).await {
            Ok(f) => (Some(f), None),
            Err(e) => (None, Some(e)),
        }
    };
    let (alert, errors, _) = form_errors(&app, &lang, e.as_ref());
    let status = e.as_ref().map_or(StatusCode::OK, journey_error::status);
    let ctx = context! {
        csrf, operator => op.username, q, alert, errors, found,
        next_page => page_no + 1, prev_page => page_no.saturating_sub(1),
    };
    page(
        &app,
        &lang,
        "helpdesk/search.html",
        status,
        "/helpdesk",
        ctx,
    )
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
    let ctx = context! { csrf, username, alert, errors };
    let mut r = page(app, lang, "helpdesk/login.html", status, "/helpdesk", ctx);
    if let Some(e) = e {
        journey_error::add_retry_after(&mut r, e);
    }
    r
}

/// The console's sign-in form.
#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: Zeroizing<String>,
}

/// `POST /helpdesk/login`.
pub async fn login(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    Form(f): Form<LoginForm>,
) -> Response {
    match hd::sign_in(&app, &f.username, &f.password, ip).await {
        Ok(token) => {
            let mut r = to_console();
            set_cookie(&app, &mut r, &token);
            r
        }
        Err(e) => {
            let status = journey_error::status(&e);
            login_page(&app, &lang, &csrf, status, &f.username, Some(&e))
        }
    }
}

/// `POST /helpdesk/logout`.
pub async fn logout(State(app): State<AppState>, token: OperatorToken) -> Response {
    if let Err(e) = hd::sign_out(&app, token.as_str()).await {
        tracing::warn!(code = e.code(), "operator session not ended");
    }
    let mut r = to_console();
    clear_cookie(&app, &mut r);
    r
}

/// The account page's context: the state, formatted for reading.
#[derive(Serialize)]
struct AccountView {
    a: AccountState,
    activated: Option<String>,
    locked_since: Option<String>,
    locked_by_admin: bool,
    changed: Option<String>,
    expires: Option<String>,
    expired: bool,
    created: Option<String>,
}

fn view(app: &App, lang: &str, a: AccountState) -> AccountView {
    let (locked_since, locked_by_admin) = match a.lock {
        Lock::No => (None, false),
        Lock::Failures { since } => (when(app, lang, Some(since)), false),
        Lock::Administrator => (None, true),
    };
    let now = app.clock.now_ms();
    AccountView {
        activated: when(app, lang, a.activated_at),
        changed: when(app, lang, a.password_changed_at),
        expires: when(app, lang, a.password_expires_at),
        expired: a.password_expires_at.is_some_and(|t| t <= now),
        created: when(app, lang, a.created_at),
        locked_since,
        locked_by_admin,
        a,
    }
}

/// Renders the account page, with the outcome of an action when there was one.
#[allow(clippy::too_many_arguments)]
async fn account_page(
    app: &AppState,
    lang: &str,
    csrf: &str,
    op: &Operator,
    username: &str,
    ip: IpAddr,
    done: Option<String>,
    failed: Option<&JourneyError>,
) -> Response {
    let a = match hd::account(app, op, username, ip).await {
        Ok(a) => a,
        Err(e) => return outcome(app, lang, &e),
    };
    let (alert, errors, _) = form_errors(app, lang, failed);
    let status = failed.map_or(StatusCode::OK, journey_error::status);
    let ctx = context! {
        csrf, operator => op.username.clone(), v => view(app, lang, a), done, alert, errors,
        reset_links => app.config.recovery.enabled && app.config.recovery.email,
    };
    page(app, lang, "helpdesk/account.html", status, "/helpdesk", ctx)
}

/// `GET /helpdesk/accounts/{username}`.
pub async fn account(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    SignedOperator(op): PageOperator,
    Path(username): Path<String>,
) -> Response {
    account_page(&app, &lang, &csrf, &op, &username, ip, None, None).await
}

/// The operator's own password.
#[derive(Deserialize)]
pub struct TemporaryForm {
    #[serde(default)]
    operator_password: Zeroizing<String>,
}

/// `POST /helpdesk/accounts/{username}/temporary-password`: shows the
/// password once, on a page no cache keeps.
pub async fn temporary(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    SignedOperator(op): PageOperator,
    Path(username): Path<String>,
    Form(f): Form<TemporaryForm>,
) -> Response {
    match hd::temporary_password(&app, &op, &username, &f.operator_password, ip).await {
        Ok(t) => {
            let ctx = context! {
                csrf, operator => op.username, username,
                password => t.password.to_string(), change_forced => t.change_forced,
            };
            no_store(page(
                &app,
                &lang,
                "helpdesk/temporary.html",
                StatusCode::OK,
                "/helpdesk",
                ctx,
            ))
        }
        Err(e) => account_page(&app, &lang, &csrf, &op, &username, ip, None, Some(&e)).await,
    }
}

/// Runs a page action and shows the account with its outcome.
async fn page_action<F, Fut>(
    app: AppState,
    lang: String,
    ip: IpAddr,
    csrf: String,
    op: Operator,
    username: String,
    act: F,
) -> Response
where
    F: FnOnce(AppState, Operator) -> Fut,
    Fut: std::future::Future<Output = Result<String, JourneyError>>,
{
    match act(app.clone(), op.clone()).await {
        Ok(done) => account_page(&app, &lang, &csrf, &op, &username, ip, Some(done), None).await,
        Err(e) => account_page(&app, &lang, &csrf, &op, &username, ip, None, Some(&e)).await,
    }
}

/// `POST /helpdesk/accounts/{username}/unlock`.
pub async fn unlock(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    SignedOperator(op): PageOperator,
    Path(username): Path<String>,
) -> Response {
    let (u, l) = (username.clone(), lang.clone());
    page_action(app, lang, ip, csrf, op, username, |app, op| async move {
        hd::unlock(&app, &op, &u, ip).await?;
        Ok(app.i18n.t(&l, "helpdesk-unlocked"))
    })
    .await
}

/// `POST /helpdesk/accounts/{username}/send-reset`.
pub async fn send_reset(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    SignedOperator(op): PageOperator,
    Path(username): Path<String>,
) -> Response {
    let (u, l) = (username.clone(), lang.clone());
    page_action(app, lang, ip, csrf, op, username, |app, op| async move {
        let sent = hd::send_reset(&app, &op, &u, ip).await?;
        Ok(app.i18n.t_args(
            &l,
            "helpdesk-reset-sent",
            &[("to", crate::i18n::Arg::Str(sent.to))],
        ))
    })
    .await
}

/// The owner form.
#[derive(Deserialize)]
pub struct OwnerForm {
    #[serde(default)]
    owner: String,
}

/// `POST /helpdesk/accounts/{username}/owner`.
pub async fn owner(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    CsrfToken(csrf): CsrfToken,
    SignedOperator(op): PageOperator,
    Path(username): Path<String>,
    Form(f): Form<OwnerForm>,
) -> Response {
    let (u, l) = (username.clone(), lang.clone());
    page_action(app, lang, ip, csrf, op, username, |app, op| async move {
        let owner = hd::set_owner(&app, &op, &u, &f.owner, ip).await?;
        Ok(app.i18n.t_args(
            &l,
            "helpdesk-owner-set",
            &[("owner", crate::i18n::Arg::Str(owner))],
        ))
    })
    .await
}

/// `?account=` on the audit page.
#[derive(Deserialize)]
pub struct AuditQuery {
    #[serde(default)]
    account: Option<String>,
}

/// `GET /helpdesk/audit?account=`: what operators did to an account.
pub async fn audit(
    State(app): State<AppState>,
    Lang(lang): Lang,
    CsrfToken(csrf): CsrfToken,
    SignedOperator(op): PageOperator,
    Query(aq): Query<AuditQuery>,
) -> Response {
    let account = aq.account.unwrap_or_default();
    let (trail, e) = if account.trim().is_empty() {
        (None, None)
    } else {
        match hd::events(&app, &op, &account).await {
            Ok((dn, events)) => {
                let rows: Vec<_> = events
                    .into_iter()
                    .map(|ev| {
                        context! {
                            at => when(&app, &lang, Some(ev.at)), operator => ev.operator,
                            action => app.i18n.t(&lang, &format!("helpdesk-action-{}", ev.action.trim_start_matches("helpdesk.").replace('_', "-"))),
                            outcome => ev.outcome, client => ev.client,
                        }
                    })
                    .collect();
                (Some(context! { dn, rows }), None)
            }
            Err(e) => (None, Some(e)),
        }
    };
    let (alert, errors, _) = form_errors(&app, &lang, e.as_ref());
    let status = e.as_ref().map_or(StatusCode::OK, journey_error::status);
    let ctx = context! { csrf, operator => op.username, account, trail, alert, errors };
    page(&app, &lang, "helpdesk/audit.html", status, "/helpdesk", ctx)
}
