//! The `[mail]` and `[sms]` sections of the configuration, their defaults and their
//! validation. Secrets are file paths here; they are read when the notifier is built.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::path::PathBuf;

use serde::Deserialize;

/// A configuration value that cannot work, with the dotted key it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{key}: {message}")]
pub struct NotifyConfigError {
    /// The dotted key, e.g. `mail.smtp.security`.
    pub key: String,
    /// What is wrong with it.
    pub message: String,
}

impl NotifyConfigError {
    /// An error about `key`.
    pub fn new(key: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            message: message.into(),
        }
    }
}

/// `[mail]`: how email leaves kleidi.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MailConfig {
    /// `smtp` in production, `console` for `kleidi demo`.
    pub transport: MailTransportKind,
    /// The `From:` mailbox, e.g. `Account service <noreply@example.org>`.
    pub from: String,
    /// `[mail.smtp]`: used when `transport = "smtp"`.
    pub smtp: SmtpConfig,
}

impl Default for MailConfig {
    fn default() -> Self {
        Self {
            transport: MailTransportKind::Smtp,
            // Empty on purpose: a production sender address cannot be guessed, so
            // validation asks for it rather than mailing from `@localhost`.
            from: String::new(),
            smtp: SmtpConfig::default(),
        }
    }
}

/// `mail.transport`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MailTransportKind {
    /// Hand messages to an SMTP relay.
    Smtp,
    /// Print messages to stdout (and an optional outbox file).
    Console,
}

/// `[mail.smtp]`: the relay kleidi submits to.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SmtpConfig {
    /// Relay host name (also the name its TLS certificate must carry).
    pub host: String,
    /// Relay port; defaults to 587 for `starttls`, 465 for `tls`, 25 for `plain`.
    pub port: Option<u16>,
    /// `starttls`, `tls` (implicit TLS) or `plain` (loopback only).
    pub security: SmtpSecurity,
    /// SMTP AUTH user name; needs `password_file`.
    pub username: Option<String>,
    /// File holding the SMTP AUTH password (relative: systemd credentials, then config dir).
    pub password_file: Option<PathBuf>,
    /// Longest time one message may take to hand over, connecting included.
    pub timeout_secs: u64,
    /// Extra PEM CA certificate(s) to trust for the relay, e.g. an internal CA.
    pub ca_file: Option<PathBuf>,
}

impl Default for SmtpConfig {
    fn default() -> Self {
        Self {
            host: "localhost".into(),
            port: None,
            security: SmtpSecurity::Starttls,
            username: None,
            password_file: None,
            timeout_secs: 10,
            ca_file: None,
        }
    }
}

impl SmtpConfig {
    /// The configured port, or the standard one for the security mode.
    pub fn effective_port(&self) -> u16 {
        self.port.unwrap_or(match self.security {
            SmtpSecurity::Starttls => 587,
            SmtpSecurity::Tls => 465,
            SmtpSecurity::Plain => 25,
        })
    }
}

/// `mail.smtp.security`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SmtpSecurity {
    /// Connect in clear, then require STARTTLS before anything is sent.
    Starttls,
    /// TLS from the first byte (SMTPS).
    Tls,
    /// No encryption; only for a relay on this host.
    Plain,
}

/// `[sms]`: how text messages leave kleidi.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SmsConfig {
    /// `http` gateway, `console` for `kleidi demo`, or `none` (no SMS offered).
    pub transport: SmsTransportKind,
    /// `[sms.http]`: used when `transport = "http"`.
    pub http: SmsHttpConfig,
}

/// `sms.transport`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SmsTransportKind {
    /// A commercial gateway's HTTP API.
    Http,
    /// Print messages to stdout (and an optional outbox file).
    Console,
    /// SMS is not offered; journeys must not choose it.
    #[default]
    None,
}

/// `[sms.http]`: one HTTP request per message, described by templates.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SmsHttpConfig {
    /// HTTP method, e.g. `POST` or `GET`.
    pub method: String,
    /// Gateway URL; `https` unless the host is loopback.
    pub url: String,
    /// Extra request headers; values may use `{to}`, `{text}` and `{token}`.
    pub headers: BTreeMap<String, String>,
    /// File holding the API token that fills `{token}`.
    pub token_file: Option<PathBuf>,
    /// Where `fields` go: `form` body, `json` body or URL `query`.
    pub body: SmsBody,
    /// Request fields; values may use `{to}`, `{text}` and `{token}`.
    pub fields: BTreeMap<String, String>,
    /// Statuses that mean "accepted"; empty means any 2xx.
    pub success_status: Vec<u16>,
    /// Text the response body must contain to count as accepted.
    pub success_body_contains: Option<String>,
    /// Longest time one request may take.
    pub timeout_secs: u64,
}

impl Default for SmsHttpConfig {
    fn default() -> Self {
        Self {
            method: "POST".into(),
            url: String::new(),
            headers: BTreeMap::new(),
            token_file: None,
            body: SmsBody::Form,
            fields: BTreeMap::from([
                ("to".to_owned(), "{to}".to_owned()),
                ("text".to_owned(), "{text}".to_owned()),
            ]),
            success_status: Vec::new(),
            success_body_contains: None,
            timeout_secs: 10,
        }
    }
}

/// `sms.http.body`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SmsBody {
    /// `application/x-www-form-urlencoded` body.
    Form,
    /// JSON object body with string values.
    Json,
    /// Fields in the URL's query string, no body.
    Query,
}

/// Placeholders a gateway template may use.
pub(crate) const PLACEHOLDERS: [&str; 3] = ["to", "text", "token"];

