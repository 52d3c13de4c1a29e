//! The TOML configuration: one struct per table, defaults in one place, validation
//! that names the file and the key, secrets resolved from files or systemd credentials.

mod account;
pub mod invalid;
pub use invalid::Invalid;
mod activation;
mod branding;
mod directory;
mod expiry;
mod helpdesk;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

pub use account::{AccountConfig, AddressSource, RecoveryConfig, RecoveryIdentify};
pub use activation::{ActivationConfig, IdentifyBy, RoleConfig, ServiceLink};
pub use branding::{BrandingConfig, FooterLink, Helpdesk, Localized};
pub use directory::{Attributes, DirectoryConfig, PasswordWrite, TlsMode};
pub use expiry::ExpiryConfig;
pub use helpdesk::{HelpdeskConfig, Membership};

use crate::notify::{MailConfig, SmsConfig};
use crate::pin::PinConfig;

/// The whole configuration file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Address the HTTP server listens on.
    #[serde(default = "default_listen")]
    pub listen: SocketAddr,
    /// Public base URL of the service; every link kleidi sends is built from it,
    /// never from the request's `Host` header.
    pub public_url: String,
    /// The LDAP directory and how kleidi maps people onto it.
    pub directory: DirectoryConfig,
    /// HTTP limits and proxies.
    #[serde(default)]
    pub http: HttpConfig,
    /// Languages.
    #[serde(default)]
    pub i18n: I18nConfig,
    /// Institution name, colours, logo, footer and helpdesk.
    #[serde(default)]
    pub branding: BrandingConfig,
    /// Log format and level.
    #[serde(default)]
    pub logging: LoggingConfig,
    /// The Prometheus endpoint, on a listener of its own.
    #[serde(default)]
    pub metrics: MetricsConfig,
    /// How email leaves kleidi.
    #[serde(default)]
    pub mail: MailConfig,
    /// How SMS leave kleidi.
    #[serde(default)]
    pub sms: SmsConfig,
    /// One-time PINs.
    #[serde(default)]
    pub pin: PinConfig,
    /// First activation of accounts.
    #[serde(default)]
    pub activation: ActivationConfig,
    /// Sign-in, sessions and the signed-in pages.
    #[serde(default)]
    pub account: AccountConfig,
    /// Forgotten password and username.
    #[serde(default)]
    pub recovery: RecoveryConfig,
    /// Rate limits.
    #[serde(default)]
    pub limits: crate::limits::LimitsConfig,
    /// Let `kleidi serve` run with a console transport (test systems only).
    #[serde(default)]
    pub insecure_console: bool,
    /// Where short-lived state lives: this process, or Redis for several nodes.
    #[serde(default)]
    pub store: crate::state::StoreConfig,
    /// Password rules.
    #[serde(default)]
    pub policy: crate::policy::PolicyConfig,
    /// The helpdesk console and its operators.
    #[serde(default)]
    pub helpdesk: HelpdeskConfig,
    /// Password-expiry reminders (`kleidi notify-expiring`).
    #[serde(default)]
    pub expiry: ExpiryConfig,
    /// Folder of the config file; relative secret files are looked up there.
    #[serde(skip)]
    pub base_dir: PathBuf,
}

fn default_listen() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 8080))
}

/// HTTP server settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HttpConfig {
    /// Largest accepted request body in bytes (forms and JSON).
    pub body_limit: usize,
    /// Time limit for one request, in seconds. By default derived from the
    /// directory's timeouts (their worst chain for a password write, plus 5);
    /// a value set here must be longer than that chain.
    pub request_timeout_secs: Option<u64>,
    /// Reverse proxies whose `X-Forwarded-For` is believed: addresses or
    /// CIDR ranges (`10.0.0.10`, `2001:db8::/64`).
    pub trusted_proxies: Vec<TrustedProxy>,
    /// Seconds to wait for requests in flight at shutdown.
    pub shutdown_grace_secs: u64,
    /// Seconds a client has to send a request's headers, on a new connection
    /// and between the requests of a kept-alive one (idle keep-alive).
    pub header_read_timeout_secs: u64,
    /// Open connections at most; further clients wait until one closes.
    pub max_connections: usize,
}

