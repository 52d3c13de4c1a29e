//! The ready configurations under `examples/`, one per seed: each loads as
//! shipped, names no real host or address, and runs its seed's journeys
//! against the real slapd, SMTP sink and SMS sink once only what must point at
//! the test environment is rewritten.

use std::path::{Path, PathBuf};
use std::time::Duration;

use kleidi::config::{Config, IdentifyBy, RecoveryIdentify};
use kleidi::policy::{Policy, Preset};
use kleidi::sandbox::{SERVICE_DN, SUFFIX};
use serde_json::{Value, json};
use toml::{Table, Value as Toml};

use crate::harness::{TestApp, TestDir, TestEnv, dn, link_token, password_of, pin_in};

const EXAMPLES: [&str; 4] = ["ihu", "ionio", "unimib", "uphf"];
const ALLOWED_DOMAINS: [&str; 3] = ["example.org", "example.net", "example.com"];
/// Top-level domains whose names in a comment would be a real host.
const TLDS: [&str; 14] = [
    "gr", "it", "fr", "eu", "org", "net", "com", "edu", "io", "info", "uk", "de", "es", "int",
];

fn path_of(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(format!("{name}.toml"))
}

pub(crate) fn text_of(name: &str) -> String {
    std::fs::read_to_string(path_of(name)).unwrap_or_else(|e| panic!("examples/{name}.toml: {e}"))
}

fn load(name: &str, text: &str) -> Config {
    let p = path_of(name);
    Config::from_toml(text, &p, p.parent().unwrap()).unwrap_or_else(|e| panic!("{e}"))
}

// ---------------------------------------------------------------------------
// The files as shipped.

fn allowed_host(host: &str) -> bool {
    let h = host.trim_end_matches('.').to_ascii_lowercase();
    h == "localhost"
        || h.parse::<std::net::IpAddr>().is_ok()
        || ALLOWED_DOMAINS
            .iter()
            .any(|d| h == *d || h.ends_with(&format!(".{d}")))
}

/// Every host the text names: URL hosts, the domains of `@` addresses, and
/// dotted words ending in a real top-level domain (in comments, too).
fn hosts_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices("://") {
        let host: String = text[i + 3..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
            .collect();
        out.push(host);
    }
    let words = text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '-' | '@' | '_')));
    for w in words {
        let w = w.trim_matches(|c| c == '.' || c == '-');
        if let Some((_, domain)) = w.rsplit_once('@') {
            out.push(domain.to_string());
        } else if let Some((_, tld)) = w.rsplit_once('.')
            && TLDS.contains(&tld.to_ascii_lowercase().as_str())
        {
            out.push(w.to_string());
        }
    }
    out
}

#[test]
fn the_host_scan_catches_real_names() {
    let bad = "# see https://uregister.ihu.gr/ or mail nocserres@ihu.gr\nx = \"sso.cm.ihu.gr\"";
    let found: Vec<String> = hosts_in(bad)
        .into_iter()
        .filter(|h| !allowed_host(h))
        .collect();
    assert_eq!(
        found,
        [
            "uregister.ihu.gr",
            "uregister.ihu.gr",
            "ihu.gr",
            "sso.cm.ihu.gr"
        ]
    );
    let good = "# directory.uris, e.g. ldaps://ldap1.example.org\nmail = \"a@example.net\"";
    assert!(hosts_in(good).iter().all(|h| allowed_host(h)));
}

#[test]
fn every_example_loads_unchanged_and_names_only_example_hosts() {
    for name in EXAMPLES {
        let text = text_of(name);
        let cfg = load(name, &text);
        Policy::new(&cfg.policy).unwrap_or_else(|e| panic!("examples/{name}.toml: {e}"));
        assert!(
            !hosts_in(&text).is_empty(),
            "{name}: the scan sees the hosts"
        );
        let bad: Vec<String> = hosts_in(&text)
            .into_iter()
            .filter(|h| h.is_empty() || !allowed_host(h))
            .collect();
        assert!(
            bad.is_empty(),
            "examples/{name}.toml names hosts outside {ALLOWED_DOMAINS:?}: {bad:?}"
        );
        assert!(cfg.public_url.starts_with("https://"), "{name}");
        assert!(
            cfg.directory.bind_password_file.is_relative(),
            "{name}: a credential name, not a path"
        );
        assert!(
            text.lines().filter(|l| l.starts_with('#')).count() >= 5,
            "{name}: commented"
        );
    }
}

