//! `cargo bench --bench journeys`: DESIGN.md's performance targets, each
//! measured side by side with raw slapd in one run on this machine.
//!
//! A private slapd (mdb, ppolicy, `{SSHA}`) gets the sample directory plus
//! 10,000 students; kleidi serves on 127.0.0.1 against it with its mail going
//! to a tiny SMTP sink and its SMS to a tiny HTTP gateway sink, both in this
//! process. Then, with 32 concurrent clients, each for a 1 s warm-up and a 5 s
//! window (every client loop is bounded by time and by count):
//!
//! 1. sign-in: slapd simple binds on 32 reused connections vs `POST /api/v1/session`;
//! 2. password change: slapd search + user bind + Password Modify on reused
//!    connections vs `POST /api/v1/me/password`;
//! 3. journey start: slapd searches with the activation lookup's filter vs
//!    `POST /api/v1/activation` + `POST /api/v1/activation/{flow}/identify`;
//! 4. memory: RSS before and after 100,000 activation journeys (run first, on
//!    an app of its own, so the total is not inflated by the load tests).
//!
//! The table goes to stdout and, as JSON lines, to `target/bench-journeys.json`.
//! Goals are reported, never asserted; the process exits non-zero only when a
//! measured operation failed, so that a broken bench does not pass for a slow one.

#[path = "common/smtp.rs"]
mod smtp;

use std::future::Future;
use std::io::Write as _;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use kleidi::config::Config;
use kleidi::pwhash::{Scheme, hash};
use kleidi::sandbox::{self, Slapd};
use ldap3::exop::PasswordModify;
use ldap3::{Ldap, LdapConnAsync, Scope};
use serde_json::{Value, json};
use tokio::net::TcpListener;

/// Bench users added to the sample directory.
const USERS: usize = 10_000;
/// Concurrent clients of every measured operation.
const CLIENTS: usize = 32;
/// Time each client runs before its operations count.
const WARMUP: Duration = Duration::from_secs(1);
/// The measured window.
const MEASURE: Duration = Duration::from_secs(5);
/// Every client loop also stops after this many operations.
const MAX_OPS_PER_CLIENT: usize = 500_000;
/// An operation that takes longer than this counts as failed.
const OP_TIMEOUT: Duration = Duration::from_secs(10);
/// Journeys created for the memory goal.
const JOURNEYS: usize = 100_000;

/// Every bench user starts with this password (one precomputed `{SSHA}` hash).
/// Password changes cycle through [`CYCLE`]: five distinct values, so slapd's
/// `pwdInHistory: 3` never refuses the next one. None contains the username
/// (`benchNNNNN`) or a name part (`Student`, `Number`) and all pass "nist".
const CYCLE: [&str; 5] = [
    "Marble-Canyon-4418",
    "Velvet-Harbor-2931",
    "Copper-Meadow-8842",
    "Silent-Orbit-5517",
    "Amber-Glacier-3306",
];
const START_PASSWORD: &str = CYCLE[0];

/// Users whose passwords the raw slapd change loop cycles (one per client).
const RAW_CHANGE_USERS: usize = 0;
/// Users whose passwords kleidi's change loop cycles (one per client).
const KLEIDI_CHANGE_USERS: usize = CLIENTS;
/// Sign-ins pick random users from here on (their password never changes).
const SIGN_IN_USERS: usize = 2 * CLIENTS;

fn uid(i: usize) -> String {
    format!("bench{i:05}")
}

fn user_dn(i: usize) -> String {
    format!("uid={},ou=people,{}", uid(i), sandbox::SUFFIX)
}

/// A Greek mobile (`69` + 8 digits), unique per user.
fn mobile(i: usize) -> String {
    format!("+30691{i:07}")
}

/// The activation lookup's filter for a contact-identified student, as
/// kleidi renders it: the affiliation and the three usual forms of the number.
fn activation_filter(i: usize) -> String {
    let e164 = mobile(i);
    let national = &e164[3..];
    format!(
        "(&(eduPersonAffiliation=student)(|(mobile={e164})(mobile={national})(mobile=00{})))",
        &e164[1..]
    )
}

fn bench_ldif() -> String {
    let pw = hash(Scheme::Ssha, START_PASSWORD);
    let mut s = String::with_capacity(USERS * 480);
    for i in 0..USERS {
        let u = uid(i);
        s.push_str(&format!(
            "dn: {dn}\nobjectClass: inetOrgPerson\nobjectClass: eduPerson\nobjectClass: kleidiAccount\n\
             uid: {u}\ncn: Student Number {i}\ngivenName: Student\nsn: Number{i:05}\n\
             mail: {u}@example.org\nmobile: {m}\neduPersonAffiliation: student\n\
             kleidiActivatedAt: 20250901100000Z\nkleidiRecoveryEmail: {u}@example.net\n\
             kleidiRecoveryEmailConsentAt: 20250901100000Z\nuserPassword: {pw}\n\n",
            dn = user_dn(i),
            m = mobile(i),
        ));
    }
    s
}

