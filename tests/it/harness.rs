//! Starts the real things on free loopback ports and cleans them up on drop:
//! a private slapd with the sample directory, and kleidi itself.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use kleidi::clock::ManualClock;
use kleidi::config::Config;
use kleidi::directory::Directory;
use kleidi::sandbox::{self, Slapd};
use kleidi::secret::Secret;

use crate::sinks::{SmsSink, SmtpSink};

/// Sample people's DNs.
pub fn dn(uid: &str) -> String {
    format!("uid={uid},ou=people,{}", sandbox::SUFFIX)
}

/// The password of a sample account.
pub fn password_of(uid: &str) -> &'static str {
    sandbox::accounts()
        .iter()
        .find(|a| a.username == uid)
        .and_then(|a| a.password)
        .unwrap_or_else(|| panic!("no sample password for {uid}"))
}

/// A private slapd for one test.
pub struct TestDir {
    pub slapd: Slapd,
    pub password_file: PathBuf,
}

impl TestDir {
    /// Starts slapd with the sample directory.
    pub fn start() -> Self {
        Self::start_with("")
    }

    /// Starts slapd with the sample directory plus `extra_ldif`.
    pub fn start_with(extra_ldif: &str) -> Self {
        Self::start_with_options(sandbox::Options {
            extra_ldif: extra_ldif.to_string(),
            ..Default::default()
        })
    }

    /// Starts slapd with access rules `acl` before the sample's own.
    pub fn start_with_acl(acl: &str) -> Self {
        Self::start_with_options(sandbox::Options {
            extra_acl: acl.to_string(),
            ..Default::default()
        })
    }

    fn start_with_options(o: sandbox::Options) -> Self {
        let slapd = Slapd::start(o).expect("private slapd starts");
        let password_file = slapd.write_service_password_file().expect("password file");
        Self {
            slapd,
            password_file,
        }
    }

    /// A config for kleidi against this slapd; `uris` defaults to the slapd's,
    /// `dir_extra` goes into `[directory]`, `extra` after everything (new tables).
    pub fn config_toml(&self, uris: Option<Vec<String>>, dir_extra: &str, extra: &str) -> String {
        let uris = uris.unwrap_or_else(|| vec![self.slapd.uri()]);
        let uris = uris
            .iter()
            .map(|u| format!("\"{u}\""))
            .collect::<Vec<_>>()
            .join(", ");
        format!(
            r#"
public_url = "http://127.0.0.1:1"
[directory]
uris = [{uris}]
tls = "none"
connect_timeout_secs = 2
operation_timeout_secs = 5
bind_dn = "{svc}"
bind_password_file = "{pw}"
user_bases = ["ou=people,{suffix}", "ou=associates,{suffix}"]
{dir_extra}

{mail}
{extra}
"#,
            mail = if extra.contains("[mail]") {
                ""
            } else {
                "[mail]\ntransport = \"console\"\n"
            },
            svc = sandbox::SERVICE_DN,
            pw = self.password_file.display(),
            suffix = sandbox::SUFFIX,
        )
    }

    /// Parses a config made by [`TestDir::config_toml`].
    pub fn config(&self, uris: Option<Vec<String>>, dir_extra: &str) -> Config {
        Config::from_toml(
            &self.config_toml(uris, dir_extra, ""),
            Path::new("test.toml"),
            self.slapd.path(),
        )
        .expect("test config is valid")
    }

    /// A directory handle against this slapd.
    pub fn directory(&self) -> Directory {
        self.directory_with(None, "")
    }

    /// A directory handle with other URIs or extra `[directory]` keys.
    pub fn directory_with(&self, uris: Option<Vec<String>>, extra: &str) -> Directory {
        let cfg = self.config(uris, extra);
        Directory::new(
            cfg.directory,
            Secret::from(self.slapd.service_password.clone()),
        )
        .expect("directory")
    }

