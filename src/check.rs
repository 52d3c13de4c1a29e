//! `kleidi check-config`: validates the file, then walks through what the
//! service account must be able to do, printing one line per step. Exit code 0
//! only when every step that kleidi needs passed.

use crate::secret::ExposeSecret as _;
use std::path::Path;
use std::process::ExitCode;

use crate::config::Config;

use crate::directory::{Directory, ResetKind, attr};
use crate::run::RunError;
use crate::secret::read_secret_file;

struct Report {
    failed: bool,
}

impl Report {
    fn ok(&self, msg: impl AsRef<str>) {
        println!("[ok]   {}", msg.as_ref());
    }
    fn warn(&self, msg: impl AsRef<str>) {
        println!("[warn] {}", msg.as_ref());
    }
    fn fail(&mut self, msg: impl AsRef<str>) {
        println!("[FAIL] {}", msg.as_ref());
        self.failed = true;
    }
}

/// Runs the checks; `user` adds a lookup, `write_test` a No-Op write on that account.
pub async fn run(
    path: &Path,
    user: Option<&str>,
    write_test: Option<&str>,
) -> Result<ExitCode, RunError> {
    println!("kleidi check-config {}", path.display());
    let mut r = Report { failed: false };
    let config = match Config::load(path) {
        Ok(c) => c,
        Err(e) => {
            r.fail(e.to_string());
            return Ok(ExitCode::FAILURE);
        }
    };
    r.ok("the configuration file is valid");
    check_store(&mut r, &config).await;
    let d = &config.directory;
    let password = match read_secret_file(&d.bind_password_file, &config.base_dir) {
        Ok(p) => p,
        Err(e) => {
            r.fail(format!("directory.bind_password_file: {e}"));
            return Ok(ExitCode::FAILURE);
        }
    };
    r.ok("the service account's password file is readable");
    let dir = match Directory::new(d.clone(), password) {
        Ok(dir) => dir,
        Err(e) => {
            r.fail(format!("directory: {e}"));
            return Ok(ExitCode::FAILURE);
        }
    };
    let probes = dir.probe_uris().await;
    // A server that answered, even with "wrong password", is reachable.
    let answers = |res: &Result<(), crate::directory::DirError>| match res {
        Ok(()) => true,
        Err(e) => !e.is_unavailable(),
    };
    let reachable = |role: &str| {
        probes
            .iter()
            .any(|(_, ro, res)| *ro == role && answers(res))
    };
    let label = |uri: &str, role: &str| {
        if d.write_uris.is_empty() {
            uri.to_string()
        } else {
            format!("{uri} (for {role})")
        }
    };
    for (uri, role, res) in &probes {
        let uri = label(uri, role);
        match res {
            r0 if answers(r0) => r.ok(format!("{uri} answers ({:?})", d.tls)),
            Err(e) if reachable(role) => r.warn(format!("{uri} (failover) does not answer: {e}")),
            Err(e) => r.fail(format!("{uri} does not answer: {e}")),
            Ok(()) => {}
        }
    }
    if !reachable("reads") || (!d.write_uris.is_empty() && !reachable("writes")) {
        return Ok(finish(&r));
    }
    match dir.ping().await {
        Ok(()) => r.ok(format!("the service account binds as {}", d.bind_dn)),
        Err(e) => {
            r.fail(format!(
                "the service account cannot bind as {}: {e}",
                d.bind_dn
            ));
            return Ok(finish(&r));
        }
    }
    for base in &d.user_bases {
        match dir.count_visible(base).await {
            Ok(0) => r.fail(format!(
                "user base {base}: nothing visible (missing, or the ACLs hide it from the service account)"
            )),
            Ok(_) => r.ok(format!("user base {base} is readable")),
            Err(e) => r.fail(format!("user base {base}: {e}")),
        }
    }
    if config.helpdesk.enabled {
        check_helpdesk(&mut r, &dir, &config).await;
    }
    if config.expiry.enabled {
        check_expiry(&mut r, &dir, &config).await;
    }
    if let Some(u) = user {
        check_user(&mut r, &dir, &config, u).await;
    }
    if let Some(u) = write_test {
        check_write(&mut r, &dir, u).await;
    }
    Ok(finish(&r))
}

