//! The SMTP sink: greeting, EHLO/HELO, AUTH PLAIN/LOGIN, MAIL, RCPT, DATA with
//! dot-unstuffing, RSET, NOOP, VRFY, QUIT; messages decoded with mail-parser.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use mail_parser::{MessageParser, PartType};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

use super::{Recorder, lock};

/// Largest message the SMTP sink accepts; a runaway client cannot fill memory.
const MAX_DATA: usize = 10 * 1024 * 1024;
/// One email as the SMTP sink received and decoded it.
#[derive(Debug, Clone)]
pub struct ReceivedMail {
    /// Envelope sender (`MAIL FROM`).
    pub from: String,
    /// Envelope recipients (`RCPT TO`).
    pub to: Vec<String>,
    /// Decoded subject (RFC 2047 undone).
    pub subject: String,
    /// Decoded text/plain body.
    pub text: String,
    /// Decoded text/html alternative, if any.
    pub html: Option<String>,
    /// Header names and raw values, in order.
    pub headers: Vec<(String, String)>,
    /// `(user, password)` from SMTP AUTH on this connection, if any.
    pub auth: Option<(String, String)>,
    /// The message exactly as received after dot-unstuffing.
    pub raw: Vec<u8>,
}

impl ReceivedMail {
    /// The raw value of the first header called `name` (case-insensitive), trimmed.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim())
    }
}

struct SmtpShared {
    mail: Recorder<ReceivedMail>,
    rejected_rcpts: Mutex<Vec<String>>,
}

/// A minimal RFC 5321 server on 127.0.0.1 that stores what it receives.
pub struct SmtpSink {
    port: u16,
    shared: Arc<SmtpShared>,
    server: Mutex<Option<JoinHandle<()>>>,
}

impl SmtpSink {
    /// Binds a free loopback port and starts serving.
    pub async fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind SMTP sink");
        let port = listener.local_addr().expect("local addr").port();
        let shared = Arc::new(SmtpShared {
            mail: Recorder::new(),
            rejected_rcpts: Mutex::new(Vec::new()),
        });
        let sink = SmtpSink {
            port,
            shared,
            server: Mutex::new(None),
        };
        sink.serve(listener);
        sink
    }

    fn serve(&self, listener: TcpListener) {
        let shared = Arc::clone(&self.shared);
        let task = tokio::spawn(async move {
            // The JoinSet owns the connections: aborting this task drops the
            // listener and every open session at once, like a crashed relay.
            let mut sessions = JoinSet::new();
            loop {
                tokio::select! {
                    accepted = listener.accept() => match accepted {
                        Ok((stream, _)) => { sessions.spawn(session(stream, Arc::clone(&shared))); }
                        Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
                    },
                    Some(_) = sessions.join_next() => {}
                }
            }
        });
        *lock(&self.server) = Some(task);
    }

    /// The port the sink listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Every message received so far.
    pub fn messages(&self) -> Vec<ReceivedMail> {
        self.shared.mail.all()
    }

    /// The first message matching `pred`, waiting at most `timeout`.
    pub async fn wait_for(
        &self,
        pred: impl Fn(&ReceivedMail) -> bool,
        timeout: Duration,
    ) -> Option<ReceivedMail> {
        self.shared.mail.wait_for(pred, timeout).await
    }

    /// The first message with `addr` among its envelope recipients.
    pub async fn wait_for_to(&self, addr: &str, timeout: Duration) -> Option<ReceivedMail> {
        self.wait_for(
            |m| m.to.iter().any(|t| t.eq_ignore_ascii_case(addr)),
            timeout,
        )
        .await
    }

    /// Answers `550` to `RCPT TO:<addr>` from now on.
    pub fn reject_recipient(&self, addr: &str) {
        lock(&self.shared.rejected_rcpts).push(addr.to_ascii_lowercase());
    }

    /// Closes the listener and every open session: connections are refused until
    /// [`SmtpSink::restart`].
    pub async fn stop(&self) {
        let task = lock(&self.server).take();
        if let Some(task) = task {
            task.abort();
            // Waiting for the cancelled task guarantees the socket is closed.
            let _ = task.await;
        }
    }

    /// Listens again on the same port, keeping the messages received so far.
    pub async fn restart(&self) {
        self.stop().await;
        let listener = TcpListener::bind(("127.0.0.1", self.port))
            .await
            .expect("rebind SMTP sink port");
        self.serve(listener);
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        if let Some(task) = lock(&self.server).take() {
            task.abort();
        }
    }
}

