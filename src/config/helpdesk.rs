//! `[helpdesk]`: who the operators are, and the limits of their console.

use serde::Deserialize;

use super::Invalid;

/// How kleidi learns that someone belongs to an operator group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Membership {
    /// Ask each group entry whether it lists the operator in `member` or
    /// `uniqueMember` (works on any directory).
    Group,
    /// Read the operator's own `memberOf` (slapd's memberof overlay).
    MemberOf,
}

/// The `[helpdesk]` table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HelpdeskConfig {
    /// Serve the console at `/helpdesk` and the API at `/api/v1/admin`.
    pub enabled: bool,
    /// DNs of the groups whose members are operators.
    pub operator_groups: Vec<String>,
    /// How membership is read.
    pub membership: Membership,
    /// Minutes without a request before an operator session ends.
    pub session_idle_minutes: u64,
    /// Hours after sign-in when an operator session ends regardless.
    pub session_max_hours: u64,
    /// Most accounts one search shows.
    pub search_limit: usize,
    /// Searches per operator per minute.
    pub searches_per_minute: u32,
    /// Actions (temporary password, unlock, reset link, owner) per operator
    /// per hour.
    pub actions_per_hour: u32,
    /// Days the console keeps an account's operator events for
    /// `/helpdesk/audit` (the log keeps them for good).
    pub audit_days: u64,
}

impl Default for HelpdeskConfig {
    fn default() -> Self {
        Self {
            enabled: false,
            operator_groups: Vec::new(),
            membership: Membership::Group,
            session_idle_minutes: 15,
            session_max_hours: 8,
            search_limit: 20,
            searches_per_minute: 30,
            actions_per_hour: 60,
            audit_days: 90,
        }
    }
}

impl HelpdeskConfig {
    pub(super) fn validate(&self) -> Result<(), Invalid> {
        if self.enabled && self.operator_groups.is_empty() {
            return Err(Invalid::new(
                "helpdesk.operator_groups",
                "must name at least one group when the helpdesk is enabled",
            ));
        }
        for g in &self.operator_groups {
            if !g.contains('=') {
                return Err(Invalid::new(
                    "helpdesk.operator_groups",
                    format!("{g:?} is not a DN (e.g. \"cn=helpdesk,ou=groups,dc=example,dc=org\")"),
                ));
            }
        }
        if !(1..=120).contains(&self.session_idle_minutes) {
            return Err(Invalid::new(
                "helpdesk.session_idle_minutes",
                "must be 1 to 120",
            ));
        }
        if !(1..=24).contains(&self.session_max_hours) {
            return Err(Invalid::new(
                "helpdesk.session_max_hours",
                "must be 1 to 24",
            ));
        }
        if !(1..=200).contains(&self.search_limit) {
            return Err(Invalid::new("helpdesk.search_limit", "must be 1 to 200"));
        }
        if self.searches_per_minute == 0 {
            return Err(Invalid::new(
                "helpdesk.searches_per_minute",
                "must be at least 1",
            ));
        }
        if self.actions_per_hour == 0 {
            return Err(Invalid::new(
                "helpdesk.actions_per_hour",
                "must be at least 1",
            ));
        }
        if !(1..=3650).contains(&self.audit_days) {
            return Err(Invalid::new("helpdesk.audit_days", "must be 1 to 3650"));
        }
        Ok(())
    }
}
