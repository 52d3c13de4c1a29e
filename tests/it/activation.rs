//! The activation journey (issue 4) through the JSON API, against the real
//! slapd, SMTP sink and SMS sink.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::harness::{TestApp, dn, pin_in};

/// IHU's set-up: three roles by contact, plus a UPHF-style role by student
/// number and birth date; AMKA asked when missing.
pub(crate) const IHU: &str = r#"
[activation]
require_national_id = true
registrar_contact = "registrar@example.org"
terms_url = "https://www.example.org/terms"
services = [{ name = "E-learning", url = "https://elearning.example.org" }]

[[activation.roles]]
id = "student"
label = { en = "I am a student", el = "Είμαι φοιτητής" }
affiliation = "student"

[[activation.roles]]
id = "staff"
label = "I am staff or faculty"
affiliation = "staff"

[[activation.roles]]
id = "associate"
label = "I am an associate"
affiliation = "affiliate"

[[activation.roles]]
id = "etudiant"
label = "Étudiant"
affiliation = "student"
identify = "personal_number"
personal_number_attributes = ["supannEtuId", "supannCodeINE"]

[limits]
attempts_per_ip_per_hour = 100000

[policy]
presets = ["ihu"]
"#;

pub(crate) const GOOD_PASSWORD: &str = "Blue#Harbor!Kite27";

pub(crate) async fn app() -> TestApp {
    TestApp::spawn_with(IHU).await
}

pub(crate) async fn start(t: &TestApp, role: &str) -> String {
    let (s, v) = t.api("/api/v1/activation", json!({ "role": role })).await;
    assert_eq!(s, 201, "{v}");
    v["flow"].as_str().unwrap().to_string()
}

pub(crate) async fn step(t: &TestApp, flow: &str, name: &str, body: Value) -> (u16, Value) {
    t.api(&format!("/api/v1/activation/{flow}/{name}"), body)
        .await
}

pub(crate) async fn mail_pin(t: &TestApp, to: &str) -> String {
    let m = t
        .smtp
        .wait_for_to(to, Duration::from_secs(5))
        .await
        .unwrap_or_else(|| panic!("no mail to {to}"));
    pin_in(&m.text)
}

pub(crate) async fn sms_pin(t: &TestApp, to: &str) -> String {
    let m = t
        .sms
        .wait_for_to(to, Duration::from_secs(5))
        .await
        .unwrap_or_else(|| panic!("no SMS to {to}"));
    pin_in(&m.text)
}

pub(crate) async fn finish(t: &TestApp, flow: &str, consent: bool) {
    let (s, v) = step(
        t,
        flow,
        "confirm",
        json!({"agree": true, "consent_mobile": consent, "consent_email": consent}),
    )
    .await;
    assert_eq!((s, v["next"].as_str()), (200, Some("password")), "{v}");
    let (s, v) = t
        .api_get(&format!("/api/v1/activation/{flow}/password"))
        .await;
    assert_eq!(s, 200, "{v}");
    assert!(v["rules"].as_array().unwrap().len() >= 5, "{v}");
    let (s, v) = step(
        t,
        flow,
        "password",
        json!({"password": GOOD_PASSWORD, "confirm": GOOD_PASSWORD, "accept_terms": true}),
    )
    .await;
    assert_eq!((s, v["next"].as_str()), (200, Some("done")), "{v}");
    assert_eq!(v["services"][0]["name"], "E-learning");
}

pub(crate) async fn entry(t: &TestApp, uid: &str) -> kleidi::directory::UserEntry {
    t.app.directory.read_entry(&dn(uid)).await.unwrap().unwrap()
}

