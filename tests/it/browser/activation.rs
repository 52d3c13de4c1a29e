//! The whole activation journey (issue 4) through the server-rendered pages in
//! headless Chromium: once in Greek, once in English, each against its own
//! slapd, SMTP sink and SMS sink.

use std::time::{Duration, Instant};

use super::{Browser, check_page};
use crate::harness::{TestApp, dn, pin_in};

/// Passes the IHU preset: ≥ 6 characters, ≥ 2 non-alphanumeric, no long digit
/// run, ≥ 5 distinct characters, nothing like the username.
const PASSWORD: &str = "Olive#River!Moth58";

/// What one run types and expects to read.
struct Journey {
    /// The browser's language.
    lang: &'static str,
    /// The first page (with `?lang=` or relying on `Accept-Language`).
    start: &'static str,
    uid: &'static str,
    mobile: &'static str,
    /// Typed on the national-ID page; `None` when the entry has one.
    amka: Option<&'static str>,
    name: &'static str,
    /// `activation-title` in this language.
    title: &'static str,
    /// The language whose step headings must not show on these pages.
    other_lang: &'static str,
    /// The student role's label.
    role: &'static str,
    /// `activation-agree`.
    agree: &'static str,
    /// The start of `activation-welcome-title`.
    welcome: &'static str,
}

/// Fails, showing what the page says, unless the browser is at a URL
/// ending with `suffix`.
async fn expect_at(b: &Browser, suffix: &str) {
    let url = b.url().await;
    if !url.ends_with(suffix) {
        let title = b.title().await;
        let text = b.text().await;
        panic!("expected a page at …{suffix}, the browser is at {url}: {title:?}\n{text}");
    }
}

/// The texts kleidi ships, for what a page in a language must say.
fn texts() -> &'static kleidi::i18n::I18n {
    static I: std::sync::OnceLock<kleidi::i18n::I18n> = std::sync::OnceLock::new();
    I.get_or_init(|| {
        let all: Vec<String> = kleidi::i18n::SUPPORTED
            .iter()
            .map(|s| s.to_string())
            .collect();
        kleidi::i18n::I18n::new(&all, "en").expect("texts")
    })
}

/// "Step n/4" as `lang` writes it ("Passo n di 4", "Steg n av 4").
fn step_heading(lang: &str, n: u8) -> String {
    texts().t_args(
        lang,
        "activation-step",
        &[("n", kleidi::i18n::Arg::Num(i64::from(n)))],
    )
}

/// Checks a step page: the step "n/4" in the page's language, not the other's.
async fn step_page(b: &Browser, j: &Journey, n: u8, expected: &[&str]) -> String {
    let step = step_heading(j.lang, n);
    let mut want = vec![step.as_str(), j.title];
    want.extend_from_slice(expected);
    let text = check_page(b, &want).await;
    assert!(
        !text.contains(&step_heading(j.other_lang, n)),
        "the other language's step heading shows on a {} page:\n{text}",
        j.lang
    );
    // Every step has a way out.
    let cancel = b.find("p.cancel a").await;
    assert_eq!(cancel.attr("href").await.as_deref(), Some("/"));
    text
}

/// With `KLEIDI_SCREENSHOTS=DIR`, saves the page at a phone's and a
/// desktop's width as `DIR/<name>-<lang>-<width>.png` (the README's pictures
/// are made this way: `KLEIDI_SCREENSHOTS=docs/screenshots ./scripts/test browser`).
async fn screenshots(b: &Browser, lang: &str, name: &str) {
    let Ok(dir) = std::env::var("KLEIDI_SCREENSHOTS") else {
        return;
    };
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    std::fs::create_dir_all(&dir).expect("screenshot dir");
    for (w, h) in [(390, 844), (1280, 1024)] {
        b.set_window_size(w, h).await;
        // The whole page: the window as tall as the document.
        let tall = b
            .execute("return document.documentElement.scrollHeight;", vec![])
            .await
            .as_u64()
            .unwrap_or(u64::from(h));
        b.set_window_size(w, u32::try_from(tall).unwrap_or(h).max(h) + 140)
            .await;
        let png = b.screenshot().await;
        std::fs::write(dir.join(format!("{name}-{lang}-{w}.png")), png).expect("write screenshot");
    }
    b.set_window_size(1280, 1024).await;
}

/// The suggested passwords the page shows.
async fn suggestions(b: &Browser) -> Vec<String> {
    let mut v = Vec::new();
    for c in b.find_all("ul.suggestions code").await {
        v.push(c.text().await);
    }
    v
}

/// A passphrase's shape: four or more capitalized words between its
/// separators and number; 16 random characters almost never have it.
pub(super) fn passphrase_shaped(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| {
            let mut c = w.chars();
            c.next().is_some_and(|f| f.is_ascii_uppercase())
                && w.len() >= 3
                && c.all(|l| l.is_ascii_lowercase())
        })
        .count()
        >= 4
}

