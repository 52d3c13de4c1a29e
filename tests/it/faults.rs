//! Faults between kleidi and slapd, through a small proxy that can swallow
//! the answer of an LDAP extended operation (Password Modify) after slapd
//! applied it: the change happened, its answer never came.

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::time::Duration;

use serde_json::json;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};

use crate::harness::{TestApp, TestDir, dn, password_of};

/// What the proxy does to the traffic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Mode {
    /// Forwards everything.
    Pass = 0,
    /// Swallows a chunk from slapd that starts with an ExtendedResponse;
    /// that connection stays silent after (the answer is lost, the change
    /// was applied).
    Swallow = 1,
    /// Forwards half of such a chunk, then closes the connection.
    CloseMidAnswer = 2,
    /// Forwards nothing either way, holding the bytes (a hung server: TCP
    /// still accepts); forwarding resumes, bytes intact, when set back.
    Hang = 3,
}

/// A TCP proxy to slapd whose faults a test switches on and off.
struct FaultProxy {
    port: u16,
    mode: Arc<AtomicU8>,
    /// Chunks forwarded from kleidi to slapd: whether kleidi talks through here.
    requests: Arc<AtomicUsize>,
}

impl FaultProxy {
    async fn start(target: u16) -> Self {
        let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = l.local_addr().unwrap().port();
        let mode = Arc::new(AtomicU8::new(Mode::Pass as u8));
        let requests = Arc::new(AtomicUsize::new(0));
        let (m, rq) = (mode.clone(), requests.clone());
        tokio::spawn(async move {
            while let Ok((client, _)) = l.accept().await {
                let (m, rq) = (m.clone(), rq.clone());
                tokio::spawn(async move {
                    let Ok(server) = TcpStream::connect(("127.0.0.1", target)).await else {
                        return;
                    };
                    let (cr, cw) = client.into_split();
                    let (sr, sw) = server.into_split();
                    tokio::spawn(pump(cr, sw, m.clone(), Some(rq)));
                    pump(sr, cw, m, None).await;
                });
            }
        });
        Self {
            port,
            mode,
            requests,
        }
    }

    fn set(&self, m: Mode) {
        self.mode.store(m as u8, Ordering::SeqCst);
    }

    fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    fn uri(&self) -> String {
        format!("ldap://127.0.0.1:{}", self.port)
    }
}

