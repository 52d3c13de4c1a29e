//! Sign-in and sessions. A session is a 256-bit random token in a cookie;
//! the store keeps only its hash, indexed by account. Failed sign-ins are
//! counted per account (keyed on the entry's DN, or on the typed name when
//! nobody has it, so the two cases look alike) and per address, and never
//! exceed 100 in a row.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::clock::{Millis, SharedClock};
use crate::config::AccountConfig;
use crate::directory::Warning;
use crate::journey::JourneyError;
use crate::state::{Change, SharedState, Typed};
use crate::token::{random_token, token_key};

/// A contact change waiting for its PIN.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PendingContact {
    /// Email or mobile.
    pub kind: ContactKind,
    /// The new value (email as typed, mobile in E.164).
    pub value: String,
    /// The PIN challenge sent to it.
    pub challenge: String,
}

/// Which recovery contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    /// The external email.
    Email,
    /// The mobile number.
    Mobile,
}

impl From<ContactKind> for crate::directory::Recovery {
    fn from(k: ContactKind) -> Self {
        match k {
            ContactKind::Email => Self::Email,
            ContactKind::Mobile => Self::Mobile,
        }
    }
}

/// A signed-in person.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Session {
    /// The entry.
    pub dn: String,
    /// The username typed at sign-in.
    pub username: String,
    /// When the session began.
    pub created: Millis,
    /// Last request.
    pub last_seen: Millis,
    /// The password must be changed first (reset by an operator, or expired).
    pub restricted: bool,
    /// The password has expired (slapd refuses binds): a change is a reset.
    pub expired: bool,
    /// slapd's warning at sign-in.
    pub warning: Option<Warning>,
    /// Until when the password counts as recently re-entered.
    pub reauth_until: Millis,
    /// A contact change waiting for its PIN.
    pub pending: Option<PendingContact>,
    /// The entry's `pwdChangedTime` when this session first read it (empty
    /// when the entry had none); a different value later means the password
    /// was changed elsewhere, which ends the session. Forgotten when this
    /// session changes the password itself.
    #[serde(default)]
    pub pwd_seen: Option<String>,
}

/// The sessions and the failed sign-in counters, in the shared state store.
/// Sessions are indexed by account, so that a password change or reset ends
/// the account's other sessions on every node at once.
pub struct Sessions {
    /// A moving average (µs) of how long a real failed bind takes, learnt
    /// from the slow ones (a hash checked, a failure recorded): failed
    /// sign-ins that came back faster are padded to it.
    failed_bind_us: std::sync::atomic::AtomicU64,
    sessions: Typed<Session>,
    idle_ms: Millis,
    max: Duration,
    reauth_ms: Millis,
    max_failures: u32,
    clock: SharedClock,
}

/// A successful sign-in.
#[derive(Debug, Clone)]
pub struct SignedIn {
    /// The cookie value.
    pub token: String,
    /// Only a password change is allowed.
    pub restricted: bool,
    /// Expiry warning or grace binds left.
    pub warning: Option<Warning>,
}

/// The index of an account's sessions.
pub(crate) fn index_of(dn: &str) -> String {
    format!("sessions-of:{}", dn.to_ascii_lowercase())
}

/// The consecutive failed sign-ins of an account (or typed name).
fn failures_of(key: &str) -> String {
    format!("login-fail:{}", key.to_ascii_lowercase())
}

impl Sessions {
    /// Sessions kept in `state`, timed from the config.
    pub fn new(cfg: &AccountConfig, clock: SharedClock, state: SharedState) -> Self {
        Self {
            failed_bind_us: std::sync::atomic::AtomicU64::new(0),
            sessions: Typed::new(state, "session:"),
            idle_ms: cfg.session_idle_minutes * 60_000,
            max: Duration::from_secs(cfg.session_max_hours * 3600),
            reauth_ms: cfg.reauth_minutes * 60_000,
            max_failures: cfg.max_failed_logins,
            clock,
        }
    }

    fn store(&self) -> &SharedState {
        self.sessions.store()
    }

    /// The live session for a cookie value, touching its idle timer.
    pub async fn get(&self, token: &str) -> Result<Option<Session>, JourneyError> {
        let now = self.clock.now_ms();
        let (idle, max) = (self.idle_ms, self.max.as_millis() as Millis);
        let key = token_key(token);
        let live = self
            .sessions
            .update(&key, self.max, |s| {
                if now.saturating_sub(s.last_seen) >= idle || now.saturating_sub(s.created) >= max {
                    return (Change::Delete, None);
                }
                s.last_seen = now;
                (Change::Write, Some(s.clone()))
            })
            .await?;
        Ok(live.flatten())
    }

