//! Notices to the addresses on file after something changed on the account:
//! a new password, a changed or removed recovery contact. They go to every
//! recovery contact (and to the old one that was replaced), in the person's
//! preferred language, and never carry a secret.

use std::sync::Arc;

use super::Outgoing;
use super::session::ContactKind;
use crate::core::{Core, CoreRef};
use crate::directory::{UserEntry, attr};
use crate::domain::{Email, Mobile};
use crate::i18n::Arg;
use crate::notify::{Channel, Message};

/// What happened.
#[derive(Debug, Clone, Copy)]
pub enum Notice {
    /// The password was changed by its owner.
    PasswordChanged,
    /// The password was reset through recovery.
    PasswordReset,
    /// A recovery contact was replaced.
    ContactChanged(ContactKind),
    /// A recovery contact was removed.
    ContactRemoved(ContactKind),
}

impl Notice {
    fn id(self) -> &'static str {
        match self {
            Self::PasswordChanged => "notice-password-changed",
            Self::PasswordReset => "notice-password-reset",
            Self::ContactChanged(ContactKind::Email) => "notice-email-changed",
            Self::ContactChanged(ContactKind::Mobile) => "notice-mobile-changed",
            Self::ContactRemoved(ContactKind::Email) => "notice-email-removed",
            Self::ContactRemoved(ContactKind::Mobile) => "notice-mobile-removed",
        }
    }
}

/// The person's language for messages: `preferredLanguage` if kleidi speaks it.
pub(crate) fn entry_lang(core: &Core, e: &UserEntry) -> String {
    e.first(&core.config.directory.attributes.preferred_language)
        .map(|l| l.split(['-', '_']).next().unwrap_or(l).to_ascii_lowercase())
        .filter(|l| core.i18n.offered().iter().any(|o| o == l))
        .unwrap_or_else(|| core.config.i18n.default_language.clone())
}

/// Sends `notice` to the entry's recovery contacts plus `old` (a contact
/// that was just replaced or removed).
pub fn send<A: CoreRef>(
    app: &Arc<A>,
    e: &UserEntry,
    notice: Notice,
    old: Option<(ContactKind, String)>,
) {
    let core: &Core = app.as_ref().as_ref();
    let lang = entry_lang(core, e);
    let a = &core.config.directory.attributes;
    let args = [
        (
            "username",
            Arg::Str(e.first(&a.username).unwrap_or_default().to_string()),
        ),
        (
            "institution",
            Arg::Str(core.config.branding.institution.get(&lang).to_string()),
        ),
        ("url", Arg::Str(core.config.public_url.clone())),
    ];
    let i = &core.i18n;
    let subject = i.t_args(&lang, &format!("{}-subject", notice.id()), &args);
    let text = i.t_args(&lang, notice.id(), &args);
    let mut emails: Vec<String> = e.values(attr::RECOVERY_EMAIL).to_vec();
    let mut mobiles: Vec<String> = e.values(attr::RECOVERY_MOBILE).to_vec();
    match old {
        Some((ContactKind::Email, v)) => emails.push(v),
        Some((ContactKind::Mobile, v)) => mobiles.push(v),
        None => {}
    }
    let mut out = Vec::new();
    for to in emails.iter().filter_map(|v| Email::parse(v).ok()) {
        out.push(Outgoing {
            destination: to.as_str().to_ascii_lowercase(),
            country_code: None,
            message: Message {
                channel: Channel::Email,
                to: to.as_str().to_string(),
                subject: subject.clone(),
                text: text.clone(),
                html: None,
                lang: lang.clone(),
            },
        });
    }
    if core.notifier.supports(Channel::Sms) {
        for m in mobiles.iter().filter_map(|v| Mobile::parse_e164(v).ok()) {
            out.push(Outgoing {
                destination: m.as_e164().to_string(),
                country_code: Some(m.country_calling_code()),
                message: Message {
                    channel: Channel::Sms,
                    to: m.as_e164().to_string(),
                    subject: String::new(),
                    text: i.t_args(&lang, &format!("{}-sms", notice.id()), &args),
                    html: None,
                    lang: lang.clone(),
                },
            });
        }
    }
    // Notices do not count against the send limits meant for PINs and links.
    let core2 = app.clone();
    tokio::spawn(async move {
        let core: &Core = core2.as_ref().as_ref();
        for o in out {
            let message = super::send::with_html(o.message);
            if let Err(e) = core.notifier.send(&message).await {
                tracing::warn!(channel = %message.channel, error = %e, "notice not sent");
            }
        }
    });
}
