//! `GET /api/v1/openapi.json`: the OpenAPI 3.1 description of the JSON API,
//! written by hand with `serde_json::json!` and kept honest by an integration
//! test that compares its paths with the router's.

use axum::Json;
use axum::extract::State;
use serde_json::{Map, Value, json};

use super::AppState;

/// Every stable `error.code` the API may answer with (journey and app errors).
const ERROR_CODES: &[&str] = &[
    "flow_not_found",
    "wrong_step",
    "invalid_input",
    "no_match",
    "pin_wrong",
    "pin_exhausted",
    "pin_invalid",
    "resend_cooldown",
    "resend_limit",
    "pin_budget",
    "busy",
    "already_active",
    "required_fields_missing",
    "amka_check_failed",
    "password_policy",
    "too_many_requests",
    "unavailable",
    "invalid_credentials",
    "too_many_failures",
    "password_refused",
    "not_signed_in",
    "must_change_password",
    "reauth_required",
    "not_offered",
    "link_invalid",
    "answer_wrong",
    "answer_exhausted",
    "recovery_expired",
    "outcome_unknown",
    "earlier_write_applied",
    "send_failed",
    "internal",
    "not_found",
    "method_not_allowed",
    "bad_request",
    "payload_too_large",
    "unsupported_media_type",
    "csrf",
    "timeout",
];

/// The codes slapd's password policy refusals are reported with (`ppolicy`).
const PPOLICY_CODES: &[&str] = &[
    "password_expired",
    "account_locked",
    "change_after_reset",
    "password_mod_not_allowed",
    "must_supply_old_password",
    "insufficient_password_quality",
    "password_too_short",
    "password_too_young",
    "password_in_history",
    "password_too_long",
    "other",
];

/// The shared error responses: status, component name, description.
const ERROR_RESPONSES: &[(u16, &str, &str)] = &[
    (
        400,
        "BadRequest",
        "The body or query does not parse: malformed JSON, a missing required field, a wrong type or an unknown field (`bad_request`).",
    ),
    (
        401,
        "Unauthorized",
        "Not signed in (`not_signed_in`), wrong username or password (`invalid_credentials`), or the current password must be entered again (`reauth_required`).",
    ),
    (
        403,
        "Forbidden",
        "A cross-site request, refused by its `Origin` or `Sec-Fetch-Site` (`csrf`), or the password must be changed before anything else (`must_change_password`).",
    ),
    (
        404,
        "NotFound",
        "No such journey: unknown, expired or finished (`flow_not_found`; a recovery: `recovery_expired`), a feature the institution does not offer (`not_offered`), or no such resource (`not_found`).",
    ),
    (
        409,
        "Conflict",
        "The journey is at another step (`wrong_step`), the account is already active (`already_active`), the registrar's record lacks fields (`required_fields_missing`, with `missing`), or the national ID does not fit the record (`amka_check_failed`).",
    ),
    (
        410,
        "Gone",
        "The PIN or answer can no longer be used (`pin_exhausted`, `pin_invalid`, `answer_exhausted`), or the reset link expired, was used, or the password changed since it was sent (`link_invalid`).",
    ),
    (
        413,
        "PayloadTooLarge",
        "The body is over the configured limit (`payload_too_large`).",
    ),
    (
        415,
        "UnsupportedMediaType",
        "Every non-GET request under `/api/` must be sent with `Content-Type: application/json`, even without a body (`unsupported_media_type`).",
    ),
    (
        422,
        "Unprocessable",
        "Input refused: invalid fields (`invalid_input`, with `fields`), nobody matched (`no_match`), a wrong PIN (`pin_wrong`) or security answer (`answer_wrong`), with `attempts_left`, a password that breaks the policy (`password_policy`, with `violations`) or that the directory refused (`password_refused`, with `ppolicy`).",
    ),
    (
        429,
        "TooManyRequests",
        "Rate limited (`too_many_requests`), a PIN resend too soon or too often (`resend_cooldown`, `resend_limit`), or too many failed sign-ins on this account (`too_many_failures`). `Retry-After` gives the seconds to wait when known.",
    ),
    (
        500,
        "Internal",
        "An unexpected failure; details are logged, never shown (`internal`).",
    ),
    (
        503,
        "Unavailable",
        "A dependency (directory, mail, SMS) is down and nothing was changed (`unavailable`), or too many journeys are in progress (`busy`).",
    ),
];

/// `GET /api/v1/openapi.json`.
pub async fn document(State(app): State<AppState>) -> Json<Value> {
    Json(build(&app.config.public_url, app.config.is_https()))
}

