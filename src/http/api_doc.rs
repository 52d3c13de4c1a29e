//! The OpenAPI 3.1 document of the JSON API, served at
//! `GET /api/v1/openapi.json`. It is generated, not written: each handler
//! carries `#[utoipa::path]` and its request and response types derive
//! `ToSchema`, and the API routes are registered through
//! [`OpenApiRouter`], so a route cannot exist without being in the document.
//! What every operation shares (the CSRF, media-type and body-limit errors,
//! `Accept-Language`, the security schemes) is added here once.

use std::sync::Arc;

use axum::Extension;
use axum::http::header;
use axum::response::IntoResponse;
use serde::Deserialize;
use serde_json::{Map, Value, json};
use utoipa::openapi::RefOr;
use utoipa::openapi::content::Content;
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::schema::{ObjectBuilder, Ref, Type};
use utoipa::{IntoParams, OpenApi, ToResponse};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::journey_error::ErrorBody;
use super::{App, AppState, account, activation, health, helpdesk, policy, recovery};

/// The journey id path parameter.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct FlowParam {
    /// The journey id returned when it started.
    #[allow(dead_code)]
    flow: String,
}

/// A string schema with one allowed value, for fields that never vary.
pub(super) fn constant(v: &str) -> utoipa::openapi::schema::Object {
    utoipa::openapi::schema::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .enum_values(Some([v]))
        .build()
}

/// `next` is always `pin`.
pub(super) fn next_pin() -> utoipa::openapi::schema::Object {
    constant("pin")
}

/// `next` is always `password`.
pub(super) fn next_password() -> utoipa::openapi::schema::Object {
    constant("password")
}

/// `next` is always `check_messages`.
pub(super) fn next_check_messages() -> utoipa::openapi::schema::Object {
    constant("check_messages")
}

/// An error response: the [`ErrorBody`] schema, with `Retry-After` when the
/// client should come back later.
fn error_response(description: &str, retry_after: bool) -> Response {
    let mut r = ResponseBuilder::new().description(description).content(
        "application/json",
        Content::new(Some(Ref::from_schema_name("ErrorBody"))),
    );
    if retry_after {
        let seconds = ObjectBuilder::new()
            .schema_type(Type::Integer)
            .minimum(Some(0));
        r = r.header(
            "Retry-After",
            HeaderBuilder::new()
                .schema(Some(seconds))
                .description(Some("Seconds to wait before retrying."))
                .build(),
        );
    }
    r.build()
}

/// Declares the shared error responses: a type per status for
/// `#[utoipa::path(responses((status = 404, response = NotFound)))]`, and
/// the list the document's `components.responses` is filled from.
macro_rules! error_responses {
    ($($name:ident, $retry:expr, $desc:expr;)*) => {
        $(
            #[doc = $desc]
            pub struct $name;

            impl<'r> ToResponse<'r> for $name {
                fn response() -> (&'r str, RefOr<Response>) {
                    (stringify!($name), RefOr::T(error_response($desc, $retry)))
                }
            }
        )*

        fn error_components() -> Vec<(&'static str, RefOr<Response>)> {
            vec![$(<$name as ToResponse>::response()),*]
        }
    };
}

