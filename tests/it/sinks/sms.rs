//! The SMS gateway sink: an axum server recording query, form and JSON fields.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

use super::{Recorder, lock};

/// One request the SMS gateway sink accepted.
#[derive(Debug, Clone)]
pub struct ReceivedSms {
    /// HTTP method.
    pub method: String,
    /// Request path.
    pub path: String,
    /// Header names (lower case) and values.
    pub headers: Vec<(String, String)>,
    /// The recipient field's value.
    pub to: String,
    /// The text field's value.
    pub text: String,
    /// Every query, form and JSON field (JSON non-strings as JSON text).
    pub raw_fields: BTreeMap<String, String>,
}

impl ReceivedSms {
    /// The value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

struct SmsShared {
    sms: Recorder<ReceivedSms>,
    to_field: String,
    text_field: String,
    failing: Mutex<Option<u16>>,
    reply: Mutex<String>,
    attempts: Mutex<usize>,
}

/// An HTTP SMS gateway on 127.0.0.1: records each request, answers 200 (or the
/// status set with [`SmsSink::set_failing`]).
pub struct SmsSink {
    addr: SocketAddr,
    shared: Arc<SmsShared>,
    server: JoinHandle<()>,
}

impl SmsSink {
    /// Starts a gateway whose recipient and text fields are named `to` and `text`.
    pub async fn start() -> SmsSink {
        Self::start_with_fields("to", "text").await
    }

    /// Starts a gateway that reads the recipient and text from the named fields.
    pub async fn start_with_fields(to_field: &str, text_field: &str) -> SmsSink {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind SMS sink");
        let addr = listener.local_addr().expect("local addr");
        let shared = Arc::new(SmsShared {
            sms: Recorder::new(),
            to_field: to_field.to_owned(),
            text_field: text_field.to_owned(),
            failing: Mutex::new(None),
            reply: Mutex::new(r#"{"status":"queued"}"#.to_owned()),
            attempts: Mutex::new(0),
        });
        let app = Router::new()
            .fallback(record)
            .with_state(Arc::clone(&shared));
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        SmsSink {
            addr,
            shared,
            server,
        }
    }

    /// The port the gateway listens on.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// `http://127.0.0.1:PORT/send`, the endpoint tests configure.
    pub fn url(&self) -> String {
        format!("http://{}/send", self.addr)
    }

    /// While `Some(status)`, every request is answered with it and not recorded.
    pub fn set_failing(&self, status: Option<u16>) {
        *lock(&self.shared.failing) = status;
    }

    /// The body of successful answers (default `{"status":"queued"}`).
    pub fn set_reply(&self, body: &str) {
        *lock(&self.shared.reply) = body.to_owned();
    }

    /// Requests received, failed ones included.
    pub fn attempts(&self) -> usize {
        *lock(&self.shared.attempts)
    }

    /// Every message accepted so far.
    pub fn messages(&self) -> Vec<ReceivedSms> {
        self.shared.sms.all()
    }

    /// The first accepted message to `to`, waiting at most `timeout`.
    pub async fn wait_for_to(&self, to: &str, timeout: Duration) -> Option<ReceivedSms> {
        self.shared.sms.wait_for(|m| m.to == to, timeout).await
    }

    /// The first accepted message matching `pred`, waiting at most `timeout`.
    pub async fn wait_for(
        &self,
        pred: impl Fn(&ReceivedSms) -> bool,
        timeout: Duration,
    ) -> Option<ReceivedSms> {
        self.shared.sms.wait_for(pred, timeout).await
    }
}

impl Drop for SmsSink {
    fn drop(&mut self) {
        self.server.abort();
    }
}

async fn record(
    State(shared): State<Arc<SmsShared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> (StatusCode, String) {
    *lock(&shared.attempts) += 1;
    if let Some(code) = *lock(&shared.failing) {
        let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        return (status, "gateway failure".to_owned());
    }
    let mut fields: BTreeMap<String, String> =
        form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes())
            .into_owned()
            .collect();
    let is_json = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if is_json {
        if let Ok(serde_json::Value::Object(map)) = serde_json::from_slice(&body) {
            for (k, v) in map {
                let v = match v {
                    serde_json::Value::String(s) => s,
                    other => other.to_string(),
                };
                fields.insert(k, v);
            }
        }
    } else {
        fields.extend(form_urlencoded::parse(&body).into_owned());
    }
    let sms = ReceivedSms {
        method: method.to_string(),
        path: uri.path().to_owned(),
        headers: headers
            .iter()
            .map(|(n, v)| {
                (
                    n.as_str().to_owned(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        to: fields.get(&shared.to_field).cloned().unwrap_or_default(),
        text: fields.get(&shared.text_field).cloned().unwrap_or_default(),
        raw_fields: fields,
    };
    shared.sms.push(sms);
    (StatusCode::OK, lock(&shared.reply).clone())
}
