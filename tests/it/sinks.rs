//! Real servers that tests run on loopback and read messages from: an SMTP server
//! ([`SmtpSink`]) and an SMS gateway speaking HTTP ([`SmsSink`]). No mocks: kleidi's
//! notifier talks to them over TCP exactly as it would to a relay or a gateway. Both
//! bind 127.0.0.1:0 and stop when dropped.
#![allow(dead_code)] // Each test module uses a different part of the API.

mod sms;
mod smtp;

use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use tokio::sync::watch;

// Re-exported for every test module; not every one names each type.
#[allow(unused_imports)]
pub use sms::{ReceivedSms, SmsSink};
#[allow(unused_imports)]
pub use smtp::{ReceivedMail, SmtpSink};

pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A test that panicked while holding the lock must not hide other failures.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// What a sink received, with a version counter so waiters wake on each arrival.
pub(crate) struct Recorder<T> {
    items: Mutex<Vec<T>>,
    version: watch::Sender<usize>,
}

impl<T: Clone> Recorder<T> {
    pub(crate) fn new() -> Self {
        Self {
            items: Mutex::new(Vec::new()),
            version: watch::Sender::new(0),
        }
    }

    pub(crate) fn push(&self, item: T) {
        lock(&self.items).push(item);
        self.version.send_modify(|v| *v += 1);
    }

    pub(crate) fn all(&self) -> Vec<T> {
        lock(&self.items).clone()
    }

    /// The first item matching `pred`, waiting at most `timeout` for it.
    pub(crate) async fn wait_for(&self, pred: impl Fn(&T) -> bool, timeout: Duration) -> Option<T> {
        // Subscribing before looking means no arrival between the two is missed.
        let mut rx = self.version.subscribe();
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            if let Some(found) = lock(&self.items).iter().find(|i| pred(i)).cloned() {
                return Some(found);
            }
            match tokio::time::timeout_at(deadline, rx.changed()).await {
                Ok(Ok(())) => {}
                _ => return None,
            }
        }
    }
}