#[tokio::test]
async fn a_student_matched_by_mobile_activates_with_an_amka() {
    let t = app().await;
    let flow = start(&t, "student").await;
    let (s, v) = step(&t, &flow, "identify", json!({"mobile": "691 234 5678"})).await;
    assert_eq!((s, v["next"].as_str()), (200, Some("pin")), "{v}");
    let pin = sms_pin(&t, "+306912345678").await;
    let (s, v) = step(&t, &flow, "pin", json!({ "pin": pin })).await;
    assert_eq!((s, v["next"].as_str()), (200, Some("national_id")), "{v}");
    let (s, v) = step(&t, &flow, "national_id", json!({"amka": "17050398761"})).await;
    assert_eq!((s, v["next"].as_str()), (200, Some("confirm")), "{v}");
    let (s, v) = t
        .api_get(&format!("/api/v1/activation/{flow}/confirm"))
        .await;
    assert_eq!(s, 200);
    assert_eq!(v["details"]["username"], "gpapadopoulos");
    assert_eq!(v["details"]["name"], "Γιώργος Παπαδόπουλος");
    assert!(
        !v["details"]["national_id"]
            .as_str()
            .unwrap()
            .contains("170503"),
        "{v}"
    );
    finish(&t, &flow, true).await;

    assert!(t.dir.ldapwhoami(&dn("gpapadopoulos"), GOOD_PASSWORD));
    let e = entry(&t, "gpapadopoulos").await;
    assert!(e.first("kleidiActivatedAt").is_some());
    assert_eq!(e.first("kleidiRecoveryMobile"), Some("+306912345678"));
    assert!(e.first("kleidiRecoveryMobileConsentAt").is_some());
    assert_eq!(
        e.first("schacPersonalUniqueID"),
        Some("urn:schac:personalUniqueID:gr:AMKA:17050398761")
    );
    assert!(!e.must_change(), "a chosen password is not temporary");
}

