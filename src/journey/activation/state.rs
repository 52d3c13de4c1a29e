//! What an activation keeps between its steps, in the shared state store
//! (no directory, no core: the core holds it).

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::config::ActivationConfig;
use crate::domain::{Email, Mobile, NationalId};
use crate::journey::JourneyError;
use crate::notify::Channel;
use crate::state::{Change, SharedState, Typed};

/// Where a journey stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Contact details or personal number + birth date.
    Identify,
    /// The PIN sent to the registrar's contacts.
    Pin,
    /// A national ID, when the record has none.
    NationalId,
    /// Review the details and consent to recovery contacts.
    Confirm,
    /// A code sent to a consented contact that did not get the first PIN,
    /// proving it reaches the person before it is stored.
    VerifyContact,
    /// Choose the password.
    Password,
    /// Activated.
    Done,
    /// The person disagreed with the details; nothing was activated.
    Disagreed,
}

impl Step {
    /// "Step n/4" of the seed's progress indicator.
    pub fn number(self) -> u8 {
        match self {
            Step::Identify => 1,
            Step::Pin | Step::NationalId => 2,
            Step::Confirm | Step::VerifyContact | Step::Disagreed => 3,
            Step::Password | Step::Done => 4,
        }
    }
}

/// A yes/no for each of a person's two contacts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Both {
    pub mobile: bool,
    pub email: bool,
}

impl Both {
    pub fn get(self, c: Channel) -> bool {
        match c {
            Channel::Sms => self.mobile,
            Channel::Email => self.email,
        }
    }

    pub fn set(&mut self, c: Channel, v: bool) {
        match c {
            Channel::Sms => self.mobile = v,
            Channel::Email => self.email = v,
        }
    }
}

/// The account a journey matched; absent when nobody did (the journey then
/// goes on looking the same, and no PIN can ever be right).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Matched {
    pub dn: String,
    /// The registrar's mobile on record (every one is offered on the confirm step).
    pub mobile: Option<Mobile>,
    /// The registrar's external email on record.
    pub email: Option<Email>,
    /// Which of them the first PIN goes to: proven once that PIN is entered.
    pub pinned: Both,
    /// Which of the others were proven by a code of their own.
    pub verified: Both,
    pub lang: Option<String>,
}

impl Matched {
    /// Proven to reach the person (the journey is past the PIN step).
    pub fn proven(&self, c: Channel) -> bool {
        self.pinned.get(c) || self.verified.get(c)
    }
}

/// A send that failed, shown on the PIN step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SendFailure {
    /// Which channel failed.
    pub channel: crate::notify::Channel,
}

/// One activation in flight. Kept small when serialized (absent and false
/// fields are left out): a flood of started journeys should cost little.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Flow {
    pub role: String,
    pub lang: String,
    pub step: Step,
    /// The hash of the secret the starting client holds
    /// ([`crate::journey::binding`]).
    pub binder: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matched: Option<Box<Matched>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenge: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_failure: Option<SendFailure>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub national_id: Option<Box<NationalId>>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub consent_mobile: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub consent_email: bool,
    /// The consented contact whose code is awaited (`VerifyContact`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<Channel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Nobody matched: the key of what was typed, for the PIN budgets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget_key: Option<String>,
    /// Where the PIN goes if the details match: the contacts the person
    /// typed, masked (the same whether or not anyone matched).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sent_to: Vec<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// What the pages may know of a journey.
#[derive(Debug, Clone)]
pub struct PublicFlow {
    /// Role id.
    pub role: String,
    /// Current step.
    pub step: Step,
    /// The username, once the PIN proved who this is.
    pub username: Option<String>,
    /// The typed contacts the PIN goes to if the details match, masked;
    /// empty when identification was by personal number.
    pub sent_to: Vec<String>,
}

/// The activations in flight, in the shared state store.
pub struct ActivationState {
    flows: Typed<Flow>,
    ttl: Duration,
}

impl ActivationState {
    /// Journeys kept in `state` for the configured lifetime.
    pub fn new(cfg: &ActivationConfig, state: SharedState) -> Self {
        Self {
            flows: Typed::new(state, "activation:"),
            ttl: Duration::from_secs(cfg.flow_ttl_minutes * 60),
        }
    }

    pub(crate) async fn get(&self, id: &str) -> Result<Option<Flow>, JourneyError> {
        Ok(self.flows.get(id).await?)
    }

    /// Changes a journey atomically (compare-and-set on its version): two
    /// requests for one journey never both act on the same old state.
    pub(crate) async fn update<R>(
        &self,
        id: &str,
        mut f: impl FnMut(&mut Flow) -> R + Send,
    ) -> Result<Option<R>, JourneyError> {
        Ok(self
            .flows
            .update(id, self.ttl, |flow| (Change::Write, f(flow)))
            .await?)
    }

    /// Moves a journey from `from` on, only if it is still there: of two
    /// concurrent requests, one advances and the other gets `WrongStep`.
    pub(crate) async fn advance(
        &self,
        id: &str,
        from: Step,
        mut f: impl FnMut(&mut Flow) + Send,
    ) -> Result<(), JourneyError> {
        let moved = self
            .flows
            .update(id, self.ttl, |flow| {
                if flow.step != from {
                    return (Change::Keep, false);
                }
                f(flow);
                (Change::Write, true)
            })
            .await?;
        match moved {
            Some(true) => Ok(()),
            Some(false) => Err(JourneyError::WrongStep),
            None => Err(JourneyError::FlowNotFound),
        }
    }

    pub(crate) async fn insert(&self, id: &str, flow: &Flow) -> Result<(), JourneyError> {
        if self.flows.insert_new(id, flow, self.ttl).await? {
            Ok(())
        } else {
            Err(JourneyError::Busy)
        }
    }

    /// What pages may show of a journey (no personal data beyond the username).
    pub async fn get_public(&self, id: &str) -> Option<PublicFlow> {
        self.get_logged(id).await.map(|f| PublicFlow {
            role: f.role,
            step: f.step,
            username: f.username,
            sent_to: f.sent_to,
        })
    }

    /// A journey for the pages; an outage is logged and shows as absent
    /// (the journey step itself then reports it).
    pub(crate) async fn get_logged(&self, id: &str) -> Option<Flow> {
        match self.get(id).await {
            Ok(f) => f,
            Err(e) => {
                tracing::warn!(error = %e, "activation state not read");
                None
            }
        }
    }

    /// The step a journey is at, if it exists.
    pub async fn step(&self, id: &str) -> Option<Step> {
        self.get_logged(id).await.map(|f| f.step)
    }
}
