//! Every language at both widths: the public pages, the error pages, the
//! first steps of activation, sign-in, the signed-in pages and the
//! helpdesk console with its actions ([`tour`]); recovery by email link and by SMS code to a
//! new password, username recovery, a password change, a recovery email
//! verified and a forced change, each to the end ([`recover`]). Every page
//! is checked by `check_page` (language, no raw message ids, axe-core WCAG
//! 2.1 A/AA, no sideways overflow at 390 and 1280 px). Activation is walked
//! to the end in every language in `activation.rs`.

use super::{Browser, check_page};
use crate::harness::{TestApp, dn, password_of};

/// Signs `username` in on the sign-in page.
async fn sign_in(b: &Browser, t: &TestApp, username: &str, password: &str) {
    b.goto(&t.url("/login")).await;
    b.find("#username").await.fill(username).await;
    b.find("#password").await.fill(password).await;
    b.submit("form[action='/login'] button[type=submit]").await;
}

/// Fills the new password and its confirmation and submits `form`; the
/// page that follows is checked, and the password must bind as alice.
async fn set_new_password(b: &Browser, t: &TestApp, form: &str, new: &str) {
    b.find("#password").await.fill(new).await;
    b.find("#confirm").await.fill(new).await;
    b.submit(&format!("{form} button[type=submit]")).await;
    check_page(b, &[]).await;
    let lang = b.lang();
    assert!(t.dir.ldapwhoami(&dn("alice"), new), "{lang}");
}

/// Changes alice's password on the (open) change page; the page that
/// follows is checked, and the new password must bind.
async fn change_password(b: &Browser, t: &TestApp, current: &str, new: &str) {
    b.find("#current").await.fill(current).await;
    b.find("#new").await.fill(new).await;
    b.find("#confirm").await.fill(new).await;
    b.submit("form[action='/account/password'] button[type=submit]")
        .await;
    check_page(b, &[]).await;
    let lang = b.lang();
    assert!(t.dir.ldapwhoami(&dn("alice"), new), "{lang}");
}

async fn tour(t: &TestApp, lang: &str) {
    let b = Browser::start(lang).await;
    for path in [
        "/",
        "/login",
        "/activate",
        "/recover",
        "/forgot-username",
        "/no/such/page",
        "/recover/reset/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ] {
        b.goto(&t.url(path)).await;
        check_page(&b, &[]).await;
    }
    // A journey's first step, with its field errors shown.
    b.goto(&t.url("/recover")).await;
    b.submit("form[action='/recover'] button[type=submit]")
        .await;
    check_page(&b, &[]).await;
    // Recovery by SMS: the code step (with its resend and validity).
    b.goto(&t.url("/recover")).await;
    b.find("#username").await.fill("alice").await;
    if let Some(sms) = b.find_now("input[name=channel][value=sms]").await {
        sms.click().await;
        b.submit("form[action='/recover'] button[type=submit]")
            .await;
        check_page(&b, &[]).await;
        assert!(
            b.find_now("form[action$='/resend']").await.is_some(),
            "{lang}"
        );
    }
    // Activation: the role, then identification with its field errors.
    b.goto(&t.url("/activate")).await;
    b.submit("form[action='/activate'] button[type=submit]")
        .await;
    check_page(&b, &[]).await;
    b.submit("form[action$='/identify'] button[type=submit]")
        .await;
    check_page(&b, &[]).await;
    // Signed in: the account, the password change with its rules, contacts.
    sign_in(&b, t, "alice", password_of("alice")).await;
    for path in ["/account", "/account/password", "/account/contacts"] {
        b.goto(&t.url(path)).await;
        check_page(&b, &["alice"]).await;
    }
    // A new recovery email: the step that waits for its code.
    b.find("#email-value")
        .await
        .fill(&format!("alice.{lang}@example.net"))
        .await;
    if let Some(pw) = b.find_now("#email-password").await {
        pw.fill(password_of("alice")).await;
    }
    b.submit("form[action='/account/contacts'] button[type=submit]")
        .await;
    check_page(&b, &[]).await;
    assert!(
        b.find_now("form[action='/account/contacts/verify']")
            .await
            .is_some(),
        "{lang}"
    );
    // A refused change: every rule marked, the field invalid.
    b.goto(&t.url("/account/password")).await;
    b.find("#current").await.fill(password_of("alice")).await;
    b.find("#new").await.fill("short").await;
    b.find("#confirm").await.fill("short").await;
    b.submit("form[action='/account/password'] button[type=submit]")
        .await;
    check_page(&b, &[]).await;
    assert!(b.find_now("ul.rules li.unmet").await.is_some(), "{lang}");
    assert_eq!(
        b.find("#new").await.attr("aria-invalid").await.as_deref(),
        Some("true")
    );
    // A forced change (an expired password), which says why.
    b.submit("form[action='/logout'] button[type=submit]").await;
    sign_in(&b, t, "expired", password_of("expired")).await;
    check_page(&b, &[]).await;
    assert!(b.url().await.ends_with("/account/password"), "{lang}");
    // The helpdesk console: sign-in, a search, an account, its trail.
    b.submit("form[action='/logout'] button[type=submit]").await;
    b.goto(&t.url("/helpdesk")).await;
    check_page(&b, &[]).await;
    b.find("#username").await.fill("tfontaine").await;
    b.find("#password")
        .await
        .fill(password_of("tfontaine"))
        .await;
    b.submit("form[action='/helpdesk/login'] button[type=submit]")
        .await;
    for (path, expected) in [
        ("/helpdesk?q=alice", "alice"),
        ("/helpdesk/accounts/alice", "alice"),
        // No operator acted on alice yet: the trail says so.
        ("/helpdesk/audit?account=alice", "tfontaine"),
    ] {
        b.goto(&t.url(path)).await;
        check_page(&b, &[expected]).await;
    }
    // The console's actions: a temporary password without the operator's
    // own password (the field error), then with it (shown once), and an
    // owner refused.
    let account = "/helpdesk/accounts/lbianchi";
    b.goto(&t.url(account)).await;
    let temporary = format!("form[action='{account}/temporary-password']");
    b.submit(&format!("{temporary} button[type=submit]")).await;
    check_page(&b, &[]).await;
    assert_eq!(
        b.find("#operator_password")
            .await
            .attr("aria-invalid")
            .await
            .as_deref(),
        Some("true"),
        "{lang}"
    );
    b.find("#operator_password")
        .await
        .fill(password_of("tfontaine"))
        .await;
    b.submit(&format!("{temporary} button[type=submit]")).await;
    check_page(&b, &[]).await;
    let shown = b.find("p.secret code").await.text().await;
    assert!(t.dir.ldapwhoami(&dn("lbianchi"), &shown), "{lang}");
    b.goto(&t.url(account)).await;
    b.find("#owner").await.fill("nobody-by-that-name").await;
    b.submit(&format!(
        "form[action='{account}/owner'] button[type=submit]"
    ))
    .await;
    check_page(&b, &[]).await;
    assert!(b.find_now("[role=alert]").await.is_some(), "{lang}");
    b.quit().await;
}

