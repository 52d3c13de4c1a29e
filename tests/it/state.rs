//! The state layer against both backends: each atomic primitive run from
//! many tasks at once, counting the winners; then the journeys on two nodes
//! sharing a real Redis, and a Redis outage in the middle of a journey.

use std::sync::Arc;
use std::time::Duration;

use kleidi::clock::ManualClock;
use kleidi::state::memory::MemoryState;
use kleidi::state::redis::RedisState;
use kleidi::state::{Backend, Change, SharedState, StoreConfig, Typed};
use serde_json::json;

use crate::cluster::{Cluster, TestRedis, post_with};
use crate::harness::{dn, link_token, password_of, pin_in};

const TASKS: usize = 50;

fn redis_store(r: &TestRedis, prefix: &str) -> SharedState {
    let cfg = StoreConfig {
        backend: Backend::Redis,
        url: Some(r.url()),
        key_prefix: prefix.into(),
        ..StoreConfig::default()
    };
    Arc::new(RedisState::new(&cfg, std::path::Path::new("/")).expect("redis store"))
}

/// Runs `f` from `TASKS` tasks at once; how many returned true.
async fn winners<F, Fut>(f: F) -> usize
where
    F: Fn(usize) -> Fut,
    Fut: std::future::Future<Output = bool> + Send + 'static,
{
    let tasks: Vec<_> = (0..TASKS).map(|i| tokio::spawn(f(i))).collect();
    let mut n = 0;
    for t in tasks {
        n += usize::from(t.await.expect("task"));
    }
    n
}

