//! Email over SMTP with lettre: one pooled transport built at start-up (kanidm's
//! mail sender does the same), multipart/alternative when there is an HTML body.

use crate::secret::ExposeSecret as _;
use std::path::Path;
use std::time::Duration;

use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::PoolConfig;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use super::config::{SmtpConfig, SmtpSecurity};
use super::{Channel, Message, NotifyConfigError, NotifyError};
use crate::secret::read_secret_file;

// Evaluated at compile time, so an invalid name could not even build.
const CONTENT_LANGUAGE: HeaderName = HeaderName::new_from_ascii_str("Content-Language");
const AUTO_SUBMITTED: HeaderName = HeaderName::new_from_ascii_str("Auto-Submitted");

/// Connections kept open to the relay; a burst of PINs reuses them instead of
/// paying a TCP + TLS + AUTH handshake per message.
const POOL_SIZE: u32 = 8;
/// Idle pooled connections are closed before typical relay idle limits (~5 min).
const POOL_IDLE: Duration = Duration::from_secs(60);

/// The SMTP side of the notifier.
pub(super) struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    timeout: Duration,
}

impl SmtpMailer {
    /// Builds the pooled transport; reads the password and CA files now so that a
    /// missing file stops start-up instead of the first PIN.
    pub(super) fn new(from: &str, cfg: &SmtpConfig, base: &Path) -> Result<Self, NotifyError> {
        let from: Mailbox = from.parse().map_err(|_| {
            NotifyConfigError::new("mail.from", format!("{from:?} is not a valid mailbox"))
        })?;
        // lettre's pool spawns its sweeper with tokio::spawn, which panics outside
        // a runtime; say so as a configuration error instead.
        if tokio::runtime::Handle::try_current().is_err() {
            return Err(NotifyConfigError::new(
                "mail",
                "the notifier must be built inside the tokio runtime",
            )
            .into());
        }
        let timeout = Duration::from_secs(cfg.timeout_secs);
        let mut builder =
            AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(cfg.host.as_str())
                .port(cfg.effective_port())
                .timeout(Some(timeout))
                .pool_config(
                    PoolConfig::new()
                        .max_size(POOL_SIZE)
                        .idle_timeout(POOL_IDLE),
                );
        // Same as lettre's `starttls_relay` / `relay`, plus the optional extra CA.
        builder = match cfg.security {
            SmtpSecurity::Starttls => builder.tls(Tls::Required(tls_parameters(cfg, base)?)),
            SmtpSecurity::Tls => builder.tls(Tls::Wrapper(tls_parameters(cfg, base)?)),
            SmtpSecurity::Plain => builder.tls(Tls::None),
        };
        if let (Some(user), Some(file)) = (&cfg.username, &cfg.password_file) {
            let password = read_secret_file(file, base)
                .map_err(|e| NotifyConfigError::new("mail.smtp.password_file", e.to_string()))?;
            builder = builder.credentials(Credentials::new(
                user.clone(),
                password.expose_secret().to_owned(),
            ));
        }
        Ok(Self {
            transport: builder.build(),
            from,
            timeout,
        })
    }

    /// Hands one message to the relay within the timeout.
    pub(super) async fn send(&self, msg: &Message) -> Result<(), NotifyError> {
        let email = self.build(msg)?;
        match tokio::time::timeout(self.timeout, self.transport.send(email)).await {
            Err(_) => Err(unavailable(format!(
                "no answer within {}s",
                self.timeout.as_secs()
            ))),
            Ok(Err(e)) => Err(classify(&e)),
            Ok(Ok(_)) => Ok(()),
        }
    }

    fn build(&self, msg: &Message) -> Result<lettre::Message, NotifyError> {
        let to: Mailbox = msg.to.trim().parse().map_err(|e| NotifyError::Rejected {
            channel: Channel::Email,
            reason: format!("recipient is not a valid address ({e})"),
        })?;
        let mut builder = lettre::Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(one_line(&msg.subject))
            // Message-ID from lettre (random @ this host): mail without one scores as spam.
            .message_id(None)
            // RFC 3834: keeps vacation responders from answering the no-reply address.
            .header(AutoSubmitted);
        if is_language_tag(&msg.lang) {
            builder = builder.header(ContentLanguage(msg.lang.clone()));
        }
        let built = match &msg.html {
            Some(html) => builder.multipart(MultiPart::alternative_plain_html(
                msg.text.clone(),
                html.clone(),
            )),
            None => builder.singlepart(SinglePart::plain(msg.text.clone())),
        };
        built.map_err(|e| NotifyError::Rejected {
            channel: Channel::Email,
            reason: format!("cannot build the message ({e})"),
        })
    }
}

/// TLS parameters checking the relay's certificate against `host`, trusting the
/// system roots plus `ca_file` when given.
fn tls_parameters(cfg: &SmtpConfig, base: &Path) -> Result<TlsParameters, NotifyError> {
    let mut params = TlsParameters::builder(cfg.host.clone());
    if let Some(file) = &cfg.ca_file {
        let path = base.join(file);
        let pem = std::fs::read(&path).map_err(|e| {
            NotifyConfigError::new(
                "mail.smtp.ca_file",
                format!("cannot read {}: {e}", path.display()),
            )
        })?;
        let cert = Certificate::from_pem(&pem).map_err(|e| {
            NotifyConfigError::new(
                "mail.smtp.ca_file",
                format!("{} is not PEM: {e}", path.display()),
            )
        })?;
        params = params.add_root_certificate(cert);
    }
    params
        .build()
        .map_err(|e| NotifyConfigError::new("mail.smtp", format!("TLS set-up failed: {e}")).into())
}

/// Sorts a lettre error into "try later" and "will not work". Only the status code
/// is kept from server replies: their text often repeats the full address.
fn classify(e: &lettre::transport::smtp::Error) -> NotifyError {
    match e.status() {
        // 530/534/535/538: authentication is refused or required. That is our
        // misconfiguration, not the recipient's fault: the service is unavailable.
        Some(code) if e.is_permanent() && !matches!(u16::from(code), 530 | 534 | 535 | 538) => {
            NotifyError::Rejected {
                channel: Channel::Email,
                reason: format!("relay refused with {code}"),
            }
        }
        Some(code) => unavailable(format!("relay answered {code}")),
        None => unavailable(e.to_string()),
    }
}

fn unavailable(reason: String) -> NotifyError {
    NotifyError::Unavailable {
        channel: Channel::Email,
        reason,
    }
}

/// Line breaks in a subject would start new headers; lettre encodes them, but a
/// subject is one line by definition.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// A conservative BCP 47 shape check, so the header can only carry a language tag.
fn is_language_tag(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 35
        && s.split('-')
            .all(|p| !p.is_empty() && p.len() <= 8 && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// `Content-Language:` (RFC 3282), so mail clients pick the right spell checker and voice.
#[derive(Clone)]
struct ContentLanguage(String);

impl Header for ContentLanguage {
    fn name() -> HeaderName {
        CONTENT_LANGUAGE
    }
    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.to_owned()))
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(CONTENT_LANGUAGE, self.0.clone())
    }
}

/// `Auto-Submitted: auto-generated` (RFC 3834).
#[derive(Clone)]
struct AutoSubmitted;

impl Header for AutoSubmitted {
    fn name() -> HeaderName {
        AUTO_SUBMITTED
    }
    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(AUTO_SUBMITTED, "auto-generated".to_owned())
    }
}