    /// True when OpenLDAP's own `ldapwhoami` binds as `dn` with `password`.
    pub fn ldapwhoami(&self, dn: &str, password: &str) -> bool {
        Command::new("ldapwhoami")
            .args(["-x", "-H", &self.slapd.uri(), "-D", dn, "-w", password])
            .output()
            .expect("ldapwhoami runs (apt-get install ldap-utils)")
            .status
            .success()
    }

    /// Applies an LDIF modification as the root DN with `ldapmodify`.
    pub fn ldapmodify(&self, ldif: &str) {
        use std::io::Write as _;
        let mut child = Command::new("ldapmodify")
            .args([
                "-x",
                "-H",
                &self.slapd.uri(),
                "-D",
                sandbox::ROOT_DN,
                "-w",
                &self.slapd.root_password,
            ])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("ldapmodify runs");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(ldif.as_bytes())
            .expect("write ldif");
        assert!(
            child.wait().expect("ldapmodify exits").success(),
            "ldapmodify failed:\n{ldif}"
        );
    }
}

/// kleidi serving on a free loopback port against a [`TestDir`], with its
/// mail going to an [`SmtpSink`], its SMS to an [`SmsSink`], and a clock the
/// test moves.
pub struct TestApp {
    pub addr: SocketAddr,
    pub dir: TestDir,
    pub app: kleidi::http::AppState,
    pub client: reqwest::Client,
    pub smtp: SmtpSink,
    pub sms: SmsSink,
    pub clock: Arc<ManualClock>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl TestApp {
    /// Starts slapd and kleidi with the default test config.
    pub async fn spawn() -> Self {
        Self::spawn_with("").await
    }

    /// Starts slapd and kleidi; `extra` is appended to the config.
    pub async fn spawn_with(extra: &str) -> Self {
        let dir = TestDir::start();
        Self::spawn_on(dir, extra).await
    }

    /// Starts kleidi against an already running [`TestDir`].
    pub async fn spawn_on(dir: TestDir, extra: &str) -> Self {
        Self::spawn_on_directory(dir, "", extra).await
    }

    /// Like [`TestApp::spawn_on`], with `dir_extra` added to `[directory]`.
    pub async fn spawn_on_directory(dir: TestDir, dir_extra: &str, extra: &str) -> Self {
        Self::spawn_inner(dir, None, dir_extra, extra).await
    }

    /// Like [`TestApp::spawn_on`], reaching the directory at `uris` (e.g.
    /// through a proxy) instead of the slapd's own address.
    pub async fn spawn_with_uris(dir: TestDir, uris: Vec<String>, extra: &str) -> Self {
        Self::spawn_inner(dir, Some(uris), "", extra).await
    }

    async fn spawn_inner(
        dir: TestDir,
        uris: Option<Vec<String>>,
        dir_extra: &str,
        extra: &str,
    ) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let smtp = SmtpSink::start().await;
        let sms = SmsSink::start().await;
        let transports = format!(
            r#"
[mail]
transport = "smtp"
from = "Accounts <noreply@example.org>"
[mail.smtp]
host = "127.0.0.1"
port = {smtp}
security = "plain"
timeout_secs = 3

[sms]
transport = "http"
[sms.http]
url = "{sms}"
timeout_secs = 3
"#,
            smtp = smtp.port(),
            sms = sms.url()
        );
        let toml = dir
            .config_toml(uris, dir_extra, &format!("{transports}\n{extra}"))
            .replace("http://127.0.0.1:1", &format!("http://{addr}"));
        let cfg =
            Config::from_toml(&toml, Path::new("test.toml"), dir.slapd.path()).expect("config");
        let clock = ManualClock::new();
        let app = kleidi::run::build_with_clock(cfg, None, clock.clone()).expect("app builds");
        let router = kleidi::http::router(app.clone());
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(kleidi::http::serve(
            listener,
            router,
            async move {
                let _ = rx.await;
            },
            std::time::Duration::from_secs(2),
        ));
        let client = http_client();
        Self {
            addr,
            dir,
            app,
            client,
            smtp,
            sms,
            clock,
            stop: Some(tx),
        }
    }