/// Copies one direction. `requests` is set for kleidi → slapd (counted);
/// the other direction is where answers are swallowed or cut.
async fn pump(
    mut r: tokio::net::tcp::OwnedReadHalf,
    mut w: tokio::net::tcp::OwnedWriteHalf,
    mode: Arc<AtomicU8>,
    requests: Option<Arc<AtomicUsize>>,
) {
    let hung = |m: &AtomicU8| m.load(Ordering::SeqCst) == Mode::Hang as u8;
    let mut buf = vec![0u8; 65536];
    let mut silent = false;
    loop {
        while hung(&mode) {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let n = match r.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        // Hung while this chunk was on its way: held until the server wakes.
        while hung(&mode) {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        if requests.is_none() && is_extended_response(&buf[..n]) {
            match mode.load(Ordering::SeqCst) {
                m if m == Mode::Swallow as u8 => silent = true,
                m if m == Mode::CloseMidAnswer as u8 => {
                    let _ = w.write_all(&buf[..n / 2]).await;
                    return;
                }
                _ => {}
            }
        }
        if silent {
            continue;
        }
        if let Some(c) = &requests {
            c.fetch_add(1, Ordering::SeqCst);
        }
        if w.write_all(&buf[..n]).await.is_err() {
            break;
        }
    }
}

/// A listener whose accept queue is full and never drained: the kernel
/// drops further connection attempts (SYNs), as a firewall or a dead host
/// would. The returned streams keep the queue full.
async fn black_hole() -> (String, Vec<std::net::TcpStream>) {
    let sock = tokio::net::TcpSocket::new_v4().unwrap();
    sock.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let port = sock.local_addr().unwrap().port();
    let listener = sock.listen(0).unwrap();
    let mut fillers = Vec::new();
    for _ in 0..4 {
        match std::net::TcpStream::connect_timeout(
            &std::net::SocketAddr::from(([127, 0, 0, 1], port)),
            Duration::from_millis(300),
        ) {
            Ok(s) => fillers.push(s),
            Err(_) => break,
        }
    }
    // The listener must stay open (never accepting) for the test's life.
    std::mem::forget(listener);
    (format!("ldap://127.0.0.1:{port}"), fillers)
}

/// LDAPMessage ::= SEQUENCE { messageID INTEGER, protocolOp … }: true when
/// the operation is an ExtendedResponse ([APPLICATION 24], 0x78).
fn is_extended_response(b: &[u8]) -> bool {
    if b.first() != Some(&0x30) || b.len() < 2 {
        return false;
    }
    let mut i = 2 + if b[1] & 0x80 != 0 {
        usize::from(b[1] & 0x7f)
    } else {
        0
    };
    if b.get(i) != Some(&0x02) {
        return false;
    }
    let Some(len) = b.get(i + 1) else {
        return false;
    };
    i += 2 + usize::from(*len);
    b.get(i) == Some(&0x78)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_whose_answer_is_lost_is_verified_and_reported_done() {
    let (t, proxy, c, cookie) = alice_through_proxy().await;
    proxy.set(Mode::Swallow);
    let new = "Lost-Answer-Verified-7";
    let url = t.url("/api/v1/me/password");
    let (status, code) = change(&c, &url, &cookie, password_of("alice"), new).await;
    assert_eq!(
        status, 200,
        "slapd applied it, so the answer says so: {code}"
    );
    assert!(
        t.dir.ldapwhoami(&dn("alice"), new),
        "the change really happened"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reset_whose_answer_is_lost_is_verified_reported_done_and_spends_its_link() {
    let dir = TestDir::start();
    let proxy = FaultProxy::start(port_of(&dir)).await;
    let t = TestApp::spawn_with_uris(
        dir,
        vec![proxy.uri()],
        "[limits]\nattempts_per_ip_per_hour = 100000\n",
    )
    .await;
    let url = reset_url(&t).await;
    proxy.set(Mode::Swallow);
    let new = "Reset-Answer-Lost-8";
    let (s, v) = t.api(&url, json!({"password": new, "confirm": new})).await;
    assert_eq!(s, 200, "slapd applied it, so the answer says so: {v}");
    assert!(t.dir.ldapwhoami(&dn("jdupont"), new));
    let (s, _) = t
        .api(
            &url,
            json!({"password": "Another-Go-9", "confirm": "Another-Go-9"}),
        )
        .await;
    assert_eq!(s, 410, "the link was spent by the reset that happened");
}

const LIMITS: &str = "[limits]\nattempts_per_ip_per_hour = 100000\n";

/// kleidi talking to slapd only through a fault proxy (passing for now),
/// and alice signed in: the app, the proxy, a client and her cookie.
async fn alice_through_proxy() -> (TestApp, FaultProxy, reqwest::Client, String) {
    let dir = TestDir::start();
    let proxy = FaultProxy::start(port_of(&dir)).await;
    let t = TestApp::spawn_with_uris(dir, vec![proxy.uri()], LIMITS).await;
    let c = crate::harness::http_client();
    let cookie = crate::harness::session_cookie_at(
        &c,
        &t.url("/api/v1/session"),
        "alice",
        password_of("alice"),
    )
    .await;
    (t, proxy, c, cookie)
}

/// Asks for jdupont's reset link; the API path that sets the password with it.
async fn reset_url(t: &TestApp) -> String {
    let (s, _) = t
        .api("/api/v1/recovery", json!({"username": "jdupont"}))
        .await;
    assert_eq!(s, 202);
    let text = t
        .smtp
        .wait_for_to("jeanne.d@example.net", Duration::from_secs(5))
        .await
        .expect("link sent")
        .text;
    format!(
        "/api/v1/recovery/link/{}/password",
        crate::harness::link_token(&text)
    )
}

fn port_of(dir: &TestDir) -> u16 {
    dir.slapd.uri().rsplit(':').next().unwrap().parse().unwrap()
}

/// The status of a sign-in through the API.
async fn sign_in(t: &TestApp, user: &str, password: &str) -> u16 {
    t.client
        .post(t.url("/api/v1/session"))
        .json(&json!({"username": user, "password": password}))
        .timeout(Duration::from_secs(40))
        .send()
        .await
        .map(|r| r.status().as_u16())
        .unwrap_or(0)
}

/// The harness's operation timeout (`operation_timeout_secs`).
const OP: Duration = Duration::from_secs(5);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hung_first_server_is_left_within_the_operation_timeout_and_rejoined_when_it_answers() {
    let dir = TestDir::start();
    let proxy = FaultProxy::start(port_of(&dir)).await;
    let direct = dir.slapd.uri();
    let t = TestApp::spawn_with_uris(dir, vec![proxy.uri(), direct], LIMITS).await;
    let pw = password_of("alice");
    assert_eq!(sign_in(&t, "alice", pw).await, 201);
    assert!(
        proxy.requests() > 0,
        "the first URI serves while it answers"
    );

    // It hangs: TCP still accepts, nothing answers.
    proxy.set(Mode::Hang);
    let started = std::time::Instant::now();
    assert_eq!(sign_in(&t, "alice", pw).await, 201, "the second URI serves");
    assert!(
        started.elapsed() < 2 * OP + Duration::from_secs(2),
        "failover within the operation timeout (one for the search, one for the bind): {:?}",
        started.elapsed()
    );
    // Marked down: nobody waits for it any more.
    let started = std::time::Instant::now();
    for _ in 0..5 {
        assert_eq!(sign_in(&t, "alice", pw).await, 201);
    }
    assert!(
        started.elapsed() < OP,
        "five sign-ins after the failover waited for the hung server: {:?}",
        started.elapsed()
    );
    assert_eq!(t.get("/readyz", &[]).await.status(), 200);

    // It wakes up: the background probe finds it, and work moves back.
    proxy.set(Mode::Pass);
    tokio::time::sleep(Duration::from_millis(500)).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    let mut in_a_row = 0;
    while in_a_row < 3 {
        assert!(
            std::time::Instant::now() < deadline,
            "kleidi never returned to the first URI"
        );
        let before = proxy.requests();
        assert_eq!(sign_in(&t, "alice", pw).await, 201);
        if proxy.requests() > before {
            in_a_row += 1;
        } else {
            in_a_row = 0;
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_first_server_that_drops_connection_attempts_costs_one_connect_timeout_once() {
    let dir = TestDir::start();
    let (hole, _fillers) = black_hole().await;
    let direct = dir.slapd.uri();
    let t = TestApp::spawn_with_uris(dir, vec![hole, direct], LIMITS).await;
    let pw = password_of("alice");
    assert_eq!(sign_in(&t, "alice", pw).await, 201, "the second URI serves");
    let started = std::time::Instant::now();
    for _ in 0..5 {
        assert_eq!(sign_in(&t, "alice", pw).await, 201);
    }
    // The harness's connect timeout is 2 s: one wait per sign-in would be 10 s.
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "new connections still wait for the dead first URI: {:?}",
        started.elapsed()
    );
    assert_eq!(t.get("/readyz", &[]).await.status(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_whose_connection_closes_mid_answer_is_verified_reported_done_and_noticed() {
    let (t, proxy, c, cookie) = alice_through_proxy().await;
    proxy.set(Mode::CloseMidAnswer);
    let new = "Cut-Mid-Answer-Kept-5";
    let url = t.url("/api/v1/me/password");
    let (status, code) = change(&c, &url, &cookie, password_of("alice"), new).await;
    assert_eq!(status, 200, "{code}");
    assert!(t.dir.ldapwhoami(&dn("alice"), new));
    assert!(
        t.smtp
            .wait_for(
                |m| m.to.iter().any(|a| a.starts_with("alice")),
                Duration::from_secs(5)
            )
            .await
            .is_some(),
        "the notice follows the verified outcome"
    );
}

/// `n` invented people for load tests, each with a `mail` for notices.
fn people(n: usize) -> (String, Vec<(String, String)>) {
    let mut ldif = String::new();
    let mut who = Vec::new();
    for i in 0..n {
        let uid = format!("load{i}");
        let pw = password(i, 0);
        ldif.push_str(&format!(
            "dn: uid={uid},ou=people,dc=example,dc=org\nobjectClass: inetOrgPerson\nuid: {uid}\ncn: Load Tester {i}\nsn: Tester\nmail: {uid}@example.org\nuserPassword: {pw}\n\n"
        ));
        who.push((uid, pw));
    }
    (ldif, who)
}

/// A password for person `i` at step `k`: distinct and unlike each other.
fn password(i: usize, k: usize) -> String {
    let mut x = (i as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ (k as u64 + 7).wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    x ^= x >> 29;
    format!("Qv{:010x}-{k}#Lm", x & 0xff_ffff_ffff)
}

/// Signs `who` in; their session cookies.
async fn cookies(t: &TestApp, who: &[(String, String)]) -> Vec<String> {
    let c = crate::harness::http_client();
    let mut out = Vec::new();
    for (u, p) in who {
        out.push(crate::harness::session_cookie_at(&c, &t.url("/api/v1/session"), u, p).await);
    }
    out
}

/// One change through the API: (status, error code).
async fn change(
    c: &reqwest::Client,
    url: &str,
    cookie: &str,
    current: &str,
    new: &str,
) -> (u16, String) {
    match c
        .post(url)
        .header("cookie", cookie)
        .json(&json!({"current": current, "new": new, "confirm": new}))
        .timeout(Duration::from_secs(60))
        .send()
        .await
    {
        Ok(r) => {
            let s = r.status().as_u16();
            let v: serde_json::Value = r.json().await.unwrap_or_default();
            (
                s,
                v["error"]["code"].as_str().unwrap_or_default().to_string(),
            )
        }
        Err(_) => (0, "no answer".into()),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_people_changing_many_times_end_with_exactly_their_last_password() {
    const N: usize = 10;
    // Four changes: checking the four old passwords after the last stays
    // under the lockout of five failures.
    const M: usize = 4;
    let (ldif, who) = people(N);
    let t = TestApp::spawn_on(TestDir::start_with(&ldif), LIMITS).await;
    let jars = cookies(&t, &who).await;
    let url = t.url("/api/v1/me/password");
    let mut tasks = Vec::new();
    for (i, cookie) in jars.into_iter().enumerate() {
        let url = url.clone();
        tasks.push(tokio::spawn(async move {
            let c = crate::harness::http_client();
            let mut current = password(i, 0);
            let mut last_ok = current.clone();
            for k in 1..=M {
                let new = password(i, k);
                let (s, code) = change(&c, &url, &cookie, &current, &new).await;
                assert_eq!(s, 200, "person {i}, change {k}: {code}");
                current = new.clone();
                last_ok = new;
            }
            last_ok
        }));
    }
    let mut lasts = Vec::new();
    for task in tasks {
        lasts.push(
            tokio::time::timeout(Duration::from_secs(120), task)
                .await
                .unwrap()
                .unwrap(),
        );
    }
    for (i, last) in lasts.iter().enumerate() {
        // The last reported first: M wrong binds stay under the lockout (5).
        let order = std::iter::once(M).chain(0..M);
        let binding: Vec<usize> = order
            .filter(|&k| t.dir.ldapwhoami(&dn(&format!("load{i}")), &password(i, k)))
            .collect();
        assert_eq!(binding.len(), 1, "person {i}: passwords {binding:?} bind");
        assert_eq!(&password(i, binding[0]), last, "person {i}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slapd_stopped_during_concurrent_changes_no_answer_is_a_phantom_and_none_is_lost() {
    const N: usize = 12;
    let (ldif, who) = people(N);
    let mut t = TestApp::spawn_on(TestDir::start_with(&ldif), LIMITS).await;
    let jars = cookies(&t, &who).await;
    let url = t.url("/api/v1/me/password");
    // Each person changes again and again until an answer is not "done".
    let mut tasks = Vec::new();
    for (i, cookie) in jars.into_iter().enumerate() {
        let url = url.clone();
        tasks.push(tokio::spawn(async move {
            let c = crate::harness::http_client();
            let mut current = password(i, 0);
            for k in 1..200 {
                let new = password(i, k);
                let (s, code) = change(&c, &url, &cookie, &current, &new).await;
                if s != 200 {
                    return (current, new, s, code, k - 1);
                }
                current = new;
            }
            panic!("person {i} never saw the outage");
        }));
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    t.dir.slapd.stop();
    let mut outcomes = Vec::new();
    for task in tasks {
        outcomes.push(
            tokio::time::timeout(Duration::from_secs(90), task)
                .await
                .unwrap()
                .unwrap(),
        );
    }
    t.dir.slapd.start_again().unwrap();
    let (mut phantom, mut lost, mut unknown) = (0, 0, 0);
    for (i, (done, tried, status, code, oks)) in outcomes.iter().enumerate() {
        let uid = format!("load{i}");
        let new_binds = t.dir.ldapwhoami(&dn(&uid), tried);
        let old_binds = t.dir.ldapwhoami(&dn(&uid), done);
        assert!(
            new_binds != old_binds,
            "person {i}: exactly one password binds"
        );
        match code.as_str() {
            "outcome_unknown" => {
                unknown += 1;
                assert_eq!(*status, 503);
                // The watcher settles it once slapd is back: a notice exactly
                // when the password was set.
                let want = oks + usize::from(new_binds);
                let deadline = std::time::Instant::now() + Duration::from_secs(40);
                loop {
                    let mine = format!("{uid}@example.org");
                    let got = t
                        .smtp
                        .messages()
                        .iter()
                        .filter(|m| m.to.contains(&mine))
                        .count();
                    if got == want {
                        break;
                    }
                    assert!(
                        got < want && std::time::Instant::now() < deadline,
                        "person {i}: {got} notices for {want} changes"
                    );
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            }
            _ if new_binds => phantom += 1,
            _ => {}
        }
        if *status == 200 && !new_binds {
            lost += 1;
        }
    }
    eprintln!("{N} people: {unknown} answers said the outcome is unknown");
    assert_eq!(phantom, 0, "answers said not done, slapd had done it");
    assert_eq!(lost, 0, "answers said done, slapd had not");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reset_whose_outcome_cannot_be_known_says_so_and_the_retry_tells_the_truth() {
    let dir = TestDir::start();
    let proxy = FaultProxy::start(port_of(&dir)).await;
    let mut t = TestApp::spawn_with_uris(dir, vec![proxy.uri()], LIMITS).await;
    let url = reset_url(&t).await;
    // slapd applies the reset, its answer is lost, and slapd goes away
    // before kleidi can ask.
    proxy.set(Mode::Swallow);
    let new = "Unknown-Then-Known-6";
    let req = t
        .client
        .post(t.url(&url))
        .json(&json!({"password": new, "confirm": new}))
        .timeout(Duration::from_secs(40))
        .send();
    let answer = tokio::spawn(req);
    tokio::time::sleep(Duration::from_secs(1)).await;
    t.dir.slapd.stop();
    let r = answer.await.unwrap().unwrap();
    assert_eq!(r.status(), 503);
    assert!(r.headers().contains_key("retry-after"));
    let v: serde_json::Value = r.json().await.unwrap();
    assert_eq!(v["error"]["code"], "outcome_unknown", "{v}");

    // slapd is back: the retry with the same link learns what happened.
    proxy.set(Mode::Pass);
    t.dir.slapd.start_again().unwrap();
    let (s, v) = t
        .api(
            &url,
            json!({"password": "Second-Try-Other-7", "confirm": "Second-Try-Other-7"}),
        )
        .await;
    assert_eq!(s, 409, "{v}");
    assert_eq!(v["error"]["code"], "earlier_write_applied");
    assert!(
        t.dir.ldapwhoami(&dn("jdupont"), new),
        "the first password stands"
    );
    assert!(!t.dir.ldapwhoami(&dn("jdupont"), "Second-Try-Other-7"));
    // One notice of the reset per address on file, once it is known.
    let notices = |t: &TestApp| {
        let mut to: Vec<String> = t
            .smtp
            .messages()
            .iter()
            .filter(|m| !m.text.contains("/recover/reset/"))
            .flat_map(|m| m.to.clone())
            .collect();
        to.sort();
        to
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while notices(&t).is_empty() && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Long enough for the watcher's next look: it must not notify again.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let to = notices(&t);
    let mut once = to.clone();
    once.dedup();
    assert!(!to.is_empty(), "the reset is noticed");
    assert_eq!(to, once, "one notice per address, not one per settler");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_write_uris_writes_go_to_the_provider_and_reads_do_not() {
    let dir = TestDir::start();
    let provider = FaultProxy::start(port_of(&dir)).await;
    let t = TestApp::spawn_on_directory(
        dir,
        &format!("write_uris = [\"{}\"]\n", provider.uri()),
        LIMITS,
    )
    .await;
    let c = crate::harness::http_client();
    let cookie = crate::harness::session_cookie_at(
        &c,
        &t.url("/api/v1/session"),
        "alice",
        password_of("alice"),
    )
    .await;
    assert_eq!(provider.requests(), 0, "a sign-in only reads");
    let new = "Written-To-Provider-3";
    let (s, _) = change(
        &c,
        &t.url("/api/v1/me/password"),
        &cookie,
        password_of("alice"),
        new,
    )
    .await;
    assert_eq!(s, 200);
    assert!(provider.requests() > 0, "the change went to the provider");
    assert!(t.dir.ldapwhoami(&dn("alice"), new));
}

/// `kleidi serve` stopped while a password change waits for an answer that
/// will not come (slapd applied it; the answer is swallowed): the shutdown
/// grace runs out, the write is audited as cut with its outcome unknown,
/// and the exit code says so.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_write_cut_by_the_shutdown_grace_is_audited_and_the_exit_code_is_not_zero() {
    let dir = TestDir::start();
    let proxy = FaultProxy::start(port_of(&dir)).await;
    let extra = "[http]\nshutdown_grace_secs = 1\n[metrics]\nlisten = \"127.0.0.1:0\"\n[mail]\ntransport = \"console\"\nfrom = \"Accounts <noreply@example.org>\"\n";
    let toml = dir
        .config_toml(Some(vec![proxy.uri()]), "", extra)
        .replace("public_url = ", "insecure_console = true\npublic_url = ");
    let served = crate::harness::Served::start(&toml, true).await;
    let c = crate::harness::http_client();
    let base = served.base.clone();
    let cookie = crate::harness::session_cookie_at(
        &c,
        &format!("{base}/api/v1/session"),
        "alice",
        password_of("alice"),
    )
    .await;
    proxy.set(Mode::Swallow);
    let url = format!("{base}/api/v1/me/password");
    let new = "Cut-By-Shutdown-4";
    let pending =
        tokio::spawn(async move { change(&c, &url, &cookie, password_of("alice"), new).await });
    tokio::time::sleep(Duration::from_millis(500)).await;
    served.signal("TERM");
    let child = served.child;
    let out = tokio::task::spawn_blocking(move || child.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success(),
        "a cut write makes the exit code non-zero: {log}"
    );
    assert!(log.contains("write cut by shutdown"), "{log}");
    assert!(log.contains("account.change_password"), "{log}");
    let _ = pending.await;
}