async fn walk(j: Journey) {
    let began = Instant::now();
    let t = TestApp::spawn_with(crate::activation::IHU).await;
    let b = Browser::start(j.lang).await;

    // Start: choose the role.
    b.goto(&t.url(j.start)).await;
    check_page(&b, &[j.title, j.role]).await;
    assert!(b.title().await.contains(j.title), "{}", b.title().await);
    b.find("input[name=role][value=student]")
        .await
        .click()
        .await;
    assert!(
        b.find("input[name=role][value=student]")
            .await
            .is_selected()
            .await
    );
    b.submit("form[action='/activate'] button[type=submit]")
        .await;

    // Step 1/4: the registered mobile.
    expect_at(&b, "/identify").await;
    step_page(&b, &j, 1, &[]).await;
    b.find("#mobile").await.fill(j.mobile).await;
    b.submit("form[action$='/identify'] button[type=submit]")
        .await;

    // Step 2/4: the PIN sent by SMS to the registrar's number.
    expect_at(&b, "/pin").await;
    // The page says where the PIN went: the number typed, masked.
    let masked = kleidi::notify::mask(j.mobile);
    step_page(&b, &j, 2, &[masked.as_str()]).await;
    let sms = t
        .sms
        .wait_for_to(j.mobile, Duration::from_secs(5))
        .await
        .unwrap_or_else(|| panic!("no SMS to {}", j.mobile));
    b.find("#pin").await.fill(&pin_in(&sms.text)).await;
    b.submit("form[action$='/pin'] button[type=submit]").await;

    // Step 2/4 again when the entry has no national ID: the AMKA.
    if let Some(amka) = j.amka {
        expect_at(&b, "/national-id").await;
        step_page(&b, &j, 2, &[]).await;
        b.find("#amka").await.fill(amka).await;
        b.submit("form[action$='/national-id'] button[type=submit]")
            .await;
    }

    // Step 3/4: the details are the person's; agree (consents stay ticked).
    expect_at(&b, "/confirm").await;
    let text = step_page(&b, &j, 3, &[j.name, j.uid]).await;
    // The role reads as a noun, not as the sentence chosen at the start.
    assert!(!text.contains(j.role), "{text}");
    // The consent boxes wait for the person to tick them.
    for b in b.find_all("input[type=checkbox][name^=consent]").await {
        assert!(!b.is_selected().await);
    }
    let agree = b.find("button[name=decision][value=agree]").await;
    assert_eq!(agree.text().await.trim(), j.agree);
    b.submit("button[name=decision][value=agree]").await;

    // Step 4/4: the password twice, the terms accepted.
    expect_at(&b, "/password").await;
    step_page(&b, &j, 4, &[]).await;
    // A refused submission (the confirmation differs) keeps the suggestions
    // shown, so that one being copied does not vanish.
    let before = suggestions(&b).await;
    assert!(!before.is_empty());
    b.find("#password").await.fill(PASSWORD).await;
    b.find("#confirm")
        .await
        .fill("something-else-entirely")
        .await;
    b.submit("form[action$='/password'] button[type=submit]")
        .await;
    b.find("#confirm-error").await;
    assert_eq!(suggestions(&b).await, before);
    assert!(before.iter().all(|s| passphrase_shaped(s)), "{before:?}");
    // Random characters on request, kept after a refused submission too.
    b.submit("a[href$='/password?suggest=random']").await;
    step_page(&b, &j, 4, &[]).await;
    let random = suggestions(&b).await;
    assert!(
        !random.is_empty() && random.iter().all(|s| !passphrase_shaped(s)),
        "{random:?}"
    );
    b.find("#password").await.fill(PASSWORD).await;
    b.find("#confirm").await.fill("something-else").await;
    b.submit("form[action$='/password'] button[type=submit]")
        .await;
    b.find("#confirm-error").await;
    assert_eq!(suggestions(&b).await, random);
    // Once the confirmation matches, the refusal under it goes.
    b.find("#password").await.fill(PASSWORD).await;
    b.find("#confirm").await.fill(PASSWORD).await;
    b.wait_for("#confirm-match.met", Duration::from_secs(10))
        .await;
    assert!(b.find_now("#confirm-error").await.is_none());
    assert_eq!(b.find("#confirm").await.attr("aria-invalid").await, None);
    // And back to passphrases.
    b.submit("a[href$='/password']").await;
    let fresh = suggestions(&b).await;
    assert!(fresh.iter().all(|s| passphrase_shaped(s)), "{fresh:?}");
    // Before typing, the rules are listed, none ticked.
    assert!(
        b.find_now("ul.rules li.met, ul.rules li.unmet")
            .await
            .is_none()
    );
    // Too short: the length rule is marked as not met, live.
    b.find("#password").await.fill("short").await;
    b.wait_for(
        "ul.rules li[data-rule=too_short].unmet",
        std::time::Duration::from_secs(10),
    )
    .await;
    // A suggestion goes into both fields with one click, shown in clear.
    let suggestion = b.find("ul.suggestions code").await.text().await;
    b.find("ul.suggestions button.use").await.click().await;
    let field = b.find("#password").await;
    assert_eq!(field.prop("value").await, suggestion.as_str());
    assert_eq!(field.attr("type").await.as_deref(), Some("text"));
    b.wait_for(
        "ul.rules li[data-rule=too_short].met",
        std::time::Duration::from_secs(10),
    )
    .await;
    b.find("#password").await.fill(PASSWORD).await;
    // Strength as text and a bar, from /api/v1/policy/check.
    b.wait_for(
        "#strength[data-score] p",
        std::time::Duration::from_secs(10),
    )
    .await;
    // The show/hide toggle after the field.
    let toggle = b.find("#password + button.toggle").await;
    assert_eq!(toggle.attr("aria-pressed").await.as_deref(), Some("true"));
    toggle.click().await;
    assert_eq!(
        b.find("#password").await.attr("type").await.as_deref(),
        Some("password")
    );
    b.find("#confirm").await.fill(PASSWORD).await;
    // The confirmation is ticked when it matches.
    b.wait_for("#confirm-match.met", std::time::Duration::from_secs(5))
        .await;
    // The page as the script left it passes axe too, at both widths.
    check_page(&b, &[]).await;
    screenshots(&b, j.lang, "activation-password").await;
    let terms = b.find("input[name=accept_terms]").await;
    terms.click().await;
    assert!(terms.is_selected().await);
    b.submit("form[action$='/password'] button[type=submit]")
        .await;

    // Welcome.
    expect_at(&b, "/welcome").await;
    let text = check_page(&b, &[j.uid, j.welcome]).await;
    let h1 = b.find("h1").await.text().await;
    assert!(
        h1.contains(j.welcome) && h1.contains(j.uid),
        "welcome heading {h1:?}; page:\n{text}"
    );
    b.quit().await;

    // OpenLDAP's own client binds with the new password.
    assert!(
        t.dir.ldapwhoami(&dn(j.uid), PASSWORD),
        "ldapwhoami as {} with the new password",
        j.uid
    );
    eprintln!("{} journey in Chromium: {:?}", j.lang, began.elapsed());
}

