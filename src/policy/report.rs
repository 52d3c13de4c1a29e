//! What a check returns and how the active rules are described: stable codes
//! plus named arguments, which the i18n layer turns into Fluent messages
//! (`policy-<code>` for a violation, `policy-rule-<code>` for a description,
//! `policy-hint-<code>` for strength feedback; `_` becomes `-`).

use std::sync::Arc;

use serde::Serialize;
use serde::ser::{SerializeMap as _, SerializeStruct as _, Serializer};

use super::config::LocalizedText;

/// A message argument: Fluent formats numbers (and picks plural forms) and strings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Arg {
    /// A count or limit.
    Number(i64),
    /// A word, e.g. the institution word that was found.
    Text(String),
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Self::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u8> for Arg {
    fn from(n: u8) -> Self {
        Self::Number(i64::from(n))
    }
}

/// One rule the password breaks.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    /// Stable code, e.g. `too_short`; the API's `code` and the Fluent id's stem.
    pub code: &'static str,
    /// Named arguments of the message, e.g. `("min", 8)`.
    pub args: Vec<(&'static str, Arg)>,
    /// The operator's own message (regex rules), used instead of a Fluent one.
    pub custom: Option<Arc<LocalizedText>>,
}

impl Violation {
    pub(crate) fn new(code: &'static str) -> Self {
        Self {
            code,
            args: Vec::new(),
            custom: None,
        }
    }

    pub(crate) fn arg(mut self, name: &'static str, v: impl Into<Arg>) -> Self {
        self.args.push((name, v.into()));
        self
    }

    /// The Fluent message id telling the user what to do, e.g. `policy-too-short`.
    pub fn fluent_id(&self) -> String {
        fluent_id("policy-", self.code)
    }

    /// The operator's message in `lang` for a regex rule; `None` means "use Fluent".
    pub fn custom_message(&self, lang: &str) -> Option<&str> {
        self.custom.as_deref().map(|m| m.get(lang))
    }
}

/// The outcome of `Policy::check`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// True when there is no violation.
    pub ok: bool,
    /// Every rule broken, in the order the rules are described.
    pub violations: Vec<Violation>,
    /// zxcvbn score 0 to 4, when it was computed.
    pub score: Option<u8>,
    /// zxcvbn feedback codes (Fluent ids `policy-hint-<code>`), when it was computed.
    pub hints: Vec<&'static str>,
}

impl Report {
    /// The codes of the violations, for logs and tests.
    pub fn codes(&self) -> Vec<&'static str> {
        self.violations.iter().map(|v| v.code).collect()
    }
}

/// One active rule, for `GET /api/v1/policy` and the rules shown beside the form.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleDescription {
    /// The same code a violation of this rule carries.
    pub code: &'static str,
    /// The rule's parameters, e.g. `("min", 6)`.
    pub args: Vec<(&'static str, Arg)>,
    /// The operator's own text (regex rules), used instead of a Fluent one.
    pub custom: Option<Arc<LocalizedText>>,
}

impl RuleDescription {
    /// The Fluent id of the sentence describing the rule, e.g. `policy-rule-too-short`.
    pub fn fluent_id(&self) -> String {
        fluent_id("policy-rule-", self.code)
    }

    /// The operator's text in `lang` for a regex rule; `None` means "use Fluent".
    pub fn custom_message(&self, lang: &str) -> Option<&str> {
        self.custom.as_deref().map(|m| m.get(lang))
    }
}

impl From<Violation> for RuleDescription {
    fn from(v: Violation) -> Self {
        Self {
            code: v.code,
            args: v.args,
            custom: v.custom,
        }
    }
}

/// The Fluent id of a zxcvbn hint code, e.g. `policy-hint-top10`.
pub fn hint_fluent_id(hint: &str) -> String {
    fluent_id("policy-hint-", hint)
}

fn fluent_id(prefix: &str, code: &str) -> String {
    let mut s = String::with_capacity(prefix.len() + code.len());
    s.push_str(prefix);
    s.extend(code.chars().map(|c| if c == '_' { '-' } else { c }));
    s
}

/// `args` as a JSON object, so integrators read `{"min": 8}`.
struct ArgMap<'a>(&'a [(&'static str, Arg)]);

impl Serialize for ArgMap<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

fn serialize_rule<S: Serializer>(
    s: S,
    name: &'static str,
    code: &'static str,
    args: &[(&'static str, Arg)],
    custom: Option<&LocalizedText>,
) -> Result<S::Ok, S::Error> {
    let mut st = s.serialize_struct(name, 3)?;
    st.serialize_field("code", code)?;
    st.serialize_field("args", &ArgMap(args))?;
    match custom {
        Some(m) => st.serialize_field("messages", m)?,
        None => st.skip_field("messages")?,
    }
    st.end()
}

impl Serialize for Violation {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_rule(
            s,
            "Violation",
            self.code,
            &self.args,
            self.custom.as_deref(),
        )
    }
}

impl Serialize for RuleDescription {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_rule(
            s,
            "RuleDescription",
            self.code,
            &self.args,
            self.custom.as_deref(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn violations_serialize_with_named_args() {
        let v = Violation::new("too_short").arg("min", 8usize);
        assert_eq!(
            serde_json::to_string(&v).unwrap(),
            r#"{"code":"too_short","args":{"min":8}}"#
        );
        assert_eq!(v.fluent_id(), "policy-too-short");
        assert_eq!(
            RuleDescription::from(v).fluent_id(),
            "policy-rule-too-short"
        );
        assert_eq!(
            hint_fluent_id("similar_to_common"),
            "policy-hint-similar-to-common"
        );
    }

    #[test]
    fn custom_messages_are_serialized_and_localized() {
        let mut t = LocalizedText::default();
        t.0.insert("en".into(), "No spaces.".into());
        t.0.insert("el".into(), "Χωρίς κενά.".into());
        let v = Violation {
            custom: Some(Arc::new(t)),
            ..Violation::new("regex").arg("index", 0usize)
        };
        assert_eq!(v.custom_message("el-GR"), Some("Χωρίς κενά."));
        assert_eq!(v.custom_message("it"), Some("No spaces."));
        let j = serde_json::to_value(&v).unwrap();
        assert_eq!(j["messages"]["el"], "Χωρίς κενά.");
        assert_eq!(Violation::new("weak").custom_message("en"), None);
    }
}
