//! Several kleidi nodes sharing one real Redis (Debian's `redis-server`,
//! started here on a free loopback port in a temp dir, never the system
//! service), behind a small round-robin TCP proxy, against one slapd.

use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use kleidi::clock::ManualClock;
use kleidi::config::Config;
use tokio::net::{TcpListener, TcpStream};

use crate::harness::{TestDir, dead_port};
use crate::sinks::{SmsSink, SmtpSink};

/// A private redis-server with append-only persistence, so that a restart
/// (after [`TestRedis::stop`]) loses nothing.
pub struct TestRedis {
    pub port: u16,
    dir: tempfile::TempDir,
    child: Option<Child>,
}

impl TestRedis {
    /// Starts redis-server on a free loopback port.
    pub fn start() -> Self {
        let dir = tempfile::Builder::new()
            .prefix("kleidi-redis-")
            .tempdir()
            .expect("temp dir");
        let mut r = Self {
            port: 0,
            dir,
            child: None,
        };
        for _ in 0..5 {
            r.port = dead_port();
            if r.spawn() {
                return r;
            }
        }
        panic!("redis-server did not start");
    }

    fn spawn(&mut self) -> bool {
        let child = Command::new("redis-server")
            .args([
                "--port",
                &self.port.to_string(),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "yes",
                "--appendfsync",
                "always",
                "--protected-mode",
                "yes",
            ])
            .arg("--dir")
            .arg(self.dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server runs (apt-get install redis-server)");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return true;
            }
            if let Some(c) = self.child.as_mut()
                && c.try_wait().ok().flatten().is_some()
            {
                self.child = None;
                return false;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }

    /// `redis://127.0.0.1:PORT/0`.
    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/0", self.port)
    }

    /// The `[store]` table for a node using this Redis.
    pub fn store_toml(&self) -> String {
        let secret = self.dir.path().join("store-secret");
        if !secret.exists() {
            std::fs::write(&secret, "an invented shared secret for the test nodes only")
                .expect("secret");
        }
        format!(
            "[store]\nbackend = \"redis\"\nurl = \"{}\"\nsecret_file = \"{}\"\ntimeout_secs = 1\n",
            self.url(),
            secret.display()
        )
    }

    /// Stops the server (SIGTERM: it writes its append-only file first).
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = Command::new("kill")
                .args(["-TERM", &c.id().to_string()])
                .status();
            let _ = c.wait();
        }
    }

    /// Starts it again on the same port, with the data it had.
    pub fn restart(&mut self) {
        self.stop();
        assert!(self.spawn(), "redis-server did not restart");
    }
}

impl Drop for TestRedis {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// Two (or more) kleidi nodes sharing `redis`, `dir` and the sinks, behind a
/// round-robin proxy at `addr`: each new connection goes to the next node.
pub struct Cluster {
    pub addr: SocketAddr,
    pub nodes: Vec<(SocketAddr, kleidi::http::AppState)>,
    pub dir: TestDir,
    pub redis: TestRedis,
    pub smtp: SmtpSink,
    pub sms: SmsSink,
    /// A client that opens a new connection per request, so that the proxy
    /// alternates nodes on every request.
    pub client: reqwest::Client,
    stops: Vec<tokio::sync::oneshot::Sender<()>>,
}

impl Cluster {
    /// `n` nodes with `extra` appended to each node's config.
    pub async fn start(n: usize, extra: &str) -> Self {
        let dir = TestDir::start();
        let redis = TestRedis::start();
        let smtp = SmtpSink::start().await;
        let sms = SmsSink::start().await;
        let proxy = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = proxy.local_addr().expect("addr");
        let clock = ManualClock::new();
        let mut nodes = Vec::new();
        let mut stops = Vec::new();
        for _ in 0..n {
            let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
            let node = listener.local_addr().expect("addr");
            let toml = dir
                .config_toml(
                    None,
                    "",
                    &format!(
                        "{}\n{}\n{extra}",
                        transports(&smtp, &sms),
                        redis.store_toml()
                    ),
                )
                // Links are built for the address people use: the proxy's.
                .replace("http://127.0.0.1:1", &format!("http://{addr}"));
            let cfg = Config::from_toml(&toml, std::path::Path::new("node.toml"), dir.slapd.path())
                .unwrap_or_else(|e| panic!("{e}\n{toml}"));
            let app = kleidi::run::build_with_clock(cfg, None, clock.clone()).expect("node builds");
            let (tx, rx) = tokio::sync::oneshot::channel::<()>();
            tokio::spawn(kleidi::http::serve(
                listener,
                kleidi::http::router(app.clone()),
                async move {
                    let _ = rx.await;
                },
                Duration::from_secs(2),
            ));
            nodes.push((node, app));
            stops.push(tx);
        }
        let backends: Vec<SocketAddr> = nodes.iter().map(|(a, _)| *a).collect();
        tokio::spawn(round_robin(proxy, backends));
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .pool_max_idle_per_host(0)
            .build()
            .expect("client");
        Self {
            addr,
            nodes,
            dir,
            redis,
            smtp,
            sms,
            client,
            stops,
        }
    }

