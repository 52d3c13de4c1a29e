//! One-time PINs: 6 digits from a CSPRNG, stored only as a keyed hash, bound to
//! one account, one purpose and one journey, single use, a few tries, a short
//! life, and a resend that neither resets the failure count nor comes too fast.

use std::time::Duration;

use hmac::{Hmac, Mac};
use rand::Rng as _;
use serde::Deserialize;
use sha2::Sha256;
use subtle::ConstantTimeEq as _;
use zeroize::Zeroizing;

use crate::clock::{Millis, SharedClock};
use crate::store::{MemoryStore, Store};

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
    /// Challenges held in memory at most.
    pub capacity: usize,
}

impl Default for PinConfig {
    fn default() -> Self {
        Self {
            digits: 6,
            ttl_minutes: 10,
            max_attempts: 5,
            resend_cooldown_secs: 60,
            max_sends: 5,
            capacity: 100_000,
        }
    }
}

impl PinConfig {
    /// Checks the values, naming the key.
    pub fn validate(&self) -> Result<(), crate::config::Invalid> {
        use crate::config::Invalid;
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
        if self.capacity < 100 {
            return Err(Invalid::new("pin.capacity", "must be at least 100"));
        }
        Ok(())
    }
}

/// What a PIN proves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    /// Too many challenges in memory.
    #[error("PIN store full")]
    Full,
}

#[derive(Clone)]
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

/// The PIN challenges in flight.
pub struct Pins {
    store: MemoryStore<String, Challenge>,
    key: Zeroizing<[u8; 32]>,
    cfg: PinConfig,
    clock: SharedClock,
}

impl Pins {
    /// A PIN service with a fresh random key (a restart voids every PIN).
    pub fn new(cfg: PinConfig, clock: SharedClock) -> Self {
        let mut key = Zeroizing::new([0u8; 32]);
        rand::rng().fill(&mut key[..]);
        Self {
            store: MemoryStore::new(cfg.capacity, clock.clone()),
            key,
            cfg,
            clock,
        }
    }

    /// The settings in force.
    pub fn config(&self) -> &PinConfig {
        &self.cfg
    }