/// The state of one SMTP session.
#[derive(Default)]
struct Envelope {
    from: Option<String>,
    to: Vec<String>,
}

/// Serves one connection until QUIT, EOF or an I/O error.
async fn session(stream: TcpStream, shared: Arc<SmtpShared>) -> std::io::Result<()> {
    let (read, mut w) = stream.into_split();
    let mut r = BufReader::new(read);
    let mut env = Envelope::default();
    let mut auth: Option<(String, String)> = None;
    w.write_all(b"220 kleidi-sink ESMTP ready\r\n").await?;
    loop {
        let Some(line) = read_line(&mut r).await? else {
            return Ok(());
        };
        let (verb, arg) = line.split_once(' ').unwrap_or((line.as_str(), ""));
        let reply: String = match verb.to_ascii_uppercase().as_str() {
            "EHLO" => {
                "250-kleidi-sink\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250-AUTH PLAIN LOGIN\r\n250 SIZE 10485760\r\n".into()
            }
            "HELO" => "250 kleidi-sink\r\n".into(),
            "MAIL" => {
                env = Envelope { from: Some(angle_addr(arg)), to: Vec::new() };
                "250 2.1.0 sender ok\r\n".into()
            }
            "RCPT" if env.from.is_none() => "503 5.5.1 MAIL first\r\n".into(),
            "RCPT" => {
                let addr = angle_addr(arg);
                if lock(&shared.rejected_rcpts).contains(&addr.to_ascii_lowercase()) {
                    "550 5.1.1 mailbox unavailable\r\n".into()
                } else {
                    env.to.push(addr);
                    "250 2.1.5 recipient ok\r\n".into()
                }
            }
            "DATA" if env.to.is_empty() => "554 5.5.1 no valid recipients\r\n".into(),
            "DATA" => {
                w.write_all(b"354 end data with <CR><LF>.<CR><LF>\r\n").await?;
                let Some(raw) = read_data(&mut r).await? else {
                    w.write_all(b"552 5.3.4 message too big\r\n").await?;
                    return Ok(());
                };
                let env = std::mem::take(&mut env);
                shared.mail.push(decode(env, auth.clone(), raw));
                "250 2.0.0 queued\r\n".into()
            }
            "AUTH" => match sasl(arg, &mut r, &mut w).await? {
                Some(creds) => {
                    auth = Some(creds);
                    "235 2.7.0 authenticated\r\n".into()
                }
                None => "535 5.7.8 bad credentials\r\n".into(),
            },
            "RSET" => {
                env = Envelope::default();
                "250 2.0.0 ok\r\n".into()
            }
            "NOOP" => "250 2.0.0 ok\r\n".into(),
            "VRFY" => "252 2.1.5 cannot verify\r\n".into(),
            "QUIT" => {
                w.write_all(b"221 2.0.0 bye\r\n").await?;
                return Ok(());
            }
            _ => "500 5.5.2 command not recognised\r\n".into(),
        };
        w.write_all(reply.as_bytes()).await?;
    }
}

/// One command line without its CRLF; `None` at EOF.
async fn read_line<R: AsyncBufReadExt + Unpin>(r: &mut R) -> std::io::Result<Option<String>> {
    let mut buf = Vec::new();
    if r.read_until(b'\n', &mut buf).await? == 0 {
        return Ok(None);
    }
    let s = String::from_utf8_lossy(&buf);
    Ok(Some(s.trim_end_matches(['\r', '\n']).to_owned()))
}