/// The state store: Redis reachable, its secret readable (memory: nothing to check).
async fn check_store(r: &mut Report, config: &Config) {
    let s = &config.store;
    if s.backend == crate::state::Backend::Memory {
        r.ok("state store: memory (one node)");
        return;
    }
    if let Some(f) = &s.secret_file {
        match read_secret_file(f, &config.base_dir) {
            Ok(k) if k.expose_secret().len() >= 32 => r.ok("store.secret_file is readable"),
            Ok(_) => r.fail("store.secret_file: the secret must be at least 32 bytes"),
            Err(e) => r.fail(format!("store.secret_file: {e}")),
        }
    }
    let clock: crate::clock::SharedClock = std::sync::Arc::new(crate::clock::SystemClock);
    match crate::state::build(s, &config.base_dir, clock, config.limits.max_keys) {
        Ok(store) => match store.ping().await {
            Ok(()) => r.ok(format!(
                "state store: Redis at {} answers",
                s.url.as_deref().unwrap_or_default()
            )),
            Err(e) => r.fail(format!("store.url: {e}")),
        },
        Err(e) => r.fail(format!("store: {e}")),
    }
}

/// The operator groups: readable, with members (or, with `memberOf`, worn
/// by someone).
async fn check_helpdesk(r: &mut Report, dir: &Directory, config: &Config) {
    use crate::config::Membership;
    let h = &config.helpdesk;
    for g in &h.operator_groups {
        match h.membership {
            Membership::Group => match dir.group_size(g).await {
                Ok(Some(0)) => r.warn(format!(
                    "helpdesk.operator_groups: {g} has no member yet: nobody can use the helpdesk"
                )),
                Ok(Some(n)) => r.ok(format!("helpdesk: operator group {g} has {n} member(s)")),
                Ok(None) => r.fail(format!(
                    "helpdesk.operator_groups: {g} is not visible to the service account (missing, or the ACLs hide it)"
                )),
                Err(e) => r.fail(format!("helpdesk.operator_groups: {g}: {e}")),
            },
            Membership::MemberOf => match dir.anyone_member_of(g).await {
                Ok(true) => r.ok(format!("helpdesk: someone has memberOf {g}")),
                Ok(false) => r.warn(format!(
                    "helpdesk.membership = \"member_of\": no entry under the user bases has memberOf {g} (is slapd's memberof overlay on, and memberOf readable?)"
                )),
                Err(e) => r.fail(format!("helpdesk: memberOf {g}: {e}")),
            },
        }
    }
}

/// `[expiry] enabled`: the schema holds the reminder record, and the
/// default policy entry is readable and makes passwords expire.
async fn check_expiry(r: &mut Report, dir: &Directory, config: &Config) {
    match dir.schema_has_attribute(attr::EXPIRY_NOTICE).await {
        Ok(true) => r.ok(format!("expiry: the schema defines {}", attr::EXPIRY_NOTICE)),
        Ok(false) => r.fail(format!(
            "expiry: the schema lacks {}: load this version's schema/kleidi.schema (or kleidi.ldif)",
            attr::EXPIRY_NOTICE
        )),
        Err(e) => r.warn(format!("expiry: cannot read the schema (cn=Subschema): {e}")),
    }
    let e = &config.expiry;
    let plan = format!(
        "reminders {:?} days before the expiry, by {}",
        e.notice_days,
        e.channels
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" and ")
    );
    let Some(dn) = &config.directory.password_policy_dn else {
        r.warn(format!(
            "expiry: no directory.password_policy_dn: only accounts with their own pwdPolicySubentry can expire ({plan})"
        ));
        return;
    };
    match dir.read_policy(dn).await {
        Ok(Some(p)) => match p.max_age_secs {
            Some(s) => r.ok(format!(
                "expiry: {dn} has pwdMaxAge {s} s ({} days); {plan}",
                s / 86_400
            )),
            None => r.fail(format!(
                "expiry: {dn} has no pwdMaxAge (or 0): passwords under it never expire and get no reminder"
            )),
        },
        Ok(None) => r.fail(format!(
            "expiry: directory.password_policy_dn {dn} is missing or not readable by the service account"
        )),
        Err(err) => r.fail(format!("expiry: reading {dn} failed: {err}")),
    }
}

