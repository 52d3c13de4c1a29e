//! The helpdesk's short-lived state: operator sessions, the per-account
//! holds that keep two operators from acting on one account at once, and
//! the operators' audit trail per account (a leaf: the core holds it).

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::clock::Millis;
use crate::state::{SharedState, Typed};

/// A signed-in operator.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Operator {
    /// The operator's entry.
    pub dn: String,
    /// The username they signed in with.
    pub username: String,
    /// When the session began.
    pub created: Millis,
    /// Last request.
    pub last_seen: Millis,
}

/// One operator action, as `/helpdesk/audit` shows it.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct OperatorEvent {
    /// When (milliseconds since the epoch).
    pub at: Millis,
    /// The operator's DN.
    pub operator: String,
    /// The account acted on.
    pub target: String,
    /// What was done (`helpdesk.unlock`...).
    pub action: String,
    /// `ok`, or why not.
    pub outcome: String,
    /// The operator's address.
    pub client: String,
}

/// The operator sessions, the per-account audit trail and the per-account
/// action locks, in the shared store (so every node sees them).
pub struct HelpdeskState {
    pub(super) sessions: Typed<Operator>,
    pub(super) events: Typed<Vec<OperatorEvent>>,
    pub(super) busy: Typed<String>,
}

/// Events kept per account.
pub(super) const EVENTS_KEPT: usize = 200;

/// How long one operator may hold an account for an action.
pub(super) const ACTION_LOCK: Duration = Duration::from_secs(60);

impl HelpdeskState {
    /// The helpdesk's values in `state`.
    pub fn new(state: SharedState) -> Self {
        Self {
            sessions: Typed::new(state.clone(), "operator-session:"),
            events: Typed::new(state.clone(), "operator-events:"),
            busy: Typed::new(state, "operator-busy:"),
        }
    }
}