#[test]
fn each_example_sets_what_its_seed_needs() {
    let ihu = load("ihu", &text_of("ihu"));
    assert_eq!(ihu.i18n.default_language, "el");
    assert_eq!(ihu.i18n.phone_country, "GR");
    assert_eq!(ihu.pin.ttl_minutes, 15);
    assert!(ihu.activation.enabled && ihu.activation.require_national_id);
    assert!(ihu.activation.reveal_no_match);
    assert!(ihu.activation.terms_url.is_some() && ihu.activation.privacy_url.is_some());
    let mut roles: Vec<&str> = ihu.activation.roles.iter().map(|r| r.id.as_str()).collect();
    roles.sort();
    assert_eq!(roles, ["associate", "staff", "student"]);
    assert!(
        ihu.activation
            .roles
            .iter()
            .all(|r| r.identify == IdentifyBy::Contact)
    );
    assert!(ihu.activation.services.len() >= 4);
    // The confirm step shows the department by name, father's name, gender
    // and ΑΦΜ, as URegister does.
    assert!(!ihu.activation.department_names.is_empty());
    let a = &ihu.directory.attributes;
    assert_eq!(a.gender, "schacGender");
    assert!(!a.father_name.is_empty() && !a.tax_number.is_empty());
    assert_eq!(ihu.policy.presets, [Preset::Ihu]);
    assert!(ihu.recovery.email && ihu.recovery.sms);

    let ionio = load("ionio", &text_of("ionio"));
    assert!(!ionio.activation.enabled);
    assert_eq!(
        ionio.recovery.identify,
        RecoveryIdentify::UsernameAndContact
    );
    assert_eq!(ionio.recovery.link_ttl_minutes, 60);
    assert!(ionio.recovery.email && ionio.recovery.sms);
    assert!(ionio.branding.helpdesk.email.is_some());
    assert_eq!(ionio.i18n.default_language, "el");

    let unimib = load("unimib", &text_of("unimib"));
    assert_eq!(unimib.i18n.default_language, "it");
    assert_eq!(unimib.recovery.identify, RecoveryIdentify::Username);
    assert!(unimib.recovery.email && !unimib.recovery.sms);
    assert!(unimib.recovery.username_recovery);

    let uphf = load("uphf", &text_of("uphf"));
    assert_eq!(uphf.i18n.default_language, "fr");
    assert_eq!(uphf.recovery.identify, RecoveryIdentify::PersonalNumber);
    for a in ["supannEtuId", "supannCodeINE", "supannEmpId"] {
        assert!(
            uphf.recovery
                .personal_number_attributes
                .iter()
                .any(|x| x == a),
            "{a}"
        );
    }
    assert!(uphf.account.security_question && uphf.recovery.require_accept_rules);
    assert!(uphf.recovery.username_recovery);
    assert!(!uphf.activation.require_national_id);
    assert!(
        uphf.activation
            .roles
            .iter()
            .all(|r| r.identify == IdentifyBy::PersonalNumber)
    );
    assert_eq!(uphf.policy.presets, [Preset::Uphf]);
}

// ---------------------------------------------------------------------------
// Pointed at the test environment.

fn table<'a>(t: &'a mut Table, key: &str) -> &'a mut Table {
    t.entry(key)
        .or_insert_with(|| Toml::Table(Table::new()))
        .as_table_mut()
        .unwrap_or_else(|| panic!("[{key}] is a table"))
}

/// The example with only what must point at the test environment changed:
/// addresses, the directory connection, the mail and SMS sinks, and the per-IP
/// limit (every request comes from 127.0.0.1).
pub(crate) fn for_tests(example: &str, env: &TestEnv<'_>) -> String {
    let mut t: Table = example.parse().expect("the example is TOML");
    t.insert("listen".into(), env.addr.to_string().into());
    t.insert("public_url".into(), format!("http://{}", env.addr).into());

    let d = table(&mut t, "directory");
    d.insert(
        "uris".into(),
        Toml::Array(vec![env.ldap_uri.clone().into()]),
    );
    d.insert("tls".into(), "none".into());
    d.insert("bind_dn".into(), SERVICE_DN.into());
    d.insert(
        "bind_password_file".into(),
        env.password_file.display().to_string().into(),
    );
    d.insert(
        "user_bases".into(),
        Toml::Array(vec![
            format!("ou=people,{SUFFIX}").into(),
            format!("ou=associates,{SUFFIX}").into(),
        ]),
    );

    let mail = table(&mut t, "mail");
    assert_eq!(mail.get("transport").and_then(Toml::as_str), Some("smtp"));
    let mut smtp = Table::new();
    smtp.insert("host".into(), "127.0.0.1".into());
    smtp.insert("port".into(), i64::from(env.smtp_port).into());
    smtp.insert("security".into(), "plain".into());
    smtp.insert("timeout_secs".into(), 3.into());
    mail.insert("smtp".into(), Toml::Table(smtp));

    // The provider's request format (headers, token, fields) is the
    // provider's; the sink takes the plain form the harness uses.
    let sms = table(&mut t, "sms");
    if sms.get("transport").and_then(Toml::as_str) == Some("http") {
        let mut http = Table::new();
        http.insert("url".into(), env.sms_url.clone().into());
        http.insert("timeout_secs".into(), 3.into());
        sms.insert("http".into(), Toml::Table(http));
    }

    table(&mut t, "limits").insert("attempts_per_ip_per_hour".into(), 100_000.into());
    toml::to_string(&t).expect("serializes")
}