/// In `lang`, each to the end: recovery by email link, username recovery,
/// recovery by SMS code, a password change, a new recovery email verified
/// with its code, and a forced change; every page checked at both widths.
async fn recover(lang: &str) {
    // A directory of its own: recovery mails and texts alice within
    // per-account budgets, and changes her password.
    let t = &TestApp::spawn_with("").await;
    let b = Browser::start(lang).await;
    let sent = |t: &TestApp| {
        t.smtp
            .messages()
            .iter()
            .filter(|m| m.to.iter().any(|a| a == "alice.private@example.net"))
            .count()
    };
    let before = sent(t);
    b.goto(&t.url("/recover")).await;
    b.find("#username").await.fill("alice").await;
    b.submit("form[action='/recover'] button[type=submit]")
        .await;
    check_page(&b, &[]).await;
    let started = std::time::Instant::now();
    while sent(t) == before {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "no link mailed ({lang})"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let mail = t
        .smtp
        .messages()
        .into_iter()
        .rfind(|m| m.to.iter().any(|a| a == "alice.private@example.net"))
        .unwrap();
    let link = super::account::reset_link(&mail.text, &t.url(""));
    b.goto(&link).await;
    check_page(&b, &[]).await;
    // The reset page suggests passphrases too.
    let offered = b.find_all("ul.suggestions code").await;
    assert!(!offered.is_empty(), "{lang}");
    assert!(
        super::activation::passphrase_shaped(&offered[0].text().await),
        "{lang}"
    );
    let new = format!("Tulip-Cobalt-{lang}-Sprang47");
    set_new_password(&b, t, "form[action^='/recover/reset/']", &new).await;
    // The same link again: spent, with the way to a new one.
    b.goto(&link).await;
    check_page(&b, &[]).await;
    assert!(
        b.find_now("a.button[href='/recover']").await.is_some(),
        "{lang}"
    );
    // Username recovery: its answer page.
    b.goto(&t.url("/forgot-username")).await;
    b.find("#email")
        .await
        .fill("alice.private@example.net")
        .await;
    b.submit("form[action='/forgot-username'] button[type=submit]")
        .await;
    check_page(&b, &[]).await;
    // Recovery by SMS to the end: the code, then a new password.
    b.goto(&t.url("/recover")).await;
    b.find("#username").await.fill("alice").await;
    b.find("input[name=channel][value=sms]").await.click().await;
    b.submit("form[action='/recover'] button[type=submit]")
        .await;
    // The code, not the notice of the reset just before.
    let sms = t
        .sms
        .wait_for(
            |m| {
                m.to == "+306900000001"
                    && m.text
                        .split(|c: char| !c.is_ascii_digit())
                        .any(|w| w.len() == 6)
            },
            std::time::Duration::from_secs(10),
        )
        .await
        .unwrap_or_else(|| panic!("no recovery SMS ({lang})"));
    b.find("#pin")
        .await
        .fill(&crate::harness::pin_in(&sms.text))
        .await;
    b.submit("form[action$='/pin'] button[type=submit]").await;
    check_page(&b, &[]).await;
    let by_sms = format!("Ivory-Sprang-{lang}-Cobalt58");
    set_new_password(&b, t, "form[action^='/recover/']", &by_sms).await;
    // Signed in with it, a change that goes through, and its page: to a
    // random suggestion (asked for), put in both fields with one click.
    sign_in(&b, t, "alice", &by_sms).await;
    b.goto(&t.url("/account/password")).await;
    b.submit("a[href='/account/password?suggest=random']").await;
    check_page(&b, &[]).await;
    let changed = b.find("ul.suggestions code").await.text().await;
    assert!(
        !super::activation::passphrase_shaped(&changed),
        "{lang}: {changed}"
    );
    b.find("ul.suggestions button.use").await.click().await;
    assert_eq!(b.find("#new").await.prop("value").await, changed.as_str());
    assert_eq!(
        b.find("#confirm").await.prop("value").await,
        changed.as_str()
    );
    b.find("#current").await.fill(&by_sms).await;
    b.submit("form[action='/account/password'] button[type=submit]")
        .await;
    check_page(&b, &[]).await;
    assert!(t.dir.ldapwhoami(&dn("alice"), &changed), "{lang}");
    // A new recovery email, verified with its code to the end.
    let address = format!("alice.{lang}@example.net");
    b.goto(&t.url("/account/contacts")).await;
    b.find("#email-value").await.fill(&address).await;
    if let Some(pw) = b.find_now("#email-password").await {
        pw.fill(&changed).await;
    }
    b.submit("form[action='/account/contacts'] button[type=submit]")
        .await;
    let mail = t
        .smtp
        .wait_for_to(&address, std::time::Duration::from_secs(10))
        .await
        .unwrap_or_else(|| panic!("no code mailed to {address}"));
    b.find("#pin")
        .await
        .fill(&crate::harness::pin_in(&mail.text))
        .await;
    b.submit("form[action='/account/contacts/verify'] button[type=submit]")
        .await;
    check_page(&b, &[]).await;
    let alice = dn("alice");
    let entry = t.app.directory.read_entry(&alice).await.unwrap().unwrap();
    assert_eq!(
        entry.first("kleidiRecoveryEmail"),
        Some(address.as_str()),
        "{lang}"
    );
    // Removing it asks first (the disclosure, checked open), then does it.
    let remove = "form[action='/account/contacts/remove']";
    b.find("details.confirm summary").await.click().await;
    check_page(&b, &[]).await;
    if let Some(pw) = b.find_now(&format!("{remove} input[name=password]")).await {
        pw.fill(&changed).await;
    }
    b.submit(&format!("{remove} button[type=submit]")).await;
    check_page(&b, &[]).await;
    let entry = t.app.directory.read_entry(&alice).await.unwrap().unwrap();
    assert_eq!(entry.first("kleidiRecoveryEmail"), None, "{lang}");
    // The next language's link goes to the usual address again.
    t.dir.ldapmodify(&format!(
        "dn: {alice}\nchangetype: modify\nreplace: kleidiRecoveryEmail\nkleidiRecoveryEmail: alice.private@example.net\n"
    ));
    // A forced change (the helpdesk reset the password), to the end.
    t.dir.ldapmodify(&format!(
        "dn: {alice}\nchangetype: modify\nreplace: pwdReset\npwdReset: TRUE\n"
    ));
    b.submit("form[action='/logout'] button[type=submit]").await;
    sign_in(&b, t, "alice", &changed).await;
    assert!(b.url().await.ends_with("/account/password"), "{lang}");
    check_page(&b, &[]).await;
    change_password(&b, t, &changed, &format!("Lark-Amber-{lang}-Harbor72")).await;
    b.quit().await;
}

async fn tour_languages(langs: &[&str]) {
    let t = TestApp::spawn_with(&format!(
        "{}\n[helpdesk]\nenabled = true\noperator_groups = [\"cn=helpdesk,ou=groups,dc=example,dc=org\"]\nsearches_per_minute = 200\n",
        crate::activation::IHU
    ))
    .await;
    for lang in langs {
        tour(&t, lang).await;
    }
    for lang in langs {
        recover(lang).await;
    }
}

#[tokio::test]
async fn every_page_in_greek_english_and_italian_at_both_widths() {
    tour_languages(&["el", "en", "it"]).await;
}

#[tokio::test]
async fn every_page_in_french_german_and_spanish_at_both_widths() {
    tour_languages(&["fr", "de", "es"]).await;
}

#[tokio::test]
async fn every_page_in_portuguese_dutch_and_polish_at_both_widths() {
    tour_languages(&["pt", "nl", "pl"]).await;
}

#[tokio::test]
async fn every_page_in_romanian_czech_and_swedish_at_both_widths() {
    tour_languages(&["ro", "cs", "sv"]).await;
}

#[test]
fn the_tours_cover_every_language_shipped() {
    let toured = [
        "el", "en", "it", "fr", "de", "es", "pt", "nl", "pl", "ro", "cs", "sv",
    ];
    let mut a: Vec<&str> = toured.to_vec();
    let mut b: Vec<&str> = kleidi::i18n::SUPPORTED.to_vec();
    a.sort();
    b.sort();
    assert_eq!(a, b);
}
