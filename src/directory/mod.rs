//! The only code that speaks LDAP: finding people, checking their passwords,
//! changing and resetting passwords with slapd's password policy in the loop,
//! and writing kleidi's attributes.

mod accounts;
mod entry;
mod error;
pub mod escape;
mod expiry;
mod people;
mod pool;
pub mod ppolicy;

use std::collections::HashSet;
use std::future::Future;

use ldap3::exop::PasswordModify;
use ldap3::{Ldap, Mod, Scope, SearchEntry};

pub use accounts::{ADMIN_LOCK, Found, Unlock};
pub use entry::{UserEntry, attr};
pub use error::DirError;
pub use expiry::{Claim, Scan};
pub use people::{Activated, Among, By, Recovery};
pub use ppolicy::{PolicyError, Warning};

use crate::config::{DirectoryConfig, PasswordWrite};
use crate::pwhash;
use crate::secret::Secret;
use pool::{BindPool, Connector, ServicePool};

/// A successful user bind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BindOutcome {
    /// Signed in; slapd may warn that the password expires soon or is in grace.
    Ok {
        /// Expiry warning or grace binds left.
        warning: Option<Warning>,
    },
    /// Signed in, but the password was reset by an administrator (`pwdReset`)
    /// and slapd allows nothing but a password change.
    MustChange,
}

/// The values of an entry's ppolicy that kleidi applies itself.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PasswordPolicy {
    /// `pwdMaxAge` in seconds (absent or 0: passwords do not expire).
    pub max_age_secs: Option<u64>,
    /// `pwdInHistory`: how many old passwords a new one must differ from.
    pub in_history: Option<usize>,
}

/// What a reset wrote: the password always; the `pwdReset` flag too, or
/// not yet (the password stands either way, and the answer must say so).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResetOutcome {
    /// Password and flag written.
    Done,
    /// The password is set; the flag write failed (with this error) after
    /// retries.
    FlagPending(String),
}

/// Whether a reset by the service account leaves the password temporary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResetKind {
    /// The user proved who they are and chose the password: not temporary.
    ChosenByUser,
    /// An operator issued it: the user must change it at next sign-in.
    Temporary,
}

/// One set of servers (the URIs for reads, or the providers for writes):
/// their health, a pool of service connections and a pool for user binds.
struct Servers {
    connector: Connector,
    service: ServicePool,
    binds: BindPool,
}

impl Servers {
    fn new(cfg: &DirectoryConfig, uris: &[String], password: Secret) -> Result<Self, DirError> {
        Ok(Self {
            connector: Connector::new(cfg, uris)?,
            service: ServicePool::new(cfg.pool_size, cfg.bind_dn.clone(), password),
            binds: BindPool::new(cfg.bind_pool_size),
        })
    }

    /// Probes the down URIs whose retry is due; the probe marks them up or
    /// down again (with a longer pause).
    async fn probe_due(&self) {
        for uri in self.connector.due() {
            if let Ok(mut l) = self.service.open(&self.connector, uri).await {
                let _ = l.unbind().await;
            }
        }
    }
}

/// The directory: the servers it reads from and, when `write_uris` is set,
/// the providers it writes to.
pub struct Directory {
    cfg: DirectoryConfig,
    reads: Servers,
    writes: Option<Servers>,
    attrs: Vec<String>,
    metrics: std::sync::Arc<crate::metrics::Metrics>,
}

