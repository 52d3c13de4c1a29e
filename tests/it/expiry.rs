//! Password-expiry reminders (seed 002) against a real slapd and the SMTP
//! and SMS sinks: one reminder per stage and password, however many runs or
//! nodes; a password change starts over; nothing for accounts changed or
//! created within the window; a dry run sends and writes nothing.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use kleidi::clock::{Clock as _, ManualClock, generalized_time};
use kleidi::config::Config;
use kleidi::core::Core;
use kleidi::directory::attr;
use kleidi::journey::expiry::{self, Options, Planned, Summary};
use kleidi::notify::Channel;

use crate::harness::TestDir;
use crate::sinks::{SmsSink, SmtpSink};

const DAY_MS: u64 = 86_400_000;
const POLICY: &str = "cn=default,ou=policies,dc=example,dc=org";
/// Only the fixture's accounts: the sample directory's own people have
/// expiry dates of their own that would blur the counts.
const FIXTURE_FILTER: &str = "(&(objectClass=inetOrgPerson)(employeeType=expiry-fixture))";

/// One invented person of the fixture.
struct Person {
    uid: &'static str,
    /// Days since the last password change (`pwdChangedTime`), if any.
    changed_days_ago: Option<u64>,
    /// Days since the entry was created (`createTimestamp`), if given.
    created_days_ago: Option<u64>,
    lang: Option<&'static str>,
    mail: bool,
}

const PEOPLE: &[Person] = &[
    // 356 days old under the 365-day policy: 9 days left, inside the 10.
    Person {
        uid: "exp-due",
        changed_days_ago: Some(356),
        created_days_ago: Some(800),
        lang: Some("it"),
        mail: true,
    },
    // Changed within the year: nothing (seed 002).
    Person {
        uid: "exp-fresh",
        changed_days_ago: Some(100),
        created_days_ago: Some(800),
        lang: None,
        mail: true,
    },
    // Created within the year, never changed: nothing (seed 002).
    Person {
        uid: "exp-new",
        changed_days_ago: None,
        created_days_ago: Some(30),
        lang: None,
        mail: true,
    },
    // Never changed, created 358 days ago: the creation counts.
    Person {
        uid: "exp-created",
        changed_days_ago: None,
        created_days_ago: Some(358),
        lang: Some("el"),
        mail: true,
    },
    // Expired already: too late for a reminder.
    Person {
        uid: "exp-expired",
        changed_days_ago: Some(400),
        created_days_ago: Some(800),
        lang: None,
        mail: true,
    },
    // Due, but no address on file.
    Person {
        uid: "exp-nocontact",
        changed_days_ago: Some(357),
        created_days_ago: Some(800),
        lang: None,
        mail: false,
    },
    // Due, in French.
    Person {
        uid: "exp-fr",
        changed_days_ago: Some(360),
        created_days_ago: Some(800),
        lang: Some("fr"),
        mail: true,
    },
];

const PASSWORD: &str = "Expiry-Old-Pass-1";

fn person_ldif(uid: &str, now: u64, p: &Person) -> String {
    person_ldif_with(uid, now, p, "")
}

/// A person with `extra` LDIF lines (each ending in a newline).
fn person_ldif_with(uid: &str, now: u64, p: &Person, extra: &str) -> String {
    let mut l = format!(
        "dn: uid={uid},ou=people,dc=example,dc=org\nobjectClass: inetOrgPerson\n{extra}uid: {uid}\ncn: Invented {uid}\nsn: {uid}\nemployeeType: expiry-fixture\nuserPassword: {}\n",
        kleidi::pwhash::hash(kleidi::pwhash::Scheme::Ssha, PASSWORD)
    );
    if p.mail {
        l += &format!("mail: {uid}@example.org\n");
    }
    if let Some(lang) = p.lang {
        l += &format!("preferredLanguage: {lang}\n");
    }
    if let Some(d) = p.changed_days_ago {
        l += &format!("pwdChangedTime: {}\n", generalized_time(now - d * DAY_MS));
    }
    if let Some(d) = p.created_days_ago {
        l += &format!("createTimestamp: {}\n", generalized_time(now - d * DAY_MS));
    }
    l + "\n"
}

