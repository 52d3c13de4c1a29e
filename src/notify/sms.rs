//! SMS through a commercial gateway's HTTP API, described entirely by configuration
//! (method, URL, headers, form / JSON / query fields with placeholders), which fits
//! most gateways without code per vendor.

use crate::secret::ExposeSecret as _;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderName, HeaderValue};
use reqwest::{Method, StatusCode, Url};

use super::config::{SmsBody, SmsHttpConfig};
use super::{Channel, Message, NotifyConfigError, NotifyError};
use crate::secret::{Secret, read_secret_file};

/// How much of a response body is read to look for `success_body_contains`; a
/// gateway's answer is small, and a hostile one must not make us buffer gigabytes.
const MAX_RESPONSE_BODY: usize = 64 * 1024;

/// The HTTP gateway side of the notifier; holds one pooled HTTP client.
pub(super) struct HttpGateway {
    client: reqwest::Client,
    method: Method,
    url: Url,
    headers: Vec<(HeaderName, String)>,
    body: SmsBody,
    fields: Vec<(String, String)>,
    token: Option<Secret>,
    success_status: Vec<u16>,
    success_body_contains: Option<String>,
    timeout: Duration,
}

impl HttpGateway {
    /// Builds the client (rustls with ring, system roots) and reads the token file.
    pub(super) fn new(cfg: &SmsHttpConfig, base: &Path) -> Result<Self, NotifyError> {
        let method = Method::from_bytes(cfg.method.as_bytes())
            .map_err(|_| NotifyConfigError::new("sms.http.method", "is not an HTTP method"))?;
        let url = Url::parse(&cfg.url)
            .map_err(|e| NotifyConfigError::new("sms.http.url", format!("not a URL: {e}")))?;
        let mut headers = Vec::with_capacity(cfg.headers.len());
        for (name, template) in &cfg.headers {
            let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
                NotifyConfigError::new(
                    format!("sms.http.headers.{name}"),
                    "is not a valid header name",
                )
            })?;
            headers.push((name, template.clone()));
        }
        let token = match &cfg.token_file {
            Some(file) => Some(
                read_secret_file(file, base)
                    .map_err(|e| NotifyConfigError::new("sms.http.token_file", e.to_string()))?,
            ),
            None => None,
        };
        let timeout = Duration::from_secs(cfg.timeout_secs);
        let client = reqwest::Client::builder()
            .tls_backend_preconfigured(tls_config()?)
            .timeout(timeout)
            // A redirect would replay the token and the PIN to wherever it points.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| {
                NotifyConfigError::new("sms.http", format!("HTTP client set-up failed: {e}"))
            })?;
        Ok(Self {
            client,
            method,
            url,
            headers,
            body: cfg.body,
            fields: cfg
                .fields
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            token,
            success_status: cfg.success_status.clone(),
            success_body_contains: cfg.success_body_contains.clone(),
            timeout,
        })
    }

    /// Sends one request and judges the answer by status and, if configured, body.
    pub(super) async fn send(&self, msg: &Message) -> Result<(), NotifyError> {
        let vars = Vars {
            to: msg.to.trim(),
            text: &msg.text,
            token: self.token.as_ref().map(|t| t.expose_secret()),
        };
        let mut request = self.client.request(self.method.clone(), self.url.clone());
        for (name, template) in &self.headers {
            let mut value = HeaderValue::from_str(&vars.fill(template)).map_err(|_| {
                rejected(format!("header {name} would not be a valid header value"))
            })?;
            // Keeps the token out of reqwest's and hyper's debug output.
            value.set_sensitive(true);
            request = request.header(name.clone(), value);
        }
        let fields: Vec<(&str, String)> = self
            .fields
            .iter()
            .map(|(k, v)| (k.as_str(), vars.fill(v)))
            .collect();
        request = match self.body {
            SmsBody::Form => request.form(&fields),
            SmsBody::Query => request.query(&fields),
            SmsBody::Json => {
                let object: serde_json::Map<String, serde_json::Value> = fields
                    .into_iter()
                    .map(|(k, v)| (k.to_owned(), serde_json::Value::String(v)))
                    .collect();
                request.json(&object)
            }
        };
        let mut response = request.send().await.map_err(|e| self.transport_error(&e))?;
        let status = response.status();
        if !self.is_success(status) {
            return Err(classify_status(status));
        }
        if let Some(marker) = &self.success_body_contains {
            let mut body = Vec::new();
            while let Some(chunk) = response
                .chunk()
                .await
                .map_err(|e| self.transport_error(&e))?
            {
                body.extend_from_slice(&chunk);
                if body.len() >= MAX_RESPONSE_BODY {
                    break;
                }
            }
            if !String::from_utf8_lossy(&body).contains(marker.as_str()) {
                // Gateways answer 200 for "no credit" or "throttled" too; the message
                // itself may well be fine, so the user is told to try again.
                return Err(unavailable(format!(
                    "gateway answered {status} without the success marker"
                )));
            }
        }
        Ok(())
    }

    fn is_success(&self, status: StatusCode) -> bool {
        if self.success_status.is_empty() {
            status.is_success()
        } else {
            self.success_status.contains(&status.as_u16())
        }
    }

    /// A request that got no answer. reqwest's message includes the URL, which may
    /// carry the PIN (query body) or an API key, so it is dropped.
    fn transport_error(&self, e: &reqwest::Error) -> NotifyError {
        if e.is_timeout() {
            return unavailable(format!("no answer within {}s", self.timeout.as_secs()));
        }
        let mut reason = if e.is_connect() {
            "cannot connect".to_owned()
        } else {
            "request failed".to_owned()
        };
        let mut source = std::error::Error::source(e);
        while let Some(s) = source {
            reason.push_str(": ");
            reason.push_str(&s.to_string());
            source = s.source();
        }
        unavailable(reason)
    }
}

