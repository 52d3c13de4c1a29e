//! Notices to the addresses on file after something changed on the account:
//! a new password, a changed or removed recovery contact. They go to the
//! addresses `account.notices_to` names (and to the old contact that was
//! replaced), in the person's preferred language, and never carry a secret.

use std::sync::Arc;

use super::addresses::{self, Addresses};
use super::session::ContactKind;
use crate::core::{Core, CoreRef};
use crate::directory::UserEntry;
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

/// Sends `notice` to the addresses `account.notices_to` names (for an
/// impersonal account, its owner's too), plus `old` (a contact that was just
/// replaced or removed). Sent off the request path; a failure is logged.
pub fn send<A: CoreRef>(
    app: &Arc<A>,
    e: &UserEntry,
    notice: Notice,
    old: Option<(ContactKind, String)>,
) {
    let tracker = app.as_ref().as_ref().background.clone();
    let (app, e) = (app.clone(), e.clone());
    tracker.spawn(async move {
        let core: &Core = app.as_ref().as_ref();
        let sources = &core.config.account.notices_to;
        let mut to = addresses::of(core, &e, sources);
        if e.first(&core.config.directory.attributes.owner).is_some() {
            match addresses::recipient(core, &e).await {
                Ok(Some(owner)) => {
                    let o = addresses::of(core, &owner, sources);
                    to.emails.extend(o.emails);
                    to.mobiles.extend(o.mobiles);
                }
                Ok(None) => {}
                Err(err) => tracing::warn!(error = %err, "owner not read for a notice"),
            }
        }
        match old {
            Some((ContactKind::Email, v)) => to.emails.extend(Email::parse(&v).ok()),
            Some((ContactKind::Mobile, v)) => to.mobiles.extend(Mobile::parse_e164(&v).ok()),
            None => {}
        }
        for message in messages(core, &e, notice, to) {
            let message = super::send::with_html(message);
            if let Err(err) = core.notifier.send(&message).await {
                tracing::warn!(channel = %message.channel, error = %err, "notice not sent");
            }
        }
    });
}

/// The translated messages of `notice` for each address, once each.
fn messages(core: &Core, e: &UserEntry, notice: Notice, to: Addresses) -> Vec<Message> {
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
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for m in to.emails {
        if seen.insert(m.as_str().to_ascii_lowercase()) {
            out.push(Message {
                channel: Channel::Email,
                to: m.as_str().to_string(),
                subject: subject.clone(),
                text: text.clone(),
                html: None,
                lang: lang.clone(),
            });
        }
    }
    if core.notifier.supports(Channel::Sms) {
        let sms = i.t_args(&lang, &format!("{}-sms", notice.id()), &args);
        for m in to.mobiles {
            if seen.insert(m.as_e164().to_string()) {
                out.push(Message {
                    channel: Channel::Sms,
                    to: m.as_e164().to_string(),
                    subject: String::new(),
                    text: sms.clone(),
                    html: None,
                    lang: lang.clone(),
                });
            }
        }
    }
    out
}