fn fixture(now: u64) -> String {
    PEOPLE.iter().map(|p| person_ldif(p.uid, now, p)).collect()
}

/// `n` more accounts, all 356 days old (for the races).
fn many_due(now: u64, n: usize) -> String {
    (0..n)
        .map(|i| {
            let p = Person {
                uid: "",
                changed_days_ago: Some(356),
                created_days_ago: Some(800),
                lang: None,
                mail: true,
            };
            person_ldif(&format!("exp-many{i}"), now, &p)
        })
        .collect()
}

/// The slapd, the sinks and a clock, with the fixture loaded.
struct Bench {
    dir: TestDir,
    smtp: SmtpSink,
    sms: SmsSink,
    clock: Arc<ManualClock>,
}

impl Bench {
    async fn start(extra: impl FnOnce(u64) -> String) -> Self {
        let clock = ManualClock::new();
        let now = clock.now_ms();
        let dir = TestDir::start_with(&(fixture(now) + &extra(now)));
        Self {
            dir,
            smtp: SmtpSink::start().await,
            sms: SmsSink::start().await,
            clock,
        }
    }

    fn toml(&self, expiry: &str) -> String {
        let tables = format!(
            r#"
[mail]
transport = "smtp"
from = "Accounts <noreply@example.org>"
[mail.smtp]
host = "127.0.0.1"
port = {smtp}
security = "plain"
timeout_secs = 3

[sms]
transport = "http"
[sms.http]
url = "{sms}"
timeout_secs = 3

[i18n]
languages = ["el", "en", "it", "fr"]
default_language = "en"

[branding]
helpdesk = {{ email = "helpdesk@example.org", phone = "+39 02 0000 0000" }}

[expiry]
{expiry}
"#,
            smtp = self.smtp.port(),
            sms = self.sms.url(),
        );
        self.dir
            .config_toml(None, &format!("password_policy_dn = \"{POLICY}\""), &tables)
    }

    fn config(&self, expiry: &str) -> Config {
        Config::from_toml(
            &self.toml(expiry),
            Path::new("test.toml"),
            self.dir.slapd.path(),
        )
        .expect("config")
    }

    /// A node: its own directory pools and notifier, the shared clock.
    fn node(&self, expiry: &str) -> Arc<Core> {
        kleidi::reminders::core(self.config(expiry), self.clock.clone()).expect("core")
    }

    fn enabled(&self) -> Arc<Core> {
        self.node(&format!("enabled = true\nfilter = \"{FIXTURE_FILTER}\""))
    }

    fn mails_to(&self, uid: &str) -> Vec<crate::sinks::ReceivedMail> {
        let addr = format!("{uid}@example.org");
        self.smtp
            .messages()
            .into_iter()
            .filter(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(&addr)))
            .collect()
    }

    async fn record(&self, uid: &str) -> Option<String> {
        self.dir
            .directory()
            .read_entry(&crate::harness::dn(uid))
            .await
            .expect("read")
            .expect("entry")
            .first(attr::EXPIRY_NOTICE)
            .map(str::to_string)
    }
}

async fn run(core: &Arc<Core>) -> Summary {
    expiry::run(core.clone(), Options::default())
        .await
        .expect("run finishes")
}

