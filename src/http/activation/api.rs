//! `/api/v1/activation`: the activation journey as JSON, step by step.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::http::api_doc::{
    Conflict, FlowParam, Gone, NotFound, TooManyRequests, Unavailable, Unprocessable,
};
use crate::http::journey_error::{api_response, rule_message};
use crate::http::lang::Lang;
use crate::http::{AppState, ClientIp};
use crate::journey::activation::{
    self, ConfirmInput, Details, IdentifyInput, NationalIdInput, PasswordInput, Step,
    VerifyContactInput,
};
use crate::notify::Channel;

/// The activation operations, each in the document.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(roles, start))
        .routes(routes!(status))
        .routes(routes!(identify))
        .routes(routes!(pin))
        .routes(routes!(resend))
        .routes(routes!(national_id))
        .routes(routes!(details, confirm))
        .routes(routes!(reconsider))
        .routes(routes!(pending_contact, verify_contact))
        .routes(routes!(password_info, password))
}

/// The journey's next step.
#[derive(Serialize, ToSchema)]
pub struct FlowNext {
    /// The journey id.
    flow: String,
    /// Where the journey stands now.
    next: Step,
}

fn next(flow: &str, step: Step) -> Response {
    Json(FlowNext {
        flow: flow.to_string(),
        next: step,
    })
    .into_response()
}

/// How a role's people identify themselves.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum IdentifyBy {
    /// By a mobile or email on record.
    Contact,
    /// By personal number and birth date.
    PersonalNumber,
}

/// A role to activate as.
#[derive(Serialize, ToSchema)]
pub struct Role {
    /// The id to start with.
    id: String,
    /// In the request's language.
    label: String,
    /// What the `identify` step asks for.
    identify: IdentifyBy,
}

/// The roles to choose from.
#[derive(Serialize, ToSchema)]
pub struct RoleList {
    /// In the configured order.
    roles: Vec<Role>,
}

/// `GET /api/v1/activation`: the roles to choose from.
#[utoipa::path(
    get,
    path = "/api/v1/activation",
    tag = "activation",
    operation_id = "listActivationRoles",
    summary = "The roles to activate as",
    description = "Each role says how its people identify themselves: by `contact` (mobile or email on record) or by `personal_number` and birth date.",
    responses((status = 200, description = "The roles.", body = RoleList))
)]
pub async fn roles(State(app): State<AppState>, Lang(lang): Lang) -> Response {
    let roles = app
        .config
        .activation
        .roles
        .iter()
        .map(|r| Role {
            id: r.id.clone(),
            label: r.label.get(&lang).to_string(),
            identify: match r.identify_name() {
                "contact" => IdentifyBy::Contact,
                _ => IdentifyBy::PersonalNumber,
            },
        })
        .collect();
    Json(RoleList { roles }).into_response()
}

/// Body of `POST /api/v1/activation`.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = StartActivation)]
pub struct StartInput {
    /// A role id from `GET /api/v1/activation`.
    #[schema(min_length = 1)]
    role: String,
}

/// A started activation.
#[derive(Serialize, ToSchema)]
pub struct ActivationStarted {
    /// The journey id.
    flow: String,
    /// Returned once; send it as the `Journey-Secret` header with every later step.
    secret: String,
    /// `identify`.
    next: Step,
}