/// Cheap per-client randomness (xorshift64*); `rand`'s thread RNG is not `Send`.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n as u64) as usize
    }
}

// ---------------------------------------------------------------------------
// The measuring loop.

/// One client of a measured operation.
trait Client: Send + 'static {
    /// One operation; `Err` carries what went wrong.
    fn op(&mut self) -> impl Future<Output = Result<(), String>> + Send;
}

#[derive(Clone, Copy)]
struct Window {
    measure_from: Instant,
    end: Instant,
}

#[derive(Default)]
struct ClientStats {
    /// Latencies (ns) of the successful operations started in the window.
    lat: Vec<u64>,
    /// Successful operations, warm-up included.
    ok_total: u64,
    /// Failed operations, warm-up included.
    errors: u64,
    samples: Vec<String>,
}

async fn run_client<C: Client>(mut c: C, w: Window) -> ClientStats {
    let mut st = ClientStats::default();
    let mut n = 0;
    loop {
        let started = Instant::now();
        if started >= w.end || n >= MAX_OPS_PER_CLIENT {
            break;
        }
        n += 1;
        let r = tokio::time::timeout(OP_TIMEOUT, c.op())
            .await
            .unwrap_or_else(|_| Err(format!("timed out after {OP_TIMEOUT:?}")));
        match r {
            Ok(()) => {
                st.ok_total += 1;
                if started >= w.measure_from {
                    st.lat.push(started.elapsed().as_nanos() as u64);
                }
            }
            Err(e) => {
                st.errors += 1;
                if st.samples.len() < 3 {
                    st.samples.push(e);
                }
            }
        }
    }
    st
}

/// What one side of a comparison measured.
#[derive(Debug, Clone, Default)]
struct Measured {
    rate: f64,
    p50_ms: f64,
    p99_ms: f64,
    ops: usize,
    ok_total: u64,
    errors: u64,
    samples: Vec<String>,
}

async fn measure<C: Client>(name: &str, clients: Vec<C>) -> Measured {
    let t0 = Instant::now();
    let w = Window {
        measure_from: t0 + WARMUP,
        end: t0 + WARMUP + MEASURE,
    };
    let tasks: Vec<_> = clients
        .into_iter()
        .map(|c| tokio::spawn(run_client(c, w)))
        .collect();
    let mut lat = Vec::new();
    let mut m = Measured::default();
    for t in tasks {
        match t.await {
            Ok(st) => {
                lat.extend(st.lat);
                m.ok_total += st.ok_total;
                m.errors += st.errors;
                for s in st.samples {
                    if m.samples.len() < 5 {
                        m.samples.push(s);
                    }
                }
            }
            Err(e) => {
                m.errors += 1;
                m.samples.push(format!("client task failed: {e}"));
            }
        }
    }
    lat.sort_unstable();
    let pct = |p: f64| -> f64 {
        if lat.is_empty() {
            return f64::NAN;
        }
        let i = ((lat.len() as f64 * p).ceil() as usize).clamp(1, lat.len()) - 1;
        lat[i] as f64 / 1e6
    };
    m.ops = lat.len();
    m.rate = lat.len() as f64 / MEASURE.as_secs_f64();
    m.p50_ms = pct(0.50);
    m.p99_ms = pct(0.99);
    println!(
        "  {name:<34} {:>9.0} ops/s  p50 {:>7.2} ms  p99 {:>7.2} ms  ({} ops measured, {} errors)",
        m.rate, m.p50_ms, m.p99_ms, m.ops, m.errors
    );
    for s in &m.samples {
        println!("    error: {s}");
    }
    m
}

// ---------------------------------------------------------------------------
// Raw slapd clients (ldap3 directly, one or two reused connections per client).

async fn ldap_connect(uri: &str) -> Ldap {
    let (conn, ldap) = LdapConnAsync::new(uri).await.expect("connect to slapd");
    ldap3::drive!(conn);
    ldap
}

async fn ldap_service(uri: &str, password: &str) -> Ldap {
    let mut l = ldap_connect(uri).await;
    l.simple_bind(sandbox::SERVICE_DN, password)
        .await
        .and_then(|r| r.success())
        .expect("service bind");
    l
}

/// Simple binds as random bench users on one reused connection.
struct RawBind {
    ldap: Ldap,
    rng: Rng,
}

impl Client for RawBind {
    fn op(&mut self) -> impl Future<Output = Result<(), String>> + Send {
        let dn = user_dn(SIGN_IN_USERS + self.rng.below(USERS - SIGN_IN_USERS));
        async move {
            self.ldap
                .simple_bind(&dn, START_PASSWORD)
                .await
                .and_then(|r| r.success())
                .map(|_| ())
                .map_err(|e| format!("bind {dn}: {e}"))
        }
    }
}

