//! Audit events: one structured line per step outcome, on the `audit` target,
//! with who (the entry's DN, never a typed value), what, from where and the
//! outcome. Never a password, PIN, token or full national ID.

use std::net::IpAddr;

/// Records one event.
pub fn record(
    core: &crate::core::Core,
    action: &'static str,
    outcome: &'static str,
    subject: Option<&str>,
    ip: IpAddr,
) {
    // Metrics are counted without telling matched from unmatched input,
    // which would undo the identical answers; the private log keeps both.
    let public = match outcome {
        "matched" | "no_match" => "answered",
        o => o,
    };
    core.metrics.event(action, public);
    tracing::info!(
        target: "audit",
        action,
        outcome,
        subject = subject.unwrap_or("-"),
        ip = %ip,
        "audit"
    );
}
