//! The addresses on file that a message may go to, by kind (verified
//! recovery contacts, the registrar's personal ones, the institutional
//! mailbox), and the owner who answers for an impersonal account.

use crate::config::AddressSource;
use crate::core::Core;
use crate::directory::{UserEntry, attr};
use crate::domain::{Email, Mobile};

/// Emails and mobiles of one entry, in the order of the sources asked for,
/// without duplicates.
#[derive(Debug, Default, Clone)]
pub(crate) struct Addresses {
    /// Email addresses.
    pub emails: Vec<Email>,
    /// Mobiles (E.164).
    pub mobiles: Vec<Mobile>,
}

impl Addresses {
    fn push_email(&mut self, v: &str) {
        if let Ok(m) = Email::parse(v)
            && !self.emails.iter().any(|e| e.matches(&m))
        {
            self.emails.push(m);
        }
    }

    fn push_mobile(&mut self, m: Mobile) {
        if !self.mobiles.contains(&m) {
            self.mobiles.push(m);
        }
    }
}

/// Every address of `e` that one of `sources` names, in that order.
pub(crate) fn of(core: &Core, e: &UserEntry, sources: &[AddressSource]) -> Addresses {
    let a = &core.config.directory.attributes;
    let mut out = Addresses::default();
    for s in sources {
        let (emails, mobiles) = match s {
            AddressSource::Verified => (attr::RECOVERY_EMAIL, Some(attr::RECOVERY_MOBILE)),
            AddressSource::Registrar => (a.registrar_email.as_str(), Some(a.mobile.as_str())),
            AddressSource::Institutional => (a.mail.as_str(), None),
        };
        for v in e.values(emails) {
            out.push_email(v);
        }
        for v in mobiles.map(|m| e.values(m)).unwrap_or_default() {
            if let Some(m) = mobile(core, v) {
                out.push_mobile(m);
            }
        }
    }
    out
}

/// The addresses of the first source in `sources` that has any for the
/// channel: a recovery goes to one kind of address, the most trusted first.
pub(crate) fn first_of(core: &Core, e: &UserEntry, sources: &[AddressSource]) -> Addresses {
    let mut out = Addresses::default();
    for s in sources {
        let found = of(core, e, std::slice::from_ref(s));
        if out.emails.is_empty() {
            out.emails = found.emails;
        }
        if out.mobiles.is_empty() {
            out.mobiles = found.mobiles;
        }
    }
    out
}

/// A stored mobile: E.164 as kleidi writes it, or the registrar's national
/// form read with the institution's country.
fn mobile(core: &Core, v: &str) -> Option<Mobile> {
    Mobile::parse_e164(v).ok().or_else(|| {
        let c = crate::domain::Country::parse(&core.config.i18n.phone_country).ok()?;
        Mobile::parse(v, c).ok()
    })
}

/// The entry that receives messages for `e`: its owner when `e` is an
/// impersonal account (`directory.attributes.owner`), else `e` itself.
/// An owner that cannot be read yields `None`: nothing is sent, rather than
/// sending to the impersonal account's own addresses.
pub(crate) async fn recipient(
    core: &Core,
    e: &UserEntry,
) -> Result<Option<UserEntry>, crate::directory::DirError> {
    match e.first(&core.config.directory.attributes.owner) {
        Some(owner) => core.directory.read_entry(owner).await,
        None => Ok(Some(e.clone())),
    }
}
