//! mypassword (issue 5) through the JSON API: sign-in, password change,
//! recovery contacts, password and username recovery, against the real
//! slapd, SMTP sink and SMS sink.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::harness::{TestApp, dn, link_token, password_of, pin_in};

const BASE: &str = r#"
[limits]
attempts_per_ip_per_hour = 100000
"#;

const UPHF: &str = r#"
[account]
security_question = true
[recovery]
identify = "personal_number"
personal_number_attributes = ["supannEtuId", "supannEmpId", "supannCodeINE"]
require_accept_rules = true
[policy]
presets = ["uphf"]
[limits]
attempts_per_ip_per_hour = 100000
"#;

/// A client that keeps its session cookie (one person's browser).
struct Person {
    client: reqwest::Client,
    base: String,
    cookie: std::sync::Mutex<Option<String>>,
}

impl Person {
    fn new(t: &TestApp) -> Self {
        Self {
            client: crate::harness::http_client(),
            base: t.url(""),
            cookie: std::sync::Mutex::new(None),
        }
    }

    fn keep_cookie(&self, r: &reqwest::Response) {
        for c in r.headers().get_all("set-cookie") {
            let c = c.to_str().unwrap();
            if let Some(v) = c.strip_prefix("kleidi-session=") {
                let v = v.split(';').next().unwrap().to_string();
                *self.cookie.lock().unwrap() =
                    (!v.is_empty()).then(|| format!("kleidi-session={v}"));
            }
        }
    }

    fn with_cookie(&self, b: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match self.cookie.lock().unwrap().clone() {
            Some(c) => b.header("cookie", c),
            None => b,
        }
    }

    async fn call(&self, method: reqwest::Method, path: &str, body: Value) -> (u16, Value) {
        let b = self.client.request(method, format!("{}{path}", self.base));
        let b = crate::harness::with_secret(path, b);
        let r = self
            .with_cookie(b)
            .header("accept-language", "en")
            .json(&body)
            .send()
            .await
            .unwrap();
        self.keep_cookie(&r);
        let s = r.status().as_u16();
        let v = r.json().await.unwrap_or(Value::Null);
        crate::harness::remember(&v);
        (s, v)
    }

    async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        self.call(reqwest::Method::POST, path, body).await
    }

    async fn get(&self, path: &str) -> (u16, Value) {
        let b = self.client.get(format!("{}{path}", self.base));
        let b = crate::harness::with_secret(path, b);
        let r = self.with_cookie(b).send().await.unwrap();
        let s = r.status().as_u16();
        (s, r.json().await.unwrap_or(Value::Null))
    }

    async fn sign_in(&self, user: &str, pw: &str) -> (u16, Value) {
        self.post("/api/v1/session", json!({"username": user, "password": pw}))
            .await
    }
}

async fn mail_to(t: &TestApp, to: &str) -> String {
    t.smtp
        .wait_for_to(to, Duration::from_secs(5))
        .await
        .unwrap_or_else(|| panic!("no mail to {to}"))
        .text
}

#[tokio::test]
async fn sign_in_shows_the_account_and_wrong_names_look_like_wrong_passwords() {
    let t = TestApp::spawn_with(BASE).await;
    let p = Person::new(&t);
    let (s, v) = p.sign_in("alice", password_of("alice")).await;
    assert_eq!((s, &v["must_change_password"]), (201, &json!(false)), "{v}");
    let (s, me) = p.get("/api/v1/me").await;
    assert_eq!(s, 200);
    assert_eq!(me["username"], "alice");
    assert_eq!(me["name"], "Alice Example");
    assert!(
        me["recovery_email"]
            .as_str()
            .unwrap()
            .contains("@example.net")
    );
    assert!(
        !me["recovery_email"]
            .as_str()
            .unwrap()
            .starts_with("alice.private"),
        "masked"
    );
    let (s, _) = p
        .call(reqwest::Method::DELETE, "/api/v1/session", json!({}))
        .await;
    assert_eq!(s, 204);
    assert_eq!(p.get("/api/v1/me").await.0, 401);

    let q = Person::new(&t);
    let wrong_pw = q.sign_in("alice", "not-her-password").await;
    let no_user = q.sign_in("nobody-here", "not-her-password").await;
    assert_eq!(wrong_pw.0, 401);
    assert_eq!(wrong_pw, no_user);
    assert_eq!(q.sign_in("alice", "").await.0, 422);
}

#[tokio::test]
async fn a_session_ends_after_the_idle_timeout() {
    let t = TestApp::spawn_with(BASE).await;
    let p = Person::new(&t);
    p.sign_in("alice", password_of("alice")).await;
    assert_eq!(p.get("/api/v1/me").await.0, 200);
    t.clock.advance(Duration::from_secs(16 * 60));
    assert_eq!(p.get("/api/v1/me").await.0, 401);
}

#[tokio::test]
async fn failed_sign_ins_are_capped_per_account_with_recovery_as_the_way_out() {
    let t = TestApp::spawn_with(&format!("{BASE}\n[account]\nmax_failed_logins = 3\n")).await;
    let p = Person::new(&t);
    for _ in 0..3 {
        assert_eq!(p.sign_in("lmartin", "wrong-wrong").await.0, 401);
    }
    // The right password is not even tried now.
    let (s, v) = p.sign_in("lmartin", password_of("lmartin")).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (429, Some("too_many_failures")),
        "{v}"
    );
    // Unknown names are throttled alike.
    for _ in 0..3 {
        p.sign_in("ghost", "wrong-wrong").await;
    }
    assert_eq!(
        p.sign_in("ghost", "x-x-x-x").await.1["error"]["code"],
        "too_many_failures"
    );
    // Recovery still works for the real owner.
    let (s, _) = p
        .post("/api/v1/recovery", json!({"username": "lmartin"}))
        .await;
    assert_eq!(s, 202);
    let text = mail_to(&t, "lucas.perso@example.net").await;
    let token = link_token(&text);
    let (s, v) = p
        .post(
            &format!("/api/v1/recovery/link/{token}/password"),
            json!({"password": "Fresh-Start-2026", "confirm": "Fresh-Start-2026"}),
        )
        .await;
    assert_eq!(s, 200, "{v}");
}