    /// Changes a live session.
    pub async fn update<R>(
        &self,
        token: &str,
        mut f: impl FnMut(&mut Session) -> R + Send,
    ) -> Result<Option<R>, JourneyError> {
        Ok(self
            .sessions
            .update(&token_key(token), self.max, |s| (Change::Write, f(s)))
            .await?)
    }

    /// Signs out.
    pub async fn end(&self, token: &str) -> Result<(), JourneyError> {
        let key = token_key(token);
        if let Some(s) = self.sessions.take(&key).await? {
            self.store()
                .index_remove(&index_of(&s.dn), &self.sessions.key(&key))
                .await?;
        }
        Ok(())
    }

    /// Ends every session of the account except `keep` (a cookie value);
    /// returns how many ended.
    pub async fn end_all(&self, dn: &str, keep: Option<&str>) -> Result<usize, JourneyError> {
        let keep = keep.map(|t| self.sessions.key(&token_key(t)));
        Ok(self
            .store()
            .delete_indexed(&index_of(dn), keep.as_deref())
            .await?)
    }

    /// Marks the password as just re-entered.
    pub async fn reauthenticated(&self, token: &str) -> Result<(), JourneyError> {
        let until = self.clock.now_ms() + self.reauth_ms;
        self.update(token, |s| s.reauth_until = until).await?;
        Ok(())
    }

    /// True when the password was re-entered recently.
    pub fn recently_authenticated(&self, s: &Session) -> bool {
        self.clock.now_ms() < s.reauth_until
    }

    pub(crate) async fn create(
        &self,
        dn: &str,
        username: &str,
        restricted: bool,
        expired: bool,
        warning: Option<Warning>,
    ) -> Result<String, JourneyError> {
        let now = self.clock.now_ms();
        let token = random_token();
        let s = Session {
            dn: dn.to_string(),
            username: username.to_string(),
            created: now,
            last_seen: now,
            restricted,
            expired,
            warning,
            reauth_until: now + self.reauth_ms,
            pending: None,
            pwd_seen: None,
        };
        let key = token_key(&token);
        if !self.sessions.insert_new(&key, &s, self.max).await? {
            return Err(JourneyError::Busy);
        }
        self.store()
            .index_add(&index_of(dn), &self.sessions.key(&key), self.max)
            .await?;
        Ok(token)
    }

    /// Reserves one sign-in try for `key`: the count goes up before the bind
    /// (one atomic increment, so parallel tries on several nodes are all
    /// counted), and a success clears it. False when the cap is reached.
    pub(crate) async fn reserve_try(&self, key: &str) -> Result<bool, JourneyError> {
        let n = self
            .store()
            .incr(&failures_of(key), Duration::from_secs(3600))
            .await?;
        Ok(n <= u64::from(self.max_failures))
    }

    /// Learns from one failed bind's duration: only binds at least half as
    /// slow as the average count, so the instant answers for names nobody
    /// has do not drag it down.
    pub(crate) fn failed_bind_learn(&self, took: Duration) {
        use std::sync::atomic::Ordering;
        let d = took.as_micros().min(2_000_000) as u64;
        let _ = self
            .failed_bind_us
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |avg| {
                if avg == 0 {
                    Some(d)
                } else if d >= avg / 2 {
                    Some(avg - avg / 8 + d / 8)
                } else {
                    None
                }
            });
    }

    /// Waits until a failed sign-in that began at `began` has taken as long
    /// as a real failed bind does.
    pub(crate) async fn failed_bind_pad(&self, began: std::time::Instant) {
        let avg = self
            .failed_bind_us
            .load(std::sync::atomic::Ordering::Relaxed);
        let target = Duration::from_micros(avg);
        // The timer wheel has millisecond steps and would overshoot: sleep
        // the bulk, then yield until the moment is reached.
        if let Some(rest) = target.checked_sub(began.elapsed())
            && rest > Duration::from_millis(2)
        {
            tokio::time::sleep(rest - Duration::from_millis(1)).await;
        }
        while began.elapsed() < target {
            tokio::task::yield_now().await;
        }
    }

    /// Forgets the failed sign-ins of an account: after a successful sign-in,
    /// reset or activation (recovery is always the way out).
    pub async fn clear_failures(&self, dn: &str) -> Result<(), JourneyError> {
        self.store().delete(&failures_of(dn)).await?;
        Ok(())
    }
}
