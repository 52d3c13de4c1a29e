//! `cargo bench --bench expiry`: DESIGN.md's goal for the expiry reminders,
//! "200,000 entries in < 60 s on 2 cores, RSS < 64 MiB".
//!
//! A private slapd (mdb, ppolicy) gets 200,000 invented people through
//! slapadd: 2% due for a reminder (password 356 days old under the sample's
//! 365-day default policy), 1% already expired, 1% with only a
//! createTimestamp, the rest changed within the year. The real `kleidi
//! notify-expiring` binary then runs as a child process, three times:
//!
//! 1. `--dry-run`: the whole search and every decision, nothing written;
//! 2. a real run: every due account claimed in LDAP and emailed to an SMTP
//!    sink in this process that accepts everything;
//! 3. the same again: every reminder already recorded, nothing sent.
//!
//! Each run's wall time and peak RSS (`ru_maxrss` from `wait4`, the
//! kernel's own high-water mark) are printed with the load average. Goals
//! are reported, never asserted; the exit code is non-zero only when a run
//! itself failed or sent the wrong number of emails.
//!
//! kleidi is not started from this process but from a fresh copy of it (see
//! [`MEASURE`]): a child spawned with `vfork` (as Rust's `Command` does)
//! inherits its parent's high-water mark in `ru_maxrss` at `exec`, and this
//! process held the 200,000-entry LDIF, so kleidi would be charged ~90 MiB
//! that were never its own.

#[path = "common/smtp.rs"]
mod smtp;

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use kleidi::clock::generalized_time;
use kleidi::sandbox::{self, Slapd};
use tokio::net::TcpListener;

/// People generated.
const PEOPLE: usize = 200_000;
const DAY_MS: u64 = 86_400_000;
/// Set in the environment of the fresh copy of this bench that starts kleidi
/// and reports its figures (`<config>\t<dry|real>\t<stdout file>`).
const MEASURE: &str = "KLEIDI_EXPIRY_BENCH_MEASURE";
const GOAL_SECS: f64 = 60.0;
const GOAL_MIB: f64 = 64.0;

/// Person `i`'s entry; its kind follows `i % 100` (2 in 100 due).
fn ldif_of(i: usize, now: u64) -> String {
    let uid = format!("p{i:06}");
    let lang = ["it", "en", "el", "fr"][i % 4];
    let (changed, created) = match i % 100 {
        // Due: 356 days old under the 365-day default policy.
        0 | 50 => (Some(356), 800),
        // Expired a month ago.
        1 => (Some(395), 900),
        // No change recorded, created within the year.
        2 => (None, 200),
        // Changed within the year.
        n => (Some(n as u64 * 3), 800),
    };
    let mut l = format!(
        "dn: uid={uid},ou=people,dc=example,dc=org\nobjectClass: inetOrgPerson\nuid: {uid}\ncn: Invented Person {i}\nsn: Person\nmail: {uid}@example.org\npreferredLanguage: {lang}\ncreateTimestamp: {}\n",
        generalized_time(now - created * DAY_MS)
    );
    if let Some(d) = changed {
        l += &format!("pwdChangedTime: {}\n", generalized_time(now - d * DAY_MS));
    }
    l + "\n"
}

fn due_count() -> usize {
    (0..PEOPLE).filter(|i| matches!(i % 100, 0 | 50)).count()
}

/// The 1-, 5- and 15-minute load averages: other work skews every number.
fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

struct Measured {
    secs: f64,
    max_rss_mib: f64,
    ok: bool,
    summary: String,
}

/// Runs `kleidi notify-expiring` and waits for it with `wait4`, which hands
/// back the child's peak resident set size along with its exit status.
fn run_kleidi(config: &Path, dry_run: bool, out: &Path) -> Measured {
    let stdout = std::fs::File::create(out).expect("stdout file");
    let stderr = std::fs::File::create(out.with_extension("log")).expect("stderr file");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kleidi"));
    cmd.arg("notify-expiring").arg("--config").arg(config);
    if dry_run {
        cmd.arg("--dry-run");
    }
    let began = Instant::now();
    // Reaped below by wait4, which std's wait cannot replace: it drops the rusage.
    #[allow(clippy::zombie_processes)]
    let child = cmd
        .env_remove("CREDENTIALS_DIRECTORY")
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .spawn()
        .expect("kleidi starts");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to overwrite.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: pid is our own child, not yet reaped; both pointers are live.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let secs = began.elapsed().as_secs_f64();
    assert_eq!(r, pid, "wait4: {}", std::io::Error::last_os_error());
    let text = std::fs::read_to_string(out).unwrap_or_default();
    Measured {
        secs,
        // Linux reports ru_maxrss in KiB.
        max_rss_mib: usage.ru_maxrss as f64 / 1024.0,
        ok: libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        summary: text.lines().last().unwrap_or_default().to_string(),
    }
}

