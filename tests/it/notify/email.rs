//! Email over SMTP to the SMTP sink.

use std::path::Path;
use std::time::{Duration, Instant};

use kleidi::notify::{Channel, Message, NotifyError};

use super::{WAIT, email, notifier, secret_file, smtp_config};
use crate::sinks::SmtpSink;

#[tokio::test]
async fn greek_email_arrives_with_subject_body_and_html_alternative() {
    let sink = SmtpSink::start().await;
    let n = notifier(&smtp_config(sink.port(), ""), Path::new("."));
    n.send(&email("maria@example.org")).await.expect("sent");

    let got = sink
        .wait_for_to("maria@example.org", WAIT)
        .await
        .expect("mail arrives");
    assert_eq!(got.from, "noreply@example.org");
    assert_eq!(got.subject, "Ο κωδικός ενεργοποίησης του λογαριασμού σας");
    assert!(
        got.text.contains("ο κωδικός σας είναι 483920"),
        "text: {:?}",
        got.text
    );
    assert!(
        got.text.contains("\n.Τελεία στην αρχή."),
        "dot-stuffing undone: {:?}",
        got.text
    );
    assert_eq!(
        got.html.as_deref(),
        Some("<p>Ο κωδικός σας είναι <b>483920</b>.</p>")
    );
    assert_eq!(got.header("Content-Language"), Some("el"));
    assert_eq!(got.header("Auto-Submitted"), Some("auto-generated"));
    assert!(got.header("Message-ID").is_some());
    assert!(
        got.header("Content-Type")
            .is_some_and(|v| v.starts_with("multipart/alternative"))
    );
}

#[tokio::test]
async fn text_only_email_has_no_html_part() {
    let sink = SmtpSink::start().await;
    let n = notifier(&smtp_config(sink.port(), ""), Path::new("."));
    let msg = Message {
        html: None,
        lang: "en".into(),
        ..email("bob@example.org")
    };
    n.send(&msg).await.expect("sent");
    let got = sink
        .wait_for_to("bob@example.org", WAIT)
        .await
        .expect("mail arrives");
    assert!(got.html.is_none());
    assert!(got.text.contains("483920"));
}

#[tokio::test]
async fn smtp_auth_uses_the_password_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    secret_file(dir.path(), "smtp-password", "πάσσγουορντ");
    let sink = SmtpSink::start().await;
    let extra = "username = \"kleidi\"\npassword_file = \"smtp-password\"\n";
    let n = notifier(&smtp_config(sink.port(), extra), dir.path());
    n.send(&email("auth@example.org")).await.expect("sent");
    let got = sink
        .wait_for_to("auth@example.org", WAIT)
        .await
        .expect("mail arrives");
    assert_eq!(
        got.auth,
        Some(("kleidi".to_owned(), "πάσσγουορντ".to_owned()))
    );
}

#[tokio::test]
async fn smtp_outage_is_unavailable_within_the_timeout_and_recovers_after_restart() {
    let sink = SmtpSink::start().await;
    let n = notifier(&smtp_config(sink.port(), ""), Path::new("."));
    // A first message leaves a pooled connection behind, which the outage kills.
    n.send(&email("before@example.org"))
        .await
        .expect("sent before outage");

    sink.stop().await;
    let started = Instant::now();
    let err = n
        .send(&email("during@example.org"))
        .await
        .expect_err("relay is down");
    assert!(
        matches!(
            err,
            NotifyError::Unavailable {
                channel: Channel::Email,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.is_retryable());
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "took {:?}",
        started.elapsed()
    );

    sink.restart().await;
    n.send(&email("after@example.org"))
        .await
        .expect("sent after restart");
    assert!(sink.wait_for_to("after@example.org", WAIT).await.is_some());
    assert!(
        sink.messages()
            .iter()
            .all(|m| !m.to.contains(&"during@example.org".to_owned()))
    );
}

#[tokio::test]
async fn recipient_refused_by_the_relay_is_rejected() {
    let sink = SmtpSink::start().await;
    sink.reject_recipient("nobody@example.org");
    let n = notifier(&smtp_config(sink.port(), ""), Path::new("."));
    let err = n.send(&email("nobody@example.org")).await.expect_err("550");
    assert!(
        matches!(
            err,
            NotifyError::Rejected {
                channel: Channel::Email,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn invalid_email_recipient_is_rejected_before_any_connection() {
    let sink = SmtpSink::start().await;
    let n = notifier(&smtp_config(sink.port(), ""), Path::new("."));
    for bad in [
        "not an address",
        "",
        "a@b@c",
        "x\r\nBcc: victim@example.org",
    ] {
        let err = n.send(&email(bad)).await.expect_err("invalid recipient");
        assert!(
            matches!(err, NotifyError::Rejected { .. }),
            "{bad:?}: {err:?}"
        );
    }
    assert!(sink.messages().is_empty());
}

#[tokio::test]
async fn starttls_is_never_silently_skipped() {
    // The sink does not offer STARTTLS: a downgraded relay must not get the PIN.
    let sink = SmtpSink::start().await;
    let toml_text = smtp_config(sink.port(), "").replace("\"plain\"", "\"starttls\"");
    let n = notifier(&toml_text, Path::new("."));
    let err = n
        .send(&email("tls@example.org"))
        .await
        .expect_err("no STARTTLS");
    assert!(matches!(err, NotifyError::Unavailable { .. }), "{err:?}");
    assert!(sink.messages().is_empty());
}

#[tokio::test]
async fn implicit_tls_to_a_clear_text_relay_fails_as_unavailable() {
    let sink = SmtpSink::start().await;
    let toml_text = smtp_config(sink.port(), "").replace("\"plain\"", "\"tls\"");
    let n = notifier(&toml_text, Path::new("."));
    let err = n.send(&email("tls@example.org")).await.expect_err("no TLS");
    assert!(matches!(err, NotifyError::Unavailable { .. }), "{err:?}");
    assert!(sink.messages().is_empty());
}