#[tokio::test]
async fn an_associate_matched_by_email_activates_with_a_foreign_number() {
    let t = app().await;
    let flow = start(&t, "associate").await;
    let (s, _) = step(
        &t,
        &flow,
        "identify",
        json!({"email": "Maria.Rossi@Example.NET"}),
    )
    .await;
    assert_eq!(s, 200);
    let pin = mail_pin(&t, "maria.rossi@example.net").await;
    // The mail has an HTML alternative with the same PIN.
    let m = t
        .smtp
        .messages()
        .into_iter()
        .find(|m| m.text.contains(&pin))
        .unwrap();
    assert!(
        m.html.as_deref().is_some_and(|h| h.contains(&pin)),
        "{:?}",
        m.html
    );
    let (_, v) = step(&t, &flow, "pin", json!({ "pin": pin })).await;
    assert_eq!(v["next"], "national_id", "{v}");
    let (s, v) = step(
        &t,
        &flow,
        "national_id",
        json!({"country": "IT", "kind": "ssn", "number": "RSSMRA90T64F205Z"}),
    )
    .await;
    assert_eq!(s, 200, "{v}");
    finish(&t, &flow, true).await;
    assert!(t.dir.ldapwhoami(
        &format!("uid=mrossi,ou=associates,{}", kleidi::sandbox::SUFFIX),
        GOOD_PASSWORD
    ));
    let e = t
        .app
        .directory
        .read_entry(&format!(
            "uid=mrossi,ou=associates,{}",
            kleidi::sandbox::SUFFIX
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        e.first("kleidiRecoveryEmail"),
        Some("maria.rossi@example.net")
    );
    assert!(e.first("kleidiRecoveryMobile").is_none());
    assert_eq!(
        e.first("schacPersonalUniqueID"),
        Some("urn:schac:personalUniqueID:it:SSN:RSSMRA90T64F205Z")
    );
}

#[tokio::test]
async fn both_contacts_get_the_same_pin_and_consents_store_both() {
    let t = app().await;
    let flow = start(&t, "student").await;
    let (s, _) = step(
        &t,
        &flow,
        "identify",
        json!({"mobile": "+30 695 550 1234", "email": "katerina.p@example.net"}),
    )
    .await;
    assert_eq!(s, 200);
    let by_sms = sms_pin(&t, "+306955501234").await;
    let by_mail = mail_pin(&t, "katerina.p@example.net").await;
    assert_eq!(by_sms, by_mail);
    // The AMKA on file fits the birth date: no national ID step.
    let (_, v) = step(&t, &flow, "pin", json!({ "pin": by_sms })).await;
    assert_eq!(v["next"], "confirm", "{v}");
    finish(&t, &flow, true).await;
    assert!(t.dir.ldapwhoami(&dn("kpetrou"), GOOD_PASSWORD));
    let e = entry(&t, "kpetrou").await;
    assert_eq!(e.first("kleidiRecoveryMobile"), Some("+306955501234"));
    assert_eq!(
        e.first("kleidiRecoveryEmail"),
        Some("katerina.p@example.net")
    );
}

#[tokio::test]
async fn without_consent_no_contact_is_stored() {
    let t = app().await;
    let flow = start(&t, "student").await;
    step(&t, &flow, "identify", json!({"mobile": "+306955501234"})).await;
    let pin = sms_pin(&t, "+306955501234").await;
    step(&t, &flow, "pin", json!({ "pin": pin })).await;
    finish(&t, &flow, false).await;
    let e = entry(&t, "kpetrou").await;
    assert!(e.first("kleidiActivatedAt").is_some());
    assert!(e.first("kleidiRecoveryMobile").is_none());
    assert!(e.first("kleidiRecoveryEmail").is_none());
}

#[tokio::test]
async fn a_uphf_student_activates_with_student_number_and_birth_date() {
    let t = app().await;
    let flow = start(&t, "etudiant").await;
    let (s, v) = step(
        &t,
        &flow,
        "identify",
        json!({"personal_number": "22009876", "birth_date": "20/01/2005"}),
    )
    .await;
    assert_eq!(s, 200, "{v}");
    // The PIN goes to the personal address on record, never to a typed one.
    let pin = mail_pin(&t, "camille.b@example.net").await;
    let (_, v) = step(&t, &flow, "pin", json!({ "pin": pin })).await;
    assert_eq!(v["next"], "national_id", "IHU config asks for one: {v}");
    step(
        &t,
        &flow,
        "national_id",
        json!({"country": "FR", "kind": "ssn", "number": "2050175123456"}),
    )
    .await;
    finish(&t, &flow, true).await;
    assert!(t.dir.ldapwhoami(&dn("cbernard"), GOOD_PASSWORD));
}

#[tokio::test]
async fn a_uphf_configuration_needs_no_national_id() {
    let t = TestApp::spawn_with(
        &IHU.replace("require_national_id = true", "require_national_id = false"),
    )
    .await;
    let flow = start(&t, "etudiant").await;
    step(
        &t,
        &flow,
        "identify",
        json!({"personal_number": "0987654321b", "birth_date": "2005-01-20"}),
    )
    .await;
    let pin = mail_pin(&t, "camille.b@example.net").await;
    let (_, v) = step(&t, &flow, "pin", json!({ "pin": pin })).await;
    assert_eq!(v["next"], "confirm", "{v}");
    finish(&t, &flow, false).await;
    assert!(t.dir.ldapwhoami(&dn("cbernard"), GOOD_PASSWORD));
}

#[tokio::test]
async fn the_seeds_errors_are_reported_and_change_nothing() {
    let t = app().await;
    // Already activated: alice is staff with mobile +306900000001.
    let flow = start(&t, "staff").await;
    step(&t, &flow, "identify", json!({"mobile": "+306900000001"})).await;
    let pin = sms_pin(&t, "+306900000001").await;
    let (s, v) = step(&t, &flow, "pin", json!({ "pin": pin })).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (409, Some("already_active")),
        "{v}"
    );

    // Required fields missing: no birth date on record.
    let flow = start(&t, "student").await;
    step(&t, &flow, "identify", json!({"mobile": "+306977700001"})).await;
    let pin = sms_pin(&t, "+306977700001").await;
    let (s, v) = step(&t, &flow, "pin", json!({ "pin": pin })).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (409, Some("required_fields_missing")),
        "{v}"
    );
    assert_eq!(v["error"]["missing"], json!(["birth_date"]));

    // AMKA check failed: the registrar's AMKA does not fit the birth date.
    let flow = start(&t, "student").await;
    step(&t, &flow, "identify", json!({"mobile": "+306977700002"})).await;
    let pin = sms_pin(&t, "+306977700002").await;
    let (s, v) = step(&t, &flow, "pin", json!({ "pin": pin })).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (409, Some("amka_check_failed")),
        "{v}"
    );

    // AMKA check failed on a typed AMKA, and a malformed one.
    let flow = start(&t, "student").await;
    step(&t, &flow, "identify", json!({"mobile": "+306912345678"})).await;
    let pin = sms_pin(&t, "+306912345678").await;
    step(&t, &flow, "pin", json!({ "pin": pin })).await;
    let (s, v) = step(&t, &flow, "national_id", json!({"amka": "08110412346"})).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (409, Some("amka_check_failed")),
        "{v}"
    );
    let (s, v) = step(&t, &flow, "national_id", json!({"amka": "12345"})).await;
    assert_eq!(
        (s, v["error"]["fields"][0]["code"].as_str()),
        (422, Some("amka_invalid")),
        "{v}"
    );

    // Disagree: nothing is activated.
    step(&t, &flow, "national_id", json!({"amka": "17050398761"})).await;
    let (s, v) = step(&t, &flow, "confirm", json!({"agree": false})).await;
    assert_eq!((s, v["next"].as_str()), (200, Some("disagreed")), "{v}");
    let (s, _) = step(
        &t,
        &flow,
        "password",
        json!({"password": GOOD_PASSWORD, "confirm": GOOD_PASSWORD, "accept_terms": true}),
    )
    .await;
    assert_eq!(s, 409);
    for uid in ["gpapadopoulos", "nobirth", "badamka"] {
        let e = entry(&t, uid).await;
        assert!(e.first("kleidiActivatedAt").is_none(), "{uid}");
        assert!(!t.app.directory.has_password(&e.dn).await.unwrap(), "{uid}");
    }
}