impl Directory {
    /// Prepares the pools; no connection is opened until the first operation.
    pub fn new(cfg: DirectoryConfig, service_password: Secret) -> Result<Self, DirError> {
        let reads = Servers::new(&cfg, &cfg.uris, service_password.clone())?;
        let writes = if cfg.write_uris.is_empty() {
            None
        } else {
            Some(Servers::new(&cfg, &cfg.write_uris, service_password)?)
        };
        let a = &cfg.attributes;
        let mut attrs: Vec<String> = [
            &a.username,
            &a.display_name,
            &a.given_name,
            &a.surname,
            &a.mail,
            &a.mobile,
            &a.registrar_email,
            &a.affiliation,
            &a.department,
            &a.date_of_birth,
            &a.national_id,
            &a.student_number,
            &a.national_student_id,
            &a.employee_number,
            &a.preferred_language,
            &a.owner,
            &a.department_name,
            &a.father_name,
            &a.gender,
            &a.tax_number,
        ]
        .into_iter()
        // Optional mappings left empty are not read.
        .filter(|n| !n.is_empty())
        .cloned()
        .collect();
        attrs.extend(entry::OPERATIONAL.iter().map(|s| s.to_string()));
        attrs.extend(attr::ALL.iter().map(|s| s.to_string()));
        Ok(Self {
            cfg,
            reads,
            writes,
            attrs,
            metrics: Default::default(),
        })
    }

    /// Times its operations into `metrics` (the app's registry).
    #[must_use]
    pub fn with_metrics(mut self, metrics: std::sync::Arc<crate::metrics::Metrics>) -> Self {
        self.metrics = metrics;
        self
    }

    /// How many directory servers are marked down now.
    pub fn servers_down(&self) -> usize {
        std::iter::once(&self.reads)
            .chain(self.writes.as_ref())
            .map(|s| {
                (0..s.connector.uris().len())
                    .filter(|&i| !s.connector.is_up(i))
                    .count()
            })
            .sum()
    }

    /// Connections open now: service connections, idle bind connections,
    /// bind connections lent (reads and writes together).
    pub fn pool_sizes(&self) -> (usize, usize, usize) {
        let size = self.cfg.bind_pool_size;
        std::iter::once(&self.reads)
            .chain(self.writes.as_ref())
            .fold((0, 0, 0), |(s, i, l), p| {
                let (idle, lent) = p.binds.sizes(size);
                (s + p.service.open_count(), i + idle, l + lent)
            })
    }

    fn timed<T>(&self, op: &str, began: std::time::Instant, r: &Result<T, DirError>) {
        let answered = !matches!(r, Err(e) if e.is_unavailable());
        self.metrics.ldap(op, began.elapsed(), answered);
    }

    /// Also reads `names` with every entry (e.g. the attributes whose values
    /// a password must not contain).
    #[must_use]
    pub fn with_extra_attributes(mut self, names: &[String]) -> Self {
        for n in names {
            if !self.attrs.iter().any(|a| a.eq_ignore_ascii_case(n)) {
                self.attrs.push(n.clone());
            }
        }
        self
    }

    /// The directory part of the configuration.
    pub fn config(&self) -> &DirectoryConfig {
        &self.cfg
    }

    /// Reads the root DSE through a service connection: the readiness probe.
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.ping")]
    pub async fn ping(&self) -> Result<(), DirError> {
        self.read(|mut l, t| async move {
            l.with_timeout(t)
                .search("", Scope::Base, "(objectClass=*)", vec!["1.1"])
                .await
                .and_then(|r| r.success())
                .map(|_| ())
                .map_err(|e| DirError::from_ldap(e, None))
        })
        .await
    }

    /// Finds the one person whose username is `username` through the configured
    /// filter. Zero or several matches, or a value that cannot be a username
    /// (padding, control characters), are "not found", never an error.
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.find_user")]
    pub async fn find_user(&self, username: &str) -> Result<Option<UserEntry>, DirError> {
        if !escape::is_lookup_value(username) {
            return Ok(None);
        }
        let filter = escape::render_filter(&self.cfg.user_filter, &[("username", username)]);
        self.unique_in(&self.cfg.user_bases, &filter, &self.attrs)
            .await
    }

