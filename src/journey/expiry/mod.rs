//! Password-expiry reminders (seed 002: "ten days before the expiry you
//! receive an email"): one run over every account under the user bases,
//! streamed page by page, sending each account the most urgent reminder it
//! is due and has not had yet.
//!
//! What was sent lives in LDAP (`kleidiExpiryNotice`: the reference time and
//! the stage), claimed with a compare-and-set modify BEFORE sending: of two
//! runs or nodes looking at one account, exactly one wins the claim and
//! sends. A send that fails puts the old record back (again compare-and-set),
//! so the next run tries again. A password change gives a new
//! `pwdChangedTime`, which the old record does not match: reminders start over.

mod claim;
mod message;
pub mod stage;
mod tally;

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use tokio::task::JoinSet;

use crate::clock::parse_generalized_time;
use crate::core::Core;
use crate::directory::{DirError, UserEntry, attr};
use crate::notify::Channel;
use stage::{Decision, Record, decide};
pub use tally::{Summary, Tally};

/// Receives each reminder a dry run would send.
pub type PlanSink = Arc<dyn Fn(&Planned) + Send + Sync>;

/// How a run behaves.
#[derive(Clone, Default)]
pub struct Options {
    /// Send and write nothing; report each reminder that would go out.
    pub dry_run: bool,
    /// Called for every reminder a dry run would send.
    pub on_planned: Option<PlanSink>,
    /// Set (by a signal handler) to stop reading accounts: the reminders
    /// already claimed are still sent, so none is left claimed but unsent.
    pub stop: Option<Arc<std::sync::atomic::AtomicBool>>,
}

/// A reminder a dry run would send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    /// The account's username.
    pub username: String,
    /// The stage, in days before the expiry.
    pub stage: u32,
    /// The expiry date, `YYYY-MM-DD` (UTC).
    pub expiry: String,
    /// The channels it would go through (empty: no address on file).
    pub channels: Vec<Channel>,
}

/// Why a run could not finish.
#[derive(Debug, thiserror::Error)]
pub enum ExpiryError {
    /// `[expiry] enabled` is false and this is not a dry run.
    #[error("expiry.enabled is false: no reminders are sent (a --dry-run shows what would be)")]
    Disabled,
    /// The directory failed mid-way (the counts so far are in the tally).
    #[error("directory: {0}")]
    Directory(#[from] DirError),
    /// Stopped (SIGTERM, Ctrl-C) before every account was read; the
    /// reminders claimed until then were sent.
    #[error("stopped before every account was read; the next run goes on")]
    Stopped,
}

/// The attributes a run reads: the reference times, the policy, the record,
/// and what the message and its addresses need. Nothing else, so that a
/// page of entries stays small.
fn attributes(core: &Core) -> Vec<String> {
    let a = &core.config.directory.attributes;
    let mut v: Vec<String> = [
        "objectClass",
        "pwdChangedTime",
        "createTimestamp",
        "pwdPolicySubentry",
        attr::EXPIRY_NOTICE,
        attr::EXPIRY_NOTICE_AT,
        attr::RECOVERY_EMAIL,
        attr::RECOVERY_MOBILE,
    ]
    .into_iter()
    .map(str::to_string)
    .collect();
    for n in [
        &a.username,
        &a.preferred_language,
        &a.mail,
        &a.registrar_email,
        &a.mobile,
        &a.owner,
    ] {
        if !n.is_empty() && !v.iter().any(|x| x.eq_ignore_ascii_case(n)) {
            v.push(n.clone());
        }
    }
    v
}

/// Runs once over every account; see [`run_with`].
pub async fn run(core: Arc<Core>, opts: Options) -> Result<Summary, ExpiryError> {
    run_with(core, opts, Arc::default()).await
}

/// Runs once over every account under `directory.user_bases`, counting into
/// `tally`. Every reminder claimed is sent (or released) before this
/// returns, even when the search fails part-way.
pub async fn run_with(
    core: Arc<Core>,
    opts: Options,
    tally: Arc<Tally>,
) -> Result<Summary, ExpiryError> {
    if !core.config.expiry.enabled && !opts.dry_run {
        return Err(ExpiryError::Disabled);
    }
    let mut run = Run {
        core: core.clone(),
        opts,
        tally: tally.clone(),
        policies: HashMap::new(),
        now: core.clock.now_ms(),
        tasks: JoinSet::new(),
        permits: Arc::new(tokio::sync::Semaphore::new(core.config.expiry.concurrency)),
    };
    let scanned = run.scan_all().await;
    // Claims in flight are finished whatever happened to the search.
    while run.tasks.join_next().await.is_some() {}
    scanned?;
    let s = tally.snapshot();
    tracing::info!(summary = %s, dry_run = run.opts.dry_run, "expiry reminders: run finished");
    Ok(s)
}

/// One run's state.
struct Run {
    core: Arc<Core>,
    opts: Options,
    tally: Arc<Tally>,
    /// `pwdMaxAge` by policy DN (lower case): each entry is read once per
    /// run; `None` when it has none (or is missing).
    policies: HashMap<String, Option<u64>>,
    now: u64,
    tasks: JoinSet<()>,
    permits: Arc<tokio::sync::Semaphore>,
}

impl Run {
    async fn scan_all(&mut self) -> Result<(), ExpiryError> {
        let core = self.core.clone();
        let cfg = &core.config;
        let filter = cfg.expiry.accounts_filter(&cfg.directory.user_filter);
        let attrs = attributes(&core);
        for base in &cfg.directory.user_bases {
            let mut scan = self
                .core
                .directory
                .scan(base, &filter, attrs.clone(), cfg.expiry.page_size)
                .await?;
            while let Some(e) = scan.next().await? {
                if self
                    .opts
                    .stop
                    .as_ref()
                    .is_some_and(|s| s.load(Ordering::Relaxed))
                {
                    return Err(ExpiryError::Stopped);
                }
                Tally::add(&self.tally.examined, 1);
                self.consider(e).await?;
            }
        }
        Ok(())
    }