/// `POST /api/v1/activation`: starts a journey.
#[utoipa::path(
    post,
    path = "/api/v1/activation",
    tag = "activation",
    operation_id = "startActivation",
    summary = "Start an activation",
    description = "Returns 404 `flow_not_found` when activation is disabled and 422 `invalid_input` for an unknown role.",
    request_body = StartInput,
    responses(
        (status = 201, description = "Started; the next step is `identify`.", body = ActivationStarted),
        (status = 404, response = NotFound),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    )
)]
pub async fn start(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Json(i): Json<StartInput>,
) -> Response {
    match activation::start(&app, &i.role, &lang, ip).await {
        // The secret is returned once: every later step sends it back as
        // the `Journey-Secret` header.
        Ok(s) => (
            StatusCode::CREATED,
            Json(ActivationStarted {
                flow: s.flow,
                secret: s.secret,
                next: Step::Identify,
            }),
        )
            .into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// Where an activation stands.
#[derive(Serialize, ToSchema)]
pub struct ActivationStatus {
    /// The journey id.
    flow: String,
    /// The current step.
    step: Step,
    /// The channel the PIN could not be sent by, if any.
    send_failure: Option<Channel>,
}

/// `GET /api/v1/activation/{flow}`: where the journey stands, and whether
/// sending the PIN failed (the send happens after the identify answer).
#[utoipa::path(
    get,
    path = "/api/v1/activation/{flow}",
    tag = "activation",
    operation_id = "getActivation",
    summary = "Where an activation stands",
    description = "The current step, and which channel failed if sending the PIN did.",
    params(FlowParam),
    security(("journey_secret" = [])),
    responses(
        (status = 200, description = "The journey's state.", body = ActivationStatus),
        (status = 404, response = NotFound),
        (status = 503, response = Unavailable),
    )
)]
pub async fn status(
    State(app): State<AppState>,
    Lang(lang): Lang,
    Path(flow): Path<String>,
) -> Response {
    match app.activation.step(&flow).await {
        Some(step) => {
            let send_failure = crate::journey::activation::send_failure(&app, &flow)
                .await
                .map(|f| f.channel);
            Json(ActivationStatus {
                flow,
                step,
                send_failure,
            })
            .into_response()
        }
        None => api_response(&app, &lang, &crate::journey::JourneyError::FlowNotFound),
    }
}

