//! Account activation (IHU URegister, UPHF "Activer mon compte"): choose a
//! role, prove identity with the registrar's contact details (or a personal
//! number and birth date), enter the PIN sent to those contacts, give a
//! national ID if the record lacks one, confirm the details and consent to
//! recovery contacts, choose a password. Only the last step writes.

mod contacts;
mod details;
mod effects;
mod steps;

use std::time::Duration;

use serde::Serialize;

pub use contacts::{
    ConfirmInput, PendingContact, VerifyContactInput, confirm, pending_contact, verify_contact,
};
pub use details::{Details, details};
pub use steps::{
    IdentifyInput, NationalIdInput, PasswordInput, Welcome, identify, national_id, password, pin,
    resend, start,
};

use crate::clock::SharedClock;
use crate::config::ActivationConfig;
use crate::domain::{Email, Mobile, NationalId};
use crate::notify::Channel;
use crate::store::{MemoryStore, Store};

/// Where a journey stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
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
#[derive(Debug, Clone)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SendFailure {
    /// Which channel failed.
    pub channel: crate::notify::Channel,
}

/// One activation in flight.
#[derive(Debug, Clone)]
pub(crate) struct Flow {
    pub role: String,
    pub lang: String,
    pub step: Step,
    // Boxed: most journeys in memory never get this far, and a flood of
    // started journeys should cost as little as possible.
    pub matched: Option<Box<Matched>>,
    pub challenge: Option<String>,
    pub send_failure: Option<SendFailure>,
    pub national_id: Option<Box<NationalId>>,
    pub consent_mobile: bool,
    pub consent_email: bool,
    /// The consented contact whose code is awaited (`VerifyContact`).
    pub pending: Option<Channel>,
    pub username: Option<String>,
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
}

/// The activations in flight.
pub struct ActivationState {
    flows: MemoryStore<String, Flow>,
    ttl: Duration,
}

impl ActivationState {
    /// An empty store sized from the config.
    pub fn new(cfg: &ActivationConfig, clock: SharedClock) -> Self {
        Self {
            flows: MemoryStore::new(cfg.capacity, clock),
            ttl: Duration::from_secs(cfg.flow_ttl_minutes * 60),
        }
    }

    pub(crate) fn get(&self, id: &str) -> Option<Flow> {
        self.flows.get(&id.to_string())
    }

    pub(crate) fn update<R>(&self, id: &str, f: impl FnOnce(&mut Flow) -> R) -> Option<R> {
        self.flows.update(&id.to_string(), f)
    }

    pub(crate) fn insert(&self, id: String, flow: Flow) -> Result<(), crate::store::StoreFull> {
        self.flows.insert(id, flow, self.ttl)
    }

    /// What pages may show of a journey (no personal data beyond the username).
    pub fn get_public(&self, id: &str) -> Option<PublicFlow> {
        self.get(id).map(|f| PublicFlow {
            role: f.role,
            step: f.step,
            username: f.username,
        })
    }

    /// The step a journey is at, if it exists.
    pub fn step(&self, id: &str) -> Option<Step> {
        self.get(id).map(|f| f.step)
    }

    /// The language the journey started in.
    pub fn lang(&self, id: &str) -> Option<String> {
        self.get(id).map(|f| f.lang)
    }

    /// The send failure to show on the PIN step, if any.
    pub fn send_failure(&self, id: &str) -> Option<SendFailure> {
        self.get(id).and_then(|f| f.send_failure)
    }

    /// Journeys held.
    pub fn len(&self) -> usize {
        self.flows.len()
    }

    /// True when none are held.
    pub fn is_empty(&self) -> bool {
        self.flows.is_empty()
    }

    /// Drops expired journeys.
    pub fn sweep(&self) {
        self.flows.sweep();
    }
}