async fn spawn(name: &str) -> TestApp {
    let text = text_of(name);
    TestApp::spawn_from_config(TestDir::start(), |env| for_tests(&text, env)).await
}

#[test]
fn the_rewrite_touches_only_the_environment() {
    let dir_path = Path::new("/tmp/pw");
    let env = TestEnv {
        addr: "127.0.0.1:4000".parse().unwrap(),
        ldap_uri: "ldap://127.0.0.1:3890".into(),
        password_file: dir_path,
        smtp_port: 2525,
        sms_url: "http://127.0.0.1:9999/send".into(),
    };
    for name in EXAMPLES {
        let orig: Table = text_of(name).parse().unwrap();
        let new: Table = for_tests(&text_of(name), &env).parse().unwrap();
        for key in orig.keys() {
            if matches!(
                key.as_str(),
                "listen" | "public_url" | "directory" | "mail" | "sms" | "limits"
            ) {
                continue;
            }
            assert_eq!(orig[key], new[key], "{name}: [{key}] changed");
        }
        let (od, nd) = (
            orig["directory"].as_table().unwrap(),
            new["directory"].as_table().unwrap(),
        );
        for (k, v) in od {
            if !matches!(
                k.as_str(),
                "uris" | "tls" | "bind_dn" | "bind_password_file" | "user_bases"
            ) {
                assert_eq!(&nd[k], v, "{name}: directory.{k} changed");
            }
        }
        assert_eq!(
            orig["mail"]["from"], new["mail"]["from"],
            "{name}: mail.from"
        );
        assert_eq!(
            orig["sms"]["transport"], new["sms"]["transport"],
            "{name}: sms.transport"
        );
    }
}

// ---------------------------------------------------------------------------
// Helpers for the journeys.

const WAIT: Duration = Duration::from_secs(5);

/// The first mail to `to` whose text contains `needle`.
async fn mail_with(t: &TestApp, to: &str, needle: &str) -> String {
    t.smtp
        .wait_for(
            |m| m.to.iter().any(|x| x.eq_ignore_ascii_case(to)) && m.text.contains(needle),
            WAIT,
        )
        .await
        .unwrap_or_else(|| panic!("no mail to {to} with {needle:?}"))
        .text
}

async fn sms_pin(t: &TestApp, to: &str) -> String {
    let m = t
        .sms
        .wait_for_to(to, WAIT)
        .await
        .unwrap_or_else(|| panic!("no SMS to {to}"));
    pin_in(&m.text)
}

async fn activation_step(t: &TestApp, flow: &str, step: &str, body: Value) -> Value {
    let (s, v) = t
        .api(&format!("/api/v1/activation/{flow}/{step}"), body)
        .await;
    assert_eq!(s, 200, "{step}: {v}");
    v
}

async fn start_activation(t: &TestApp, role: &str) -> String {
    let (s, v) = t.api("/api/v1/activation", json!({ "role": role })).await;
    assert_eq!(s, 201, "{v}");
    v["flow"].as_str().unwrap().to_string()
}

/// Confirm (agreeing, consenting to both contacts), then the password; the
/// welcome answer.
async fn confirm_and_register(t: &TestApp, flow: &str, password: &str) -> Value {
    let v = activation_step(
        t,
        flow,
        "confirm",
        json!({"agree": true, "consent_mobile": true, "consent_email": true}),
    )
    .await;
    assert_eq!(v["next"], "password", "{v}");
    let v = activation_step(
        t,
        flow,
        "password",
        json!({"password": password, "confirm": password, "accept_terms": true}),
    )
    .await;
    assert_eq!(v["next"], "done", "{v}");
    v
}

/// Signs in and returns the session cookie (`name=value`).
async fn session_cookie(t: &TestApp, user: &str, password: &str) -> String {
    crate::harness::session_cookie_at(&t.client, &t.url("/api/v1/session"), user, password).await
}

// ---------------------------------------------------------------------------
// The seeds' journeys.

