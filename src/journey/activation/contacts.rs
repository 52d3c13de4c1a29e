//! The confirm step and its consents (URegister's step 3/4): every contact the
//! registrar recorded is offered with its own unticked box. A contact that got
//! the PIN of step 2 is already proven; one that did not is stored only after
//! a code sent to it comes back (`VerifyContact`), so nobody can have kleidi
//! keep, as their recovery contact, an address they do not hold.

use std::net::IpAddr;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::{Flow, Matched, Step, at};
use crate::core::{Core, CoreRef};
use crate::domain::{Email, Mobile, Pin};
use crate::journey::{JourneyError, Outgoing};
use crate::notify::{Channel, Message};
use crate::pin::Purpose;

/// Confirm step input.
#[derive(Debug, Default, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = ConfirmRequest)]
pub struct ConfirmInput {
    /// "Agree" (true) or "Disagree" (false).
    pub agree: bool,
    /// Store my mobile for recovery by SMS.
    #[serde(default)]
    pub consent_mobile: bool,
    /// Store my external email for recovery by email.
    #[serde(default)]
    pub consent_email: bool,
}

/// Input of the step that proves a consented contact: the code sent to it,
/// or `skip` to go on without storing that contact.
#[derive(Debug, Default, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = VerifyContactRequest)]
pub struct VerifyContactInput {
    /// The code sent to the contact.
    #[serde(default)]
    pub pin: Option<String>,
    /// Do not store this contact after all.
    #[serde(default)]
    pub skip: bool,
}

/// The contact a code was sent to, for the page that asks for it.
#[derive(Debug, Clone, Serialize)]
pub struct PendingContact {
    /// `sms` (the mobile) or `email`.
    pub channel: Channel,
    /// Where the code went, masked.
    pub to: String,
}

/// A consent box is offered for this contact: it is on record, and it is
/// proven or can be (no SMS gateway, no code to a mobile: `sms.transport =
/// "none"`, where recovery by SMS does not exist anyway).
pub(super) fn offered(core: &Core, m: &Matched, c: Channel) -> bool {
    match c {
        Channel::Sms => m.mobile.is_some() && (m.proven(c) || core.notifier.supports(Channel::Sms)),
        Channel::Email => m.email.is_some(),
    }
}

/// The next consented contact that is not proven yet (mobile first).
fn next_unproven(f: &Flow) -> Option<Channel> {
    let m = f.matched.as_ref()?;
    [
        (Channel::Sms, f.consent_mobile),
        (Channel::Email, f.consent_email),
    ]
    .into_iter()
    .find(|(c, consented)| *consented && !m.proven(*c))
    .map(|(c, _)| c)
}

/// Moves past the consents: to the next contact to prove, or to the password.
fn advance(f: &mut Flow) -> Step {
    f.pending = next_unproven(f);
    f.step = if f.pending.is_some() {
        Step::VerifyContact
    } else {
        Step::Password
    };
    f.step
}

/// Step 3: agree (with consents) or disagree (nothing is activated). A
/// consent to a contact that did not get the first PIN sends a code to it.
pub async fn confirm<A: CoreRef>(
    app: &Arc<A>,
    flow_id: &str,
    input: ConfirmInput,
) -> Result<Step, JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    // One atomic transition: two submissions cannot both pass the step check.
    let next = core
        .activation
        .update(flow_id, |f| {
            if f.step != Step::Confirm {
                return Err(JourneyError::WrongStep);
            }
            let (mobile, email) = f.matched.as_ref().map_or((false, false), |m| {
                (
                    offered(core, m, Channel::Sms),
                    offered(core, m, Channel::Email),
                )
            });
            f.consent_mobile = input.agree && input.consent_mobile && mobile;
            f.consent_email = input.agree && input.consent_email && email;
            if !input.agree {
                f.step = Step::Disagreed;
                return Ok(Step::Disagreed);
            }
            Ok(advance(f))
        })
        .await?
        .ok_or(JourneyError::FlowNotFound)??;
    if next == Step::VerifyContact {
        issue(app, flow_id).await?;
    }
    Ok(next)
}

/// After "Disagree", back to the details (IHU's page returns to them): the
/// journey moves from `Disagreed` to `Confirm` again, in one transition.
pub async fn reconsider(core: &Core, flow_id: &str) -> Result<Step, JourneyError> {
    core.activation
        .advance(flow_id, Step::Disagreed, |f| f.step = Step::Confirm)
        .await?;
    Ok(Step::Confirm)
}

/// Starts the code for the pending contact and sends it.
async fn issue<A: CoreRef>(app: &Arc<A>, flow_id: &str) -> Result<(), JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    let flow = at(core, flow_id, Step::VerifyContact).await?;
    let m = flow.matched.as_ref().ok_or(JourneyError::FlowNotFound)?;
    let channel = flow.pending.ok_or(JourneyError::WrongStep)?;
    let issued = core
        .pins
        .issue(&m.dn, Purpose::ContactVerification, flow_id)
        .await;
    let (challenge, pin) = match issued {
        Ok(x) => x,
        Err(e) => {
            // Nothing was sent: back to the consents, to try again later.
            core.activation
                .update(flow_id, |f| {
                    f.step = Step::Confirm;
                    f.pending = None;
                })
                .await?;
            return Err(JourneyError::Pin(e));
        }
    };
    core.activation
        .update(flow_id, |f| {
            f.challenge = Some(challenge.clone());
            f.send_failure = None;
        })
        .await?;
    send(app, flow_id, &flow.lang, m, channel, &pin);
    Ok(())
}