async fn check_user(r: &mut Report, dir: &Directory, config: &Config, username: &str) {
    match dir.find_user(username).await {
        Ok(Some(e)) => {
            r.ok(format!(
                "\"{username}\" is found through directory.user_filter: {}",
                e.dn
            ));
            let a = &config.directory.attributes;
            let mut names = vec![
                ("username", &a.username),
                ("display_name", &a.display_name),
                ("given_name", &a.given_name),
                ("surname", &a.surname),
                ("mail", &a.mail),
                ("mobile", &a.mobile),
                ("affiliation", &a.affiliation),
                ("department", &a.department),
                ("date_of_birth", &a.date_of_birth),
                ("national_id", &a.national_id),
                ("preferred_language", &a.preferred_language),
            ];
            // The optional mappings, where configured.
            names.extend(
                [
                    ("department_name", &a.department_name),
                    ("father_name", &a.father_name),
                    ("gender", &a.gender),
                    ("tax_number", &a.tax_number),
                ]
                .into_iter()
                .filter(|(_, n)| !n.is_empty()),
            );
            let (seen, unseen): (Vec<_>, Vec<_>) =
                names.iter().partition(|(_, n)| !e.values(n).is_empty());
            let list = |v: &[&(&str, &String)]| {
                v.iter()
                    .map(|(k, n)| format!("{k}={n}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            r.ok(format!("readable on this entry: {}", list(&seen)));
            if !unseen.is_empty() {
                r.warn(format!(
                    "empty or not readable on this entry (fine if this person has none): {}",
                    list(&unseen)
                ));
            }
            match dir.password_history(&e.dn).await {
                Ok(h) => r.ok(format!("pwdHistory: {} value(s) visible", h.len())),
                Err(err) => r.fail(format!("pwdHistory cannot be read: {err}")),
            }
        }
        Ok(None) => r.fail(format!(
            "\"{username}\" is not found (no entry, or several) through directory.user_filter"
        )),
        Err(e) => r.fail(format!("looking up \"{username}\" failed: {e}")),
    }
}

async fn check_write(r: &mut Report, dir: &Directory, username: &str) {
    let entry = match dir.find_user(username).await {
        Ok(Some(e)) => e,
        Ok(None) => {
            r.fail(format!("write test: \"{username}\" is not found"));
            return;
        }
        Err(e) => {
            r.fail(format!("write test: lookup failed: {e}"));
            return;
        }
    };
    // slapd 2.5 offers no No-Op control, so this test really writes: it is
    // meant for a dedicated test account, whose password ends up random.
    let random: String = {
        use rand::Rng as _;
        rand::rng()
            .sample_iter(rand::distr::Alphanumeric)
            .take(32)
            .map(char::from)
            .collect()
    };
    for (kind, what) in [
        (
            ResetKind::Temporary,
            "reset its password as a temporary one (pwdReset: TRUE)",
        ),
        (
            ResetKind::ChosenByUser,
            "reset its password as chosen by the user (pwdReset cleared)",
        ),
    ] {
        match dir.reset_password(&entry.dn, &random, kind).await {
            Ok(crate::directory::ResetOutcome::Done) => r.ok(format!("may {what} on {}", entry.dn)),
            Ok(crate::directory::ResetOutcome::FlagPending(e)) => r.fail(format!(
                "may {what} on {}, but not write pwdReset: {e}",
                entry.dn
            )),
            Err(e) => r.fail(format!("may not {what} on {}: {e}", entry.dn)),
        }
    }
    // Write one kleidi attribute (adding the object class if needed), then
    // put the entry back as it was.
    let had_class = entry.has_kleidi_class();
    let old = entry.first(attr::EXPIRY_NOTICE_AT).map(str::to_string);
    match dir.set_expiry_notice(&entry, Some("20000101000000Z")).await {
        Ok(()) => r.ok("may write kleidi's attributes and object class"),
        Err(e) => {
            r.fail(format!("may not write kleidi's attributes: {e}"));
            return;
        }
    }
    // As it is now (with the class), so that nothing is added twice.
    let mut undo = match dir.read_entry(&entry.dn).await {
        Ok(Some(now)) => dir.set_expiry_notice(&now, old.as_deref()).await,
        Ok(None) => Ok(()),
        Err(e) => Err(e),
    };
    if undo.is_ok() && !had_class {
        undo = dir.remove_kleidi_class(&entry.dn).await;
    }
    if let Err(e) = undo {
        r.warn(format!(
            "could not restore {} on {}: {e}",
            attr::EXPIRY_NOTICE_AT,
            entry.dn
        ));
    }
    println!(
        "       note: the password of {} is now random; set a new one before using it.",
        entry.dn
    );
}

fn finish(r: &Report) -> ExitCode {
    if r.failed {
        println!("Some checks failed: kleidi cannot do its job with this configuration.");
        ExitCode::FAILURE
    } else {
        println!("All checks passed.");
        ExitCode::SUCCESS
    }
}