/// The whole document for a server at `public_url`.
pub fn build(public_url: &str, https: bool) -> Value {
    let cookie = if https {
        "__Host-kleidi-session"
    } else {
        "kleidi-session"
    };
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "kleidi",
            "version": env!("CARGO_PKG_VERSION"),
            "summary": "Self-service account activation, password change and recovery.",
            "description": "Journeys are resources: a `POST` starts one and returns a `flow` id; each step is a `POST` to `/{flow}/<step>`. \
                Every non-GET request must be sent with `Content-Type: application/json` (else 415). \
                Errors are always `{\"error\": {\"code\", \"message\", ...}}` with a stable `code` and a message in the language chosen by `Accept-Language`. \
                Rate-limited requests are answered 429 with `Retry-After`.",
        },
        "servers": [{"url": public_url.trim_end_matches('/'), "description": "This kleidi"}],
        "tags": [
            {"name": "activation", "description": "First-time account activation."},
            {"name": "session", "description": "Signing in and out."},
            {"name": "account", "description": "The signed-in person's account."},
            {"name": "recovery", "description": "Forgotten password or username."},
            {"name": "policy", "description": "The password rules."},
            {"name": "meta", "description": "Health and this document."},
        ],
        "paths": paths(),
        "components": {
            "schemas": schemas(),
            "responses": responses(),
            "parameters": parameters(),
            "headers": {
                "RetryAfter": {
                    "description": "Seconds to wait before retrying.",
                    "schema": {"type": "integer", "minimum": 0},
                },
            },
            "securitySchemes": {
                "session": {
                    "type": "apiKey",
                    "in": "cookie",
                    "name": cookie,
                    "description": "The session cookie set by `POST /api/v1/session` (`__Host-kleidi-session` over https, `kleidi-session` otherwise); HttpOnly, SameSite=Strict.",
                },
            },
        },
    })
}