/// True for `localhost` and loopback IP literals: the only hosts where clear text
/// cannot be read by anyone but root on this machine.
pub(crate) fn is_loopback_host(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    bare.eq_ignore_ascii_case("localhost")
        || bare.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

impl MailConfig {
    /// Checks what can be checked without touching files or the network.
    pub fn validate(&self) -> Result<(), NotifyConfigError> {
        if self.from.trim().is_empty() {
            if self.transport == MailTransportKind::Smtp {
                return Err(NotifyConfigError::new(
                    "mail.from",
                    "required, e.g. \"Account service <noreply@example.org>\"",
                ));
            }
        } else if self.from.parse::<lettre::message::Mailbox>().is_err() {
            return Err(NotifyConfigError::new(
                "mail.from",
                format!("{:?} is not a valid mailbox", self.from),
            ));
        }
        if self.transport == MailTransportKind::Smtp {
            self.smtp.validate()?;
        }
        Ok(())
    }
}

impl SmtpConfig {
    fn validate(&self) -> Result<(), NotifyConfigError> {
        if self.host.trim().is_empty() {
            return Err(NotifyConfigError::new(
                "mail.smtp.host",
                "must not be empty",
            ));
        }
        if self.port == Some(0) {
            return Err(NotifyConfigError::new("mail.smtp.port", "must be 1-65535"));
        }
        if self.security == SmtpSecurity::Plain && !is_loopback_host(&self.host) {
            return Err(NotifyConfigError::new(
                "mail.smtp.security",
                "\"plain\" is only allowed for a loopback host",
            ));
        }
        match (&self.username, &self.password_file) {
            (Some(_), None) => {
                return Err(NotifyConfigError::new(
                    "mail.smtp.password_file",
                    "required when mail.smtp.username is set",
                ));
            }
            (None, Some(_)) => {
                return Err(NotifyConfigError::new(
                    "mail.smtp.username",
                    "required when mail.smtp.password_file is set",
                ));
            }
            _ => {}
        }
        if self.ca_file.is_some() && self.security == SmtpSecurity::Plain {
            return Err(NotifyConfigError::new(
                "mail.smtp.ca_file",
                "has no effect with security = \"plain\"",
            ));
        }
        if self.timeout_secs == 0 {
            return Err(NotifyConfigError::new(
                "mail.smtp.timeout_secs",
                "must be at least 1",
            ));
        }
        Ok(())
    }
}

impl SmsConfig {
    /// Checks what can be checked without touching files or the network.
    pub fn validate(&self) -> Result<(), NotifyConfigError> {
        if self.transport == SmsTransportKind::Http {
            self.http.validate()?;
        }
        Ok(())
    }
}

impl SmsHttpConfig {
    fn validate(&self) -> Result<(), NotifyConfigError> {
        if reqwest::Method::from_bytes(self.method.as_bytes()).is_err() {
            return Err(NotifyConfigError::new(
                "sms.http.method",
                format!("{:?} is not an HTTP method", self.method),
            ));
        }
        if self.url.is_empty() {
            return Err(NotifyConfigError::new("sms.http.url", "required"));
        }
        let url = reqwest::Url::parse(&self.url)
            .map_err(|e| NotifyConfigError::new("sms.http.url", format!("not a URL: {e}")))?;
        match url.scheme() {
            "https" => {}
            // The request carries the PIN and usually an API token.
            "http" if url.host_str().is_some_and(is_loopback_host) => {}
            "http" => {
                return Err(NotifyConfigError::new(
                    "sms.http.url",
                    "\"http\" is only allowed for a loopback host; use https",
                ));
            }
            other => {
                return Err(NotifyConfigError::new(
                    "sms.http.url",
                    format!("scheme {other:?} is not http or https"),
                ));
            }
        }
        for (name, value) in &self.headers {
            let key = format!("sms.http.headers.{name}");
            if reqwest::header::HeaderName::from_bytes(name.as_bytes()).is_err() {
                return Err(NotifyConfigError::new(key, "is not a valid header name"));
            }
            self.check_template(&key, value)?;
        }
        if self.fields.is_empty() {
            return Err(NotifyConfigError::new(
                "sms.http.fields",
                "must not be empty",
            ));
        }
        for (name, value) in &self.fields {
            self.check_template(&format!("sms.http.fields.{name}"), value)?;
        }
        let all: Vec<&String> = self.fields.values().chain(self.headers.values()).collect();
        for needed in ["{to}", "{text}"] {
            if !all.iter().any(|v| v.contains(needed)) {
                return Err(NotifyConfigError::new(
                    "sms.http.fields",
                    format!("no field or header uses {needed}"),
                ));
            }
        }
        if let Some(bad) = self
            .success_status
            .iter()
            .find(|s| !(100..=599).contains(*s))
        {
            return Err(NotifyConfigError::new(
                "sms.http.success_status",
                format!("{bad} is not an HTTP status"),
            ));
        }
        if self.timeout_secs == 0 {
            return Err(NotifyConfigError::new(
                "sms.http.timeout_secs",
                "must be at least 1",
            ));
        }
        Ok(())
    }

    /// Rejects unknown placeholders (usually a typo) and `{token}` without a token.
    fn check_template(&self, key: &str, template: &str) -> Result<(), NotifyConfigError> {
        for name in placeholders_in(template) {
            if !PLACEHOLDERS.contains(&name) {
                return Err(NotifyConfigError::new(
                    key,
                    format!("unknown placeholder {{{name}}}; use {{to}}, {{text}} or {{token}}"),
                ));
            }
            if name == "token" && self.token_file.is_none() {
                return Err(NotifyConfigError::new(
                    "sms.http.token_file",
                    format!("required because {key} uses {{token}}"),
                ));
            }
        }
        Ok(())
    }
}

/// The `{name}` placeholders of a template, in order.
fn placeholders_in(template: &str) -> impl Iterator<Item = &str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(n, _)| n))
}
