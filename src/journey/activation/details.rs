//! What the confirm step shows (URegister's step 3/4): the registrar's record,
//! personal numbers masked, names translated, every contact on record.

use serde::Serialize;

use super::at;
use super::contacts::offered;
use super::{Matched, Step};
use crate::core::Core;
use crate::directory::UserEntry;
use crate::domain::{BirthDate, Email, Mobile, NationalId, mask_tail};
use crate::journey::JourneyError;
use crate::notify::Channel;

/// What the confirm step shows.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Details {
    /// Full name.
    pub name: String,
    /// The username the institution assigned.
    pub username: String,
    /// Role id.
    pub role: String,
    /// Department, by name where the configuration knows it.
    pub department: Option<String>,
    /// National ID, masked.
    pub national_id: Option<String>,
    /// Tax number (ΑΦΜ), masked.
    pub tax_number: Option<String>,
    /// Father's name.
    pub father_name: Option<String>,
    /// Birth date, masked.
    pub birth_date: Option<String>,
    /// Gender, in the request's language when it is an ISO 5218 code.
    pub gender: Option<String>,
    /// The registrar's mobile on record, masked.
    pub mobile: Option<String>,
    /// True when the mobile got the PIN of step 2: storing it needs no
    /// further code. Otherwise consenting to it sends a code to it first.
    pub mobile_verified: bool,
    /// A consent box is offered for the mobile: false without an SMS gateway
    /// unless the mobile is already verified.
    pub mobile_consent: bool,
    /// The registrar's external email on record, masked.
    pub email: Option<String>,
    /// Like `mobile_verified`, for the email.
    pub email_verified: bool,
    /// A consent box is offered for the email.
    pub email_consent: bool,
}

/// What the confirm step shows, in `lang` (masked where it is personal data).
pub async fn details(core: &Core, flow_id: &str, lang: &str) -> Result<Details, JourneyError> {
    let flow = at(core, flow_id, Step::Confirm).await?;
    let m: Box<Matched> = flow.matched.ok_or(JourneyError::FlowNotFound)?;
    let e = core
        .directory
        .read_entry(&m.dn)
        .await?
        .ok_or(JourneyError::FlowNotFound)?;
    let a = &core.config.directory.attributes;
    let national_id = flow.national_id.as_ref().map(|n| n.masked()).or_else(|| {
        e.first(&a.national_id)
            .and_then(|v| NationalId::parse_schac(v).ok())
            .map(|n| n.masked())
    });
    Ok(Details {
        name: e.first(&a.display_name).unwrap_or_default().to_string(),
        username: e.first(&a.username).unwrap_or_default().to_string(),
        role: flow.role,
        department: department(core, &e, lang),
        national_id,
        tax_number: optional(&e, &a.tax_number).map(|v| masked_tax_number(&v)),
        father_name: optional(&e, &a.father_name),
        birth_date: e
            .first(&a.date_of_birth)
            .and_then(|b| BirthDate::parse(b).ok())
            .map(|b| b.masked()),
        gender: optional(&e, &a.gender).map(|g| gender(core, &g, lang)),
        mobile: m.mobile.as_ref().map(Mobile::masked),
        mobile_verified: m.mobile.is_some() && m.proven(Channel::Sms),
        mobile_consent: offered(core, &m, Channel::Sms),
        email: m.email.as_ref().map(Email::masked),
        email_verified: m.email.is_some() && m.proven(Channel::Email),
        email_consent: offered(core, &m, Channel::Email),
    })
}

/// An optional mapping's value: none when the mapping is empty (not
/// configured) or the entry has no non-blank value.
fn optional(e: &UserEntry, attribute: &str) -> Option<String> {
    if attribute.is_empty() {
        return None;
    }
    e.first(attribute)
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

/// The department's name: the name attribute on the entry, else the
/// configured name of the stored value, else the value as stored.
pub(super) fn department(core: &Core, e: &UserEntry, lang: &str) -> Option<String> {
    let a = &core.config.directory.attributes;
    if let Some(name) = optional(e, &a.department_name) {
        return Some(name);
    }
    let raw = optional(e, &a.department)?;
    let named = core
        .config
        .activation
        .department_names
        .get(&raw)
        .map(|n| n.get(lang).trim())
        .filter(|n| !n.is_empty())
        .map(str::to_string);
    Some(named.unwrap_or(raw))
}

/// ISO 5218 codes (schacGender) in words; anything else as stored.
fn gender(core: &Core, value: &str, lang: &str) -> String {
    match value {
        "0" | "1" | "2" | "9" => core.i18n.t(lang, &format!("activation-gender-{value}")),
        other => other.to_string(),
    }
}

const PREFIX: &str = "urn:schac:personalUniqueID:";

/// A tax number masked like the national IDs (the last four shown); a SCHAC
/// `urn:schac:personalUniqueID:gr:TIN:…` value shows only its number.
fn masked_tax_number(value: &str) -> String {
    let urn = value
        .get(..PREFIX.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(PREFIX));
    let number = if urn {
        value.rsplit(':').next().unwrap_or_default()
    } else {
        value
    };
    mask_tail(number, 4)
}

#[cfg(test)]
mod tests {
    use super::masked_tax_number;

    #[test]
    fn tax_numbers_are_masked_like_national_ids() {
        let cases = [
            ("123456789", "*****6789"),
            ("urn:schac:personalUniqueID:gr:TIN:123456789", "*****6789"),
            ("1234567", "*******"),
        ];
        for (input, want) in cases {
            assert_eq!(masked_tax_number(input), want, "{input}");
        }
    }
}
