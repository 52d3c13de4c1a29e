//! Prometheus metrics at `/metrics`: requests by status class, audit events
//! by action and outcome, and the size of the in-memory state. Counters are
//! process-wide (as in every Prometheus client); the label sets are fixed
//! strings from the code, so memory stays bounded.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

static STATUS: [AtomicU64; 5] = [const { AtomicU64::new(0) }; 5];

fn events() -> &'static Mutex<BTreeMap<(&'static str, &'static str), u64>> {
    static E: OnceLock<Mutex<BTreeMap<(&'static str, &'static str), u64>>> = OnceLock::new();
    E.get_or_init(|| Mutex::new(BTreeMap::new()))
}

/// Counts one response by its status class.
pub fn response(status: u16) {
    let i = usize::from(status / 100).clamp(1, 5) - 1;
    STATUS[i].fetch_add(1, Ordering::Relaxed);
}

/// Counts one audit event.
pub fn event(action: &'static str, outcome: &'static str) {
    if let Ok(mut m) = events().lock() {
        *m.entry((action, outcome)).or_insert(0) += 1;
    }
}

/// Gauges the caller samples at scrape time.
pub struct Gauges {
    /// 1 when the directory answered the readiness probe.
    pub directory_up: bool,
    /// 1 when the state store answered.
    pub store_up: bool,
    /// Values in the memory store (journeys, PINs, sessions, counters);
    /// absent with Redis, where counting would cost a scan.
    pub store_values: Option<usize>,
}

/// The text exposition format.
pub fn render(g: &Gauges) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# HELP kleidi_http_responses_total HTTP responses by status class."
    );
    let _ = writeln!(out, "# TYPE kleidi_http_responses_total counter");
    for (i, c) in STATUS.iter().enumerate() {
        let _ = writeln!(
            out,
            "kleidi_http_responses_total{{class=\"{}xx\"}} {}",
            i + 1,
            c.load(Ordering::Relaxed)
        );
    }
    let _ = writeln!(
        out,
        "# HELP kleidi_events_total Journey outcomes, as in the audit log."
    );
    let _ = writeln!(out, "# TYPE kleidi_events_total counter");
    if let Ok(m) = events().lock() {
        for ((a, o), n) in m.iter() {
            let _ = writeln!(
                out,
                "kleidi_events_total{{action=\"{a}\",outcome=\"{o}\"}} {n}"
            );
        }
    }
    for (name, help, v) in [
        (
            "kleidi_directory_up",
            "1 when the directory answers.",
            usize::from(g.directory_up),
        ),
        (
            "kleidi_store_up",
            "1 when the state store answers.",
            usize::from(g.store_up),
        ),
    ]
    .into_iter()
    .chain(g.store_values.map(|v| {
        (
            "kleidi_store_values",
            "Values held by the memory state store.",
            v,
        )
    })) {
        let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {v}");
    }
    out
}