    /// The DN of the one person whose username is `username`, reading no
    /// attribute at all: sign-in needs only the DN, the bind tells the rest.
    /// With `user_dn_template` the DN is built without asking the directory
    /// (a name nobody has then fails at the bind, exactly like a wrong password).
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.find_user_dn")]
    pub async fn find_user_dn(&self, username: &str) -> Result<Option<String>, DirError> {
        if !escape::is_lookup_value(username) {
            return Ok(None);
        }
        if let Some(t) = &self.cfg.user_dn_template {
            return Ok(Some(escape::render_dn(t, &[("username", username)])));
        }
        let filter = escape::render_filter(&self.cfg.user_filter, &[("username", username)]);
        Ok(self
            .unique_in(&self.cfg.user_bases, &filter, &["1.1"])
            .await?
            .map(|e| e.dn))
    }

    /// Reads one entry with kleidi's usual attributes plus its `pwdHistory`
    /// and, where the service account may read it (a password administrator,
    /// set-up A of `schema/acl-examples.conf`), the current `userPassword`
    /// hash, in one round trip: a new password must differ from both.
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.read_entry_with_history")]
    pub async fn read_entry_with_history(&self, dn: &str) -> Result<Option<UserEntry>, DirError> {
        let mut attrs = self.attrs.clone();
        attrs.push("pwdHistory".to_string());
        attrs.push("userPassword".to_string());
        let hits = self
            .search_attrs(dn, Scope::Base, "(objectClass=*)", 1, &attrs)
            .await?;
        Ok(hits.into_iter().next().map(UserEntry::from_search))
    }

    /// Reads one entry by DN with kleidi's usual attributes.
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.read_entry")]
    pub async fn read_entry(&self, dn: &str) -> Result<Option<UserEntry>, DirError> {
        let hits = self.search(dn, Scope::Base, "(objectClass=*)", 1).await?;
        Ok(hits.into_iter().next().map(UserEntry::from_search))
    }

    /// True when the entry has a `userPassword` (a presence test: the hash is
    /// never read).
    pub async fn has_password(&self, dn: &str) -> Result<bool, DirError> {
        Ok(!self
            .search(dn, Scope::Base, "(userPassword=*)", 1)
            .await?
            .is_empty())
    }

    /// The password policy that governs `e`: its `pwdPolicySubentry`, else
    /// the configured default policy entry; empty when neither exists.
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.password_policy")]
    pub async fn password_policy(&self, e: &UserEntry) -> Result<PasswordPolicy, DirError> {
        let Some(dn) = e
            .first("pwdPolicySubentry")
            .map(str::to_string)
            .or_else(|| self.cfg.password_policy_dn.clone())
        else {
            return Ok(PasswordPolicy::default());
        };
        Ok(self.read_policy(&dn).await?.unwrap_or_default())
    }

    /// `pwdMaxAge` (seconds) of the policy that governs `e`.
    pub async fn password_max_age(&self, e: &UserEntry) -> Result<Option<u64>, DirError> {
        Ok(self.password_policy(e).await?.max_age_secs)
    }

    /// The raw `pwdHistory` values of an entry (`time#syntax#len#value`).
    pub async fn password_history(&self, dn: &str) -> Result<Vec<String>, DirError> {
        let dn = dn.to_string();
        self.read(move |mut l, t| {
            let dn = dn.clone();
            async move {
                let (rs, res) = l
                    .with_timeout(t)
                    .search(&dn, Scope::Base, "(objectClass=*)", vec!["pwdHistory"])
                    .await
                    .map_err(|e| DirError::from_ldap(e, None))?
                    .success()
                    .map_err(|e| DirError::from_ldap(e, None))?;
                let _ = res;
                Ok(rs
                    .into_iter()
                    .next()
                    .map(|e| UserEntry::from_search(SearchEntry::construct(e)))
                    .map(|e| e.values("pwdHistory").to_vec())
                    .unwrap_or_default())
            }
        })
        .await
    }

