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
    let tracker = core.as_ref().as_ref().background.clone();
    tracker.spawn(async move {
        let c: &crate::core::Core = core.as_ref().as_ref();
        let mut failure = None;
        for o in msgs {
            use crate::limits::Budget;
            let limits = &c.limits;
            // Per requesting address and in total: requests from other
            // addresses can spend their own budgets, not the owner's. Each
            // is reserved, and given back if the message cannot be sent: a
            // failure of ours costs the person nothing.
            let who = requester.map(crate::limits::ip_key).unwrap_or_default();
            let mut wanted = vec![
                (Budget::AccountSends, format!("{account}|{who}")),
                (Budget::AccountSendsTotal, account.clone()),
                (Budget::DestinationSends, format!("{}|{who}", o.destination)),
                (Budget::DestinationSendsTotal, o.destination.clone()),
            ];
            if let Some(cc) = o.country_code {
                wanted.push((Budget::CountrySms, cc.to_string()));
            }
            let mut reserved = Vec::new();
            for (budget, key) in wanted {
                if limits.reserve(budget, &key).await.is_err() {
                    break;
                }
                reserved.push((budget, key));
            }
            let over = reserved.len() < 4 + usize::from(o.country_code.is_some());
            if over {
                for (budget, key) in &reserved {
                    limits.release(*budget, key).await;
                }
                tracing::warn!(channel = %o.message.channel, "send limit reached; message not sent");
                continue;
            }
            let message = with_html(o.message);
            if let Err(e) = c.notifier.send(&message).await {
                for (budget, key) in &reserved {
                    limits.release(*budget, key).await;
                }
                if failure.is_none() {
                    failure = Some((message.channel, e));
                }
            }
        }
        if let Some((ch, e)) = failure {
            on_failure(core.clone(), ch, e).await;
        }
    });
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
