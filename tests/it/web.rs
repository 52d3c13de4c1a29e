//! The HTTP skeleton: health, readiness, headers, errors, languages.

use crate::harness::TestApp;

#[tokio::test]
async fn readyz_follows_the_directory_while_healthz_stays_up() {
    let mut t = TestApp::spawn().await;
    assert_eq!(t.get("/healthz", &[]).await.status(), 200);
    assert_eq!(t.get("/readyz", &[]).await.status(), 200);
    t.dir.slapd.stop();
    let r = t.get("/readyz", &[]).await;
    assert_eq!(r.status(), 503);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["status"], "unavailable");
    assert_eq!(t.get("/healthz", &[]).await.status(), 200);
    t.dir.slapd.start_again().unwrap();
    assert_eq!(t.get("/readyz", &[]).await.status(), 200);
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let t = TestApp::spawn().await;
    for path in ["/", "/healthz", "/no-such-page", "/api/v1/nothing"] {
        let r = t.get(path, &[]).await;
        let h = r.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("script-src 'self'"), "{path}");
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert_eq!(h["referrer-policy"], "no-referrer", "{path}");
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["cache-control"], "no-store", "{path}");
        assert_eq!(h["x-request-id"].len(), 32, "{path}");
        // The public URL is http://127.0.0.1 here: no HSTS.
        assert!(h.get("strict-transport-security").is_none());
    }
}

#[tokio::test]
async fn hsts_is_sent_when_the_public_url_is_https() {
    let t = TestApp::spawn().await;
    let mut cfg = t.app.config.clone();
    cfg.public_url = "https://account.example.org".into();
    let app = kleidi::run::build(cfg, None).unwrap();
    let router = kleidi::http::router(app);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(kleidi::http::serve(
        listener,
        router,
        std::future::pending(),
        std::time::Duration::from_secs(1),
    ));
    let r = crate::harness::http_client()
        .get(format!("http://{addr}/healthz"))
        .send()
        .await
        .unwrap();
    assert!(
        r.headers()["strict-transport-security"]
            .to_str()
            .unwrap()
            .contains("max-age=")
    );
}

#[tokio::test]
async fn pages_and_errors_speak_the_language_the_browser_asks_for() {
    let t = TestApp::spawn().await;
    let cases = [
        ("el", "Καλωσήλθατε", "Η σελίδα δεν υπάρχει."),
        ("en", "Welcome", "This page does not exist."),
        ("it", "Ti diamo il benvenuto", "Questa pagina non esiste."),
        ("fr", "Bienvenue", "Cette page n'existe pas."),
    ];
    for (lang, home, missing) in cases {
        let r = t.get("/", &[("accept-language", lang)]).await;
        assert_eq!(r.status(), 200);
        let body = r.text().await.unwrap();
        assert!(body.contains(home), "{lang}: {body}");
        assert!(body.contains(&format!("<html lang=\"{lang}\" dir=\"ltr\">")));
        let r = t.get("/no-such-page", &[("accept-language", lang)]).await;
        assert_eq!(r.status(), 404);
        // The page escapes the apostrophe; the JSON below does not.
        let body = r.text().await.unwrap().replace("&#x27;", "'");
        assert!(body.contains(missing), "{lang}: {body}");
        let r = t.get("/api/v1/nothing", &[("accept-language", lang)]).await;
        assert_eq!(r.status(), 404);
        let j: serde_json::Value = r.json().await.unwrap();
        assert_eq!(j["error"]["code"], "not_found");
        assert_eq!(j["error"]["message"], missing);
    }
}

#[tokio::test]
async fn an_explicit_language_choice_is_remembered_in_a_cookie() {
    let t = TestApp::spawn().await;
    let lang_cookie = |r: &reqwest::Response| {
        r.headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("kleidi_lang="))
            .map(str::to_string)
    };
    let r = t.get("/?lang=fr", &[("accept-language", "el")]).await;
    let cookie = lang_cookie(&r).expect("language cookie");
    assert!(cookie.starts_with("kleidi_lang=fr;"), "{cookie}");
    assert!(cookie.contains("HttpOnly"));
    assert!(r.text().await.unwrap().contains("Bienvenue"));
    let r = t
        .get(
            "/",
            &[("accept-language", "el"), ("cookie", "kleidi_lang=fr")],
        )
        .await;
    assert!(r.text().await.unwrap().contains("Bienvenue"));
    // An unknown choice is ignored, not reflected.
    let r = t
        .get("/?lang=xx%3Cscript%3E", &[("accept-language", "it")])
        .await;
    assert!(lang_cookie(&r).is_none());
    assert!(r.text().await.unwrap().contains("Ti diamo il benvenuto"));
}