    /// Starts kleidi against `dir` with a complete configuration written by
    /// `make` from the test's addresses (nothing is added to it).
    pub async fn spawn_from_config(
        dir: TestDir,
        make: impl FnOnce(&TestEnv<'_>) -> String,
    ) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let smtp = SmtpSink::start().await;
        let sms = SmsSink::start().await;
        let toml = make(&TestEnv {
            addr,
            ldap_uri: dir.slapd.uri(),
            password_file: &dir.password_file,
            smtp_port: smtp.port(),
            sms_url: sms.url(),
        });
        let cfg = Config::from_toml(&toml, Path::new("test.toml"), dir.slapd.path())
            .unwrap_or_else(|e| panic!("config: {e}\n{toml}"));
        let clock = ManualClock::new();
        let app = kleidi::run::build_with_clock(cfg, None, clock.clone()).expect("app builds");
        let router = kleidi::http::router(app.clone());
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(kleidi::http::serve(
            listener,
            router,
            async move {
                let _ = rx.await;
            },
            std::time::Duration::from_secs(2),
        ));
        Self {
            addr,
            dir,
            app,
            client: http_client(),
            smtp,
            sms,
            clock,
            stop: Some(tx),
        }
    }

    /// `http://127.0.0.1:PORT{path}`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// POST a JSON body to the API; returns the status and the JSON answer.
    pub async fn api(&self, path: &str, body: serde_json::Value) -> (u16, serde_json::Value) {
        let r = with_secret(path, self.client.post(self.url(path)))
            .header("accept-language", "en")
            .json(&body)
            .send()
            .await
            .expect("request sent");
        let status = r.status().as_u16();
        let v = r.json().await.unwrap_or(serde_json::Value::Null);
        remember(&v);
        (status, v)
    }

    /// GET JSON from the API.
    pub async fn api_get(&self, path: &str) -> (u16, serde_json::Value) {
        let r = self.get(path, &[("accept-language", "en")]).await;
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(serde_json::Value::Null))
    }

    /// GET with optional headers.
    pub async fn get(&self, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
        let mut r = with_secret(path, self.client.get(self.url(path)));
        for (k, v) in headers {
            r = r.header(*k, *v);
        }
        r.send().await.expect("request sent")
    }
}

/// Where a complete configuration must point for
/// [`TestApp::spawn_from_config`]: kleidi's address, the slapd and the sinks.
pub struct TestEnv<'a> {
    /// The address kleidi serves on (`public_url` is `http://{addr}`).
    pub addr: SocketAddr,
    /// The private slapd (plain LDAP on loopback).
    pub ldap_uri: String,
    /// The file with the service account's password.
    pub password_file: &'a Path,
    /// The SMTP sink's port (plain SMTP on 127.0.0.1).
    pub smtp_port: u16,
    /// The SMS sink's URL (form, JSON or query fields `to` and `text`).
    pub sms_url: String,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
    }
}

/// The journey secrets handed out so far, by journey id (ids are random, so
/// one map serves every test): the client that started a journey sends its
/// secret with every later step, as a real client keeps it.
fn secrets() -> &'static std::sync::Mutex<std::collections::HashMap<String, String>> {
    static S: std::sync::OnceLock<std::sync::Mutex<std::collections::HashMap<String, String>>> =
        std::sync::OnceLock::new();
    S.get_or_init(Default::default)
}

/// Remembers the secret of a journey a start answered with.
pub fn remember(v: &serde_json::Value) {
    if let (Some(flow), Some(secret)) = (v["flow"].as_str(), v["secret"].as_str()) {
        secrets()
            .lock()
            .unwrap()
            .insert(flow.to_string(), secret.to_string());
    }
}

