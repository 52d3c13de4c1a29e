//! Sign-in and sessions. A session is a 256-bit random token in a cookie;
//! the store keeps only its hash. Failed sign-ins are counted per account
//! (keyed on the entry's DN, or on the typed name when nobody has it, so the
//! two cases look alike) and per IP, and never exceed 100 in a row.

use std::net::IpAddr;
use std::time::Duration;

use crate::clock::{Millis, SharedClock};
use crate::config::AccountConfig;
use crate::core::Core;
use crate::directory::{BindOutcome, DirError, PolicyError, Warning};
use crate::domain::Username;
use crate::journey::JourneyError;
use crate::store::{MemoryStore, Store};
use crate::token::{random_token, token_key};

/// A contact change waiting for its PIN.
#[derive(Debug, Clone)]
pub struct PendingContact {
    /// Email or mobile.
    pub kind: ContactKind,
    /// The new value (email as typed, mobile in E.164).
    pub value: String,
    /// The PIN challenge sent to it.
    pub challenge: String,
}

/// Which recovery contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    /// The external email.
    Email,
    /// The mobile number.
    Mobile,
}

/// A signed-in person.
#[derive(Debug, Clone)]
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
}

/// The sessions and the failed sign-in counters.
pub struct Sessions {
    store: MemoryStore<String, Session>,
    failures: MemoryStore<String, u32>,
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

impl Sessions {
    /// Empty stores sized from the config.
    pub fn new(cfg: &AccountConfig, clock: SharedClock) -> Self {
        Self {
            store: MemoryStore::new(cfg.session_capacity, clock.clone()),
            failures: MemoryStore::new(cfg.session_capacity, clock.clone()),
            idle_ms: cfg.session_idle_minutes * 60_000,
            max: Duration::from_secs(cfg.session_max_hours * 3600),
            reauth_ms: cfg.reauth_minutes * 60_000,
            max_failures: cfg.max_failed_logins,
            clock,
        }
    }

    /// The live session for a cookie value, touching its idle timer.
    pub fn get(&self, token: &str) -> Option<Session> {
        let now = self.clock.now_ms();
        let key = token_key(token);
        let idle = self.idle_ms;
        let alive = self.store.update(&key, |s| {
            if now.saturating_sub(s.last_seen) >= idle {
                return None;
            }
            s.last_seen = now;
            Some(s.clone())
        })?;
        if alive.is_none() {
            self.store.remove(&key);
        }
        alive
    }

    /// Changes a live session.
    pub fn update<R>(&self, token: &str, f: impl FnOnce(&mut Session) -> R) -> Option<R> {
        self.store.update(&token_key(token), f)
    }

    /// Signs out.
    pub fn end(&self, token: &str) {
        self.store.remove(&token_key(token));
    }

    /// Marks the password as just re-entered.
    pub fn reauthenticated(&self, token: &str) {
        let until = self.clock.now_ms() + self.reauth_ms;
        self.update(token, |s| s.reauth_until = until);
    }

    /// True when the password was re-entered recently.
    pub fn recently_authenticated(&self, s: &Session) -> bool {
        self.clock.now_ms() < s.reauth_until
    }

    fn create(
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
        };
        self.store
            .insert(token_key(&token), s, self.max)
            .map_err(|_| JourneyError::Busy)?;
        Ok(token)
    }

    fn failed(&self, key: &str) {
        let hour = Duration::from_secs(3600);
        if self
            .failures
            .update(&key.to_string(), |n| *n += 1)
            .is_none()
        {
            let _ = self.failures.insert(key.to_string(), 1, hour);
        }
    }

    fn too_many(&self, key: &str) -> bool {
        self.failures
            .get(&key.to_string())
            .is_some_and(|n| n >= self.max_failures)
    }

    /// Sessions held (live or not yet swept).
    pub fn len(&self) -> usize {
        self.store.len()
    }

    /// True when none are held.
    pub fn is_empty(&self) -> bool {
        self.store.is_empty()
    }

    /// Drops expired sessions and counters.
    pub fn sweep(&self) {
        self.store.sweep();
        self.failures.sweep();
    }
}

/// Signs in with a bind as the user. Wrong username and wrong password give
/// the same answer.
pub async fn sign_in(
    core: &Core,
    username: &str,
    password: &str,
    ip: IpAddr,
) -> Result<SignedIn, JourneyError> {
    core.limits.ip.check(&ip.to_string())?;
    if password.trim().is_empty() {
        return Err(JourneyError::Fields(vec![("password", "required")]));
    }
    let typed = Username::parse(username).map_err(|_| JourneyError::InvalidCredentials)?;
    // Only the DN: the bind reports the password's state.
    let dn = core.directory.find_user_dn(typed.as_str()).await?;
    let key = match &dn {
        Some(dn) => dn.clone(),
        None => format!("name:{}", typed.as_str().to_lowercase()),
    };
    let s = &core.sessions;
    if s.too_many(&key) {
        crate::audit::record("session.sign_in", "throttled", dn.as_deref(), ip);
        return Err(JourneyError::TooManyFailures);
    }
    let Some(dn) = dn else {
        // A bind nobody can pass, so an unknown name costs what a known one does.
        let base = core
            .config
            .directory
            .user_bases
            .first()
            .cloned()
            .unwrap_or_default();
        let ghost = format!("uid=kleidi-nobody,{base}");
        let _ = core.directory.authenticate(&ghost, password).await;
        s.failed(&key);
        crate::audit::record("session.sign_in", "invalid", None, ip);
        return Err(JourneyError::InvalidCredentials);
    };
    let outcome = core.directory.authenticate(&dn, password).await;
    let (restricted, expired, warning) = match outcome {
        Ok(BindOutcome::Ok { warning }) => (false, false, warning),
        Ok(BindOutcome::MustChange) => (true, false, None),
        // slapd says "expired" only when the password itself was right.
        Err(DirError::Policy(PolicyError::PasswordExpired)) => (true, true, None),
        Err(e @ DirError::Unavailable(_)) => return Err(e.into()),
        Err(_) => {
            s.failed(&key);
            crate::audit::record("session.sign_in", "invalid", Some(&dn), ip);
            return Err(JourneyError::InvalidCredentials);
        }
    };
    let _ = s.failures.remove(&key);
    let restricted = restricted || matches!(warning, Some(Warning::GraceAuthNsRemaining(_)));
    let token = s.create(&dn, typed.as_str(), restricted, expired, warning)?;
    crate::audit::record(
        "session.sign_in",
        if restricted { "must_change" } else { "ok" },
        Some(&dn),
        ip,
    );
    Ok(SignedIn {
        token,
        restricted,
        warning,
    })
}