    fn digest(&self, salt: &[u8], pin: &str) -> [u8; 32] {
        // HMAC with a process key: a memory dump of the store alone does not
        // let anyone brute-force the 10^6 PINs offline.
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

    /// Starts a challenge; returns its id and the PIN to send.
    pub fn issue(
        &self,
        account: &str,
        purpose: Purpose,
        flow: &str,
    ) -> Result<(String, ClearPin), PinError> {
        let (pin, salt, digest) = self.fresh_pin();
        let now = self.clock.now_ms();
        let ttl = Duration::from_secs(self.cfg.ttl_minutes * 60);
        let id = crate::token::random_id();
        let c = Challenge {
            account: account.to_string(),
            purpose,
            flow: flow.to_string(),
            salt,
            digest,
            expires: now + ttl.as_millis() as u64,
            attempts_left: self.cfg.max_attempts,
            sends: 1,
            last_sent: now,
            used: false,
        };
        // The map keeps it as long as every resend could extend it.
        let keep = ttl * (self.cfg.max_sends + 1);
        self.store
            .insert(id.clone(), c, keep)
            .map_err(|_| PinError::Full)?;
        Ok((id, pin))
    }

    /// A new PIN for the same challenge: the old one stops working, the count
    /// of wrong tries carries over, and the new one lives a full `ttl`.
    pub fn resend(
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
        self.store
            .update(&id.to_string(), |c| {
                if c.account != account || c.purpose != purpose || c.flow != flow || c.used {
                    return Err(PinError::Invalid);
                }
                if c.attempts_left == 0 {
                    return Err(PinError::Exhausted);
                }
                let next = c.last_sent + cooldown_ms;
                if now < next {
                    return Err(PinError::Cooldown {
                        retry_after: (next - now).div_ceil(1000),
                    });
                }
                if c.sends >= max_sends {
                    return Err(PinError::TooManySends);
                }
                c.salt = salt;
                c.digest = digest;
                c.expires = now + ttl_ms;
                c.sends += 1;
                c.last_sent = now;
                Ok(())
            })
            .unwrap_or(Err(PinError::Invalid))?;
        Ok(pin)
    }

    /// Gives back one send after the notifier failed to deliver it, and lets
    /// the person ask again at once: a failure of ours costs them nothing.
    pub fn refund_send(&self, id: &str) {
        self.store.update(&id.to_string(), |c| {
            c.sends = c.sends.saturating_sub(1).max(1);
            c.last_sent = 0;
        });
    }

    /// Checks a PIN typed for `account`, `purpose` and `flow`. Succeeds once.
    pub fn verify(
        &self,
        id: &str,
        account: &str,
        purpose: Purpose,
        flow: &str,
        typed: &str,
    ) -> Result<(), PinError> {
        let now = self.clock.now_ms();
        self.store
            .update(&id.to_string(), |c| {
                if c.account != account || c.purpose != purpose || c.flow != flow || c.used {
                    return Err(PinError::Invalid);
                }
                if now >= c.expires {
                    return Err(PinError::Invalid);
                }
                if c.attempts_left == 0 {
                    return Err(PinError::Exhausted);
                }
                let d = self.digest(&c.salt, typed);
                if bool::from(d.ct_eq(&c.digest)) {
                    c.used = true;
                    Ok(())
                } else {
                    c.attempts_left -= 1;
                    if c.attempts_left == 0 {
                        Err(PinError::Exhausted)
                    } else {
                        Err(PinError::Wrong {
                            attempts_left: c.attempts_left,
                        })
                    }
                }
            })
            .unwrap_or(Err(PinError::Invalid))
    }

    /// Drops expired challenges.
    pub fn sweep(&self) -> usize {
        self.store.sweep()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;

    fn pins() -> (Pins, std::sync::Arc<ManualClock>) {
        let c = ManualClock::new();
        (Pins::new(PinConfig::default(), c.clone()), c)
    }

    #[test]
    fn a_pin_works_once_for_its_own_account_purpose_and_flow() {
        let (p, _) = pins();
        let (id, pin) = p.issue("uid=a", Purpose::Activation, "f1").unwrap();
        assert_eq!(pin.len(), 6);
        assert!(pin.chars().all(|c| c.is_ascii_digit()));
        assert_eq!(
            p.verify(&id, "uid=b", Purpose::Activation, "f1", &pin),
            Err(PinError::Invalid)
        );
        assert_eq!(
            p.verify(&id, "uid=a", Purpose::Recovery, "f1", &pin),
            Err(PinError::Invalid)
        );
        assert_eq!(
            p.verify(&id, "uid=a", Purpose::Activation, "f2", &pin),
            Err(PinError::Invalid)
        );
        assert_eq!(
            p.verify(&id, "uid=a", Purpose::Activation, "f1", &pin),
            Ok(())
        );
        assert_eq!(
            p.verify(&id, "uid=a", Purpose::Activation, "f1", &pin),
            Err(PinError::Invalid)
        );
    }

    #[test]
    fn five_wrong_tries_void_the_challenge_and_a_resend_does_not_reset_them() {
        let (p, clock) = pins();
        let (id, pin) = p.issue("uid=a", Purpose::Activation, "f").unwrap();
        let wrong = if pin.as_str() == "000000" {
            "111111"
        } else {
            "000000"
        };
        for left in [4, 3] {
            assert_eq!(
                p.verify(&id, "uid=a", Purpose::Activation, "f", wrong),
                Err(PinError::Wrong {
                    attempts_left: left
                })
            );
        }
        assert!(matches!(
            p.resend(&id, "uid=a", Purpose::Activation, "f"),
            Err(PinError::Cooldown { retry_after: 60 })
        ));
        clock.advance(Duration::from_secs(60));
        let pin2 = p.resend(&id, "uid=a", Purpose::Activation, "f").unwrap();
        // The first PIN no longer works (unless the draw repeated it).
        if pin2.as_str() != pin.as_str() {
            assert!(
                p.verify(&id, "uid=a", Purpose::Activation, "f", &pin)
                    .is_err()
            );
        }
        let wrong2 = if pin2.as_str() == "000000" {
            "111111"
        } else {
            "000000"
        };
        let _ = p.verify(&id, "uid=a", Purpose::Activation, "f", wrong2);
        assert_eq!(
            p.verify(&id, "uid=a", Purpose::Activation, "f", wrong2),
            Err(PinError::Exhausted)
        );
        assert_eq!(
            p.verify(&id, "uid=a", Purpose::Activation, "f", &pin2),
            Err(PinError::Exhausted)
        );
    }

    #[test]
    fn a_pin_expires_after_its_lifetime() {
        let (p, clock) = pins();
        let (id, pin) = p.issue("uid=a", Purpose::Recovery, "f").unwrap();
        clock.advance(Duration::from_secs(10 * 60));
        assert_eq!(
            p.verify(&id, "uid=a", Purpose::Recovery, "f", &pin),
            Err(PinError::Invalid)
        );
    }

    #[test]
    fn sends_are_capped_per_challenge() {
        let (p, clock) = pins();
        let (id, _) = p.issue("uid=a", Purpose::Recovery, "f").unwrap();
        for _ in 1..5 {
            clock.advance(Duration::from_secs(61));
            p.resend(&id, "uid=a", Purpose::Recovery, "f").unwrap();
        }
        clock.advance(Duration::from_secs(61));
        assert!(matches!(
            p.resend(&id, "uid=a", Purpose::Recovery, "f"),
            Err(PinError::TooManySends)
        ));
    }

    #[test]
    fn fifty_parallel_submissions_of_one_pin_succeed_exactly_once() {
        let (p, _) = pins();
        let p = std::sync::Arc::new(p);
        let (id, pin) = p.issue("uid=a", Purpose::Activation, "f").unwrap();
        let handles: Vec<_> = (0..50)
            .map(|_| {
                let (p, id, pin) = (p.clone(), id.clone(), pin.to_string());
                std::thread::spawn(move || {
                    p.verify(&id, "uid=a", Purpose::Activation, "f", &pin)
                        .is_ok()
                })
            })
            .collect();
        let ok = handles
            .into_iter()
            .map(|h| h.join().unwrap())
            .filter(|ok| *ok)
            .count();
        assert_eq!(ok, 1);
    }
}
