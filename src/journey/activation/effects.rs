//! The only writes of an activation, at the last step.
//!
//! Order matters: the password is set first, then the attributes that make
//! the account look active (`kleidiActivatedAt`, consented contacts, national
//! ID) in one modify. If the second write fails, the account has a working
//! password but does not look activated, and retrying the step completes it;
//! an account never looks active without a password.

use super::Flow;
use crate::clock::generalized_time;
use crate::core::Core;
use crate::directory::{Recovery, ResetKind, UserEntry};
use crate::journey::JourneyError;
use crate::journey::pending::{self, AfterFailure};
use crate::notify::Channel;

/// What the password write of an activation did.
pub(super) enum Activated {
    /// Password set and account marked active.
    Done,
    /// The write's answer was lost and write server number `.0` cannot be
    /// asked: pending (nothing more was written).
    Unknown(usize),
}

/// Sets the password and marks the account activated. A write whose answer
/// was lost is verified first: done, the account is marked active too; not
/// done, an error; unknown, nothing more is written.
pub(super) async fn activate(
    core: &Core,
    e: &UserEntry,
    flow: &Flow,
    password: &str,
) -> Result<Activated, JourneyError> {
    match core
        .directory
        .reset_password(&e.dn, password, ResetKind::ChosenByUser)
        .await
    {
        Ok(written) => crate::journey::flag_outcome(&e.dn, written),
        Err(err) => match pending::after_failure(core, err, &e.dn, password).await {
            AfterFailure::Written => {}
            AfterFailure::Unknown(uri) => return Ok(Activated::Unknown(uri)),
            AfterFailure::Failed(err) => return Err(err.into()),
        },
    }
    mark_active(core, e, flow).await?;
    Ok(Activated::Done)
}

/// The second write: `kleidiActivatedAt`, the consented contacts, the
/// national ID (also run when a pending password write turns out done).
pub(super) async fn mark_active(
    core: &Core,
    e: &UserEntry,
    flow: &Flow,
) -> Result<(), JourneyError> {
    let m = flow.matched.as_ref().ok_or(JourneyError::FlowNotFound)?;
    let now = generalized_time(core.clock.now_ms());
    let mut contacts = Vec::new();
    // Only contacts proven to reach the person: the first PIN went there, or
    // a code of their own came back (the confirm step asks for it).
    if flow.consent_mobile
        && m.proven(Channel::Sms)
        && let Some(mo) = &m.mobile
    {
        contacts.push((Recovery::Mobile, mo.as_e164()));
    }
    if flow.consent_email
        && m.proven(Channel::Email)
        && let Some(em) = &m.email
    {
        contacts.push((Recovery::Email, em.as_str()));
    }
    let id = flow.national_id.as_ref().map(|id| id.to_schac());
    let activated = crate::directory::Activated {
        at: &now,
        contacts,
        national_id: id.as_deref(),
    };
    core.directory.mark_activated(e, &activated).await?;
    Ok(())
}
