//! Prometheus metrics at `/metrics` (prometheus-client, one registry per
//! app, so two apps in one process never count each other's events):
//! responses by status class and latency by route, journey outcomes as in
//! the audit log (never telling matched from unmatched input), LDAP
//! operations' latency and errors, notifications by channel and outcome, and
//! gauges sampled at scrape time. Every label value is a fixed string from
//! the code or a route template, so memory stays bounded.

use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Class {
    class: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Route {
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Event {
    action: String,
    outcome: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Operation {
    operation: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Pool {
    pool: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Send {
    channel: String,
    outcome: String,
}

type Histograms<L> = Family<L, Histogram, fn() -> Histogram>;

fn seconds() -> Histogram {
    // 0.5 ms to about 16 s.
    Histogram::new(exponential_buckets(0.0005, 2.0, 16))
}

/// The app's metrics and their registry.
pub struct Metrics {
    registry: Registry,
    responses: Family<Class, Counter>,
    latency: Histograms<Route>,
    events: Family<Event, Counter>,
    ldap: Histograms<Operation>,
    ldap_errors: Family<Operation, Counter>,
    sends: Family<Send, Counter>,
    directory_up: Gauge,
    store_up: Gauge,
    store_values: Gauge,
    servers_down: Gauge,
    connections: Family<Pool, Gauge>,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    /// A fresh registry with every metric registered.
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("kleidi");
        let m = Self {
            responses: Family::default(),
            latency: Family::new_with_constructor(seconds as fn() -> Histogram),
            events: Family::default(),
            ldap: Family::new_with_constructor(seconds as fn() -> Histogram),
            ldap_errors: Family::default(),
            sends: Family::default(),
            directory_up: Gauge::default(),
            store_up: Gauge::default(),
            store_values: Gauge::default(),
            servers_down: Gauge::default(),
            connections: Family::default(),
            registry: Registry::default(),
        };
        registry.register(
            "http_responses",
            "HTTP responses by status class",
            m.responses.clone(),
        );
        registry.register(
            "http_request_duration_seconds",
            "Time to answer, by route template",
            m.latency.clone(),
        );
        registry.register(
            "events",
            "Journey outcomes, as in the audit log",
            m.events.clone(),
        );
        registry.register(
            "ldap_operation_duration_seconds",
            "LDAP operations by kind",
            m.ldap.clone(),
        );
        registry.register(
            "ldap_errors",
            "LDAP operations that failed to get an answer, by kind",
            m.ldap_errors.clone(),
        );
        registry.register(
            "notifications",
            "Messages handed to the mail or SMS service, by channel and outcome",
            m.sends.clone(),
        );
        registry.register(
            "directory_up",
            "1 when the directory answers",
            m.directory_up.clone(),
        );
        registry.register(
            "store_up",
            "1 when the state store answers",
            m.store_up.clone(),
        );
        registry.register(
            "store_values",
            "Values held by the memory state store (0 with Redis)",
            m.store_values.clone(),
        );
        registry.register(
            "directory_servers_down",
            "Directory servers marked down (probed in the background)",
            m.servers_down.clone(),
        );
        registry.register(
            "directory_connections",
            "Directory connections: service, bind_idle, bind_lent",
            m.connections.clone(),
        );
        Self { registry, ..m }
    }

    /// Counts one response by its status class and times it by route.
    pub fn response(&self, status: u16, route: &str, took: Duration) {
        let class = format!("{}xx", (status / 100).clamp(1, 5));
        self.responses.get_or_create(&Class { class }).inc();
        self.latency
            .get_or_create(&Route {
                route: route.to_string(),
            })
            .observe(took.as_secs_f64());
    }

    /// Counts one audit event.
    pub fn event(&self, action: &str, outcome: &str) {
        self.events
            .get_or_create(&Event {
                action: action.to_string(),
                outcome: outcome.to_string(),
            })
            .inc();
    }

    /// Times one LDAP operation; `ok` is false when no answer came.
    pub fn ldap(&self, operation: &str, took: Duration, ok: bool) {
        let op = Operation {
            operation: operation.to_string(),
        };
        self.ldap.get_or_create(&op).observe(took.as_secs_f64());
        if !ok {
            self.ldap_errors.get_or_create(&op).inc();
        }
    }

    /// Counts one message handed to (or refused by) its transport.
    pub fn send(&self, channel: &str, ok: bool) {
        self.sends
            .get_or_create(&Send {
                channel: channel.to_string(),
                outcome: if ok { "sent" } else { "failed" }.to_string(),
            })
            .inc();
    }

    /// The exposition text, with the gauges sampled now.
    pub fn render(&self, g: &Gauges) -> String {
        self.directory_up.set(i64::from(g.directory_up));
        self.store_up.set(i64::from(g.store_up));
        self.store_values
            .set(i64::try_from(g.store_values.unwrap_or(0)).unwrap_or(i64::MAX));
        self.servers_down
            .set(i64::try_from(g.servers_down).unwrap_or(i64::MAX));
        let (service, idle, lent) = g.connections;
        for (pool, n) in [
            ("service", service),
            ("bind_idle", idle),
            ("bind_lent", lent),
        ] {
            self.connections
                .get_or_create(&Pool {
                    pool: pool.to_string(),
                })
                .set(i64::try_from(n).unwrap_or(i64::MAX));
        }
        let mut out = String::new();
        if prometheus_client::encoding::text::encode(&mut out, &self.registry).is_err() {
            tracing::error!("metrics not encoded");
        }
        out
    }
}

/// Gauges the caller samples at scrape time.
pub struct Gauges {
    /// 1 when the directory answered the probe.
    pub directory_up: bool,
    /// 1 when the state store answered.
    pub store_up: bool,
    /// Values in the memory store (journeys, PINs, sessions, counters);
    /// absent with Redis, where counting would cost a scan.
    pub store_values: Option<usize>,
    /// Directory servers marked down.
    pub servers_down: usize,
    /// Directory connections: service, bind idle, bind lent.
    pub connections: (usize, usize, usize),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_apps_count_alone() {
        let (a, b) = (Metrics::new(), Metrics::new());
        a.event("session.sign_in", "ok");
        a.response(404, "-", Duration::from_millis(2));
        let g = Gauges {
            directory_up: true,
            store_up: true,
            store_values: Some(3),
            servers_down: 0,
            connections: (2, 1, 0),
        };
        let ta = a.render(&g);
        let tb = b.render(&g);
        assert!(
            ta.contains("kleidi_events_total{action=\"session.sign_in\",outcome=\"ok\"} 1"),
            "{ta}"
        );
        assert!(
            ta.contains("kleidi_http_responses_total{class=\"4xx\"} 1"),
            "{ta}"
        );
        assert!(ta.contains("kleidi_directory_up 1"), "{ta}");
        assert!(
            ta.contains("kleidi_directory_connections{pool=\"service\"} 2"),
            "{ta}"
        );
        assert!(!tb.contains("session.sign_in"), "{tb}");
    }
}
