//! The directory in the journeys' terms: find a person by what they typed,
//! set or clear a recovery contact, mark an account activated. Filters and
//! modifications are built here, every value escaped (RFC 4515); journeys
//! never see either.

use std::collections::HashSet;

use ldap3::Mod;

use super::escape::render_filter;
use super::{DirError, Directory, UserEntry, attr, replace};
use crate::domain::{BirthDate, Email, Mobile};

/// What identifies the person sought.
pub enum By<'a> {
    /// The registrar's contacts: the mobile (in any of the forms registrars
    /// write it) and/or the email; every one given must match.
    Contacts {
        /// The mobile number.
        mobile: Option<&'a Mobile>,
        /// The registrar's email.
        email: Option<&'a Email>,
    },
    /// A personal number held by one of `attributes`, and the birth date.
    NumberAndBirth {
        /// Attributes that may hold the number (ΑΜΚΑ, student number, …).
        attributes: &'a [String],
        /// The number as typed (normalized).
        number: &'a str,
        /// The birth date.
        birth: &'a BirthDate,
    },
    /// The verified recovery email or the registrar's email.
    AnyEmail(&'a Email),
}

/// Where and how to look: by default all user bases, every attribute.
#[derive(Default)]
pub struct Among<'a> {
    /// Search these bases instead of `directory.user_bases`.
    pub bases: Option<&'a [String]>,
    /// The person must have this affiliation (`attributes.affiliation`).
    pub affiliation: Option<&'a str>,
    /// A filter from the configuration (an activation role's), trusted.
    pub filter: Option<&'a str>,
    /// Read only these attributes.
    pub attributes: Option<&'a [&'a str]>,
}

/// A recovery contact kleidi keeps on the entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recovery {
    /// `kleidiRecoveryEmail` (and its consent time).
    Email,
    /// `kleidiRecoveryMobile` (and its consent time).
    Mobile,
}

impl Recovery {
    /// The value attribute and its consent-time attribute.
    pub fn attributes(self) -> (&'static str, &'static str) {
        match self {
            Self::Email => (attr::RECOVERY_EMAIL, attr::RECOVERY_EMAIL_CONSENT),
            Self::Mobile => (attr::RECOVERY_MOBILE, attr::RECOVERY_MOBILE_CONSENT),
        }
    }
}

/// What an activation writes once the password is set.
pub struct Activated<'a> {
    /// The time of activation (generalized time).
    pub at: &'a str,
    /// Recovery contacts proven and consented to, with their value.
    pub contacts: Vec<(Recovery, &'a str)>,
    /// A national ID to record (`attributes.national_id`, schac form).
    pub national_id: Option<&'a str>,
}

impl Directory {
    /// The one person matching `by` within `among`; zero or several matches
    /// are "not found".
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.find_person")]
    pub async fn find_person(
        &self,
        by: &By<'_>,
        among: &Among<'_>,
    ) -> Result<Option<UserEntry>, DirError> {
        let filter = self.filter_for(by, among);
        let bases = among.bases.unwrap_or(&self.cfg.user_bases);
        match among.attributes {
            Some(a) => self.unique_in(bases, &filter, a).await,
            None => self.unique_in(bases, &filter, &self.attrs).await,
        }
    }

    fn filter_for(&self, by: &By<'_>, among: &Among<'_>) -> String {
        let a = &self.cfg.attributes;
        let eq = |name: &str, v: &str| render_filter(&format!("({name}={{v}})"), &[("v", v)]);
        let mut parts = Vec::new();
        if let Some(aff) = among.affiliation {
            parts.push(eq(&a.affiliation, aff));
        }
        if let Some(f) = among.filter {
            parts.push(f.to_string());
        }
        match by {
            By::Contacts { mobile, email } => {
                if let Some(m) = mobile {
                    // Registrars store numbers in several forms; the caller
                    // compares exactly after normalizing.
                    let forms = [
                        m.as_e164().to_string(),
                        m.national_number().to_string(),
                        format!("00{}", &m.as_e164()[1..]),
                    ];
                    let ors: String = forms.iter().map(|v| eq(&a.mobile, v)).collect();
                    parts.push(format!("(|{ors})"));
                }
                if let Some(e) = email {
                    parts.push(eq(&a.registrar_email, e.as_str()));
                }
            }
            By::NumberAndBirth {
                attributes,
                number,
                birth,
            } => {
                let ors: String = attributes.iter().map(|n| eq(n, number)).collect();
                parts.push(format!("(|{ors})"));
                parts.push(eq(&a.date_of_birth, &birth.to_schac()));
            }
            By::AnyEmail(e) => parts.push(format!(
                "(|{}{})",
                eq(attr::RECOVERY_EMAIL, e.as_str()),
                eq(&a.registrar_email, e.as_str())
            )),
        }
        format!("(&{})", parts.concat())
    }