error_responses! {
    BadRequest, false, "The body or query does not parse: malformed JSON, a missing required field, a wrong type, an unknown field, or a value out of the declared range (`bad_request`).";
    Unauthorized, false, "Not signed in (`not_signed_in`), wrong username or password (`invalid_credentials`), or the current password must be entered again (`reauth_required`).";
    Forbidden, false, "A cross-site request, refused by its `Origin` or `Sec-Fetch-Site` (`csrf`), the password must be changed before anything else (`must_change_password`), or the signed-in person is not a member of an operator group (`not_operator`).";
    NotFound, false, "No such journey: unknown, expired or finished, or sent without its `Journey-Secret` (`flow_not_found`; a recovery: `recovery_expired`), a feature the institution does not offer (`not_offered`), no such resource (`not_found`), or, for operators, no account with that username (`no_such_account`).";
    Conflict, false, "The journey is at another step (`wrong_step`), the account is already active (`already_active`), the registrar's record lacks fields (`required_fields_missing`, with `missing`), the national ID does not fit the record (`amka_check_failed`), an earlier attempt whose outcome was unknown did set the password (`earlier_write_applied`), or an operator action that does not apply now (`account_busy`: another operator is acting on the account; `not_locked`, `locked_by_administrator`, `not_activated`, `no_registered_email`, `reset_links_off`, `send_limit`, `own_account`, `policy_unsatisfiable`, `owner_not_found`, `owner_is_self`, `owner_is_impersonal`, `owner_not_allowed`).";
    Gone, false, "The PIN or answer can no longer be used (`pin_exhausted`, `pin_invalid`, `answer_exhausted`), or the reset link expired, was used, or the password changed since it was sent (`link_invalid`).";
    PayloadTooLarge, false, "The body is over the configured limit (`payload_too_large`).";
    UnsupportedMediaType, false, "A request with a body must send it as `Content-Type: application/json` (`unsupported_media_type`); bodiless operations need no `Content-Type`.";
    Unprocessable, false, "Input refused: invalid fields (`invalid_input`, with `fields`), nobody matched (`no_match`), a wrong PIN (`pin_wrong`) or security answer (`answer_wrong`), with `attempts_left`, a password that breaks the policy (`password_policy`, with `violations`, and `fields` when other fields are wrong too: every problem of one submission at once) or that the directory refused (`password_refused`, with `ppolicy`).";
    TooManyRequests, true, "Rate limited (`too_many_requests`), a PIN resend too soon or too often (`resend_cooldown`, `resend_limit`, `pin_budget`), or too many failed sign-ins on this account (`too_many_failures`).";
    Internal, false, "An unexpected failure; details are logged, never shown (`internal`).";
    Unavailable, true, "A dependency (directory, state store, mail, SMS) is down (`unavailable`, `send_failed`), the outcome of a password write is not known yet (`outcome_unknown`), or too many journeys are in progress (`busy`).";
    Default, false, "Any other error (e.g. 405 `method_not_allowed`, 408 `timeout`), in the same shape.";
}

#[derive(OpenApi)]
#[openapi(components(schemas(ErrorBody)))]
struct ApiDoc;

/// `GET /api/v1/openapi.json`.
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    tag = "meta",
    operation_id = "getOpenApi",
    summary = "This OpenAPI document",
    responses((status = 200, description = "The OpenAPI 3.1 document.", body = Object))
)]
pub async fn document(Extension(doc): Extension<Arc<str>>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/json")],
        doc.to_string(),
    )
}

/// The parts of the app the document describes, and the document itself.
pub struct Documented {
    /// The JSON API, for the CSRF and journey-secret layers.
    pub api: axum::Router<AppState>,
    /// `/healthz` and `/readyz`: GET only, outside the CSRF layer so that any
    /// other method gets a plain 405.
    pub probes: axum::Router<AppState>,
    /// The document, for [`document`], to layer on the whole app.
    pub document: Extension<Arc<str>>,
}

/// The API and probe routers and the document they make.
pub fn routes(app: &App) -> Documented {
    let (api, mut doc) = api_router().split_for_parts();
    let (probes, probes_doc) = health::routes().split_for_parts();
    doc.merge(probes_doc);
    let mut doc = finish(doc, &app.config.public_url, app.config.is_https());
    // This server's roles, so that a client (or a fuzzer) knows the valid ones.
    let roles: Vec<&str> = app
        .config
        .activation
        .roles
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    if !roles.is_empty()
        && let Some(role) = doc.pointer_mut("/components/schemas/StartActivation/properties/role")
    {
        role["enum"] = json!(roles);
    }
    Documented {
        api,
        probes,
        document: Extension(Arc::from(doc.to_string())),
    }
}

fn api_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(activation::routes())
        .merge(account::routes())
        .merge(recovery::routes())
        .merge(policy::routes())
        .merge(helpdesk::routes())
        .routes(routes!(document))
}

