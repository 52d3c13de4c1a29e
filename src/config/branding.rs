//! `[branding]`: how the pages look and whom people call for help.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Invalid;

/// A text given once or per language: `name = "X"` or `name = { en = "X", el = "Χ" }`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(untagged)]
pub enum Localized {
    /// The same text in every language.
    One(String),
    /// Per language; missing languages fall back to `en`, then to any.
    Many(BTreeMap<String, String>),
}

impl Default for Localized {
    fn default() -> Self {
        Self::One(String::new())
    }
}

impl Localized {
    /// The text for `lang`.
    pub fn get(&self, lang: &str) -> &str {
        match self {
            Self::One(s) => s,
            Self::Many(m) => m
                .get(lang)
                .or_else(|| m.get("en"))
                .or_else(|| m.values().next())
                .map(String::as_str)
                .unwrap_or(""),
        }
    }
}

/// The `[branding]` table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BrandingConfig {
    /// Institution name shown in the header and in messages.
    pub institution: Localized,
    /// Service name (e.g. "mypassword").
    pub service_name: Localized,
    /// URL of the logo image (served by someone else, or a data: URL).
    pub logo_url: Option<String>,
    /// Header and button colour, `#rrggbb`.
    pub primary_color: String,
    /// Accent colour, `#rrggbb`.
    pub accent_color: String,
    /// Footer links (privacy policy, terms of use…).
    pub footer_links: Vec<FooterLink>,
    /// Whom to contact when self-service cannot help.
    pub helpdesk: Helpdesk,
}

impl Default for BrandingConfig {
    fn default() -> Self {
        Self {
            institution: Localized::One("Example University".into()),
            service_name: Localized::One("kleidi".into()),
            logo_url: None,
            primary_color: "#1f3a5f".into(),
            accent_color: "#e07020".into(),
            footer_links: Vec::new(),
            helpdesk: Helpdesk::default(),
        }
    }
}

/// One footer link.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FooterLink {
    /// Link text.
    pub label: Localized,
    /// Target URL.
    pub url: String,
}

/// Helpdesk contact.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Helpdesk {
    /// Email address.
    pub email: Option<String>,
    /// Phone number(s) as shown.
    pub phone: Option<String>,
    /// Web page.
    pub url: Option<String>,
}

impl BrandingConfig {
    pub(super) fn validate(&self) -> Result<(), Invalid> {
        for (key, c) in [
            ("branding.primary_color", &self.primary_color),
            ("branding.accent_color", &self.accent_color),
        ] {
            let ok = c.len() == 7
                && c.starts_with('#')
                && c[1..].chars().all(|ch| ch.is_ascii_hexdigit());
            if !ok {
                return Err(Invalid::new(
                    key,
                    format!("\"{c}\" is not a #rrggbb colour"),
                ));
            }
        }
        for (i, l) in self.footer_links.iter().enumerate() {
            if !(l.url.starts_with("https://")
                || l.url.starts_with("http://")
                || l.url.starts_with('/'))
            {
                return Err(Invalid::new(
                    format!("branding.footer_links[{i}].url"),
                    "must be an http(s) URL or a path",
                ));
            }
        }
        if let Some(u) = &self.logo_url
            && !(u.starts_with("https://") || u.starts_with('/') || u.starts_with("data:image/"))
        {
            return Err(Invalid::new(
                "branding.logo_url",
                "must be an https URL, a path or a data:image URL",
            ));
        }
        Ok(())
    }
}
