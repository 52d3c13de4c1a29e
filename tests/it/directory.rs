//! The directory module against a real slapd with ppolicy.

use kleidi::directory::{BindOutcome, DirError, PolicyError, ResetKind, Warning};
use kleidi::pwhash;

use crate::harness::{TestDir, dead_port, dn, password_of};

#[tokio::test]
async fn an_existing_user_is_found_with_the_configured_attributes() {
    let t = TestDir::start();
    let d = t.directory();
    let e = d.find_user("alice").await.unwrap().expect("alice exists");
    assert_eq!(e.dn, dn("alice"));
    assert_eq!(e.first("cn"), Some("Alice Example"));
    assert!(e.has_value("eduPersonAffiliation", "staff"));
    assert_eq!(
        e.first("kleidiRecoveryEmail"),
        Some("alice.private@example.net")
    );
    assert!(e.has_kleidi_class());
    // Greek names come back intact.
    let g = d.find_user("gpapadopoulos").await.unwrap().expect("exists");
    assert_eq!(g.first("sn"), Some("Παπαδόπουλος"));
    // Associates live in a second base.
    assert!(d.find_user("mrossi").await.unwrap().is_some());
}

#[tokio::test]
async fn injection_attempts_find_nothing_and_cause_no_error() {
    let t = TestDir::start();
    let d = t.directory();
    for evil in [
        "*",
        "a*",
        "a)(|(uid=*",
        "*)(uid=*))(|(uid=*",
        "alice)(uid=*",
        "\\00",
        "alice\0",
        "\\2a",
        "a,ou=x",
        "uid=alice,ou=people,dc=example,dc=org",
        " alice",
        "alice ",
        "",
        "   ",
    ] {
        let r = d.find_user(evil).await;
        assert!(matches!(r, Ok(None)), "{evil:?} gave {r:?}");
    }
}

#[tokio::test]
async fn a_username_that_matches_in_two_bases_is_not_found() {
    let t = TestDir::start_with(
        "dn: uid=twin,ou=people,dc=example,dc=org\nobjectClass: inetOrgPerson\nuid: twin\ncn: Twin One\nsn: One\n\n\
         dn: uid=twin,ou=associates,dc=example,dc=org\nobjectClass: inetOrgPerson\nuid: twin\ncn: Twin Two\nsn: Two\n",
    );
    let d = t.directory();
    assert!(d.find_user("twin").await.unwrap().is_none());
    assert!(d.find_user("alice").await.unwrap().is_some());
}

#[tokio::test]
async fn bind_accepts_the_right_password_and_refuses_wrong_or_empty_ones() {
    let t = TestDir::start();
    let d = t.directory();
    let alice = dn("alice");
    assert!(matches!(
        d.authenticate(&alice, password_of("alice")).await,
        Ok(BindOutcome::Ok { warning: None })
    ));
    assert!(matches!(
        d.authenticate(&alice, "wrong-password").await,
        Err(DirError::InvalidCredentials)
    ));
    // An empty simple bind would be an anonymous bind that succeeds: never sent.
    for empty in ["", " ", "\t\n"] {
        assert!(matches!(
            d.authenticate(&alice, empty).await,
            Err(DirError::EmptyPassword)
        ));
    }
    // The pool connection used for a failed bind still works for the next one.
    assert!(d.authenticate(&alice, password_of("alice")).await.is_ok());
}

#[tokio::test]
async fn bind_reports_expired_grace_and_reset_passwords() {
    let t = TestDir::start();
    let d = t.directory();
    let r = d.authenticate(&dn("expired"), password_of("expired")).await;
    assert!(
        matches!(r, Err(DirError::Policy(PolicyError::PasswordExpired))),
        "{r:?}"
    );
    let r = d.authenticate(&dn("grace"), password_of("grace")).await;
    assert_eq!(
        r.unwrap(),
        BindOutcome::Ok {
            warning: Some(Warning::GraceAuthNsRemaining(1))
        }
    );
    let r = d.authenticate(&dn("reset"), password_of("reset")).await;
    assert_eq!(r.unwrap(), BindOutcome::MustChange);
    // The expired one with a wrong password is just a wrong password.
    assert!(matches!(
        d.authenticate(&dn("expired"), "nope-nope").await,
        Err(DirError::InvalidCredentials)
    ));
}

#[tokio::test]
async fn a_user_changes_the_password_and_slapd_enforces_history_and_length() {
    let t = TestDir::start();
    let d = t.directory();
    let me = dn("lmartin");
    let p0 = password_of("lmartin");
    d.change_password(&me, p0, "Second-Pass-1").await.unwrap();
    d.change_password(&me, "Second-Pass-1", "Third-Pass-1")
        .await
        .unwrap();
    assert!(t.ldapwhoami(&me, "Third-Pass-1"));
    assert!(!t.ldapwhoami(&me, p0));
    // One of the last 3: refused and decoded.
    let r = d.change_password(&me, "Third-Pass-1", p0).await;
    assert!(
        matches!(r, Err(DirError::Policy(PolicyError::PasswordInHistory))),
        "{r:?}"
    );
    let r = d.change_password(&me, "Third-Pass-1", "abc").await;
    assert!(
        matches!(r, Err(DirError::Policy(PolicyError::PasswordTooShort))),
        "{r:?}"
    );
    // A wrong current password changes nothing.
    let r = d
        .change_password(&me, "not-my-password", "Fourth-Pass-1")
        .await;
    assert!(matches!(r, Err(DirError::InvalidCredentials)), "{r:?}");
    assert!(t.ldapwhoami(&me, "Third-Pass-1"));
}

