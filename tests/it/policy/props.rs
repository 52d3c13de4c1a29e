//! Property tests: suggestions always pass the policy they were made for; the
//! checker never panics; NFC and NFD input are judged alike.

use kleidi::policy::{CheckContext, SuggestionKind};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization as _;

use super::policy;

/// Every preset alone, all together, and a composition-heavy custom policy.
const POLICIES: &[&str] = &[
    r#"presets = ["nist"]"#,
    r#"presets = ["ihu"]"#,
    r#"presets = ["uphf"]"#,
    r#"presets = ["nist", "ihu", "uphf"]"#,
    r#"
    presets = ["nist", "ihu"]
    min_length = 12
    min_lower = 2
    min_upper = 2
    min_digit = 2
    min_special = 3
    min_classes = 4
    max_repeat = 2
    min_score = 3
    forbid_names = true
    institution_words = ["ihu", "uregister"]
    "#,
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn every_suggestion_passes_the_policy_it_was_made_for(
        user in "[a-z]{3,12}",
        given in "[A-Z][a-z]{2,8}",
        sn in "[A-Z][a-z]{2,10}",
    ) {
        for toml in POLICIES {
            let p = policy(toml);
            let ctx = CheckContext {
                username: Some(&user),
                given_names: vec![&given],
                surnames: vec![&sn],
                ..CheckContext::default()
            };
            for kind in [SuggestionKind::Random, SuggestionKind::Passphrase] {
                let s = p.suggest_for(3, kind, &ctx);
                prop_assert_eq!(s.len(), 3, "{} {:?}", toml, kind);
                for pw in &s {
                    let r = p.check(pw, &ctx);
                    prop_assert!(r.ok, "{:?} fails {}: {:?}", pw, toml, r.codes());
                }
            }
            for pw in p.suggest(2, SuggestionKind::Passphrase) {
                prop_assert!(p.check(&pw, &CheckContext::default()).ok, "{:?}", pw);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn check_never_panics_on_arbitrary_unicode(
        pw in any::<String>(),
        user in proptest::option::of(any::<String>()),
        name in any::<String>(),
    ) {
        let p = policy(POLICIES[4]);
        let ctx = CheckContext {
            username: user.as_deref(),
            given_names: vec![&name],
            surnames: vec![&name],
            ..CheckContext::default()
        };
        let r = p.check_scored(&pw, &ctx);
        prop_assert_eq!(r.ok, r.violations.is_empty());
        // Violations come in the order the rules are described.
        let order: Vec<_> = p.describe().iter().map(|d| d.code).collect();
        let pos: Vec<_> = r.violations.iter()
            .map(|v| order.iter().position(|c| *c == v.code).unwrap_or(usize::MAX))
            .collect();
        prop_assert!(pos.windows(2).all(|w| w[0] <= w[1]), "{:?}", r.codes());
    }

    #[test]
    fn nfc_and_nfd_input_are_judged_alike(
        pw in "[a-zA-Zα-ωΑ-Ωàéèêëïôùüçάέήίόύώ0-9!#é ]{0,20}",
        user in "[a-zé]{0,8}",
    ) {
        let nfc: String = pw.nfc().collect();
        let nfd: String = pw.nfd().collect();
        let user_nfd: String = user.nfd().collect();
        for toml in &POLICIES[..4] {
            let p = policy(toml);
            let a = p.check(&nfc, &CheckContext { username: Some(&user), ..Default::default() });
            let b = p.check(&nfd, &CheckContext { username: Some(&user_nfd), ..Default::default() });
            prop_assert_eq!(a.codes(), b.codes(), "{:?} vs {:?}", nfc, nfd);
        }
    }
}

#[test]
fn huge_inputs_are_cheap() {
    let p = policy(POLICIES[4]);
    let big = "é1".repeat(50_000);
    let ctx = CheckContext {
        username: Some(&big),
        ..CheckContext::default()
    };
    let t = std::time::Instant::now();
    assert_eq!(p.check_scored(&big, &ctx).codes(), ["too_long"]);
    assert!(
        p.check("ok-short", &ctx)
            .violations
            .iter()
            .all(|v| v.code != "similar_to_username")
    );
    assert!(
        t.elapsed() < std::time::Duration::from_secs(2),
        "{:?}",
        t.elapsed()
    );
}