/// Search the user as the service account, bind as the user, Password Modify.
struct RawChange {
    service: Ldap,
    user: Ldap,
    user_index: usize,
    at: usize,
}

impl Client for RawChange {
    fn op(&mut self) -> impl Future<Output = Result<(), String>> + Send {
        let filter = format!(
            "(&(objectClass=inetOrgPerson)(uid={}))",
            uid(self.user_index)
        );
        async move {
            let (entries, _) = self
                .service
                .search(
                    &format!("ou=people,{}", sandbox::SUFFIX),
                    Scope::Subtree,
                    &filter,
                    vec!["1.1"],
                )
                .await
                .and_then(|r| r.success())
                .map_err(|e| format!("search {filter}: {e}"))?;
            let dn = match entries.as_slice() {
                [e] => ldap3::SearchEntry::construct(e.clone()).dn,
                other => return Err(format!("{filter}: {} entries", other.len())),
            };
            let (old, new) = (CYCLE[self.at], CYCLE[(self.at + 1) % CYCLE.len()]);
            self.user
                .simple_bind(&dn, old)
                .await
                .and_then(|r| r.success())
                .map_err(|e| format!("bind {dn}: {e}"))?;
            self.user
                .extended(PasswordModify {
                    user_id: Some(&dn),
                    old_pass: Some(old),
                    new_pass: Some(new),
                })
                .await
                .and_then(|r| r.success())
                .map_err(|e| format!("passmod {dn}: {e}"))?;
            self.at = (self.at + 1) % CYCLE.len();
            Ok(())
        }
    }
}

/// The activation lookup's search for a random bench user's mobile.
struct RawSearch {
    ldap: Ldap,
    rng: Rng,
}

/// What identification needs of an entry (kleidi asks for more).
const LOOKUP_ATTRS: [&str; 6] = [
    "uid",
    "mobile",
    "supannMailPerso",
    "kleidiRecoveryEmail",
    "kleidiRecoveryMobile",
    "preferredLanguage",
];

impl Client for RawSearch {
    fn op(&mut self) -> impl Future<Output = Result<(), String>> + Send {
        let filter = activation_filter(self.rng.below(USERS));
        async move {
            let (entries, _) = self
                .ldap
                .search(
                    &format!("ou=people,{}", sandbox::SUFFIX),
                    Scope::Subtree,
                    &filter,
                    LOOKUP_ATTRS.to_vec(),
                )
                .await
                .and_then(|r| r.success())
                .map_err(|e| format!("search {filter}: {e}"))?;
            if entries.len() != 1 {
                return Err(format!("{filter}: {} entries", entries.len()));
            }
            Ok(())
        }
    }
}

// ---------------------------------------------------------------------------
// kleidi clients (reqwest, one keep-alive connection each, cookies by hand).

fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("HTTP client")
}

/// `name=value` of the cookie `name` among a response's `Set-Cookie` headers.
fn cookie_from(h: &reqwest::header::HeaderMap, name: &str) -> Option<String> {
    h.get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next())
        .find(|kv| kv.starts_with(&format!("{name}=")))
        .map(str::to_string)
}

/// A client with the CSRF cookie a browser would hold (fetched once).
async fn kleidi_client(base: &str) -> (reqwest::Client, String) {
    let http = http_client();
    let r = http
        .get(format!("{base}/healthz"))
        .send()
        .await
        .expect("GET /healthz");
    let csrf = cookie_from(r.headers(), "kleidi-csrf").unwrap_or_default();
    let _ = r.bytes().await;
    (http, csrf)
}

/// POSTs JSON; `Ok` with the body when the status is `want`.
async fn post(
    http: &reqwest::Client,
    url: &str,
    cookie: &str,
    body: &Value,
    want: u16,
) -> Result<(reqwest::header::HeaderMap, Vec<u8>), String> {
    let r = http
        .post(url)
        .header(reqwest::header::COOKIE, cookie)
        .header(reqwest::header::ACCEPT_LANGUAGE, "en")
        .json(body)
        .send()
        .await
        .map_err(|e| format!("POST {url}: {e}"))?;
    let status = r.status().as_u16();
    let headers = r.headers().clone();
    let bytes = r
        .bytes()
        .await
        .map_err(|e| format!("POST {url}: body: {e}"))?;
    if status != want {
        return Err(format!(
            "POST {url}: {status} {}",
            String::from_utf8_lossy(&bytes)
        ));
    }
    Ok((headers, bytes.to_vec()))
}

/// `POST /api/v1/session` as random bench users.
struct KleidiSignIn {
    http: reqwest::Client,
    url: String,
    cookie: String,
    rng: Rng,
}