#[tokio::test]
async fn a_password_356_days_old_gets_exactly_one_reminder_across_two_runs_in_its_language() {
    let b = Bench::start(|_| String::new()).await;
    let node = b.enabled();
    let first = run(&node).await;
    assert_eq!(first.examined, PEOPLE.len() as u64, "{first}");
    // exp-due, exp-created, exp-fr, and exp-nocontact without an address.
    assert_eq!(first.due, 4, "{first}");
    assert_eq!(first.sent_email, 3, "{first}");
    assert_eq!(first.without_contact, 1, "{first}");
    assert_eq!(first.expired, 1, "{first}");
    assert_eq!(first.not_due, 2, "{first}");
    assert_eq!(first.failed, 0, "{first}");

    let second = run(&node).await;
    assert_eq!(
        second.due, 1,
        "only the account without contact again: {second}"
    );
    assert_eq!(second.sent_email, 0, "{second}");
    assert_eq!(second.already_notified, 3, "{second}");
    assert_eq!(b.mails_to("exp-due").len(), 1);
    assert!(
        b.mails_to("exp-fresh").is_empty(),
        "changed within the year"
    );
    assert!(b.mails_to("exp-new").is_empty(), "created within the year");
    assert!(b.mails_to("exp-expired").is_empty(), "already expired");

    // Italian (preferredLanguage: it), with the date, the days left, the
    // change link from public_url and the helpdesk.
    let it = &b.mails_to("exp-due")[0];
    assert!(
        it.subject.starts_with("Avviso: la tua password scade il "),
        "{}",
        it.subject
    );
    assert!(it.text.contains("exp-due"), "{}", it.text);
    assert!(it.text.contains("tra 9 giorni"), "{}", it.text);
    assert!(
        it.text.contains("http://127.0.0.1:1/account/password"),
        "{}",
        it.text
    );
    assert!(it.text.contains("helpdesk@example.org"), "{}", it.text);
    let months = [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ];
    assert!(
        months.iter().any(|m| it.subject.contains(m)),
        "{}",
        it.subject
    );
    assert!(
        !it.text.contains("T00") && !it.subject.contains('-'),
        "no ISO date: {}",
        it.subject
    );
    // Greek, counted from createTimestamp (358 days: 7 days left).
    let el = &b.mails_to("exp-created")[0];
    assert!(el.text.contains("λήγει"), "{}", el.text);
    assert!(el.text.contains("σε 7 ημέρες"), "{}", el.text);
    let fr = &b.mails_to("exp-fr")[0];
    assert!(
        fr.text.contains("expire le") || fr.text.contains("expire le\u{a0}"),
        "{}",
        fr.text
    );
    assert!(fr.text.contains("dans 5 jours"), "{}", fr.text);

    // The record names the password change it counted from and the stage.
    let e = b
        .dir
        .directory()
        .read_entry(&crate::harness::dn("exp-due"))
        .await
        .unwrap()
        .unwrap();
    let changed = e.first("pwdChangedTime").unwrap().to_string();
    assert_eq!(b.record("exp-due").await, Some(format!("{changed}#10")));
    assert!(e.has_kleidi_class());
    assert!(e.first(attr::EXPIRY_NOTICE_AT).is_some());
    let created = b
        .dir
        .directory()
        .read_entry_attrs(
            &crate::harness::dn("exp-created"),
            &["pwdChangedTime".into(), "createTimestamp".into()],
        )
        .await
        .unwrap()
        .unwrap();
    assert!(created.first("pwdChangedTime").is_none());
    assert_eq!(
        b.record("exp-created").await,
        Some(format!("{}#10", created.first("createTimestamp").unwrap()))
    );
}

#[tokio::test]
async fn concurrent_runs_on_two_nodes_send_each_reminder_once() {
    let b = Bench::start(|now| many_due(now, 40)).await;
    let expiry = format!("enabled = true\nfilter = \"{FIXTURE_FILTER}\"\nconcurrency = 16");
    let nodes: Vec<Arc<Core>> = (0..4).map(|_| b.node(&expiry)).collect();
    let runs = nodes.iter().map(|n| {
        let n = n.clone();
        tokio::spawn(async move { run(&n).await })
    });
    let summaries: Vec<Summary> = futures_util::future::join_all(runs)
        .await
        .into_iter()
        .map(|r| r.expect("run task"))
        .collect();
    let sent: u64 = summaries.iter().map(|s| s.sent_email).sum();
    // 40 + exp-due, exp-created, exp-fr: each exactly once across the four runs.
    assert_eq!(sent, 43, "{summaries:?}");
    for i in 0..40 {
        assert_eq!(b.mails_to(&format!("exp-many{i}")).len(), 1, "exp-many{i}");
    }
    assert_eq!(b.mails_to("exp-due").len(), 1);
    let raced: u64 = summaries.iter().map(|s| s.already_notified).sum();
    assert_eq!(
        raced,
        3 * 43,
        "the other three runs saw each claim taken: {summaries:?}"
    );
    // Due once each across the runs; exp-nocontact is due in every run.
    let due: u64 = summaries.iter().map(|s| s.due).sum();
    assert_eq!(due, 43 + 4, "{summaries:?}");
}

