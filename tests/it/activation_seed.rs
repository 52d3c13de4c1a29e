//! Seed fidelity of the activation journey (issue 8): what URegister shows
//! and says, against the real slapd, SMTP sink and SMS sink.

use serde_json::{Value, json};

use crate::activation::{app, entry, sms_pin, start, step};

/// The API answer in Greek.
async fn step_el(t: &crate::harness::TestApp, flow: &str, name: &str, body: Value) -> (u16, Value) {
    let r = t
        .client
        .post(t.url(&format!("/api/v1/activation/{flow}/{name}")))
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
