//! Which reminder an account is due, from its reference time (the last
//! password change, else the creation), its policy's `pwdMaxAge`, the
//! configured stages and the record of the last reminder. Pure: no I/O, no
//! clock, so every rule is a unit test.

use crate::clock::{Millis, parse_generalized_time};

const DAY_MS: u64 = 86_400_000;

/// What the record `kleidiExpiryNotice` says: the reference time a reminder
/// counted from (as the directory wrote it) and its stage in days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// `pwdChangedTime` or `createTimestamp`, verbatim.
    pub reference: String,
    /// Days before the expiry of the stage sent.
    pub stage: u32,
}

impl Record {
    /// Parses `<reference>#<stage>`; anything else counts as no record (a
    /// value kleidi did not write must not stop reminders forever).
    pub fn parse(v: &str) -> Option<Self> {
        let (reference, stage) = v.rsplit_once('#')?;
        Some(Self {
            reference: reference.to_string(),
            stage: stage.parse().ok()?,
        })
    }

    /// The attribute value.
    pub fn value(&self) -> String {
        format!("{}#{}", self.reference, self.stage)
    }

    /// True when this record was written for `reference` (the same instant:
    /// replicas may write the fraction of a second differently).
    fn counts_from(&self, reference: &str) -> bool {
        self.reference == reference
            || matches!(
                (parse_generalized_time(&self.reference), parse_generalized_time(reference)),
                (Some(a), Some(b)) if a == b
            )
    }
}

/// The outcome for one account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// No reminder yet: the expiry is farther than the largest stage (this
    /// is also every account changed or created within the window).
    NotDue,
    /// The password has already expired: a reminder is too late.
    Expired,
    /// The most urgent due stage was already sent for this reference time.
    AlreadyNotified,
    /// Send the reminder of `stage` days; the password expires at `expiry_ms`.
    Due {
        /// The stage in days.
        stage: u32,
        /// When the password expires.
        expiry_ms: Millis,
    },
}

/// Decides for one account. `stages` is ascending (as the configuration
/// holds it); `max_age_secs` is positive. A stage is due when the time left
/// is at most that many days; only the most urgent due stage is sent, and a
/// record of a stage at least as urgent for the same reference covers it.
pub fn decide(
    now: Millis,
    reference: &str,
    reference_ms: Millis,
    max_age_secs: u64,
    stages: &[u32],
    record: Option<&Record>,
) -> Decision {
    let expiry_ms = reference_ms.saturating_add(max_age_secs.saturating_mul(1000));
    if expiry_ms <= now {
        return Decision::Expired;
    }
    let left = expiry_ms - now;
    // The smallest stage whose window has begun is the most urgent one.
    let Some(&stage) = stages
        .iter()
        .find(|&&d| left <= u64::from(d).saturating_mul(DAY_MS))
    else {
        return Decision::NotDue;
    };
    match record {
        Some(r) if r.counts_from(reference) && r.stage <= stage => Decision::AlreadyNotified,
        _ => Decision::Due { stage, expiry_ms },
    }
}

/// Whole days left until `expiry_ms`, rounded up (9 days and 1 hour is "10
/// days"; the last hours are "1 day").
pub fn days_left(now: Millis, expiry_ms: Millis) -> u64 {
    expiry_ms.saturating_sub(now).div_ceil(DAY_MS)
}

#[cfg(test)]
mod tests {
    use super::*;

    const YEAR: u64 = 365 * 86_400;
    const CHANGED: &str = "20250101000000Z";

    fn changed_ms() -> Millis {
        parse_generalized_time(CHANGED).unwrap()
    }

    fn at_age(days: u64) -> Millis {
        changed_ms() + days * DAY_MS
    }

    fn rec(reference: &str, stage: u32) -> Record {
        Record {
            reference: reference.into(),
            stage,
        }
    }

    #[test]
    fn a_password_356_days_old_under_a_year_is_due_for_the_10_day_notice() {
        let d = decide(at_age(356), CHANGED, changed_ms(), YEAR, &[10], None);
        assert_eq!(
            d,
            Decision::Due {
                stage: 10,
                expiry_ms: at_age(365)
            }
        );
        assert_eq!(days_left(at_age(356), at_age(365)), 9);
    }

    #[test]
    fn changed_or_created_within_the_window_gets_nothing() {
        for age in [0, 100, 354] {
            assert_eq!(
                decide(at_age(age), CHANGED, changed_ms(), YEAR, &[10], None),
                Decision::NotDue,
                "age {age}"
            );
        }
        // Exactly ten days left is inside the window.
        assert!(matches!(
            decide(at_age(355), CHANGED, changed_ms(), YEAR, &[10], None),
            Decision::Due { stage: 10, .. }
        ));
    }

    #[test]
    fn an_expired_password_gets_nothing() {
        assert_eq!(
            decide(at_age(365), CHANGED, changed_ms(), YEAR, &[10], None),
            Decision::Expired
        );
        assert_eq!(
            decide(at_age(900), CHANGED, changed_ms(), YEAR, &[10], None),
            Decision::Expired
        );
    }

    #[test]
    fn a_stage_is_sent_once_per_reference_and_a_new_change_starts_over() {
        let r = rec(CHANGED, 10);
        assert_eq!(
            decide(at_age(358), CHANGED, changed_ms(), YEAR, &[10], Some(&r)),
            Decision::AlreadyNotified
        );
        // The password changed: the old record does not count.
        let later = "20251201000000Z";
        let later_ms = parse_generalized_time(later).unwrap();
        assert!(matches!(
            decide(
                later_ms + 356 * DAY_MS,
                later,
                later_ms,
                YEAR,
                &[10],
                Some(&r)
            ),
            Decision::Due { stage: 10, .. }
        ));
    }

    #[test]
    fn only_the_most_urgent_due_stage_is_sent_and_an_earlier_one_does_not_cover_it() {
        let stages = [1, 10, 30];
        let due =
            |age, r: Option<&Record>| decide(at_age(age), CHANGED, changed_ms(), YEAR, &stages, r);
        assert!(matches!(due(340, None), Decision::Due { stage: 30, .. }));
        // A run missed for weeks: straight to the 10-day stage, not 30 then 10.
        assert!(matches!(due(356, None), Decision::Due { stage: 10, .. }));
        assert!(matches!(
            due(356, Some(&rec(CHANGED, 30))),
            Decision::Due { stage: 10, .. }
        ));
        assert_eq!(due(357, Some(&rec(CHANGED, 10))), Decision::AlreadyNotified);
        // The 10-day record does not cover the 1-day stage...
        assert!(matches!(
            due(364, Some(&rec(CHANGED, 10))),
            Decision::Due { stage: 1, .. }
        ));
        // ...and a 1-day record covers every later run.
        assert_eq!(due(364, Some(&rec(CHANGED, 1))), Decision::AlreadyNotified);
    }

    #[test]
    fn records_parse_and_compare_by_instant() {
        assert_eq!(Record::parse("20250101000000Z#10"), Some(rec(CHANGED, 10)));
        assert_eq!(rec(CHANGED, 10).value(), "20250101000000Z#10");
        for bad in ["", "20250101000000Z", "x#y", "#"] {
            assert_eq!(Record::parse(bad), None, "{bad:?}");
        }
        assert!(rec("20250101000000.123Z", 10).counts_from(CHANGED));
        assert!(!rec("20250101000001Z", 10).counts_from(CHANGED));
    }
}
