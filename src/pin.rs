//! One-time PINs: 6 digits from a CSPRNG, stored only as a keyed hash, bound to
//! one account, one purpose and one journey, single use, a few tries, a short
//! life, and a resend that neither resets the failure count nor comes too fast.

use std::time::Duration;

use hmac::{Hmac, Mac};
use rand::Rng as _;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use subtle::ConstantTimeEq as _;
use zeroize::Zeroizing;

use crate::clock::{Millis, SharedClock};
use crate::state::{Change, SharedState, StateError, Typed};

/// `[pin]` settings (defaults from NIST SP 800-63B, as in DESIGN.md).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PinConfig {
    /// Number of digits.
    pub digits: usize,
    /// Minutes a PIN stays valid.
    pub ttl_minutes: u64,
    /// Wrong tries before the challenge is void.
    pub max_attempts: u32,
    /// Seconds between two sends of the same challenge.
    pub resend_cooldown_secs: u64,
    /// Sends (first one included) one challenge allows.
    pub max_sends: u32,
    /// PIN tries one account may make per hour, across all its journeys and
    /// channels; then every PIN for it is refused until the hour has passed.
    pub failures_per_account_per_hour: u32,
    /// PIN challenges issued for one account per hour, across journeys.
    pub issued_per_account_per_hour: u32,
    /// Consecutive wrong PINs (a right one resets the count) after which the
    /// account's PINs stay refused until the helpdesk helps (NIST: ≤ 100).
    pub max_consecutive_failures: u32,
}

impl Default for PinConfig {
    fn default() -> Self {
        Self {
            digits: 6,
            ttl_minutes: 10,
            max_attempts: 5,
            resend_cooldown_secs: 60,
            max_sends: 5,
            failures_per_account_per_hour: 10,
            issued_per_account_per_hour: 10,
            max_consecutive_failures: 100,
        }
    }
}

impl PinConfig {
    /// Checks the values, naming the key.
    pub fn validate(&self) -> Result<(), crate::config::invalid::Invalid> {
        use crate::config::invalid::Invalid;
        if !(6..=10).contains(&self.digits) {
            return Err(Invalid::new("pin.digits", "must be 6 to 10"));
        }
        if !(1..=60).contains(&self.ttl_minutes) {
            return Err(Invalid::new("pin.ttl_minutes", "must be 1 to 60"));
        }
        if !(1..=10).contains(&self.max_attempts) {
            return Err(Invalid::new("pin.max_attempts", "must be 1 to 10"));
        }
        if self.max_sends == 0 {
            return Err(Invalid::new("pin.max_sends", "must be at least 1"));
        }
        if !(1..=100).contains(&self.failures_per_account_per_hour) {
            return Err(Invalid::new(
                "pin.failures_per_account_per_hour",
                "must be 1 to 100",
            ));
        }
        if self.issued_per_account_per_hour == 0 {
            return Err(Invalid::new(
                "pin.issued_per_account_per_hour",
                "must be at least 1",
            ));
        }
        if !(1..=100).contains(&self.max_consecutive_failures) {
            return Err(Invalid::new(
                "pin.max_consecutive_failures",
                "must be 1 to 100 (NIST SP 800-63B allows no more than 100)",
            ));
        }
        Ok(())
    }
}

/// What a PIN proves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Purpose {
    /// First activation of an account.
    Activation,
    /// Password recovery by SMS.
    Recovery,
    /// Proof that a new recovery contact reaches its owner.
    ContactVerification,
}

/// A PIN in clear, only on its way to the notifier; wiped on drop.
pub type ClearPin = Zeroizing<String>;