impl Client for KleidiSignIn {
    fn op(&mut self) -> impl Future<Output = Result<(), String>> + Send {
        let body = json!({
            "username": uid(SIGN_IN_USERS + self.rng.below(USERS - SIGN_IN_USERS)),
            "password": START_PASSWORD,
        });
        async move {
            post(&self.http, &self.url, &self.cookie, &body, 201)
                .await
                .map(|_| ())
        }
    }
}

/// `POST /api/v1/me/password`, signed in as the client's own user.
struct KleidiChange {
    http: reqwest::Client,
    url: String,
    cookie: String,
    at: usize,
}

impl Client for KleidiChange {
    fn op(&mut self) -> impl Future<Output = Result<(), String>> + Send {
        let next = (self.at + 1) % CYCLE.len();
        let body = json!({"current": CYCLE[self.at], "new": CYCLE[next], "confirm": CYCLE[next]});
        async move {
            post(&self.http, &self.url, &self.cookie, &body, 200).await?;
            self.at = next;
            Ok(())
        }
    }
}

/// `POST /api/v1/activation` then `…/{flow}/identify` with a bench user's mobile.
struct KleidiJourney {
    http: reqwest::Client,
    base: String,
    cookie: String,
    rng: Rng,
}

impl Client for KleidiJourney {
    fn op(&mut self) -> impl Future<Output = Result<(), String>> + Send {
        let m = mobile(self.rng.below(USERS));
        async move {
            let url = format!("{}/api/v1/activation", self.base);
            let (_, b) = post(
                &self.http,
                &url,
                &self.cookie,
                &json!({"role": "student"}),
                201,
            )
            .await?;
            let v: Value = serde_json::from_slice(&b).map_err(|e| format!("start: {e}"))?;
            let flow = v["flow"].as_str().ok_or("start: no flow id")?;
            let secret = v["secret"].as_str().ok_or("start: no secret")?;
            let url = format!("{url}/{flow}/identify");
            // The journey's secret, as the browser's cookie would carry it.
            let cookie = format!("{}; kleidi-journey={secret}", self.cookie);
            let (_, b) = post(&self.http, &url, &cookie, &json!({"mobile": m}), 200).await?;
            let v: Value = serde_json::from_slice(&b).map_err(|e| format!("identify: {e}"))?;
            if v["next"] != "pin" {
                return Err(format!("identify: {v}"));
            }
            Ok(())
        }
    }
}

// ---------------------------------------------------------------------------
// Sinks for kleidi's messages: a relay and a gateway that accept everything.

async fn sms_sink(listener: TcpListener, received: Arc<AtomicU64>) {
    let app = axum::Router::new().route(
        "/sms",
        axum::routing::post(move || {
            let received = received.clone();
            async move {
                received.fetch_add(1, Ordering::Relaxed);
                r#"{"status":"queued"}"#
            }
        }),
    );
    let _ = axum::serve(listener, app).await;
}

// ---------------------------------------------------------------------------
// kleidi itself.

fn config_toml(slapd: &Slapd, pwfile: &Path, addr: SocketAddr, smtp: u16, sms: u16) -> String {
    format!(
        r#"
public_url = "http://{addr}"

[directory]
uris = ["{uri}"]
tls = "none"
connect_timeout_secs = 2
operation_timeout_secs = 5
bind_dn = "{svc}"
bind_password_file = "{pw}"
user_bases = ["ou=people,{suffix}", "ou=associates,{suffix}"]
bind_pool_size = {CLIENTS}
user_dn_template = "uid={{username}},ou=people,{suffix}"

[mail]
transport = "smtp"
from = "Accounts <noreply@example.org>"
[mail.smtp]
host = "127.0.0.1"
port = {smtp}
security = "plain"
timeout_secs = 5

[sms]
transport = "http"
[sms.http]
url = "http://127.0.0.1:{sms}/sms"
timeout_secs = 5

[limits]
attempts_per_ip_per_hour = 4000000000
sends_per_account_per_hour = 4000000000
sends_per_destination_per_hour = 4000000000
sms_per_country_per_hour = 4000000000
starts_per_hour = 4000000000
max_keys = 1000000
[pin]
issued_per_account_per_hour = 4000000000
failures_per_account_per_hour = 100

"#,
        uri = slapd.uri(),
        svc = sandbox::SERVICE_DN,
        pw = pwfile.display(),
        suffix = sandbox::SUFFIX,
    )
}

fn config(toml: &str, slapd: &Slapd) -> Config {
    Config::from_toml(toml, Path::new("bench.toml"), slapd.path())
        .unwrap_or_else(|e| panic!("bench config: {e}\n{toml}"))
}

fn rss_bytes() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb * 1024)
}

const MIB: f64 = 1024.0 * 1024.0;

// ---------------------------------------------------------------------------
// The report.

struct Row {
    what: String,
    unit: &'static str,
    kleidi: f64,
    slapd: Option<f64>,
    ratio: Option<f64>,
    goal: String,
    met: Option<bool>,
}

