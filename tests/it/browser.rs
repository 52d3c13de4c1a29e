//! Browser tests in real headless Chromium (Debian's `chromium` and
//! `chromium-driver`), driven through the small WebDriver client in
//! [`webdriver`], plus checks every page of every journey should pass.

mod account;
mod activation;
mod tour;
mod webdriver;

#[allow(unused_imports)]
pub(crate) use webdriver::{Browser, DEFAULT_WAIT, Element, WebDriverError};

use std::collections::BTreeSet;
use std::sync::OnceLock;

/// The first segments of the Fluent message ids in `i18n/*/*.ftl`
/// (`activation`, `field`, `error`, …): shown on a page followed by `-`, they
/// mean a message id leaked instead of a translation.
fn raw_id_pattern() -> &'static regex::Regex {
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
        let mut prefixes: BTreeSet<String> = ["activation", "field"].map(String::from).into();
        for lang in std::fs::read_dir(&root).expect("i18n/").flatten() {
            for file in std::fs::read_dir(lang.path())
                .into_iter()
                .flatten()
                .flatten()
            {
                let text = std::fs::read_to_string(file.path()).unwrap_or_default();
                for line in text.lines() {
                    let Some((id, _)) = line.split_once('=') else {
                        continue;
                    };
                    let id = id.trim();
                    if let Some((prefix, _)) = id.split_once('-')
                        && !prefix.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                        && !line.starts_with([' ', '\t', '#', '.'])
                    {
                        prefixes.insert(prefix.to_string());
                    }
                }
            }
        }
        let alt = prefixes.into_iter().collect::<Vec<_>>().join("|");
        regex::Regex::new(&format!(r"\b(?:{alt})-[a-z0-9_]+(?:-[a-z0-9_]+)*\b")).expect("regex")
    })
}

/// Checks the page the browser shows: `<html lang>` is the browser's language,
/// neither the title nor the rendered text shows a raw message id, and the
/// text contains each of `expected`. Returns the rendered text.
pub(crate) async fn check_page(b: &Browser, expected: &[&str]) -> String {
    let url = b.url().await;
    let lang = b.html_lang().await;
    assert_eq!(lang, b.lang(), "<html lang> on {url}");
    let title = b.title().await;
    let text = b.text().await;
    for (what, s) in [("title", &title), ("text", &text)] {
        let raw: Vec<&str> = raw_id_pattern().find_iter(s).map(|m| m.as_str()).collect();
        assert!(
            raw.is_empty(),
            "untranslated message ids {raw:?} in the {what} of {url}:\n{s}"
        );
    }
    for e in expected {
        assert!(
            text.contains(e) || title.contains(e),
            "{e:?} missing on {url}; title {title:?}, text:\n{text}"
        );
    }
    for (width, height) in [(390, 844), (1280, 1024)] {
        b.set_window_size(width, height).await;
        assert_fits(b, &url, width).await;
        assert_accessible(b, &url, width).await;
    }
    text
}

/// axe-core, vendored and pinned (see `browser/vendor/README.md`).
const AXE: &str = include_str!("browser/vendor/axe.min.js");

/// Runs axe-core's WCAG 2.0 and 2.1 A and AA rules on the page; any
/// violation fails the test with the rule, the elements and how to fix them.
async fn assert_accessible(b: &Browser, url: &str, width: u32) {
    let script = format!(
        "{AXE}\n;const done = arguments[arguments.length - 1];\
         axe.run(document, {{ runOnly: {{ type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }}, resultTypes: ['violations'] }})\
         .then(r => done(r.violations.map(v => ({{ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary) }}))))\
         .catch(e => done([{{ id: 'axe-error', help: String(e), nodes: [] }}]));"
    );
    let v = b.execute_async(&script, vec![]).await;
    let violations = v.as_array().cloned().unwrap_or_default();
    assert!(
        violations.is_empty(),
        "axe-core: {} WCAG 2.1 A/AA violation(s) on {url} at {width} px ({}):\n{}",
        violations.len(),
        b.lang(),
        serde_json::to_string_pretty(&violations).unwrap_or_default()
    );
}

/// No page is wider than the viewport: nothing to scroll sideways.
async fn assert_fits(b: &Browser, url: &str, width: u32) {
    let v = b
        .execute(
            "return [document.documentElement.scrollWidth, window.innerWidth];",
            vec![],
        )
        .await;
    let (scroll, inner) = (v[0].as_u64().unwrap_or(0), v[1].as_u64().unwrap_or(0));
    assert!(
        scroll <= inner,
        "{url} ({}) is {scroll} px wide in a {inner} px viewport (window {width} px)",
        b.lang()
    );
}

#[test]
fn the_vendored_axe_core_is_the_pinned_release() {
    use sha2::Digest as _;
    let readme = include_str!("browser/vendor/README.md");
    let sum: String = sha2::Sha256::digest(AXE.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert!(
        readme.contains(&sum),
        "axe.min.js is not the release browser/vendor/README.md pins ({sum})"
    );
    assert!(AXE.starts_with("/*! axe v4.14.1"));
}
