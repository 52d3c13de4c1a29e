//! Notifications: email over SMTP, SMS through an HTTP gateway, or the console for
//! `kleidi demo`. Journeys render the translated text; this module only carries it.
//!
//! The transports are built once from the configuration ([`Notifier::new`]) and
//! shared; a failed send says whether trying again later can help
//! ([`NotifyError::Unavailable`]) or not ([`NotifyError::Rejected`]). Message bodies
//! hold PINs and reset links, so they are never logged: only the channel, the masked
//! recipient and the outcome are.

mod config;
mod console;
mod email;
mod mask;
mod sms;

use std::fmt;
use std::path::Path;

pub use config::{
    MailConfig, MailTransportKind, NotifyConfigError, SmsBody, SmsConfig, SmsHttpConfig,
    SmsTransportKind, SmtpConfig, SmtpSecurity,
};
pub use mask::mask;

use console::Console;
use email::SmtpMailer;
use sms::HttpGateway;

/// Which way a message travels.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    /// Email: `to` is an address.
    Email,
    /// Text message: `to` is a phone number, normally E.164.
    Sms,
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Channel::Email => "email",
            Channel::Sms => "sms",
        })
    }
}

/// One rendered, translated message ready to be sent.
#[derive(Clone, PartialEq, Eq)]
pub struct Message {
    /// Email or SMS.
    pub channel: Channel,
    /// Email address or phone number.
    pub to: String,
    /// Email subject; ignored by SMS.
    pub subject: String,
    /// Plain-text body (the whole SMS).
    pub text: String,
    /// Optional HTML alternative for email; ignored by SMS.
    pub html: Option<String>,
    /// BCP 47 language tag of the text, e.g. `el`.
    pub lang: String,
}

// Hand-written so that a stray `{:?}` in a log line cannot leak a PIN or a link.
impl fmt::Debug for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Message")
            .field("channel", &self.channel)
            .field("to", &mask(&self.to))
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

/// Why a message was not sent. Nothing was delivered in any case.
#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    /// The relay or gateway could not be reached or failed temporarily: try again later.
    #[error("{channel} service unavailable: {reason}")]
    Unavailable {
        /// The channel that failed.
        channel: Channel,
        /// Technical cause, for logs only (never holds the message body).
        reason: String,
    },
    /// This message will not be accepted as it is (bad recipient, refused by the
    /// relay or gateway): retrying the same message will not help.
    #[error("{channel} message rejected: {reason}")]
    Rejected {
        /// The channel that refused.
        channel: Channel,
        /// Technical cause, for logs only (never holds the message body).
        reason: String,
    },
    /// The notifier is configured so that it cannot send this (bad setting, channel
    /// not configured, unreadable secret).
    #[error("notifier configuration: {0}")]
    Config(#[from] NotifyConfigError),
}

impl NotifyError {
    /// True when the same message may go through later.
    pub fn is_retryable(&self) -> bool {
        matches!(self, NotifyError::Unavailable { .. })
    }
}

/// The email side, chosen once at start-up.
enum MailTransport {
    Smtp(SmtpMailer),
    Console,
}

/// The SMS side, chosen once at start-up.
enum SmsTransport {
    Http(Box<HttpGateway>),
    Console,
    None,
}

/// Sends [`Message`]s. Build it once at start-up and share it (it is `Send + Sync`);
/// the SMTP connection pool and the HTTP client live inside.
pub struct Notifier {
    mail: MailTransport,
    sms: SmsTransport,
    console: Console,
}

impl Notifier {
    /// Validates both sections, reads their secret files (relative paths are looked
    /// up in `$CREDENTIALS_DIRECTORY`, then in `base`, the config file's folder) and
    /// builds the transports. Connects to nothing yet. Must run inside the tokio
    /// runtime, because the SMTP pool starts its idle-connection sweeper.
    pub fn new(mail: &MailConfig, sms: &SmsConfig, base: &Path) -> Result<Self, NotifyError> {
        mail.validate()?;
        sms.validate()?;
        let from = if mail.from.trim().is_empty() {
            None
        } else {
            Some(mail.from.clone())
        };
        let mail_transport = match mail.transport {
            MailTransportKind::Smtp => {
                MailTransport::Smtp(SmtpMailer::new(&mail.from, &mail.smtp, base)?)
            }
            MailTransportKind::Console => MailTransport::Console,
        };
        let sms_transport = match sms.transport {
            SmsTransportKind::Http => {
                SmsTransport::Http(Box::new(HttpGateway::new(&sms.http, base)?))
            }
            SmsTransportKind::Console => SmsTransport::Console,
            SmsTransportKind::None => SmsTransport::None,
        };
        Ok(Self {
            mail: mail_transport,
            sms: sms_transport,
            console: Console::new(from),
        })
    }

    /// Also appends every console message to `path` as one JSON object per line
    /// (`kleidi demo` and tests read PINs from it). Creates the file if needed.
    pub fn with_outbox(mut self, path: &Path) -> Result<Self, NotifyError> {
        self.console = self.console.with_outbox(path)?;
        Ok(self)
    }

    /// True when `channel` has a transport, so a journey may offer it.
    pub fn supports(&self, channel: Channel) -> bool {
        match channel {
            Channel::Email => true,
            Channel::Sms => !matches!(self.sms, SmsTransport::None),
        }
    }

    /// Sends one message, waiting at most the configured timeout. Logs the channel,
    /// the masked recipient and the outcome, never the body.
    pub async fn send(&self, msg: &Message) -> Result<(), NotifyError> {
        let result = match (msg.channel, &self.mail, &self.sms) {
            (Channel::Email, MailTransport::Smtp(smtp), _) => smtp.send(msg).await,
            (Channel::Email, MailTransport::Console, _) => self.console.send(msg),
            (Channel::Sms, _, SmsTransport::Http(gateway)) => gateway.send(msg).await,
            (Channel::Sms, _, SmsTransport::Console) => self.console.send(msg),
            (Channel::Sms, _, SmsTransport::None) => Err(NotifyError::Config(
                NotifyConfigError::new("sms.transport", "is \"none\": SMS cannot be sent"),
            )),
        };
        let to = mask(&msg.to);
        match &result {
            Ok(()) => {
                tracing::info!(channel = %msg.channel, %to, outcome = "sent", "notification sent")
            }
            Err(e) => {
                tracing::warn!(channel = %msg.channel, %to, outcome = "failed", error = %e, "notification failed")
            }
        }
        result
    }
}