fn print_table(rows: &[Row]) {
    println!();
    println!(
        "{:<40} {:>12} {:>12} {:>7}  {:<22} met?",
        "what", "kleidi", "slapd", "ratio", "goal"
    );
    println!("{}", "-".repeat(106));
    let num = |v: f64, unit: &str| match unit {
        "ops/s" => format!("{v:.0}/s"),
        "ms" => format!("{v:.2} ms"),
        "MiB" => format!("{v:.1} MiB"),
        _ => format!("{v}"),
    };
    for r in rows {
        println!(
            "{:<40} {:>12} {:>12} {:>7}  {:<22} {}",
            r.what,
            num(r.kleidi, r.unit),
            r.slapd
                .map(|v| num(v, r.unit))
                .unwrap_or_else(|| "-".into()),
            r.ratio
                .map(|v| format!("{:.0}%", v * 100.0))
                .unwrap_or_else(|| "-".into()),
            r.goal,
            match r.met {
                Some(true) => "yes",
                Some(false) => "NO",
                None => "-",
            }
        );
    }
}

/// The 1-minute load average: other work on the machine skews every number.
fn load1() -> f64 {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(f64::NAN)
}

fn write_json(rows: &[Row], run: &Value, path: &Path) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut f = std::fs::File::create(path)?;
    for r in rows {
        let v = json!({
            "what": r.what,
            "unit": r.unit,
            "kleidi": r.kleidi,
            "slapd": r.slapd,
            "ratio": r.ratio,
            "goal": r.goal,
            "met": r.met,
        });
        writeln!(f, "{v}")?;
    }
    writeln!(f, "{run}")?;
    Ok(())
}

fn json_path() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"))
        .join("bench-journeys.json")
}

/// Rows for one comparison: rate (with its goal), p50, p99 (with its goal, if any).
fn compare(
    rows: &mut Vec<Row>,
    what: &str,
    k: &Measured,
    s: &Measured,
    rate_goal: f64,
    p99_goal: Option<f64>,
) {
    let rate_ratio = k.rate / s.rate;
    rows.push(Row {
        what: format!("{what}: rate"),
        unit: "ops/s",
        kleidi: k.rate,
        slapd: Some(s.rate),
        ratio: Some(rate_ratio),
        goal: format!(">= {:.0}% of slapd", rate_goal * 100.0),
        met: Some(rate_ratio >= rate_goal),
    });
    rows.push(Row {
        what: format!("{what}: p50 latency"),
        unit: "ms",
        kleidi: k.p50_ms,
        slapd: Some(s.p50_ms),
        ratio: Some(k.p50_ms / s.p50_ms),
        goal: "-".into(),
        met: None,
    });
    let p99_ratio = k.p99_ms / s.p99_ms;
    rows.push(Row {
        what: format!("{what}: p99 latency"),
        unit: "ms",
        kleidi: k.p99_ms,
        slapd: Some(s.p99_ms),
        ratio: Some(p99_ratio),
        goal: p99_goal
            .map(|g| format!("<= {g:.1} x slapd"))
            .unwrap_or_else(|| "-".into()),
        met: p99_goal.map(|g| p99_ratio <= g),
    });
}

// ---------------------------------------------------------------------------

fn main() -> ExitCode {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let begun = Instant::now();
    println!("journeys bench: slapd with the sample directory + {USERS} students…");
    let slapd = Slapd::start(sandbox::Options {
        extra_ldif: bench_ldif(),
        ..Default::default()
    })
    .expect("private slapd starts (apt-get install slapd ldap-utils)");
    let pwfile = slapd
        .write_service_password_file()
        .expect("service password file");
    println!(
        "  slapd up in {:.1} s on {}",
        begun.elapsed().as_secs_f64(),
        slapd.uri()
    );

    // kleidi gets a runtime of its own, as `kleidi serve` has; the clients
    // and the sinks (stand-ins for other machines) share the other one. Both
    // compete for the same 2 cores with slapd, as they would on one host.
    let server_rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("kleidi")
        .build()
        .expect("server runtime");
    let client_rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("bench-client")
        .build()
        .expect("client runtime");
    let code = client_rt.block_on(bench(&server_rt, &slapd, &pwfile));
    client_rt.shutdown_timeout(Duration::from_secs(2));
    server_rt.shutdown_timeout(Duration::from_secs(2));
    drop(slapd);
    println!("total run time {:.1} s", begun.elapsed().as_secs_f64());
    code
}

