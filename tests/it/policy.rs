//! Password policy: per-preset vector tables, history, translations and
//! property tests.

mod api;
mod i18n;
mod props;
mod rules;
mod vectors;

use kleidi::policy::{CheckContext, Policy, PolicyConfig};

/// A policy from a `[policy]` table written as TOML.
pub fn policy(toml: &str) -> Policy {
    let c: PolicyConfig = toml::from_str(toml).expect("valid policy TOML");
    Policy::new(&c).expect("valid policy")
}

/// The violation codes of one check.
pub fn codes(p: &Policy, password: &str, ctx: &CheckContext<'_>) -> Vec<&'static str> {
    p.check(password, ctx).codes()
}