#[tokio::test]
async fn ihu_student_activation_by_mobile_with_amka_then_recovery_by_sms() {
    let t = spawn("ihu").await;
    let page = t.get("/activate", &[]).await.text().await.unwrap();
    assert!(page.contains("Διεθνές Πανεπιστήμιο της Ελλάδος"), "{page}");
    assert!(page.contains("Είμαι φοιτητής"), "{page}");
    // URegister: "Είμαι φοιτητής", the mobile declared at registration, the
    // PIN by SMS, the AMKA the record lacks, confirm, password.
    let flow = start_activation(&t, "student").await;
    let v = activation_step(&t, &flow, "identify", json!({"mobile": "6912345678"})).await;
    assert_eq!(v["next"], "pin", "{v}");
    let pin = sms_pin(&t, "+306912345678").await;
    // 15 minutes: still valid after 14.
    t.clock.advance(Duration::from_secs(14 * 60));
    let v = activation_step(&t, &flow, "pin", json!({ "pin": pin })).await;
    assert_eq!(v["next"], "national_id", "{v}");
    let v = activation_step(&t, &flow, "national_id", json!({"amka": "17050398761"})).await;
    assert_eq!(v["next"], "confirm", "{v}");
    let (s, v) = t
        .api_get(&format!("/api/v1/activation/{flow}/confirm"))
        .await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["details"]["username"], "gpapadopoulos");
    // IHU's rules: "123" is a run of 3 digits (allowed), 2+ symbols.
    let password = "Blue#Harbor!Kite123";
    let v = confirm_and_register(&t, &flow, password).await;
    assert_eq!(v["username"], "gpapadopoulos");
    let services: Vec<&str> = v["services"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    for s in ["E-learning", "e-campus", "Library", "Academic ID"] {
        assert!(services.contains(&s), "{s} in {services:?}");
    }
    assert!(t.dir.ldapwhoami(&dn("gpapadopoulos"), password));

    // mypassword, "Έχω ξεχάσει τον κωδικό μου": username, "Αποστολή με sms",
    // the registered mobile, the code, a new password.
    let (s, v) = t
        .api(
            "/api/v1/recovery",
            json!({"username": "alice", "channel": "sms", "contact": "6900000001"}),
        )
        .await;
    assert_eq!((s, v["next"].as_str()), (202, Some("pin")), "{v}");
    let rflow = v["flow"].as_str().unwrap().to_string();
    let pin = sms_pin(&t, "+306900000001").await;
    let (s, v) = t
        .api(
            &format!("/api/v1/recovery/{rflow}/pin"),
            json!({ "pin": pin }),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    // The ihu preset refuses a password with a single symbol.
    let (s, v) = t
        .api(
            &format!("/api/v1/recovery/{rflow}/password"),
            json!({"password": "Olive-Tree58", "confirm": "Olive-Tree58"}),
        )
        .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (422, Some("password_policy")),
        "{v}"
    );
    let new = "Olive#Tree!Sky58";
    let (s, v) = t
        .api(
            &format!("/api/v1/recovery/{rflow}/password"),
            json!({"password": new, "confirm": new}),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    assert!(t.dir.ldapwhoami(&dn("alice"), new));
    assert!(!t.dir.ldapwhoami(&dn("alice"), password_of("alice")));
}

#[tokio::test]
async fn ihu_confirm_page_shows_what_uregister_shows_and_proves_the_other_contact() {
    let t = spawn("ihu").await;
    let flow = start_activation(&t, "student").await;
    activation_step(&t, &flow, "identify", json!({"mobile": "6955502345"})).await;
    let pin = sms_pin(&t, "+306955502345").await;
    let v = activation_step(&t, &flow, "pin", json!({ "pin": pin })).await;
    assert_eq!(v["next"], "confirm", "AMKA on file fits: {v}");
    // Step 3/4 in Greek, without JavaScript: department by name, father's
    // name, gender, the ΑΦΜ masked, both contacts with their own empty box.
    let r = t.get(&format!("/activate/{flow}/confirm"), &[]).await;
    let cookie = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("kleidi-csrf="))
        .map(|c| c.split(';').next().unwrap().to_string())
        .expect("csrf cookie");
    let page = r.text().await.unwrap();
    for text in [
        "<dt>Τμήμα</dt><dd>Μηχανικών Πληροφορικής</dd>",
        "<dt>Όνομα πατρός</dt><dd>Κωνσταντίνος</dd>",
        "<dt>Φύλο</dt><dd>Θήλυ</dd>",
        "<dt>ΑΦΜ</dt><dd>*****5432</dd>",
        "name=\"consent_mobile\" value=\"1\">",
        "name=\"consent_email\" value=\"1\" aria-describedby",
    ] {
        assert!(page.contains(text), "{text} missing: {page}");
    }
    assert!(!page.contains("098765432") && !page.contains(" checked"));
    let i = page.find("name=\"csrf\" value=\"").unwrap() + "name=\"csrf\" value=\"".len();
    let token = page[i..].split('"').next().unwrap().to_string();
    let post = |path: String, form: Vec<(&'static str, String)>| {
        crate::harness::with_secret(&path, t.client.post(t.url(&path)))
            .header("cookie", &cookie)
            .form(&form)
            .send()
    };
    let csrf = || ("csrf", token.clone());
    // "Συμφωνώ" with both boxes ticked: the email, typed by nobody, first
    // gets a code of its own.
    let r = post(
        format!("/activate/{flow}/confirm"),
        vec![
            csrf(),
            ("decision", "agree".into()),
            ("consent_mobile", "1".into()),
            ("consent_email", "1".into()),
        ],
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 303);
    let to = format!("/activate/{flow}/verify-contact");
    assert_eq!(r.headers()["location"], to.as_str());
    let page = t.get(&to, &[]).await.text().await.unwrap();
    assert!(page.contains("d********@example.net"), "{page}");
    let code = pin_in(&mail_with(&t, "dimitra.n@example.net", "").await);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let r = post(to.clone(), vec![csrf(), ("pin", wrong.into())])
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("role=\"alert\""));
    let r = post(to.clone(), vec![csrf(), ("pin", code)]).await.unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(
        r.headers()["location"],
        format!("/activate/{flow}/password").as_str()
    );
    let password = "Blue#Harbor!Kite123";
    activation_step(
        &t,
        &flow,
        "password",
        json!({"password": password, "confirm": password, "accept_terms": true}),
    )
    .await;
    let e = t
        .app
        .directory
        .read_entry(&dn("dnikolaou"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(e.first("kleidiRecoveryMobile"), Some("+306955502345"));
    assert_eq!(
        e.first("kleidiRecoveryEmail"),
        Some("dimitra.n@example.net")
    );
}

#[tokio::test]
async fn ihu_tells_when_no_user_matches() {
    let t = spawn("ihu").await;
    let flow = start_activation(&t, "student").await;
    let (s, v) = t
        .api(
            &format!("/api/v1/activation/{flow}/identify"),
            json!({"mobile": "6999999999"}),
        )
        .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (422, Some("no_match")),
        "{v}"
    );
}

