//! The policy's Fluent files: every code, rule and hint has a message in every
//! language, each formats without error, and the IHU rules read like the seed.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use kleidi::policy::{Arg, CODES, CheckContext, HINT_CODES, Policy, hint_fluent_id};

use super::policy;

const LANGS: &[&str] = &["en", "el", "it", "fr"];

fn bundle(lang: &str) -> FluentBundle<FluentResource> {
    let path = format!("{}/i18n/{lang}/policy.ftl", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let res = FluentResource::try_new(text).unwrap_or_else(|(_, e)| panic!("{path}: {e:?}"));
    let mut b = FluentBundle::new(vec![lang.parse().unwrap()]);
    b.set_use_isolating(false);
    b.add_resource(res).unwrap();
    b
}

fn format(b: &FluentBundle<FluentResource>, id: &str, args: &[(&'static str, Arg)]) -> String {
    let msg = b.get_message(id).unwrap_or_else(|| panic!("missing {id}"));
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Number(n) => fa.set(*k, FluentValue::from(*n)),
            Arg::Text(t) => fa.set(*k, FluentValue::from(t.clone())),
        }
    }
    let mut errs = Vec::new();
    let out = b
        .format_pattern(msg.value().unwrap(), Some(&fa), &mut errs)
        .into_owned();
    assert!(errs.is_empty(), "{id}: {errs:?}");
    assert!(!out.contains('{') && !out.trim().is_empty(), "{id}: {out}");
    out
}

/// A policy with every rule on, so `describe` and `check` produce every code.
fn everything() -> Policy {
    policy(
        r#"
        presets = ["nist", "ihu", "uphf"]
        min_lower = 1
        min_upper = 2
        min_digit = 1
        min_classes = 3
        max_repeat = 2
        forbid_names = true
        min_score = 3
        institution_words = ["ihu"]
        max_special = 10
        max_sequence = 4
        max_occurrences = 5
        no_special_at_ends = true
        old_similarity = 0.8
        forbid_attributes = ["mail"]
        [[regex]]
        pattern = 'x'
        message = { en = "Needs an x." }
        "#,
    )
}

#[test]
fn every_code_rule_and_hint_has_a_message_in_every_language() {
    let described = everything().describe();
    assert_eq!(described.len(), CODES.len(), "describe covers every code");
    for lang in LANGS {
        let b = bundle(lang);
        for d in &described {
            format(&b, &d.fluent_id(), &d.args);
        }
        for code in CODES {
            let id = format!("policy-{}", code.replace('_', "-"));
            // Violations may carry args the description lacks (weak: score; institution: word).
            let args = [
                ("min", Arg::Number(2)),
                ("max", Arg::Number(3)),
                ("count", Arg::Number(3)),
                ("score", Arg::Number(1)),
                ("word", Arg::Text("ihu".into())),
                ("class", Arg::Text("lower".into())),
            ];
            format(&b, &id, &args);
        }
        for h in HINT_CODES {
            format(&b, &hint_fluent_id(h), &[]);
        }
        for s in 0..=4 {
            format(&b, &format!("policy-score-{s}"), &[]);
        }
    }
}

#[test]
fn actual_violations_format_in_every_language() {
    let p = everything();
    let ctx = CheckContext {
        username: Some("mpapadop"),
        ..CheckContext::default()
    };
    let r = p.check_scored("1234", &ctx);
    assert!(r.violations.len() >= 8, "{:?}", r.codes());
    for lang in LANGS {
        let b = bundle(lang);
        for v in &r.violations {
            format(&b, &v.fluent_id(), &v.args);
        }
        for h in &r.hints {
            format(&b, &hint_fluent_id(h), &[]);
        }
    }
}

#[test]
fn ihu_rules_read_like_the_seed_in_greek() {
    let p = policy("presets = [\"ihu\"]\nmin_length = 6");
    let b = bundle("el");
    let text: Vec<String> = p
        .describe()
        .iter()
        .filter(|d| !["too_long", "control_character", "blank"].contains(&d.code))
        .map(|d| format(&b, &d.fluent_id(), &d.args))
        .collect();
    // The five sentences of URegister's step 4/4 (seed 000).
    for seed in [
        "Τουλάχιστον 2 μη αλφαριθμητικοί χαρακτήρες πρέπει να περιέχονται στον κωδικό.",
        "Ο κωδικός δεν πρέπει να περιέχει περισσότερα από 3 διαδοχικά νούμερα, σε αύξουσα ή φθίνουσα σειρά.",
        "Ο κωδικός πρέπει να έχει τουλάχιστον 6 χαρακτήρες.",
        "Ο κωδικός δεν πρέπει να μοιάζει πολύ με το όνομα χρήστη.",
        "Ο κωδικός πρέπει να έχει τουλάχιστον 5 διαφορετικούς χαρακτήρες.",
    ] {
        assert!(
            text.iter().any(|t| t == seed),
            "missing {seed:?} in {text:#?}"
        );
    }
    assert_eq!(text.len(), 5);
}

#[test]
fn uphf_rules_read_like_the_seed_in_french() {
    let p = policy(r#"presets = ["uphf"]"#);
    let b = bundle("fr");
    let text: Vec<String> = p
        .describe()
        .iter()
        .map(|d| format(&b, &d.fluent_id(), &d.args))
        .collect();
    assert!(
        text.contains(
            &"Le mot de passe ne doit pas contenir votre identifiant (login).".to_string()
        )
    );
    assert!(text.contains(
        &"Le mot de passe doit être différent des 3 derniers mots de passe que vous avez choisis."
            .to_string()
    ));
}

#[test]
fn singular_forms_are_chosen_by_plural_rules() {
    for (lang, want) in [
        ("en", "Add at least 1 digit."),
        ("el", "Προσθέστε τουλάχιστον 1 ψηφίο."),
        ("it", "Aggiungi almeno 1 cifra."),
        ("fr", "Ajoutez au moins 1 chiffre."),
    ] {
        assert_eq!(
            format(
                &bundle(lang),
                "policy-min-digit",
                &[("min", Arg::Number(1))]
            ),
            want
        );
    }
}