#[tokio::test]
async fn a_student_activates_in_greek_in_chromium() {
    walk(Journey {
        lang: "el",
        start: "/activate?lang=el",
        uid: "gpapadopoulos",
        mobile: "+306912345678",
        amka: Some("17050398761"),
        name: "Γιώργος Παπαδόπουλος",
        title: "Ενεργοποίηση λογαριασμού",
        other_lang: "en",
        role: "Είμαι φοιτητής",
        agree: "Συμφωνώ",
        welcome: "Καλωσήλθατε",
    })
    .await;
}

#[tokio::test]
async fn a_student_activates_in_english_in_chromium() {
    // No `?lang=`: the browser's Accept-Language picks English.
    walk(Journey {
        lang: "en",
        start: "/activate",
        uid: "kpetrou",
        mobile: "+306955501234",
        amka: None,
        name: "Κατερίνα Πέτρου",
        title: "Account activation",
        other_lang: "el",
        role: "I am a student",
        agree: "Agree",
        welcome: "Welcome",
    })
    .await;
}

/// The other ten languages, each through the whole journey with its own
/// directory: what each page must say comes from the language's own texts.
async fn walk_in(lang: &'static str) {
    let t = texts();
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    let welcome = t.t_args(
        lang,
        "activation-welcome-title",
        &[("username", kleidi::i18n::Arg::Str("kpetrou".into()))],
    );
    walk(Journey {
        lang,
        start: "/activate",
        uid: "kpetrou",
        mobile: "+306955501234",
        amka: None,
        name: "Κατερίνα Πέτρου",
        title: leak(t.t(lang, "activation-title")),
        other_lang: "el",
        // IHU's config names its roles in Greek and English only.
        role: "I am a student",
        agree: leak(t.t(lang, "activation-agree")),
        welcome: leak(
            welcome
                .split("kpetrou")
                .next()
                .unwrap_or_default()
                .trim()
                .to_string(),
        ),
    })
    .await;
}

#[tokio::test]
async fn a_student_activates_in_italian_french_and_german_in_chromium() {
    for lang in ["it", "fr", "de"] {
        walk_in(lang).await;
    }
}

#[tokio::test]
async fn a_student_activates_in_spanish_portuguese_and_dutch_in_chromium() {
    for lang in ["es", "pt", "nl"] {
        walk_in(lang).await;
    }
}

#[tokio::test]
async fn a_student_activates_in_polish_romanian_czech_and_swedish_in_chromium() {
    for lang in ["pl", "ro", "cs", "sv"] {
        walk_in(lang).await;
    }
}