/// The secret of the journey `url` names, if this test process started it.
pub fn secret_for(url: &str) -> Option<String> {
    let m = secrets().lock().unwrap();
    url.split(['/', '?']).find_map(|seg| m.get(seg)).cloned()
}

/// Adds the `Journey-Secret` header for the journey `url` names.
pub fn with_secret(url: &str, b: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
    match secret_for(url) {
        Some(s) => b.header("journey-secret", s),
        None => b,
    }
}

/// Signs in at `url` (`…/api/v1/session`); the session cookie (`name=value`).
pub async fn session_cookie_at(
    client: &reqwest::Client,
    url: &str,
    user: &str,
    password: &str,
) -> String {
    let r = client
        .post(url)
        .json(&serde_json::json!({"username": user, "password": password}))
        .send()
        .await
        .expect("request sent");
    assert_eq!(r.status(), 201, "sign-in as {user}");
    r.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|c| c.to_str().ok())
        .find(|c| c.contains("session="))
        .and_then(|c| c.split(';').next())
        .expect("a session cookie")
        .to_string()
}

/// An HTTP client for tests: no redirects followed, ring as the TLS provider.
pub fn http_client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// A port nobody listens on (bound and released).
pub fn dead_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

/// The 6-digit PIN in a message.
pub fn pin_in(text: &str) -> String {
    text.split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 6)
        .unwrap_or_else(|| panic!("no PIN in {text:?}"))
        .to_string()
}

/// The token of the reset link in a message.
pub fn link_token(text: &str) -> String {
    let i = text.find("/recover/reset/").expect("a reset link");
    text[i + "/recover/reset/".len()..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

/// `kleidi serve` as systemd runs it, from a config `toml` that has no
/// `listen` yet (one on a free loopback port is added), ready when returned.
pub struct Served {
    /// The process.
    pub child: std::process::Child,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// The config file (kept until the test ends; a test may rewrite it).
    pub config: tempfile::NamedTempFile,
}

impl Served {
    /// Starts it; stderr is kept when `keep_log` (read it after the exit).
    pub async fn start(toml: &str, keep_log: bool) -> Served {
        let port = dead_port();
        let toml = toml.replace(
            "public_url = ",
            &format!("listen = \"127.0.0.1:{port}\"\npublic_url = "),
        );
        let config = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(config.path(), toml).unwrap();
        let stderr = if keep_log {
            std::process::Stdio::piped()
        } else {
            std::process::Stdio::null()
        };
        let child = Command::new(env!("CARGO_BIN_EXE_kleidi"))
            .args(["serve", "--config"])
            .arg(config.path())
            .env_remove("CREDENTIALS_DIRECTORY")
            .stdout(std::process::Stdio::null())
            .stderr(stderr)
            .spawn()
            .expect("kleidi serve starts");
        let base = format!("http://127.0.0.1:{port}");
        let client = http_client();
        let started = std::time::Instant::now();
        while client
            .get(format!("{base}/readyz"))
            .send()
            .await
            .map_or(true, |r| r.status() != 200)
        {
            assert!(
                started.elapsed() < std::time::Duration::from_secs(20),
                "kleidi serve never ready"
            );
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        Served {
            child,
            base,
            config,
        }
    }

    /// Sends `signal` (`TERM`, `HUP`) to the process.
    pub fn signal(&self, signal: &str) {
        Command::new("kill")
            .args([&format!("-{signal}"), &self.child.id().to_string()])
            .status()
            .unwrap();
    }
}

/// The `name=value` of the cookie `name` a response sets; panics when it
/// sets none.
pub fn cookie(r: &reqwest::Response, name: &str) -> String {
    r.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|c| c.to_str().ok())
        .find(|c| c.starts_with(&format!("{name}=")))
        .and_then(|c| c.split(';').next())
        .unwrap_or_else(|| panic!("no {name} cookie set"))
        .to_string()
}
