//! Browser tests in real headless Chromium (Debian's `chromium` and
//! `chromium-driver`), driven through the small WebDriver client in
//! [`webdriver`], plus checks every page of every journey should pass.

mod account;
mod activation;
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
    text
}