    /// `http://PROXY{path}`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// `http://NODE{path}` for one node.
    pub fn node_url(&self, node: usize, path: &str) -> String {
        format!("http://{}{path}", self.nodes[node].0)
    }

    /// POSTs JSON to `url`; the status and the JSON answer.
    pub async fn post(&self, url: &str, body: serde_json::Value) -> (u16, serde_json::Value) {
        post_with(&self.client, url, body, None).await
    }
}

/// POSTs JSON with an optional cookie.
pub async fn post_with(
    client: &reqwest::Client,
    url: &str,
    body: serde_json::Value,
    cookie: Option<&str>,
) -> (u16, serde_json::Value) {
    let mut r = crate::harness::with_secret(url, client.post(url))
        .header("accept-language", "en")
        .json(&body);
    if let Some(c) = cookie {
        r = r.header("cookie", c);
    }
    let r = r.send().await.expect("request sent");
    let status = r.status().as_u16();
    let v = r.json().await.unwrap_or(serde_json::Value::Null);
    crate::harness::remember(&v);
    (status, v)
}

impl Drop for Cluster {
    fn drop(&mut self) {
        for tx in self.stops.drain(..) {
            let _ = tx.send(());
        }
    }
}

fn transports(smtp: &SmtpSink, sms: &SmsSink) -> String {
    format!(
        r#"
[mail]
transport = "smtp"
from = "Accounts <noreply@example.org>"
[mail.smtp]
host = "127.0.0.1"
port = {}
security = "plain"
timeout_secs = 3
[sms]
transport = "http"
[sms.http]
url = "{}"
timeout_secs = 3
"#,
        smtp.port(),
        sms.url()
    )
}

/// Forwards each accepted connection to the next backend, in turn.
async fn round_robin(listener: TcpListener, backends: Vec<SocketAddr>) {
    let next = AtomicUsize::new(0);
    while let Ok((mut inbound, _)) = listener.accept().await {
        let to = backends[next.fetch_add(1, Ordering::Relaxed) % backends.len()];
        tokio::spawn(async move {
            if let Ok(mut outbound) = TcpStream::connect(to).await {
                let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
            }
        });
    }
}

#[tokio::test]
async fn two_operators_on_two_nodes_unlock_one_account_once_and_share_the_trail() {
    let c = Cluster::start(
        2,
        "[helpdesk]\nenabled = true\noperator_groups = [\"cn=helpdesk,ou=groups,dc=example,dc=org\"]\n",
    )
    .await;
    let cookie_at = |node: usize, user: &'static str| {
        let (client, url) = (c.client.clone(), c.node_url(node, "/api/v1/admin/session"));
        async move {
            let r = client
                .post(url)
                .json(&serde_json::json!({"username": user, "password": crate::harness::password_of(user)}))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 201);
            crate::harness::cookie(&r, "kleidi-operator")
        }
    };
    // Signed in on node 0, the session works on node 1 too.
    let a = cookie_at(0, "tfontaine").await;
    let b = cookie_at(1, "ssantoro").await;
    let r = c
        .client
        .get(c.node_url(1, "/api/v1/admin/accounts/jdupont"))
        .header("cookie", &a)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    for _ in 0..6 {
        assert!(
            !c.dir
                .ldapwhoami(&crate::harness::dn("jdupont"), "wrong-password")
        );
    }
    let mut tasks = Vec::new();
    for i in 0..12 {
        let cookie = if i % 2 == 0 { a.clone() } else { b.clone() };
        let url = c.node_url(i % 2, "/api/v1/admin/accounts/jdupont/unlock");
        let client = c.client.clone();
        tasks.push(tokio::spawn(async move {
            client
                .post(url)
                .header("cookie", cookie)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }));
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 204).count(),
        1,
        "{statuses:?}"
    );
    assert!(
        statuses.iter().all(|s| *s == 204 || *s == 409),
        "{statuses:?}"
    );
    // Both nodes read the same trail from Redis.
    let mut counts = Vec::new();
    for node in 0..2 {
        let v: serde_json::Value = c
            .client
            .get(c.node_url(node, "/api/v1/admin/accounts/jdupont/audit"))
            .header("cookie", &b)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let ev = v["events"].as_array().unwrap().clone();
        assert_eq!(
            ev.iter()
                .filter(|e| e["action"] == "helpdesk.unlock" && e["outcome"] == "ok")
                .count(),
            1
        );
        counts.push(ev.len());
    }
    assert_eq!(counts[0], counts[1]);
    assert_eq!(counts[0], 12);
}
