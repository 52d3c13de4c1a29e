//! Rate limits: per-purpose budgets counted in the state store (GCRA in
//! Redis across nodes; keyed governor buckets in memory, with a bound on how
//! many keys they remember, so a flood of distinct keys cannot exhaust memory).

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

/// `[limits]`: per-IP budgets (one per purpose, so that one cannot spend
/// another), per-account, per-destination and per-country caps. IPv6 clients
/// are counted by their /64, which one household or device usually holds.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LimitsConfig {
    /// Identification and recovery attempts per client address per hour.
    pub attempts_per_ip_per_hour: u32,
    /// Sign-ins per client address per hour (default: as attempts).
    pub sign_ins_per_ip_per_hour: Option<u32>,
    /// Anonymous journey starts (activation) per client address per hour
    /// (default: as attempts).
    pub starts_per_ip_per_hour: Option<u32>,
    /// Journey starts from all addresses together per hour: a flood from many
    /// addresses is refused before it fills the store.
    pub starts_per_hour: u32,
    /// PIN and security-answer submissions per client address per hour
    /// (default: as attempts).
    pub pins_per_ip_per_hour: Option<u32>,
    /// Live password-rule checks (the strength meter) per client address per
    /// hour (default: 10 × attempts): typing must never lock sign-in.
    pub policy_checks_per_ip_per_hour: Option<u32>,
    /// PINs and links sent to one account per hour, per requesting address.
    pub sends_per_account_per_hour: u32,
    /// PINs and links sent to one account per hour from all addresses
    /// together: high enough that requests from elsewhere cannot use up
    /// what the owner needs, low enough to cap a flood.
    pub sends_per_account_total_per_hour: u32,
    /// PINs and links sent to one address or number per hour, per requesting
    /// address.
    pub sends_per_destination_per_hour: u32,
    /// The same to one address or number from all requesting addresses.
    pub sends_per_destination_total_per_hour: u32,
    /// SMS sent to one country calling code per hour (toll-fraud cap).
    pub sms_per_country_per_hour: u32,
    /// Keys each in-memory limit remembers at most.
    pub max_keys: usize,
}

impl Default for LimitsConfig {
    fn default() -> Self {
        Self {
            attempts_per_ip_per_hour: 60,
            sign_ins_per_ip_per_hour: None,
            starts_per_ip_per_hour: None,
            starts_per_hour: 20_000,
            pins_per_ip_per_hour: None,
            policy_checks_per_ip_per_hour: None,
            sends_per_account_per_hour: 5,
            sends_per_account_total_per_hour: 60,
            sends_per_destination_per_hour: 5,
            sends_per_destination_total_per_hour: 60,
            sms_per_country_per_hour: 500,
            max_keys: 100_000,
        }
    }
}

/// What a budget guards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Budget {
    /// Identification and recovery starts, per address.
    Attempts,
    /// Sign-ins, per address.
    SignIn,
    /// Anonymous journey starts, per address.
    Start,
    /// Journey starts from everyone (key ignored).
    StartTotal,
    /// PIN and answer submissions, per address.
    Pin,
    /// Live policy checks, per address.
    PolicyCheck,
    /// Messages to one account, per requesting address.
    AccountSends,
    /// Messages to one account from everyone.
    AccountSendsTotal,
    /// Messages to one address or number, per requesting address.
    DestinationSends,
    /// Messages to one address or number from everyone.
    DestinationSendsTotal,
    /// SMS to one country calling code.
    CountrySms,
}

impl Budget {
    fn name(self) -> &'static str {
        match self {
            Self::Attempts => "attempts",
            Self::SignIn => "sign-in",
            Self::Start => "start",
            Self::StartTotal => "start-total",
            Self::Pin => "pin",
            Self::PolicyCheck => "policy-check",
            Self::AccountSends => "account-sends",
            Self::AccountSendsTotal => "account-sends-total",
            Self::DestinationSends => "destination-sends",
            Self::DestinationSendsTotal => "destination-sends-total",
            Self::CountrySms => "country-sms",
        }
    }
}

/// Why an event was not allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LimitError {
    /// Over the budget; retry after this many seconds.
    #[error("rate limited for {0} s")]
    Limited(u64),
    /// The state store is away, so the budget cannot be counted: refused.
    #[error("limits unavailable")]
    Unavailable,
}