#[tokio::test]
async fn no_match_is_told_only_where_the_config_opts_in() {
    let t =
        TestApp::spawn_with(&IHU.replace("[activation]", "[activation]\nreveal_no_match = true"))
            .await;
    let flow = start(&t, "student").await;
    let (s, v) = step(&t, &flow, "identify", json!({"mobile": "+306999999999"})).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (422, Some("no_match")),
        "{v}"
    );
    assert_eq!(v["error"]["message"], "No user found with these details.");
    // Wrong contact for a real person is the same "no match".
    let (s, v) = step(
        &t,
        &flow,
        "identify",
        json!({"mobile": "+306912345678", "email": "someone.else@example.net"}),
    )
    .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (422, Some("no_match")),
        "{v}"
    );
}

#[tokio::test]
async fn bad_input_gets_field_errors_and_changes_nothing() {
    let t = app().await;
    let flow = start(&t, "student").await;
    let (s, v) = step(&t, &flow, "identify", json!({})).await;
    assert_eq!(s, 422);
    assert_eq!(v["error"]["fields"][0]["code"], "mobile_or_email_required");
    let (s, v) = step(
        &t,
        &flow,
        "identify",
        json!({"mobile": "12ab", "email": "no-at-sign"}),
    )
    .await;
    assert_eq!(s, 422);
    let codes: Vec<&str> = v["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["mobile", "email"]);
    let (s, v) = t.api("/api/v1/activation", json!({"role": "wizard"})).await;
    assert_eq!(
        (s, v["error"]["fields"][0]["code"].as_str()),
        (422, Some("unknown_role"))
    );
    let (s, v) = step(
        &t,
        "no-such-flow",
        "identify",
        json!({"mobile": "+306912345678"}),
    )
    .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (404, Some("flow_not_found"))
    );
    // Translated: the same error in Greek.
    let url = t.url(&format!("/api/v1/activation/{flow}/identify"));
    let r = crate::harness::with_secret(&url, t.client.post(&url))
        .header("accept-language", "el")
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    let v: Value = r.json().await.unwrap();
    assert_ne!(
        v["error"]["fields"][0]["message"],
        "Enter your mobile, your email, or both."
    );
}