#[tokio::test]
async fn a_password_change_starts_the_reminders_over() {
    let b = Bench::start(|_| String::new()).await;
    let node = b.enabled();
    run(&node).await;
    assert_eq!(b.mails_to("exp-due").len(), 1);

    // The owner changes the password through the directory (slapd sets a
    // new pwdChangedTime, now).
    let dn = crate::harness::dn("exp-due");
    b.dir
        .directory()
        .change_password(&dn, PASSWORD, "Brand-New-Expiry-2026")
        .await
        .expect("change");
    let s = run(&node).await;
    assert_eq!(
        b.mails_to("exp-due").len(),
        1,
        "just changed: not due ({s})"
    );

    // 356 days after the change: due again, for the new password.
    b.clock.advance(Duration::from_millis(356 * DAY_MS));
    run(&node).await;
    let mails = b.mails_to("exp-due");
    assert_eq!(mails.len(), 2, "a second reminder after the change");
    let changed = b
        .dir
        .directory()
        .read_entry(&dn)
        .await
        .unwrap()
        .unwrap()
        .first("pwdChangedTime")
        .unwrap()
        .to_string();
    assert_eq!(b.record("exp-due").await, Some(format!("{changed}#10")));
    // And not a third.
    run(&node).await;
    assert_eq!(b.mails_to("exp-due").len(), 2);
}

#[tokio::test]
async fn a_failed_send_leaves_no_record_and_the_next_run_sends() {
    let b = Bench::start(|_| String::new()).await;
    let node = b.enabled();
    b.smtp.stop().await;
    let s = run(&node).await;
    assert_eq!(s.sent_email, 0, "{s}");
    assert_eq!(s.failed, 3, "{s}");
    assert_eq!(b.record("exp-due").await, None, "the claim was put back");
    let e = b
        .dir
        .directory()
        .read_entry(&crate::harness::dn("exp-due"))
        .await
        .unwrap()
        .unwrap();
    assert!(
        e.first(attr::EXPIRY_NOTICE_AT).is_none(),
        "and its time too"
    );

    b.smtp.restart().await;
    let s = run(&node).await;
    assert_eq!(s.sent_email, 3, "{s}");
    assert_eq!(s.failed, 0, "{s}");
    assert_eq!(b.mails_to("exp-due").len(), 1);
}

#[tokio::test]
async fn reminders_go_by_sms_too_when_configured() {
    let b = Bench::start(|now| {
        person_ldif_with(
            "exp-sms",
            now,
            &Person {
                uid: "",
                changed_days_ago: Some(356),
                created_days_ago: Some(800),
                lang: Some("it"),
                mail: true,
            },
            "objectClass: kleidiAccount\nkleidiRecoveryMobile: +393331234567\n",
        )
    })
    .await;
    let node = b.node(&format!(
        "enabled = true\nfilter = \"{FIXTURE_FILTER}\"\nchannels = [\"email\", \"sms\"]"
    ));
    let s = run(&node).await;
    assert_eq!(s.sent_sms, 1, "{s}");
    let sms = b
        .sms
        .wait_for_to("+393331234567", Duration::from_secs(5))
        .await
        .expect("sms");
    assert!(sms.text.contains("scade"), "{}", sms.text);
    assert_eq!(b.mails_to("exp-sms").len(), 1);
}