#[tokio::test]
async fn a_reset_password_must_be_changed_and_then_binds_normally() {
    let t = TestDir::start();
    let d = t.directory();
    let me = dn("reset");
    assert_eq!(
        d.authenticate(&me, password_of("reset")).await.unwrap(),
        BindOutcome::MustChange
    );
    d.change_password(&me, password_of("reset"), "My-Own-Pass-9")
        .await
        .unwrap();
    assert_eq!(
        d.authenticate(&me, "My-Own-Pass-9").await.unwrap(),
        BindOutcome::Ok { warning: None }
    );
}

#[tokio::test]
async fn the_service_account_resets_and_kleidi_checks_history_itself() {
    let t = TestDir::start();
    let d = t.directory();
    let me = dn("jdupont");
    let p0 = password_of("jdupont");
    d.change_password(&me, p0, "Jeanne-New-1").await.unwrap();
    // slapd keeps the old one in pwdHistory; kleidi verifies candidates against it.
    let history = d.password_history(&me).await.unwrap();
    assert_eq!(history.len(), 1, "{history:?}");
    assert!(pwhash::in_history(p0, &history));
    assert!(!pwhash::in_history("Something-Else-1", &history));

    // A recovery reset: the user chose it, so no forced change afterwards.
    d.reset_password(&me, "Recovered-Pass-2", ResetKind::ChosenByUser)
        .await
        .unwrap();
    assert!(t.ldapwhoami(&me, "Recovered-Pass-2"));
    assert_eq!(
        d.authenticate(&me, "Recovered-Pass-2").await.unwrap(),
        BindOutcome::Ok { warning: None }
    );
    // slapd does not check history on an administrator's reset, kleidi does.
    let history = d.password_history(&me).await.unwrap();
    assert!(pwhash::in_history("Jeanne-New-1", &history));

    // A helpdesk reset: temporary, must be changed at next sign-in.
    d.reset_password(&me, "Temporary-7", ResetKind::Temporary)
        .await
        .unwrap();
    assert_eq!(
        d.authenticate(&me, "Temporary-7").await.unwrap(),
        BindOutcome::MustChange
    );
    assert!(
        d.reset_password(&me, " ", ResetKind::Temporary)
            .await
            .is_err()
    );
}

#[tokio::test]
async fn every_hash_kleidi_computes_binds_in_slapd() {
    let t = TestDir::start();
    for (scheme, uid) in [
        ("ARGON2", "alice"),
        ("SSHA512", "lmartin"),
        ("SSHA", "jdupont"),
    ] {
        let d = t.directory_with(
            None,
            &format!("password_write = \"hash\"\npassword_hash = \"{scheme}\""),
        );
        let pw = format!("Hashed-{scheme}-Πάσσ");
        d.reset_password(&dn(uid), &pw, ResetKind::ChosenByUser)
            .await
            .unwrap();
        assert!(t.ldapwhoami(&dn(uid), &pw), "{scheme} does not bind");
        assert!(!t.ldapwhoami(&dn(uid), "wrong"), "{scheme}");
        // And the user-side change in hash mode.
        let pw2 = format!("Changed-{scheme}-2");
        d.change_password(&dn(uid), &pw, &pw2).await.unwrap();
        assert!(
            t.ldapwhoami(&dn(uid), &pw2),
            "{scheme} change does not bind"
        );
    }
}

#[tokio::test]
async fn a_dead_first_uri_fails_over_to_the_next() {
    let t = TestDir::start();
    let d = t.directory_with(
        Some(vec![
            format!("ldap://127.0.0.1:{}", dead_port()),
            t.slapd.uri(),
        ]),
        "",
    );
    assert!(d.find_user("alice").await.unwrap().is_some());
    assert!(
        d.authenticate(&dn("alice"), password_of("alice"))
            .await
            .is_ok()
    );
    d.ping().await.unwrap();
}

#[tokio::test]
async fn kleidi_reconnects_by_itself_after_slapd_restarts() {
    let mut t = TestDir::start();
    let d = t.directory();
    assert!(d.find_user("alice").await.unwrap().is_some());
    assert!(
        d.authenticate(&dn("alice"), password_of("alice"))
            .await
            .is_ok()
    );
    t.slapd.stop();
    let r = d.find_user("alice").await;
    assert!(matches!(r, Err(ref e) if e.is_unavailable()), "{r:?}");
    let r = d.authenticate(&dn("alice"), password_of("alice")).await;
    assert!(matches!(r, Err(ref e) if e.is_unavailable()), "{r:?}");
    t.slapd.start_again().unwrap();
    // The very next operations succeed, without a new Directory.
    assert!(d.find_user("alice").await.unwrap().is_some());
    assert!(
        d.authenticate(&dn("alice"), password_of("alice"))
            .await
            .is_ok()
    );
    d.ping().await.unwrap();
}
