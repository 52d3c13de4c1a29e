//! The helpdesk console and `/api/v1/admin`, against the real slapd with
//! its operator group (`cn=helpdesk,ou=groups`: tfontaine and ssantoro).

use std::process::Command;

use serde_json::{Value, json};

use crate::harness::{TestApp, dn, password_of, session_cookie_at};

const HELPDESK: &str = r#"
[helpdesk]
enabled = true
operator_groups = ["cn=helpdesk,ou=groups,dc=example,dc=org"]
"#;

async fn spawn() -> TestApp {
    TestApp::spawn_with(HELPDESK).await
}

/// An operator session cookie.
async fn operator(t: &TestApp, user: &str) -> String {
    let r = t
        .client
        .post(t.url("/api/v1/admin/session"))
        .json(&json!({"username": user, "password": password_of(user)}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201, "operator sign-in as {user}");
    crate::harness::cookie(&r, "kleidi-operator")
}

/// An admin API call with `cookie`; the status and the JSON answer.
async fn admin(
    t: &TestApp,
    cookie: &str,
    method: &str,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let url = t.url(path);
    let mut b = match method {
        "GET" => t.client.get(url),
        "DELETE" => t.client.delete(url),
        _ => t.client.post(url),
    };
    b = b.header("cookie", cookie).header("accept-language", "en");
    if let Some(body) = body {
        b = b.json(&body);
    }
    let r = b.send().await.unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

/// `ldapwhoami -e ppolicy`: whether the bind succeeded, and what it printed.
fn whoami_ppolicy(t: &TestApp, dn: &str, password: &str) -> (bool, String) {
    let out = Command::new("ldapwhoami")
        .args([
            "-x",
            "-e",
            "ppolicy",
            "-H",
            &t.dir.slapd.uri(),
            "-D",
            dn,
            "-w",
            password,
        ])
        .output()
        .expect("ldapwhoami runs");
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

async fn events(t: &TestApp, cookie: &str, user: &str) -> Vec<Value> {
    let (s, v) = admin(
        t,
        cookie,
        "GET",
        &format!("/api/v1/admin/accounts/{user}/audit"),
        None,
    )
    .await;
    assert_eq!(s, 200, "{v}");
    v["events"].as_array().cloned().unwrap_or_default()
}

#[tokio::test]
async fn only_members_of_an_operator_group_get_in_and_refusals_are_audited() {
    let t = spawn().await;
    // Anonymous: 401 everywhere.
    let (s, v) = admin(&t, "", "GET", "/api/v1/admin/accounts?q=alice", None).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (401, Some("not_signed_in"))
    );
    // A person who is not an operator: 403, and the attempt is recorded.
    let r = t
        .client
        .post(t.url("/api/v1/admin/session"))
        .json(&json!({"username": "alice", "password": password_of("alice")}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["error"]["code"], "not_operator");
    // Wrong password for an operator: the same 401 as anyone's.
    let r = t
        .client
        .post(t.url("/api/v1/admin/session"))
        .json(&json!({"username": "tfontaine", "password": "not-it"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    // A person's own session is no operator session.
    let person = session_cookie_at(
        &t.client,
        &t.url("/api/v1/session"),
        "alice",
        password_of("alice"),
    )
    .await;
    let (s, _) = admin(&t, &person, "GET", "/api/v1/admin/accounts/alice", None).await;
    assert_eq!(s, 401);
    let op = operator(&t, "tfontaine").await;
    let ev = events(&t, &op, "alice").await;
    assert!(
        ev.iter().any(|e| e["action"] == "helpdesk.sign_in"
            && e["outcome"] == "not_operator"
            && e["operator"] == dn("alice")),
        "{ev:?}"
    );
    // The operator cookie opens nothing of a person's account pages.
    let (s, _) = admin(&t, &op, "GET", "/api/v1/me", None).await;
    assert_eq!(s, 401);
    // Signing out ends the operator session.
    let (s, _) = admin(&t, &op, "DELETE", "/api/v1/admin/session", None).await;
    assert_eq!(s, 204);
    let (s, _) = admin(&t, &op, "GET", "/api/v1/admin/accounts/alice", None).await;
    assert_eq!(s, 401);
}

#[tokio::test]
async fn a_temporary_password_must_be_changed_at_first_use_then_binds_clean() {
    let t = spawn().await;
    let op = operator(&t, "tfontaine").await;
    let path = "/api/v1/admin/accounts/lmartin/temporary-password";
    // The operator's own password is asked again; a wrong one changes nothing.
    let (s, v) = admin(
        &t,
        &op,
        "POST",
        path,
        Some(json!({"operator_password": "wrong"})),
    )
    .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (401, Some("reauth_required"))
    );
    assert!(t.dir.ldapwhoami(&dn("lmartin"), password_of("lmartin")));
    let r = t
        .client
        .post(t.url(path))
        .header("cookie", &op)
        .json(&json!({"operator_password": password_of("tfontaine")}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("no-store")
    );
    let v: Value = r.json().await.unwrap();
    let temp = v["password"].as_str().unwrap().to_string();
    assert_eq!(v["change_forced"], true);
    // The old password is gone; slapd's ppolicy says the new one must change.
    assert!(!t.dir.ldapwhoami(&dn("lmartin"), password_of("lmartin")));
    let (ok, said) = whoami_ppolicy(&t, &dn("lmartin"), &temp);
    assert!(ok, "{said}");
    assert!(said.to_lowercase().contains("must be changed"), "{said}");
    let (s, a) = admin(&t, &op, "GET", "/api/v1/admin/accounts/lmartin", None).await;
    assert_eq!((s, a["must_change"].as_bool()), (200, Some(true)), "{a}");
    // kleidi's sign-in forces the change; after it the bind is clean.
    let r = t
        .client
        .post(t.url("/api/v1/session"))
        .json(&json!({"username": "lmartin", "password": temp}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let cookie = crate::harness::cookie(&r, "kleidi-session");
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["must_change_password"], true);
    let (s, _) = admin(&t, &cookie, "GET", "/api/v1/me/contacts", None).await;
    assert_ne!(s, 200);
    let new = "Lucas-Own-Choice-81";
    let (s, v) = admin(
        &t,
        &cookie,
        "POST",
        "/api/v1/me/password",
        Some(json!({"current": temp, "new": new, "confirm": new})),
    )
    .await;
    assert_eq!(s, 200, "{v}");
    let (ok, said) = whoami_ppolicy(&t, &dn("lmartin"), new);
    assert!(
        ok && !said.to_lowercase().contains("must be changed"),
        "{said}"
    );
    let ev = events(&t, &op, "lmartin").await;
    let outcomes: Vec<&str> = ev
        .iter()
        .filter(|e| e["action"] == "helpdesk.temporary_password")
        .filter_map(|e| e["outcome"].as_str())
        .collect();
    assert_eq!(outcomes, vec!["ok", "reauth_failed"], "{ev:?}");
    assert!(
        ev.iter()
            .all(|e| e["operator"] == dn("tfontaine") && e["client"] == "127.0.0.1")
    );
    // An operator's own account is changed on the account pages.
    let (s, v) = admin(
        &t,
        &op,
        "POST",
        "/api/v1/admin/accounts/tfontaine/temporary-password",
        Some(json!({"operator_password": password_of("tfontaine")})),
    )
    .await;
    assert_eq!((s, v["error"]["code"].as_str()), (409, Some("own_account")));
}

/// Five wrong binds lock an account under the sample policy.
fn lock(t: &TestApp, user: &str) {
    for _ in 0..6 {
        assert!(!t.dir.ldapwhoami(&dn(user), "definitely-wrong"));
    }
    assert!(!t.dir.ldapwhoami(&dn(user), password_of(user)), "locked");
}

#[tokio::test]
async fn unlock_clears_the_lockout_and_of_many_operators_at_once_one_unlocks() {
    let t = spawn().await;
    let a = operator(&t, "tfontaine").await;
    let b = operator(&t, "ssantoro").await;
    let (s, v) = admin(
        &t,
        &a,
        "POST",
        "/api/v1/admin/accounts/jdupont/unlock",
        None,
    )
    .await;
    assert_eq!((s, v["error"]["code"].as_str()), (409, Some("not_locked")));
    lock(&t, "jdupont");
    let (_, st) = admin(&t, &a, "GET", "/api/v1/admin/accounts/jdupont", None).await;
    assert_eq!(st["lock"]["state"], "failures", "{st}");
    assert!(st["failures"].as_u64().unwrap() >= 5);
    // 12 requests from two operators at once: exactly one unlocks.
    let mut tasks = Vec::new();
    for i in 0..12 {
        let cookie = if i % 2 == 0 { a.clone() } else { b.clone() };
        let (client, url) = (
            t.client.clone(),
            t.url("/api/v1/admin/accounts/jdupont/unlock"),
        );
        tasks.push(tokio::spawn(async move {
            let r = client
                .post(url)
                .header("cookie", cookie)
                .send()
                .await
                .unwrap();
            let s = r.status().as_u16();
            let v: Value = r.json().await.unwrap_or(Value::Null);
            (s, v["error"]["code"].as_str().unwrap_or("").to_string())
        }));
    }
    let mut ok = 0;
    for task in tasks {
        match task.await.unwrap() {
            (204, _) => ok += 1,
            (409, code) => assert!(code == "not_locked" || code == "account_busy", "{code}"),
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(ok, 1);
    let (_, st) = admin(&t, &a, "GET", "/api/v1/admin/accounts/jdupont", None).await;
    assert_eq!(st["lock"]["state"], "no", "{st}");
    assert_eq!(st["failures"], 0);
    assert!(t.dir.ldapwhoami(&dn("jdupont"), password_of("jdupont")));
    // An administrator's own lock is not the helpdesk's to lift.
    t.dir.ldapmodify(&format!(
        "dn: {}\nchangetype: modify\nreplace: pwdAccountLockedTime\npwdAccountLockedTime: 000001010000Z\n",
        dn("jdupont")
    ));
    let (s, v) = admin(
        &t,
        &a,
        "POST",
        "/api/v1/admin/accounts/jdupont/unlock",
        None,
    )
    .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (409, Some("locked_by_administrator"))
    );
    // A lock that changed after an operator read it is left alone: the
    // unlock deletes only the value that was seen.
    let d = &t.app.directory;
    let r = d.unlock(&dn("jdupont"), "20260101000000Z").await.unwrap();
    assert_eq!(r, kleidi::directory::Unlock::NotLocked);
    let e = d.read_account(&dn("jdupont")).await.unwrap().unwrap();
    assert_eq!(e.first("pwdAccountLockedTime"), Some("000001010000Z"));
}

#[tokio::test]
async fn two_operators_issuing_temporary_passwords_at_once_leave_one_that_binds() {
    let t = spawn().await;
    let ops = [
        (operator(&t, "tfontaine").await, password_of("tfontaine")),
        (operator(&t, "ssantoro").await, password_of("ssantoro")),
    ];
    let mut tasks = Vec::new();
    for i in 0..8 {
        let (cookie, pw) = ops[i % 2].clone();
        let (client, url) = (
            t.client.clone(),
            t.url("/api/v1/admin/accounts/kpetrou/temporary-password"),
        );
        tasks.push(tokio::spawn(async move {
            let r = client
                .post(url)
                .header("cookie", cookie)
                .json(&json!({"operator_password": pw}))
                .send()
                .await
                .unwrap();
            let s = r.status().as_u16();
            (s, r.json::<Value>().await.unwrap_or(Value::Null))
        }));
    }
    let mut issued = Vec::new();
    for task in tasks {
        match task.await.unwrap() {
            (200, v) => issued.push(v["password"].as_str().unwrap().to_string()),
            (409, v) => assert_eq!(v["error"]["code"], "account_busy"),
            other => panic!("{other:?}"),
        }
    }
    assert!(!issued.is_empty());
    // The entry is consistent: exactly one of the passwords handed out
    // binds, and it must be changed.
    let binding: Vec<&String> = issued
        .iter()
        .filter(|p| whoami_ppolicy(&t, &dn("kpetrou"), p).0)
        .collect();
    assert_eq!(binding.len(), 1, "{} issued", issued.len());
    let (_, said) = whoami_ppolicy(&t, &dn("kpetrou"), binding[0]);
    assert!(said.to_lowercase().contains("must be changed"), "{said}");
    let ev = events(&t, &ops[0].0, "kpetrou").await;
    let oks = ev.iter().filter(|e| e["outcome"] == "ok").count();
    assert_eq!(oks, issued.len());
}

#[tokio::test]
async fn a_reset_link_goes_to_the_registered_email_and_refusals_say_why() {
    let t = spawn().await;
    let op = operator(&t, "ssantoro").await;
    let (s, v) = admin(
        &t,
        &op,
        "POST",
        "/api/v1/admin/accounts/alice/send-reset",
        None,
    )
    .await;
    assert_eq!(s, 200, "{v}");
    assert!(v["to"].as_str().unwrap().ends_with("@example.net"), "{v}");
    // Sent before the answer came: the operator heard the truth.
    let mail = t
        .smtp
        .messages()
        .into_iter()
        .find(|m| m.to.iter().any(|a| a == "alice.private@example.net"))
        .expect("the link was sent before the answer");
    assert!(mail.text.contains("/recover/reset/"), "{}", mail.text);
    // Not activated yet: activation sends its own PIN.
    let (s, v) = admin(
        &t,
        &op,
        "POST",
        "/api/v1/admin/accounts/gpapadopoulos/send-reset",
        None,
    )
    .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (409, Some("not_activated")),
        "{v}"
    );
    let (s, v) = admin(
        &t,
        &op,
        "POST",
        "/api/v1/admin/accounts/nobody-here/send-reset",
        None,
    )
    .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (404, Some("no_such_account"))
    );
    let ev = events(&t, &op, "gpapadopoulos").await;
    assert_eq!(ev[0]["outcome"], "not_activated");
}

#[tokio::test]
async fn the_owner_of_an_impersonal_account_is_set_and_checked() {
    let t = spawn().await;
    let op = operator(&t, "tfontaine").await;
    let owner = |who: &str| Some(json!({"owner": who}));
    let p = "/api/v1/admin/accounts/segreteria/owner";
    for (who, code) in [
        ("nobody-here", "owner_not_found"),
        ("segreteria", "owner_is_self"),
        ("office", "owner_is_impersonal"),
    ] {
        let (s, v) = admin(&t, &op, "POST", p, owner(who)).await;
        assert_eq!((s, v["error"]["code"].as_str()), (409, Some(code)), "{who}");
    }
    let (s, v) = admin(&t, &op, "POST", p, owner("alice")).await;
    assert_eq!((s, v["owner"].as_str()), (200, Some("alice")), "{v}");
    let (_, st) = admin(&t, &op, "GET", "/api/v1/admin/accounts/segreteria", None).await;
    assert_eq!(st["owner"], "alice");
    // An entry whose classes do not allow `owner`.
    let (s, v) = admin(
        &t,
        &op,
        "POST",
        "/api/v1/admin/accounts/library-desk/owner",
        owner("alice"),
    )
    .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (409, Some("owner_not_allowed")),
        "{v}"
    );
}

#[tokio::test]
async fn search_finds_by_name_email_mobile_and_number_and_escapes_the_query() {
    let t = TestApp::spawn_with(&format!("{HELPDESK}searches_per_minute = 12\n")).await;
    let op = operator(&t, "tfontaine").await;
    let found = |v: &Value| -> Vec<String> {
        v["accounts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["username"].as_str().unwrap().to_string())
            .collect()
    };
    for (q, want) in [
        ("Example Alice", "alice"),
        ("alice.private@example.net", "alice"),
        ("+306900000001", "alice"),
        ("E1001", "alice"),
        ("luca.bianchi@example.net", "lbianchi"),
    ] {
        let (s, v) = admin(
            &t,
            &op,
            "GET",
            &format!("/api/v1/admin/accounts?q={}", urlencode(q)),
            None,
        )
        .await;
        assert_eq!(s, 200, "{q}: {v}");
        assert_eq!(found(&v), vec![want.to_string()], "{q}");
    }
    // Filter syntax is searched for as text, never interpreted.
    let (s, v) = admin(
        &t,
        &op,
        "GET",
        &format!("/api/v1/admin/accounts?q={}", urlencode("*)(uid=*")),
        None,
    )
    .await;
    assert_eq!(s, 200);
    assert!(found(&v).is_empty(), "{v}");
    let (s, v) = admin(&t, &op, "GET", "/api/v1/admin/accounts?q=a", None).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (422, Some("invalid_input"))
    );
    let (s, _) = admin(
        &t,
        &op,
        "GET",
        "/api/v1/admin/accounts?q=alice&page=11",
        None,
    )
    .await;
    assert_eq!(s, 422);
    // The per-operator budget: 12 a minute, then 429 with Retry-After.
    let mut statuses = Vec::new();
    for _ in 0..10 {
        let r = t
            .get("/api/v1/admin/accounts?q=alice", &[("cookie", &op)])
            .await;
        if r.status() == 429 {
            assert!(r.headers().contains_key("retry-after"));
        }
        statuses.push(r.status().as_u16());
    }
    assert!(statuses.contains(&429), "{statuses:?}");
    // Another operator has a budget of their own.
    let other = operator(&t, "ssantoro").await;
    let (s, _) = admin(&t, &other, "GET", "/api/v1/admin/accounts?q=alice", None).await;
    assert_eq!(s, 200);
}

fn urlencode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[tokio::test]
async fn the_console_pages_work_with_their_forms_in_every_language() {
    // Three page views per language, twelve languages: above the default budget.
    let t = TestApp::spawn_with(&format!("{HELPDESK}searches_per_minute = 100\n")).await;
    let r = t.get("/helpdesk", &[]).await;
    assert_eq!(r.status(), 200);
    let csrf_cookie = crate::harness::cookie(&r, "kleidi-csrf");
    let body = r.text().await.unwrap();
    let i = body.find("name=\"csrf\" value=\"").unwrap() + "name=\"csrf\" value=\"".len();
    let token = body[i..].split('"').next().unwrap().to_string();
    let login = |user: &'static str, pw: &'static str| {
        t.client
            .post(t.url("/helpdesk/login"))
            .header("cookie", &csrf_cookie)
            .form(&[
                ("csrf", token.as_str()),
                ("username", user),
                ("password", pw),
            ])
            .send()
    };
    // Without the form token: refused.
    let r = t
        .client
        .post(t.url("/helpdesk/login"))
        .header("cookie", &csrf_cookie)
        .form(&[
            ("username", "tfontaine"),
            ("password", password_of("tfontaine")),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = login("alice", password_of("alice")).await.unwrap();
    assert_eq!(r.status(), 403);
    let r = login("tfontaine", password_of("tfontaine")).await.unwrap();
    assert_eq!(r.status(), 303);
    let op = crate::harness::cookie(&r, "kleidi-operator");
    let cookies = format!("{csrf_cookie}; {op}");
    for lang in kleidi::i18n::SUPPORTED.iter().copied() {
        for (path, expect) in [
            ("/helpdesk?q=alice", "/helpdesk/accounts/alice"),
            ("/helpdesk/accounts/alice", "Alice Example"),
            ("/helpdesk/audit?account=alice", "helpdesk.sign_in"),
        ] {
            let r = t
                .get(path, &[("cookie", &cookies), ("accept-language", lang)])
                .await;
            assert_eq!(r.status(), 200, "{path}");
            let body = r.text().await.unwrap();
            let expect = if path.starts_with("/helpdesk/audit") {
                // The trail names actions in the page's language.
                "<table"
            } else {
                expect
            };
            assert!(body.contains(expect), "{path} {lang}: {body}");
            assert!(body.contains(&format!("lang=\"{lang}\"")), "{path} {lang}");
        }
    }
    // The temporary password page is shown once and never cached.
    let r = t
        .client
        .post(t.url("/helpdesk/accounts/lbianchi/temporary-password"))
        .header("cookie", &cookies)
        .form(&[
            ("csrf", token.as_str()),
            ("operator_password", password_of("tfontaine")),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("no-store")
    );
    let body = r.text().await.unwrap();
    let i = body.find("<p class=\"secret\"><code>").unwrap() + "<p class=\"secret\"><code>".len();
    let temp = &body[i..body[i..].find('<').unwrap() + i];
    assert!(t.dir.ldapwhoami(&dn("lbianchi"), &html_unescape(temp)));
    // A wrong own password shows the account again with the error at the field.
    let r = t
        .client
        .post(t.url("/helpdesk/accounts/lbianchi/temporary-password"))
        .header("cookie", &cookies)
        .form(&[("csrf", token.as_str()), ("operator_password", "wrong")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    assert!(r.text().await.unwrap().contains("role=\"alert\""));
}

fn html_unescape(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2f;", "/")
}

#[tokio::test]
async fn every_operator_action_is_one_json_audit_line_in_the_log() {
    let dir = crate::harness::TestDir::start();
    let extra = format!(
        "[mail]\ntransport = \"console\"\nfrom = \"Accounts <noreply@example.org>\"\n[metrics]\nlisten = \"127.0.0.1:0\"\n[logging]\nformat = \"json\"\n{HELPDESK}"
    );
    let toml = dir
        .config_toml(None, "", &extra)
        .replace("public_url = ", "insecure_console = true\npublic_url = ");
    let mut served = crate::harness::Served::start(&toml, true).await;
    let client = crate::harness::http_client();
    let post = |path: &str, body: Value, cookie: Option<&str>| {
        let mut b = client.post(format!("{}{path}", served.base)).json(&body);
        if let Some(c) = cookie {
            b = b.header("cookie", c);
        }
        b.send()
    };
    let r = post(
        "/api/v1/admin/session",
        json!({"username": "alice", "password": password_of("alice")}),
        None,
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 403);
    let r = post(
        "/api/v1/admin/session",
        json!({"username": "tfontaine", "password": password_of("tfontaine")}),
        None,
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 201);
    let op = crate::harness::cookie(&r, "kleidi-operator");
    let r = post(
        "/api/v1/admin/accounts/lmartin/temporary-password",
        json!({"operator_password": password_of("tfontaine")}),
        Some(&op),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 200);
    let temp = r.json::<Value>().await.unwrap()["password"]
        .as_str()
        .unwrap()
        .to_string();
    served.signal("TERM");
    let mut log = String::new();
    use std::io::Read as _;
    served
        .child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    let _ = served.child.wait();
    let lines: Vec<Value> = log
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|v| v["message"] == "helpdesk")
        .collect();
    let find = |action: &str, outcome: &str| {
        lines
            .iter()
            .find(|v| v["action"] == action && v["outcome"] == outcome)
            .unwrap_or_else(|| panic!("no {action} {outcome} line in:\n{log}"))
            .clone()
    };
    let refused = find("helpdesk.sign_in", "not_operator");
    assert_eq!(refused["operator"], dn("alice"));
    let issued = find("helpdesk.temporary_password", "ok");
    assert_eq!(issued["operator"], dn("tfontaine"));
    assert_eq!(issued["subject"], dn("lmartin"));
    assert_eq!(issued["ip"], "127.0.0.1");
    assert_eq!(issued["target"], "audit");
    assert!(issued["at"].as_str().unwrap().ends_with('Z'));
    // Never the password itself.
    assert!(!log.contains(&temp));
    assert!(!log.contains(password_of("tfontaine")));
}

#[tokio::test]
async fn an_operator_session_ends_when_the_operator_password_changes() {
    let t = spawn().await;
    let op = operator(&t, "ssantoro").await;
    let person = session_cookie_at(
        &t.client,
        &t.url("/api/v1/session"),
        "ssantoro",
        password_of("ssantoro"),
    )
    .await;
    let new = "Sara-Santoro-Next-59";
    let (s, v) = admin(
        &t,
        &person,
        "POST",
        "/api/v1/me/password",
        Some(json!({"current": password_of("ssantoro"), "new": new, "confirm": new})),
    )
    .await;
    assert_eq!(s, 200, "{v}");
    let (s, _) = admin(&t, &op, "GET", "/api/v1/admin/accounts/alice", None).await;
    assert_eq!(s, 401);
}

#[tokio::test]
async fn the_documented_acls_give_the_service_account_what_the_helpdesk_needs() {
    // schema/acl-examples.conf (set-up A) in front of the sample's own rules.
    let dir =
        crate::harness::TestDir::start_with_acl(include_str!("../../schema/acl-examples.conf"));
    let t = TestApp::spawn_on(dir, HELPDESK).await;
    let op = operator(&t, "tfontaine").await;
    let (s, v) = admin(&t, &op, "GET", "/api/v1/admin/accounts?q=Example", None).await;
    assert_eq!(s, 200, "{v}");
    assert!(
        v["accounts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["username"] == "alice")
    );
    let (s, a) = admin(&t, &op, "GET", "/api/v1/admin/accounts/alice", None).await;
    assert_eq!(s, 200, "{a}");
    assert!(
        a["activated_at"].is_u64() && a["recovery_email"].is_string(),
        "{a}"
    );
    let (s, v) = admin(
        &t,
        &op,
        "POST",
        "/api/v1/admin/accounts/lmartin/temporary-password",
        Some(json!({"operator_password": password_of("tfontaine")})),
    )
    .await;
    assert_eq!((s, v["change_forced"].as_bool()), (200, Some(true)), "{v}");
    let (ok, said) = whoami_ppolicy(&t, &dn("lmartin"), v["password"].as_str().unwrap());
    assert!(
        ok && said.to_lowercase().contains("must be changed"),
        "{said}"
    );
    lock(&t, "jdupont");
    let (_, a) = admin(&t, &op, "GET", "/api/v1/admin/accounts/jdupont", None).await;
    assert!(a["failures"].as_u64().unwrap() >= 5, "{a}");
    let (s, v) = admin(
        &t,
        &op,
        "POST",
        "/api/v1/admin/accounts/jdupont/unlock",
        None,
    )
    .await;
    assert_eq!(s, 204, "{v}");
    assert!(t.dir.ldapwhoami(&dn("jdupont"), password_of("jdupont")));
    let (s, v) = admin(
        &t,
        &op,
        "POST",
        "/api/v1/admin/accounts/segreteria/owner",
        Some(json!({"owner": "alice"})),
    )
    .await;
    assert_eq!(s, 200, "{v}");
    let (s, v) = admin(
        &t,
        &op,
        "POST",
        "/api/v1/admin/accounts/alice/send-reset",
        None,
    )
    .await;
    assert_eq!(s, 200, "{v}");
}
