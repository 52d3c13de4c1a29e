//! The policy checker never panics and stays consistent on arbitrary input:
//! password, username and a name taken from one buffer split on U+0001.
#![no_main]

use std::sync::LazyLock;

use kleidi::policy::{CheckContext, Policy, PolicyConfig};
use libfuzzer_sys::fuzz_target;

/// Every preset and most overrides, so every rule runs.
static POLICY: LazyLock<Policy> = LazyLock::new(|| {
    let c: PolicyConfig = toml::from_str(
        r#"
        presets = ["nist", "ihu", "uphf"]
        min_lower = 1
        min_upper = 1
        min_digit = 1
        min_classes = 3
        max_repeat = 3
        forbid_names = true
        institution_words = ["ihu", "uregister"]
        "#,
    )
    .expect("fuzz policy config");
    Policy::new(&c).expect("fuzz policy")
});

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('\u{1}');
    let password = parts.next().unwrap_or_default();
    let username = parts.next();
    let name = parts.next().unwrap_or_default();
    let ctx = CheckContext {
        username,
        given_names: vec![name],
        surnames: vec![name],
        ..CheckContext::default()
    };
    let scored = data.first().is_some_and(|b| b & 1 == 1);
    let r = if scored {
        POLICY.check_scored(password, &ctx)
    } else {
        POLICY.check(password, &ctx)
    };
    assert_eq!(r.ok, r.violations.is_empty());
    assert!(r.score.is_none_or(|s| s <= 4));
});
