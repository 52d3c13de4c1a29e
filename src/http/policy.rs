//! `/api/v1/policy`: the active rules, a live check, and suggestions. The
//! check never looks anyone up: a username given is only compared as text, so
//! the answer is the same whether or not such an account exists.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use zeroize::Zeroizing;

use super::journey_error::{ViolationBody, rule_message};
use super::lang::Lang;
use super::{AppError, AppState, ClientIp};
use crate::http::api_doc::TooManyRequests;
use crate::policy::{Arg, CheckContext, SuggestionKind};

/// The policy operations, each in the document.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(describe))
        .routes(routes!(check))
        .routes(routes!(suggestions))
}

/// A rule parameter: a number or a word.
#[derive(Serialize, ToSchema)]
#[serde(untagged)]
pub enum RuleArg {
    /// A count or limit.
    Number(i64),
    /// A word.
    Text(String),
}

/// One active rule.
#[derive(Serialize, ToSchema)]
pub struct PolicyRule {
    /// Stable rule code, e.g. `too_short`.
    code: &'static str,
    /// The rule's parameters, e.g. `{"min": 8}`.
    args: BTreeMap<&'static str, RuleArg>,
    /// The rule, in the request's language.
    message: String,
}

/// The password rules.
#[derive(Serialize, ToSchema)]
pub struct Policy {
    /// The shortest password allowed.
    min_length: usize,
    /// The longest password allowed.
    max_length: usize,
    /// Every active rule.
    rules: Vec<PolicyRule>,
}

/// `GET /api/v1/policy`.
#[utoipa::path(
    get,
    path = "/api/v1/policy",
    tag = "policy",
    operation_id = "getPolicy",
    summary = "The active password rules",
    responses((status = 200, description = "The rules, with messages in the request's language.", body = Policy))
)]
pub async fn describe(State(app): State<AppState>, Lang(lang): Lang) -> Response {
    let rules = app
        .policy
        .describe()
        .iter()
        .map(|r| PolicyRule {
            code: r.code,
            args: r
                .args
                .iter()
                .map(|(k, v)| {
                    let v = match v {
                        Arg::Number(n) => RuleArg::Number(*n),
                        Arg::Text(s) => RuleArg::Text(s.clone()),
                    };
                    (*k, v)
                })
                .collect(),
            message: rule_message(&app, &lang, r),
        })
        .collect();
    Json(Policy {
        min_length: app.policy.min_length(),
        max_length: app.policy.max_length(),
        rules,
    })
    .into_response()
}

/// Body of `POST /api/v1/policy/check`.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = PolicyCheckRequest)]
pub struct CheckInput {
    /// The password as typed so far; an empty one is checked too (it
    /// breaks the length rule).
    #[schema(value_type = String)]
    password: Zeroizing<String>,
    /// Compared as text only.
    #[serde(default)]
    username: Option<String>,
}

/// The verdict on a password.
#[derive(Serialize, ToSchema)]
pub struct PolicyCheckResult {
    /// No rule is broken.
    ok: bool,
    /// The rules broken.
    violations: Vec<ViolationBody>,
    /// zxcvbn score (0 to 4), when computed.
    #[schema(minimum = 0, maximum = 4)]
    score: Option<u8>,
    /// How to make it stronger, in the request's language.
    hints: Vec<String>,
}

/// `POST /api/v1/policy/check`: `{ok, violations, score}` in the request's language.
#[utoipa::path(
    post,
    path = "/api/v1/policy/check",
    tag = "policy",
    operation_id = "checkPassword",
    summary = "Check a password against the rules",
    description = "Never looks anyone up: a username given is only compared as text.",
    request_body = CheckInput,
    responses(
        (status = 200, description = "The verdict.", body = PolicyCheckResult),
        (status = 429, response = TooManyRequests),
        (status = 503, response = crate::http::api_doc::Unavailable),
    )
)]
pub async fn check(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Json(i): Json<CheckInput>,
) -> Result<Response, AppError> {
    // Its own budget: typing a new password must never spend sign-in's.
    app.limits
        .check_ip(crate::limits::Budget::PolicyCheck, ip)
        .await
        .map_err(|l| match l {
            crate::limits::LimitError::Limited(s) => AppError::TooManyRequests { retry_after: s },
            crate::limits::LimitError::Unavailable => AppError::Unavailable("state store".into()),
        })?;
    let ctx = CheckContext {
        username: i
            .username
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty()),
        ..Default::default()
    };
    let report = app.policy.check_scored(&i.password, &ctx);
    let violations = report
        .violations
        .iter()
        .map(|v| ViolationBody::new(&app, &lang, v))
        .collect();
    let hints = report
        .hints
        .iter()
        .map(|h| app.i18n.t(&lang, &crate::policy::hint_fluent_id(h)))
        .collect();
    Ok(Json(PolicyCheckResult {
        ok: report.ok,
        violations,
        score: report.score,
        hints,
    })
    .into_response())
}

/// The most suggestions one request may ask for.
const MAX_SUGGESTIONS: usize = 20;

/// Query of `GET /api/v1/policy/suggestions`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SuggestQuery {
    /// Random characters (the default) or a passphrase.
    #[serde(default)]
    kind: Option<SuggestionKind>,
    /// How many (default 4, at most 20).
    #[serde(default)]
    #[param(minimum = 0, maximum = 20)]
    n: Option<usize>,
}

/// Suggested passwords.
#[derive(Serialize, ToSchema)]
pub struct Suggestions {
    /// Their kind.
    kind: SuggestionKind,
    /// Passwords that pass the rules.
    suggestions: Vec<String>,
}

/// `GET /api/v1/policy/suggestions?kind=random|passphrase&n=4`.
#[utoipa::path(
    get,
    path = "/api/v1/policy/suggestions",
    tag = "policy",
    operation_id = "suggestPasswords",
    summary = "Suggested passwords that pass the rules",
    params(SuggestQuery),
    responses(
        (status = 200, description = "The suggestions.", body = Suggestions),
        (status = 400, response = crate::http::api_doc::BadRequest),
    )
)]
pub async fn suggestions(
    State(app): State<AppState>,
    Query(q): Query<SuggestQuery>,
) -> Result<Response, AppError> {
    let kind = q.kind.unwrap_or(SuggestionKind::Random);
    let n = q.n.unwrap_or(4);
    // The document states the limit; asking for more is an error, not a
    // silent cut.
    if n > MAX_SUGGESTIONS {
        return Err(AppError::BadRequest);
    }
    Ok(Json(Suggestions {
        kind,
        suggestions: app.policy.suggest(n, kind),
    })
    .into_response())
}