#[tokio::test]
async fn a_stopped_run_says_so_and_sends_nothing_it_did_not_finish() {
    let b = Bench::start(|_| String::new()).await;
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(true));
    let r = expiry::run(
        b.enabled(),
        Options {
            stop: Some(stop),
            ..Default::default()
        },
    )
    .await;
    assert!(matches!(r, Err(expiry::ExpiryError::Stopped)), "{r:?}");
    assert!(b.smtp.messages().is_empty());
    assert_eq!(b.record("exp-due").await, None);
}

#[tokio::test]
async fn a_dry_run_sends_nothing_writes_nothing_and_lists_who_would_get_what() {
    let b = Bench::start(|_| String::new()).await;
    // Not enabled: a dry run still shows what enabling would do.
    let node = b.node(&format!("filter = \"{FIXTURE_FILTER}\""));
    assert!(matches!(
        expiry::run(node.clone(), Options::default()).await,
        Err(expiry::ExpiryError::Disabled)
    ));
    let planned = Arc::new(Mutex::new(Vec::<Planned>::new()));
    let p = planned.clone();
    let s = expiry::run(
        node,
        Options {
            dry_run: true,
            on_planned: Some(Arc::new(move |x: &Planned| {
                p.lock().unwrap().push(x.clone())
            })),
            ..Default::default()
        },
    )
    .await
    .expect("dry run");
    assert_eq!(s.due, 4, "{s}");
    assert_eq!(s.sent_email + s.sent_sms, 0, "{s}");
    let mut planned = planned.lock().unwrap().clone();
    planned.sort_by(|a, b| a.username.cmp(&b.username));
    let names: Vec<&str> = planned.iter().map(|p| p.username.as_str()).collect();
    assert_eq!(names, ["exp-created", "exp-due", "exp-fr", "exp-nocontact"]);
    let due = &planned[1];
    assert_eq!(due.stage, 10);
    assert_eq!(due.channels, [Channel::Email]);
    assert_eq!(due.expiry.len(), 10, "{}", due.expiry);
    assert!(planned[3].channels.is_empty());
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(b.smtp.messages().is_empty());
    assert_eq!(b.record("exp-due").await, None);
}

#[tokio::test]
async fn the_binary_dry_run_prints_the_list_the_summary_and_the_metrics_file() {
    let b = Bench::start(|_| String::new()).await;
    let path = b.dir.slapd.path().join("expiry.toml");
    std::fs::write(
        &path,
        b.toml(&format!("enabled = true\nfilter = \"{FIXTURE_FILTER}\"")),
    )
    .unwrap();
    let metrics = b.dir.slapd.path().join("kleidi-expiry.prom");
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_kleidi"))
        .arg("notify-expiring")
        .arg("--config")
        .arg(&path)
        .arg("--dry-run")
        .arg("--metrics-file")
        .arg(&metrics)
        .env_remove("CREDENTIALS_DIRECTORY")
        .env_remove("KLEIDI_CONFIG")
        .output()
        .await
        .expect("kleidi runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("would notify exp-due stage=10d expires="),
        "{stdout}"
    );
    assert!(stdout.contains("channels=email"), "{stdout}");
    assert!(
        stdout.contains("would notify exp-nocontact stage=10d"),
        "{stdout}"
    );
    assert!(stdout.contains("no contact on file"), "{stdout}");
    assert!(!stdout.contains("exp-fresh"), "{stdout}");
    let summary = stdout.lines().last().unwrap_or_default();
    assert!(
        summary
            .starts_with("kleidi notify-expiring: dry run finished: examined=7 due=4 sent_email=0"),
        "{summary}"
    );
    assert!(summary.contains("expired=1"), "{summary}");
    // Not a terminal: no progress line.
    assert!(!stderr.contains("examined "), "{stderr}");
    let m = std::fs::read_to_string(&metrics).expect("metrics file");
    assert!(
        m.contains("kleidi_expiry_accounts{outcome=\"examined\"} 7"),
        "{m}"
    );
    assert!(m.contains("kleidi_expiry_run_success 1"), "{m}");
    assert!(b.smtp.messages().is_empty());
    assert_eq!(b.record("exp-due").await, None);
}

