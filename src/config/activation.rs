//! `[activation]`: who may activate an account, how they prove who they are,
//! and what they see at the end.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{Invalid, Localized};

/// The `[activation]` table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ActivationConfig {
    /// Offer the activation journey.
    pub enabled: bool,
    /// Roles people choose from ("I am a student", …).
    pub roles: Vec<RoleConfig>,
    /// Say "no user found with these details" when identification fails
    /// (IHU's wording). Off by default: the answer then does not reveal whether
    /// anyone matched, and the person is told what to do if no PIN arrives.
    pub reveal_no_match: bool,
    /// An entry that already has a password counts as activated even without
    /// `kleidiActivatedAt` (accounts that existed before kleidi).
    pub existing_password_means_active: bool,
    /// Ask for a national ID (AMKA or a foreign number) when the record has
    /// none, and check one on file against the birth date (IHU).
    pub require_national_id: bool,
    /// Minutes a started activation stays open.
    pub flow_ttl_minutes: u64,
    /// Whom to ask when the registrar's data is wrong or missing.
    pub registrar_contact: Localized,
    /// Terms of use that must be accepted before registering (URL).
    pub terms_url: Option<String>,
    /// Privacy policy (URL).
    pub privacy_url: Option<String>,
    /// Services listed on the welcome page.
    pub services: Vec<ServiceLink>,
    /// How many suggested passwords each new-password page shows (this
    /// step, and the change and recovery pages); 0 shows none.
    pub suggestions: usize,
    /// Department names by the value the registrar stores in the department
    /// attribute (`ou`), e.g. `{ csd = { el = "Τμήμα Πληροφορικής", en =
    /// "Department of Computer Science" } }`. A value not listed is shown as
    /// stored; `directory.attributes.department_name`, when set and present
    /// on the entry, comes first.
    pub department_names: BTreeMap<String, Localized>,
}

impl Default for ActivationConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            roles: vec![
                RoleConfig::new("student", "student", "I am a student"),
                RoleConfig::new("staff", "staff", "I am staff or faculty"),
                RoleConfig::new("associate", "affiliate", "I am an associate"),
            ],
            reveal_no_match: false,
            existing_password_means_active: true,
            require_national_id: false,
            flow_ttl_minutes: 30,
            registrar_contact: Localized::One(String::new()),
            terms_url: None,
            privacy_url: None,
            services: Vec::new(),
            suggestions: 4,
            department_names: BTreeMap::new(),
        }
    }
}

/// How a role proves identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentifyBy {
    /// The mobile and/or external email the registrar recorded (IHU).
    Contact,
    /// A personal number plus the birth date (UPHF).
    PersonalNumber,
}

/// One role of the first step.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleConfig {
    /// Stable id used in URLs and the API (`student`).
    pub id: String,
    /// Button text.
    pub label: Localized,
    /// Affiliation value the entry must have (`eduPersonAffiliation`).
    pub affiliation: String,
    /// Search bases; empty means `directory.user_bases`.
    #[serde(default)]
    pub bases: Vec<String>,
    /// Extra filter ANDed to the lookup, e.g. `(objectClass=eduPerson)`.
    #[serde(default)]
    pub filter: Option<String>,
    /// How people of this role prove who they are.
    #[serde(default = "d_identify")]
    pub identify: IdentifyBy,
    /// For `personal_number`: the attributes a typed number is compared with
    /// (student number, INE, staff number, external UID…).
    #[serde(default)]
    pub personal_number_attributes: Vec<String>,
}

fn d_identify() -> IdentifyBy {
    IdentifyBy::Contact
}

impl RoleConfig {
    /// `contact` or `personal_number`, as in the config.
    pub fn identify_name(&self) -> &'static str {
        match self.identify {
            IdentifyBy::Contact => "contact",
            IdentifyBy::PersonalNumber => "personal_number",
        }
    }

    fn new(id: &str, affiliation: &str, label: &str) -> Self {
        Self {
            id: id.into(),
            label: Localized::One(label.into()),
            affiliation: affiliation.into(),
            bases: Vec::new(),
            filter: None,
            identify: IdentifyBy::Contact,
            personal_number_attributes: Vec::new(),
        }
    }
}

/// A link on the welcome page.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceLink {
    /// Service name.
    pub name: Localized,
    /// Its address.
    pub url: String,
}

impl ActivationConfig {
    pub(super) fn validate(&self) -> Result<(), Invalid> {
        if !self.enabled {
            return Ok(());
        }
        if self.roles.is_empty() {
            return Err(Invalid::new(
                "activation.roles",
                "at least one role is required",
            ));
        }
        let mut seen = std::collections::HashSet::new();
        for (i, r) in self.roles.iter().enumerate() {
            let key = |k: &str| format!("activation.roles[{i}].{k}");
            if r.id.is_empty()
                || !r
                    .id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            {
                return Err(Invalid::new(key("id"), "letters, digits, '-' and '_' only"));
            }
            if !seen.insert(r.id.clone()) {
                return Err(Invalid::new(
                    key("id"),
                    format!("\"{}\" is used twice", r.id),
                ));
            }
            if let Some(f) = &r.filter
                && ldap3::parse_filter(f).is_err()
            {
                return Err(Invalid::new(key("filter"), "is not a valid LDAP filter"));
            }
            if r.identify == IdentifyBy::PersonalNumber && r.personal_number_attributes.is_empty() {
                return Err(Invalid::new(
                    key("personal_number_attributes"),
                    "required when identify = \"personal_number\"",
                ));
            }
        }
        if !(5..=240).contains(&self.flow_ttl_minutes) {
            return Err(Invalid::new(
                "activation.flow_ttl_minutes",
                "must be 5 to 240",
            ));
        }
        if self.suggestions > 10 {
            return Err(Invalid::new("activation.suggestions", "must be 0 to 10"));
        }
        Ok(())
    }
}