#[tokio::test]
async fn oversized_bodies_are_refused_with_a_translated_413() {
    let t = TestApp::spawn().await;
    let big = "x".repeat(17 * 1024);
    let r = t
        .client
        .post(t.url("/api/v1/anything"))
        .header("accept-language", "it")
        .header("content-type", "application/json")
        .body(big)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);
    let j: serde_json::Value = r.json().await.unwrap();
    assert_eq!(j["error"]["code"], "payload_too_large");
    assert_eq!(j["error"]["message"], "I dati inviati sono troppo grandi.");
}

#[tokio::test]
async fn the_theme_stylesheet_carries_the_branding_colours() {
    let t = TestApp::spawn_with(
        "[branding]\nprimary_color = \"#123456\"\naccent_color = \"#abcdef\"\n",
    )
    .await;
    let css = t.get("/static/theme.css", &[]).await.text().await.unwrap();
    assert!(css.contains("--primary: #123456"));
    assert!(css.contains("--accent: #abcdef"));
}

/// The message-id prefixes a page must never show raw.
const RAW_IDS: &[&str] = &[
    "login-",
    "recover-",
    "account-",
    "change-",
    "contacts-",
    "username-",
    "activation-",
    "journey-",
    "field-",
    "policy-",
    "error-",
    "home-",
    "nav-",
];