    async fn search(
        &self,
        base: &str,
        scope: Scope,
        filter: &str,
        limit: i32,
    ) -> Result<Vec<SearchEntry>, DirError> {
        self.search_attrs(base, scope, filter, limit, &self.attrs)
            .await
    }

    async fn search_attrs<S: AsRef<str> + Send + Sync>(
        &self,
        base: &str,
        scope: Scope,
        filter: &str,
        limit: i32,
        attrs: &[S],
    ) -> Result<Vec<SearchEntry>, DirError> {
        self.read(|mut l, t| async move {
            let r = l
                .with_timeout(t)
                .with_search_options(ldap3::SearchOptions::new().sizelimit(limit))
                .search(
                    base,
                    scope,
                    filter,
                    attrs.iter().map(AsRef::as_ref).collect::<Vec<&str>>(),
                )
                .await
                .map_err(|e| DirError::from_ldap(e, None))?;
            match r.1.rc {
                0 => Ok(r.0.into_iter().map(SearchEntry::construct).collect()),
                // sizeLimitExceeded: more than `limit` matched, which for a
                // lookup means "ambiguous", reported as nothing found.
                4 => Ok(Vec::new()),
                // noSuchObject: the base (or the DN read) does not exist.
                32 => Ok(Vec::new()),
                rc => Err(DirError::from_result(rc, r.1.text, None)),
            }
        })
        .await
    }

    /// Searches all `bases` at once and keeps the entry only when exactly one
    /// matched across them (a sizelimit of 2 per base tells "several" apart).
    async fn unique_in<S: AsRef<str> + Send + Sync>(
        &self,
        bases: &[String],
        filter: &str,
        attrs: &[S],
    ) -> Result<Option<UserEntry>, DirError> {
        let per_base = futures_util::future::try_join_all(
            bases
                .iter()
                .map(|b| self.search_attrs(b, Scope::Subtree, filter, 2, attrs)),
        )
        .await?;
        let mut all = per_base.into_iter().flatten();
        match (all.next(), all.next()) {
            (Some(e), None) => Ok(Some(UserEntry::from_search(e))),
            _ => Ok(None),
        }
    }

    /// The servers writes go to: the providers when `write_uris` is set.
    fn w(&self) -> &Servers {
        self.writes.as_ref().unwrap_or(&self.reads)
    }

    /// Retries the servers marked down whose pause is over; run every
    /// second by the daemon, so that kleidi returns to the first URI (the
    /// provider) once it answers again.
    pub async fn probe_down_servers(&self) {
        self.reads.probe_due().await;
        if let Some(w) = &self.writes {
            w.probe_due().await;
        }
    }

    /// A read, timed as `search`.
    async fn read<T, F, Fut>(&self, f: F) -> Result<T, DirError>
    where
        F: Fn(Ldap, std::time::Duration) -> Fut,
        Fut: Future<Output = Result<T, DirError>>,
    {
        let began = std::time::Instant::now();
        let r = self.read_untimed(f).await;
        self.timed("search", began, &r);
        r
    }

    /// Runs a read-only operation on a service connection. A failure to get
    /// an answer (timeout, lost connection) counts against that server, and
    /// the operation is tried once more on a fresh connection, to the next
    /// server if that one is now down.
    async fn read_untimed<T, F, Fut>(&self, f: F) -> Result<T, DirError>
    where
        F: Fn(Ldap, std::time::Duration) -> Fut,
        Fut: Future<Output = Result<T, DirError>>,
    {
        let s = &self.reads;
        let mut last = None;
        for _ in 0..2 {
            let svc = s.service.get(&s.connector).await?;
            match f(svc.ldap, s.connector.op_timeout).await {
                Err(e) if e.is_unavailable() => {
                    s.service.invalidate(svc.slot);
                    s.connector.mark_down(svc.uri, &e);
                    last = Some(e);
                }
                r => return r,
            }
        }
        Err(last.unwrap_or_else(|| DirError::Unavailable("no attempt made".into())))
    }