impl Default for HttpConfig {
    fn default() -> Self {
        Self {
            body_limit: 16 * 1024,
            request_timeout_secs: None,
            trusted_proxies: Vec::new(),
            shutdown_grace_secs: 10,
            header_read_timeout_secs: 10,
            max_connections: 4096,
        }
    }
}

/// An address or CIDR range of trusted reverse proxies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrustedProxy(pub ipnet::IpNet);

impl TrustedProxy {
    /// True when `ip` is this proxy (or in its range).
    pub fn contains(&self, ip: &std::net::IpAddr) -> bool {
        self.0.contains(ip)
    }
}

impl<'de> Deserialize<'de> for TrustedProxy {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if let Ok(n) = s.parse::<ipnet::IpNet>() {
            return Ok(Self(n));
        }
        s.parse::<std::net::IpAddr>()
            .map(|ip| Self(ipnet::IpNet::from(ip)))
            .map_err(|_| {
                serde::de::Error::custom(format!("\"{s}\" is not an IP address or CIDR range"))
            })
    }
}

/// Language settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct I18nConfig {
    /// Language used when the browser asks for none that kleidi offers.
    pub default_language: String,
    /// Languages offered in the switcher, in this order.
    pub languages: Vec<String>,
    /// Country whose calling code a phone number typed without `+` gets
    /// (ISO 3166 alpha-2, e.g. `GR`).
    pub phone_country: String,
}

impl Default for I18nConfig {
    fn default() -> Self {
        Self {
            default_language: "en".into(),
            languages: crate::i18n::SUPPORTED
                .iter()
                .map(|s| s.to_string())
                .collect(),
            phone_country: "GR".into(),
        }
    }
}

/// `[metrics]`: `/metrics` is served only here, never on the public listener.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MetricsConfig {
    /// Serve `/metrics` at all.
    pub enabled: bool,
    /// Its own address; loopback by default (scrape through an SSH tunnel,
    /// a local agent, or bind an internal address).
    pub listen: SocketAddr,
}

impl Default for MetricsConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            listen: SocketAddr::from(([127, 0, 0, 1], 9464)),
        }
    }
}

/// Log output.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LoggingConfig {
    /// `human` (default) or `json`.
    pub format: LogFormat,
    /// A tracing filter such as `info` or `kleidi=debug,info`; `RUST_LOG` wins.
    pub level: String,
}

impl Default for LoggingConfig {
    fn default() -> Self {
        Self {
            format: LogFormat::Human,
            level: "info".into(),
        }
    }
}

/// Log line format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// One readable line per event.
    Human,
    /// One JSON object per event.
    Json,
}

/// A configuration that could not be loaded; the text names the file and the key.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("{file}: cannot read: {source}")]
    Read {
        /// The config file.
        file: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The TOML is malformed or has an unknown or mistyped key.
    #[error("{file}: {message}")]
    Parse {
        /// The config file.
        file: PathBuf,
        /// The parser's text, with line, column and key.
        message: String,
    },
    /// A value is present but wrong.
    #[error("{file}: {key}: {reason}")]
    Invalid {
        /// The config file.
        file: PathBuf,
        /// Dotted key, e.g. `directory.uris`.
        key: String,
        /// What is wrong and what to do.
        reason: String,
    },
}