async fn primitives_hold_under_contention(s: SharedState) {
    let ttl = Duration::from_secs(60);
    // insert-if-absent: one winner.
    let st = s.clone();
    let n = winners(move |i| {
        let st = st.clone();
        async move {
            st.insert_if_absent("race:insert", format!("{i}").as_bytes(), ttl)
                .await
                .unwrap()
        }
    })
    .await;
    assert_eq!(n, 1, "{}: insert-if-absent", s.backend());
    // take: one winner.
    s.insert_if_absent("race:take", b"secret", ttl)
        .await
        .unwrap();
    let st = s.clone();
    let n = winners(move |_| {
        let st = st.clone();
        async move { st.take("race:take").await.unwrap().is_some() }
    })
    .await;
    assert_eq!(n, 1, "{}: take", s.backend());
    // compare-and-set updates: none lost.
    let typed: Arc<Typed<u64>> = Arc::new(Typed::new(s.clone(), "race:"));
    typed.insert_new("cas", &0, ttl).await.unwrap();
    let t2 = typed.clone();
    winners(move |_| {
        let t = t2.clone();
        async move {
            t.update("cas", ttl, |v| {
                *v += 1;
                (Change::Write, ())
            })
            .await
            .unwrap()
            .is_some()
        }
    })
    .await;
    assert_eq!(typed.get("cas").await.unwrap(), Some(TASKS as u64));
    // increment: exact count, each value handed out once.
    let st = s.clone();
    let firsts = winners(move |_| {
        let st = st.clone();
        async move { st.incr("race:incr", ttl).await.unwrap() == 1 }
    })
    .await;
    assert_eq!(firsts, 1);
    assert_eq!(s.count("race:incr").await.unwrap(), TASKS as u64);
    s.decr("race:incr").await.unwrap();
    assert_eq!(s.count("race:incr").await.unwrap(), TASKS as u64 - 1);
    s.decr("race:absent").await.unwrap();
    assert_eq!(s.count("race:absent").await.unwrap(), 0, "never below zero");
    // delete by index, keeping one.
    for k in ["a", "b", "c"] {
        s.insert_if_absent(&format!("idx:{k}"), b"x", ttl)
            .await
            .unwrap();
        s.index_add("idx", &format!("idx:{k}"), ttl).await.unwrap();
    }
    assert_eq!(s.delete_indexed("idx", Some("idx:b")).await.unwrap(), 2);
    assert!(s.get("idx:a").await.unwrap().is_none());
    assert!(s.get("idx:b").await.unwrap().is_some());
    // rate: exactly the limit passes.
    let st = s.clone();
    let allowed = winners(move |_| {
        let st = st.clone();
        async move {
            st.rate("race:rate", 7, Duration::from_secs(3600))
                .await
                .unwrap()
                .is_none()
        }
    })
    .await;
    assert_eq!(allowed, 7, "{}: rate", s.backend());
    // put: every overwrite lands (none lost between a delete and an
    // insert), and the value left is one of them.
    let typed: Typed<u64> = Typed::new(s.clone(), "race-put:");
    let t2 = Typed::<u64>::new(s.clone(), "race-put:");
    let landed = winners(move |i| {
        let t = Typed::<u64>::new(t2.store().clone(), "race-put:");
        async move { t.put("v", &(i as u64), ttl).await.is_ok() }
    })
    .await;
    assert_eq!(landed, TASKS, "{}: put", s.backend());
    let left = typed.get("v").await.unwrap().expect("a value");
    assert!(left < TASKS as u64, "{}: put left {left}", s.backend());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_primitive_has_one_winner_under_contention_in_memory() {
    primitives_hold_under_contention(Arc::new(MemoryState::new(10_000, ManualClock::new()))).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_primitive_has_one_winner_under_contention_in_redis() {
    let r = TestRedis::start();
    primitives_hold_under_contention(redis_store(&r, "t1:")).await;
}

#[tokio::test]
async fn a_full_memory_store_refuses_the_newcomer_and_keeps_the_live_entries() {
    let clock = ManualClock::new();
    let s = MemoryState::new(1000, clock.clone());
    use kleidi::state::StateStore as _;
    for i in 0..1000 {
        assert!(
            s.insert_if_absent(&format!("k{i}"), b"v", Duration::from_secs(60))
                .await
                .unwrap()
        );
    }
    assert!(matches!(
        s.insert_if_absent("newcomer", b"v", Duration::from_secs(60))
            .await,
        Err(kleidi::state::StateError::Full)
    ));
    assert!(s.get("k0").await.unwrap().is_some(), "live entries stay");
    clock.advance(Duration::from_secs(61));
    assert!(
        s.insert_if_absent("newcomer", b"v", Duration::from_secs(60))
            .await
            .unwrap(),
        "expired entries make room"
    );
}

// ---------------------------------------------------------------------------
// Two nodes, one Redis.

async fn mail_to(c: &Cluster, to: &str, needle: &str) -> String {
    c.smtp
        .wait_for(
            |m| m.to.iter().any(|x| x.eq_ignore_ascii_case(to)) && m.text.contains(needle),
            Duration::from_secs(5),
        )
        .await
        .unwrap_or_else(|| panic!("no mail to {to} with {needle:?}"))
        .text
}

const IHU_ROLES: &str = r#"
[activation]
enabled = true
[[activation.roles]]
id = "student"
label = { en = "Student" }
affiliation = "student"
identify = "contact"
[limits]
attempts_per_ip_per_hour = 100000
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_activation_started_on_one_node_finishes_on_the_other() {
    let c = Cluster::start(2, IHU_ROLES).await;
    let (s, v) = c
        .post(
            &c.node_url(0, "/api/v1/activation"),
            json!({"role": "student"}),
        )
        .await;
    assert_eq!(s, 201, "{v}");
    let flow = v["flow"].as_str().unwrap().to_string();
    let step = |n: usize, name: &str| c.node_url(n, &format!("/api/v1/activation/{flow}/{name}"));
    let (s, v) = c
        .post(&step(1, "identify"), json!({"mobile": "+306912345678"}))
        .await;
    assert_eq!(s, 200, "{v}");
    let sms = c
        .sms
        .wait_for_to("+306912345678", Duration::from_secs(5))
        .await
        .expect("PIN sent");
    let (s, v) = c
        .post(&step(0, "pin"), json!({"pin": pin_in(&sms.text)}))
        .await;
    assert_eq!((s, v["next"].as_str()), (200, Some("confirm")), "{v}");
    let (s, v) = c.post(&step(1, "confirm"), json!({"agree": true})).await;
    assert_eq!((s, v["next"].as_str()), (200, Some("password")), "{v}");
    let pw = "Two#Nodes!Harbour9";
    let (s, v) = c
        .post(
            &step(1, "password"),
            json!({"password": pw, "confirm": pw, "accept_terms": true}),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    assert!(c.dir.ldapwhoami(&dn("gpapadopoulos"), pw));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_link_mailed_by_one_node_works_on_the_other_and_only_once_under_50_parallel_uses() {
    let c = Cluster::start(2, "[limits]\nattempts_per_ip_per_hour = 100000\n").await;
    let (s, _) = c
        .post(
            &c.node_url(0, "/api/v1/recovery"),
            json!({"username": "alice"}),
        )
        .await;
    assert_eq!(s, 202);
    let token = link_token(&mail_to(&c, "alice.private@example.net", "/recover/reset/").await);
    // Both nodes see the link.
    for n in 0..2 {
        let r = c
            .client
            .get(c.node_url(n, &format!("/recover/reset/{token}")))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "node {n}");
    }
    let tasks: Vec<_> = (0..TASKS)
        .map(|i| {
            let (client, url) = (
                c.client.clone(),
                c.url(&format!("/api/v1/recovery/link/{token}/password")),
            );
            let pw = format!("Parallel-Reset-{i}-x");
            tokio::spawn(async move {
                let (s, _) =
                    post_with(&client, &url, json!({"password": pw, "confirm": pw}), None).await;
                (s, pw)
            })
        })
        .collect();
    let mut set = Vec::new();
    for t in tasks {
        let (s, pw) = t.await.unwrap();
        assert!(
            s == 200 || (400..500).contains(&s),
            "a clear answer, never a 5xx: {s}"
        );
        if s == 200 {
            set.push(pw);
        }
    }
    assert_eq!(set.len(), 1, "exactly one password set");
    assert!(c.dir.ldapwhoami(&dn("alice"), &set[0]));
}

const UPHF: &str = r#"
[account]
security_question = true
[recovery]
identify = "personal_number"
personal_number_attributes = ["supannEmpId"]
question_attempts = 3
[policy]
presets = ["uphf"]
[limits]
attempts_per_ip_per_hour = 100000
"#;

/// Signs in through `url`; the session cookie.
async fn session(c: &Cluster, node: usize, user: &str, pw: &str) -> String {
    crate::harness::session_cookie_at(&c.client, &c.node_url(node, "/api/v1/session"), user, pw)
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_parallel_security_answers_across_nodes_get_at_most_the_allowed_looks() {
    let c = Cluster::start(2, UPHF).await;
    let cookie = session(&c, 0, "jdupont", password_of("jdupont")).await;
    let r = c
        .client
        .put(c.node_url(1, "/api/v1/me/security-question"))
        .header("cookie", &cookie)
        .json(&json!({"question": "3", "answer": "Minou"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    // 20 recoveries, each answering wrong once, all at once, on both nodes.
    let mut flows = Vec::new();
    for _ in 0..20 {
        let (s, v) = c
            .post(
                &c.url("/api/v1/recovery"),
                json!({"personal_number": "E2040", "birth_date": "02/03/1979"}),
            )
            .await;
        assert_eq!(s, 202, "{v}");
        flows.push(v["flow"].as_str().unwrap().to_string());
    }
    let tasks: Vec<_> = flows
        .iter()
        .map(|f| {
            let (client, url) = (
                c.client.clone(),
                c.url(&format!("/api/v1/recovery/{f}/answer")),
            );
            tokio::spawn(
                async move { post_with(&client, &url, json!({"answer": "Rex"}), None).await },
            )
        })
        .collect();
    let mut looked = 0;
    for t in tasks {
        let (s, v) = t.await.unwrap();
        match v["error"]["code"].as_str() {
            Some("answer_wrong") => looked += 1,
            Some("answer_exhausted") => {
                // The last allowed look also answers "exhausted".
                assert_eq!(s, 410);
            }
            other => panic!("{s} {other:?}"),
        }
    }
    assert!(
        looked < 3,
        "at most 3 answers evaluated, {looked} said wrong"
    );
    assert!(c.dir.ldapwhoami(&dn("jdupont"), password_of("jdupont")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_sign_ins_count_exactly_across_nodes_and_a_change_ends_the_other_session() {
    let c = Cluster::start(
        2,
        "[account]\nmax_failed_logins = 6\n[limits]\nattempts_per_ip_per_hour = 100000\n",
    )
    .await;
    for i in 0..6 {
        let (s, _) = c
            .post(
                &c.node_url(i % 2, "/api/v1/session"),
                json!({"username": "jdupont", "password": "wrong-password"}),
            )
            .await;
        assert_eq!(s, 401, "try {i}");
    }
    let (s, v) = c
        .post(
            &c.node_url(0, "/api/v1/session"),
            json!({"username": "jdupont", "password": password_of("jdupont")}),
        )
        .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (429, Some("too_many_failures")),
        "the 7th try is refused on any node: {v}"
    );

    let a = session(&c, 0, "alice", password_of("alice")).await;
    let b = session(&c, 1, "alice", password_of("alice")).await;
    let me = |n: usize, cookie: String| {
        let (client, url) = (c.client.clone(), c.node_url(n, "/api/v1/me"));
        async move {
            client
                .get(url)
                .header("cookie", cookie)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    assert_eq!(me(1, b.clone()).await, 200);
    let new = "Changed-Twice-On-Node-9";
    let (s, v) = post_with(
        &c.client,
        &c.node_url(0, "/api/v1/me/password"),
        json!({"current": password_of("alice"), "new": new, "confirm": new}),
        Some(&a),
    )
    .await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(me(0, a).await, 200, "the session that changed it stays");
    assert_eq!(
        me(1, b).await,
        401,
        "the other session ended, on the other node"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_stopped_mid_journey_gives_clear_errors_and_the_journey_goes_on_after_it_returns() {
    let mut c = Cluster::start(2, "[limits]\nattempts_per_ip_per_hour = 100000\n").await;
    let (s, v) = c
        .post(
            &c.url("/api/v1/recovery"),
            json!({"username": "alice", "channel": "sms"}),
        )
        .await;
    assert_eq!(s, 202, "{v}");
    let flow = v["flow"].as_str().unwrap().to_string();
    let sms = c
        .sms
        .wait_for_to("+306900000001", Duration::from_secs(5))
        .await
        .expect("PIN sent");
    let pin = pin_in(&sms.text);
    c.redis.stop();
    let url = c.url(&format!("/api/v1/recovery/{flow}/pin"));
    let r = crate::harness::with_secret(&url, c.client.post(&url))
        .json(&json!({ "pin": pin }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 503);
    assert!(r.headers().get("retry-after").is_some());
    let v: serde_json::Value = r.json().await.unwrap();
    assert_eq!(v["error"]["code"], "unavailable", "{v}");
    let r = c.client.get(c.url("/readyz")).send().await.unwrap();
    assert_eq!(r.status(), 503);
    c.redis.restart();
    // The node reconnects by itself; the same PIN still works.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let v = loop {
        let (s, v) = c
            .post(
                &c.url(&format!("/api/v1/recovery/{flow}/pin")),
                json!({ "pin": pin }),
            )
            .await;
        if s == 200 {
            break v;
        }
        assert!(std::time::Instant::now() < deadline, "no recovery: {s} {v}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(v["next"], "password");
    let new = "Back-From-Outage-5";
    let (s, v) = c
        .post(
            &c.url(&format!("/api/v1/recovery/{flow}/password")),
            json!({"password": new, "confirm": new}),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    assert!(c.dir.ldapwhoami(&dn("alice"), new));
}

#[test]
fn check_config_says_whether_the_redis_store_answers() {
    let dir = crate::harness::TestDir::start();
    let mut redis = TestRedis::start();
    let toml = dir.config_toml(None, "", &redis.store_toml());
    let cfg = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(cfg.path(), toml).unwrap();
    let run = || {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_kleidi"))
            .args(["check-config", "--config"])
            .arg(cfg.path())
            .env_remove("CREDENTIALS_DIRECTORY")
            .output()
            .unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (ok, text) = run();
    assert!(ok, "{text}");
    assert!(
        text.contains("[ok]   state store: Redis at redis://127.0.0.1"),
        "{text}"
    );
    redis.stop();
    let (ok, text) = run();
    assert!(!ok, "{text}");
    assert!(text.contains("[FAIL] store.url:"), "{text}");
}

#[tokio::test]
async fn the_memory_limits_remember_at_most_max_keys_keys() {
    use kleidi::state::StateStore as _;
    let s = MemoryState::new(10_000, ManualClock::new()).with_limit_keys(5);
    for i in 0..5 {
        assert!(
            s.rate(&format!("k{i}"), 10, Duration::from_secs(3600))
                .await
                .unwrap()
                .is_none()
        );
    }
    assert!(
        s.rate("k5", 10, Duration::from_secs(3600))
            .await
            .unwrap()
            .is_some(),
        "a newcomer is refused rather than the table growing"
    );
}