    /// A write, timed as `write`.
    async fn write<T, F, Fut>(&self, f: F) -> Result<T, DirError>
    where
        F: FnOnce(Ldap, std::time::Duration) -> Fut,
        Fut: Future<Output = Result<T, DirError>>,
    {
        let began = std::time::Instant::now();
        let r = self.write_untimed(f).await;
        self.timed("write", began, &r);
        r
    }

    /// Runs a write on a service connection to the write servers. Not
    /// retried: a write whose answer was lost may have been applied, and the
    /// caller verifies before saying what happened.
    async fn write_untimed<T, F, Fut>(&self, f: F) -> Result<T, DirError>
    where
        F: FnOnce(Ldap, std::time::Duration) -> Fut,
        Fut: Future<Output = Result<T, DirError>>,
    {
        let s = self.w();
        let svc = s.service.get(&s.connector).await?;
        let r = f(svc.ldap, s.connector.op_timeout)
            .await
            .map_err(|e| e.sent_to(svc.uri));
        if let Err(e) = &r
            && e.is_unavailable()
        {
            s.service.invalidate(svc.slot);
            s.connector.mark_down(svc.uri, e);
        }
        r
    }

    /// Checks a user's password (a bind), timed as `bind`.
    pub async fn authenticate(&self, dn: &str, password: &str) -> Result<BindOutcome, DirError> {
        let began = std::time::Instant::now();
        let r = self.authenticate_untimed(dn, password).await;
        self.timed("bind", began, &r);
        r
    }

