//! Seed fidelity of the activation journey (issue 8): what URegister shows
//! and says, against the real slapd, SMTP sink and SMS sink.

use serde_json::{Value, json};

use crate::activation::{GOOD_PASSWORD, app, entry, mail_pin, sms_pin, start, step};
use crate::harness::{TestApp, TestDir};

/// The API answer in Greek.
async fn step_el(t: &TestApp, flow: &str, name: &str, body: Value) -> (u16, Value) {
    let url = t.url(&format!("/api/v1/activation/{flow}/{name}"));
    let r = crate::harness::with_secret(&url, t.client.post(&url))
        .header("accept-language", "el")
        .json(&body)
        .send()
        .await
        .unwrap();
    let s = r.status().as_u16();
    (s, r.json().await.unwrap())
}

#[tokio::test]
async fn an_amka_on_file_with_a_bad_check_digit_fails_the_amka_check() {
    let t = app().await;
    // badcheck's AMKA on file starts with the birth date but its check digit
    // is wrong: the seed's "Ανεπιτυχής έλεγχος του ΑΜΚΑ", not a missing field.
    let flow = start(&t, "student").await;
    step(&t, &flow, "identify", json!({"mobile": "+306977700003"})).await;
    let pin = sms_pin(&t, "+306977700003").await;
    let (s, v) = step_el(&t, &flow, "pin", json!({ "pin": pin })).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (409, Some("amka_check_failed")),
        "{v}"
    );
    assert_eq!(v["error"]["message"], "Ανεπιτυχής έλεγχος του ΑΜΚΑ.");
    // The journey is over and nothing was written.
    let (s, _) = step(&t, &flow, "confirm", json!({"agree": true})).await;
    assert_eq!(s, 409);
    let e = entry(&t, "badcheck").await;
    assert!(e.first("kleidiActivatedAt").is_none());
    assert!(!t.app.directory.has_password(&e.dn).await.unwrap());
}

/// IHU's set-up with the mappings URegister's confirm page needs.
fn seed_config() -> String {
    crate::activation::IHU.replace(
        "[activation]\n",
        "[activation]\ndepartment_names = { csd = { el = \"Μηχανικών Πληροφορικής\", en = \"Computer Science\" } }\n",
    )
}

const MAPPINGS: &str = r#"
[directory.attributes]
father_name = "exampleFatherName"
gender = "schacGender"
tax_number = "exampleTaxNumber"
"#;

async fn seed_app() -> TestApp {
    TestApp::spawn_on_directory(TestDir::start(), MAPPINGS, &seed_config()).await
}

/// dnikolaou (mobile +306955502345, email dimitra.n@example.net on record,
/// AMKA on file) identified by `contact`, at the confirm step.
async fn at_confirm(t: &TestApp, contact: Value) -> String {
    let flow = start(t, "student").await;
    let (s, v) = step(t, &flow, "identify", contact.clone()).await;
    assert_eq!(s, 200, "{v}");
    let pin = if contact.get("mobile").is_some() {
        sms_pin(t, "+306955502345").await
    } else {
        mail_pin(t, "dimitra.n@example.net").await
    };
    let (_, v) = step(t, &flow, "pin", json!({ "pin": pin })).await;
    assert_eq!(v["next"], "confirm", "{v}");
    flow
}

async fn register(t: &TestApp, flow: &str) {
    let (s, v) = step(
        t,
        flow,
        "password",
        json!({"password": GOOD_PASSWORD, "confirm": GOOD_PASSWORD, "accept_terms": true}),
    )
    .await;
    assert_eq!((s, v["next"].as_str()), (200, Some("done")), "{v}");
}

async fn sms_count(t: &TestApp, to: &str) -> usize {
    t.sms.messages().iter().filter(|m| m.to == to).count()
}