#[tokio::test]
async fn the_binary_fails_when_the_directory_is_down() {
    let mut b = Bench::start(|_| String::new()).await;
    let path = b.dir.slapd.path().join("expiry.toml");
    std::fs::write(&path, b.toml("enabled = true")).unwrap();
    b.dir.slapd.stop();
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_kleidi"))
        .args(["notify-expiring", "--config"])
        .arg(&path)
        .env_remove("CREDENTIALS_DIRECTORY")
        .output()
        .await
        .expect("kleidi runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{stdout}");
    assert!(stdout.contains("did NOT finish"), "{stdout}");
}

#[tokio::test]
async fn a_paged_run_reads_past_the_servers_size_limit() {
    // The sandbox's slapd answers at most 500 entries to one search.
    let b = Bench::start(|now| {
        (0..1200)
            .map(|i| {
                let p = Person {
                    uid: "",
                    changed_days_ago: Some(10),
                    created_days_ago: Some(800),
                    lang: None,
                    mail: false,
                };
                person_ldif(&format!("exp-page{i}"), now, &p)
            })
            .collect()
    })
    .await;
    let node = b.node(&format!(
        "enabled = true\nfilter = \"{FIXTURE_FILTER}\"\npage_size = 100"
    ));
    let s = run(&node).await;
    assert_eq!(s.examined, 1200 + PEOPLE.len() as u64, "{s}");
}

#[test]
fn bad_expiry_keys_are_named_with_the_file() {
    let dir = "public_url = \"https://account.example.org\"\n[directory]\nuris = [\"ldap://127.0.0.1:389\"]\nbind_dn = \"cn=kleidi,ou=services,dc=example,dc=org\"\nbind_password_file = \"/nonexistent\"\nuser_bases = [\"ou=people,dc=example,dc=org\"]\n[mail]\nfrom = \"Accounts <noreply@example.org>\"\n";
    let load = |expiry: &str| {
        Config::from_toml(
            &format!("{dir}[expiry]\n{expiry}\n"),
            Path::new("site.toml"),
            Path::new("."),
        )
    };
    for (expiry, want) in [
        (
            "notice_days = [0]",
            "site.toml: expiry.notice_days: 0 is not a number of days from 1 to 365",
        ),
        (
            "notice_days = [10, 400]",
            "site.toml: expiry.notice_days: 400",
        ),
        (
            "notice_days = []",
            "site.toml: expiry.notice_days: must name at least one day",
        ),
        ("channels = []", "site.toml: expiry.channels"),
        ("channels = [\"sms\"]", "sms.transport is \"none\""),
        ("channels = [\"fax\"]", "fax"),
        ("filter = \"(uid=\"", "site.toml: expiry.filter"),
        ("concurrency = 0", "site.toml: expiry.concurrency"),
        ("notice_day = [10]", "notice_day"),
    ] {
        let e = load(expiry).expect_err(expiry).to_string();
        assert!(e.contains(want), "{expiry}: {e}");
        assert!(e.starts_with("site.toml"), "{expiry}: {e}");
    }
    let c = load("enabled = true\nnotice_days = [10, 30, 10, 1]").unwrap();
    assert_eq!(c.expiry.notice_days, [1, 10, 30], "sorted, without repeats");
    let c = load("").unwrap();
    assert!(!c.expiry.enabled);
    assert_eq!(c.expiry.notice_days, [10]);
    assert_eq!(c.expiry.channels, [Channel::Email]);
}

