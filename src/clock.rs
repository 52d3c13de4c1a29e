//! Time, injectable so expiry tests move a clock instead of sleeping.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Milliseconds since the Unix epoch.
pub type Millis = u64;

/// A source of the current time.
pub trait Clock: Send + Sync {
    /// Now, in milliseconds since the epoch.
    fn now_ms(&self) -> Millis;

    /// Now, as a `SystemTime`.
    fn now(&self) -> SystemTime {
        UNIX_EPOCH + Duration::from_millis(self.now_ms())
    }
}

/// Shared clock handle.
pub type SharedClock = Arc<dyn Clock>;

/// The wall clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> Millis {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis() as u64)
            .unwrap_or(0)
    }
}

/// A clock that only moves when told to (tests).
#[derive(Debug)]
pub struct ManualClock(AtomicU64);

impl ManualClock {
    /// Starts at the current wall-clock time.
    pub fn new() -> Arc<Self> {
        Arc::new(Self(AtomicU64::new(SystemClock.now_ms())))
    }

    /// Moves the clock forward.
    pub fn advance(&self, d: Duration) {
        self.0.fetch_add(d.as_millis() as u64, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now_ms(&self) -> Millis {
        self.0.load(Ordering::SeqCst)
    }
}

/// The digits of LDAP GeneralizedTime (UTC) down to the second.
const GENERALIZED: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year][month][day][hour][minute][second]");

/// `YYYYMMDDHHMMSSZ` (LDAP GeneralizedTime, UTC) for a time in milliseconds.
pub fn generalized_time(ms: Millis) -> String {
    let t = time::OffsetDateTime::from_unix_timestamp(i64::try_from(ms / 1000).unwrap_or(0))
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    t.format(GENERALIZED)
        .map(|s| s + "Z")
        .unwrap_or_else(|_| "19700101000000Z".into())
}

/// Parses `YYYYMMDDHHMMSS[.fff]Z` into milliseconds since the epoch (the
/// fraction is dropped).
pub fn parse_generalized_time(s: &str) -> Option<Millis> {
    if !s.ends_with('Z') {
        return None;
    }
    let digits = s.get(0..14)?;
    let t = time::PrimitiveDateTime::parse(digits, GENERALIZED)
        .ok()?
        .assume_utc();
    u64::try_from(t.unix_timestamp()).ok().map(|s| s * 1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generalized_time_round_trips() {
        for t in ["19700101000000Z", "20240229235959Z", "20261125184034Z"] {
            let ms = parse_generalized_time(t).unwrap();
            assert_eq!(generalized_time(ms), t);
        }
        assert_eq!(
            parse_generalized_time("20200101000000Z"),
            Some(1_577_836_800_000)
        );
        assert!(parse_generalized_time("2020010100000Z").is_none());
        assert!(parse_generalized_time("20201301000000Z").is_none());
    }

    #[test]
    fn the_manual_clock_moves_only_when_told() {
        let c = ManualClock::new();
        let t0 = c.now_ms();
        c.advance(Duration::from_secs(601));
        assert_eq!(c.now_ms() - t0, 601_000);
    }
}
