//! `/api/v1/policy`: the active rules, a live check, and suggestions. The
//! check never looks anyone up: a username given is only compared as text, so
//! the answer is the same whether or not such an account exists.

use axum::Json;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;
use zeroize::Zeroizing;

use super::journey_error::{rule_message, violation_message};
use super::lang::Lang;
use super::{AppError, AppState, ClientIp};
use crate::policy::{CheckContext, SuggestionKind};

/// `GET /api/v1/policy`.
pub async fn describe(State(app): State<AppState>, Lang(lang): Lang) -> Response {
    let rules: Vec<_> = app
        .policy
        .describe()
        .iter()
        .map(|r| {
            let args: serde_json::Map<String, serde_json::Value> = r
                .args
                .iter()
                .map(|(k, v)| (k.to_string(), serde_json::to_value(v).unwrap_or_default()))
                .collect();
            json!({"code": r.code, "args": args, "message": rule_message(&app, &lang, r)})
        })
        .collect();
    Json(json!({
        "min_length": app.policy.min_length(),
        "max_length": app.policy.max_length(),
        "rules": rules,
    }))
    .into_response()
}

/// Body of `POST /api/v1/policy/check`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckInput {
    password: Zeroizing<String>,
    #[serde(default)]
    username: Option<String>,
}

/// `POST /api/v1/policy/check`: `{ok, violations, score}` in the request's language.
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
    let violations: Vec<_> = report
        .violations
        .iter()
        .map(|v| json!({"code": v.code, "message": violation_message(&app, &lang, v)}))
        .collect();
    let hints: Vec<_> = report
        .hints
        .iter()
        .map(|h| app.i18n.t(&lang, &crate::policy::hint_fluent_id(h)))
        .collect();
    Ok(Json(
        json!({"ok": report.ok, "violations": violations, "score": report.score, "hints": hints}),
    )
    .into_response())
}

/// Query of `GET /api/v1/policy/suggestions`.
#[derive(Deserialize)]
pub struct SuggestQuery {
    #[serde(default)]
    kind: Option<SuggestionKind>,
    #[serde(default)]
    n: Option<usize>,
}

/// `GET /api/v1/policy/suggestions?kind=random|passphrase&n=4`.
pub async fn suggestions(State(app): State<AppState>, Query(q): Query<SuggestQuery>) -> Response {
    let kind = q.kind.unwrap_or(SuggestionKind::Random);
    let n = q.n.unwrap_or(4).min(20);
    Json(json!({"kind": kind, "suggestions": app.policy.suggest(n, kind)})).into_response()
}