    /// Sets a recovery contact and when it was consented to.
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.set_recovery_contact")]
    pub async fn set_recovery_contact(
        &self,
        e: &UserEntry,
        which: Recovery,
        value: &str,
        consented_at: &str,
    ) -> Result<(), DirError> {
        let (v, c) = which.attributes();
        self.write_kleidi(e, vec![replace(v, value), replace(c, consented_at)], &[])
            .await
    }

    /// Removes a recovery contact and its consent time.
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.clear_recovery_contact")]
    pub async fn clear_recovery_contact(&self, dn: &str, which: Recovery) -> Result<(), DirError> {
        let (v, c) = which.attributes();
        self.modify(
            dn,
            vec![
                Mod::Delete(v.into(), HashSet::new()),
                Mod::Delete(c.into(), HashSet::new()),
            ],
        )
        .await
    }

    /// Sets the security question and the hash of its answer.
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.set_security_question")]
    pub async fn set_security_question(
        &self,
        e: &UserEntry,
        question: &str,
        answer_hash: &str,
    ) -> Result<(), DirError> {
        let mods = vec![
            replace(attr::SECURITY_QUESTION, question),
            replace(attr::SECURITY_ANSWER, answer_hash),
        ];
        self.write_kleidi(e, mods, &[]).await
    }

    /// Marks the account activated, with its proven contacts and national
    /// ID, in one modify.
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.mark_activated")]
    pub async fn mark_activated(&self, e: &UserEntry, a: &Activated<'_>) -> Result<(), DirError> {
        let mut mods = vec![replace(attr::ACTIVATED_AT, a.at)];
        for (which, value) in &a.contacts {
            let (v, c) = which.attributes();
            mods.push(replace(v, value));
            mods.push(replace(c, a.at));
        }
        let mut classes = Vec::new();
        if let Some(id) = a.national_id {
            // schacPersonalUniqueID lives in the schacLinkageIdentifiers class.
            classes.push("schacLinkageIdentifiers");
            mods.push(replace(&self.cfg.attributes.national_id, id));
        }
        self.write_kleidi(e, mods, &classes).await
    }

    /// Sets (or with `None` clears) when the last expiry notice was sent.
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.set_expiry_notice")]
    pub async fn set_expiry_notice(
        &self,
        e: &UserEntry,
        value: Option<&str>,
    ) -> Result<(), DirError> {
        let m = match value {
            Some(v) => replace(attr::EXPIRY_NOTICE_AT, v),
            None => Mod::Delete(attr::EXPIRY_NOTICE_AT.into(), HashSet::new()),
        };
        self.write_kleidi(e, vec![m], &[]).await
    }

    /// Removes kleidi's object class (only `check-config --write-test`
    /// undoing what it added).
    pub async fn remove_kleidi_class(&self, dn: &str) -> Result<(), DirError> {
        let classes = HashSet::from([attr::CLASS.to_string()]);
        self.modify(dn, vec![Mod::Delete("objectClass".into(), classes)])
            .await
    }

    /// Applies kleidi's modifications, adding the `kleidiAccount` class (and
    /// `extra` classes) first where the entry lacks them.
    pub(super) async fn write_kleidi(
        &self,
        e: &UserEntry,
        mut mods: Vec<Mod<String>>,
        extra: &[&str],
    ) -> Result<(), DirError> {
        let missing: HashSet<String> = std::iter::once(attr::CLASS)
            .chain(extra.iter().copied())
            .filter(|c| !e.has_value("objectClass", c))
            .map(str::to_string)
            .collect();
        if !missing.is_empty() {
            mods.insert(0, Mod::Add("objectClass".to_string(), missing));
        }
        self.modify(&e.dn, mods).await
    }
}