fn assert_translated(path: &str, lang: &str, body: &str) {
    let text: String = body
        .split('<')
        .map(|p| p.split_once('>').map_or(p, |x| x.1))
        .collect();
    for id in RAW_IDS {
        assert!(
            !text.split_whitespace().any(|w| w.starts_with(id)
                && w.len() > id.len()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-' || c == '_')),
            "{path} in {lang} shows a raw message id {id}…"
        );
    }
    assert!(!body.contains("template failed"));
}

#[tokio::test]
async fn every_public_page_renders_in_every_language() {
    let t = TestApp::spawn().await;
    for lang in kleidi::i18n::SUPPORTED.iter().copied() {
        for path in ["/", "/login", "/recover", "/forgot-username", "/activate"] {
            let r = t.get(path, &[("accept-language", lang)]).await;
            assert_eq!(r.status(), 200, "{path} {lang}");
            let body = r.text().await.unwrap();
            assert!(
                body.contains(&format!("<html lang=\"{lang}\" dir=\"ltr\">")),
                "{path}"
            );
            if path != "/" {
                assert!(
                    body.contains("name=\"csrf\""),
                    "{path} has a form with its token"
                );
            }
            assert_translated(path, lang, &body);
        }
    }
}

/// The CSRF cookie and the form token of a page.
async fn form_token(t: &TestApp, path: &str) -> (String, String) {
    let r = t.get(path, &[]).await;
    let cookie = crate::harness::cookie(&r, "kleidi-csrf");
    let body = r.text().await.unwrap();
    let i =
        body.find("name=\"csrf\" value=\"").expect("token field") + "name=\"csrf\" value=\"".len();
    let token = body[i..].split('"').next().unwrap().to_string();
    (cookie, token)
}

#[tokio::test]
async fn signing_in_with_the_form_opens_the_account_pages() {
    let t = TestApp::spawn().await;
    let (cookie, token) = form_token(&t, "/login").await;
    // Without the token (or with another page's cookie) the form is refused.
    let r = t
        .client
        .post(t.url("/login"))
        .header("cookie", &cookie)
        .form(&[
            ("username", "alice"),
            ("password", crate::harness::password_of("alice")),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = post_login(&t, &cookie, &token, "fr", "alice", "wrong-password").await;
    assert_eq!(r.status(), 401);
    let body = r.text().await.unwrap();
    assert!(body.contains("role=\"alert\""), "{body}");
    assert_translated("/login", "fr", &body);
    let alice = crate::harness::password_of("alice");
    let r = post_login(&t, &cookie, &token, "en", "alice", alice).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/account");
    let session = crate::harness::cookie(&r, "kleidi-session");
    let cookies = format!("{cookie}; {session}");
    for lang in kleidi::i18n::SUPPORTED.iter().copied() {
        for (path, expect) in [
            ("/account", "alice"),
            ("/account/password", "name=\"new\""),
            ("/account/contacts", "name=\"kind\""),
        ] {
            let r = t
                .get(path, &[("cookie", &cookies), ("accept-language", lang)])
                .await;
            assert_eq!(r.status(), 200, "{path}");
            let body = r.text().await.unwrap();
            assert!(body.contains(expect), "{path}: {body}");
            assert_translated(path, lang, &body);
        }
    }
    // Without a session the account pages send people to sign in.
    let r = t.get("/account", &[]).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/login");
}

#[tokio::test]
async fn metrics_count_responses_and_journey_outcomes_on_their_own_listener_only() {
    let mut t = TestApp::spawn().await;
    // Not on the public listener.
    assert_eq!(t.get("/metrics", &[]).await.status(), 404);
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let metrics = format!("http://{}/metrics", l.local_addr().unwrap());
    let _server = kleidi::http::spawn_metrics(l, t.app.clone());
    let scrape = || async {
        t.client
            .get(&metrics)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    };
    let _ = t.get("/no-such-page", &[]).await;
    let (_, _) = t
        .api(
            "/api/v1/session",
            serde_json::json!({"username": "nobody", "password": "x-y-z"}),
        )
        .await;
    // Recoveries for someone real and for nobody count the same.
    for u in ["alice", "nobody-at-all"] {
        t.api("/api/v1/recovery", serde_json::json!({"username": u}))
            .await;
    }
    let body = scrape().await;
    // OpenMetrics: the family is named without `_total`, its samples with.
    assert!(
        body.contains("# TYPE kleidi_http_responses counter"),
        "{body}"
    );
    assert!(body.ends_with("# EOF\n"), "{body}");
    // Latency by route template, LDAP operations by kind, notifications.
    assert!(
        body.contains("kleidi_http_request_duration_seconds_count{route=\"/api/v1/recovery\"} 2"),
        "{body}"
    );
    assert!(
        body.contains("kleidi_ldap_operation_duration_seconds_count{operation=\"search\"}"),
        "{body}"
    );
    assert!(
        !body.contains("/api/v1/recovery/link/"),
        "never a raw path: {body}"
    );
    assert!(
        body.contains("kleidi_events_total{action=\"recovery.start\",outcome=\"answered\"}"),
        "{body}"
    );
    assert!(
        !body.contains("no_match") && !body.contains("matched"),
        "{body}"
    );
    let fours: u64 = body
        .lines()
        .find(|l| l.starts_with("kleidi_http_responses_total{class=\"4xx\"}"))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(fours >= 2, "{body}");
    assert!(
        body.contains("kleidi_events_total{action=\"session.sign_in\",outcome=\"invalid\"}"),
        "{body}"
    );
    assert!(body.contains("kleidi_directory_up 1"), "{body}");
    t.dir.slapd.stop();
    let body = scrape().await;
    assert!(body.contains("kleidi_directory_up 0"), "{body}");
}

#[tokio::test]
async fn the_rules_to_accept_are_linked_beside_their_box() {
    let t = TestApp::spawn_with(
        "[recovery]\nrequire_accept_rules = true\nrules_url = \"https://www.example.org/rules\"\n",
    )
    .await;
    let (s, v) = t
        .api(
            "/api/v1/recovery",
            serde_json::json!({"username": "alice", "channel": "sms"}),
        )
        .await;
    assert_eq!(s, 202, "{v}");
    let flow = v["flow"].as_str().unwrap();
    let body = t
        .get(
            &format!("/recover/{flow}/password"),
            &[("accept-language", "fr")],
        )
        .await
        .text()
        .await
        .unwrap()
        .replace("&#x2f;", "/");
    assert!(body.contains("name=\"accept_rules\""), "{body}");
    assert!(
        body.contains("href=\"https://www.example.org/rules\""),
        "{body}"
    );
}

/// Signs in (wrongly) with `xff` as X-Forwarded-For; the status.
async fn sign_in_via(t: &TestApp, xff: &str) -> u16 {
    t.client
        .post(t.url("/api/v1/session"))
        .header("x-forwarded-for", xff)
        .json(&serde_json::json!({"username": "nobody-here", "password": "wrong"}))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn forwarded_addresses_are_believed_strictly_and_budgets_are_per_purpose() {
    let t = TestApp::spawn_with(
        "[http]\ntrusted_proxies = [\"127.0.0.0/8\"]\n[limits]\nsign_ins_per_ip_per_hour = 2\npolicy_checks_per_ip_per_hour = 1000\n",
    )
    .await;
    // The proxy range is believed: each client has its own budget.
    assert_eq!(sign_in_via(&t, "198.51.100.1").await, 401);
    assert_eq!(sign_in_via(&t, "198.51.100.1").await, 401);
    assert_eq!(sign_in_via(&t, "198.51.100.1").await, 429);
    assert_eq!(sign_in_via(&t, "198.51.100.2").await, 401);
    // IPv6 clients share their /64.
    assert_eq!(sign_in_via(&t, "2001:db8:1:2::1").await, 401);
    assert_eq!(sign_in_via(&t, "2001:db8:1:2::ffff").await, 401);
    assert_eq!(sign_in_via(&t, "2001:db8:1:2:3::9").await, 429);
    // An ip:port entry is not an address: what stands left of it (here a
    // value the client chose) is not believed, so rotating it buys nothing.
    let mut statuses = Vec::new();
    for spoof in ["203.0.113.1", "203.0.113.2", "203.0.113.3"] {
        statuses.push(sign_in_via(&t, &format!("{spoof}, 198.51.100.9:4711")).await);
    }
    assert_eq!(
        statuses,
        [401, 401, 429],
        "counted on the proxy, not the spoof"
    );
    // 300 live policy checks from one address leave its sign-in open.
    for _ in 0..300 {
        let r = t
            .client
            .post(t.url("/api/v1/policy/check"))
            .header("x-forwarded-for", "198.51.100.77")
            .json(&serde_json::json!({"password": "typing-a-new-one"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
    }
    assert_eq!(sign_in_via(&t, "198.51.100.77").await, 401);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_slow_or_idle_connections_are_closed_within_the_header_timeout() {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let t = TestApp::spawn().await;
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = l.local_addr().unwrap();
    let limits = kleidi::http::ConnLimits {
        header_read_timeout: std::time::Duration::from_secs(1),
        max_connections: 256,
    };
    tokio::spawn(kleidi::http::serve_limited(
        l,
        kleidi::http::router(t.app.clone()),
        std::future::pending::<()>(),
        std::time::Duration::from_secs(1),
        limits,
    ));
    // 200 clients that start a request and never finish its headers.
    let mut slow = Vec::new();
    for _ in 0..200 {
        let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
        s.write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            .await
            .unwrap();
        slow.push(s);
    }
    // One that finishes a request, then idles on the kept-alive connection.
    let mut idle = tokio::net::TcpStream::connect(addr).await.unwrap();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .await
        .unwrap();
    let mut buf = [0u8; 512];
    let n = idle.read(&mut buf).await.unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
    // Everyone else is still served meanwhile.
    let r = reqwest::get(format!("http://{addr}/healthz"))
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let started = std::time::Instant::now();
    for mut s in slow.into_iter().chain(std::iter::once(idle)) {
        let mut rest = Vec::new();
        let closed =
            tokio::time::timeout(std::time::Duration::from_secs(5), s.read_to_end(&mut rest)).await;
        assert!(closed.is_ok(), "a connection was still open after 5 s");
    }
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "all closed around the 1 s timeout"
    );
}

#[tokio::test]
async fn every_429_and_503_says_when_to_come_back() {
    let mut t = TestApp::spawn_with("[limits]\nsign_ins_per_ip_per_hour = 1\n").await;
    let sign_in = |t: &TestApp| {
        let (c, url) = (t.client.clone(), t.url("/api/v1/session"));
        async move {
            c.post(url)
                .json(&serde_json::json!({"username": "alice", "password": "wrong-one"}))
                .send()
                .await
                .unwrap()
        }
    };
    assert_eq!(sign_in(&t).await.status(), 401);
    let r = sign_in(&t).await;
    assert_eq!(r.status(), 429);
    assert!(r.headers().contains_key("retry-after"));
    t.dir.slapd.stop();
    let r = t.get("/readyz", &[]).await;
    assert_eq!(r.status(), 503);
    assert!(r.headers().contains_key("retry-after"));
    // A journey while the directory is away.
    let r = t
        .client
        .post(t.url("/api/v1/recovery"))
        .json(&serde_json::json!({"username": "alice"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 503);
    assert!(r.headers().contains_key("retry-after"));
}

#[tokio::test]
async fn error_pages_and_the_start_page_always_offer_a_way_on() {
    let t = TestApp::spawn().await;
    // The start page leads to recovery too.
    let body = t.get("/", &[]).await.text().await.unwrap();
    assert!(body.contains("href=\"/recover\""), "{body}");
    // Every page names the ways back into an account (here email and SMS).
    for path in ["/", "/login", "/no/such/page"] {
        let body = t
            .get(path, &[("accept-language", "en")])
            .await
            .text()
            .await
            .unwrap();
        assert!(
            body.contains("a reset link by email or a code by SMS"),
            "{path}: {body}"
        );
    }
    // The first step of a recovery can be left.
    for path in ["/recover", "/forgot-username"] {
        let body = t.get(path, &[]).await.text().await.unwrap();
        assert!(
            body.contains("<p class=\"cancel\"><a href=\"/\">"),
            "{path}"
        );
    }
    // A page that does not exist: home, sign in, recovery, activation.
    let r = t.get("/no/such/page", &[]).await;
    assert_eq!(r.status(), 404);
    let body = r.text().await.unwrap();
    for link in [
        "href=\"/\"",
        "href=\"/login\"",
        "href=\"/recover\"",
        "href=\"/activate\"",
    ] {
        assert!(body.contains(link), "{link} missing: {body}");
    }
    // A reset link that is no good: the way on is a new link.
    let r = t
        .get(
            "/recover/reset/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            &[],
        )
        .await;
    assert_eq!(r.status(), 410);
    let body = r.text().await.unwrap();
    assert!(
        body.contains("class=\"button\" href=\"/recover\""),
        "{body}"
    );
}

#[tokio::test]
async fn the_contacts_page_keeps_each_form_to_itself_and_asks_before_removing() {
    let t = TestApp::spawn().await;
    let (cookie, token) = form_token(&t, "/login").await;
    let r = t
        .client
        .post(t.url("/login"))
        .header("cookie", &cookie)
        .form(&[
            ("csrf", token.as_str()),
            ("username", "alice"),
            ("password", crate::harness::password_of("alice")),
        ])
        .send()
        .await
        .unwrap();
    let session = crate::harness::cookie(&r, "kleidi-session");
    let cookies = format!("{cookie}; {session}");
    let body = t
        .get("/account/contacts", &[("cookie", &cookies)])
        .await
        .text()
        .await
        .unwrap();
    // Every id once: the two forms' fields have their own.
    let ids: Vec<&str> = body
        .split(" id=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap())
        .collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(ids.len(), unique.len(), "duplicate ids: {ids:?}");
    assert!(body.contains("id=\"email-value\"") && body.contains("id=\"mobile-value\""));
    // The registered contacts are shown, masked, and removing one asks first.
    assert!(
        body.matches("<details class=\"confirm\">").count() == 2,
        "{body}"
    );
    // A bad email: its error and what was typed stay under the email form only.
    let r = t
        .client
        .post(t.url("/account/contacts"))
        .header("cookie", &cookies)
        .form(&[
            ("csrf", token.as_str()),
            ("kind", "email"),
            ("value", "not-an-email"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let body = r.text().await.unwrap();
    assert_eq!(body.matches("class=\"field-error\"").count(), 1, "{body}");
    assert!(body.contains("id=\"email-value-error\""), "{body}");
    assert!(body.contains("value=\"not-an-email\""), "{body}");
    let mobile_form = body.split("id=\"mobile-value\"").nth(1).unwrap_or_default();
    assert!(!mobile_form.starts_with(" name=\"value\" value=\"not-an-email\""));
}

/// Posts the sign-in form with its CSRF `cookie` and `token`, in `lang`.
async fn post_login(
    t: &TestApp,
    cookie: &str,
    token: &str,
    lang: &str,
    username: &str,
    password: &str,
) -> reqwest::Response {
    t.client
        .post(t.url("/login"))
        .header("cookie", cookie)
        .header("accept-language", lang)
        .form(&[
            ("csrf", token),
            ("username", username),
            ("password", password),
        ])
        .send()
        .await
        .unwrap()
}

/// Signs in with the form; the cookies (CSRF and session) and the token.
async fn signed_in(t: &TestApp, user: &str) -> (String, String, String) {
    let (cookie, token) = form_token(t, "/login").await;
    let password = crate::harness::password_of(user);
    let r = post_login(t, &cookie, &token, "en", user, password).await;
    assert_eq!(r.status(), 303, "{user}");
    let to = r.headers()["location"].to_str().unwrap().to_string();
    let session = crate::harness::cookie(&r, "kleidi-session");
    (format!("{cookie}; {session}"), token, to)
}

#[tokio::test]
async fn a_forced_change_says_why_and_offers_a_way_out() {
    let t = TestApp::spawn().await;
    for (user, heading, reason) in [
        (
            "expired",
            "Your password has expired",
            "choose a new one to go on",
        ),
        ("reset", "Change password", "set by the helpdesk"),
        ("grace", "Your password has expired", "You can sign in"),
    ] {
        let (cookies, _, to) = signed_in(&t, user).await;
        assert_eq!(to, "/account/password", "{user}");
        let body = t
            .get(&to, &[("cookie", &cookies), ("accept-language", "en")])
            .await
            .text()
            .await
            .unwrap();
        let h1 = body
            .split("<h1>")
            .nth(1)
            .unwrap()
            .split("</h1>")
            .next()
            .unwrap();
        assert_eq!(h1, heading, "{user}");
        assert!(body.contains(reason), "{user}: {body}");
        // Signing out is possible without changing the password first.
        assert!(body.contains("action=\"/logout\""), "{user}: {body}");
    }
}

#[tokio::test]
async fn a_refused_new_password_keeps_the_current_one_and_grace_shows_one_warning() {
    let t = TestApp::spawn().await;
    let (cookies, token, _) = signed_in(&t, "alice").await;
    let post = |current: &'static str| {
        t.client
            .post(t.url("/account/password"))
            .header("cookie", &cookies)
            .form(&[
                ("csrf", token.as_str()),
                ("current", current),
                ("new", "short"),
                ("confirm", "short"),
            ])
            .send()
    };
    // Only the new password was wrong: the current one stays filled in.
    let body = post(crate::harness::password_of("alice"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let current = body.split("id=\"current\"").nth(1).unwrap_or_default();
    assert!(
        current.contains(&format!(
            "value=\"{}\"",
            crate::harness::password_of("alice")
        )),
        "{body}"
    );
    // The current one was wrong too: it is emptied, and said so at the field.
    let body = post("not-my-password").await.unwrap().text().await.unwrap();
    assert!(body.contains("id=\"current-error\""), "{body}");
    assert!(
        body.contains("id=\"current\" name=\"current\" value=\"\""),
        "{body}"
    );
    // Grace sign-ins: the account page says it once, not three times.
    let (cookies, _, _) = signed_in(&t, "grace").await;
    let body = t
        .get(
            "/account",
            &[("cookie", &cookies), ("accept-language", "en")],
        )
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(body.matches("class=\"alert\"").count(), 1, "{body}");
}

#[tokio::test]
async fn the_change_page_suggests_random_passwords_on_request_and_keeps_them_after_a_refusal() {
    let t = TestApp::spawn().await;
    let (cookies, token, _) = signed_in(&t, "alice").await;
    let shown = |body: &str| -> Vec<String> {
        body.split("<li><code>")
            .skip(1)
            .filter_map(|s| s.split("</code>").next())
            .map(str::to_string)
            .collect()
    };
    let body = t
        .get("/account/password?suggest=random", &[("cookie", &cookies)])
        .await
        .text()
        .await
        .unwrap();
    let random = shown(&body);
    assert_eq!(random.len(), 4, "{body}");
    assert!(body.contains("name=\"suggest\" value=\"random\""), "{body}");
    // A refused change (the new password too short), sending back `list`
    // of `kind` as the page without script does.
    let refused = async |list: &str, kind: &str| {
        t.client
            .post(t.url("/account/password"))
            .header("cookie", &cookies)
            .form(&[
                ("csrf", token.as_str()),
                ("current", crate::harness::password_of("alice")),
                ("new", "short"),
                ("confirm", "short"),
                ("suggestions", list),
                ("suggest", kind),
            ])
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    };
    // Without script, a refused submission sends the list back: it stays.
    let body = refused(&random.join("\n"), "random").await;
    assert_eq!(shown(&body), random, "{body}");
    // A list the policy refuses is not shown back: fresh ones instead.
    let body = refused("a\nb\nc\nd", "").await;
    let fresh = shown(&body);
    assert_eq!(fresh.len(), 4, "{body}");
    assert!(!fresh.iter().any(|s| s.len() == 1), "{fresh:?}");
    // The page without the query: passphrases again.
    let body = t
        .get("/account/password", &[("cookie", &cookies)])
        .await
        .text()
        .await
        .unwrap();
    assert!(
        !body.contains("name=\"suggest\" value=\"random\""),
        "{body}"
    );
    assert_ne!(shown(&body), random);
}
