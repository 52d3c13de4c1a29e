//! Account activation (IHU URegister, UPHF "Activer mon compte"): choose a
//! role, prove identity with the registrar's contact details (or a personal
//! number and birth date), enter the PIN sent to those contacts, give a
//! national ID if the record lacks one, confirm the details and consent to
//! recovery contacts, choose a password. Only the last step writes.

mod contacts;
mod details;
mod effects;
pub(crate) mod state;
mod steps;

pub use contacts::{
    ConfirmInput, PendingContact, VerifyContactInput, confirm, pending_contact, reconsider,
    verify_contact,
};
pub use details::{Details, details};
pub use steps::{
    IdentifyInput, NationalIdInput, PasswordInput, Started, Welcome, identify, national_id,
    password, pin, resend, start,
};

pub use state::{ActivationState, PublicFlow, SendFailure, Step};
pub(crate) use state::{Both, Flow, Matched};

use crate::journey::JourneyError;
use crate::notify::Channel;

/// After a PIN or code could not be sent: the step shows what failed, and
/// the failed send does not use up one of the allowed sends.
pub(crate) async fn send_failed(core: &crate::core::Core, flow_id: &str, channel: Channel) {
    let challenge = core
        .activation
        .update(flow_id, |f| {
            f.send_failure = Some(SendFailure { channel });
            f.challenge.clone()
        })
        .await;
    if let Ok(Some(Some(ch))) = challenge {
        core.pins.refund_send(&ch).await;
    }
}

/// Sends a journey's PIN or code off the request path; a failed send is
/// shown on the step and does not use up an allowed send.
pub(crate) fn send_for<A: crate::core::CoreRef>(
    app: &std::sync::Arc<A>,
    flow_id: &str,
    dn: &str,
    out: Vec<crate::journey::Outgoing>,
    what: &'static str,
) {
    let id = flow_id.to_string();
    crate::journey::send_in_background(
        app.clone(),
        dn.to_string(),
        None,
        out,
        move |c: std::sync::Arc<A>, channel, err| async move {
            tracing::warn!(%channel, error = %err, what, "not sent");
            send_failed(c.as_ref().as_ref(), &id, channel).await;
        },
    );
}

/// The journey `flow_id`, if it is at `step`.
pub(super) async fn at(
    core: &crate::core::Core,
    flow_id: &str,
    step: Step,
) -> Result<Flow, JourneyError> {
    let f = core
        .activation
        .get(flow_id)
        .await?
        .ok_or(JourneyError::FlowNotFound)?;
    if f.step != step {
        return Err(JourneyError::WrongStep);
    }
    Ok(f)
}

/// The claim on an account's first password (one journey writes it).
pub(crate) fn claim_key(dn: &str) -> String {
    format!("activating:{}", dn.to_ascii_lowercase())
}

/// Marks the account active after its pending password write turned out
/// done, and finishes the journey.
pub(crate) async fn complete_after_pending(
    core: &crate::core::Core,
    dn: &str,
    journey: &str,
) -> Result<(), JourneyError> {
    let flow = core
        .activation
        .get(journey)
        .await?
        .ok_or(JourneyError::FlowNotFound)?;
    let e = core
        .directory
        .read_entry(dn)
        .await?
        .ok_or(JourneyError::FlowNotFound)?;
    effects::mark_active(core, &e, &flow).await?;
    core.activation
        .update(journey, |f| f.step = Step::Done)
        .await?;
    Ok(())
}

/// The send failure to show on the PIN step, if any: the one recorded
/// for a real journey, or for a journey of unknown input, a channel
/// that is failing now (what a real one would show).
pub async fn send_failure(core: &crate::core::Core, id: &str) -> Option<SendFailure> {
    let f = core.activation.get_logged(id).await?;
    if f.send_failure.is_some() || f.matched.is_some() || f.step != Step::Pin {
        return f.send_failure;
    }
    for channel in [Channel::Email, Channel::Sms] {
        if crate::journey::send::channel_failing(core, channel).await {
            return Some(SendFailure { channel });
        }
    }
    None
}
