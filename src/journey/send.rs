//! Sending PINs and links off the request path, so that the response time of
//! a step does not tell whether anyone matched; a failure is recorded where the
//! next step can show it.

use std::sync::Arc;

use crate::notify::{Channel, Message, NotifyError};

/// A message and where it goes.
pub struct Outgoing {
    /// The message (already translated).
    pub message: Message,
    /// Key for the per-destination limit.
    pub destination: String,
    /// SMS country calling code (per-country cap), if SMS.
    pub country_code: Option<u16>,
}

/// The HTML alternative of a plain-text email: the same translated text,
/// escaped, with its links made clickable. No remote images or styles, so it
/// reads the same in every mail client.
pub(crate) fn html_of(text: &str, lang: &str) -> String {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&#39;")
    };
    let body: Vec<String> = text
        .split('\n')
        .map(|line| {
            line.split(' ')
                .map(|w| {
                    if w.starts_with("https://") || w.starts_with("http://") {
                        let url = esc(w);
                        format!("<a href=\"{url}\">{url}</a>")
                    } else {
                        esc(w)
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    format!(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"></head><body><p>{}</p></body></html>",
        esc(lang),
        body.join("<br>")
    )
}

/// Adds the HTML alternative to an email that has none.
pub(crate) fn with_html(mut m: Message) -> Message {
    if m.channel == crate::notify::Channel::Email && m.html.is_none() {
        m.html = Some(html_of(&m.text, &m.lang));
    }
    m
}

/// What became of one message.
pub(crate) enum Delivery {
    /// Handed to the transport.
    Sent,
    /// A send budget was used up: not sent (the person sees the same as
    /// for a sent one, so budgets do not tell who exists).
    OverLimit,
    /// The transport failed; the budgets are given back.
    Failed(Channel, NotifyError),
}

/// Sends one message within the send budgets (per requesting address and
/// in total, per account and per destination, per SMS country): each is
/// reserved, and given back if the message cannot be sent, so a failure of
/// ours costs the person nothing. Notes the channel's health.
pub(crate) async fn send_one(
    c: &crate::core::Core,
    account: &str,
    requester: Option<std::net::IpAddr>,
    o: Outgoing,
) -> Delivery {
    use crate::limits::Budget;
    let limits = &c.limits;
    let who = requester.map(crate::limits::ip_key).unwrap_or_default();
    let mut wanted = vec![
        (Budget::AccountSends, format!("{account}|{who}")),
        (Budget::AccountSendsTotal, account.to_string()),
        (Budget::DestinationSends, format!("{}|{who}", o.destination)),
        (Budget::DestinationSendsTotal, o.destination.clone()),
    ];
    if let Some(cc) = o.country_code {
        wanted.push((Budget::CountrySms, cc.to_string()));
    }
    let all = wanted.len();
    let mut reserved = Vec::new();
    for (budget, key) in wanted {
        if limits.reserve(budget, &key).await.is_err() {
            break;
        }
        reserved.push((budget, key));
    }
    if reserved.len() < all {
        for (budget, key) in &reserved {
            limits.release(*budget, key).await;
        }
        tracing::warn!(channel = %o.message.channel, "send limit reached; message not sent");
        return Delivery::OverLimit;
    }
    let message = with_html(o.message);
    let r = c.notifier.send(&message).await;
    c.metrics.send(&message.channel.to_string(), r.is_ok());
    note_delivery(c, message.channel, r.is_ok()).await;
    match r {
        Ok(()) => Delivery::Sent,
        Err(e) => {
            for (budget, key) in &reserved {
                limits.release(*budget, key).await;
            }
            Delivery::Failed(message.channel, e)
        }
    }
}

fn down_key(ch: Channel) -> String {
    format!("channel-down:{ch}")
}

/// How long a failed channel counts as failing without a new attempt.
const DOWN_FOR: std::time::Duration = std::time::Duration::from_secs(300);

/// Records, in the shared store, that a channel is failing; a delivery
/// clears it (and it lapses after a while without attempts). Steps that
/// wait for a PIN read it to tell the person "the code could not be sent"
/// the same way whether or not anyone matched.
async fn note_delivery(c: &crate::core::Core, ch: Channel, ok: bool) {
    let down: crate::state::Typed<u64> = crate::state::Typed::new(c.state.clone(), "");
    let r = if ok {
        down.delete(&down_key(ch)).await.map(|_| ())
    } else {
        down.put(&down_key(ch), &c.clock.now_ms(), DOWN_FOR).await
    };
    if let Err(e) = r {
        tracing::warn!(error = %e, "channel health not recorded");
    }
}

/// True while `ch` is failing: its last attempt (on any node) failed and
/// nothing went through since. A journey for unknown input, which sends
/// nothing, shows this exactly as a real one whose send failed.
pub(crate) async fn channel_failing(c: &crate::core::Core, ch: Channel) -> bool {
    matches!(c.state.get(&down_key(ch)).await, Ok(Some(_)))
}

/// Sends the messages on a background task; awaits `on_failure` with the
/// first error (limits reached count as sent: the person sees the same thing
/// either way).
pub fn send_in_background<C, F>(
    core: Arc<C>,
    account: String,
    requester: Option<std::net::IpAddr>,
    msgs: Vec<Outgoing>,
    on_failure: impl FnOnce(Arc<C>, Channel, NotifyError) -> F + Send + 'static,
) where
    C: AsRef<crate::core::Core> + Send + Sync + 'static,
    F: std::future::Future<Output = ()> + Send + 'static,
{
    use tracing::Instrument as _;
    let tracker = core.as_ref().as_ref().background.clone();
    let span = tracing::Span::current();
    tracker.spawn(
        async move {
            let c: &crate::core::Core = core.as_ref().as_ref();
            let mut failure = None;
            for o in msgs {
                if let Delivery::Failed(ch, e) = send_one(c, &account, requester, o).await
                    && failure.is_none()
                {
                    failure = Some((ch, e));
                }
            }
            if let Some((ch, e)) = failure {
                on_failure(core.clone(), ch, e).await;
            }
        }
        .instrument(span),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_html_alternative_escapes_and_links() {
        let h = html_of(
            "Code <b>1</b> & more\nOpen https://account.example.org/recover/reset/abc now",
            "el",
        );
        assert!(h.contains("&lt;b&gt;1&lt;/b&gt; &amp; more<br>"), "{h}");
        assert!(
            h.contains("<a href=\"https://account.example.org/recover/reset/abc\">"),
            "{h}"
        );
        assert!(h.contains("lang=\"el\""));
    }
}