/// `POST /api/v1/activation/{flow}/identify`.
#[utoipa::path(
    post,
    path = "/api/v1/activation/{flow}/identify",
    tag = "activation",
    operation_id = "identifyActivation",
    summary = "Identify the person",
    description = "Mobile and/or email, or personal number and birth date, as the role asks. The answer is the same whether or not someone matched; a PIN is sent only when someone did.",
    params(FlowParam),
    security(("journey_secret" = [])),
    request_body = IdentifyInput,
    responses(
        (status = 200, description = "The next step (`pin`).", body = FlowNext),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    )
)]
pub async fn identify(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Path(flow): Path<String>,
    Json(i): Json<IdentifyInput>,
) -> Response {
    match activation::identify(&app, &flow, i, ip).await {
        Ok(s) => next(&flow, s),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// Body of the PIN step.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = PinRequest)]
pub struct PinInput {
    /// The PIN that was sent.
    #[schema(min_length = 1, pattern = r"\S")]
    pub(crate) pin: String,
}

/// `POST /api/v1/activation/{flow}/pin`.
#[utoipa::path(
    post,
    path = "/api/v1/activation/{flow}/pin",
    tag = "activation",
    operation_id = "activationPin",
    summary = "Enter the PIN",
    description = "On success the next step is `national_id` (the record lacks one) or `confirm`.",
    params(FlowParam),
    security(("journey_secret" = [])),
    request_body = PinInput,
    responses(
        (status = 200, description = "The next step.", body = FlowNext),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 410, response = Gone),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    )
)]
pub async fn pin(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Path(flow): Path<String>,
    Json(i): Json<PinInput>,
) -> Response {
    match activation::pin(&app, &flow, &i.pin, ip).await {
        Ok(s) => next(&flow, s),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `POST /api/v1/activation/{flow}/resend`.
#[utoipa::path(
    post,
    path = "/api/v1/activation/{flow}/resend",
    tag = "activation",
    operation_id = "activationResend",
    summary = "Send the PIN again",
    description = "At the `pin` step the PIN, at the `verify_contact` step the contact's code. No body and no `Content-Type` are needed.",
    params(FlowParam),
    security(("journey_secret" = [])),
    responses(
        (status = 200, description = "Sent; the step stays `pin` (or `verify_contact`).", body = FlowNext),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 410, response = Gone),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    )
)]
pub async fn resend(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Path(flow): Path<String>,
) -> Response {
    match activation::resend(&app, &flow, ip).await {
        // `pin`, or `verify_contact` when the code was a contact's.
        Ok(()) => next(&flow, app.activation.step(&flow).await.unwrap_or(Step::Pin)),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `POST /api/v1/activation/{flow}/national_id`.
#[utoipa::path(
    post,
    path = "/api/v1/activation/{flow}/national_id",
    tag = "activation",
    operation_id = "activationNationalId",
    summary = "Give a national ID",
    description = "A Greek AMKA, or a foreign number with its country and kind (`ssn` or `ehic`).",
    params(FlowParam),
    security(("journey_secret" = [])),
    request_body = NationalIdInput,
    responses(
        (status = 200, description = "The next step (`confirm`).", body = FlowNext),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = Unprocessable),
        (status = 503, response = Unavailable),
    )
)]
pub async fn national_id(
    State(app): State<AppState>,
    Lang(lang): Lang,
    Path(flow): Path<String>,
    Json(i): Json<NationalIdInput>,
) -> Response {
    match activation::national_id(&app, &flow, i).await {
        Ok(s) => next(&flow, s),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// The details to confirm.
#[derive(Serialize, ToSchema)]
pub struct ActivationDetails {
    /// The journey id.
    flow: String,
    /// From the registrar's record, personal data masked.
    details: Details,
}

/// `GET /api/v1/activation/{flow}/confirm`: the details to confirm.
#[utoipa::path(
    get,
    path = "/api/v1/activation/{flow}/confirm",
    tag = "activation",
    operation_id = "activationDetails",
    summary = "The details to confirm",
    description = "Name, username and masked personal data from the record.",
    params(FlowParam),
    security(("journey_secret" = [])),
    responses(
        (status = 200, description = "The details.", body = ActivationDetails),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 503, response = Unavailable),
    )
)]
pub async fn details(
    State(app): State<AppState>,
    Lang(lang): Lang,
    Path(flow): Path<String>,
) -> Response {
    match activation::details(&app, &flow, &lang).await {
        Ok(details) => Json(ActivationDetails { flow, details }).into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `POST /api/v1/activation/{flow}/confirm`.
#[utoipa::path(
    post,
    path = "/api/v1/activation/{flow}/confirm",
    tag = "activation",
    operation_id = "activationConfirm",
    summary = "Agree or disagree with the details",
    description = "Agreeing (with optional consent to keep the mobile and email on record for recovery) leads to `password`, or to `verify_contact` when a consented contact did not get the PIN of step 2 (a code is sent to it first); disagreeing ends the journey (`disagreed`) and activates nothing.",
    params(FlowParam),
    security(("journey_secret" = [])),
    request_body = ConfirmInput,
    responses(
        (status = 200, description = "The next step.", body = FlowNext),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    )
)]
pub async fn confirm(
    State(app): State<AppState>,
    Lang(lang): Lang,
    Path(flow): Path<String>,
    Json(i): Json<ConfirmInput>,
) -> Response {
    match activation::confirm(&app, &flow, i).await {
        Ok(s) => next(&flow, s),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `POST /api/v1/activation/{flow}/reconsider`.
#[utoipa::path(
    post,
    path = "/api/v1/activation/{flow}/reconsider",
    tag = "activation",
    operation_id = "activationReconsider",
    summary = "Back to the details after disagreeing",
    description = "After `disagreed`, returns to `confirm` (the details are shown again). No body and no `Content-Type` are needed.",
    params(FlowParam),
    security(("journey_secret" = [])),
    responses(
        (status = 200, description = "The next step (`confirm`).", body = FlowNext),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 503, response = Unavailable),
    )
)]
pub async fn reconsider(
    State(app): State<AppState>,
    Lang(lang): Lang,
    Path(flow): Path<String>,
) -> Response {
    match activation::reconsider(&app, &flow).await {
        Ok(s) => next(&flow, s),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// Where a consented contact's code went.
#[derive(Serialize, ToSchema)]
pub struct PendingContact {
    /// The journey id.
    flow: String,
    /// `sms` (the mobile) or `email`.
    channel: Channel,
    /// Where the code went, masked.
    to: String,
}

/// `GET /api/v1/activation/{flow}/verify_contact`: where the code went.
#[utoipa::path(
    get,
    path = "/api/v1/activation/{flow}/verify_contact",
    tag = "activation",
    operation_id = "activationPendingContact",
    summary = "Where the contact's code went",
    description = "At the `verify_contact` step: the consented contact a code was sent to, masked.",
    params(FlowParam),
    security(("journey_secret" = [])),
    responses(
        (status = 200, description = "The contact.", body = PendingContact),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 503, response = Unavailable),
    )
)]
pub async fn pending_contact(
    State(app): State<AppState>,
    Lang(lang): Lang,
    Path(flow): Path<String>,
) -> Response {
    match activation::pending_contact(&app, &flow).await {
        Ok(p) => Json(PendingContact {
            flow,
            channel: p.channel,
            to: p.to,
        })
        .into_response(),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// `POST /api/v1/activation/{flow}/verify_contact`: the code sent to a
/// consented contact, or `skip`.
#[utoipa::path(
    post,
    path = "/api/v1/activation/{flow}/verify_contact",
    tag = "activation",
    operation_id = "activationVerifyContact",
    summary = "Prove a consented contact",
    description = "The code sent to the contact, which is then stored for recovery at the last step; or `skip: true` to go on without storing it. `resend` sends a new code. The next step is `verify_contact` again (for the other contact) or `password`.",
    params(FlowParam),
    security(("journey_secret" = [])),
    request_body = VerifyContactInput,
    responses(
        (status = 200, description = "The next step.", body = FlowNext),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 410, response = Gone),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    )
)]
pub async fn verify_contact(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Path(flow): Path<String>,
    Json(i): Json<VerifyContactInput>,
) -> Response {
    match activation::verify_contact(&app, &flow, i, ip).await {
        Ok(s) => next(&flow, s),
        Err(e) => api_response(&app, &lang, &e),
    }
}

