//! The `kleidi` binary: `check-config`, `demo`, `--version` and the man pages,
//! run as an administrator (or the packaging) would.

use std::io::{BufRead as _, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{TestDir, dead_port};

const KLEIDI: &str = env!("CARGO_BIN_EXE_kleidi");

fn check_config(path: &std::path::Path, args: &[&str]) -> (bool, String) {
    let out = Command::new(KLEIDI)
        .arg("check-config")
        .arg("--config")
        .arg(path)
        .args(args)
        .env_remove("CREDENTIALS_DIRECTORY")
        .output()
        .expect("kleidi runs");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

#[test]
fn check_config_on_the_example_file_names_what_is_missing() {
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml");
    let (ok, text) = check_config(&example, &[]);
    assert!(!ok, "{text}");
    assert!(
        text.contains("[ok]   the configuration file is valid"),
        "{text}"
    );
    assert!(text.contains("directory.bind_password_file"), "{text}");
    assert!(text.contains("ldap-password"), "{text}");
}

#[test]
fn check_config_names_the_file_line_and_key_of_a_typo() {
    let t = TestDir::start();
    let path = t.slapd.path().join("typo.toml");
    std::fs::write(&path, t.config_toml(None, "uri_list = []", "")).unwrap();
    let (ok, text) = check_config(&path, &[]);
    assert!(!ok);
    assert!(text.contains("typo.toml"), "{text}");
    assert!(text.contains("uri_list"), "{text}");
    assert!(text.contains("line"), "{text}");
}

#[test]
fn check_config_passes_against_a_working_directory() {
    let t = TestDir::start();
    let path = t.slapd.path().join("good.toml");
    std::fs::write(&path, t.config_toml(None, "", "")).unwrap();
    let (ok, text) = check_config(&path, &["--user", "alice", "--write-test", "office"]);
    assert!(ok, "{text}");
    assert!(text.contains("the service account binds as"), "{text}");
    assert!(text.contains("\"alice\" is found"), "{text}");
    assert!(
        text.contains("may reset its password as a temporary one"),
        "{text}"
    );
    assert!(text.contains("may write kleidi's attributes"), "{text}");
    assert!(text.contains("All checks passed."), "{text}");
    // The write test left the entry as it was, but for the password.
    assert!(!t.ldapwhoami(&crate::harness::dn("office"), "Office-Pass-1"));
}

#[test]
fn check_config_reads_the_optional_mappings_on_a_sample_user() {
    let t = TestDir::start();
    let path = t.slapd.path().join("mapped.toml");
    let attrs = "[directory.attributes]\nfather_name = \"exampleFatherName\"\ngender = \"schacGender\"\ntax_number = \"exampleTaxNumber\"\ndepartment_name = \"description\"\n";
    std::fs::write(&path, t.config_toml(None, attrs, "")).unwrap();
    let (ok, text) = check_config(&path, &["--user", "dnikolaou"]);
    assert!(ok, "{text}");
    let readable = text
        .lines()
        .find(|l| l.contains("readable on this entry"))
        .unwrap_or_default();
    for m in [
        "father_name=exampleFatherName",
        "gender=schacGender",
        "tax_number=exampleTaxNumber",
    ] {
        assert!(readable.contains(m), "{m}: {text}");
    }
    // Configured but absent on this entry: said, not an error.
    assert!(text.contains("department_name=description"), "{text}");
}

#[test]
fn check_config_says_when_the_service_password_is_wrong() {
    let t = TestDir::start();
    let wrong = t.slapd.path().join("wrong-password");
    std::fs::write(&wrong, "not-the-password\n").unwrap();
    let path = t.slapd.path().join("wrong.toml");
    let toml = t.config_toml(None, "", "").replace(
        &t.password_file.display().to_string(),
        &wrong.display().to_string(),
    );
    std::fs::write(&path, toml).unwrap();
    let (ok, text) = check_config(&path, &[]);
    assert!(!ok, "{text}");
    assert!(text.contains("cannot bind"), "{text}");
    assert!(text.contains("wrong bind_dn or password"), "{text}");
}

#[test]
fn check_config_reports_an_unreachable_directory() {
    let t = TestDir::start();
    let path = t.slapd.path().join("down.toml");
    let uri = format!("ldap://127.0.0.1:{}", dead_port());
    std::fs::write(&path, t.config_toml(Some(vec![uri.clone()]), "", "")).unwrap();
    let (ok, text) = check_config(&path, &[]);
    assert!(!ok, "{text}");
    assert!(
        text.contains(&format!("[FAIL] {uri} does not answer")),
        "{text}"
    );
}

/// Starts `kleidi demo`, waits for /readyz, stops it with `signal`, and checks
/// that it exits cleanly and leaves no slapd and no temp dir behind.
fn demo_stops_cleanly_on(signal: &str) {
    let port = dead_port();
    let outbox = tempfile::NamedTempFile::new().unwrap();
    let mut child = Command::new(KLEIDI)
        .args(["demo", "--listen", &format!("127.0.0.1:{port}")])
        .arg("--outbox")
        .arg(outbox.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("demo starts");
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let started = Instant::now();
    let mut ready = false;
    while started.elapsed() < Duration::from_secs(20) {
        if http_status(port, "/readyz") == Some(200) {
            ready = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(ready, "demo never became ready");
    let mut lines: Vec<String> = rx.try_iter().collect();
    let banner = lines.join("\n");
    assert!(
        banner.contains(&format!("http://127.0.0.1:{port}/")),
        "{banner}"
    );
    assert!(banner.contains("gpapadopoulos"), "{banner}");
    let slapd_dir = banner
        .split_whitespace()
        .find(|w| w.starts_with("(/") && w.contains("kleidi-slapd-"))
        .map(|w| {
            w.trim_matches(|c| c == '(' || c == ')' || c == '.')
                .to_string()
        })
        .expect("banner names the temp dir");
    assert!(std::path::Path::new(&slapd_dir).exists());
    let pid = std::fs::read_to_string(format!("{slapd_dir}/slapd.pid")).unwrap();
    Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(15);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(Instant::now() < deadline, "demo did not stop");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status}");
    lines.extend(rx.try_iter());
    assert!(
        !std::path::Path::new(&slapd_dir).exists(),
        "temp dir left behind"
    );
    assert!(
        !std::path::Path::new(&format!("/proc/{}", pid.trim())).exists(),
        "slapd left running"
    );
}

/// A bare HTTP/1.1 GET over TCP: the status code, if anything answered.
fn http_status(port: u16, path: &str) -> Option<u16> {
    use std::io::{Read as _, Write as _};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut head = [0u8; 12];
    s.read_exact(&mut head).ok()?;
    std::str::from_utf8(&head[9..12]).ok()?.parse().ok()
}

#[test]
fn the_demo_stops_cleanly_on_sigint() {
    demo_stops_cleanly_on("-INT");
}

#[test]
fn the_demo_stops_cleanly_on_sigterm() {
    demo_stops_cleanly_on("-TERM");
}

/// `kleidi serve` as systemd runs it, stopped by SIGTERM right after 60
/// people asked for a reset link: every link promised is delivered before
/// the process exits, and it exits 0.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_delivers_every_queued_link_before_stopping_on_sigterm() {
    let dir = TestDir::start();
    let smtp = crate::sinks::SmtpSink::start().await;
    let extra = format!(
        r#"
[mail]
transport = "smtp"
from = "Accounts <noreply@example.org>"
[mail.smtp]
host = "127.0.0.1"
port = {smtp}
security = "plain"
timeout_secs = 5
[http]
shutdown_grace_secs = 20
[metrics]
listen = "127.0.0.1:0"
[limits]
attempts_per_ip_per_hour = 100000
sends_per_account_per_hour = 1000
sends_per_destination_per_hour = 1000
"#,
        smtp = smtp.port()
    );
    let served = crate::harness::Served::start(&dir.config_toml(None, "", &extra), false).await;
    let client = crate::harness::http_client();
    let base = served.base.clone();
    let asks = (0..60).map(|_| {
        client
            .post(format!("{base}/api/v1/recovery"))
            .json(&serde_json::json!({"username": "alice"}))
            .send()
    });
    for r in futures_util::future::join_all(asks).await {
        assert_eq!(r.unwrap().status(), 202);
    }
    served.signal("TERM");
    let mut child = served.child;
    let status = tokio::task::spawn_blocking(move || child.wait())
        .await
        .unwrap()
        .unwrap();
    assert!(status.success(), "{status}");
    let links = smtp
        .messages()
        .iter()
        .filter(|m| m.text.contains("/recover/reset/"))
        .count();
    assert_eq!(links, 60, "every link asked for before the stop was sent");
}

#[test]
fn serve_refuses_the_console_transport_unless_told_it_is_a_test_system() {
    let dir = TestDir::start();
    // config_toml's default mail transport is the console.
    let toml = dir
        .config_toml(None, "", "[metrics]\nenabled = false\n")
        .replace(
            "public_url = ",
            &format!("listen = \"127.0.0.1:{}\"\npublic_url = ", dead_port()),
        );
    let cfg = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(cfg.path(), &toml).unwrap();
    let out = Command::new(KLEIDI)
        .args(["serve", "--config"])
        .arg(cfg.path())
        .env_remove("CREDENTIALS_DIRECTORY")
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{text}");
    assert!(text.contains("insecure_console = true"), "{text}");
}

/// Starts `kleidi demo` on a free port; the child and its temp dir, once ready.
fn start_demo() -> (std::process::Child, u16, String) {
    let port = dead_port();
    let mut child = Command::new(KLEIDI)
        .args(["demo", "--listen", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("demo starts");
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let started = Instant::now();
    while http_status(port, "/readyz") != Some(200) {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "demo never ready"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let banner: Vec<String> = rx.try_iter().collect();
    let dir = banner
        .join("\n")
        .split_whitespace()
        .find(|w| w.starts_with("(/") && w.contains("kleidi-slapd-"))
        .map(|w| {
            w.trim_matches(|c| c == '(' || c == ')' || c == '.')
                .to_string()
        })
        .expect("banner names the temp dir");
    (child, port, dir)
}

#[test]
fn a_demo_killed_with_sigkill_leaves_a_temp_dir_the_next_start_removes() {
    let (mut first, _, dir) = start_demo();
    Command::new("kill")
        .args(["-KILL", &first.id().to_string()])
        .status()
        .unwrap();
    let _ = first.wait();
    assert!(
        std::path::Path::new(&dir).exists(),
        "SIGKILL runs no cleanup"
    );
    let (mut second, _, dir2) = start_demo();
    assert_ne!(dir, dir2);
    assert!(
        !std::path::Path::new(&dir).exists(),
        "the next demo removed what the killed one left"
    );
    assert!(std::path::Path::new(&dir2).exists(), "its own dir stays");
    Command::new("kill")
        .args(["-TERM", &second.id().to_string()])
        .status()
        .unwrap();
    let _ = second.wait();
    assert!(!std::path::Path::new(&dir2).exists());
}

/// The trimmed stdout of a git command run in the source tree, if it worked.
fn git_in_source_tree(args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

#[test]
fn version_names_the_package_version_and_the_commit_built_from() {
    let out = Command::new(KLEIDI).arg("--version").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let commit = text
        .trim_end()
        .strip_prefix(concat!("kleidi ", env!("CARGO_PKG_VERSION"), " (commit "))
        .and_then(|rest| rest.strip_suffix(')'))
        .unwrap_or_else(|| panic!("unexpected --version: {text}"));
    let hex = commit.len() == 12
        && commit
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    assert!(hex || commit == "unknown", "{text}");
    // Built from a git work tree (not a tarball): the commit is its HEAD.
    let source = std::fs::canonicalize(env!("CARGO_MANIFEST_DIR")).unwrap();
    let top = git_in_source_tree(&["rev-parse", "--show-toplevel"]);
    if top.and_then(|t| std::fs::canonicalize(t).ok()) == Some(source) {
        let head = git_in_source_tree(&["rev-parse", "--short=12", "HEAD"]).unwrap();
        assert_eq!(commit, head, "{text}");
    }
}

#[test]
fn man_writes_valid_pages_that_name_every_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("man1");
    let out = Command::new(KLEIDI)
        .arg("man")
        .arg("--out")
        .arg(&out_dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let page = |name: &str| {
        std::fs::read_to_string(out_dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    let title = |page: &str, name: &str| {
        page.lines()
            .any(|l| l.starts_with(&format!(".TH {name} 1 ")))
    };
    let main = page("kleidi.1");
    assert!(title(&main, "kleidi"), "{main}");
    // roff writes a hyphen as "\-".
    let text = main.replace("\\-", "-");
    for sub in ["serve", "check-config", "notify-expiring", "demo"] {
        assert!(text.contains(&format!("kleidi-{sub}(1)")), "{sub}: {main}");
        let own = page(&format!("kleidi-{sub}.1"));
        assert!(title(&own, &format!("kleidi-{sub}")), "{own}");
    }
    assert!(
        !text.contains("kleidi-man"),
        "the hidden command stays hidden: {main}"
    );
    let mut pages: Vec<_> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    pages.sort();
    assert_eq!(
        pages,
        [
            "kleidi-check-config.1",
            "kleidi-demo.1",
            "kleidi-notify-expiring.1",
            "kleidi-serve.1",
            "kleidi.1"
        ]
    );
    // groff (Debian's man-db needs it) renders each page without a warning.
    if Command::new("groff").arg("--version").output().is_ok() {
        for name in &pages {
            let out = Command::new("groff")
                .args(["-man", "-Tutf8", "-ww", "-z"])
                .arg(out_dir.join(name))
                .output()
                .unwrap();
            assert!(out.status.success(), "{name}: {out:?}");
            assert!(
                out.stderr.is_empty(),
                "{name}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}

/// `systemctl reload kleidi` sends SIGHUP: the new branding shows on the
/// next request, a session made before still works, and a broken file
/// keeps the running configuration.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sighup_reloads_the_configuration_and_keeps_sessions() {
    let dir = TestDir::start();
    let extra = r#"
[mail]
transport = "console"
from = "Accounts <noreply@example.org>"
[metrics]
listen = "127.0.0.1:0"
[branding]
institution = "Before Reload University"
"#;
    let toml = dir
        .config_toml(None, "", extra)
        .replace("public_url = ", "insecure_console = true\npublic_url = ");
    let served = crate::harness::Served::start(&toml, true).await;
    let client = crate::harness::http_client();
    let base = served.base.clone();
    let cfg = &served.config;
    let home = |c: reqwest::Client| {
        let url = format!("{base}/");
        async move {
            c.get(url)
                .header("accept-language", "en")
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap()
        }
    };
    assert!(
        home(client.clone())
            .await
            .contains("Before Reload University")
    );
    let cookie = crate::harness::session_cookie_at(
        &client,
        &format!("{base}/api/v1/session"),
        "alice",
        crate::harness::password_of("alice"),
    )
    .await;
    // A new name, then SIGHUP.
    std::fs::write(
        cfg.path(),
        toml.replace("Before Reload University", "After Reload University"),
    )
    .unwrap();
    served.signal("HUP");
    let started = Instant::now();
    while !home(client.clone())
        .await
        .contains("After Reload University")
    {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "never reloaded"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let me = client
        .get(format!("{base}/api/v1/me"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), 200, "the session made before the reload stays");
    // A broken file: the running configuration stays.
    std::fs::write(cfg.path(), "this is = = not toml").unwrap();
    served.signal("HUP");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        home(client.clone())
            .await
            .contains("After Reload University")
    );
    assert_eq!(
        client
            .get(format!("{base}/readyz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    served.signal("TERM");
    let child = served.child;
    let out = tokio::task::spawn_blocking(move || child.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(log.contains("configuration reloaded"), "{log}");
    assert!(log.contains("configuration not reloaded"), "{log}");
}

#[test]
fn check_config_names_operator_groups_it_cannot_see() {
    let t = TestDir::start();
    let path = t.slapd.path().join("helpdesk.toml");
    let groups = |g: &str| format!("[helpdesk]\nenabled = true\noperator_groups = [\"{g}\"]\n");
    std::fs::write(
        &path,
        t.config_toml(None, "", &groups("cn=helpdesk,ou=groups,dc=example,dc=org")),
    )
    .unwrap();
    let (ok, text) = check_config(&path, &[]);
    assert!(ok, "{text}");
    assert!(
        text.contains("operator group cn=helpdesk,ou=groups,dc=example,dc=org has 2 member(s)"),
        "{text}"
    );
    std::fs::write(
        &path,
        t.config_toml(None, "", &groups("cn=nobody,ou=groups,dc=example,dc=org")),
    )
    .unwrap();
    let (ok, text) = check_config(&path, &[]);
    assert!(!ok, "{text}");
    assert!(
        text.contains("[FAIL] helpdesk.operator_groups: cn=nobody"),
        "{text}"
    );
    // Enabled without groups: the file itself is refused, naming the key.
    std::fs::write(
        &path,
        t.config_toml(None, "", "[helpdesk]\nenabled = true\n"),
    )
    .unwrap();
    let (ok, text) = check_config(&path, &[]);
    assert!(!ok);
    assert!(text.contains("helpdesk.operator_groups"), "{text}");
}