#[tokio::test]
async fn pins_expire_run_out_and_resend_with_a_cooldown() {
    let t = app().await;
    // Expiry, with the injected clock.
    let flow = start(&t, "student").await;
    step(&t, &flow, "identify", json!({"mobile": "+306912345678"})).await;
    let pin = sms_pin(&t, "+306912345678").await;
    t.clock.advance(Duration::from_secs(10 * 60));
    let (s, v) = step(&t, &flow, "pin", json!({ "pin": pin })).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (410, Some("pin_invalid")),
        "{v}"
    );

    // Resend: cooldown first, then a new PIN that works; the old one does not.
    let (s, v) = step(&t, &flow, "resend", json!({})).await;
    assert_eq!(s, 200, "{v}");
    let (s, v) = step(&t, &flow, "resend", json!({})).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (429, Some("resend_cooldown")),
        "{v}"
    );
    t.clock.advance(Duration::from_secs(61));
    let msgs = t.sms.messages().len();
    step(&t, &flow, "resend", json!({})).await;
    let deadline = Instant::now() + Duration::from_secs(5);
    while t.sms.messages().len() < msgs + 1 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let newest = pin_in(&t.sms.messages().last().unwrap().text);
    let (s, _) = step(&t, &flow, "pin", json!({ "pin": pin })).await;
    assert_eq!(s, 422, "an old PIN is just wrong");
    let (s, v) = step(&t, &flow, "pin", json!({ "pin": newest })).await;
    assert_eq!(s, 200, "{v}");
    // Replay after success: the journey moved on.
    let (s, v) = step(&t, &flow, "pin", json!({ "pin": newest })).await;
    assert_eq!((s, v["error"]["code"].as_str()), (409, Some("wrong_step")));
}

#[tokio::test]
async fn five_wrong_pins_void_the_challenge_even_across_a_resend() {
    let t = app().await;
    let flow = start(&t, "student").await;
    step(&t, &flow, "identify", json!({"mobile": "+306912345678"})).await;
    let pin = sms_pin(&t, "+306912345678").await;
    let wrong = if pin == "000000" { "111111" } else { "000000" };
    for left in [4, 3] {
        let (s, v) = step(&t, &flow, "pin", json!({ "pin": wrong })).await;
        assert_eq!(
            (s, v["error"]["attempts_left"].as_u64()),
            (422, Some(left)),
            "{v}"
        );
    }
    t.clock.advance(Duration::from_secs(61));
    step(&t, &flow, "resend", json!({})).await;
    for _ in 0..2 {
        step(&t, &flow, "pin", json!({ "pin": wrong })).await;
    }
    let (s, v) = step(&t, &flow, "pin", json!({ "pin": wrong })).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (410, Some("pin_exhausted")),
        "{v}"
    );
    let (s, _) = step(&t, &flow, "pin", json!({ "pin": pin })).await;
    assert_eq!(s, 410);
}

#[tokio::test]
async fn a_pin_only_works_in_its_own_journey() {
    let t = app().await;
    let a = start(&t, "student").await;
    step(&t, &a, "identify", json!({"mobile": "+306912345678"})).await;
    let pin_a = sms_pin(&t, "+306912345678").await;
    let b = start(&t, "student").await;
    step(&t, &b, "identify", json!({"mobile": "+306955501234"})).await;
    // A's PIN in B (another account) is wrong; B's own works.
    let (s, _) = step(&t, &b, "pin", json!({ "pin": pin_a })).await;
    assert_eq!(s, 422);
    let c = start(&t, "student").await;
    step(&t, &c, "identify", json!({"mobile": "+306912345678"})).await;
    // A's PIN in C (same account, another journey) is wrong too.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let (s, _) = step(&t, &c, "pin", json!({ "pin": pin_a })).await;
    assert_eq!(s, 422);
    let (s, _) = step(&t, &a, "pin", json!({ "pin": pin_a })).await;
    assert_eq!(s, 200);
}