#[tokio::test]
async fn the_confirm_step_shows_the_seeds_details_and_every_contact_unticked() {
    let t = seed_app().await;
    let flow = at_confirm(&t, json!({"mobile": "+306955502345"})).await;
    let (s, v) = t
        .api_get(&format!("/api/v1/activation/{flow}/confirm"))
        .await;
    assert_eq!(s, 200, "{v}");
    let d = &v["details"];
    assert_eq!(d["username"], "dnikolaou");
    assert_eq!(d["department"], "Computer Science", "{v}");
    assert_eq!(d["father_name"], "Κωνσταντίνος");
    assert_eq!(d["gender"], "Female");
    assert_eq!(d["tax_number"], "*****5432", "masked like the AMKA: {v}");
    assert_eq!(d["national_id"], "*******4688");
    // Both contacts on record, though only the mobile was typed.
    assert!(d["mobile"].as_str().unwrap().ends_with("345"), "{v}");
    assert!(!d["mobile"].as_str().unwrap().contains("5550"), "{v}");
    assert_eq!(d["mobile_verified"], true);
    assert!(
        d["email"]
            .as_str()
            .is_some_and(|e| e.contains("example.net"))
    );
    assert_eq!(d["email_verified"], false);

    // The Greek page, as URegister shows it: each box unticked.
    let page = t
        .get(
            &format!("/activate/{flow}/confirm"),
            &[("accept-language", "el")],
        )
        .await
        .text()
        .await
        .unwrap();
    for text in [
        "Μηχανικών Πληροφορικής",
        "ΑΦΜ",
        "*****5432",
        "Όνομα πατρός",
        "Κωνσταντίνος",
        "Φύλο",
        "Θήλυ",
        "Email (εξωτ.)",
        "name=\"consent_mobile\"",
        "name=\"consent_email\"",
        "Συμφωνώ να αποθηκευτεί η μη ιδρυματική μου διεύθυνση email",
    ] {
        assert!(page.contains(text), "{text} missing: {page}");
    }
    assert!(!page.contains("checked"), "no box is ticked beforehand");
    assert!(!page.contains("098765432"), "the tax number is masked");
}

#[tokio::test]
async fn the_contact_that_did_not_get_the_pin_is_stored_only_after_its_own_code() {
    let t = seed_app().await;
    let flow = at_confirm(&t, json!({"mobile": "+306955502345"})).await;
    let (s, v) = step(
        &t,
        &flow,
        "confirm",
        json!({"agree": true, "consent_mobile": true, "consent_email": true}),
    )
    .await;
    assert_eq!(
        (s, v["next"].as_str()),
        (200, Some("verify_contact")),
        "{v}"
    );
    let (s, v) = t
        .api_get(&format!("/api/v1/activation/{flow}/verify_contact"))
        .await;
    assert_eq!((s, v["channel"].as_str()), (200, Some("email")), "{v}");
    assert!(
        !v["to"].as_str().unwrap().contains("dimitra"),
        "masked: {v}"
    );
    let code = mail_pin(&t, "dimitra.n@example.net").await;
    // The password cannot be reached around the code.
    let (s, v) = step(
        &t,
        &flow,
        "password",
        json!({"password": GOOD_PASSWORD, "confirm": GOOD_PASSWORD, "accept_terms": true}),
    )
    .await;
    assert_eq!((s, v["error"]["code"].as_str()), (409, Some("wrong_step")));
    // A wrong code counts, a malformed one is a field error; neither moves on.
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let (s, v) = step(&t, &flow, "verify_contact", json!({ "pin": wrong })).await;
    assert_eq!(
        (s, v["error"]["attempts_left"].as_u64()),
        (422, Some(4)),
        "{v}"
    );
    let (s, v) = step(&t, &flow, "verify_contact", json!({ "pin": "12ab" })).await;
    assert_eq!(
        (s, v["error"]["fields"][0]["field"].as_str()),
        (422, Some("pin")),
        "{v}"
    );
    let (s, v) = step(&t, &flow, "verify_contact", json!({ "pin": code })).await;
    assert_eq!((s, v["next"].as_str()), (200, Some("password")), "{v}");
    // Single use.
    let (s, _) = step(&t, &flow, "verify_contact", json!({ "pin": code })).await;
    assert_eq!(s, 409);
    register(&t, &flow).await;
    let e = entry(&t, "dnikolaou").await;
    assert_eq!(e.first("kleidiRecoveryMobile"), Some("+306955502345"));
    assert_eq!(
        e.first("kleidiRecoveryEmail"),
        Some("dimitra.n@example.net")
    );
    assert!(e.first("kleidiRecoveryEmailConsentAt").is_some());
}

