//! mypassword (issue 5) through the server-rendered pages in headless
//! Chromium: forgot-password by email link in French, change-password in
//! Italian, each against its own slapd, SMTP sink and SMS sink.

use std::time::{Duration, Instant};

use super::{Browser, check_page};
use crate::harness::{TestApp, dn, password_of};

/// Fails, showing what the page says, unless the browser is at a URL whose
/// path ends with `suffix` (the query string ignored).
async fn expect_at(b: &Browser, suffix: &str) {
    let url = b.url().await;
    let path = url.split(['?', '#']).next().unwrap_or_default();
    if !path.ends_with(suffix) {
        let title = b.title().await;
        let text = b.text().await;
        panic!("expected a page at …{suffix}, the browser is at {url}: {title:?}\n{text}");
    }
}

/// The reset link in a recovery email: `{base}/recover/reset/{token}`.
pub(super) fn reset_link(text: &str, base: &str) -> String {
    let start = format!("{base}/recover/reset/");
    let i = text
        .find(&start)
        .unwrap_or_else(|| panic!("no link starting with {start} in the email:\n{text}"));
    let token: String = text[i + start.len()..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    assert!(
        token.len() >= 43,
        "a 256-bit token in the link, got {token:?}"
    );
    format!("{start}{token}")
}

#[tokio::test]
async fn a_student_resets_a_forgotten_password_by_email_link_in_french_in_chromium() {
    const NEW: &str = "Printemps-Violet-2026";
    let began = Instant::now();
    let t = TestApp::spawn_with("").await;
    let b = Browser::start("fr").await;

    // The sign-in page links to recovery.
    b.goto(&t.url("/login")).await;
    expect_at(&b, "/login").await;
    // French puts a no-break space before "?" and ":".
    check_page(&b, &["Connexion", "Mot de passe oublié\u{a0}?"]).await;
    b.submit("a[href='/recover']").await;

    // Identify by username; the email channel is the default.
    expect_at(&b, "/recover").await;
    check_page(&b, &["Récupérer mon mot de passe", "Identifiant"]).await;
    b.find("#username").await.fill("lmartin").await;
    if let Some(email) = b.find_now("input[name=channel][value=email]").await {
        assert!(email.is_selected().await, "email is the default channel");
    }
    b.submit("form[action='/recover'] button[type=submit]")
        .await;

    // The same answer whoever asked.
    check_page(
        &b,
        &[
            "Consultez vos messages",
            "nous y avons envoyé les instructions",
        ],
    )
    .await;

    // The email, in Lucas's preferredLanguage (fr), with a link built from
    // the configured public URL.
    let mail = t
        .smtp
        .wait_for_to("lucas.perso@example.net", Duration::from_secs(5))
        .await
        .expect("a recovery email to lucas.perso@example.net");
    assert_eq!(mail.subject, "Choisissez un nouveau mot de passe");
    assert!(
        mail.text
            .contains("Un nouveau mot de passe a été demandé pour le compte lmartin"),
        "the recovery email is in French:\n{}",
        mail.text
    );
    let link = reset_link(&mail.text, &t.url(""));

    // The link opens the new-password page.
    b.goto(&link).await;
    expect_at(&b, &link[t.url("").len()..]).await;
    check_page(
        &b,
        &[
            "Nouveau mot de passe",
            "Pour être valide, votre mot de passe doit respecter les règles suivantes",
        ],
    )
    .await;
    b.find("#password").await.fill(NEW).await;
    b.find("#confirm").await.fill(NEW).await;
    b.submit("form[action^='/recover/reset/'] button[type=submit]")
        .await;

    let text = check_page(
        &b,
        &[
            "Votre mot de passe a bien été modifié",
            "Connectez-vous avec votre nouveau mot de passe",
        ],
    )
    .await;
    assert!(
        !text.contains("Compte :"),
        "not signed in automatically:\n{text}"
    );

    // The link is single use.
    b.goto(&link).await;
    check_page(&b, &["Ce lien a expiré, a déjà été utilisé"]).await;
    assert!(b.find_now("#password").await.is_none());
    b.quit().await;

    // OpenLDAP's own client: the new password binds, the old one does not.
    assert!(
        t.dir.ldapwhoami(&dn("lmartin"), NEW),
        "ldapwhoami as lmartin with the new password"
    );
    assert!(
        !t.dir.ldapwhoami(&dn("lmartin"), password_of("lmartin")),
        "the old password of lmartin still binds"
    );

    // Every address on file hears of it, in French too.
    let notice = t
        .smtp
        .wait_for(
            |m| m.subject == "Votre mot de passe a été réinitialisé",
            Duration::from_secs(5),
        )
        .await
        .expect("a French password-reset notice");
    assert!(
        notice
            .to
            .iter()
            .any(|a| a.eq_ignore_ascii_case("lucas.perso@example.net")),
        "{:?}",
        notice.to
    );
    eprintln!(
        "fr forgot-password journey in Chromium: {:?}",
        began.elapsed()
    );
}

#[tokio::test]
async fn staff_changes_the_password_in_italian_in_chromium() {
    const NEW: &str = "Girasole-Blu-2026";
    let began = Instant::now();
    let t = TestApp::spawn_with("").await;
    let b = Browser::start("it").await;

    // Sign in.
    b.goto(&t.url("/login")).await;
    expect_at(&b, "/login").await;
    check_page(&b, &["Accedi", "Nome utente", "Ho dimenticato la password"]).await;
    b.find("#username").await.fill("alice").await;
    b.find("#password").await.fill(password_of("alice")).await;
    b.submit("form[action='/login'] button[type=submit]").await;

    // The account page.
    expect_at(&b, "/account").await;
    check_page(
        &b,
        &[
            "Accesso effettuato come alice",
            "Informazioni sull'account",
            "Alice Example",
        ],
    )
    .await;

    // The change-password page, through the navigation.
    b.submit("nav.account-nav a[href='/account/password']")
        .await;
    expect_at(&b, "/account/password").await;
    check_page(&b, &["Cambio password", "Password attuale"]).await;
    b.find("#current").await.fill(password_of("alice")).await;
    b.find("#new").await.fill(NEW).await;
    b.find("#confirm").await.fill(NEW).await;
    b.submit("form[action='/account/password'] button[type=submit]")
        .await;

    // Done, with the reminder about saved passwords.
    check_page(
        &b,
        &[
            "La password è stata cambiata",
            "Se la vecchia password era salvata nel browser o in un programma di posta",
        ],
    )
    .await;
    assert!(
        t.dir.ldapwhoami(&dn("alice"), NEW),
        "ldapwhoami as alice with the new password"
    );
    assert!(
        !t.dir.ldapwhoami(&dn("alice"), password_of("alice")),
        "the old password of alice still binds"
    );

    // Back to the account page, then sign out.
    b.submit("a.button[href='/account']").await;
    expect_at(&b, "/account").await;
    check_page(&b, &["Accesso effettuato come alice", "Esci"]).await;
    b.submit("nav.account-nav form[action='/logout'] button[type=submit]")
        .await;
    expect_at(&b, "/login").await;
    let text = check_page(&b, &["Accedi", "Nome utente"]).await;
    assert!(
        !text.contains("Accesso effettuato come"),
        "still signed in after signing out:\n{text}"
    );

    // The session is gone: the account page sends back to sign-in.
    b.goto(&t.url("/account")).await;
    expect_at(&b, "/login").await;
    b.quit().await;
    eprintln!(
        "it change-password journey in Chromium: {:?}",
        began.elapsed()
    );
}