#[tokio::test]
async fn changing_the_password_binds_the_new_one_and_notifies_the_contacts() {
    let t = TestApp::spawn_with(BASE).await;
    let p = Person::new(&t);
    p.sign_in("alice", password_of("alice")).await;
    let (s, v) = p.post("/api/v1/me/password", json!({"current": password_of("alice"), "new": "Nightingale-Pass-9", "confirm": "Nightingale-Pass-9"})).await;
    assert_eq!(s, 200, "{v}");
    assert!(v["reminder"].as_str().unwrap().contains("browser"), "{v}");
    assert!(t.dir.ldapwhoami(&dn("alice"), "Nightingale-Pass-9"));
    assert!(!t.dir.ldapwhoami(&dn("alice"), password_of("alice")));
    let notice = mail_to(&t, "alice.private@example.net").await;
    assert!(notice.contains("changed"), "{notice}");
    assert!(!notice.contains("Nightingale-Pass-9"));
    assert!(
        t.sms
            .wait_for_to("+306900000001", Duration::from_secs(5))
            .await
            .is_some()
    );
}

#[tokio::test]
async fn a_change_is_refused_precisely_and_changes_nothing() {
    let t = TestApp::spawn_with(BASE).await;
    let p = Person::new(&t);
    p.sign_in("lmartin", password_of("lmartin")).await;
    let body =
        |cur: &str, new: &str, conf: &str| json!({"current": cur, "new": new, "confirm": conf});
    let (s, v) = p
        .post(
            "/api/v1/me/password",
            body("wrong-current", "Another-Pass-77", "Another-Pass-77"),
        )
        .await;
    assert_eq!(
        (s, v["error"]["fields"][0]["code"].as_str()),
        (422, Some("current_password_wrong")),
        "{v}"
    );
    let (s, v) = p
        .post(
            "/api/v1/me/password",
            body(password_of("lmartin"), "Another-Pass-77", "Another-Pass-78"),
        )
        .await;
    assert_eq!(
        (s, v["error"]["fields"][0]["code"].as_str()),
        (422, Some("password_mismatch")),
        "{v}"
    );
    let (s, v) = p
        .post(
            "/api/v1/me/password",
            body(password_of("lmartin"), "password", "password"),
        )
        .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (422, Some("password_policy")),
        "{v}"
    );
    let (s, v) = p
        .post(
            "/api/v1/me/password",
            body(
                password_of("lmartin"),
                password_of("lmartin"),
                password_of("lmartin"),
            ),
        )
        .await;
    assert_eq!(
        (s, v["error"]["violations"][0]["code"].as_str()),
        (422, Some("in_history")),
        "{v}"
    );
    assert!(t.dir.ldapwhoami(&dn("lmartin"), password_of("lmartin")));
}

#[tokio::test]
async fn a_reset_password_must_be_changed_first_and_then_binds_normally() {
    let t = TestApp::spawn_with(BASE).await;
    let p = Person::new(&t);
    let (_, v) = p.sign_in("reset", password_of("reset")).await;
    assert_eq!(v["must_change_password"], true);
    let (_, me) = p.get("/api/v1/me").await;
    assert_eq!(me["must_change"], true);
    let (s, v) = p
        .post(
            "/api/v1/me/contacts",
            json!({"kind": "email", "value": "riley@example.net"}),
        )
        .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (403, Some("must_change_password"))
    );
    let (s, v) = p.post("/api/v1/me/password", json!({"current": password_of("reset"), "new": "Riley-Own-Pass-3", "confirm": "Riley-Own-Pass-3"})).await;
    assert_eq!(s, 200, "{v}");
    let q = Person::new(&t);
    let (_, v) = q.sign_in("reset", "Riley-Own-Pass-3").await;
    assert_eq!(v["must_change_password"], false, "{v}");
    assert!(t.dir.ldapwhoami(&dn("reset"), "Riley-Own-Pass-3"));
}

#[tokio::test]
async fn an_expired_password_must_be_changed_and_then_binds_normally() {
    let t = TestApp::spawn_with(BASE).await;
    assert!(!t.dir.ldapwhoami(&dn("expired"), password_of("expired")));
    let p = Person::new(&t);
    let (s, v) = p.sign_in("expired", password_of("expired")).await;
    assert_eq!((s, &v["must_change_password"]), (201, &json!(true)), "{v}");
    let (s, v) = p.post("/api/v1/me/password", json!({"current": password_of("expired"), "new": "Ellis-Renewed-4", "confirm": "Ellis-Renewed-4"})).await;
    assert_eq!(s, 200, "{v}");
    assert!(t.dir.ldapwhoami(&dn("expired"), "Ellis-Renewed-4"));
    let (_, v) = Person::new(&t).sign_in("expired", "Ellis-Renewed-4").await;
    assert_eq!(v["must_change_password"], false);
}