#[tokio::test]
async fn a_contact_whose_code_does_not_come_back_is_not_stored() {
    let t = seed_app().await;
    // Identified by email: the mobile on record never got the PIN.
    let flow = at_confirm(&t, json!({"email": "dimitra.n@example.net"})).await;
    assert_eq!(sms_count(&t, "+306955502345").await, 0);
    let (_, v) = step(
        &t,
        &flow,
        "confirm",
        json!({"agree": true, "consent_mobile": true, "consent_email": true}),
    )
    .await;
    assert_eq!(v["next"], "verify_contact", "{v}");
    let first = sms_pin(&t, "+306955502345").await;
    // "Send a new code" keeps its cooldown here too, then replaces the code.
    let (s, v) = step(&t, &flow, "resend", json!({})).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (429, Some("resend_cooldown")),
        "{v}"
    );
    t.clock.advance(std::time::Duration::from_secs(61));
    let (s, v) = step(&t, &flow, "resend", json!({})).await;
    assert_eq!(
        (s, v["next"].as_str()),
        (200, Some("verify_contact")),
        "{v}"
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while sms_count(&t, "+306955502345").await < 2 && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(sms_count(&t, "+306955502345").await, 2);
    let (s, _) = step(&t, &flow, "verify_contact", json!({ "pin": first })).await;
    assert_eq!(s, 422, "the replaced code no longer works");
    // The person cannot get at the phone: go on without storing it.
    let (s, v) = step(&t, &flow, "verify_contact", json!({"skip": true})).await;
    assert_eq!((s, v["next"].as_str()), (200, Some("password")), "{v}");
    register(&t, &flow).await;
    let e = entry(&t, "dnikolaou").await;
    assert!(e.first("kleidiActivatedAt").is_some());
    assert_eq!(
        e.first("kleidiRecoveryEmail"),
        Some("dimitra.n@example.net")
    );
    assert!(e.first("kleidiRecoveryMobile").is_none());
    assert!(e.first("kleidiRecoveryMobileConsentAt").is_none());
}

#[tokio::test]
async fn disagreeing_sends_no_code_and_activates_nothing() {
    let t = seed_app().await;
    let flow = at_confirm(&t, json!({"email": "dimitra.n@example.net"})).await;
    let (s, v) = step(
        &t,
        &flow,
        "confirm",
        json!({"agree": false, "consent_mobile": true, "consent_email": true}),
    )
    .await;
    assert_eq!((s, v["next"].as_str()), (200, Some("disagreed")), "{v}");
    for (name, body) in [
        ("verify_contact", json!({"skip": true})),
        (
            "password",
            json!({"password": GOOD_PASSWORD, "confirm": GOOD_PASSWORD, "accept_terms": true}),
        ),
    ] {
        let (s, v) = step(&t, &flow, name, body).await;
        assert_eq!((s, v["error"]["code"].as_str()), (409, Some("wrong_step")));
    }
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(sms_count(&t, "+306955502345").await, 0, "no code was sent");
    let e = entry(&t, "dnikolaou").await;
    assert!(e.first("kleidiActivatedAt").is_none());
    assert!(e.first("kleidiRecoveryEmail").is_none());
    assert!(!t.app.directory.has_password(&e.dn).await.unwrap());
    // As on IHU's page, "Disagree" can be undone: back to the details, and
    // from there the journey goes on. Of many tries at once, one moves it.
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let (client, url) = (
            t.client.clone(),
            t.url(&format!("/api/v1/activation/{flow}/reconsider")),
        );
        let secret = crate::harness::secret_for(&flow).unwrap();
        tasks.push(tokio::spawn(async move {
            client
                .post(url)
                .header("journey-secret", secret)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }));
    }
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.unwrap());
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        1,
        "{statuses:?}"
    );
    assert!(
        statuses.iter().all(|s| *s == 200 || *s == 409),
        "{statuses:?}"
    );
    let (s, v) = step(
        &t,
        &flow,
        "confirm",
        json!({"agree": true, "consent_mobile": false, "consent_email": false}),
    )
    .await;
    assert_eq!((s, v["next"].as_str()), (200, Some("password")), "{v}");
}

