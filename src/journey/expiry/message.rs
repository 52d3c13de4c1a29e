//! The reminder's text, in the person's language: the expiry date written
//! the way that language writes dates, the days left, the change link built
//! from `public_url`, and the helpdesk contact when one is configured.

use crate::clock::Millis;
use crate::core::Core;
use crate::i18n::Arg;
use crate::notify::{Channel, Message};

/// Where the change-password page lives under `public_url` (signing in
/// first, when needed, is the page's own business).
const CHANGE_PATH: &str = "/account/password";

/// The rendered texts of one reminder, for every address of the account.
pub(super) struct Texts {
    lang: String,
    subject: String,
    email: String,
    sms: String,
}

/// The arguments every text shares.
fn args(
    core: &Core,
    lang: &str,
    username: &str,
    now: Millis,
    expiry_ms: Millis,
) -> Vec<(&'static str, Arg)> {
    let date = date_args(expiry_ms);
    let on_date = core.i18n.t_args(lang, "expiry-on-date", &date);
    let base = core.config.public_url.trim_end_matches('/');
    vec![
        ("username", Arg::Str(username.to_string())),
        (
            "institution",
            Arg::Str(core.config.branding.institution.get(lang).to_string()),
        ),
        ("date", Arg::Str(on_date)),
        (
            "days",
            Arg::Num(i64::try_from(super::stage::days_left(now, expiry_ms)).unwrap_or(i64::MAX)),
        ),
        ("url", Arg::Str(format!("{base}{CHANGE_PATH}"))),
    ]
}

/// Day, month (1-12) and year of `ms` in UTC, for `expiry-on-date`: each
/// language orders them and names the month itself.
fn date_args(ms: Millis) -> [(&'static str, Arg); 3] {
    let t = time::OffsetDateTime::from_unix_timestamp(i64::try_from(ms / 1000).unwrap_or(0))
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    [
        ("day", Arg::Num(i64::from(t.day()))),
        ("month", Arg::Num(i64::from(u8::from(t.month())))),
        ("year", Arg::Num(i64::from(t.year()))),
    ]
}

/// The helpdesk contact as one line (email, phone, web page: whichever exist).
fn helpdesk(core: &Core) -> Option<String> {
    let h = &core.config.branding.helpdesk;
    let parts: Vec<&str> = [&h.email, &h.phone, &h.url]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .filter(|s| !s.trim().is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

impl Texts {
    /// Renders the reminder for `username` in `lang`.
    pub(super) fn new(
        core: &Core,
        lang: &str,
        username: &str,
        now: Millis,
        expiry_ms: Millis,
    ) -> Self {
        let args = args(core, lang, username, now, expiry_ms);
        let i = &core.i18n;
        let mut email = i.t_args(lang, "expiry-notice", &args);
        if let Some(h) = helpdesk(core) {
            email.push_str("\n\n");
            email.push_str(&i.t_args(lang, "expiry-notice-helpdesk", &[("helpdesk", Arg::Str(h))]));
        }
        Self {
            lang: lang.to_string(),
            subject: i.t_args(lang, "expiry-notice-subject", &args),
            email,
            sms: i.t_args(lang, "expiry-notice-sms", &args),
        }
    }

    /// The message for one address.
    pub(super) fn message(&self, channel: Channel, to: &str) -> Message {
        let (subject, text) = match channel {
            Channel::Email => (self.subject.clone(), self.email.clone()),
            Channel::Sms => (String::new(), self.sms.clone()),
        };
        crate::journey::send::with_html(Message {
            channel,
            to: to.to_string(),
            subject,
            text,
            html: None,
            lang: self.lang.clone(),
        })
    }
}

/// The expiry date as the operator reads it in a dry-run list (ISO 8601).
pub(super) fn iso_date(ms: Millis) -> String {
    let g = crate::clock::generalized_time(ms);
    format!("{}-{}-{}", &g[0..4], &g[4..6], &g[6..8])
}
