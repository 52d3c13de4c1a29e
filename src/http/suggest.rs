//! Suggested passwords on every new-password page (activation, change,
//! recovery): passphrases by default, pleasant to type and strong for
//! their length; random characters on request (`?suggest=random`, then the
//! form's `suggest` field). The list shown stays after a refused submission,
//! since someone may be copying one.

use minijinja::{Value, context};
use serde::Deserialize;

use super::App;
use crate::policy::{CheckContext, SuggestionKind};

/// `?suggest=random` on a new-password page.
#[derive(Deserialize, Default)]
pub struct SuggestQuery {
    #[serde(default)]
    suggest: String,
}

impl SuggestQuery {
    /// The kind asked for: `random`, else passphrases.
    pub fn kind(&self) -> SuggestionKind {
        kind(&self.suggest)
    }
}

/// The kind named by a form's `suggest` field: `random`, else passphrases.
pub fn kind(asked: &str) -> SuggestionKind {
    if asked == "random" {
        SuggestionKind::Random
    } else {
        SuggestionKind::Passphrase
    }
}

/// What a page showed: its list (one per line, from the form's hidden
/// `suggestions` field) and its kind.
#[derive(Clone, Copy)]
pub struct Shown<'a> {
    pub list: &'a str,
    pub kind: SuggestionKind,
}

impl<'a> Shown<'a> {
    /// Nothing shown yet: fresh suggestions of `kind`.
    pub fn fresh(kind: SuggestionKind) -> Self {
        Self { list: "", kind }
    }
}

/// The suggestions for a page at `page` (the URL its kind links go to):
/// the ones shown before when there are as many as configured and the
/// policy still takes each, else fresh ones. `none` when
/// `activation.suggestions` is 0.
pub fn for_page(app: &App, page: &str, shown: Shown<'_>) -> Value {
    let want = app.config.activation.suggestions;
    if want == 0 {
        return Value::from(());
    }
    let kept: Vec<String> = shown
        .list
        .lines()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .take(want)
        .map(str::to_string)
        .collect();
    let ctx = CheckContext::default();
    let list = if kept.len() == want && kept.iter().all(|s| app.policy.check(s, &ctx).ok) {
        kept
    } else {
        app.policy.suggest(want, shown.kind)
    };
    context! {
        list, page, random => shown.kind == SuggestionKind::Random,
    }
}