/// Why a PIN was not accepted (or not sent).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    /// No such challenge, or it belongs to another account, purpose or journey,
    /// or it expired: the person must ask for a new PIN.
    #[error("no valid PIN challenge")]
    Invalid,
    /// The PIN is wrong; this many tries are left.
    #[error("wrong PIN, {attempts_left} tries left")]
    Wrong {
        /// Tries left.
        attempts_left: u32,
    },
    /// Too many wrong tries: the challenge is void.
    #[error("too many wrong PINs")]
    Exhausted,
    /// A resend came too soon.
    #[error("resend too soon")]
    Cooldown {
        /// Seconds to wait.
        retry_after: u64,
    },
    /// This challenge was sent as often as allowed.
    #[error("too many sends")]
    TooManySends,
    /// The state store is full (or a challenge was contended too long).
    #[error("PIN store full")]
    Full,
    /// The account's budget of wrong PINs (or of PINs issued) is spent for
    /// now, across every journey and channel.
    #[error("PIN budget spent")]
    Budget,
    /// The state store is unreachable; nothing was changed.
    #[error("state store unavailable")]
    Unavailable,
}

impl From<StateError> for PinError {
    fn from(e: StateError) -> Self {
        match e {
            StateError::Full | StateError::Contended => Self::Full,
            StateError::Unavailable(_) | StateError::Corrupt(_) => Self::Unavailable,
        }
    }
}

#[derive(Clone, Serialize, Deserialize)]
struct Challenge {
    account: String,
    purpose: Purpose,
    flow: String,
    salt: [u8; 16],
    digest: [u8; 32],
    expires: Millis,
    attempts_left: u32,
    sends: u32,
    last_sent: Millis,
    used: bool,
}

const HOUR: Duration = Duration::from_secs(3600);
/// How long a run of consecutive failures is remembered.
const CONSECUTIVE_MEMORY: Duration = Duration::from_secs(30 * 24 * 3600);

/// The PIN challenges in flight, in the shared state store.
pub struct Pins {
    challenges: Typed<Challenge>,
    key: Zeroizing<[u8; 32]>,
    cfg: PinConfig,
    clock: SharedClock,
}

impl Pins {
    /// A PIN service keyed by `key` (every node of a deployment must share
    /// it); `None` draws a random key (one node: a restart voids every PIN).
    pub fn new(cfg: PinConfig, clock: SharedClock, state: SharedState, key: Option<&[u8]>) -> Self {
        let mut k = Zeroizing::new([0u8; 32]);
        match key {
            Some(secret) => {
                use sha2::Digest as _;
                k.copy_from_slice(&Sha256::digest(secret));
            }
            None => rand::rng().fill(&mut k[..]),
        }
        Self {
            challenges: Typed::new(state, "pin:"),
            key: k,
            cfg,
            clock,
        }
    }

    /// The settings in force.
    pub fn config(&self) -> &PinConfig {
        &self.cfg
    }