fn schema_ref(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

fn error_ref(status: u16) -> Value {
    let name = ERROR_RESPONSES
        .iter()
        .find(|(s, _, _)| *s == status)
        .map(|(_, n, _)| *n)
        .unwrap_or("Default");
    json!({"$ref": format!("#/components/responses/{name}")})
}

/// One operation, built step by step.
struct Op {
    v: Map<String, Value>,
    responses: Map<String, Value>,
    params: Vec<Value>,
    errors: Vec<u16>,
}

impl Op {
    fn new(id: &str, tag: &str, summary: &str) -> Self {
        let mut v = Map::new();
        v.insert("operationId".into(), json!(id));
        v.insert("tags".into(), json!([tag]));
        v.insert("summary".into(), json!(summary));
        Self {
            v,
            responses: Map::new(),
            params: vec![json!({"$ref": "#/components/parameters/AcceptLanguage"})],
            errors: vec![500],
        }
    }

    fn describe(mut self, d: &str) -> Self {
        self.v.insert("description".into(), json!(d));
        self
    }

    /// A path parameter defined in `components.parameters` (`flow`, `token`).
    fn path(mut self, name: &str) -> Self {
        let component = match name {
            "flow" => "Flow",
            _ => "Token",
        };
        self.params
            .push(json!({"$ref": format!("#/components/parameters/{component}")}));
        if name == "flow" {
            // Every step after the start proves it comes from the starter.
            self.params
                .push(json!({"$ref": "#/components/parameters/JourneySecret"}));
        }
        self
    }

    fn param(mut self, p: Value) -> Self {
        self.params.push(p);
        self
    }

    /// A required JSON body with this schema.
    fn body(mut self, schema: &str) -> Self {
        self.v.insert(
            "requestBody".into(),
            json!({
                "required": true,
                "content": {"application/json": {"schema": schema_ref(schema)}},
            }),
        );
        self
    }

    /// A JSON success response.
    fn ok(mut self, status: u16, description: &str, schema: &str) -> Self {
        self.responses.insert(
            status.to_string(),
            json!({
                "description": description,
                "content": {"application/json": {"schema": schema_ref(schema)}},
            }),
        );
        self
    }

    fn response(mut self, status: u16, r: Value) -> Self {
        self.responses.insert(status.to_string(), r);
        self
    }

    fn errors(mut self, statuses: &[u16]) -> Self {
        self.errors.extend_from_slice(statuses);
        self
    }

    /// Needs the session cookie.
    fn session(mut self) -> Self {
        self.v.insert("security".into(), json!([{"session": []}]));
        self
    }

    /// A safe request.
    fn get(self) -> Value {
        self.finish()
    }

    /// A state-changing request: CSRF and media-type checks apply, and the
    /// body (if any) is parsed and size-limited.
    fn write(self) -> Value {
        self.errors(&[400, 403, 413, 415]).finish()
    }

    fn finish(mut self) -> Value {
        self.errors.sort_unstable();
        self.errors.dedup();
        for s in &self.errors {
            self.responses.insert(s.to_string(), error_ref(*s));
        }
        self.responses.insert(
            "default".into(),
            json!({"$ref": "#/components/responses/Default"}),
        );
        self.v
            .insert("parameters".into(), Value::Array(self.params));
        self.v
            .insert("responses".into(), Value::Object(self.responses));
        Value::Object(self.v)
    }
}

fn paths() -> Value {
    let mut p = Map::new();
    let mut add = |path: &str, method: &str, op: Value| {
        let entry = p.entry(path.to_string()).or_insert_with(|| json!({}));
        entry[method] = op;
    };

    // Activation.
    add(
        "/api/v1/activation",
        "get",
        Op::new("listActivationRoles", "activation", "The roles to activate as")
            .describe("Each role says how its people identify themselves: by `contact` (mobile or email on record) or by `personal_number` and birth date.")
            .ok(200, "The roles.", "RoleList")
            .get(),
    );
    add(
        "/api/v1/activation",
        "post",
        Op::new("startActivation", "activation", "Start an activation")
            .body("StartActivation")
            .ok(201, "Started; the next step is `identify`.", "ActivationStarted")
            .describe("Returns 404 `flow_not_found` when activation is disabled and 422 `invalid_input` for an unknown role.")
            .errors(&[404, 422, 503])
            .write(),
    );
    add(
        "/api/v1/activation/{flow}",
        "get",
        Op::new("getActivation", "activation", "Where an activation stands")
            .describe("The current step, and which channel failed if sending the PIN did.")
            .path("flow")
            .ok(200, "The journey's state.", "ActivationStatus")
            .errors(&[404])
            .get(),
    );
    add(
        "/api/v1/activation/{flow}/identify",
        "post",
        Op::new("identifyActivation", "activation", "Identify the person")
            .describe("Mobile and/or email, or personal number and birth date, as the role asks. The answer is the same whether or not someone matched; a PIN is sent only when someone did.")
            .path("flow")
            .body("IdentifyRequest")
            .ok(200, "The next step (`pin`).", "FlowNext")
            .errors(&[404, 409, 422, 429, 503])
            .write(),
    );
    add(
        "/api/v1/activation/{flow}/pin",
        "post",
        Op::new("activationPin", "activation", "Enter the PIN")
            .describe(
                "On success the next step is `national_id` (the record lacks one) or `confirm`.",
            )
            .path("flow")
            .body("PinRequest")
            .ok(200, "The next step.", "FlowNext")
            .errors(&[404, 409, 410, 422, 429, 503])
            .write(),
    );
    add(
        "/api/v1/activation/{flow}/resend",
        "post",
        Op::new("activationResend", "activation", "Send the PIN again")
            .describe("At the `pin` step the PIN, at the `verify_contact` step the contact's code. No body is needed, but `Content-Type: application/json` is.")
            .path("flow")
            .ok(200, "Sent; the step stays `pin` (or `verify_contact`).", "FlowNext")
            .errors(&[404, 409, 429, 503])
            .write(),
    );
    add(
        "/api/v1/activation/{flow}/national_id",
        "post",
        Op::new("activationNationalId", "activation", "Give a national ID")
            .describe(
                "A Greek AMKA, or a foreign number with its country and kind (`ssn` or `ehic`).",
            )
            .path("flow")
            .body("NationalIdRequest")
            .ok(200, "The next step (`confirm`).", "FlowNext")
            .errors(&[404, 409, 422, 503])
            .write(),
    );
    add(
        "/api/v1/activation/{flow}/confirm",
        "get",
        Op::new("activationDetails", "activation", "The details to confirm")
            .describe("Name, username and masked personal data from the record.")
            .path("flow")
            .ok(200, "The details.", "ActivationDetails")
            .errors(&[404, 409, 503])
            .get(),
    );
    add(
        "/api/v1/activation/{flow}/confirm",
        "post",
        Op::new("activationConfirm", "activation", "Agree or disagree with the details")
            .describe("Agreeing (with optional consent to keep the mobile and email on record for recovery) leads to `password`, or to `verify_contact` when a consented contact did not get the PIN of step 2 (a code is sent to it first); disagreeing ends the journey (`disagreed`) and activates nothing.")
            .path("flow")
            .body("ConfirmRequest")
            .ok(200, "The next step.", "FlowNext")
            .errors(&[404, 409])
            .write(),
    );
    add(
        "/api/v1/activation/{flow}/verify_contact",
        "get",
        Op::new(
            "activationPendingContact",
            "activation",
            "Where the contact's code went",
        )
        .describe("At the `verify_contact` step: the consented contact a code was sent to, masked.")
        .path("flow")
        .ok(200, "The contact.", "PendingContact")
        .errors(&[404, 409])
        .get(),
    );
    add(
        "/api/v1/activation/{flow}/verify_contact",
        "post",
        Op::new("activationVerifyContact", "activation", "Prove a consented contact")
            .describe("The code sent to the contact, which is then stored for recovery at the last step; or `skip: true` to go on without storing it. `resend` sends a new code. The next step is `verify_contact` again (for the other contact) or `password`.")
            .path("flow")
            .body("VerifyContactRequest")
            .ok(200, "The next step.", "FlowNext")
            .errors(&[404, 409, 410, 422, 429, 503])
            .write(),
    );
    add(
        "/api/v1/activation/{flow}/password",
        "get",
        Op::new(
            "activationPasswordInfo",
            "activation",
            "Password rules and suggestions",
        )
        .path("flow")
        .ok(
            200,
            "The rules and some suggested passwords.",
            "PasswordRules",
        )
        .errors(&[409])
        .get(),
    );
    add(
        "/api/v1/activation/{flow}/password",
        "post",
        Op::new(
            "activationPassword",
            "activation",
            "Choose the password and activate",
        )
        .describe(
            "Activates the account; the answer names the username and the services to use it with.",
        )
        .path("flow")
        .body("ActivationPasswordRequest")
        .ok(200, "Activated.", "Activated")
        .errors(&[404, 409, 422, 503])
        .write(),
    );

    // Session.
    add(
        "/api/v1/session",
        "post",
        Op::new("signIn", "session", "Sign in")
            .describe("Sets the session cookie. `must_change_password` means only a password change is allowed until it is done.")
            .body("SignInRequest")
            .response(
                201,
                json!({
                    "description": "Signed in.",
                    "headers": {"Set-Cookie": {"description": "The session cookie.", "schema": {"type": "string"}}},
                    "content": {"application/json": {"schema": schema_ref("SessionCreated")}},
                }),
            )
            .errors(&[401, 422, 429, 503])
            .write(),
    );
    add(
        "/api/v1/session",
        "delete",
        Op::new("signOut", "session", "Sign out")
            .describe("Ends the session (if any) and clears the cookie. Send `Content-Type: application/json` even without a body.")
            .response(
                204,
                json!({
                    "description": "Signed out.",
                    "headers": {"Set-Cookie": {"description": "Clears the session cookie.", "schema": {"type": "string"}}},
                }),
            )
            .write(),
    );

    // Account.
    add(
        "/api/v1/me",
        "get",
        Op::new("getAccount", "account", "The signed-in account")
            .session()
            .ok(200, "The account.", "AccountInfo")
            .errors(&[401, 503])
            .get(),
    );
    add(
        "/api/v1/me/password",
        "post",
        Op::new("changePassword", "account", "Change the password")
            .describe("Allowed even when the password must be changed.")
            .session()
            .body("ChangePasswordRequest")
            .ok(200, "Changed.", "PasswordChanged")
            .errors(&[401, 422, 503])
            .write(),
    );
    add(
        "/api/v1/me/sessions/end-others",
        "post",
        Op::new("endOtherSessions", "account", "Sign out everywhere else")
            .describe(
                "Ends every other session of the signed-in account, on every node; this one stays.",
            )
            .session()
            .ok(200, "Ended.", "SessionsEnded")
            .errors(&[401, 503])
            .write(),
    );
    add(
        "/api/v1/me/contacts",
        "post",
        Op::new("startContactChange", "account", "Set a recovery contact")
            .describe("Sends a PIN to the new email or mobile; `POST /api/v1/me/contacts/verify` stores it. The current password is needed when the sign-in is not recent.")
            .session()
            .body("ContactRequest")
            .ok(202, "A PIN was sent.", "ContactPending")
            .errors(&[401, 422, 429, 503])
            .write(),
    );
    add(
        "/api/v1/me/contacts/verify",
        "post",
        Op::new(
            "verifyContact",
            "account",
            "Confirm a recovery contact with its PIN",
        )
        .session()
        .body("PinRequest")
        .ok(200, "Stored.", "Stored")
        .errors(&[401, 409, 410, 422, 503])
        .write(),
    );
    add(
        "/api/v1/me/contacts/remove",
        "post",
        Op::new("removeContact", "account", "Remove a recovery contact")
            .describe("Only `kind` (and `password` when re-authentication is needed) matters.")
            .session()
            .body("ContactRequest")
            .ok(200, "Removed.", "Removed")
            .errors(&[401, 422, 503])
            .write(),
    );
    add(
        "/api/v1/me/security-question",
        "put",
        Op::new("setSecurityQuestion", "account", "Set the security question")
            .describe("Replaces the question and its answer. 404 `not_offered` when the institution does not use security questions.")
            .session()
            .body("SecurityQuestionRequest")
            .ok(200, "Stored.", "Stored")
            .errors(&[401, 404, 422, 503])
            .write(),
    );

    // Recovery.
    add(
        "/api/v1/recovery",
        "post",
        Op::new("startRecovery", "recovery", "Start a password recovery")
            .describe("The answer is the same whatever the input matched: an email link (`check_email`), or a journey continuing with `pin` or `question`.")
            .body("RecoveryStartRequest")
            .ok(202, "Accepted.", "RecoveryStarted")
            .errors(&[404, 422, 429, 503])
            .write(),
    );
    add(
        "/api/v1/recovery/{flow}/status",
        "get",
        Op::new("getRecovery", "recovery", "Where a recovery stands")
            .describe("The current step, and `sms` when the code could not be sent since it was asked for (the SMS service failed): the same for every journey, whether or not anyone matched. A new code can then be asked for at once.")
            .path("flow")
            .ok(200, "The journey's state.", "RecoveryStatus")
            .errors(&[404])
            .get(),
    );
    add(
        "/api/v1/recovery/{flow}/resend",
        "post",
        Op::new("recoveryResend", "recovery", "Send the recovery code again")
            .describe("At the `pin` step. At once after a failed send, else after the PIN cool-down. No body is needed, but `Content-Type: application/json` is.")
            .path("flow")
            .ok(202, "Asked for; the step stays `pin`.", "RecoveryPinNext")
            .errors(&[404, 409, 410, 429, 503])
            .write(),
    );
    add(
        "/api/v1/recovery/{flow}/pin",
        "post",
        Op::new("recoveryPin", "recovery", "Enter the recovery PIN")
            .path("flow")
            .body("PinRequest")
            .ok(200, "The next step (`password`).", "RecoveryNext")
            .errors(&[404, 409, 410, 422])
            .write(),
    );
    add(
        "/api/v1/recovery/{flow}/answer",
        "post",
        Op::new("recoveryAnswer", "recovery", "Answer the security question")
            .path("flow")
            .body("AnswerRequest")
            .ok(200, "The next step (`password`).", "RecoveryNext")
            .errors(&[404, 409, 410, 422])
            .write(),
    );
    add(
        "/api/v1/recovery/{flow}/password",
        "post",
        Op::new(
            "recoveryPassword",
            "recovery",
            "Set the new password (journey)",
        )
        .describe("After the PIN or the answer. The person is not signed in afterwards.")
        .path("flow")
        .body("NewPasswordRequest")
        .ok(200, "Changed.", "PasswordChanged")
        .errors(&[404, 409, 410, 422, 503])
        .write(),
    );
    add(
        "/api/v1/recovery/link/{token}/password",
        "post",
        Op::new(
            "recoveryLinkPassword",
            "recovery",
            "Set the new password (email link)",
        )
        .describe(
            "With the token of a reset link sent by email. The person is not signed in afterwards.",
        )
        .path("token")
        .body("NewPasswordRequest")
        .ok(200, "Changed.", "PasswordChanged")
        .errors(&[410, 422, 503])
        .write(),
    );
    add(
        "/api/v1/username-recovery",
        "post",
        Op::new(
            "recoverUsername",
            "recovery",
            "Send the username to the registered contacts",
        )
        .describe("The username is never shown; the answer is the same whatever matched.")
        .body("UsernameRecoveryRequest")
        .ok(202, "Accepted.", "UsernameRecoveryAccepted")
        .errors(&[404, 422, 429, 503])
        .write(),
    );

    // Policy.
    add(
        "/api/v1/policy",
        "get",
        Op::new("getPolicy", "policy", "The active password rules")
            .ok(
                200,
                "The rules, with messages in the request's language.",
                "Policy",
            )
            .get(),
    );
    add(
        "/api/v1/policy/check",
        "post",
        Op::new(
            "checkPassword",
            "policy",
            "Check a password against the rules",
        )
        .describe("Never looks anyone up: a username given is only compared as text.")
        .body("PolicyCheckRequest")
        .ok(200, "The verdict.", "PolicyCheckResult")
        .errors(&[429])
        .write(),
    );
    add(
        "/api/v1/policy/suggestions",
        "get",
        Op::new(
            "suggestPasswords",
            "policy",
            "Suggested passwords that pass the rules",
        )
        .param(json!({
            "name": "kind",
            "in": "query",
            "required": false,
            "description": "Random characters or a passphrase.",
            "schema": {"type": "string", "enum": ["random", "passphrase"], "default": "random"},
        }))
        .param(json!({
            "name": "n",
            "in": "query",
            "required": false,
            "description": "How many (at most 20).",
            "schema": {"type": "integer", "minimum": 0, "maximum": 20, "default": 4},
        }))
        .ok(200, "The suggestions.", "Suggestions")
        .errors(&[400])
        .get(),
    );

    // This document.
    add(
        "/api/v1/openapi.json",
        "get",
        Op::new("getOpenApi", "meta", "This OpenAPI document")
            .response(
                200,
                json!({
                    "description": "The OpenAPI 3.1 document.",
                    "content": {"application/json": {"schema": {"type": "object"}}},
                }),
            )
            .get(),
    );

    // Health (outside /api: errors here are not JSON).
    add(
        "/healthz",
        "get",
        json!({
            "operationId": "healthz",
            "tags": ["meta"],
            "summary": "The process is up",
            "responses": {"200": {
                "description": "Always, while the process serves requests.",
                "content": {"application/json": {"schema": schema_ref("Health")}},
            }},
        }),
    );
    add(
        "/readyz",
        "get",
        json!({
            "operationId": "readyz",
            "tags": ["meta"],
            "summary": "The directory answers",
            "responses": {
                "200": {
                    "description": "A directory round trip succeeded within 3 s.",
                    "content": {"application/json": {"schema": schema_ref("Readiness")}},
                },
                "503": {
                    "description": "The directory is unreachable or too slow.",
                    "content": {"application/json": {"schema": schema_ref("Readiness")}},
                },
            },
        }),
    );
    Value::Object(p)
}

fn parameters() -> Value {
    json!({
        "Flow": {
            "name": "flow",
            "in": "path",
            "required": true,
            "description": "The journey id returned when it started.",
            "schema": {"type": "string"},
        },
        "Token": {
            "name": "token",
            "in": "path",
            "required": true,
            "description": "The token of the reset link sent by email.",
            "schema": {"type": "string"},
        },
        "JourneySecret": {
            "name": "Journey-Secret",
            "in": "header",
            "required": false,
            "description": "The `secret` returned once when the journey started. Without it (or the journey's cookie, for pages) every step answers 404 as for an unknown journey.",
            "schema": {"type": "string"},
        },
        "AcceptLanguage": {
            "name": "Accept-Language",
            "in": "header",
            "required": false,
            "description": "The language of messages (e.g. `el`, `en`, `it`, `fr`); a `?lang=` query or the language cookie wins when set.",
            "schema": {"type": "string"},
        },
    })
}

fn responses() -> Value {
    let mut m = Map::new();
    for (status, name, description) in ERROR_RESPONSES {
        let mut r = json!({
            "description": description,
            "content": {"application/json": {"schema": schema_ref("Error")}},
        });
        if *status == 429 {
            r["headers"] = json!({"Retry-After": {"$ref": "#/components/headers/RetryAfter"}});
        }
        m.insert((*name).to_string(), r);
    }
    m.insert(
        "Default".into(),
        json!({
            "description": "Any other error (e.g. 405 `method_not_allowed`, 408 `timeout`), in the same shape.",
            "content": {"application/json": {"schema": schema_ref("Error")}},
        }),
    );
    Value::Object(m)
}

fn string() -> Value {
    json!({"type": "string"})
}

fn nullable_string() -> Value {
    json!({"type": ["string", "null"]})
}

/// A closed request object (the server refuses unknown fields).
fn request(required: &[&str], properties: Value) -> Value {
    json!({
        "type": "object",
        "required": required,
        "additionalProperties": false,
        "properties": properties,
    })
}

/// A response object.
fn object(required: &[&str], properties: Value) -> Value {
    json!({"type": "object", "required": required, "properties": properties})
}

fn schemas() -> Value {
    let mut s = Map::new();
    let mut add = |name: &str, v: Value| {
        s.insert(name.to_string(), v);
    };

    // Errors.
    add(
        "Error",
        object(&["error"], json!({"error": schema_ref("ErrorDetail")})),
    );
    add(
        "ErrorDetail",
        json!({
            "type": "object",
            "required": ["code", "message"],
            "properties": {
                "code": {
                    "type": "string",
                    "description": "Stable code; clients should expect new ones.",
                    "examples": ERROR_CODES,
                },
                "message": {"type": "string", "description": "Translated, for people."},
                "fields": {
                    "type": "array",
                    "description": "With `invalid_input`: what is wrong with which field.",
                    "items": schema_ref("FieldError"),
                },
                "violations": {
                    "type": "array",
                    "description": "With `password_policy`: the rules broken.",
                    "items": schema_ref("Violation"),
                },
                "missing": {
                    "type": "array",
                    "description": "With `required_fields_missing`: the fields the record lacks.",
                    "items": string(),
                },
                "attempts_left": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "With `pin_wrong`: attempts before the PIN is void.",
                },
                "ppolicy": {
                    "type": "string",
                    "enum": PPOLICY_CODES,
                    "description": "With `password_refused`: why the directory refused the password.",
                },
            },
        }),
    );
    add(
        "FieldError",
        object(
            &["field", "code", "message"],
            json!({"field": string(), "code": string(), "message": string()}),
        ),
    );
    add(
        "Violation",
        object(
            &["code", "message"],
            json!({
                "code": {"type": "string", "description": "Stable rule code, e.g. `too_short`."},
                "message": {"type": "string", "description": "What to do about it."},
            }),
        ),
    );

    // Activation.
    add(
        "Step",
        json!({
            "type": "string",
            "enum": ["identify", "pin", "national_id", "confirm", "verify_contact", "password", "done", "disagreed"],
        }),
    );
    add(
        "FlowNext",
        object(
            &["flow", "next"],
            json!({"flow": string(), "next": schema_ref("Step")}),
        ),
    );
    add(
        "SessionsEnded",
        object(
            &["ended"],
            json!({"ended": {"type": "integer", "minimum": 0, "description": "How many other sessions ended."}}),
        ),
    );
    add(
        "ActivationStarted",
        object(
            &["flow", "secret", "next"],
            json!({
                "flow": string(),
                "secret": {"type": "string", "description": "Returned once; send it as the `Journey-Secret` header with every later step."},
                "next": schema_ref("Step"),
            }),
        ),
    );
    add(
        "Role",
        object(
            &["id", "label", "identify"],
            json!({
                "id": string(),
                "label": {"type": "string", "description": "In the request's language."},
                "identify": {"type": "string", "enum": ["contact", "personal_number"]},
            }),
        ),
    );
    add(
        "RoleList",
        object(
            &["roles"],
            json!({"roles": {"type": "array", "items": schema_ref("Role")}}),
        ),
    );
    add(
        "StartActivation",
        request(
            &["role"],
            json!({"role": {"type": "string", "description": "A role id."}}),
        ),
    );
    add(
        "ActivationStatus",
        object(
            &["flow", "step", "send_failure"],
            json!({
                "flow": string(),
                "step": schema_ref("Step"),
                "send_failure": {
                    "type": ["string", "null"],
                    "enum": ["email", "sms", null],
                    "description": "The channel the PIN could not be sent by, if any.",
                },
            }),
        ),
    );
    add(
        "IdentifyRequest",
        request(
            &[],
            json!({
                "mobile": string(),
                "email": string(),
                "personal_number": string(),
                "birth_date": {"type": "string", "description": "`YYYY-MM-DD` or `DD/MM/YYYY`."},
            }),
        ),
    );
    add("PinRequest", request(&["pin"], json!({"pin": string()})));
    add(
        "NationalIdRequest",
        request(
            &[],
            json!({
                "amka": {"type": "string", "description": "Greek AMKA."},
                "country": {"type": "string", "description": "ISO 3166 country of a foreign number."},
                "kind": {"type": "string", "enum": ["ssn", "ehic"]},
                "number": {"type": "string", "description": "The foreign number."},
            }),
        ),
    );
    add(
        "Details",
        object(
            &[
                "name",
                "username",
                "role",
                "mobile_verified",
                "email_verified",
            ],
            json!({
                "name": string(),
                "username": string(),
                "role": string(),
                "department": nullable_string(),
                "national_id": {"type": ["string", "null"], "description": "Masked."},
                "tax_number": {"type": ["string", "null"], "description": "Masked; null when not mapped."},
                "father_name": {"type": ["string", "null"], "description": "Null when not mapped."},
                "birth_date": {"type": ["string", "null"], "description": "Masked."},
                "gender": {"type": ["string", "null"], "description": "In the request's language for ISO 5218 codes; null when not mapped."},
                "mobile": {"type": ["string", "null"], "description": "The registrar's mobile on record, masked."},
                "mobile_verified": {"type": "boolean", "description": "It got the PIN of step 2; otherwise consenting to it sends it a code first (`verify_contact`)."},
                "email": {"type": ["string", "null"], "description": "The registrar's external email on record, masked."},
                "mobile_consent": {"type": "boolean", "description": "A consent box is offered for the mobile: false without an SMS gateway unless it is verified."},
                "email_verified": {"type": "boolean", "description": "Like `mobile_verified`, for the email."},
                "email_consent": {"type": "boolean", "description": "A consent box is offered for the email."},
            }),
        ),
    );
    add(
        "ActivationDetails",
        object(
            &["flow", "details"],
            json!({"flow": string(), "details": schema_ref("Details")}),
        ),
    );
    add(
        "ConfirmRequest",
        request(
            &["agree"],
            json!({
                "agree": {"type": "boolean"},
                "consent_mobile": {"type": "boolean", "default": false, "description": "Keep the mobile for recovery by SMS."},
                "consent_email": {"type": "boolean", "default": false, "description": "Keep the email for recovery by email."},
            }),
        ),
    );
    add(
        "VerifyContactRequest",
        request(
            &[],
            json!({
                "pin": {"type": "string", "description": "The code sent to the contact."},
                "skip": {"type": "boolean", "default": false, "description": "Go on without storing this contact."},
            }),
        ),
    );
    add(
        "PendingContact",
        object(
            &["flow", "channel", "to"],
            json!({
                "flow": string(),
                "channel": {"type": "string", "enum": ["sms", "email"]},
                "to": {"type": "string", "description": "Masked."},
            }),
        ),
    );
    add(
        "Rule",
        object(
            &["code", "message"],
            json!({"code": string(), "message": string()}),
        ),
    );
    add(
        "PasswordRules",
        object(
            &["flow", "rules", "suggestions"],
            json!({
                "flow": string(),
                "rules": {"type": "array", "items": schema_ref("Rule")},
                "suggestions": {"type": "array", "items": string()},
            }),
        ),
    );
    add(
        "ActivationPasswordRequest",
        request(
            &["password", "confirm"],
            json!({
                "password": string(),
                "confirm": string(),
                "accept_terms": {"type": "boolean", "default": false},
            }),
        ),
    );
    add(
        "Service",
        object(&["name", "url"], json!({"name": string(), "url": string()})),
    );
    add(
        "Activated",
        object(
            &["flow", "next", "username", "services"],
            json!({
                "flow": string(),
                "next": {"const": "done"},
                "username": string(),
                "services": {"type": "array", "items": schema_ref("Service")},
            }),
        ),
    );

    // Session and account.
    add(
        "SignInRequest",
        request(
            &["username", "password"],
            json!({"username": string(), "password": string()}),
        ),
    );
    add(
        "SessionCreated",
        object(
            &["must_change_password", "warning"],
            json!({
                "must_change_password": {"type": "boolean"},
                "warning": {
                    "description": "A password expiry warning from the directory, if any.",
                    "oneOf": [
                        {"type": "null"},
                        object(&["expires_in_seconds"], json!({"expires_in_seconds": {"type": "integer", "minimum": 0}})),
                        object(&["grace_logins_left"], json!({"grace_logins_left": {"type": "integer", "minimum": 0}})),
                    ],
                },
            }),
        ),
    );
    add(
        "AccountInfo",
        object(
            &[
                "username",
                "name",
                "roles",
                "has_security_question",
                "must_change",
            ],
            json!({
                "username": string(),
                "name": string(),
                "roles": {"type": "array", "items": string()},
                "recovery_email": {"type": ["string", "null"], "description": "Masked."},
                "recovery_mobile": {"type": ["string", "null"], "description": "Masked."},
                "password_changed": {"type": ["integer", "null"], "description": "Milliseconds since the epoch."},
                "password_expires": {"type": ["integer", "null"], "description": "Milliseconds since the epoch."},
                "has_security_question": {"type": "boolean"},
                "must_change": {"type": "boolean", "description": "Only a password change is allowed now."},
            }),
        ),
    );
    add(
        "ChangePasswordRequest",
        request(
            &["current", "new", "confirm"],
            json!({"current": string(), "new": string(), "confirm": string()}),
        ),
    );
    add(
        "PasswordChanged",
        object(
            &["changed", "reminder"],
            json!({
                "changed": {"const": true},
                "reminder": {"type": "string", "description": "What to update now (devices, Wi-Fi...)."},
            }),
        ),
    );
    add(
        "ContactRequest",
        request(
            &["kind"],
            json!({
                "kind": {"type": "string", "enum": ["email", "mobile"]},
                "value": {"type": "string", "description": "The new address or number."},
                "password": {"type": "string", "description": "The current password, when re-authentication is required."},
            }),
        ),
    );
    add(
        "ContactPending",
        object(&["next"], json!({"next": {"const": "pin"}})),
    );
    add(
        "Stored",
        object(&["stored"], json!({"stored": {"const": true}})),
    );
    add(
        "Removed",
        object(&["removed"], json!({"removed": {"const": true}})),
    );
    add(
        "SecurityQuestionRequest",
        request(
            &["question", "answer"],
            json!({
                "question": {"type": "string", "enum": ["1", "2", "3", "4"], "description": "Which question of the pool (shown translated on the page); the recovery draws the question it shows for unknown input from the same pool."},
                "answer": string(),
                "password": {"type": "string", "description": "The current password, when re-authentication is required."},
            }),
        ),
    );

    // Recovery.
    add(
        "RecoveryStartRequest",
        request(
            &[],
            json!({
                "username": string(),
                "contact": {"type": "string", "description": "The registered email or mobile."},
                "personal_number": string(),
                "birth_date": string(),
                "channel": {"type": "string", "enum": ["email", "sms"], "default": "email"},
            }),
        ),
    );
    add(
        "RecoveryStarted",
        object(
            &["flow", "next", "question"],
            json!({
                "flow": {"type": ["string", "null"], "description": "Absent (null) for an email link."},
                "next": {"type": "string", "enum": ["check_email", "pin", "question"]},
                "question": {"type": ["string", "null"], "description": "The security question, when `next` is `question`."},
                "secret": {"type": "string", "description": "With a `flow`: returned once; send it as the `Journey-Secret` header with every later step."},
            }),
        ),
    );
    add(
        "RecoveryStatus",
        object(
            &["flow", "step", "send_failure"],
            json!({
                "flow": string(),
                "step": {"type": "string", "enum": ["pin", "question", "new_password"]},
                "send_failure": {
                    "type": ["string", "null"],
                    "enum": ["sms", null],
                    "description": "`sms` when the code could not be sent.",
                },
            }),
        ),
    );
    add(
        "RecoveryPinNext",
        object(
            &["flow", "next"],
            json!({"flow": string(), "next": {"const": "pin"}}),
        ),
    );
    add(
        "RecoveryNext",
        object(
            &["flow", "next"],
            json!({"flow": string(), "next": {"const": "password"}}),
        ),
    );
    add(
        "AnswerRequest",
        request(&["answer"], json!({"answer": string()})),
    );
    add(
        "NewPasswordRequest",
        request(
            &["password", "confirm"],
            json!({
                "password": string(),
                "confirm": string(),
                "accept_rules": {"type": "boolean", "default": false},
            }),
        ),
    );
    add(
        "UsernameRecoveryRequest",
        request(
            &[],
            json!({
                "personal_number": string(),
                "birth_date": string(),
                "email": {"type": "string", "description": "The recovery (or registrar) email."},
            }),
        ),
    );
    add(
        "UsernameRecoveryAccepted",
        object(&["next"], json!({"next": {"const": "check_messages"}})),
    );

    // Policy.
    add(
        "PolicyRule",
        object(
            &["code", "args", "message"],
            json!({
                "code": string(),
                "args": {"type": "object", "additionalProperties": {"type": ["integer", "string"]}},
                "message": string(),
            }),
        ),
    );
    add(
        "Policy",
        object(
            &["min_length", "max_length", "rules"],
            json!({
                "min_length": {"type": "integer", "minimum": 0},
                "max_length": {"type": "integer", "minimum": 0},
                "rules": {"type": "array", "items": schema_ref("PolicyRule")},
            }),
        ),
    );
    add(
        "PolicyCheckRequest",
        request(
            &["password"],
            json!({
                "password": string(),
                "username": {"type": "string", "description": "Compared as text only."},
            }),
        ),
    );
    add(
        "PolicyCheckResult",
        object(
            &["ok", "violations", "score", "hints"],
            json!({
                "ok": {"type": "boolean"},
                "violations": {"type": "array", "items": schema_ref("Violation")},
                "score": {"type": ["integer", "null"], "minimum": 0, "maximum": 4, "description": "zxcvbn score, when computed."},
                "hints": {"type": "array", "items": string()},
            }),
        ),
    );
    add(
        "Suggestions",
        object(
            &["kind", "suggestions"],
            json!({
                "kind": {"type": "string", "enum": ["random", "passphrase"]},
                "suggestions": {"type": "array", "items": string()},
            }),
        ),
    );

    // Health.
    add(
        "Health",
        object(&["status"], json!({"status": {"const": "ok"}})),
    );
    add(
        "Readiness",
        object(
            &["status", "directory"],
            json!({
                "status": {"type": "string", "enum": ["ready", "unavailable"]},
                "directory": {"type": "string", "enum": ["ok", "unreachable", "timeout"]},
            }),
        ),
    );
    Value::Object(s)
}