/// One active password rule.
#[derive(Serialize, ToSchema)]
pub struct Rule {
    /// Stable rule code, e.g. `too_short`.
    code: &'static str,
    /// The rule, in the request's language.
    message: String,
}

/// The rules and some suggested passwords.
#[derive(Serialize, ToSchema)]
pub struct PasswordRules {
    /// The journey id.
    flow: String,
    /// Every active rule.
    rules: Vec<Rule>,
    /// Random passwords that pass the rules.
    suggestions: Vec<String>,
}

/// `GET /api/v1/activation/{flow}/password`: rules and suggestions.
#[utoipa::path(
    get,
    path = "/api/v1/activation/{flow}/password",
    tag = "activation",
    operation_id = "activationPasswordInfo",
    summary = "Password rules and suggestions",
    params(FlowParam),
    security(("journey_secret" = [])),
    responses(
        (status = 200, description = "The rules and some suggested passwords.", body = PasswordRules),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 503, response = Unavailable),
    )
)]
pub async fn password_info(
    State(app): State<AppState>,
    Lang(lang): Lang,
    Path(flow): Path<String>,
) -> Response {
    if app.activation.step(&flow).await != Some(Step::Password) {
        return api_response(&app, &lang, &crate::journey::JourneyError::WrongStep);
    }
    let rules = app
        .policy
        .describe()
        .iter()
        .map(|r| Rule {
            code: r.code,
            message: rule_message(&app, &lang, r),
        })
        .collect();
    let suggestions = app.policy.suggest(
        app.config.activation.suggestions,
        crate::policy::SuggestionKind::Random,
    );
    Json(PasswordRules {
        flow,
        rules,
        suggestions,
    })
    .into_response()
}

/// A service the new account works with.
#[derive(Serialize, ToSchema)]
pub struct Service {
    /// In the request's language.
    name: String,
    /// Where it is.
    url: String,
}

/// An activated account.
#[derive(Serialize, ToSchema)]
pub struct Activated {
    /// The journey id.
    flow: String,
    /// `done`.
    next: Step,
    /// The username to sign in with.
    username: String,
    /// The services to use it with.
    services: Vec<Service>,
}

/// `POST /api/v1/activation/{flow}/password`: registers; the response names
/// the username and the services.
#[utoipa::path(
    post,
    path = "/api/v1/activation/{flow}/password",
    tag = "activation",
    operation_id = "activationPassword",
    summary = "Choose the password and activate",
    description = "Activates the account; the answer names the username and the services to use it with.",
    params(FlowParam),
    security(("journey_secret" = [])),
    request_body = PasswordInput,
    responses(
        (status = 200, description = "Activated.", body = Activated),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = Unprocessable),
        (status = 429, response = TooManyRequests),
        (status = 503, response = Unavailable),
    )
)]
pub async fn password(
    State(app): State<AppState>,
    Lang(lang): Lang,
    ClientIp(ip): ClientIp,
    Path(flow): Path<String>,
    Json(i): Json<PasswordInput>,
) -> Response {
    match activation::password(&app, &flow, i, ip).await {
        Ok(w) => {
            let services = app
                .config
                .activation
                .services
                .iter()
                .map(|s| Service {
                    name: s.name.get(&lang).to_string(),
                    url: s.url.to_string(),
                })
                .collect();
            Json(Activated {
                flow,
                next: Step::Done,
                username: w.username,
                services,
            })
            .into_response()
        }
        Err(e) => api_response(&app, &lang, &e),
    }
}