/// 400, 413 and 422 mean this message (number, text) is refused; anything else
/// (5xx, throttling, auth, wrong URL) is a gateway or configuration problem that
/// the user cannot fix, so they are asked to try again later.
fn classify_status(status: StatusCode) -> NotifyError {
    match status.as_u16() {
        400 | 413 | 422 => rejected(format!("gateway answered {status}")),
        _ => unavailable(format!("gateway answered {status}")),
    }
}

/// rustls with the ring provider (the one lettre and ldap3 use) and the system's
/// root certificates, handed to reqwest so it never looks for a default provider.
fn tls_config() -> Result<rustls::ClientConfig, NotifyError> {
    let mut roots = rustls::RootCertStore::empty();
    let (added, _ignored) =
        roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
    if added == 0 {
        tracing::warn!("no system root certificates found: https SMS gateways will fail");
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| NotifyConfigError::new("sms.http", format!("TLS set-up failed: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(config)
}

fn rejected(reason: String) -> NotifyError {
    NotifyError::Rejected {
        channel: Channel::Sms,
        reason,
    }
}

fn unavailable(reason: String) -> NotifyError {
    NotifyError::Unavailable {
        channel: Channel::Sms,
        reason,
    }
}

/// Values for `{to}`, `{text}` and `{token}`.
struct Vars<'a> {
    to: &'a str,
    text: &'a str,
    token: Option<&'a str>,
}

impl Vars<'_> {
    /// Replaces placeholders in one pass: a value is never scanned again, so a
    /// `{token}` typed into a message or a phone field stays literal text.
    fn fill(&self, template: &str) -> String {
        let mut out = String::with_capacity(template.len() + self.text.len());
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                out.push_str(&rest[open..]);
                return out;
            };
            let name = &after[..close];
            let value = match name {
                "to" => Some(self.to),
                "text" => Some(self.text),
                "token" => self.token,
                _ => None,
            };
            match value {
                Some(v) => {
                    out.push_str(v);
                    rest = &after[close + 1..];
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::Vars;

    #[test]
    fn fill_replaces_each_placeholder_once() {
        let vars = Vars {
            to: "+30{token}",
            text: "Κωδικός 123456",
            token: Some("s3cret"),
        };
        assert_eq!(vars.fill("Bearer {token}"), "Bearer s3cret");
        assert_eq!(vars.fill("{to}|{text}"), "+30{token}|Κωδικός 123456");
        assert_eq!(vars.fill("{x}{to"), "{x}{to");
        assert_eq!(vars.fill("{{to}}"), "{+30{token}}");
    }
}