    /// Checks a user's password with a bind on a connection of the bind pool,
    /// asking slapd for its password policy state. A bind that got no answer
    /// is tried once more (on the next server if that one is now down).
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.authenticate")]
    async fn authenticate_untimed(
        &self,
        dn: &str,
        password: &str,
    ) -> Result<BindOutcome, DirError> {
        if password.trim().is_empty() {
            return Err(DirError::EmptyPassword);
        }
        let s = &self.reads;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut lent = s.binds.take(&s.connector).await?;
            let r = user_bind(&mut lent.ldap, s.connector.op_timeout, dn, password).await;
            s.binds.give_back(&s.connector, lent, &r);
            match r {
                Err(e) if e.is_unavailable() && attempt < 2 => continue,
                r => return r,
            }
        }
    }

    /// Whether `password` is the entry's password now on write server
    /// number `uri` (the one a write without answer went to; another server
    /// may not have seen it yet, and a "no" from it would prove nothing),
    /// tried with a bind on a fresh connection (never one that may hold a
    /// stalled request): the way to learn the outcome of a change whose
    /// answer never came. `Ok(None)` when that server could not be asked.
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.password_is")]
    pub async fn password_is(
        &self,
        uri: usize,
        dn: &str,
        password: &str,
    ) -> Result<Option<bool>, DirError> {
        let c = &self.w().connector;
        let Ok(mut l) = c.connect_one(uri).await else {
            return Ok(None);
        };
        let r = user_bind(&mut l, c.op_timeout, dn, password).await;
        let _ = l.unbind().await;
        match r {
            Ok(_) | Err(DirError::Policy(PolicyError::PasswordExpired)) => Ok(Some(true)),
            Err(DirError::InvalidCredentials) => Ok(Some(false)),
            Err(e) if e.is_unavailable() => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Changes a password as the user, timed as `change_password`.
    pub async fn change_password(
        &self,
        dn: &str,
        old: &str,
        new: &str,
    ) -> Result<Option<Warning>, DirError> {
        let began = std::time::Instant::now();
        let r = self.change_password_untimed(dn, old, new).await;
        self.timed("change_password", began, &r);
        r
    }

    /// Changes a password as the user (bind, then Password Modify with the old
    /// password) on a write server, so slapd's ppolicy checks quality and
    /// history. A bind that got no answer is tried once more; the write
    /// itself never is.
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.change_password")]
    async fn change_password_untimed(
        &self,
        dn: &str,
        old: &str,
        new: &str,
    ) -> Result<Option<Warning>, DirError> {
        if old.trim().is_empty() || new.trim().is_empty() {
            return Err(DirError::EmptyPassword);
        }
        let s = self.w();
        let t = s.connector.op_timeout;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut lent = s.binds.take(&s.connector).await?;
            let bound = user_bind(&mut lent.ldap, t, dn, old).await.map(|_| ());
            if matches!(&bound, Err(e) if e.is_unavailable()) && attempt < 2 {
                s.binds.give_back(&s.connector, lent, &bound);
                continue;
            }
            let r = match bound {
                Err(e) => Err(e),
                Ok(()) => match self.cfg.password_write {
                    PasswordWrite::Exop => {
                        passmod(&mut lent.ldap, t, Some(dn), Some(old), new).await
                    }
                    PasswordWrite::Hash => {
                        let h = pwhash::hash(self.cfg.password_hash, new);
                        modify(&mut lent.ldap, t, dn, vec![replace("userPassword", &h)])
                            .await
                            .map(|()| None)
                    }
                }
                .map_err(|e| e.sent_to(lent.uri)),
            };
            s.binds.give_back(&s.connector, lent, &r);
            return r;
        }
    }

    /// Sets a new password as the service account. slapd treats an account
    /// with `manage` on `userPassword` as a password administrator and skips its
    /// quality and history checks, so callers run the policy engine (with
    /// [`Directory::password_history`]) first.
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.reset_password")]
    pub async fn reset_password(
        &self,
        dn: &str,
        new: &str,
        kind: ResetKind,
    ) -> Result<ResetOutcome, DirError> {
        if new.trim().is_empty() {
            return Err(DirError::EmptyPassword);
        }
        let write = self.cfg.password_write;
        let scheme = self.cfg.password_hash;
        self.write(|mut l, t| async move {
            match write {
                PasswordWrite::Exop => passmod(&mut l, t, Some(dn), None, new).await.map(|_| ()),
                PasswordWrite::Hash => {
                    let h = pwhash::hash(scheme, new);
                    modify(&mut l, t, dn, vec![replace("userPassword", &h)]).await
                }
            }
        })
        .await?;
        // The password is set from here on: whatever happens to the flag,
        // the answer must say so. Its write is retried a few times before
        // the outcome says it is still pending.
        let mut last = None;
        for wait_ms in [0, 200, 400, 800] {
            tokio::time::sleep(std::time::Duration::from_millis(wait_ms)).await;
            match self.set_reset_flag(dn, kind).await {
                Ok(()) => return Ok(ResetOutcome::Done),
                Err(e) => last = Some(e),
            }
        }
        Ok(ResetOutcome::FlagPending(
            last.map(|e| e.to_string()).unwrap_or_default(),
        ))
    }

    /// Sets `pwdReset` for a temporary password, or clears it for one the
    /// user chose (slapd sets it on an administrator's change when the
    /// policy has pwdMustChange).
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.set_reset_flag")]
    pub async fn set_reset_flag(&self, dn: &str, kind: ResetKind) -> Result<(), DirError> {
        self.write(|mut l, t| async move {
            let m = match kind {
                ResetKind::Temporary => replace("pwdReset", "TRUE"),
                ResetKind::ChosenByUser => Mod::Delete("pwdReset".to_string(), HashSet::new()),
            };
            match modify(&mut l, t, dn, vec![m]).await {
                // noSuchAttribute: pwdReset was not set, which is what we wanted.
                Err(DirError::Ldap { rc: 16, .. }) => Ok(()),
                r => r,
            }
        })
        .await
    }

    /// Tries each URI (for reads, then for writes) on its own connection,
    /// bound as the service account (for `check-config`).
    pub async fn probe_uris(&self) -> Vec<(String, &'static str, Result<(), DirError>)> {
        let mut out = Vec::new();
        let roles = std::iter::once(("reads", &self.reads))
            .chain(self.writes.as_ref().map(|w| ("writes", w)));
        for (role, s) in roles {
            for (i, uri) in s.connector.uris().iter().enumerate() {
                let r = s.service.open(&s.connector, i).await.map(|mut l| {
                    tokio::spawn(async move {
                        let _ = l.unbind().await;
                    });
                });
                out.push((uri.clone(), role, r));
            }
        }
        out
    }

    /// How many entries under `base` the service account sees, up to 1.
    pub async fn count_visible(&self, base: &str) -> Result<usize, DirError> {
        let base = base.to_string();
        self.read(move |mut l, t| {
            let base = base.clone();
            async move {
                let r = l
                    .with_timeout(t)
                    .with_search_options(ldap3::SearchOptions::new().sizelimit(1))
                    .search(&base, Scope::Subtree, "(objectClass=*)", vec!["1.1"])
                    .await
                    .map_err(|e| DirError::from_ldap(e, None))?;
                match r.1.rc {
                    0 | 4 => Ok(r.0.len()),
                    32 => Ok(0),
                    rc => Err(DirError::from_result(rc, r.1.text, None)),
                }
            }
        })
        .await
    }

    /// Applies modifications to an entry as the service account.
    async fn modify(&self, dn: &str, mods: Vec<Mod<String>>) -> Result<(), DirError> {
        self.write(|mut l, t| async move { modify(&mut l, t, dn, mods).await })
            .await
    }
}