#[tokio::test]
async fn ionian_recovery_by_username_and_registered_email_link() {
    let t = spawn("ionio").await;
    // Greek by default; without registered contacts recovery is impossible,
    // and the page says whom to contact.
    let page = t.get("/recover", &[]).await.text().await.unwrap();
    assert!(page.contains("Ιόνιο Πανεπιστήμιο"), "{page}");
    assert!(page.contains("helpdesk@example.org"), "{page}");
    // Activation is not offered to Ionian staff.
    let (s, _) = t.api("/api/v1/activation", json!({"role": "staff"})).await;
    assert_ne!(s, 201);
    // A contact that is not the registered one sends nothing.
    let (s, v) = t
        .api(
            "/api/v1/recovery",
            json!({"username": "alice", "contact": "alice@example.org"}),
        )
        .await;
    assert_eq!(s, 202, "{v}");
    let (s, v) = t
        .api(
            "/api/v1/recovery",
            json!({"username": "alice", "contact": "alice.private@example.net"}),
        )
        .await;
    assert_eq!((s, v["next"].as_str()), (202, Some("check_email")), "{v}");
    let text = mail_with(&t, "alice.private@example.net", "/recover/reset/").await;
    assert!(
        text.contains(&format!("{}/recover/reset/", t.url(""))),
        "built from public_url: {text}"
    );
    assert_eq!(
        t.smtp.messages().len(),
        1,
        "nothing went to the wrong contact"
    );
    let token = link_token(&text);
    // "Ο σύνδεσμος είναι έγκυρος για μία ώρα": still valid after 59 minutes.
    t.clock.advance(Duration::from_secs(59 * 60));
    let new = "Corfu-Harbour-Light-9";
    let (s, v) = t
        .api(
            &format!("/api/v1/recovery/link/{token}/password"),
            json!({"password": new, "confirm": new}),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    assert!(t.dir.ldapwhoami(&dn("alice"), new));
}

#[tokio::test]
async fn ionian_links_expire_after_one_hour() {
    let t = spawn("ionio").await;
    t.api(
        "/api/v1/recovery",
        json!({"username": "alice", "contact": "alice.private@example.net"}),
    )
    .await;
    let token = link_token(&mail_with(&t, "alice.private@example.net", "/recover/reset/").await);
    t.clock.advance(Duration::from_secs(61 * 60));
    let (s, v) = t
        .api(
            &format!("/api/v1/recovery/link/{token}/password"),
            json!({"password": "Corfu-Harbour-Light-9", "confirm": "Corfu-Harbour-Light-9"}),
        )
        .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (410, Some("link_invalid")),
        "{v}"
    );
    assert!(t.dir.ldapwhoami(&dn("alice"), password_of("alice")));
}