impl Config {
    /// Reads, parses and validates `path`.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            file: path.to_path_buf(),
            source,
        })?;
        let base = path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        Self::from_toml(&text, path, &base)
    }

    /// Parses and validates TOML text; `file` is only used in messages.
    pub fn from_toml(text: &str, file: &Path, base: &Path) -> Result<Self, ConfigError> {
        let mut cfg: Config = toml::from_str(text).map_err(|e| ConfigError::Parse {
            file: file.to_path_buf(),
            message: e.to_string().trim_end().to_string(),
        })?;
        cfg.base_dir = base.to_path_buf();
        cfg.expiry.normalize();
        cfg.validate().map_err(|i| ConfigError::Invalid {
            file: file.to_path_buf(),
            key: i.key,
            reason: i.reason,
        })?;
        Ok(cfg)
    }

    /// The time limit of one HTTP request: `http.request_timeout_secs`, or
    /// the directory's worst write chain plus 5 s.
    pub fn request_timeout(&self) -> std::time::Duration {
        std::time::Duration::from_secs(
            self.http
                .request_timeout_secs
                .unwrap_or_else(|| self.directory.worst_write_chain_secs() + 5),
        )
    }

    fn validate(&self) -> Result<(), Invalid> {
        validate_public_url(&self.public_url)?;
        self.directory.validate()?;
        self.store.validate()?;
        self.helpdesk.validate()?;
        if self.http.body_limit < 1024 {
            return Err(Invalid::new(
                "http.body_limit",
                "must be at least 1024 bytes",
            ));
        }
        if !(1..=300).contains(&self.http.header_read_timeout_secs) {
            return Err(Invalid::new(
                "http.header_read_timeout_secs",
                "must be 1 to 300",
            ));
        }
        if self.http.max_connections < 16 {
            return Err(Invalid::new("http.max_connections", "must be at least 16"));
        }
        let chain = self.directory.worst_write_chain_secs();
        if let Some(t) = self.http.request_timeout_secs
            && t <= chain
        {
            return Err(Invalid::new(
                "http.request_timeout_secs",
                format!(
                    "{t} s is not longer than the directory's worst chain for a password write ({chain} s from directory.connect_timeout_secs and operation_timeout_secs): a write could be cut before its outcome is known; raise it or lower the directory timeouts"
                ),
            ));
        }
        for (i, l) in self.i18n.languages.iter().enumerate() {
            if !crate::i18n::SUPPORTED.contains(&l.as_str()) {
                return Err(Invalid::new(
                    format!("i18n.languages[{i}]"),
                    format!("\"{l}\" is not one of {:?}", crate::i18n::SUPPORTED),
                ));
            }
        }
        if !self.i18n.languages.contains(&self.i18n.default_language) {
            return Err(Invalid::new(
                "i18n.default_language",
                format!(
                    "\"{}\" is not in i18n.languages",
                    self.i18n.default_language
                ),
            ));
        }
        self.branding.validate()?;
        self.pin.validate()?;
        self.activation.validate()?;
        self.account.validate()?;
        // Building the policy checks its keys (regexes, files, ranges); the
        // shipped blocklist is loaded once per process, so this is cheap.
        if let Err(e) = crate::policy::Policy::new(&self.policy) {
            let text = e.to_string();
            let (key, reason) = text.split_once(": ").unwrap_or(("policy", text.as_str()));
            return Err(Invalid::new(key, reason));
        }
        self.recovery.validate()?;
        self.expiry.validate(
            &self.directory.user_filter,
            self.sms.transport != crate::notify::SmsTransportKind::None,
        )?;
        if crate::domain::Country::parse(&self.i18n.phone_country).is_err() {
            return Err(Invalid::new(
                "i18n.phone_country",
                format!(
                    "\"{}\" is not an ISO 3166 country code kleidi knows",
                    self.i18n.phone_country
                ),
            ));
        }
        self.mail
            .validate()
            .map_err(|e| Invalid::new(e.key, e.message))?;
        self.sms
            .validate()
            .map_err(|e| Invalid::new(e.key, e.message))?;
        Ok(())
    }

    /// True when the public URL is https, so HSTS and `__Host-` cookies apply.
    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