#[tokio::test]
async fn check_config_says_whether_the_expiry_settings_are_usable() {
    let b = Bench::start(|_| String::new()).await;
    let check = |expiry: &str, policy: &str| {
        let path = b.dir.slapd.path().join("check.toml");
        let toml = b
            .toml(expiry)
            .replace(&format!("password_policy_dn = \"{POLICY}\""), policy);
        std::fs::write(&path, toml).unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_kleidi"))
            .args(["check-config", "--config"])
            .arg(&path)
            .env_remove("CREDENTIALS_DIRECTORY")
            .output()
            .expect("kleidi runs");
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let policy = format!("password_policy_dn = \"{POLICY}\"");
    let (ok, text) = check("enabled = true\nnotice_days = [30, 10]", &policy);
    assert!(ok, "{text}");
    assert!(
        text.contains("[ok]   expiry: the schema defines kleidiExpiryNotice"),
        "{text}"
    );
    assert!(
        text.contains(
            "pwdMaxAge 31536000 s (365 days); reminders [10, 30] days before the expiry, by email"
        ),
        "{text}"
    );
    // A policy entry that does not exist.
    let (ok, text) = check(
        "enabled = true",
        "password_policy_dn = \"cn=missing,ou=policies,dc=example,dc=org\"",
    );
    assert!(!ok, "{text}");
    assert!(
        text.contains("[FAIL] expiry: directory.password_policy_dn cn=missing"),
        "{text}"
    );
    // Disabled: nothing about expiry.
    let (ok, text) = check("enabled = false", &policy);
    assert!(ok, "{text}");
    assert!(!text.contains("expiry:"), "{text}");
}

/// Seed 002 with `examples/unimib.toml` as shipped (only its addresses
/// pointed at the test environment): one Italian email ten days before the
/// annual expiry, to the institutional mailbox and the external address, and
/// nothing to the account changed within the year.
#[tokio::test]
async fn milano_bicocca_sends_one_italian_reminder_ten_days_before_the_annual_expiry() {
    let clock = ManualClock::new();
    let now = clock.now_ms();
    let person = |uid: &str, days: u64| {
        format!(
            "dn: uid={uid},ou=people,dc=example,dc=org\nobjectClass: inetOrgPerson\nobjectClass: supannPerson\nuid: {uid}\ncn: Invented {uid}\nsn: {uid}\nmail: {uid}@example.org\nsupannMailPerso: {uid}.private@example.net\npreferredLanguage: it\npwdChangedTime: {}\n\n",
            generalized_time(now - days * DAY_MS)
        )
    };
    let dir = TestDir::start_with(&(person("giulia.verdi", 356) + &person("marco.neri", 200)));
    let smtp = SmtpSink::start().await;
    let sms = SmsSink::start().await;
    let env = crate::harness::TestEnv {
        addr: "127.0.0.1:1".parse().unwrap(),
        ldap_uri: dir.slapd.uri(),
        password_file: &dir.password_file,
        smtp_port: smtp.port(),
        sms_url: sms.url(),
    };
    let toml = crate::examples::for_tests(&crate::examples::text_of("unimib"), &env);
    let cfg = Config::from_toml(&toml, Path::new("unimib.toml"), dir.slapd.path()).unwrap();
    assert!(cfg.expiry.enabled);
    assert_eq!(cfg.expiry.notice_days, [10]);
    let node = kleidi::reminders::core(cfg, clock.clone()).unwrap();
    let s = run(&node).await;
    assert_eq!(s.failed, 0, "{s}");
    let run2 = run(&node).await;
    assert_eq!(run2.sent_email, 0, "{run2}");
    let to = |addr: &str| {
        smtp.messages()
            .into_iter()
            .filter(|m| m.to.iter().any(|t| t == addr))
            .collect::<Vec<_>>()
    };
    let inst = to("giulia.verdi@example.org");
    let private = to("giulia.verdi.private@example.net");
    assert_eq!((inst.len(), private.len()), (1, 1));
    let m = &inst[0];
    assert!(
        m.subject.starts_with("Avviso: la tua password scade"),
        "{}",
        m.subject
    );
    assert!(
        m.text.contains("Università degli Studi di Milano-Bicocca"),
        "{}",
        m.text
    );
    assert!(m.text.contains("/account/password"), "{}", m.text);
    assert!(m.text.contains("helpdesk@example.org"), "{}", m.text);
    assert!(m.text.contains("servizi digitali di Ateneo"), "{}", m.text);
    assert!(
        to("marco.neri@example.org").is_empty(),
        "changed within the year"
    );
}
