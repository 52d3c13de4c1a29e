//! The console transport of `kleidi demo`: messages are printed instead of sent, and
//! optionally appended to an outbox file (JSON Lines) that scripts and tests read.

use std::fmt::Write as _;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;
use std::sync::Mutex;

use super::{Channel, Message, NotifyConfigError, NotifyError};

/// Prints messages and appends them to the outbox.
pub(super) struct Console {
    from: Option<String>,
    // A std Mutex: the lock is held only for one small synchronous write, never
    // across an `.await`. Blocking file I/O is acceptable here: this transport
    // serves demos and tests, not production traffic.
    outbox: Option<Mutex<File>>,
}

/// One outbox line.
#[derive(serde::Serialize)]
struct OutboxLine<'a> {
    channel: Channel,
    to: &'a str,
    subject: &'a str,
    body: &'a str,
    lang: &'a str,
}

impl Console {
    pub(super) fn new(from: Option<String>) -> Self {
        Self { from, outbox: None }
    }

    pub(super) fn with_outbox(mut self, path: &Path) -> Result<Self, NotifyError> {
        let file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(|e| {
                NotifyConfigError::new("outbox", format!("cannot open {}: {e}", path.display()))
            })?;
        self.outbox = Some(Mutex::new(file));
        Ok(self)
    }

    /// Prints `msg` as a readable block on stdout and appends its outbox line.
    pub(super) fn send(&self, msg: &Message) -> Result<(), NotifyError> {
        let unavailable = |e: std::io::Error| NotifyError::Unavailable {
            channel: msg.channel,
            reason: format!("console: {e}"),
        };
        let block = self.render(msg);
        {
            let mut out = std::io::stdout().lock();
            out.write_all(block.as_bytes()).map_err(unavailable)?;
            out.flush().map_err(unavailable)?;
        }
        if let Some(outbox) = &self.outbox {
            let line = OutboxLine {
                channel: msg.channel,
                to: &msg.to,
                subject: &msg.subject,
                body: &msg.text,
                lang: &msg.lang,
            };
            let mut json = serde_json::to_vec(&line).map_err(|e| NotifyError::Unavailable {
                channel: msg.channel,
                reason: format!("outbox: {e}"),
            })?;
            json.push(b'\n');
            // A poisoned lock only means another send panicked mid-write; the file
            // handle itself is still fine to append to.
            let mut file = outbox
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            // One write call per line, then flush, so a reader polling the file
            // never sees half a line from us.
            file.write_all(&json).map_err(unavailable)?;
            file.flush().map_err(unavailable)?;
        }
        Ok(())
    }

    fn render(&self, msg: &Message) -> String {
        let rule = "-".repeat(60);
        let mut s = format!("{rule}\n{} to {} [{}]\n", msg.channel, msg.to, msg.lang);
        if msg.channel == Channel::Email {
            if let Some(from) = &self.from {
                // Writing to a String cannot fail.
                let _ = writeln!(s, "From: {from}");
            }
            let _ = writeln!(s, "Subject: {}", msg.subject);
        }
        s.push('\n');
        s.push_str(msg.text.trim_end());
        s.push('\n');
        if msg.channel == Channel::Email && msg.html.is_some() {
            s.push_str("(with an HTML alternative)\n");
        }
        s.push_str(&rule);
        s.push('\n');
        s
    }
}