/// The DATA section up to the lone dot, dot-unstuffed; `None` when over the limit.
async fn read_data<R: AsyncBufReadExt + Unpin>(r: &mut R) -> std::io::Result<Option<Vec<u8>>> {
    let mut raw = Vec::new();
    loop {
        let mut line = Vec::new();
        if r.read_until(b'\n', &mut line).await? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        if line == b".\r\n" || line == b".\n" {
            return Ok(Some(raw));
        }
        let unstuffed = line.strip_prefix(b".").unwrap_or(&line);
        raw.extend_from_slice(unstuffed);
        if raw.len() > MAX_DATA {
            return Ok(None);
        }
    }
}

/// AUTH PLAIN (with or without an initial response) and AUTH LOGIN.
async fn sasl<R, W>(arg: &str, r: &mut R, w: &mut W) -> std::io::Result<Option<(String, String)>>
where
    R: AsyncBufReadExt + Unpin,
    W: AsyncWriteExt + Unpin,
{
    let (mechanism, initial) = arg.split_once(' ').unwrap_or((arg, ""));
    let b64 = |s: &str| {
        B64.decode(s.trim())
            .ok()
            .and_then(|v| String::from_utf8(v).ok())
    };
    match mechanism.to_ascii_uppercase().as_str() {
        "PLAIN" => {
            let response = if initial.is_empty() {
                w.write_all(b"334 \r\n").await?;
                read_line(r).await?.unwrap_or_default()
            } else {
                initial.to_owned()
            };
            // authzid \0 authcid \0 password
            Ok(b64(&response).and_then(|s| {
                let mut parts = s.split('\0').skip(1);
                Some((parts.next()?.to_owned(), parts.next()?.to_owned()))
            }))
        }
        "LOGIN" => {
            w.write_all(b"334 VXNlcm5hbWU6\r\n").await?;
            let user = read_line(r).await?.unwrap_or_default();
            w.write_all(b"334 UGFzc3dvcmQ6\r\n").await?;
            let pass = read_line(r).await?.unwrap_or_default();
            Ok(b64(&user).zip(b64(&pass)))
        }
        _ => Ok(None),
    }
}

/// `<a@b>` and `FROM:<a@b> SIZE=1` → `a@b`.
fn angle_addr(arg: &str) -> String {
    let inner = arg
        .split_once('<')
        .and_then(|(_, rest)| rest.split_once('>'))
        .map(|(a, _)| a);
    inner
        .unwrap_or_else(|| arg.split_once(':').map_or(arg, |(_, a)| a))
        .trim()
        .to_owned()
}

/// MIME decoding by mail-parser: transfer encodings, RFC 2047 words, multipart.
fn decode(env: Envelope, auth: Option<(String, String)>, raw: Vec<u8>) -> ReceivedMail {
    let parsed = MessageParser::default().parse(&raw);
    let (subject, text, html, headers) = match &parsed {
        Some(m) => {
            let text = m.parts.iter().find_map(|p| match &p.body {
                PartType::Text(t) => Some(t.to_string()),
                _ => None,
            });
            let html = m.parts.iter().find_map(|p| match &p.body {
                PartType::Html(h) => Some(h.to_string()),
                _ => None,
            });
            let headers = m
                .headers_raw()
                .map(|(n, v)| (n.to_owned(), v.trim().to_owned()))
                .collect();
            (
                m.subject().unwrap_or_default().to_owned(),
                text.unwrap_or_default(),
                html,
                headers,
            )
        }
        None => (String::new(), String::new(), None, Vec::new()),
    };
    ReceivedMail {
        from: env.from.unwrap_or_default(),
        to: env.to,
        subject,
        text,
        html,
        headers,
        auth,
        raw,
    }
}