async fn bench(server_rt: &tokio::runtime::Runtime, slapd: &Slapd, pwfile: &Path) -> ExitCode {
    let uri = slapd.uri();
    let svc_pw = slapd.service_password.clone();
    let load_start = load1();
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!("  {cpus} CPUs, load average {load_start:.2}");
    if load_start > cpus as f64 {
        println!("  warning: the machine is busy; absolute rates will be low and ratios noisy");
    }

    // Sinks.
    let smtp_l = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind SMTP sink");
    let sms_l = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind SMS sink");
    let (smtp_port, sms_port) = (
        smtp_l.local_addr().expect("addr").port(),
        sms_l.local_addr().expect("addr").port(),
    );
    let mails = Arc::new(AtomicU64::new(0));
    let sms = Arc::new(AtomicU64::new(0));
    let smtp_task = tokio::spawn(smtp::smtp_sink(smtp_l, mails.clone()));
    let sms_task = tokio::spawn(sms_sink(sms_l, sms.clone()));

    // 4. Memory first, on an app of its own that never served anything.
    println!("memory: {JOURNEYS} activation journeys through the library…");
    let mem_cfg = config(
        &config_toml(
            slapd,
            pwfile,
            SocketAddr::from(([127, 0, 0, 1], 1)),
            smtp_port,
            sms_port,
        ),
        slapd,
    );
    let (rss_before, rss_after, held, took) = server_rt
        .spawn(async move {
            let app = kleidi::run::build(mem_cfg, None).expect("app builds");
            let local = std::net::IpAddr::from([127, 0, 0, 1]);
            let before = rss_bytes();
            let t = Instant::now();
            for _ in 0..JOURNEYS {
                kleidi::journey::activation::start(&app, "student", "en", local)
                    .await
                    .expect("journey starts");
            }
            let took = t.elapsed();
            let after = rss_bytes();
            (before, after, app.state.values().unwrap_or(0), took)
        })
        .await
        .expect("memory task");
    println!(
        "  {held} journeys in {:.0} ms; RSS {:.1} MiB -> {:.1} MiB",
        took.as_secs_f64() * 1000.0,
        rss_before as f64 / MIB,
        rss_after as f64 / MIB
    );

    // Raw slapd, the baseline every kleidi figure is compared with.
    let mut rows = Vec::new();
    let mut failed = false;
    println!("raw slapd, {CLIENTS} clients, {WARMUP:?} warm-up + {MEASURE:?} each:");
    println!("sign-in (load average {:.2}):", load1());
    let mut raw = Vec::new();
    for c in 0..CLIENTS {
        raw.push(RawBind {
            ldap: ldap_connect(&uri).await,
            rng: Rng::new(c as u64 + 1),
        });
    }
    let s1 = measure("slapd simple bind", raw).await;
    println!("password change (load average {:.2}):", load1());
    let mut raw = Vec::new();
    for c in 0..CLIENTS {
        raw.push(RawChange {
            service: ldap_service(&uri, &svc_pw).await,
            user: ldap_connect(&uri).await,
            user_index: RAW_CHANGE_USERS + c,
            at: 0,
        });
    }
    let s2 = measure("slapd search+bind+passmod", raw).await;
    println!("journey start (load average {:.2}):", load1());
    let mut raw = Vec::new();
    for c in 0..CLIENTS {
        raw.push(RawSearch {
            ldap: ldap_service(&uri, &svc_pw).await,
            rng: Rng::new(c as u64 + 201),
        });
    }
    let s3 = measure("slapd activation lookup search", raw).await;
    failed |= s1.errors + s2.errors + s3.errors > 0;
    let baseline = [s1, s2, s3];

    // kleidi on each state backend: memory, then Redis (a private
    // redis-server, as a university would run next to its nodes).
    let redis = PrivateRedis::start();
    let backends: Vec<(&str, String, usize, f64)> = vec![
        ("memory", String::new(), KLEIDI_CHANGE_USERS, 1.0),
        (
            "redis",
            redis.as_ref().map(|r| r.store_toml()).unwrap_or_default(),
            USERS - CLIENTS,
            // DESIGN.md: with Redis, sign-in and change >= 85% and journey
            // start >= 25% of slapd.
            0.85,
        ),
    ];
    for (label, store, change_users, share) in backends {
        if label == "redis" && redis.is_none() {
            println!("redis: redis-server not found (apt-get install redis-server); skipped");
            continue;
        }
        let sinks = Sinks {
            smtp: smtp_port,
            sms: sms_port,
            mails: mails.clone(),
            sms_count: sms.clone(),
        };
        failed |= kleidi_measures(
            server_rt,
            slapd,
            pwfile,
            &sinks,
            &store,
            label,
            change_users,
            share,
            &baseline,
            &mut rows,
        )
        .await;
    }
    drop(redis);

    // 4. Memory (measured first, reported last).
    let delta = rss_after.saturating_sub(rss_before) as f64 / MIB;
    let total = rss_after as f64 / MIB;
    rows.push(Row {
        what: format!("memory: {JOURNEYS} journeys (RSS growth)"),
        unit: "MiB",
        kleidi: delta,
        slapd: None,
        ratio: None,
        goal: "<= 64 MiB".into(),
        met: Some(delta <= 64.0),
    });
    rows.push(Row {
        what: format!("memory: process RSS with {JOURNEYS} journeys"),
        unit: "MiB",
        kleidi: total,
        slapd: None,
        ratio: None,
        goal: "<= 64 MiB resident".into(),
        met: Some(total <= 64.0),
    });

    print_table(&rows);
    let load_end = load1();
    println!("\nload average {load_start:.2} at the start, {load_end:.2} at the end ({cpus} CPUs)");
    let run = json!({
        "what": "run",
        "cpus": cpus,
        "load_avg_1m_start": load_start,
        "load_avg_1m_end": load_end,
        "users": USERS,
        "clients": CLIENTS,
        "warmup_secs": WARMUP.as_secs_f64(),
        "measure_secs": MEASURE.as_secs_f64(),
        "journeys": JOURNEYS,
        "rss_before_journeys_mib": rss_before as f64 / MIB,
    });
    let path = json_path();
    match write_json(&rows, &run, &path) {
        Ok(()) => println!("\nwritten to {}", path.display()),
        Err(e) => {
            eprintln!("cannot write {}: {e}", path.display());
            failed = true;
        }
    }

    smtp_task.abort();
    sms_task.abort();
    if failed {
        eprintln!("some measured operations failed (see the errors above)");
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Waits (at most 5 s) for a sink's counter to reach `want`; returns the count.
async fn settle(counter: &AtomicU64, want: u64) -> u64 {
    let deadline = Instant::now() + Duration::from_secs(5);
    while counter.load(Ordering::Relaxed) < want && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    counter.load(Ordering::Relaxed)
}

/// Where kleidi's messages go in the bench, and how many arrived.
struct Sinks {
    smtp: u16,
    sms: u16,
    mails: Arc<AtomicU64>,
    sms_count: Arc<AtomicU64>,
}

/// Serves kleidi with `store` (a `[store]` table, empty for memory) and
/// measures sign-in, change and journey start against the slapd
/// `baseline`; `share` is the part of slapd's rate the goals ask for on
/// this backend (sign-in and change; journey start asks 80% in memory, 25%
/// with Redis). Returns true when an operation failed.
#[allow(clippy::too_many_arguments)]
async fn kleidi_measures(
    server_rt: &tokio::runtime::Runtime,
    slapd: &Slapd,
    pwfile: &Path,
    sinks: &Sinks,
    store: &str,
    label: &str,
    change_users: usize,
    share: f64,
    baseline: &[Measured; 3],
    rows: &mut Vec<Row>,
) -> bool {
    let (tx_stop, rx_stop) = tokio::sync::oneshot::channel::<()>();
    let (tx_ready, rx_ready) = tokio::sync::oneshot::channel::<SocketAddr>();
    let listener_std = std::net::TcpListener::bind("127.0.0.1:0").expect("bind kleidi");
    let addr = listener_std.local_addr().expect("addr");
    listener_std.set_nonblocking(true).expect("nonblocking");
    let toml = format!(
        "{}\n{store}",
        config_toml(slapd, pwfile, addr, sinks.smtp, sinks.sms)
    );
    let cfg = config(&toml, slapd);
    let server = server_rt.spawn(async move {
        let app = kleidi::run::build(cfg, None).expect("app builds");
        let listener = TcpListener::from_std(listener_std).expect("listener");
        let _ = tx_ready.send(addr);
        kleidi::http::serve(
            listener,
            kleidi::http::router(app),
            async move {
                let _ = rx_stop.await;
            },
            Duration::from_secs(2),
        )
        .await
    });
    let addr = rx_ready.await.expect("kleidi starts");
    let base = format!("http://{addr}");
    println!("kleidi ({label} store) serving on {base}:");
    let mut failed = false;

    println!("sign-in (load average {:.2}):", load1());
    let mut k = Vec::new();
    for c in 0..CLIENTS {
        let (http, cookie) = kleidi_client(&base).await;
        k.push(KleidiSignIn {
            http,
            url: format!("{base}/api/v1/session"),
            cookie,
            rng: Rng::new(c as u64 + 101),
        });
    }
    let k1 = measure("kleidi POST /api/v1/session", k).await;
    failed |= k1.errors > 0;
    let memory = label == "memory";
    compare(
        rows,
        &format!("sign-in ({label})"),
        &k1,
        &baseline[0],
        if memory { 0.90 } else { share },
        None,
    );

    println!("password change (load average {:.2}):", load1());
    let mut k = Vec::new();
    for c in 0..CLIENTS {
        let (http, csrf) = kleidi_client(&base).await;
        let (h, _) = post(
            &http,
            &format!("{base}/api/v1/session"),
            &csrf,
            &json!({"username": uid(change_users + c), "password": START_PASSWORD}),
            201,
        )
        .await
        .expect("bench user signs in");
        let session = cookie_from(&h, "kleidi-session").expect("session cookie");
        k.push(KleidiChange {
            http,
            url: format!("{base}/api/v1/me/password"),
            cookie: format!("{csrf}; {session}"),
            at: 0,
        });
    }
    let mails_before = sinks.mails.load(Ordering::Relaxed);
    let k2 = measure("kleidi POST /api/v1/me/password", k).await;
    failed |= k2.errors > 0;
    compare(
        rows,
        &format!("password change ({label})"),
        &k2,
        &baseline[1],
        if memory { 0.95 } else { share },
        Some(1.1),
    );
    let notices = settle(&sinks.mails, mails_before + k2.ok_total).await - mails_before;
    println!(
        "  \"password changed\" notices at the SMTP sink: {notices} of {} changes (sent in the background)",
        k2.ok_total
    );

    println!("journey start (load average {:.2}):", load1());
    let mut k = Vec::new();
    for c in 0..CLIENTS {
        let (http, cookie) = kleidi_client(&base).await;
        k.push(KleidiJourney {
            http,
            base: base.clone(),
            cookie,
            rng: Rng::new(c as u64 + 301),
        });
    }
    let sms_before = sinks.sms_count.load(Ordering::Relaxed);
    let k3 = measure("kleidi start + identify", k).await;
    failed |= k3.errors > 0;
    compare(
        rows,
        &format!("journey start ({label})"),
        &k3,
        &baseline[2],
        if memory { 0.80 } else { 0.25 },
        None,
    );
    let pins = settle(&sinks.sms_count, sms_before + k3.ok_total).await - sms_before;
    println!(
        "  PIN SMS at the gateway sink: {pins} of {} identify calls (the send runs in the background, after the answer)",
        k3.ok_total
    );
    if memory {
        timing_of_unknown_names(&base, rows).await;
    }
    let _ = tx_stop.send(());
    match tokio::time::timeout(Duration::from_secs(5), server).await {
        Ok(Ok(Ok(()))) => {}
        other => println!("kleidi did not stop cleanly: {other:?}"),
    }
    failed
}

/// Failed sign-ins for names nobody has against wrong passwords of real
/// people: 200 of each, alternating, one at a time; the medians must not
/// tell them apart (goal: under 0.1 ms apart).
async fn timing_of_unknown_names(base: &str, rows: &mut Vec<Row>) {
    const SAMPLES: usize = 200;
    println!(
        "failed sign-in timing, {SAMPLES} alternating samples each (load average {:.2}):",
        load1()
    );
    let (http, cookie) = kleidi_client(base).await;
    let url = format!("{base}/api/v1/session");
    let (mut unknown, mut wrong) = (Vec::new(), Vec::new());
    for i in 0..2 * SAMPLES {
        // Each real person once: no lockout, no kleidi failure cap.
        let (name, into) = if i % 2 == 0 {
            (format!("nobody-{i}"), &mut unknown)
        } else {
            (uid(SIGN_IN_USERS + i), &mut wrong)
        };
        let t = Instant::now();
        let r = post(
            &http,
            &url,
            &cookie,
            &json!({"username": name, "password": "not-the-password-1"}),
            401,
        )
        .await;
        if r.is_ok() {
            into.push(t.elapsed().as_secs_f64() * 1000.0);
        }
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(|a, b| a.total_cmp(b));
        v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
    };
    let (u, w) = (median(&mut unknown), median(&mut wrong));
    println!("  median: unknown name {u:.3} ms, real name + wrong password {w:.3} ms");
    rows.push(Row {
        what: "failed sign-in: unknown name - wrong password (median)".into(),
        unit: "ms",
        kleidi: u - w,
        slapd: None,
        ratio: None,
        goal: "|difference| < 0.1 ms".into(),
        met: Some((u - w).abs() < 0.1),
    });
}

/// A private redis-server on a free loopback port (no persistence), for
/// the Redis column; `None` when redis-server is not installed.
struct PrivateRedis {
    child: std::process::Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl PrivateRedis {
    fn start() -> Option<Self> {
        let dir = tempfile::tempdir().ok()?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .ok()?
            .port();
        let child = std::process::Command::new("redis-server")
            .args([
                "--port",
                &port.to_string(),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
            ])
            .arg("--dir")
            .arg(dir.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .ok()?;
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if Instant::now() > deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Some(Self { child, port, dir })
    }

    fn store_toml(&self) -> String {
        let secret = self.dir.path().join("secret");
        let _ = std::fs::write(&secret, "an invented secret for the bench's nodes only");
        format!(
            "[store]\nbackend = \"redis\"\nurl = \"redis://127.0.0.1:{}/0\"\nsecret_file = \"{}\"\ncapacity = 2000000\n",
            self.port,
            secret.display()
        )
    }
}

impl Drop for PrivateRedis {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
