//! `[expiry]`: the password-expiry reminders that `kleidi notify-expiring`
//! sends (seed 002: an email ten days before the annual expiry).

use serde::Deserialize;

use super::Invalid;
use crate::notify::Channel;

/// The `[expiry]` table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ExpiryConfig {
    /// Send reminders at all; `notify-expiring` refuses to run without it,
    /// so a timer left enabled by mistake sends nothing.
    pub enabled: bool,
    /// Days before the expiry on which a reminder goes out, e.g. `[30, 10, 1]`.
    /// Each is 1 to 365; the list is deduplicated and sorted on load.
    pub notice_days: Vec<u32>,
    /// Channels a reminder goes through: `email` and/or `sms`.
    pub channels: Vec<Channel>,
    /// Which entries under `directory.user_bases` are accounts to remind.
    /// By default `directory.user_filter` with `{username}` read as "any".
    pub filter: Option<String>,
    /// Entries per page of the paged search (RFC 2696).
    pub page_size: u32,
    /// Reminders being claimed and sent at once.
    pub concurrency: usize,
}

impl Default for ExpiryConfig {
    fn default() -> Self {
        Self {
            enabled: false,
            notice_days: vec![10],
            channels: vec![Channel::Email],
            filter: None,
            page_size: 500,
            concurrency: 8,
        }
    }
}

impl ExpiryConfig {
    /// Sorts and deduplicates `notice_days`, so that everything after loading
    /// can rely on an ascending list without repeats.
    pub(super) fn normalize(&mut self) {
        self.notice_days.sort_unstable();
        self.notice_days.dedup();
        let mut seen = Vec::new();
        self.channels.retain(|c| {
            let first = !seen.contains(c);
            seen.push(*c);
            first
        });
    }

    pub(super) fn validate(&self, user_filter: &str, sms_configured: bool) -> Result<(), Invalid> {
        if self.notice_days.is_empty() {
            return Err(Invalid::new(
                "expiry.notice_days",
                "must name at least one day, e.g. [10]",
            ));
        }
        if let Some(d) = self.notice_days.iter().find(|d| !(1..=365).contains(*d)) {
            return Err(Invalid::new(
                "expiry.notice_days",
                format!("{d} is not a number of days from 1 to 365"),
            ));
        }
        if self.channels.is_empty() {
            return Err(Invalid::new(
                "expiry.channels",
                "must name at least one of \"email\", \"sms\"",
            ));
        }
        if self.channels.contains(&Channel::Sms) && !sms_configured {
            return Err(Invalid::new(
                "expiry.channels",
                "\"sms\" needs an SMS transport, but sms.transport is \"none\"",
            ));
        }
        if let Some(f) = &self.filter
            && ldap3::parse_filter(f).is_err()
        {
            return Err(Invalid::new(
                "expiry.filter",
                format!("\"{f}\" is not an LDAP filter (RFC 4515)"),
            ));
        }
        if self.filter.is_none() && ldap3::parse_filter(self.accounts_filter(user_filter)).is_err()
        {
            return Err(Invalid::new(
                "expiry.filter",
                "directory.user_filter with {username} as \"*\" is not a filter: set expiry.filter",
            ));
        }
        if !(1..=10_000).contains(&self.page_size) {
            return Err(Invalid::new("expiry.page_size", "must be 1 to 10000"));
        }
        if !(1..=64).contains(&self.concurrency) {
            return Err(Invalid::new("expiry.concurrency", "must be 1 to 64"));
        }
        Ok(())
    }

    /// The filter of the accounts to look at: `filter`, or the user filter
    /// with its `{username}` placeholder matching any value (a presence
    /// test), so that reminders go to exactly the accounts kleidi serves.
    pub fn accounts_filter(&self, user_filter: &str) -> String {
        self.filter
            .clone()
            .unwrap_or_else(|| user_filter.replace("{username}", "*"))
    }
}
