//! The counts of a run: atomics while it goes (a progress line reads them
//! from another task), a plain summary at the end.

use std::sync::atomic::{AtomicU64, Ordering};

/// The counts of a run, updated as it goes (a progress line reads them).
#[derive(Debug, Default)]
pub struct Tally {
    pub(super) examined: AtomicU64,
    pub(super) not_due: AtomicU64,
    pub(super) due: AtomicU64,
    pub(super) sent_email: AtomicU64,
    pub(super) sent_sms: AtomicU64,
    pub(super) failed: AtomicU64,
    pub(super) without_contact: AtomicU64,
    pub(super) already_notified: AtomicU64,
    pub(super) expired: AtomicU64,
    pub(super) skipped: AtomicU64,
}

/// The counts of a run at one moment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Entries the search returned.
    pub examined: u64,
    /// Accounts whose expiry is farther than the largest stage.
    pub not_due: u64,
    /// Accounts due a reminder they had not had yet.
    pub due: u64,
    /// Emails sent.
    pub sent_email: u64,
    /// SMS sent.
    pub sent_sms: u64,
    /// Messages (or record writes) that failed.
    pub failed: u64,
    /// Due accounts with no address on file for the channels.
    pub without_contact: u64,
    /// Accounts whose due stage was already sent (by an earlier run, or by
    /// another node at the same time).
    pub already_notified: u64,
    /// Accounts whose password has expired already: a reminder is too late.
    pub expired: u64,
    /// Accounts without an expiry: no `pwdMaxAge`, no policy, or no
    /// reference time.
    pub skipped: u64,
}

impl Tally {
    pub(super) fn add(c: &AtomicU64, n: u64) {
        c.fetch_add(n, Ordering::Relaxed);
    }

    /// The counts now.
    pub fn snapshot(&self) -> Summary {
        let g = |c: &AtomicU64| c.load(Ordering::Relaxed);
        Summary {
            examined: g(&self.examined),
            not_due: g(&self.not_due),
            due: g(&self.due),
            sent_email: g(&self.sent_email),
            sent_sms: g(&self.sent_sms),
            failed: g(&self.failed),
            without_contact: g(&self.without_contact),
            already_notified: g(&self.already_notified),
            expired: g(&self.expired),
            skipped: g(&self.skipped),
        }
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "examined={} due={} sent_email={} sent_sms={} failed={} without_contact={} already_notified={} expired={} skipped={} not_due={}",
            self.examined,
            self.due,
            self.sent_email,
            self.sent_sms,
            self.failed,
            self.without_contact,
            self.already_notified,
            self.expired,
            self.skipped,
            self.not_due
        )
    }
}