#[tokio::test]
async fn milano_bicocca_forgot_username_and_a_service_account_reset_by_its_owner() {
    let t = spawn("unimib").await;
    // "Recupera account": the username goes to the external address the
    // registrar recorded (supannMailPerso), never shown.
    let (s, v) = t
        .api(
            "/api/v1/username-recovery",
            json!({"email": "luca.bianchi@example.net"}),
        )
        .await;
    assert_eq!(s, 202, "{v}");
    assert!(!v.to_string().contains("lbianchi"), "never shown: {v}");
    mail_with(&t, "luca.bianchi@example.net", "lbianchi").await;

    // No SMS at Milano-Bicocca.
    let (s, v) = t
        .api(
            "/api/v1/recovery",
            json!({"username": "lbianchi", "channel": "sms"}),
        )
        .await;
    assert_eq!(
        (s, v["error"]["fields"][0]["code"].as_str()),
        (422, Some("channel_not_offered")),
        "{v}"
    );

    // "Reimposta password" for a person who never verified anything here:
    // the link goes to the registrar's external address, as the seed says.
    let (s, v) = t
        .api("/api/v1/recovery", json!({"username": "lbianchi"}))
        .await;
    assert_eq!((s, v["next"].as_str()), (202, Some("check_email")), "{v}");
    let text = mail_with(&t, "luca.bianchi@example.net", "/recover/reset/").await;
    let new = "Bicocca-Campus-Sempre-7";
    let (s, v) = t
        .api(
            &format!("/api/v1/recovery/link/{}/password", link_token(&text)),
            json!({"password": new, "confirm": new}),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    assert!(t.dir.ldapwhoami(&dn("lbianchi"), new));
    // "Password modificata": the notice reaches the institutional mailbox too.
    mail_with(&t, "lbianchi@example.org", "lbianchi").await;

    // The impersonal account, by its address: the link goes to its owner's
    // (LDAP `owner`) external address, never to the account's own mailbox.
    let (s, v) = t
        .api(
            "/api/v1/recovery",
            json!({"username": "segreteria@example.org"}),
        )
        .await;
    assert_eq!((s, v["next"].as_str()), (202, Some("check_email")), "{v}");
    let text = mail_with(&t, "luca.bianchi@example.net", "segreteria").await;
    assert!(text.contains("/recover/reset/"), "{text}");
    assert!(
        t.smtp
            .messages()
            .iter()
            .all(|m| !m.to.iter().any(|x| x == "segreteria@example.org")
                || !m.text.contains("/recover/reset/"))
    );
    let new = "Ufficio-Didattica-Nuovo-2";
    let (s, v) = t
        .api(
            &format!("/api/v1/recovery/link/{}/password", link_token(&text)),
            json!({"password": new, "confirm": new}),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    assert!(t.dir.ldapwhoami(&dn("segreteria"), new));
    assert!(t.dir.ldapwhoami(&dn("lbianchi"), "Bicocca-Campus-Sempre-7"));
}

#[tokio::test]
async fn uphf_activation_by_student_number_and_birth_date() {
    let t = spawn("uphf").await;
    let flow = start_activation(&t, "etudiant").await;
    let v = activation_step(
        &t,
        &flow,
        "identify",
        json!({"personal_number": "22009876", "birth_date": "20/01/2005"}),
    )
    .await;
    assert_eq!(v["next"], "pin", "{v}");
    // The PIN goes to the personal address on record.
    let pin = pin_in(&mail_with(&t, "camille.b@example.net", "").await);
    let v = activation_step(&t, &flow, "pin", json!({ "pin": pin })).await;
    assert_eq!(v["next"], "confirm", "no national ID at UPHF: {v}");
    // UPHF: the login must not be in the password.
    let v = activation_step(
        &t,
        &flow,
        "confirm",
        json!({"agree": true, "consent_email": true}),
    )
    .await;
    assert_eq!(v["next"], "password", "{v}");
    let bad = "cbernard-Sesame-1";
    let (s, v) = t
        .api(
            &format!("/api/v1/activation/{flow}/password"),
            json!({"password": bad, "confirm": bad, "accept_terms": true}),
        )
        .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (422, Some("password_policy")),
        "{v}"
    );
    let password = "Valenciennes-Campus-Mont-Houy";
    let v = activation_step(
        &t,
        &flow,
        "password",
        json!({"password": password, "confirm": password, "accept_terms": true}),
    )
    .await;
    assert_eq!(
        (v["next"].as_str(), v["username"].as_str()),
        (Some("done"), Some("cbernard"))
    );
    assert!(t.dir.ldapwhoami(&dn("cbernard"), password));
}

#[tokio::test]
async fn uphf_offers_no_mobile_consent_it_cannot_prove_without_sms() {
    let t = spawn("uphf").await;
    // A mobile on record that never gets a PIN: UPHF sends no SMS.
    t.dir.ldapmodify(&format!(
        "dn: {}\nchangetype: modify\nadd: mobile\nmobile: +33612345678\n",
        dn("cbernard")
    ));
    let flow = start_activation(&t, "etudiant").await;
    activation_step(
        &t,
        &flow,
        "identify",
        json!({"personal_number": "22009876", "birth_date": "20/01/2005"}),
    )
    .await;
    let pin = pin_in(&mail_with(&t, "camille.b@example.net", "").await);
    activation_step(&t, &flow, "pin", json!({ "pin": pin })).await;
    let (_, v) = t
        .api_get(&format!("/api/v1/activation/{flow}/confirm"))
        .await;
    let d = &v["details"];
    assert!(d["mobile"].is_string(), "still shown: {v}");
    assert_eq!(
        (d["mobile_consent"].as_bool(), d["email_consent"].as_bool()),
        (Some(false), Some(true)),
        "{v}"
    );
    let page = t
        .get(&format!("/activate/{flow}/confirm"), &[])
        .await
        .text()
        .await
        .unwrap();
    assert!(!page.contains("name=\"consent_mobile\""), "{page}");
    assert!(page.contains("name=\"consent_email\""), "{page}");
    // A consent sent anyway is ignored: no code that could never arrive.
    let v = activation_step(
        &t,
        &flow,
        "confirm",
        json!({"agree": true, "consent_mobile": true, "consent_email": true}),
    )
    .await;
    assert_eq!(v["next"], "password", "{v}");
    let password = "Valenciennes-Campus-Mont-Houy";
    activation_step(
        &t,
        &flow,
        "password",
        json!({"password": password, "confirm": password, "accept_terms": true}),
    )
    .await;
    let e = t
        .app
        .directory
        .read_entry(&dn("cbernard"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        e.first("kleidiRecoveryEmail"),
        Some("camille.b@example.net")
    );
    assert!(e.first("kleidiRecoveryMobile").is_none());
}

#[tokio::test]
async fn uphf_recovery_by_staff_number_birth_date_and_security_question() {
    let t = spawn("uphf").await;
    // Jeanne registers her "question joker" while signed in.
    let cookie = session_cookie(&t, "jdupont", password_of("jdupont")).await;
    let r = t
        .client
        .put(t.url("/api/v1/me/security-question"))
        .header("cookie", &cookie)
        .json(&json!({"question": "3", "answer": "Minou"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);

    // "Numéro personnel" + "Date de naissance", then the question (50%), then
    // the new password with the rules box (75%).
    let (s, v) = t
        .api(
            "/api/v1/recovery",
            json!({"personal_number": "E2040", "birth_date": "02/03/1979"}),
        )
        .await;
    assert_eq!((s, v["next"].as_str()), (202, Some("question")), "{v}");
    assert_eq!(v["question"], "What was the name of your first pet?");
    let flow = v["flow"].as_str().unwrap().to_string();
    let (s, v) = t
        .api(
            &format!("/api/v1/recovery/{flow}/answer"),
            json!({"answer": "minou"}),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    let url = format!("/api/v1/recovery/{flow}/password");
    let new = "Bibliotheque-Lumiere-2026";
    let (s, v) = t.api(&url, json!({"password": new, "confirm": new})).await;
    assert_eq!(
        (s, v["error"]["fields"][0]["code"].as_str()),
        (422, Some("rules_not_accepted")),
        "{v}"
    );
    let (s, v) = t
        .api(
            &url,
            json!({"password": new, "confirm": new, "accept_rules": true}),
        )
        .await;
    assert_eq!(s, 200, "{v}");
    assert!(t.dir.ldapwhoami(&dn("jdupont"), new));
    // "Vous recevrez également un mail de confirmation": at the university
    // mailbox on file as well as at the address verified here.
    for to in ["jeanne.dupont@example.org", "jeanne.d@example.net"] {
        let text = mail_with(&t, to, "jdupont").await;
        assert!(!text.contains(new), "no secret in a notice");
    }
}

#[tokio::test]
async fn uphf_recover_identifier_by_student_number_and_birth_date() {
    let t = spawn("uphf").await;
    let (s, v) = t
        .api(
            "/api/v1/username-recovery",
            json!({"personal_number": "1234567890A", "birth_date": "11/08/2004"}),
        )
        .await;
    assert_eq!(s, 202, "{v}");
    mail_with(&t, "lucas.perso@example.net", "lmartin").await;
}

// ---------------------------------------------------------------------------
// History on every recovery path.

/// How the new-password step of a recovery is reached.
#[derive(Clone, Copy, Debug)]
enum Via {
    /// Username + registered contact, link by email (IHU, Ionian).
    LinkWithContact(&'static str),
    /// Username + registered mobile, code by SMS (IHU, Ionian).
    SmsWithContact(&'static str),
    /// Username only, link to the address on file (Milano-Bicocca).
    Link(&'static str),
    /// Personal number + birth date + security question (UPHF).
    Question(&'static str, &'static str),
}

/// Starts a recovery for `user` along `path` and returns the URL of its
/// new-password step.
async fn password_step(t: &TestApp, user: &str, path: Via) -> String {
    let link = |text: String| format!("/api/v1/recovery/link/{}/password", link_token(&text));
    match path {
        Via::LinkWithContact(contact) => {
            let (s, v) = t
                .api(
                    "/api/v1/recovery",
                    json!({"username": user, "contact": contact}),
                )
                .await;
            assert_eq!(s, 202, "{v}");
            link(mail_with(t, contact, "/recover/reset/").await)
        }
        Via::Link(to) => {
            let (s, v) = t.api("/api/v1/recovery", json!({"username": user})).await;
            assert_eq!(s, 202, "{v}");
            link(mail_with(t, to, "/recover/reset/").await)
        }
        Via::SmsWithContact(mobile) => {
            let (s, v) = t
                .api(
                    "/api/v1/recovery",
                    json!({"username": user, "contact": mobile, "channel": "sms"}),
                )
                .await;
            assert_eq!(s, 202, "{v}");
            let flow = v["flow"].as_str().unwrap().to_string();
            let pin = sms_pin(t, mobile).await;
            let v = activation_step_at(
                t,
                &format!("/api/v1/recovery/{flow}/pin"),
                json!({ "pin": pin }),
            )
            .await;
            assert_eq!(v["next"], "password", "{v}");
            format!("/api/v1/recovery/{flow}/password")
        }
        Via::Question(number, birth) => {
            let (s, v) = t
                .api(
                    "/api/v1/recovery",
                    json!({"personal_number": number, "birth_date": birth}),
                )
                .await;
            assert_eq!((s, v["next"].as_str()), (202, Some("question")), "{v}");
            let flow = v["flow"].as_str().unwrap().to_string();
            let v = activation_step_at(
                t,
                &format!("/api/v1/recovery/{flow}/answer"),
                json!({"answer": "Minou"}),
            )
            .await;
            assert_eq!(v["next"], "password", "{v}");
            format!("/api/v1/recovery/{flow}/password")
        }
    }
}

async fn activation_step_at(t: &TestApp, url: &str, body: Value) -> Value {
    let (s, v) = t.api(url, body).await;
    assert_eq!(s, 200, "{url}: {v}");
    v
}

#[tokio::test]
async fn a_reset_to_the_current_or_one_of_the_last_3_passwords_is_refused_on_every_recovery_path_of_every_example()
 {
    let cases: [(&str, &str, &[Via]); 4] = [
        (
            "ihu",
            "alice",
            // The code first: later notices also reach this mobile.
            &[
                Via::SmsWithContact("+306900000001"),
                Via::LinkWithContact("alice.private@example.net"),
            ],
        ),
        (
            "ionio",
            "alice",
            // The code first: later notices also reach this mobile.
            &[
                Via::SmsWithContact("+306900000001"),
                Via::LinkWithContact("alice.private@example.net"),
            ],
        ),
        (
            "unimib",
            "lbianchi",
            &[Via::Link("luca.bianchi@example.net")],
        ),
        ("uphf", "jdupont", &[Via::Question("E2040", "02/03/1979")]),
    ];
    for (example, user, paths) in cases {
        let t = spawn(example).await;
        if example == "uphf" {
            let cookie = session_cookie(&t, user, password_of(user)).await;
            let r = t
                .client
                .put(t.url("/api/v1/me/security-question"))
                .header("cookie", &cookie)
                .json(&json!({"question": "3", "answer": "Minou"}))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 200);
        }
        // Three changes as the user: slapd keeps the old three in pwdHistory.
        let mut used = vec![password_of(user).to_string()];
        for next in ["Olive!Tree#A1x", "Olive!Tree#B2y", "Olive!Tree#C3z"] {
            let last = used.last().unwrap().clone();
            t.app
                .directory
                .change_password(&dn(user), &last, next)
                .await
                .unwrap_or_else(|e| panic!("{example}: change to {next}: {e}"));
            used.push(next.to_string());
        }
        for (i, path) in paths.iter().enumerate() {
            let url = password_step(&t, user, *path).await;
            // The current password and the 3 before it.
            let recent: Vec<String> = used.iter().rev().take(4).cloned().collect();
            for reused in &recent {
                let (s, v) = t
                    .api(
                        &url,
                        json!({"password": reused, "confirm": reused, "accept_rules": true}),
                    )
                    .await;
                assert_eq!(
                    (s, v["error"]["code"].as_str()),
                    (422, Some("password_policy")),
                    "{example} {path:?}: {reused} accepted: {v}"
                );
                assert!(
                    v["error"]["violations"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|x| x["code"] == "in_history"),
                    "{example} {path:?}: {v}"
                );
            }
            assert!(
                t.dir.ldapwhoami(&dn(user), &recent[0]),
                "{example}: unchanged"
            );
            // A password never used before goes through on the same step.
            let fresh = format!("Fresh!Meadow#{i}q{}", example.len());
            let (s, v) = t
                .api(
                    &url,
                    json!({"password": fresh, "confirm": fresh, "accept_rules": true}),
                )
                .await;
            assert_eq!(s, 200, "{example} {path:?}: {v}");
            assert!(t.dir.ldapwhoami(&dn(user), &fresh), "{example}");
            used.push(fresh);
        }
    }
}