#[tokio::test]
async fn the_department_name_comes_from_an_attribute_else_the_map_else_as_stored() {
    // Code in departmentNumber, name in ou (inetOrgPerson's own pair).
    let t = TestApp::spawn_on_directory(
        TestDir::start(),
        "[directory.attributes]\ndepartment = \"departmentNumber\"\ndepartment_name = \"ou\"\n",
        &seed_config(),
    )
    .await;
    let flow = start(&t, "student").await;
    step(&t, &flow, "identify", json!({"mobile": "+306955501234"})).await;
    let pin = sms_pin(&t, "+306955501234").await;
    step(&t, &flow, "pin", json!({ "pin": pin })).await;
    let (_, v) = t
        .api_get(&format!("/api/v1/activation/{flow}/confirm"))
        .await;
    assert_eq!(v["details"]["department"], "Πληροφορικής", "{v}");
    // Unmapped: not shown at all.
    assert!(v["details"]["father_name"].is_null(), "{v}");
    assert!(v["details"]["gender"].is_null(), "{v}");
    assert!(v["details"]["tax_number"].is_null(), "{v}");

    // A code the map does not know is shown as stored.
    let t = app().await;
    let flow = at_confirm(&t, json!({"mobile": "+306955502345"})).await;
    let (_, v) = t
        .api_get(&format!("/api/v1/activation/{flow}/confirm"))
        .await;
    assert_eq!(v["details"]["department"], "csd", "{v}");
}

#[tokio::test]
async fn the_confirm_and_code_pages_read_in_every_language() {
    let t = seed_app().await;
    let flow = at_confirm(&t, json!({"mobile": "+306955502345"})).await;
    let words = [
        ("el", "Θήλυ", "Συνέχεια χωρίς αποθήκευση"),
        ("en", "Female", "Continue without storing it"),
        ("it", "Femminile", "Continua senza memorizzarlo"),
        ("fr", "Féminin", "Continuer sans la conserver"),
    ];
    let pages = |path: String| {
        let t = &t;
        async move {
            let mut out = Vec::new();
            for (lang, _, _) in words {
                let r = t.get(&path, &[("accept-language", lang)]).await;
                assert_eq!(r.status(), 200, "{path} {lang}");
                out.push(r.text().await.unwrap());
            }
            out
        }
    };
    let confirm = pages(format!("/activate/{flow}/confirm")).await;
    step(
        &t,
        &flow,
        "confirm",
        json!({"agree": true, "consent_email": true}),
    )
    .await;
    let verify = pages(format!("/activate/{flow}/verify-contact")).await;
    for (i, (lang, gender, skip)) in words.iter().enumerate() {
        for body in [&confirm[i], &verify[i]] {
            assert!(
                body.contains(&format!("<html lang=\"{lang}\" dir=\"ltr\">")),
                "{body}"
            );
            assert!(!body.contains("activation-"), "a raw message id: {body}");
        }
        assert!(confirm[i].contains(gender), "{lang}: {}", confirm[i]);
        assert!(verify[i].contains(skip), "{lang}: {}", verify[i]);
        assert!(verify[i].contains("d********@example.net"), "{lang}");
    }
}
