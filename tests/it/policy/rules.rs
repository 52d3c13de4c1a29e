//! Rules beyond the preset tables: combinations, names, institution words,
//! zxcvbn, regex rules, operator lists and configuration errors.

use kleidi::policy::CheckContext;

use super::vectors::history;
use super::{codes, policy};

#[test]
fn all_presets_combined_report_every_rule_in_description_order() {
    let p = policy(r#"presets = ["nist", "ihu", "uphf"]"#);
    let h = history();
    let ctx = CheckContext {
        username: Some("ancien"),
        history: &h,
        ..CheckContext::default()
    };
    assert_eq!(
        codes(&p, "Ancien-1", &ctx),
        ["min_special", "contains_username", "in_history"]
    );
    assert_eq!(codes(&p, "password", &ctx), ["min_special", "blocklisted"]);
    assert_eq!(
        codes(&p, "1234", &ctx),
        [
            "too_short",
            "min_special",
            "min_distinct",
            "digit_sequence",
            "blocklisted"
        ]
    );
    let described: Vec<_> = p.describe().iter().map(|d| d.code).collect();
    assert_eq!(
        described,
        [
            "too_short",
            "too_long",
            "control_character",
            "blank",
            "min_special",
            "min_distinct",
            "digit_sequence",
            "contains_username",
            "similar_to_username",
            "blocklisted",
            "in_history"
        ]
    );
}

#[test]
fn names_and_institution_words_are_found_after_folding() {
    let p =
        policy("presets = []\nforbid_names = true\ninstitution_words = [\"IHU\", \"URegister\"]");
    let ctx = CheckContext {
        given_names: vec!["Γεώργιος", "Jean-Pierre"],
        surnames: vec!["Παπαδόπουλος", "Li"],
        ..CheckContext::default()
    };
    assert_eq!(codes(&p, "ΓΕΩΡΓΙΟΣ!2024", &ctx), ["contains_name"]);
    assert_eq!(codes(&p, "papa-pierre-9", &ctx), ["contains_name"]);
    assert_eq!(codes(&p, "παπαδοπουλοσ", &ctx), ["contains_name"]);
    assert!(
        codes(&p, "li-li-li-li", &ctx).is_empty(),
        "parts under 3 characters are ignored"
    );
    let r = p.check("my-ureGister-pw", &ctx);
    assert_eq!(r.codes(), ["institution_word"]);
    assert_eq!(r.violations[0].args[0].0, "word");
    assert!(codes(&p, "ihu-ihu-ihu", &ctx) == ["institution_word"]);
}

#[test]
fn zxcvbn_score_is_enforced_only_when_configured() {
    let plain = policy("");
    assert_eq!(
        plain.check("Tr0ub4dor&3", &CheckContext::default()).score,
        None
    );
    assert!(
        plain
            .check_scored("Tr0ub4dor&3", &CheckContext::default())
            .score
            .is_some()
    );
    let strict = policy("min_score = 3");
    let r = strict.check(
        "jdupont1987",
        &CheckContext {
            username: Some("jdupont"),
            ..Default::default()
        },
    );
    assert_eq!(r.codes(), ["contains_username", "weak"]);
    assert!(r.score.is_some_and(|s| s < 3));
    assert!(!r.hints.is_empty());
    let good = strict.check("Ωραίο πρωινό στη Θεσσαλονίκη", &CheckContext::default());
    assert!(good.ok, "{:?}", good);
}

#[test]
fn regex_rules_carry_their_own_messages() {
    let p = policy(
        r#"
        presets = []
        [[regex]]
        pattern = '^\S+$'
        message = { en = "No spaces.", el = "Χωρίς κενά.", it = "Senza spazi.", fr = "Sans espace." }
        [[regex]]
        pattern = '(?i)ihu'
        forbid = true
        message = { en = "Not IHU." }
        "#,
    );
    let r = p.check("my IHU pw", &CheckContext::default());
    assert_eq!(r.codes(), ["regex", "regex"]);
    assert_eq!(r.violations[0].custom_message("el"), Some("Χωρίς κενά."));
    assert_eq!(r.violations[1].custom_message("fr"), Some("Not IHU."));
    assert!(p.check("fine-and-dandy", &CheckContext::default()).ok);
}

#[test]
fn config_errors_name_the_key() {
    use kleidi::policy::{Policy, PolicyConfig};
    let err = |t: &str| {
        let c: PolicyConfig = toml::from_str(t).unwrap();
        Policy::new(&c).unwrap_err().to_string()
    };
    assert!(
        err("[[regex]]\npattern = '('\nmessage = { en = 'x' }")
            .starts_with("policy.regex[0].pattern:")
    );
    assert!(
        err("[[regex]]\npattern = 'x'\nmessage = { el = 'x' }")
            .starts_with("policy.regex[0].message.en:")
    );
    assert!(
        err("institution_words = ['ok-word', 'ab']").starts_with("policy.institution_words[1]:")
    );
    assert!(
        err("blocklist_files = ['/nonexistent/list.txt']")
            .starts_with("policy.blocklist_files[0]:")
    );
    assert!(err("pwned_files = ['/nonexistent/pwned.txt']").starts_with("policy.pwned_files[0]:"));
}

#[test]
fn operator_lists_plain_and_pwned_are_applied() {
    use sha1::{Digest as _, Sha1};
    use std::io::Write as _;
    let mut plain = tempfile::NamedTempFile::new().unwrap();
    writeln!(plain, "# local words\nΘεσσαλονίκη2026\nserres-campus").unwrap();
    let mut hashes: Vec<String> = ["hunter2-xyz", "Κωδικός-1"]
        .iter()
        .map(|w| {
            Sha1::digest(w.as_bytes())
                .iter()
                .map(|b| format!("{b:02X}"))
                .collect()
        })
        .collect();
    hashes.sort();
    let mut pwned = tempfile::NamedTempFile::new().unwrap();
    for h in &hashes {
        writeln!(pwned, "{h}:42").unwrap();
    }
    let p = policy(&format!(
        "presets = []\nblocklist_files = [{:?}]\npwned_files = [{:?}]",
        plain.path(),
        pwned.path()
    ));
    let ctx = CheckContext::default();
    assert_eq!(codes(&p, "ΘΕΣΣΑΛΟΝΙΚΗ2026", &ctx), ["blocklisted"]);
    assert_eq!(codes(&p, "Serres-Campus", &ctx), ["blocklisted"]);
    assert_eq!(codes(&p, "hunter2-xyz", &ctx), ["blocklisted"]);
    assert_eq!(codes(&p, "Κωδικός-1", &ctx), ["blocklisted"]);
    // Pwned hashes are of the exact bytes.
    assert!(codes(&p, "HUNTER2-XYZ", &ctx).is_empty());
    assert!(p.describe().iter().any(|d| d.code == "blocklisted"));
    assert!(
        p.blocklist_len() == 2,
        "the shipped list is off without a preset"
    );
}

#[test]
fn length_counts_what_a_person_can_see_and_control_characters_are_refused() {
    let p = policy("");
    let ctx = CheckContext::default();
    let has = |pw: &str, code: &str| p.check(pw, &ctx).codes().contains(&code);
    // Eight of something invisible are not eight characters.
    for pw in [
        "\u{200B}".repeat(8),
        "\u{0301}".repeat(8),
        "\u{FEFF}".repeat(8),
        "\0".repeat(8),
    ] {
        assert!(has(&pw, "too_short"), "{pw:?}");
    }
    assert!(has(
        "abc\u{200B}\u{200B}\u{200B}\u{200B}\u{200B}",
        "too_short"
    ));
    // NUL and other controls have their own message, wherever they are.
    for pw in [
        "\0".repeat(8),
        "Kite-Harbour\0-9".into(),
        "Kite\tHarbour-9".into(),
    ] {
        assert!(has(&pw, "control_character"), "{pw:?}");
    }
    // Only spaces is no password, however long.
    assert!(has(&" ".repeat(20), "blank"));
    assert!(has(&"\u{3000}".repeat(12), "blank"));
    // Spaces inside a passphrase are fine, as are accents on letters.
    let ok = p.check("correct horse battery staple", &ctx);
    assert!(ok.ok, "{:?}", ok.codes());
    assert!(p.check("e\u{0301}te\u{0301}-Ble\u{0301}-Harbour", &ctx).ok);
}

#[test]
fn the_rules_peers_have_are_each_configurable_and_reported() {
    // Maximum per class.
    let p = policy("presets = []\nmax_digit = 4\nmax_upper = 2");
    let ctx = CheckContext::default();
    assert!(p.check("kite-12345-sun", &ctx).codes() == ["class_max"]);
    assert!(p.check("kite-1234-sun", &ctx).ok);
    assert!(p.check("KITE-sun-harbour", &ctx).codes() == ["class_max"]);
    // Letters and keyboard rows in sequence, either way, several layouts.
    let p = policy("presets = []\nmax_sequence = 3");
    for bad in [
        "xabcdx-97",
        "my-qwerty-pw",
        "azerty-kite-9",
        "POIU-kite-72",
        "αβγδ-kite-9",
    ] {
        assert_eq!(p.check(bad, &ctx).codes(), ["sequence"], "{bad}");
    }
    for good in ["abc-kite-xyz", "qwe-kite-ert", "acegik-wind"] {
        assert!(p.check(good, &ctx).ok, "{good}");
    }
    // Occurrences of one character anywhere.
    let p = policy("presets = []\nmax_occurrences = 3");
    assert_eq!(p.check("a-b-a-c-a-d-a1", &ctx).codes(), ["occurrences"]);
    assert!(p.check("abracadab-9", &ctx).codes() == ["occurrences"]);
    assert!(p.check("harbour-kite-9", &ctx).ok);
    // No special character at either end.
    let p = policy("presets = []\nno_special_at_ends = true");
    for bad in ["!harbourkite", "harbourkite!", " harbourkite"] {
        assert_eq!(p.check(bad, &ctx).codes(), ["special_at_end"], "{bad:?}");
    }
    assert!(p.check("harbour!kite", &ctx).ok);
    // Not like the old password (on a change).
    let p = policy("presets = []\nold_similarity = 0.8");
    let change = CheckContext {
        old_password: Some("Harbour-Kite-2024"),
        ..CheckContext::default()
    };
    assert_eq!(
        p.check("Harbour-Kite-2025", &change).codes(),
        ["similar_to_old"]
    );
    assert!(p.check("Quiet-Meadow-Lark", &change).ok);
    assert!(
        p.check("Harbour-Kite-2025", &ctx).ok,
        "no old password known"
    );
    // Values of configured directory attributes.
    let p = policy("presets = []\nforbid_attributes = [\"mail\", \"employeeNumber\"]");
    let entry = CheckContext {
        attribute_values: vec!["jeanne.dupont", "E2040"],
        ..CheckContext::default()
    };
    assert_eq!(
        p.check("Jeanne.Dupont-99", &entry).codes(),
        ["contains_attribute"]
    );
    assert_eq!(
        p.check("kite-e2040-sun", &entry).codes(),
        ["contains_attribute"]
    );
    assert!(p.check("kite-harbour-sun", &entry).ok);
    // A maximum below the minimum names its key.
    use kleidi::policy::{Policy, PolicyConfig};
    let c: PolicyConfig = toml::from_str("min_digit = 3\nmax_digit = 2").unwrap();
    assert!(
        Policy::new(&c)
            .unwrap_err()
            .to_string()
            .starts_with("policy.max_digit:")
    );
}
