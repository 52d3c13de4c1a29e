//! What a recovery keeps between its steps, and its reset links, in the
//! shared state store (no directory, no core: the core holds it).

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::clock::{Millis, SharedClock};
use crate::config::RecoveryConfig;
use crate::state::{SharedState, Typed};
use crate::token::token_key;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum RStep {
    Pin,
    Question,
    NewPassword,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct RFlow {
    pub(crate) step: RStep,
    pub(crate) dn: Option<String>,
    pub(crate) challenge: Option<String>,
    pub(crate) answer_hash: Option<String>,
    /// Whose budgets this journey counts (PIN tries, security answers): the
    /// account's DN, or for unknown input a key of what was typed.
    pub(crate) attempts_key: String,
    /// The hash of the secret the starting client holds.
    pub(crate) binder: String,
    /// Where the code goes (E.164) and in which language, for a resend
    /// (absent when nobody matched).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) to: Option<(String, String)>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Link {
    pub(crate) dn: String,
    /// `pwdChangedTime` when the link was sent: a change made anywhere since
    /// (another client, the helpdesk, a directory tool) kills the link.
    pub(crate) changed_at: Option<String>,
    /// kleidi's own count of passwords set for the account when the link was
    /// sent: a change through kleidi in the same second kills it too.
    pub(crate) generation: u64,
    /// When the link stops working (kleidi's clock).
    pub(crate) expires: Millis,
}

/// How long a recovery journey (PIN or question) stays open.
pub(crate) const FLOW_TTL: Duration = Duration::from_secs(30 * 60);

/// Recoveries in flight and reset links, in the shared state store.
pub struct RecoveryState {
    pub(crate) flows: Typed<RFlow>,
    pub(crate) links: Typed<Link>,
    pub(crate) link_ttl: Duration,
}

impl RecoveryState {
    /// Recoveries kept in `state`.
    pub fn new(cfg: &RecoveryConfig, state: SharedState) -> Self {
        Self {
            flows: Typed::new(state.clone(), "recovery:"),
            links: Typed::new(state, "link:"),
            link_ttl: Duration::from_secs(cfg.link_ttl_minutes * 60),
        }
    }

    /// True when a reset-link token is currently valid (before the form is
    /// shown); a store outage shows as not valid and is logged.
    pub async fn link_alive(&self, clock: &SharedClock, token: &str) -> bool {
        match self.links.get(&token_key(token)).await {
            Ok(Some(l)) => clock.now_ms() < l.expires,
            Ok(None) => false,
            Err(e) => {
                tracing::warn!(error = %e, "reset link not read");
                false
            }
        }
    }
}
