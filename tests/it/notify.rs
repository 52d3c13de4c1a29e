//! The notifier against real SMTP and HTTP servers on loopback (see `sinks.rs`):
//! shared helpers, configuration and console here, one file per network channel.

mod email;
mod sms;

use std::path::Path;
use std::time::Duration;

use kleidi::notify::{Channel, MailConfig, Message, Notifier, NotifyError, SmsConfig};
use serde::Deserialize;

pub(crate) const WAIT: Duration = Duration::from_secs(5);

/// The two sections as they appear in kleidi's config file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Sections {
    #[serde(default)]
    pub(crate) mail: MailConfig,
    #[serde(default)]
    pub(crate) sms: SmsConfig,
}

pub(crate) fn sections(toml_text: &str) -> Sections {
    toml::from_str(toml_text).expect("test config parses")
}

pub(crate) fn notifier(toml_text: &str, base: &Path) -> Notifier {
    let s = sections(toml_text);
    Notifier::new(&s.mail, &s.sms, base).expect("notifier builds")
}

pub(crate) fn smtp_config(port: u16, extra: &str) -> String {
    format!(
        "[mail]\nfrom = \"Υπηρεσία λογαριασμών <noreply@example.org>\"\n\
         [mail.smtp]\nhost = \"127.0.0.1\"\nport = {port}\nsecurity = \"plain\"\ntimeout_secs = 2\n{extra}"
    )
}

pub(crate) fn sms_config(url: &str, extra: &str) -> String {
    format!(
        "[mail]\ntransport = \"console\"\n[sms]\ntransport = \"http\"\n[sms.http]\nurl = \"{url}\"\n{extra}"
    )
}

pub(crate) fn email(to: &str) -> Message {
    Message {
        channel: Channel::Email,
        to: to.to_owned(),
        subject: "Ο κωδικός ενεργοποίησης του λογαριασμού σας".to_owned(),
        text: "Γεια σας,\n\nο κωδικός σας είναι 483920. Ισχύει για 15 λεπτά.\n.Τελεία στην αρχή.\n"
            .to_owned(),
        html: Some("<p>Ο κωδικός σας είναι <b>483920</b>.</p>".to_owned()),
        lang: "el".to_owned(),
    }
}

pub(crate) fn sms(to: &str) -> Message {
    Message {
        channel: Channel::Sms,
        to: to.to_owned(),
        subject: String::new(),
        text: "Κωδικός: 483920 & ισχύει 15'".to_owned(),
        html: None,
        lang: "el".to_owned(),
    }
}

pub(crate) fn secret_file(dir: &Path, name: &str, value: &str) {
    std::fs::write(dir.join(name), format!("{value}\n")).expect("write secret file");
}

#[tokio::test]
async fn console_transport_appends_one_json_line_per_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let outbox = dir.path().join("outbox.jsonl");
    let toml_text = "[mail]\ntransport = \"console\"\nfrom = \"Demo <demo@example.org>\"\n[sms]\ntransport = \"console\"\n";
    let n = notifier(toml_text, dir.path())
        .with_outbox(&outbox)
        .expect("outbox opens");
    assert!(n.supports(Channel::Sms));
    n.send(&email("maria@example.org")).await.expect("printed");
    n.send(&sms("+306912345689")).await.expect("printed");

    let text = std::fs::read_to_string(&outbox).expect("outbox written");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["channel"], "email");
    assert_eq!(lines[0]["to"], "maria@example.org");
    assert_eq!(
        lines[0]["subject"],
        "Ο κωδικός ενεργοποίησης του λογαριασμού σας"
    );
    assert_eq!(lines[0]["lang"], "el");
    assert!(
        lines[0]["body"]
            .as_str()
            .is_some_and(|b| b.contains("483920"))
    );
    assert_eq!(lines[1]["channel"], "sms");
    assert_eq!(lines[1]["to"], "+306912345689");
}

#[tokio::test]
async fn sms_is_refused_as_configuration_when_no_transport_is_set() {
    let n = notifier("[mail]\ntransport = \"console\"\n", Path::new("."));
    assert!(!n.supports(Channel::Sms));
    let err = n
        .send(&sms("+306912345689"))
        .await
        .expect_err("no SMS transport");
    assert!(
        matches!(&err, NotifyError::Config(e) if e.key == "sms.transport"),
        "{err:?}"
    );
}

#[tokio::test]
async fn configuration_errors_name_the_key() {
    let cases = [
        (
            "[mail]\nfrom = \"a@example.org\"\n[mail.smtp]\nhost = \"smtp.example.org\"\nsecurity = \"plain\"\n",
            "mail.smtp.security",
            "\"plain\" is only allowed for a loopback host",
        ),
        ("[mail]\n", "mail.from", "required"),
        (
            "[mail]\nfrom = \"not a mailbox\"\n",
            "mail.from",
            "not a valid mailbox",
        ),
        (
            "[mail]\nfrom = \"a@example.org\"\n[mail.smtp]\nusername = \"u\"\n",
            "mail.smtp.password_file",
            "required",
        ),
        (
            "[mail]\ntransport = \"console\"\n[sms]\ntransport = \"http\"\n",
            "sms.http.url",
            "required",
        ),
        (
            "[mail]\ntransport = \"console\"\n[sms]\ntransport = \"http\"\n[sms.http]\nurl = \"http://sms.example.org/send\"\n",
            "sms.http.url",
            "loopback",
        ),
        (
            "[mail]\ntransport = \"console\"\n[sms]\ntransport = \"http\"\n[sms.http]\nurl = \"https://sms.example.org/\"\nheaders = { Authorization = \"Bearer {token}\" }\n",
            "sms.http.token_file",
            "{token}",
        ),
        (
            "[mail]\ntransport = \"console\"\n[sms]\ntransport = \"http\"\n[sms.http]\nurl = \"https://sms.example.org/\"\nfields = { to = \"{to}\", text = \"{txt}\" }\n",
            "sms.http.fields.text",
            "unknown placeholder {txt}",
        ),
    ];
    for (toml_text, key, words) in cases {
        let s = sections(toml_text);
        let err = match Notifier::new(&s.mail, &s.sms, Path::new(".")) {
            Err(NotifyError::Config(e)) => e,
            Err(other) => panic!("{toml_text}: expected a config error, got {other:?}"),
            Ok(_) => panic!("{toml_text}: expected a config error, got a notifier"),
        };
        assert_eq!(err.key, key, "{toml_text}");
        assert!(err.to_string().starts_with(&format!("{key}: ")), "{err}");
        assert!(err.message.contains(words), "{toml_text}: {err}");
    }
}

#[tokio::test]
async fn unknown_keys_and_unreadable_secrets_are_refused() {
    let unknown = toml::from_str::<Sections>("[mail.smtp]\npasword_file = \"x\"\n");
    assert!(unknown.is_err_and(|e| e.to_string().contains("pasword_file")));

    let s = sections(&smtp_config(
        25,
        "username = \"u\"\npassword_file = \"/nonexistent/pw\"\n",
    ));
    match Notifier::new(&s.mail, &s.sms, Path::new(".")) {
        Err(NotifyError::Config(e)) => assert_eq!(e.key, "mail.smtp.password_file"),
        Err(other) => panic!("expected a config error, got {other:?}"),
        Ok(_) => panic!("expected a config error"),
    }
}