/// The limits every journey shares, counted in the state store (so that with
/// Redis they hold across every node).
pub struct Limits {
    state: crate::state::SharedState,
    cfg: LimitsConfig,
}

impl Limits {
    /// Limits from the config, counted in `state`.
    pub fn new(c: &LimitsConfig, state: crate::state::SharedState) -> Self {
        Self {
            state,
            cfg: c.clone(),
        }
    }

    fn per_hour(&self, b: Budget) -> u32 {
        let c = &self.cfg;
        let a = c.attempts_per_ip_per_hour;
        match b {
            Budget::Attempts => a,
            Budget::SignIn => c.sign_ins_per_ip_per_hour.unwrap_or(a),
            Budget::Start => c.starts_per_ip_per_hour.unwrap_or(a),
            Budget::StartTotal => c.starts_per_hour,
            Budget::Pin => c.pins_per_ip_per_hour.unwrap_or(a),
            Budget::PolicyCheck => c
                .policy_checks_per_ip_per_hour
                .unwrap_or(a.saturating_mul(10)),
            Budget::AccountSends => c.sends_per_account_per_hour,
            Budget::AccountSendsTotal => c
                .sends_per_account_total_per_hour
                .max(c.sends_per_account_per_hour),
            Budget::DestinationSends => c.sends_per_destination_per_hour,
            Budget::DestinationSendsTotal => c
                .sends_per_destination_total_per_hour
                .max(c.sends_per_destination_per_hour),
            Budget::CountrySms => c.sms_per_country_per_hour,
        }
    }

    /// Counts one event of `budget` for `key`.
    pub async fn check(&self, budget: Budget, key: &str) -> Result<(), LimitError> {
        let k = format!("rate:{}:{key}", budget.name());
        match self
            .state
            .rate(&k, self.per_hour(budget), Duration::from_secs(3600))
            .await
        {
            Ok(None) => Ok(()),
            Ok(Some(wait)) => Err(LimitError::Limited(wait)),
            Err(crate::state::StateError::Full) => Err(LimitError::Limited(60)),
            Err(_) => Err(LimitError::Unavailable),
        }
    }

    /// Reserves one message of `budget` for `key` this hour (a counter, so
    /// that a message that could not be sent is given back with
    /// [`Limits::release`]); `Limited` when the hour's budget is spent.
    pub async fn reserve(&self, budget: Budget, key: &str) -> Result<(), LimitError> {
        let k = format!("quota:{}:{key}", budget.name());
        let n = self
            .state
            .incr(&k, Duration::from_secs(3600))
            .await
            .map_err(|_| LimitError::Unavailable)?;
        if n > u64::from(self.per_hour(budget)) {
            let _ = self.state.decr(&k).await;
            return Err(LimitError::Limited(3600));
        }
        Ok(())
    }

    /// Gives back a message reserved with [`Limits::reserve`].
    pub async fn release(&self, budget: Budget, key: &str) {
        let k = format!("quota:{}:{key}", budget.name());
        if let Err(e) = self.state.decr(&k).await {
            tracing::warn!(error = %e, "send budget not given back");
        }
    }

    /// Counts one event of a per-address budget for `ip`.
    pub async fn check_ip(&self, budget: Budget, ip: std::net::IpAddr) -> Result<(), LimitError> {
        self.check(budget, &ip_key(ip)).await
    }
}

/// The key a client address is counted under: IPv4 as is, IPv6 by its /64
/// (an attacker holds a whole /64 as easily as one address).
pub fn ip_key(ip: std::net::IpAddr) -> String {
    match ip {
        std::net::IpAddr::V4(v4) => v4.to_string(),
        std::net::IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

#[cfg(test)]
mod ip_tests {
    use super::ip_key;

    #[test]
    fn ipv6_clients_are_counted_by_their_64() {
        let a = ip_key("2001:db8:1:2:aaaa::1".parse().unwrap());
        let b = ip_key("2001:db8:1:2:ffff:1:2:3".parse().unwrap());
        let c = ip_key("2001:db8:1:3::1".parse().unwrap());
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(ip_key("::ffff:192.0.2.7".parse().unwrap()), "192.0.2.7");
        assert_eq!(ip_key("192.0.2.7".parse().unwrap()), "192.0.2.7");
    }
}