#[tokio::test]
async fn a_new_contact_is_stored_only_after_its_pin_and_the_old_one_is_told() {
    let t = TestApp::spawn_with(BASE).await;
    let p = Person::new(&t);
    p.sign_in("alice", password_of("alice")).await;
    // Re-authentication is needed once the sign-in is no longer fresh.
    t.clock.advance(Duration::from_secs(6 * 60));
    let (s, v) = p
        .post(
            "/api/v1/me/contacts",
            json!({"kind": "email", "value": "alice.new@example.net"}),
        )
        .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (401, Some("reauth_required")),
        "{v}"
    );
    let (s, v) = p.post("/api/v1/me/contacts", json!({"kind": "email", "value": "alice.new@example.net", "password": password_of("alice")})).await;
    assert_eq!(s, 202, "{v}");
    let pin = pin_in(&mail_to(&t, "alice.new@example.net").await);
    let e = t
        .app
        .directory
        .read_entry(&dn("alice"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        e.first("kleidiRecoveryEmail"),
        Some("alice.private@example.net"),
        "not stored before the PIN"
    );
    let (s, v) = p
        .post("/api/v1/me/contacts/verify", json!({ "pin": pin }))
        .await;
    assert_eq!(s, 200, "{v}");
    let e = t
        .app
        .directory
        .read_entry(&dn("alice"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        e.first("kleidiRecoveryEmail"),
        Some("alice.new@example.net")
    );
    assert!(e.first("kleidiRecoveryEmailConsentAt").is_some());
    let old = mail_to(&t, "alice.private@example.net").await;
    assert!(old.contains("changed"), "{old}");
    // Removing the mobile tells it.
    let (s, _) = p
        .post("/api/v1/me/contacts/remove", json!({"kind": "mobile"}))
        .await;
    assert_eq!(s, 200);
    let e = t
        .app
        .directory
        .read_entry(&dn("alice"))
        .await
        .unwrap()
        .unwrap();
    assert!(e.first("kleidiRecoveryMobile").is_none());
    assert!(
        t.sms
            .wait_for_to("+306900000001", Duration::from_secs(5))
            .await
            .is_some()
    );
}

#[tokio::test]
async fn forgot_password_by_email_link_resets_and_notifies() {
    let t = TestApp::spawn_with(BASE).await;
    let p = Person::new(&t);
    // The link is built from public_url, never from the Host header.
    let r = t
        .client
        .post(t.url("/api/v1/recovery"))
        .header("host", "evil.example.com")
        .json(&json!({"username": "alice", "channel": "email"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 202);
    assert!(
        r.headers()
            .get("set-cookie")
            .is_none_or(|c| !c.to_str().unwrap().contains("session"))
    );
    let text = mail_to(&t, "alice.private@example.net").await;
    assert!(
        text.contains(&format!("{}/recover/reset/", t.url(""))),
        "{text}"
    );
    assert!(!text.contains("evil.example.com"));
    let token = link_token(&text);
    let html = t
        .smtp
        .messages()
        .into_iter()
        .find_map(|m| m.html.filter(|h| h.contains(&token)))
        .expect("HTML alternative");
    assert!(
        html.contains(&format!("<a href=\"{}/recover/reset/{token}\">", t.url(""))),
        "{html}"
    );
    let body = json!({"password": "Recovered-Lark-5", "confirm": "Recovered-Lark-5"});
    let (s, v) = p
        .post(
            &format!("/api/v1/recovery/link/{token}/password"),
            body.clone(),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    assert!(t.dir.ldapwhoami(&dn("alice"), "Recovered-Lark-5"));
    assert!(!t.dir.ldapwhoami(&dn("alice"), password_of("alice")));
    // Not signed in automatically; replay is refused.
    assert_eq!(p.get("/api/v1/me").await.0, 401);
    let (s, v) = p
        .post(&format!("/api/v1/recovery/link/{token}/password"), body)
        .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (410, Some("link_invalid"))
    );
    // Every address on file hears of it.
    let deadline = Instant::now() + Duration::from_secs(5);
    while t
        .smtp
        .messages()
        .iter()
        .filter(|m| m.to.iter().any(|x| x == "alice.private@example.net"))
        .count()
        < 2
        && Instant::now() < deadline
    {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(t.smtp.messages().iter().any(|m| m.text.contains("reset")));
    assert!(
        t.sms
            .wait_for_to("+306900000001", Duration::from_secs(5))
            .await
            .is_some()
    );
}

#[tokio::test]
async fn reset_links_expire_and_die_on_any_password_change_but_not_on_a_newer_link() {
    let t = TestApp::spawn_with(BASE).await;
    let p = Person::new(&t);
    let body = json!({"password": "Brand-New-Pass-6", "confirm": "Brand-New-Pass-6"});
    // Expiry (1 hour), with the injected clock.
    p.post("/api/v1/recovery", json!({"username": "lmartin"}))
        .await;
    let old = link_token(&mail_to(&t, "lucas.perso@example.net").await);
    t.clock.advance(Duration::from_secs(61 * 60));
    let (s, _) = p
        .post(
            &format!("/api/v1/recovery/link/{old}/password"),
            body.clone(),
        )
        .await;
    assert_eq!(s, 410);
    // A newer link (perhaps asked for by someone else) leaves the owner's
    // unused one working; using either kills the other at once, even within
    // the same second (the link's own generation, not pwdChangedTime).
    let n = t.smtp.messages().len();
    p.post("/api/v1/recovery", json!({"username": "lmartin"}))
        .await;
    wait_mails(&t, n + 1).await;
    let first = link_token(&t.smtp.messages().last().unwrap().text);
    p.post("/api/v1/recovery", json!({"username": "lmartin"}))
        .await;
    wait_mails(&t, n + 2).await;
    let second = link_token(&t.smtp.messages().last().unwrap().text);
    assert_ne!(first, second);
    let (s, v) = p
        .post(
            &format!("/api/v1/recovery/link/{first}/password"),
            body.clone(),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    let again = json!({"password": "Another-New-Pass-7", "confirm": "Another-New-Pass-7"});
    assert_eq!(
        p.post(&format!("/api/v1/recovery/link/{second}/password"), again)
            .await
            .0,
        410
    );
    assert!(t.dir.ldapwhoami(&dn("lmartin"), "Brand-New-Pass-6"));
    // A password change by the owner kills a link sent before it.
    let n = t.smtp.messages().len();
    p.post("/api/v1/recovery", json!({"username": "lmartin"}))
        .await;
    wait_mails(&t, n + 1).await;
    let third = link_token(
        &t.smtp
            .messages()
            .iter()
            .rev()
            .find(|m| m.text.contains("/recover/reset/"))
            .unwrap()
            .text,
    );
    let q = Person::new(&t);
    q.sign_in("lmartin", "Brand-New-Pass-6").await;
    let (s, _) = q.post("/api/v1/me/password", json!({"current": "Brand-New-Pass-6", "new": "Changed-Meanwhile-8", "confirm": "Changed-Meanwhile-8"})).await;
    assert_eq!(s, 200);
    assert_eq!(
        p.post(&format!("/api/v1/recovery/link/{third}/password"), body)
            .await
            .0,
        410
    );
    assert!(t.dir.ldapwhoami(&dn("lmartin"), "Changed-Meanwhile-8"));
}

async fn wait_mails(t: &TestApp, n: usize) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while t.smtp.messages().len() < n && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(t.smtp.messages().len() >= n, "mail {n} never came");
}

#[tokio::test]
async fn a_token_only_ever_resets_its_own_account() {
    let t = TestApp::spawn_with(BASE).await;
    let p = Person::new(&t);
    p.post("/api/v1/recovery", json!({"username": "jdupont"}))
        .await;
    let token = link_token(&mail_to(&t, "jeanne.d@example.net").await);
    let (s, _) = p
        .post(
            &format!("/api/v1/recovery/link/{token}/password"),
            json!({"password": "Jeanne-Reset-11", "confirm": "Jeanne-Reset-11"}),
        )
        .await;
    assert_eq!(s, 200);
    assert!(t.dir.ldapwhoami(&dn("jdupont"), "Jeanne-Reset-11"));
    // Nobody else's password moved.
    assert!(t.dir.ldapwhoami(&dn("alice"), password_of("alice")));
    assert!(t.dir.ldapwhoami(&dn("lmartin"), password_of("lmartin")));
    // A made-up token is refused.
    let fake = "A".repeat(43);
    assert_eq!(
        p.post(
            &format!("/api/v1/recovery/link/{fake}/password"),
            json!({"password": "x-Y-z-12345", "confirm": "x-Y-z-12345"})
        )
        .await
        .0,
        410
    );
}

#[tokio::test]
async fn forgot_password_by_sms_code() {
    let t = TestApp::spawn_with(BASE).await;
    let p = Person::new(&t);
    let (s, v) = p
        .post(
            "/api/v1/recovery",
            json!({"username": "alice", "channel": "sms"}),
        )
        .await;
    assert_eq!((s, v["next"].as_str()), (202, Some("pin")), "{v}");
    let flow = v["flow"].as_str().unwrap().to_string();
    let pin = pin_in(
        &t.sms
            .wait_for_to("+306900000001", Duration::from_secs(5))
            .await
            .unwrap()
            .text,
    );
    let (s, v) = p
        .post(
            &format!("/api/v1/recovery/{flow}/pin"),
            json!({ "pin": pin }),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    let (s, v) = p
        .post(
            &format!("/api/v1/recovery/{flow}/password"),
            json!({"password": "Sms-Recovered-7", "confirm": "Sms-Recovered-7"}),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    assert!(t.dir.ldapwhoami(&dn("alice"), "Sms-Recovered-7"));
}

#[tokio::test]
async fn ionian_recovery_needs_the_registered_contact() {
    let t = TestApp::spawn_with(&format!(
        "{BASE}\n[recovery]\nidentify = \"username_and_contact\"\n"
    ))
    .await;
    let p = Person::new(&t);
    let (s, _) = p
        .post(
            "/api/v1/recovery",
            json!({"username": "alice", "contact": "someone@example.net"}),
        )
        .await;
    assert_eq!(s, 202);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        t.smtp.messages().is_empty(),
        "nothing goes out for a wrong contact"
    );
    p.post(
        "/api/v1/recovery",
        json!({"username": "alice", "contact": "Alice.Private@example.net"}),
    )
    .await;
    assert!(
        mail_to(&t, "alice.private@example.net")
            .await
            .contains("/recover/reset/")
    );
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

async fn same_answers(t: &TestApp, path: &str, cases: &[(&str, Value)]) {
    let p = Person::new(t);
    let mut seen: Option<(u16, String)> = None;
    let mut medians = Vec::new();
    for (name, body) in cases {
        let mut times = Vec::new();
        for _ in 0..50 {
            let t0 = Instant::now();
            let (s, v) = p.post(path, body.clone()).await;
            times.push(t0.elapsed());
            let mut v = v;
            if v.get("flow").is_some() {
                v["flow"] = json!("FLOW");
                v["secret"] = json!("SECRET");
            }
            let got = (s, v.to_string());
            match &seen {
                Some(first) => assert_eq!(&got, first, "{name} differs"),
                None => seen = Some(got),
            }
        }
        medians.push((*name, median(times)));
    }
    let max = medians.iter().map(|m| m.1).max().unwrap();
    let min = medians.iter().map(|m| m.1).min().unwrap();
    assert!(max - min < Duration::from_millis(10), "{path}: {medians:?}");
}

#[tokio::test]
async fn forgot_password_does_not_tell_who_exists() {
    // Many tries of each case: the per-account PIN budgets (which run out
    // alike for every case, see the pin unit tests) are raised here.
    let t = TestApp::spawn_with(&format!(
        "{BASE}\n[recovery]\nidentify = \"username_and_contact\"\n[pin]\nissued_per_account_per_hour = 100000\n"
    ))
    .await;
    same_answers(
        &t,
        "/api/v1/recovery",
        &[
            (
                "unknown",
                json!({"username": "nobody-at-all", "contact": "x@example.net"}),
            ),
            (
                "known, no contact",
                json!({"username": "grace", "contact": "x@example.net"}),
            ),
            (
                "known, wrong contact",
                json!({"username": "alice", "contact": "x@example.net"}),
            ),
            (
                "success",
                json!({"username": "alice", "contact": "alice.private@example.net"}),
            ),
        ],
    )
    .await;
    same_answers(
        &t,
        "/api/v1/recovery",
        &[
            (
                "sms unknown",
                json!({"username": "nobody-at-all", "contact": "+306900000009", "channel": "sms"}),
            ),
            (
                "sms success",
                json!({"username": "alice", "contact": "+306900000001", "channel": "sms"}),
            ),
        ],
    )
    .await;
}

#[tokio::test]
async fn forgot_username_does_not_tell_who_exists_and_sends_it_to_the_contacts() {
    let t = TestApp::spawn_with(&format!(
        "{BASE}\n[recovery]\npersonal_number_attributes = [\"supannEtuId\", \"supannEmpId\"]\n"
    ))
    .await;
    same_answers(
        &t,
        "/api/v1/username-recovery",
        &[
            (
                "unknown",
                json!({"personal_number": "99999999", "birth_date": "01/01/2000"}),
            ),
            (
                "known, no contact",
                json!({"email": "nobody.registered@example.net"}),
            ),
            (
                "wrong birth date",
                json!({"personal_number": "22001234", "birth_date": "12/08/2004"}),
            ),
            (
                "success",
                json!({"personal_number": "22001234", "birth_date": "11/08/2004"}),
            ),
        ],
    )
    .await;
    let text = mail_to(&t, "lucas.perso@example.net").await;
    assert!(text.contains("lmartin"), "{text}");
    let p = Person::new(&t);
    let (s, v) = p
        .post(
            "/api/v1/username-recovery",
            json!({"email": "jeanne.d@example.net"}),
        )
        .await;
    assert_eq!(s, 202);
    assert!(!v.to_string().contains("jdupont"), "never shown");
    assert!(
        mail_to(&t, "jeanne.d@example.net")
            .await
            .contains("jdupont")
    );
}

#[tokio::test]
async fn a_service_account_link_goes_to_its_owner() {
    let t = TestApp::spawn_with(BASE).await;
    let p = Person::new(&t);
    p.post("/api/v1/recovery", json!({"username": "office"}))
        .await;
    let text = mail_to(&t, "alice.private@example.net").await;
    assert!(text.contains("office"), "{text}");
    let token = link_token(&text);
    p.post(
        &format!("/api/v1/recovery/link/{token}/password"),
        json!({"password": "Admissions-Renewed-2", "confirm": "Admissions-Renewed-2"}),
    )
    .await;
    assert!(t.dir.ldapwhoami(&dn("office"), "Admissions-Renewed-2"));
    assert!(
        t.smtp
            .messages()
            .iter()
            .all(|m| !m.to.iter().any(|x| x == "office@example.org")
                || !m.text.contains("/recover/reset/"))
    );
}

#[tokio::test]
async fn an_owner_named_by_kleidis_own_attribute_gets_the_link_when_configured() {
    // By default the standard `owner` names the owner: library-desk has only
    // kleidiServiceOwner, so it is an ordinary account with no address here.
    let t = TestApp::spawn_with(BASE).await;
    let p = Person::new(&t);
    let (s, _) = p
        .post("/api/v1/recovery", json!({"username": "library-desk"}))
        .await;
    assert_eq!(s, 202);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        t.smtp.messages().is_empty(),
        "nothing sent without an owner: {:?}",
        t.smtp.messages()
    );

    let t = TestApp::spawn_on_directory(
        crate::harness::TestDir::start(),
        "",
        &format!("{BASE}\n[directory.attributes]\nowner = \"kleidiServiceOwner\"\n"),
    )
    .await;
    let p = Person::new(&t);
    p.post("/api/v1/recovery", json!({"username": "library-desk"}))
        .await;
    let text = mail_to(&t, "jeanne.d@example.net").await;
    assert!(text.contains("library-desk"), "{text}");
    let new = "Reading-Room-Open-9";
    let (s, v) = p
        .post(
            &format!("/api/v1/recovery/link/{}/password", link_token(&text)),
            json!({"password": new, "confirm": new}),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    assert!(t.dir.ldapwhoami(&dn("library-desk"), new));
}

#[tokio::test]
async fn pages_of_journeys_that_are_turned_off_answer_404_like_their_api() {
    let t = TestApp::spawn_with(&format!(
        "{BASE}\n[recovery]\nusername_recovery = false\n[activation]\nenabled = false\n"
    ))
    .await;
    for path in [
        "/forgot-username",
        "/activate",
        "/account/security-question",
    ] {
        let r = t.get(path, &[]).await;
        assert_eq!(r.status(), 404, "{path}");
        let body = r.text().await.unwrap();
        assert!(!body.contains("<form"), "{path}: no form to fill: {body}");
    }
    let p = Person::new(&t);
    let (s, v) = p
        .post(
            "/api/v1/username-recovery",
            json!({"email": "jeanne.d@example.net"}),
        )
        .await;
    assert_eq!((s, v["error"]["code"].as_str()), (404, Some("not_offered")));
    // What is on stays on.
    assert_eq!(t.get("/recover", &[]).await.status(), 200);
    assert_eq!(t.get("/login", &[]).await.status(), 200);
}

#[tokio::test]
async fn uphf_recovery_by_number_birth_date_and_security_question() {
    let t = TestApp::spawn_with(UPHF).await;
    // Jeanne sets her question while signed in.
    let p = Person::new(&t);
    p.sign_in("jdupont", password_of("jdupont")).await;
    let (s, v) = p
        .call(
            reqwest::Method::PUT,
            "/api/v1/me/security-question",
            json!({"question": "3", "answer": "  Minou  Blanc "}),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    let e = t
        .app
        .directory
        .read_entry(&dn("jdupont"))
        .await
        .unwrap()
        .unwrap();
    assert!(
        e.first("kleidiSecurityAnswerHash")
            .unwrap()
            .starts_with("$argon2id$")
    );

    let q = Person::new(&t);
    let start = json!({"personal_number": "e2040", "birth_date": "02/03/1979"});
    let (s, v) = q.post("/api/v1/recovery", start.clone()).await;
    assert_eq!((s, v["next"].as_str()), (202, Some("question")), "{v}");
    assert_eq!(v["question"], "What was the name of your first pet?");
    let flow = v["flow"].as_str().unwrap().to_string();
    let (s, v) = q
        .post(
            &format!("/api/v1/recovery/{flow}/answer"),
            json!({"answer": "Rex"}),
        )
        .await;
    assert_eq!(
        (s, v["error"]["attempts_left"].as_u64()),
        (422, Some(2)),
        "{v}"
    );
    let (s, _) = q
        .post(
            &format!("/api/v1/recovery/{flow}/answer"),
            json!({"answer": "minou blanc"}),
        )
        .await;
    assert_eq!(s, 200);
    // UPHF rules: not the login, not one of the last 3, the rules accepted.
    let url = format!("/api/v1/recovery/{flow}/password");
    let (s, v) = q.post(&url, json!({"password": "jdupont-Secret-1", "confirm": "jdupont-Secret-1", "accept_rules": true})).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (422, Some("password_policy")),
        "{v}"
    );
    let (s, v) = q
        .post(
            &url,
            json!({"password": "Fine-New-Pass-1", "confirm": "Fine-New-Pass-1"}),
        )
        .await;
    assert_eq!(
        (s, v["error"]["fields"][0]["code"].as_str()),
        (422, Some("rules_not_accepted")),
        "{v}"
    );
    let (s, v) = q.post(&url, json!({"password": "Fine-New-Pass-1", "confirm": "Fine-New-Pass-1", "accept_rules": true})).await;
    assert_eq!(s, 200, "{v}");
    assert!(t.dir.ldapwhoami(&dn("jdupont"), "Fine-New-Pass-1"));
    assert!(
        mail_to(&t, "jeanne.d@example.net").await.len() > 10,
        "confirmation email"
    );

    // History on the reset path: the previous password is refused.
    let (_, v) = q.post("/api/v1/recovery", start.clone()).await;
    let flow = v["flow"].as_str().unwrap().to_string();
    q.post(
        &format!("/api/v1/recovery/{flow}/answer"),
        json!({"answer": "Minou Blanc"}),
    )
    .await;
    let old = password_of("jdupont");
    let (s, v) = q
        .post(
            &format!("/api/v1/recovery/{flow}/password"),
            json!({"password": old, "confirm": old, "accept_rules": true}),
        )
        .await;
    assert_eq!(
        (s, v["error"]["violations"][0]["code"].as_str()),
        (422, Some("in_history")),
        "{v}"
    );

    // The attempt limit holds per account, across recoveries.
    for _ in 0..3 {
        let (_, v) = q.post("/api/v1/recovery", start.clone()).await;
        let flow = v["flow"].as_str().unwrap().to_string();
        q.post(
            &format!("/api/v1/recovery/{flow}/answer"),
            json!({"answer": "wrong"}),
        )
        .await;
    }
    let (_, v) = q.post("/api/v1/recovery", start.clone()).await;
    let flow = v["flow"].as_str().unwrap().to_string();
    let (s, v) = q
        .post(
            &format!("/api/v1/recovery/{flow}/answer"),
            json!({"answer": "Minou Blanc"}),
        )
        .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (410, Some("answer_exhausted")),
        "{v}"
    );

    // Unknown input counts down exactly like a real account, across
    // recoveries (2, 1, then closed), so the count tells nobody who exists.
    let unknown = json!({"personal_number": "E9999", "birth_date": "02/03/1979"});
    let mut seen = Vec::new();
    for _ in 0..3 {
        let (_, v) = q.post("/api/v1/recovery", unknown.clone()).await;
        let flow = v["flow"].as_str().unwrap().to_string();
        let (s, v) = q
            .post(
                &format!("/api/v1/recovery/{flow}/answer"),
                json!({"answer": "wrong"}),
            )
            .await;
        seen.push((
            s,
            v["error"]["code"].as_str().map(str::to_string),
            v["error"]["attempts_left"].as_u64(),
        ));
    }
    assert_eq!(
        seen,
        [
            (422, Some("answer_wrong".to_string()), Some(2)),
            (422, Some("answer_wrong".to_string()), Some(1)),
            (410, Some("answer_exhausted".to_string()), None),
        ]
    );
    // A finished recovery says so, in the recovery's own words.
    let (s, v) = q
        .post(
            &format!("/api/v1/recovery/{}/answer", "no-such-recovery"),
            json!({"answer": "x"}),
        )
        .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (404, Some("recovery_expired")),
        "{v}"
    );
    assert!(
        v["error"]["message"].as_str().unwrap().contains("recover"),
        "{v}"
    );

    // Someone unknown sees a question too, and no answer opens it.
    let (s, v) = q
        .post(
            "/api/v1/recovery",
            json!({"personal_number": "X9999", "birth_date": "01/01/1990"}),
        )
        .await;
    assert_eq!((s, v["next"].as_str()), (202, Some("question")));
    // From the very pool real questions come from: nothing tells them apart.
    let pool = [
        "What was the name of your first school?",
        "In which city were your parents married?",
        "What was the name of your first pet?",
        "What is the name of the street you grew up on?",
    ];
    assert!(pool.contains(&v["question"].as_str().unwrap()), "{v}");
    // A question that is not in the pool is refused.
    let r = Person::new(&t);
    assert_eq!(r.sign_in("jdupont", "Fine-New-Pass-1").await.0, 201);
    let (s, v) = r
        .call(
            reqwest::Method::PUT,
            "/api/v1/me/security-question",
            json!({"question": "Nom de mon chat ?", "answer": "Minou"}),
        )
        .await;
    assert_eq!(
        (s, v["error"]["fields"][0]["code"].as_str()),
        (422, Some("question_unknown")),
        "{v}"
    );
}

#[tokio::test]
async fn a_cross_site_post_is_refused() {
    let t = TestApp::spawn_with(BASE).await;
    for (origin, site) in [
        ("https://evil.example.com", "cross-site"),
        ("null", "cross-site"),
    ] {
        let r = t
            .client
            .post(t.url("/api/v1/session"))
            .header("origin", origin)
            .header("sec-fetch-site", site)
            .json(&json!({"username": "alice", "password": password_of("alice")}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403, "{origin}");
        assert!(
            r.headers()
                .get("set-cookie")
                .is_none_or(|c| !c.to_str().unwrap().contains("session"))
        );
    }
    // A form posted from another site, or without its token, changes nothing.
    let r = t
        .client
        .post(t.url("/activate"))
        .header("origin", "https://evil.example.com")
        .form(&[("role", "student")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = t
        .client
        .post(t.url("/activate"))
        .form(&[("role", "student")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert_eq!(t.app.state.values(), Some(0), "nothing was stored");
    // GET never changes state: it is not even routed for the state-changing endpoints.
    assert_eq!(t.get("/api/v1/session", &[]).await.status(), 405);
}

#[tokio::test]
async fn with_a_dn_template_sign_in_binds_without_searching() {
    let dir = crate::harness::TestDir::start();
    let t = TestApp::spawn_on_directory(
        dir,
        "user_dn_template = \"uid={username},ou=people,dc=example,dc=org\"",
        BASE,
    )
    .await;
    let p = Person::new(&t);
    let (s, v) = p.sign_in("alice", password_of("alice")).await;
    assert_eq!(s, 201, "{v}");
    let wrong = p.sign_in("alice", "wrong-password").await;
    let unknown = p.sign_in("nobody-here", "wrong-password").await;
    assert_eq!(wrong.0, 401);
    assert_eq!(wrong, unknown);
    // DN metacharacters are escaped: no other entry can be reached.
    let evil = p.sign_in("alice,ou=people", password_of("alice")).await;
    assert_eq!(evil.0, 401, "{evil:?}");
}

#[tokio::test]
async fn sign_out_everywhere_else_ends_the_other_sessions_and_keeps_this_one() {
    let t = TestApp::spawn_with(BASE).await;
    let (here, lab, phone) = (Person::new(&t), Person::new(&t), Person::new(&t));
    for p in [&here, &lab, &phone] {
        assert_eq!(p.sign_in("alice", password_of("alice")).await.0, 201);
    }
    let (s, v) = here.post("/api/v1/me/sessions/end-others", json!({})).await;
    assert_eq!((s, v["ended"].as_u64()), (200, Some(2)), "{v}");
    assert_eq!(here.get("/api/v1/me").await.0, 200);
    assert_eq!(lab.get("/api/v1/me").await.0, 401);
    assert_eq!(phone.get("/api/v1/me").await.0, 401);
    // Someone else's sessions are not touched.
    let other = Person::new(&t);
    assert_eq!(
        other.sign_in("jdupont", password_of("jdupont")).await.0,
        201
    );
    here.post("/api/v1/me/sessions/end-others", json!({})).await;
    assert_eq!(other.get("/api/v1/me").await.0, 200);
}

#[tokio::test]
async fn two_thousand_journeys_of_wrong_pins_for_one_account_are_refused_long_before_the_last() {
    let t = TestApp::spawn_with(BASE).await;
    let p = Person::new(&t);
    let mut guesses = 0;
    let mut refused_after = None;
    for journey in 0..2000 {
        let (s, v) = p
            .post(
                "/api/v1/recovery",
                json!({"username": "alice", "channel": "sms"}),
            )
            .await;
        if s == 429 {
            assert_eq!(v["error"]["code"], "pin_budget", "{v}");
            refused_after = Some(journey);
            break;
        }
        let flow = v["flow"].as_str().unwrap().to_string();
        // Every guess a journey allows, each wrong.
        for _ in 0..5 {
            let (s, v) = p
                .post(
                    &format!("/api/v1/recovery/{flow}/pin"),
                    json!({"pin": "000000"}),
                )
                .await;
            match v["error"]["code"].as_str() {
                Some("pin_wrong" | "pin_exhausted") => guesses += 1,
                Some("pin_budget") => break,
                _ => panic!("{s} {v}"),
            }
        }
    }
    let journeys = refused_after.expect("refused before 2,000 journeys");
    assert!(journeys <= 10, "refused after {journeys} journeys");
    assert!(guesses <= 10, "{guesses} guesses were evaluated in all");
    // The real owner is told clearly, the same way as anyone.
    let (s, v) = p
        .post(
            "/api/v1/recovery",
            json!({"username": "nobody-here-at-all", "channel": "sms"}),
        )
        .await;
    assert_eq!(s, 202, "{v}");
}

#[tokio::test]
async fn requests_from_other_addresses_cannot_stop_the_owner_getting_a_working_link() {
    let t = TestApp::spawn_with(
        "[http]\ntrusted_proxies = [\"127.0.0.0/8\"]\n[limits]\nattempts_per_ip_per_hour = 100000\n",
    )
    .await;
    let ask = |from: &'static str| {
        let (c, url) = (t.client.clone(), t.url("/api/v1/recovery"));
        async move {
            c.post(url)
                .header("x-forwarded-for", from)
                .json(&json!({"username": "alice"}))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    // 50 anonymous requests from 5 other addresses.
    for from in [
        "198.51.100.1",
        "198.51.100.2",
        "198.51.100.3",
        "198.51.100.4",
        "198.51.100.5",
    ] {
        for _ in 0..10 {
            assert_eq!(ask(from).await, 202);
        }
    }
    let links = |t: &TestApp| {
        t.smtp
            .messages()
            .iter()
            .filter(|m| m.text.contains("/recover/reset/"))
            .count()
    };
    let deadline = Instant::now() + Duration::from_secs(5);
    while links(&t) < 25 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(links(&t), 25, "5 per requesting address");
    // The owner, from home, still gets a link, and it works.
    assert_eq!(ask("203.0.113.50").await, 202);
    let deadline = Instant::now() + Duration::from_secs(5);
    while links(&t) < 26 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let mails = t.smtp.messages();
    let last = mails
        .iter()
        .rev()
        .find(|m| m.text.contains("/recover/reset/"))
        .expect("the owner's link");
    assert_eq!(links(&t), 26);
    let (s, v) = Person::new(&t)
        .post(
            &format!("/api/v1/recovery/link/{}/password", link_token(&last.text)),
            json!({"password": "Owner-Gets-Back-In-1", "confirm": "Owner-Gets-Back-In-1"}),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    assert!(t.dir.ldapwhoami(&dn("alice"), "Owner-Gets-Back-In-1"));
}

#[tokio::test]
async fn a_reset_whose_flag_write_fails_is_reported_done_and_spends_the_link() {
    // slapd lets the service account set jdupont's password but not touch
    // pwdReset: the second write of a reset fails after the first applied.
    let dir = crate::harness::TestDir::start_with_acl(
        "access to dn.exact=\"uid=jdupont,ou=people,dc=example,dc=org\" attrs=pwdReset\n    by * none\n",
    );
    let t = TestApp::spawn_on(dir, BASE).await;
    let p = Person::new(&t);
    p.post("/api/v1/recovery", json!({"username": "jdupont"}))
        .await;
    let token = link_token(&mail_to(&t, "jeanne.d@example.net").await);
    let url = format!("/api/v1/recovery/link/{token}/password");
    let new = "Half-Written-Reset-3";
    let (s, v) = p.post(&url, json!({"password": new, "confirm": new})).await;
    assert_eq!(s, 200, "the password was set, so the answer says so: {v}");
    // The new password is the one that works (slapd left pwdReset on: the
    // next sign-in asks for a change, nothing worse).
    let (s, v) = Person::new(&t).sign_in("jdupont", new).await;
    assert_eq!(
        (s, v["must_change_password"].as_bool()),
        (201, Some(true)),
        "the flag write really failed: {v}"
    );
    // The link is spent: a retry does not write the password again.
    let (s, _) = p
        .post(
            &url,
            json!({"password": "Another-Try-4", "confirm": "Another-Try-4"}),
        )
        .await;
    assert_eq!(s, 410);
}

#[tokio::test]
async fn failed_sends_cost_nothing_after_five_the_recovered_gateway_delivers_the_next() {
    let t = TestApp::spawn_with(BASE).await;
    let p = Person::new(&t);
    t.sms.set_failing(Some(500));
    for _ in 0..5 {
        let (s, v) = p
            .post(
                "/api/v1/recovery",
                json!({"username": "alice", "channel": "sms"}),
            )
            .await;
        assert_eq!(s, 202, "{v}");
    }
    let deadline = Instant::now() + Duration::from_secs(5);
    while t.sms.attempts() < 5 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(t.sms.attempts(), 5, "each failed send was tried");
    t.sms.set_failing(None);
    let (s, v) = p
        .post(
            "/api/v1/recovery",
            json!({"username": "alice", "channel": "sms"}),
        )
        .await;
    assert_eq!(s, 202, "{v}");
    let sms = t
        .sms
        .wait_for_to("+306900000001", Duration::from_secs(5))
        .await
        .expect("the send after the outage is delivered, not refused by a spent budget");
    assert_eq!(pin_in(&sms.text).len(), 6);
}

#[tokio::test]
async fn a_failed_recovery_sms_is_told_alike_for_real_and_unknown_input_and_a_new_code_comes_at_once()
 {
    let t = TestApp::spawn_with(BASE).await;
    let p = Person::new(&t);
    t.sms.set_failing(Some(500));
    let (s, v) = p
        .post(
            "/api/v1/recovery",
            json!({"username": "alice", "channel": "sms"}),
        )
        .await;
    assert_eq!(s, 202, "{v}");
    let real = v["flow"].as_str().unwrap().to_string();
    let deadline = Instant::now() + Duration::from_secs(5);
    while t.sms.attempts() < 1 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    let (_, v) = p
        .post(
            "/api/v1/recovery",
            json!({"username": "nobody-at-all-here", "channel": "sms"}),
        )
        .await;
    let fake = v["flow"].as_str().unwrap().to_string();
    for flow in [&real, &fake] {
        let (s, v) = p.get(&format!("/api/v1/recovery/{flow}/status")).await;
        assert_eq!(s, 200, "{v}");
        assert_eq!(v["step"], "pin");
        assert_eq!(v["send_failure"], "sms", "{v}");
        // The page says so too, and offers a new code.
        let r = crate::harness::with_secret(
            &format!("/recover/{flow}/pin"),
            t.client.get(t.url(&format!("/recover/{flow}/pin"))),
        )
        .header(
            "cookie",
            format!(
                "kleidi-journey={}",
                crate::harness::secret_for(&format!("/recover/{flow}/pin")).unwrap_or_default()
            ),
        )
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
        let html = r.text().await.unwrap();
        assert!(html.contains("could not send the code by SMS"), "{html}");
        assert!(html.contains(&format!("/recover/{flow}/resend")));
    }
    // The gateway is back: a new code at once (no cool-down while the
    // channel counts as failing), delivered; for unknown input the same
    // answer, nothing sent.
    t.sms.set_failing(None);
    for flow in [&fake, &real] {
        let (s, v) = p
            .post(&format!("/api/v1/recovery/{flow}/resend"), json!({}))
            .await;
        assert_eq!(s, 202, "{v}");
    }
    let sms = t
        .sms
        .wait_for_to("+306900000001", Duration::from_secs(5))
        .await
        .expect("the new code is delivered");
    let (s, v) = p
        .post(
            &format!("/api/v1/recovery/{real}/pin"),
            json!({"pin": pin_in(&sms.text)}),
        )
        .await;
    assert_eq!(s, 200, "the new code works: {v}");
    let (s, v) = p.get(&format!("/api/v1/recovery/{fake}/status")).await;
    assert_eq!((s, v["send_failure"].clone()), (200, Value::Null), "{v}");
}

#[tokio::test]
async fn a_contact_code_that_cannot_be_sent_is_told_at_once_and_costs_nothing() {
    let t = TestApp::spawn_with(BASE).await;
    let p = Person::new(&t);
    p.sign_in("alice", password_of("alice")).await;
    t.sms.set_failing(Some(503));
    let body =
        json!({"kind": "mobile", "value": "+306900000077", "password": password_of("alice")});
    for _ in 0..5 {
        let (s, v) = p.post("/api/v1/me/contacts", body.clone()).await;
        assert_eq!(
            (s, v["error"]["code"].as_str()),
            (503, Some("send_failed")),
            "{v}"
        );
    }
    t.sms.set_failing(None);
    let (s, v) = p.post("/api/v1/me/contacts", body).await;
    assert_eq!(s, 202, "right after the outage, nothing spent: {v}");
    assert!(
        t.sms
            .wait_for_to("+306900000077", Duration::from_secs(5))
            .await
            .is_some()
    );
}

#[tokio::test]
async fn while_the_mail_service_fails_a_link_request_says_so_alike_for_everyone() {
    let t = TestApp::spawn_with(BASE).await;
    let p = Person::new(&t);
    t.smtp.stop().await;
    // A real request whose link cannot be sent marks the mail service failing.
    let (s, v) = p
        .post("/api/v1/recovery", json!({"username": "jdupont"}))
        .await;
    assert_eq!((s, v["send_failure"].clone()), (202, Value::Null), "{v}");
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (_, v) = p
            .post(
                "/api/v1/recovery",
                json!({"username": "nobody-at-all-here"}),
            )
            .await;
        if v["send_failure"] == "email" {
            break;
        }
        assert!(Instant::now() < deadline, "the failure never showed: {v}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Real and unknown input get the same answer, and the page says so.
    for u in ["jdupont", "nobody-at-all-here"] {
        let (s, v) = p.post("/api/v1/recovery", json!({"username": u})).await;
        assert_eq!(
            (s, v["send_failure"].as_str()),
            (202, Some("email")),
            "{u}: {v}"
        );
    }
    // Back: the next link goes out and clears the mark.
    t.smtp.restart().await;
    let (s, _) = p
        .post("/api/v1/recovery", json!({"username": "jdupont"}))
        .await;
    assert_eq!(s, 202);
    assert!(
        t.smtp
            .wait_for_to("jeanne.d@example.net", Duration::from_secs(5))
            .await
            .is_some()
    );
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let (_, v) = p
            .post(
                "/api/v1/recovery",
                json!({"username": "nobody-at-all-here"}),
            )
            .await;
        if v["send_failure"].is_null() {
            break;
        }
        assert!(Instant::now() < deadline, "the mark stayed: {v}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn one_refused_change_reports_every_problem_at_once_and_changes_nothing() {
    let t = TestApp::spawn_with(BASE).await;
    let p = Person::new(&t);
    let (s, _) = p.sign_in("alice", password_of("alice")).await;
    assert_eq!(s, 201);
    // A wrong current password, a too short new one, a different confirmation.
    let (s, v) = p
        .post(
            "/api/v1/me/password",
            json!({"current": "not-the-password", "new": "short", "confirm": "shorter"}),
        )
        .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (422, Some("password_policy")),
        "{v}"
    );
    let fields: Vec<(&str, &str)> = v["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["field"].as_str().unwrap(), f["code"].as_str().unwrap()))
        .collect();
    assert!(
        fields.contains(&("current", "current_password_wrong")),
        "{v}"
    );
    assert!(fields.contains(&("confirm", "password_mismatch")), "{v}");
    assert!(
        v["error"]["violations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["code"] == "too_short"),
        "{v}"
    );
    assert!(t.dir.ldapwhoami(&dn("alice"), password_of("alice")));
    // A right current password is not reported as wrong.
    let (s, v) = p
        .post(
            "/api/v1/me/password",
            json!({"current": password_of("alice"), "new": "short", "confirm": "short"}),
        )
        .await;
    assert_eq!(s, 422);
    assert!(v["error"]["fields"].is_null(), "{v}");
}