/// Sends a contact's code, in the person's language, off the request path.
fn send<A: CoreRef>(
    app: &Arc<A>,
    flow_id: &str,
    flow_lang: &str,
    m: &Matched,
    channel: Channel,
    pin: &str,
) {
    let core: &Core = app.as_ref().as_ref();
    let lang = m
        .lang
        .as_deref()
        .filter(|l| crate::i18n::SUPPORTED.contains(l))
        .unwrap_or(flow_lang);
    let args = [
        ("pin", crate::i18n::Arg::Str(pin.to_string())),
        (
            "minutes",
            crate::i18n::Arg::Num(core.pins.config().ttl_minutes as i64),
        ),
        (
            "institution",
            crate::i18n::Arg::Str(core.config.branding.institution.get(lang).to_string()),
        ),
    ];
    let i = &core.i18n;
    let out = match channel {
        Channel::Sms => m.mobile.as_ref().map(|mo| Outgoing {
            destination: mo.as_e164().to_string(),
            country_code: Some(mo.country_calling_code()),
            message: Message {
                channel,
                to: mo.as_e164().to_string(),
                subject: String::new(),
                text: i.t_args(lang, "contact-pin-sms", &args),
                html: None,
                lang: lang.to_string(),
            },
        }),
        Channel::Email => m.email.as_ref().map(|em| Outgoing {
            destination: em.as_str().to_ascii_lowercase(),
            country_code: None,
            message: Message {
                channel,
                to: em.as_str().to_string(),
                subject: i.t_args(lang, "contact-pin-subject", &args),
                text: i.t_args(lang, "contact-pin-email", &args),
                html: None,
                lang: lang.to_string(),
            },
        }),
    };
    super::send_for(
        app,
        flow_id,
        &m.dn,
        out.into_iter().collect(),
        "activation contact code",
    );
}

/// The contact whose code is awaited.
pub async fn pending_contact(core: &Core, flow_id: &str) -> Result<PendingContact, JourneyError> {
    let flow = at(core, flow_id, Step::VerifyContact).await?;
    let m = flow.matched.as_ref().ok_or(JourneyError::FlowNotFound)?;
    let channel = flow.pending.ok_or(JourneyError::WrongStep)?;
    let to = match channel {
        Channel::Sms => m.mobile.as_ref().map(Mobile::masked),
        Channel::Email => m.email.as_ref().map(Email::masked),
    };
    Ok(PendingContact {
        channel,
        to: to.unwrap_or_default(),
    })
}

/// "Send a new code" on the `VerifyContact` step.
pub(super) async fn resend<A: CoreRef>(
    app: &Arc<A>,
    flow_id: &str,
    ip: IpAddr,
) -> Result<(), JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    let flow = at(core, flow_id, Step::VerifyContact).await?;
    core.limits.check_ip(crate::limits::Budget::Pin, ip).await?;
    let m = flow.matched.as_ref().ok_or(JourneyError::FlowNotFound)?;
    let channel = flow.pending.ok_or(JourneyError::WrongStep)?;
    let challenge = flow.challenge.as_deref().ok_or(JourneyError::WrongStep)?;
    let pin = core
        .pins
        .resend(challenge, &m.dn, Purpose::ContactVerification, flow_id)
        .await
        .map_err(JourneyError::Pin)?;
    core.activation
        .update(flow_id, |f| f.send_failure = None)
        .await?;
    send(app, flow_id, &flow.lang, m, channel, &pin);
    Ok(())
}

/// Step 3b: the code sent to a consented contact, or `skip` (the contact is
/// then not stored). Leads to the next contact to prove, or to the password.
pub async fn verify_contact<A: CoreRef>(
    app: &Arc<A>,
    flow_id: &str,
    input: VerifyContactInput,
    ip: IpAddr,
) -> Result<Step, JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    let flow = at(core, flow_id, Step::VerifyContact).await?;
    core.limits.check_ip(crate::limits::Budget::Pin, ip).await?;
    let m = flow.matched.as_ref().ok_or(JourneyError::FlowNotFound)?;
    let channel = flow.pending.ok_or(JourneyError::WrongStep)?;
    let proven = if input.skip {
        false
    } else {
        let typed = input.pin.as_deref().unwrap_or_default();
        let pin = Pin::parse(typed, core.pins.config().digits)
            .map_err(|e| JourneyError::Fields(vec![("pin", e.code())]))?;
        let challenge = flow.challenge.as_deref().ok_or(JourneyError::WrongStep)?;
        // Single use and counted tries: the store checks and spends the code
        // in one operation.
        let checked = core
            .pins
            .verify(
                challenge,
                &m.dn,
                Purpose::ContactVerification,
                flow_id,
                pin.as_str(),
            )
            .await;
        crate::audit::record(
            core,
            "activation.verify_contact",
            if checked.is_ok() { "ok" } else { "refused" },
            Some(&m.dn),
            ip,
        );
        checked.map_err(JourneyError::Pin)?;
        true
    };
    let next = core
        .activation
        .update(flow_id, |f| {
            if f.step != Step::VerifyContact || f.pending != Some(channel) {
                return Err(JourneyError::WrongStep);
            }
            if let Some(m) = f.matched.as_mut() {
                m.verified.set(channel, proven);
            }
            if !proven {
                match channel {
                    Channel::Sms => f.consent_mobile = false,
                    Channel::Email => f.consent_email = false,
                }
            }
            f.challenge = None;
            f.send_failure = None;
            Ok(advance(f))
        })
        .await?
        .ok_or(JourneyError::FlowNotFound)??;
    if next == Step::VerifyContact {
        issue(app, flow_id).await?;
    }
    Ok(next)
}