    /// Sorts one entry into its count, and hands a due one to a task.
    async fn consider(&mut self, e: UserEntry) -> Result<(), ExpiryError> {
        let Some(max_age) = self.max_age(&e).await? else {
            Tally::add(&self.tally.skipped, 1);
            return Ok(());
        };
        let Some((reference, reference_ms)) = reference(&e) else {
            tracing::debug!(dn = %e.dn, "no pwdChangedTime nor createTimestamp: no expiry");
            Tally::add(&self.tally.skipped, 1);
            return Ok(());
        };
        let record = e.first(attr::EXPIRY_NOTICE).and_then(Record::parse);
        let stages = &self.core.config.expiry.notice_days;
        match decide(
            self.now,
            &reference,
            reference_ms,
            max_age,
            stages,
            record.as_ref(),
        ) {
            Decision::NotDue => Tally::add(&self.tally.not_due, 1),
            Decision::Expired => Tally::add(&self.tally.expired, 1),
            Decision::AlreadyNotified => Tally::add(&self.tally.already_notified, 1),
            Decision::Due { stage, expiry_ms } => {
                let due = Due {
                    entry: e,
                    reference,
                    stage,
                    expiry_ms,
                    max_age,
                };
                if self.opts.dry_run {
                    self.plan(due).await?;
                } else {
                    // The permit bounds the reminders in flight, and so the
                    // entries held: the search waits for a free one.
                    let permit = self
                        .permits
                        .clone()
                        .acquire_owned()
                        .await
                        .map_err(|_| DirError::Unavailable("run stopped".into()))?;
                    let (core, tally, now) = (self.core.clone(), self.tally.clone(), self.now);
                    self.tasks.spawn(async move {
                        claim::notify(&core, &tally, now, due).await;
                        drop(permit);
                    });
                    // Finished tasks are reaped as we go, so the set stays small.
                    while self.tasks.try_join_next().is_some() {}
                }
            }
        }
        Ok(())
    }

    /// `pwdMaxAge` of the entry's policy (its `pwdPolicySubentry`, else
    /// `directory.password_policy_dn`), read once per policy and run.
    async fn max_age(&mut self, e: &UserEntry) -> Result<Option<u64>, DirError> {
        let Some(dn) = e
            .first("pwdPolicySubentry")
            .map(str::to_string)
            .or_else(|| self.core.config.directory.password_policy_dn.clone())
        else {
            return Ok(None);
        };
        let key = dn.to_ascii_lowercase();
        if let Some(v) = self.policies.get(&key) {
            return Ok(*v);
        }
        let v = match self.core.directory.read_policy(&dn).await? {
            Some(p) => p.max_age_secs,
            None => {
                tracing::warn!(policy = %dn, "password policy entry not found or not readable: its accounts get no reminder");
                None
            }
        };
        self.policies.insert(key, v);
        Ok(v)
    }

    /// A dry run: counts and reports the reminder, writes and sends nothing.
    async fn plan(&self, d: Due) -> Result<(), DirError> {
        Tally::add(&self.tally.due, 1);
        let to = claim::recipients(&self.core, &d.entry).await?;
        let mut channels = Vec::new();
        if !to.emails.is_empty() {
            channels.push(Channel::Email);
        }
        if !to.mobiles.is_empty() {
            channels.push(Channel::Sms);
        }
        if channels.is_empty() {
            Tally::add(&self.tally.without_contact, 1);
        }
        if let Some(f) = &self.opts.on_planned {
            f(&Planned {
                username: username(&self.core, &d.entry),
                stage: d.stage,
                expiry: message::iso_date(d.expiry_ms),
                channels,
            });
        }
        Ok(())
    }
}

/// A reminder an account is due.
struct Due {
    entry: UserEntry,
    reference: String,
    stage: u32,
    expiry_ms: u64,
    max_age: u64,
}

/// The time the expiry counts from: the last password change, else the
/// creation of the entry (an account whose first password came with it).
fn reference(e: &UserEntry) -> Option<(String, u64)> {
    ["pwdChangedTime", "createTimestamp"].iter().find_map(|n| {
        let v = e.first(n)?;
        parse_generalized_time(v).map(|ms| (v.to_string(), ms))
    })
}

fn username(core: &Core, e: &UserEntry) -> String {
    e.first(&core.config.directory.attributes.username)
        .unwrap_or(&e.dn)
        .to_string()
}
