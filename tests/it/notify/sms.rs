//! SMS through the HTTP gateway sink.

use std::path::Path;

use kleidi::notify::{Channel, NotifyError};

use super::{WAIT, notifier, secret_file, sms, sms_config};
use crate::sinks::SmsSink;

#[tokio::test]
async fn sms_form_body_carries_the_configured_fields_and_token() {
    let dir = tempfile::tempdir().expect("tempdir");
    secret_file(dir.path(), "sms-token", "tok-123");
    let gw = SmsSink::start().await;
    let extra = "token_file = \"sms-token\"\nheaders = { Authorization = \"Bearer {token}\" }\n\
                 fields = { to = \"{to}\", text = \"{text}\", from = \"Kleidi\" }\n";
    let n = notifier(&sms_config(&gw.url(), extra), dir.path());
    n.send(&sms("+306912345689")).await.expect("sent");

    let got = gw
        .wait_for_to("+306912345689", WAIT)
        .await
        .expect("sms arrives");
    assert_eq!(got.method, "POST");
    assert_eq!(got.path, "/send");
    assert_eq!(got.text, "Κωδικός: 483920 & ισχύει 15'");
    assert_eq!(
        got.raw_fields.get("from").map(String::as_str),
        Some("Kleidi")
    );
    assert_eq!(got.header("authorization"), Some("Bearer tok-123"));
    assert!(
        got.header("content-type")
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"))
    );
}

#[tokio::test]
async fn sms_json_body_carries_the_configured_fields() {
    let gw = SmsSink::start_with_fields("msisdn", "message").await;
    let extra = "body = \"json\"\nfields = { msisdn = \"{to}\", message = \"{text}\", sender = \"IHU\" }\n\
                 success_status = [202, 200]\nsuccess_body_contains = \"queued\"\n";
    let n = notifier(&sms_config(&gw.url(), extra), Path::new("."));
    n.send(&sms("+306900000001")).await.expect("sent");

    let got = gw
        .wait_for_to("+306900000001", WAIT)
        .await
        .expect("sms arrives");
    assert_eq!(got.text, "Κωδικός: 483920 & ισχύει 15'");
    assert_eq!(
        got.raw_fields.get("sender").map(String::as_str),
        Some("IHU")
    );
    assert!(
        got.header("content-type")
            .is_some_and(|v| v.starts_with("application/json"))
    );
}

#[tokio::test]
async fn sms_query_fields_go_in_the_url() {
    let gw = SmsSink::start().await;
    let n = notifier(
        &sms_config(&gw.url(), "method = \"GET\"\nbody = \"query\"\n"),
        Path::new("."),
    );
    n.send(&sms("+393331234567")).await.expect("sent");
    let got = gw
        .wait_for_to("+393331234567", WAIT)
        .await
        .expect("sms arrives");
    assert_eq!(got.method, "GET");
    assert_eq!(got.text, "Κωδικός: 483920 & ισχύει 15'");
}

#[tokio::test]
async fn sms_gateway_500_is_unavailable_then_succeeds_when_it_recovers() {
    let gw = SmsSink::start().await;
    let n = notifier(&sms_config(&gw.url(), ""), Path::new("."));
    gw.set_failing(Some(500));
    let err = n
        .send(&sms("+306911111111"))
        .await
        .expect_err("gateway fails");
    assert!(
        matches!(
            err,
            NotifyError::Unavailable {
                channel: Channel::Sms,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(gw.attempts(), 1);
    assert!(gw.messages().is_empty());

    gw.set_failing(None);
    n.send(&sms("+306911111111"))
        .await
        .expect("sent after recovery");
    assert!(gw.wait_for_to("+306911111111", WAIT).await.is_some());
}

#[tokio::test]
async fn sms_refused_number_is_rejected() {
    let gw = SmsSink::start().await;
    gw.set_failing(Some(400));
    let n = notifier(&sms_config(&gw.url(), ""), Path::new("."));
    let err = n.send(&sms("+30123")).await.expect_err("400");
    assert!(
        matches!(
            err,
            NotifyError::Rejected {
                channel: Channel::Sms,
                ..
            }
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn sms_answer_without_success_marker_is_unavailable() {
    let gw = SmsSink::start().await;
    gw.set_reply("ERROR: insufficient credit");
    let n = notifier(
        &sms_config(&gw.url(), "success_body_contains = \"queued\"\n"),
        Path::new("."),
    );
    let err = n.send(&sms("+306922222222")).await.expect_err("no marker");
    assert!(matches!(err, NotifyError::Unavailable { .. }), "{err:?}");
}

#[tokio::test]
async fn sms_gateway_down_is_unavailable_and_the_error_hides_the_pin() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = closed.local_addr().expect("addr").port();
    drop(closed);
    let url = format!("http://127.0.0.1:{port}/send");
    let n = notifier(&sms_config(&url, "body = \"query\"\n"), Path::new("."));
    let err = n
        .send(&sms("+306933333333"))
        .await
        .expect_err("nobody listens");
    assert!(matches!(err, NotifyError::Unavailable { .. }), "{err:?}");
    let shown = format!("{err} {err:?}");
    assert!(
        !shown.contains("483920") && !shown.contains("6933333333"),
        "{shown}"
    );
}

#[tokio::test]
async fn https_gateway_with_a_failed_handshake_is_unavailable() {
    // A server that answers in clear text where TLS is expected: the handshake
    // fails inside rustls (ring provider), which must surface as an error.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let server = tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            use tokio::io::AsyncWriteExt as _;
            let _ = stream
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n")
                .await;
        }
    });
    let url = format!("https://127.0.0.1:{port}/send");
    let n = notifier(&sms_config(&url, ""), Path::new("."));
    let err = n.send(&sms("+306944444444")).await.expect_err("TLS fails");
    assert!(
        matches!(
            err,
            NotifyError::Unavailable {
                channel: Channel::Sms,
                ..
            }
        ),
        "{err:?}"
    );
    server.abort();
}