    fn digest(&self, salt: &[u8], pin: &str) -> [u8; 32] {
        // HMAC with a key outside the store: a dump of the store alone does
        // not let anyone brute-force the 10^6 PINs offline.
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.key[..]) else {
            return [0; 32];
        };
        mac.update(salt);
        mac.update(pin.as_bytes());
        mac.finalize().into_bytes().into()
    }

    fn fresh_pin(&self) -> (ClearPin, [u8; 16], [u8; 32]) {
        let mut rng = rand::rng();
        let pin: String = (0..self.cfg.digits)
            .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
            .collect();
        let mut salt = [0u8; 16];
        rng.fill(&mut salt);
        let digest = self.digest(&salt, &pin);
        (Zeroizing::new(pin), salt, digest)
    }

    fn keep(&self) -> Duration {
        // Kept as long as every resend could extend it.
        Duration::from_secs(self.cfg.ttl_minutes * 60) * (self.cfg.max_sends + 1)
    }

    /// True while the account's run of consecutive wrong PINs is under its cap.
    async fn run_ok(&self, account: &str) -> Result<bool, PinError> {
        let run = self
            .challenges
            .store()
            .count(&format!("pin-run:{account}"))
            .await?;
        Ok(run < u64::from(self.cfg.max_consecutive_failures))
    }

    /// Starts a challenge; returns its id and the PIN to send. `account` is
    /// the entry's DN, or a key of what was typed when nobody matched, so
    /// that budgets run out alike for real and unknown accounts.
    pub async fn issue(
        &self,
        account: &str,
        purpose: Purpose,
        flow: &str,
    ) -> Result<(String, ClearPin), PinError> {
        let store = self.challenges.store();
        let issued = store.incr(&format!("pin-issued:{account}"), HOUR).await?;
        if issued > u64::from(self.cfg.issued_per_account_per_hour) || !self.run_ok(account).await?
        {
            return Err(PinError::Budget);
        }
        let (pin, salt, digest) = self.fresh_pin();
        let now = self.clock.now_ms();
        let c = Challenge {
            account: account.to_string(),
            purpose,
            flow: flow.to_string(),
            salt,
            digest,
            expires: now + self.cfg.ttl_minutes * 60_000,
            attempts_left: self.cfg.max_attempts,
            sends: 1,
            last_sent: now,
            used: false,
        };
        let id = crate::token::random_id();
        if !self.challenges.insert_new(&id, &c, self.keep()).await? {
            return Err(PinError::Full);
        }
        Ok((id, pin))
    }

    /// A new PIN for the same challenge: the old one stops working, the count
    /// of wrong tries carries over, and the new one lives a full `ttl`.
    pub async fn resend(
        &self,
        id: &str,
        account: &str,
        purpose: Purpose,
        flow: &str,
    ) -> Result<ClearPin, PinError> {
        let now = self.clock.now_ms();
        let (pin, salt, digest) = self.fresh_pin();
        let ttl_ms = self.cfg.ttl_minutes * 60_000;
        let cooldown_ms = self.cfg.resend_cooldown_secs * 1000;
        let max_sends = self.cfg.max_sends;
        self.challenges
            .update(id, self.keep(), |c| {
                if c.account != account || c.purpose != purpose || c.flow != flow || c.used {
                    return (Change::Keep, Err(PinError::Invalid));
                }
                if c.attempts_left == 0 {
                    return (Change::Keep, Err(PinError::Exhausted));
                }
                let next = c.last_sent + cooldown_ms;
                if now < next {
                    let retry_after = (next - now).div_ceil(1000);
                    return (Change::Keep, Err(PinError::Cooldown { retry_after }));
                }
                if c.sends >= max_sends {
                    return (Change::Keep, Err(PinError::TooManySends));
                }
                c.salt = salt;
                c.digest = digest;
                c.expires = now + ttl_ms;
                c.sends += 1;
                c.last_sent = now;
                (Change::Write, Ok(()))
            })
            .await?
            .unwrap_or(Err(PinError::Invalid))?;
        Ok(pin)
    }

    /// Gives back one send after the notifier failed to deliver it, and lets
    /// the person ask again at once: a failure of ours costs them nothing.
    pub async fn refund_send(&self, id: &str) {
        let r = self
            .challenges
            .update(id, self.keep(), |c| {
                c.sends = c.sends.saturating_sub(1).max(1);
                c.last_sent = 0;
                (Change::Write, ())
            })
            .await;
        if let Err(e) = r {
            tracing::warn!(error = %e, "PIN send not refunded");
        }
    }

    /// Checks a PIN typed for `account`, `purpose` and `flow`. Succeeds once;
    /// a wrong one also counts against the account's budgets.
    pub async fn verify(
        &self,
        id: &str,
        account: &str,
        purpose: Purpose,
        flow: &str,
        typed: &str,
    ) -> Result<(), PinError> {
        // One try is reserved from the account's hourly budget before the
        // PIN is looked at: an atomic increment, so parallel guesses from
        // many journeys cannot slip past it.
        let store = self.challenges.store();
        let tries = store.incr(&format!("pin-try:{account}"), HOUR).await?;
        if tries > u64::from(self.cfg.failures_per_account_per_hour)
            || !self.run_ok(account).await?
        {
            return Err(PinError::Budget);
        }
        let now = self.clock.now_ms();
        let typed_digest = |c: &Challenge| self.digest(&c.salt, typed);
        // (outcome, whether a wrong guess was counted on the challenge)
        let (r, wrong) = self
            .challenges
            .update(id, self.keep(), |c| {
                let refuse = |e| (Change::Keep, (Err(e), false));
                if c.account != account || c.purpose != purpose || c.flow != flow || c.used {
                    return refuse(PinError::Invalid);
                }
                if now >= c.expires {
                    return refuse(PinError::Invalid);
                }
                if c.attempts_left == 0 {
                    return refuse(PinError::Exhausted);
                }
                if bool::from(typed_digest(c).ct_eq(&c.digest)) {
                    c.used = true;
                    return (Change::Write, (Ok(()), false));
                }
                c.attempts_left -= 1;
                let e = if c.attempts_left == 0 {
                    PinError::Exhausted
                } else {
                    PinError::Wrong {
                        attempts_left: c.attempts_left,
                    }
                };
                (Change::Write, (Err(e), true))
            })
            .await?
            .unwrap_or((Err(PinError::Invalid), false));
        if r.is_ok() {
            store.delete(&format!("pin-run:{account}")).await?;
        } else if wrong {
            store
                .incr(&format!("pin-run:{account}"), CONSECUTIVE_MEMORY)
                .await?;
        }
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;
    use crate::state::memory::MemoryState;

    fn pins_with(cfg: PinConfig) -> (Pins, std::sync::Arc<ManualClock>) {
        let c = ManualClock::new();
        let state: SharedState = std::sync::Arc::new(MemoryState::new(10_000, c.clone()));
        (Pins::new(cfg, c.clone(), state, None), c)
    }

    fn pins() -> (Pins, std::sync::Arc<ManualClock>) {
        pins_with(PinConfig {
            failures_per_account_per_hour: 100,
            issued_per_account_per_hour: 100,
            ..PinConfig::default()
        })
    }

    fn wrong_for(pin: &str) -> &'static str {
        if pin == "000000" { "111111" } else { "000000" }
    }

    #[tokio::test]
    async fn a_pin_works_once_for_its_own_account_purpose_and_flow() {
        let (p, _) = pins();
        let (id, pin) = p.issue("uid=a", Purpose::Activation, "f1").await.unwrap();
        assert_eq!(pin.len(), 6);
        assert!(pin.chars().all(|c| c.is_ascii_digit()));
        for (acct, purpose, flow) in [
            ("uid=b", Purpose::Activation, "f1"),
            ("uid=a", Purpose::Recovery, "f1"),
            ("uid=a", Purpose::Activation, "f2"),
        ] {
            assert_eq!(
                p.verify(&id, acct, purpose, flow, &pin).await,
                Err(PinError::Invalid)
            );
        }
        assert_eq!(
            p.verify(&id, "uid=a", Purpose::Activation, "f1", &pin)
                .await,
            Ok(())
        );
        assert_eq!(
            p.verify(&id, "uid=a", Purpose::Activation, "f1", &pin)
                .await,
            Err(PinError::Invalid)
        );
    }

    #[tokio::test]
    async fn five_wrong_tries_void_the_challenge_and_a_resend_does_not_reset_them() {
        let (p, clock) = pins();
        let (id, pin) = p.issue("uid=a", Purpose::Activation, "f").await.unwrap();
        let wrong = wrong_for(&pin);
        for left in [4, 3] {
            assert_eq!(
                p.verify(&id, "uid=a", Purpose::Activation, "f", wrong)
                    .await,
                Err(PinError::Wrong {
                    attempts_left: left
                })
            );
        }
        assert!(matches!(
            p.resend(&id, "uid=a", Purpose::Activation, "f").await,
            Err(PinError::Cooldown { retry_after: 60 })
        ));
        clock.advance(Duration::from_secs(60));
        let pin2 = p
            .resend(&id, "uid=a", Purpose::Activation, "f")
            .await
            .unwrap();
        if pin2.as_str() != pin.as_str() {
            assert!(
                p.verify(&id, "uid=a", Purpose::Activation, "f", &pin)
                    .await
                    .is_err()
            );
        }
        let wrong2 = wrong_for(&pin2);
        let _ = p
            .verify(&id, "uid=a", Purpose::Activation, "f", wrong2)
            .await;
        assert_eq!(
            p.verify(&id, "uid=a", Purpose::Activation, "f", wrong2)
                .await,
            Err(PinError::Exhausted)
        );
        assert_eq!(
            p.verify(&id, "uid=a", Purpose::Activation, "f", &pin2)
                .await,
            Err(PinError::Exhausted)
        );
    }

    #[tokio::test]
    async fn a_pin_expires_after_its_lifetime() {
        let (p, clock) = pins();
        let (id, pin) = p.issue("uid=a", Purpose::Recovery, "f").await.unwrap();
        clock.advance(Duration::from_secs(10 * 60));
        assert_eq!(
            p.verify(&id, "uid=a", Purpose::Recovery, "f", &pin).await,
            Err(PinError::Invalid)
        );
    }

    #[tokio::test]
    async fn sends_are_capped_per_challenge() {
        let (p, clock) = pins();
        let (id, _) = p.issue("uid=a", Purpose::Recovery, "f").await.unwrap();
        for _ in 1..5 {
            clock.advance(Duration::from_secs(61));
            p.resend(&id, "uid=a", Purpose::Recovery, "f")
                .await
                .unwrap();
        }
        clock.advance(Duration::from_secs(61));
        assert!(matches!(
            p.resend(&id, "uid=a", Purpose::Recovery, "f").await,
            Err(PinError::TooManySends)
        ));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn fifty_parallel_submissions_of_one_pin_succeed_exactly_once() {
        let (p, _) = pins();
        let p = std::sync::Arc::new(p);
        let (id, pin) = p.issue("uid=a", Purpose::Activation, "f").await.unwrap();
        let tasks: Vec<_> = (0..50)
            .map(|_| {
                let (p, id, pin) = (p.clone(), id.clone(), pin.to_string());
                tokio::spawn(async move {
                    p.verify(&id, "uid=a", Purpose::Activation, "f", &pin)
                        .await
                        .is_ok()
                })
            })
            .collect();
        let mut ok = 0;
        for t in tasks {
            ok += usize::from(t.await.unwrap());
        }
        assert_eq!(ok, 1);
    }

    #[tokio::test]
    async fn an_accounts_pin_budget_holds_across_journeys_and_is_the_same_for_unknown_input() {
        let (p, _) = pins_with(PinConfig::default());
        for account in ["uid=a", "typed:someone-unknown"] {
            let mut refused_at = None;
            for journey in 0..40 {
                let flow = format!("f{journey}");
                let (id, pin) = match p.issue(account, Purpose::Recovery, &flow).await {
                    Ok(x) => x,
                    Err(PinError::Budget) => {
                        refused_at = Some(("issue", journey));
                        break;
                    }
                    Err(e) => panic!("{e}"),
                };
                let wrong = wrong_for(&pin);
                match p
                    .verify(&id, account, Purpose::Recovery, &flow, wrong)
                    .await
                {
                    Err(PinError::Wrong { .. }) => {}
                    Err(PinError::Budget) => {
                        refused_at = Some(("verify", journey));
                        break;
                    }
                    other => panic!("{other:?}"),
                }
            }
            // 10 challenges and 10 tries an hour by default, whoever asks.
            assert_eq!(refused_at, Some(("issue", 10)), "{account}");
        }
    }
}