/// Adds what the handlers' attributes do not say: `info`, `servers`, tags,
/// security schemes, the shared error responses and `Accept-Language`.
fn finish(doc: utoipa::openapi::OpenApi, public_url: &str, https: bool) -> Value {
    let mut v = serde_json::to_value(&doc).unwrap_or_else(|_| json!({}));
    v["openapi"] = json!("3.1.0");
    v["info"] = json!({
        "title": "kleidi",
        "version": env!("CARGO_PKG_VERSION"),
        "summary": "Self-service account activation, password change and recovery.",
        "description": "Journeys are resources: a `POST` starts one and returns a `flow` id; each step is a `POST` to `/{flow}/<step>`. \
            A request with a body must send it as `Content-Type: application/json` (else 415); bodiless operations need no `Content-Type`. \
            Errors are always `{\"error\": {\"code\", \"message\", ...}}` with a stable `code` and a message in the language chosen by `Accept-Language`. \
            Rate-limited requests are answered 429 with `Retry-After`.",
    });
    v["servers"] = json!([{"url": public_url.trim_end_matches('/'), "description": "This kleidi"}]);
    v["tags"] = json!([
        {"name": "activation", "description": "First-time account activation."},
        {"name": "session", "description": "Signing in and out."},
        {"name": "account", "description": "The signed-in person's account."},
        {"name": "recovery", "description": "Forgotten password or username."},
        {"name": "policy", "description": "The password rules."},
        {"name": "admin", "description": "The helpdesk: operators find accounts and act on them (every action audited)."},
        {"name": "meta", "description": "Health and this document."},
    ]);
    let (cookie, operator) = if https {
        ("__Host-kleidi-session", "__Host-kleidi-operator")
    } else {
        ("kleidi-session", "kleidi-operator")
    };
    let components = &mut v["components"];
    components["securitySchemes"] = json!({
        "session": {
            "type": "apiKey",
            "in": "cookie",
            "name": cookie,
            "description": "The session cookie set by `POST /api/v1/session` (`__Host-kleidi-session` over https, `kleidi-session` otherwise); HttpOnly, SameSite=Strict.",
        },
        "operator": {
            "type": "apiKey",
            "in": "cookie",
            "name": operator,
            "description": "The operator session cookie set by `POST /api/v1/admin/session` (`__Host-kleidi-operator` over https, `kleidi-operator` otherwise); separate from a person's session; HttpOnly, SameSite=Strict.",
        },
        "journey_secret": {
            "type": "apiKey",
            "in": "header",
            "name": "Journey-Secret",
            "description": "The `secret` returned once when the journey started. Without it (or the journey's cookie, for pages) every step answers 404 as for an unknown journey.",
        },
    });
    let responses: Map<String, Value> = error_components()
        .into_iter()
        .map(|(name, r)| {
            (
                name.to_string(),
                serde_json::to_value(r).unwrap_or_default(),
            )
        })
        .collect();
    components["responses"] = Value::Object(responses);
    components["parameters"] = json!({
        "AcceptLanguage": {
            "name": "Accept-Language",
            "in": "header",
            "required": false,
            "description": "The language of messages (e.g. `el`, `en`, `it`, `fr`); a `?lang=` query or the language cookie wins when set.",
            "schema": {"type": "string"},
        },
    });
    if let Some(paths) = v["paths"].as_object_mut() {
        for (path, item) in paths.iter_mut() {
            let api = path.starts_with("/api/");
            let Some(item) = item.as_object_mut() else {
                continue;
            };
            for (method, op) in item.iter_mut() {
                if api {
                    shared(method, op);
                }
            }
        }
    }
    v
}

/// What every API operation shares.
fn shared(method: &str, op: &mut Value) {
    let params = op
        .as_object_mut()
        .map(|o| o.entry("parameters").or_insert_with(|| json!([])));
    if let Some(Value::Array(p)) = params {
        p.push(json!({"$ref": "#/components/parameters/AcceptLanguage"}));
    }
    let body = op.get("requestBody").is_some();
    let mut common: Vec<(&str, &str)> = vec![("500", "Internal"), ("default", "Default")];
    if method != "get" {
        // The CSRF checks; a body is parsed, limited and must be JSON.
        common.push(("403", "Forbidden"));
        if body {
            common.extend([
                ("400", "BadRequest"),
                ("413", "PayloadTooLarge"),
                ("415", "UnsupportedMediaType"),
            ]);
        }
    }
    if let Some(responses) = op["responses"].as_object_mut() {
        for (status, name) in common {
            responses
                .entry(status)
                .or_insert_with(|| json!({"$ref": format!("#/components/responses/{name}")}));
        }
    }
}
