//! Rate limits: keyed token buckets (governor) with a bound on how many keys
//! they remember, so a flood of distinct keys cannot exhaust memory.

use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock as _, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

/// A keyed limit: `burst` events, refilled one per `period / burst`.
pub struct Limit {
    limiter: DefaultKeyedRateLimiter<String>,
    max_keys: usize,
}

/// The limit is reached; retry after this many seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("rate limited for {0} s")]
pub struct Limited(pub u64);

impl Limit {
    /// At most `burst` events per `period` for each key, remembering at most
    /// `max_keys` keys.
    pub fn new(burst: u32, period: Duration, max_keys: usize) -> Self {
        let burst = NonZeroU32::new(burst.max(1)).unwrap_or(NonZeroU32::MIN);
        let per_one = period / burst.get();
        let quota = Quota::with_period(per_one.max(Duration::from_millis(1)))
            .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
            .allow_burst(burst);
        Self {
            limiter: RateLimiter::keyed(quota),
            max_keys,
        }
    }

    /// Counts one event for `key`.
    pub fn check(&self, key: &str) -> Result<(), Limited> {
        if self.limiter.len() >= self.max_keys {
            self.limiter.retain_recent();
            if self.limiter.len() >= self.max_keys {
                // Full of live keys: refuse rather than grow without bound.
                return Err(Limited(60));
            }
        }
        self.limiter
            .check_key(&key.to_string())
            .map_err(|not_until| {
                let wait = not_until.wait_time_from(DefaultClock::default().now());
                Limited(wait.as_secs().max(1))
            })
    }

    /// Forgets keys whose buckets are full again.
    pub fn sweep(&self) {
        self.limiter.retain_recent();
        self.limiter.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_limited_after_its_burst_and_others_are_not() {
        let l = Limit::new(3, Duration::from_secs(3600), 10);
        for _ in 0..3 {
            l.check("a").unwrap();
        }
        let Limited(secs) = l.check("a").unwrap_err();
        assert!((1..=1200).contains(&secs), "{secs}");
        l.check("b").unwrap();
    }

    #[test]
    fn the_number_of_remembered_keys_is_bounded() {
        let l = Limit::new(1, Duration::from_secs(3600), 5);
        for i in 0..5 {
            l.check(&format!("k{i}")).unwrap();
        }
        assert!(l.check("k5").is_err());
    }
}

/// `[limits]`: per-IP, per-account, per-destination and per-country caps.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LimitsConfig {
    /// Identification, sign-in and recovery attempts per client IP per hour.
    pub attempts_per_ip_per_hour: u32,
    /// PINs and links sent to one account per hour.
    pub sends_per_account_per_hour: u32,
    /// PINs and links sent to one address or number per hour.
    pub sends_per_destination_per_hour: u32,
    /// SMS sent to one country calling code per hour (toll-fraud cap).
    pub sms_per_country_per_hour: u32,
    /// Keys each limit remembers at most.
    pub max_keys: usize,
}

impl Default for LimitsConfig {
    fn default() -> Self {
        Self {
            attempts_per_ip_per_hour: 60,
            sends_per_account_per_hour: 5,
            sends_per_destination_per_hour: 5,
            sms_per_country_per_hour: 500,
            max_keys: 100_000,
        }
    }
}

/// The limits every journey shares.
pub struct Limits {
    /// Attempts per client IP.
    pub ip: Limit,
    /// Sends per account (DN).
    pub account_sends: Limit,
    /// Sends per destination (address or number).
    pub destination_sends: Limit,
    /// SMS per country calling code.
    pub country_sms: Limit,
}

impl Limits {
    /// Builds the limits from the config.
    pub fn new(c: &LimitsConfig) -> Self {
        let hour = Duration::from_secs(3600);
        Self {
            ip: Limit::new(c.attempts_per_ip_per_hour, hour, c.max_keys),
            account_sends: Limit::new(c.sends_per_account_per_hour, hour, c.max_keys),
            destination_sends: Limit::new(c.sends_per_destination_per_hour, hour, c.max_keys),
            country_sms: Limit::new(c.sms_per_country_per_hour, hour, 1000),
        }
    }

    /// Forgets idle keys.
    pub fn sweep(&self) {
        self.ip.sweep();
        self.account_sends.sweep();
        self.destination_sends.sweep();
        self.country_sms.sweep();
    }
}