/// A single-valued replace.
fn replace(attr: &str, value: &str) -> Mod<String> {
    Mod::Replace(attr.to_string(), HashSet::from([value.to_string()]))
}

async fn user_bind(
    l: &mut Ldap,
    t: std::time::Duration,
    dn: &str,
    password: &str,
) -> Result<BindOutcome, DirError> {
    let res = l
        .with_timeout(t)
        .with_controls(vec![ppolicy::request()])
        .simple_bind(dn, password)
        .await
        .map_err(|e| DirError::from_ldap(e, None))?;
    let pp = ppolicy::find(&res.ctrls).unwrap_or_default();
    match res.rc {
        0 if pp.error == Some(PolicyError::ChangeAfterReset) => Ok(BindOutcome::MustChange),
        0 => Ok(BindOutcome::Ok {
            warning: pp.warning,
        }),
        rc => Err(DirError::from_result(rc, res.text, pp.error)),
    }
}

async fn passmod(
    l: &mut Ldap,
    t: std::time::Duration,
    user: Option<&str>,
    old: Option<&str>,
    new: &str,
) -> Result<Option<Warning>, DirError> {
    let ldap3::result::ExopResult(_, res) = l
        .with_timeout(t)
        .with_controls(vec![ppolicy::request()])
        .extended(PasswordModify {
            user_id: user,
            old_pass: old,
            new_pass: Some(new),
        })
        .await
        .map_err(|e| DirError::from_ldap(e, None))?;
    let pp = ppolicy::find(&res.ctrls).unwrap_or_default();
    match res.rc {
        0 => Ok(pp.warning),
        // A wrong old password on Password Modify is unwillingToPerform (53)
        // or invalidCredentials (49) depending on the server; both mean "wrong".
        rc => Err(DirError::from_result(rc, res.text, pp.error)),
    }
}

async fn modify(
    l: &mut Ldap,
    t: std::time::Duration,
    dn: &str,
    mods: Vec<Mod<String>>,
) -> Result<(), DirError> {
    let res = l
        .with_timeout(t)
        .modify(dn, mods)
        .await
        .map_err(|e| DirError::from_ldap(e, None))?;
    match res.rc {
        0 => Ok(()),
        rc => Err(DirError::from_result(rc, res.text, None)),
    }
}