fn validate_public_url(url: &str) -> Result<(), Invalid> {
    let key = "public_url";
    let rest = if let Some(r) = url.strip_prefix("https://") {
        r
    } else if let Some(r) = url.strip_prefix("http://") {
        let host = r.split(['/', ':']).next().unwrap_or("");
        if !matches!(host, "localhost" | "127.0.0.1" | "[") && !r.starts_with("[::1]") {
            return Err(Invalid::new(
                key,
                "must start with https:// (http:// is only allowed for localhost)",
            ));
        }
        r
    } else {
        return Err(Invalid::new(key, "must start with https://"));
    };
    if rest.is_empty() || rest.starts_with('/') {
        return Err(Invalid::new(key, "has no host"));
    }
    if rest.contains(['?', '#']) {
        return Err(Invalid::new(key, "must not contain a query or fragment"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal(extra: &str) -> String {
        format!(
            r#"
public_url = "https://account.example.org"
[directory]
uris = ["ldap://127.0.0.1:389"]
bind_dn = "cn=kleidi,ou=services,dc=example,dc=org"
bind_password_file = "/nonexistent"
user_bases = ["ou=people,dc=example,dc=org"]
{extra}
[mail]
from = "Accounts <noreply@example.org>"
"#
        )
    }

    fn load(text: &str) -> Result<Config, ConfigError> {
        Config::from_toml(text, Path::new("test.toml"), Path::new("."))
    }

    #[test]
    fn a_minimal_file_loads_with_defaults() {
        let c = load(&minimal("")).unwrap();
        assert_eq!(c.listen.port(), 8080);
        assert_eq!(c.http.body_limit, 16 * 1024);
        assert_eq!(c.directory.attributes.username, "uid");
    }

    #[test]
    fn the_request_limit_is_derived_from_the_directory_and_a_shorter_one_is_refused() {
        let c = load(&minimal("")).unwrap();
        let chain = c.directory.worst_write_chain_secs();
        assert_eq!(c.request_timeout().as_secs(), chain + 5);
        let t = minimal("").replace(
            "[mail]",
            &format!("[http]\nrequest_timeout_secs = {chain}\n[mail]"),
        );
        let e = load(&t).unwrap_err().to_string();
        assert!(e.contains("http.request_timeout_secs"), "{e}");
        assert!(e.contains("worst chain"), "{e}");
        let t = minimal("operation_timeout_secs = 30");
        let c = load(&t).unwrap();
        assert!(
            c.request_timeout().as_secs() > 6 * 30,
            "longer directory timeouts, longer limit"
        );
    }

    #[test]
    fn write_uris_are_checked_like_uris() {
        let e = load(&minimal("write_uris = [\"http://provider.example.org\"]"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("directory.write_uris[0]"), "{e}");
        let c = load(&minimal("write_uris = [\"ldap://127.0.0.1:3389\"]")).unwrap();
        assert_eq!(c.directory.write_uris.len(), 1);
    }

    #[test]
    fn an_unknown_key_is_named_with_its_line() {
        let e = load(&minimal("bogus = 1")).unwrap_err().to_string();
        assert!(e.contains("test.toml"), "{e}");
        assert!(e.contains("bogus"), "{e}");
        assert!(e.contains("line"), "{e}");
    }

    #[test]
    fn a_plain_http_public_url_is_refused_for_a_real_host() {
        let t = minimal("").replace("https://account", "http://account");
        let e = load(&t).unwrap_err().to_string();
        assert!(e.contains("public_url"), "{e}");
    }

    #[test]
    fn a_bad_policy_key_is_named() {
        let t = minimal("").replace("[mail]", "[policy]\nmin_length = 0\n[mail]");
        let e = load(&t).unwrap_err().to_string();
        assert!(e.contains("test.toml: policy.min_length"), "{e}");
    }

    #[test]
    fn a_filter_without_the_placeholder_is_refused() {
        let t = minimal("user_filter = \"(uid=x)\"");
        let e = load(&t).unwrap_err().to_string();
        assert!(e.contains("directory.user_filter"), "{e}");
    }
}
