//! `/api/v1/policy`: rules, live check and suggestions over HTTP.

use serde_json::{Value, json};

use crate::harness::TestApp;

async fn check(t: &TestApp, lang: &str, body: Value) -> (u16, Value) {
    let r = t
        .client
        .post(t.url("/api/v1/policy/check"))
        .header("accept-language", lang)
        .json(&body)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

#[tokio::test]
async fn the_check_answers_in_all_four_languages() {
    let t = TestApp::spawn_with("[policy]\npresets = [\"ihu\"]\n").await;
    let mut messages = Vec::new();
    for lang in ["el", "en", "it", "fr"] {
        let (s, v) = check(&t, lang, json!({"password": "ab1"})).await;
        assert_eq!(s, 200);
        assert_eq!(v["ok"], false);
        let m = v["violations"][0]["message"].as_str().unwrap().to_string();
        assert!(!m.starts_with("policy-"), "untranslated: {m}");
        assert!(v["score"].is_number());
        messages.push(m);
    }
    messages.dedup();
    assert_eq!(messages.len(), 4, "{messages:?}");
    let (_, v) = check(&t, "en", json!({"password": "Blue#Harbor!Kite27"})).await;
    assert_eq!(v["ok"], true, "{v}");
}

#[tokio::test]
async fn the_check_is_the_same_for_existing_and_unknown_usernames() {
    let t = TestApp::spawn().await;
    // lmartin exists in the sample directory, lmartim does not.
    assert!(
        t.app
            .directory
            .find_user("lmartin")
            .await
            .unwrap()
            .is_some()
    );
    assert!(
        t.app
            .directory
            .find_user("lmartim")
            .await
            .unwrap()
            .is_none()
    );
    for pw in [
        "Correct-Horse-42",
        "short",
        "password1",
        "Ωραίος-Κήπος-2026",
    ] {
        let (s1, known) = check(&t, "en", json!({"password": pw, "username": "lmartin"})).await;
        let (s2, unknown) = check(&t, "en", json!({"password": pw, "username": "lmartim"})).await;
        assert_eq!((s1, &known), (s2, &unknown), "{pw}");
    }
    // The username only matters as text: a password holding it is refused either way.
    for u in ["lmartin", "lmartim"] {
        let (_, v) = check(
            &t,
            "en",
            json!({"password": format!("{u}-2026-ok"), "username": u}),
        )
        .await;
        assert!(
            v["violations"].to_string().contains("contains_username"),
            "{u}: {v}"
        );
    }
}

#[tokio::test]
async fn rules_and_suggestions_describe_the_active_policy() {
    let t = TestApp::spawn_with("[policy]\npresets = [\"ihu\"]\n").await;
    let (s, v) = t.api_get("/api/v1/policy").await;
    assert_eq!(s, 200);
    let codes: Vec<&str> = v["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect();
    for c in [
        "too_short",
        "min_special",
        "digit_sequence",
        "min_distinct",
        "similar_to_username",
    ] {
        assert!(codes.contains(&c), "{c} missing from {codes:?}");
    }
    let (s, v) = t
        .api_get("/api/v1/policy/suggestions?kind=passphrase&n=3")
        .await;
    assert_eq!(s, 200);
    let list = v["suggestions"].as_array().unwrap();
    assert_eq!(list.len(), 3);
    for p in list {
        let (_, r) = check(&t, "en", json!({"password": p})).await;
        assert_eq!(r["ok"], true, "{p}: {r}");
    }
}

#[tokio::test]
async fn the_check_refuses_bodies_that_are_not_json() {
    let t = TestApp::spawn().await;
    let r = t
        .client
        .post(t.url("/api/v1/policy/check"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("password=x")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 415);
}
