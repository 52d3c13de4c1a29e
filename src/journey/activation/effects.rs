//! The only writes of an activation, at the last step.
//!
//! Order matters: the password is set first, then the attributes that make
//! the account look active (`kleidiActivatedAt`, consented contacts, national
//! ID) in one modify. If the second write fails, the account has a working
//! password but does not look activated, and retrying the step completes it;
//! an account never looks active without a password.

use std::collections::HashSet;

use ldap3::Mod;

use super::Flow;
use crate::clock::generalized_time;
use crate::core::Core;
use crate::directory::{ResetKind, UserEntry, attr, replace};
use crate::journey::JourneyError;
use crate::notify::Channel;

/// Sets the password and marks the account activated; returns the username.
pub(super) async fn activate(
    core: &Core,
    e: &UserEntry,
    flow: &Flow,
    password: &str,
) -> Result<String, JourneyError> {
    let m = flow.matched.as_ref().ok_or(JourneyError::FlowNotFound)?;
    let username = e
        .first(&core.config.directory.attributes.username)
        .unwrap_or_default()
        .to_string();
    let written = core
        .directory
        .reset_password(&e.dn, password, ResetKind::ChosenByUser)
        .await?;
    crate::journey::flag_outcome(&e.dn, written);
    let now = generalized_time(core.clock.now_ms());
    let mut classes = HashSet::new();
    if !e.has_kleidi_class() {
        classes.insert(attr::CLASS.to_string());
    }
    let mut mods = vec![replace(attr::ACTIVATED_AT, &now)];
    // Only contacts proven to reach the person: the first PIN went there, or
    // a code of their own came back (the confirm step asks for it).
    if flow.consent_mobile
        && m.proven(Channel::Sms)
        && let Some(mo) = &m.mobile
    {
        mods.push(replace(attr::RECOVERY_MOBILE, mo.as_e164()));
        mods.push(replace(attr::RECOVERY_MOBILE_CONSENT, &now));
    }
    if flow.consent_email
        && m.proven(Channel::Email)
        && let Some(em) = &m.email
    {
        mods.push(replace(attr::RECOVERY_EMAIL, em.as_str()));
        mods.push(replace(attr::RECOVERY_EMAIL_CONSENT, &now));
    }
    if let Some(id) = &flow.national_id {
        // schacPersonalUniqueID lives in the schacLinkageIdentifiers class.
        if !e.has_value("objectClass", "schacLinkageIdentifiers") {
            classes.insert("schacLinkageIdentifiers".to_string());
        }
        mods.push(replace(
            &core.config.directory.attributes.national_id,
            &id.to_schac(),
        ));
    }
    if !classes.is_empty() {
        mods.insert(0, Mod::Add("objectClass".to_string(), classes));
    }
    core.directory.modify(&e.dn, mods).await?;
    Ok(username)
}