#[tokio::test]
async fn fifty_parallel_submissions_of_one_pin_succeed_once() {
    let t = app().await;
    let flow = start(&t, "student").await;
    step(&t, &flow, "identify", json!({"mobile": "+306912345678"})).await;
    let pin = sms_pin(&t, "+306912345678").await;
    let url = t.url(&format!("/api/v1/activation/{flow}/pin"));
    let tasks: Vec<_> = (0..50)
        .map(|_| {
            let (c, url, pin) = (t.client.clone(), url.clone(), pin.clone());
            tokio::spawn(async move {
                crate::harness::with_secret(&url, c.post(&url))
                    .json(&json!({ "pin": pin }))
                    .send()
                    .await
                    .unwrap()
                    .status()
                    .as_u16()
            })
        })
        .collect();
    let mut ok = 0;
    for task in tasks {
        if task.await.unwrap() == 200 {
            ok += 1;
        }
    }
    assert_eq!(ok, 1);
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

#[tokio::test]
async fn identification_does_not_tell_who_exists() {
    // Many tries of each case: the per-account PIN budgets (which run out
    // alike for every case, see the pin unit tests) are raised here.
    let t = TestApp::spawn_with(&format!(
        "{IHU}\n[pin]\nissued_per_account_per_hour = 100000\n"
    ))
    .await;
    let cases = [
        ("unknown", json!({"mobile": "+306999999999"})),
        (
            "wrong contact",
            json!({"mobile": "+306912345678", "email": "not.his@example.net"}),
        ),
        ("success", json!({"mobile": "+306912345678"})),
    ];
    let mut medians = Vec::new();
    let mut bodies = Vec::new();
    for (name, body) in &cases {
        let mut times = Vec::new();
        for _ in 0..50 {
            let flow = start(&t, "student").await;
            let t0 = Instant::now();
            let (s, v) = step(&t, &flow, "identify", body.clone()).await;
            times.push(t0.elapsed());
            let text = v.to_string().replace(&flow, "FLOW");
            bodies.push((*name, s, text));
        }
        medians.push((*name, median(times)));
    }
    let first = &bodies[0];
    for b in &bodies {
        assert_eq!(
            (b.1, &b.2),
            (first.1, &first.2),
            "{} differs from {}",
            b.0,
            first.0
        );
    }
    let max = medians.iter().map(|m| m.1).max().unwrap();
    let min = medians.iter().map(|m| m.1).min().unwrap();
    assert!(max - min < Duration::from_millis(10), "{medians:?}");
}

async fn wait_send_failure(t: &TestApp, flow: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (_, v) = t.api_get(&format!("/api/v1/activation/{flow}")).await;
        if !v["send_failure"].is_null() || Instant::now() > deadline {
            return v;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn smtp_down_is_reported_and_the_journey_goes_on_once_it_is_back() {
    let t = app().await;
    t.smtp.stop().await;
    let flow = start(&t, "associate").await;
    let (s, _) = step(
        &t,
        &flow,
        "identify",
        json!({"email": "maria.rossi@example.net"}),
    )
    .await;
    assert_eq!(s, 200);
    let v = wait_send_failure(&t, &flow).await;
    assert_eq!(v["send_failure"], "email", "{v}");
    t.smtp.restart().await;
    // The failed send cost nothing: a new code can be asked for at once.
    let (s, v) = step(&t, &flow, "resend", json!({})).await;
    assert_eq!(s, 200, "{v}");
    let pin = mail_pin(&t, "maria.rossi@example.net").await;
    let (s, _) = step(&t, &flow, "pin", json!({ "pin": pin })).await;
    assert_eq!(s, 200);
}

#[tokio::test]
async fn an_sms_gateway_error_is_reported_and_the_journey_goes_on_once_it_recovers() {
    let t = app().await;
    t.sms.set_failing(Some(500));
    let flow = start(&t, "student").await;
    step(&t, &flow, "identify", json!({"mobile": "+306912345678"})).await;
    let v = wait_send_failure(&t, &flow).await;
    assert_eq!(v["send_failure"], "sms", "{v}");
    t.sms.set_failing(None);
    let (s, _) = step(&t, &flow, "resend", json!({})).await;
    assert_eq!(s, 200);
    let pin = sms_pin(&t, "+306912345678").await;
    let (s, _) = step(&t, &flow, "pin", json!({ "pin": pin })).await;
    assert_eq!(s, 200);
}

#[tokio::test]
async fn slapd_down_at_the_last_step_writes_nothing_and_a_retry_completes() {
    let mut t = app().await;
    let flow = start(&t, "student").await;
    step(&t, &flow, "identify", json!({"mobile": "+306955501234"})).await;
    let pin = sms_pin(&t, "+306955501234").await;
    step(&t, &flow, "pin", json!({ "pin": pin })).await;
    step(
        &t,
        &flow,
        "confirm",
        json!({"agree": true, "consent_mobile": true}),
    )
    .await;
    t.dir.slapd.stop();
    let body = json!({"password": GOOD_PASSWORD, "confirm": GOOD_PASSWORD, "accept_terms": true});
    let (s, v) = step(&t, &flow, "password", body.clone()).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (503, Some("unavailable")),
        "{v}"
    );
    t.dir.slapd.start_again().unwrap();
    let e = entry(&t, "kpetrou").await;
    assert!(e.first("kleidiActivatedAt").is_none());
    assert!(!t.dir.ldapwhoami(&dn("kpetrou"), GOOD_PASSWORD));
    let (s, v) = step(&t, &flow, "password", body).await;
    assert_eq!(s, 200, "{v}");
    assert!(t.dir.ldapwhoami(&dn("kpetrou"), GOOD_PASSWORD));
}

#[tokio::test]
async fn the_password_step_enforces_the_policy_and_the_terms() {
    let t = app().await;
    let flow = start(&t, "student").await;
    step(&t, &flow, "identify", json!({"mobile": "+306955501234"})).await;
    let pin = sms_pin(&t, "+306955501234").await;
    step(&t, &flow, "pin", json!({ "pin": pin })).await;
    step(&t, &flow, "confirm", json!({"agree": true})).await;
    let (s, v) = step(
        &t,
        &flow,
        "password",
        json!({"password": "abc", "confirm": "abd", "accept_terms": false}),
    )
    .await;
    assert_eq!(s, 422);
    let fields: Vec<&str> = v["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["password_mismatch", "terms_not_accepted"]);
    // IHU: 1234 is a run of 4 digits, and kpetrou must not be in it.
    let p = "kpetrou#1234!";
    let (s, v) = step(
        &t,
        &flow,
        "password",
        json!({"password": p, "confirm": p, "accept_terms": true}),
    )
    .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (422, Some("password_policy")),
        "{v}"
    );
    let codes: Vec<&str> = v["error"]["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"digit_sequence"), "{codes:?}");
    assert!(!t.dir.ldapwhoami(&dn("kpetrou"), p));
}

/// Walks a gpapadopoulos journey up to the password step; `nth` is which SMS
/// to that mobile carries this journey's PIN.
async fn to_password_step(t: &TestApp, nth: usize) -> String {
    let flow = start(t, "student").await;
    let (s, v) = step(t, &flow, "identify", json!({"mobile": "6912345678"})).await;
    assert_eq!(s, 200, "{v}");
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    let pin = loop {
        let sms: Vec<String> = t
            .sms
            .messages()
            .into_iter()
            .filter(|m| m.to == "+306912345678")
            .map(|m| m.text)
            .collect();
        if let Some(text) = sms.get(nth) {
            break pin_in(text);
        }
        assert!(std::time::Instant::now() < deadline, "no SMS {nth}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let (s, v) = step(t, &flow, "pin", json!({ "pin": pin })).await;
    assert_eq!(s, 200, "{v}");
    let (s, v) = step(t, &flow, "national_id", json!({"amka": "17050398761"})).await;
    assert_eq!(s, 200, "{v}");
    let (s, v) = step(t, &flow, "confirm", json!({"agree": true})).await;
    assert_eq!((s, v["next"].as_str()), (200, Some("password")), "{v}");
    flow
}

#[tokio::test]
async fn a_second_journey_cannot_overwrite_the_password_of_an_account_activated_meanwhile() {
    let t = app().await;
    let first = to_password_step(&t, 0).await;
    let second = to_password_step(&t, 1).await;
    let (s, v) = step(
        &t,
        &first,
        "password",
        json!({"password": GOOD_PASSWORD, "confirm": GOOD_PASSWORD, "accept_terms": true}),
    )
    .await;
    assert_eq!(s, 200, "{v}");
    let activated = entry(&t, "gpapadopoulos").await;
    // The activation ended every other open journey of the account.
    let other = "Green#Meadow!Lark58";
    let (s, v) = step(
        &t,
        &second,
        "password",
        json!({"password": other, "confirm": other, "accept_terms": true}),
    )
    .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (404, Some("flow_not_found")),
        "{v}"
    );
    assert!(t.dir.ldapwhoami(&dn("gpapadopoulos"), GOOD_PASSWORD));
    assert!(!t.dir.ldapwhoami(&dn("gpapadopoulos"), other));
    assert_eq!(
        entry(&t, "gpapadopoulos").await.first("kleidiActivatedAt"),
        activated.first("kleidiActivatedAt"),
        "the activation time is not rewritten"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn journeys_racing_at_the_password_step_set_at_most_one_password() {
    let t = app().await;
    let mut flows = Vec::new();
    for n in 0..4 {
        flows.push(to_password_step(&t, n).await);
    }
    let tasks: Vec<_> = flows
        .iter()
        .enumerate()
        .map(|(i, flow)| {
            let (client, url) = (
                t.client.clone(),
                t.url(&format!("/api/v1/activation/{flow}/password")),
            );
            let pw = format!("Race#Winner!{i}Kite");
            tokio::spawn(async move {
                let r = crate::harness::with_secret(&url, client.post(&url))
                    .json(&json!({"password": pw, "confirm": pw, "accept_terms": true}))
                    .send()
                    .await
                    .unwrap();
                (r.status().as_u16(), pw)
            })
        })
        .collect();
    let mut winners = Vec::new();
    for task in tasks {
        let (status, pw) = task.await.unwrap();
        assert!(
            [200, 404, 409].contains(&status),
            "a clear answer, never a 5xx: {status}"
        );
        if status == 200 {
            winners.push(pw);
        }
    }
    assert_eq!(winners.len(), 1, "exactly one journey activates");
    assert!(t.dir.ldapwhoami(&dn("gpapadopoulos"), &winners[0]));
}

#[tokio::test]
async fn a_second_client_with_only_the_journey_url_gets_what_an_unknown_journey_gets() {
    let t = app().await;
    let flow = start(&t, "student").await;
    let (s, v) = step(&t, &flow, "identify", json!({"mobile": "6912345678"})).await;
    assert_eq!(s, 200, "{v}");
    let pin = sms_pin(&t, "+306912345678").await;
    // Someone who found the URL (browser history): API and pages, without
    // the secret, or with another journey's.
    let other = start(&t, "student").await;
    let stranger = crate::harness::http_client();
    let unknown = |path: &str| {
        let url = t.url(path);
        let c = stranger.clone();
        async move {
            let r = c
                .post(url)
                .header("accept-language", "en")
                .json(&json!({ "pin": "123456" }))
                .send()
                .await
                .unwrap();
            (r.status().as_u16(), r.text().await.unwrap())
        }
    };
    let foreign = unknown(&format!("/api/v1/activation/{flow}/pin")).await;
    let nobody = unknown("/api/v1/activation/no-such-journey-at-all/pin").await;
    assert_eq!(foreign.0, 404);
    assert_eq!(foreign, nobody, "indistinguishable from an unknown journey");
    let wrong_secret = stranger
        .post(t.url(&format!("/api/v1/activation/{flow}/pin")))
        .header(
            "journey-secret",
            crate::harness::secret_for(&other).unwrap(),
        )
        .json(&json!({ "pin": pin }))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_secret.status(), 404);
    let page = stranger
        .get(t.url(&format!("/activate/{flow}/pin")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 404);
    let status = stranger
        .get(t.url(&format!("/api/v1/activation/{flow}")))
        .send()
        .await
        .unwrap();
    assert_eq!(status.status(), 404, "not even the step is told");
    // The owner goes on with the right PIN, which the stranger never spent.
    let (s, v) = step(&t, &flow, "pin", json!({ "pin": pin })).await;
    assert_eq!(s, 200, "{v}");
}