/// Runs kleidi through a fresh copy of this bench (a process with a small
/// high-water mark of its own), which prints `secs max_rss_mib ok`.
fn measure(config: &Path, dry_run: bool, out: &Path) -> Measured {
    let spec = format!(
        "{}\t{}\t{}",
        config.display(),
        if dry_run { "dry" } else { "real" },
        out.display()
    );
    let exe = std::env::current_exe().expect("own path");
    let r = Command::new(exe)
        .env(MEASURE, spec)
        .stdin(Stdio::null())
        .output()
        .expect("the measuring copy starts");
    let text = String::from_utf8_lossy(&r.stdout);
    let mut f = text.split_whitespace();
    let mut next = || {
        f.next()
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(f64::NAN)
    };
    let (secs, rss, ok) = (next(), next(), next());
    Measured {
        secs,
        max_rss_mib: rss,
        ok: ok == 1.0,
        summary: std::fs::read_to_string(out)
            .unwrap_or_default()
            .lines()
            .last()
            .unwrap_or_default()
            .to_string(),
    }
}

fn main() -> ExitCode {
    if let Ok(spec) = std::env::var(MEASURE) {
        let parts: Vec<&str> = spec.split('\t').collect();
        let [config, kind, out] = parts[..] else {
            return ExitCode::FAILURE;
        };
        let m = run_kleidi(Path::new(config), kind == "dry", Path::new(out));
        println!("{} {} {}", m.secs, m.max_rss_mib, u8::from(m.ok));
        return ExitCode::SUCCESS;
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let now = kleidi::clock::Clock::now_ms(&kleidi::clock::SystemClock);
    let began = Instant::now();
    println!(
        "expiry bench: generating {PEOPLE} people ({} due)…",
        due_count()
    );
    let mut ldif = String::with_capacity(PEOPLE * 300);
    for i in 0..PEOPLE {
        ldif.push_str(&ldif_of(i, now));
    }
    let slapd = Slapd::start(sandbox::Options {
        extra_ldif: ldif,
        ..Default::default()
    })
    .expect("private slapd starts (apt-get install slapd ldap-utils)");
    println!(
        "  slapadd + slapd up in {:.1} s on {}",
        began.elapsed().as_secs_f64(),
        slapd.uri()
    );
    let pwfile = slapd.write_service_password_file().expect("password file");
    let received = Arc::new(AtomicU64::new(0));
    let listener = rt
        .block_on(TcpListener::bind("127.0.0.1:0"))
        .expect("sink binds");
    let smtp_port = listener.local_addr().expect("addr").port();
    rt.spawn(smtp::smtp_sink(listener, received.clone()));
    let config = slapd.path().join("expiry-bench.toml");
    let toml = format!(
        r#"
public_url = "https://account.example.org"
[directory]
uris = ["{uri}"]
tls = "none"
bind_dn = "{svc}"
bind_password_file = "{pw}"
user_bases = ["ou=people,{suffix}", "ou=associates,{suffix}"]
password_policy_dn = "cn=default,ou=policies,{suffix}"

[mail]
transport = "smtp"
from = "Accounts <noreply@example.org>"
[mail.smtp]
host = "127.0.0.1"
port = {smtp_port}
security = "plain"
timeout_secs = 5

[i18n]
languages = ["el", "en", "it", "fr"]

[branding]
helpdesk = {{ email = "helpdesk@example.org" }}

[expiry]
enabled = true
notice_days = [10]
"#,
        uri = slapd.uri(),
        svc = sandbox::SERVICE_DN,
        pw = pwfile.display(),
        suffix = sandbox::SUFFIX,
    );
    std::fs::write(&config, toml).expect("config written");
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!("  {cpus} CPUs, load average {}", loadavg());
    // Let slapd settle (its first reads warm the mdb pages).
    std::thread::sleep(Duration::from_secs(2));

    let mut failed = false;
    let mut rows = Vec::new();
    for (name, dry, want_sent) in [
        ("dry run", true, 0),
        ("real run (sends)", false, due_count() as u64),
        ("second run (all recorded)", false, 0),
    ] {
        let before = received.load(Ordering::Relaxed);
        let load = loadavg();
        let out = slapd.path().join(format!("run-{}.out", rows.len()));
        let m = measure(&config, dry, &out);
        // Messages may still be in the sink's last session; give it a moment.
        std::thread::sleep(Duration::from_millis(300));
        let sent = received.load(Ordering::Relaxed) - before;
        let right = m.ok && sent == want_sent;
        failed |= !right;
        println!(
            "  {name:<26} {:>6.1} s  peak RSS {:>5.1} MiB  emails {sent:>5}  load before {load}{}",
            m.secs,
            m.max_rss_mib,
            if right { "" } else { "  <-- FAILED" }
        );
        println!("      {}", m.summary);
        rows.push((name, m));
    }
    println!();
    println!(
        "{:<28} {:>10} {:>12}   goal: < {GOAL_SECS} s, < {GOAL_MIB} MiB",
        "run", "wall", "peak RSS"
    );
    for (name, m) in &rows {
        let met = m.secs < GOAL_SECS && m.max_rss_mib < GOAL_MIB;
        println!(
            "{name:<28} {:>8.1} s {:>8.1} MiB   {}",
            m.secs,
            m.max_rss_mib,
            if met { "met" } else { "NOT met" }
        );
    }
    println!("load average after: {}", loadavg());
    let _ = std::io::stdout().flush();
    drop(slapd);
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
