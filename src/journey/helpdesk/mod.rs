//! The helpdesk: operators sign in with their own directory account, find
//! an account, see its state and act on it (a temporary password, unlock, a
//! reset link, the owner of an impersonal account). Who is an operator comes
//! from group membership, checked at sign-in and again before every action.
//! Every operator action is one audit event: in the log, and kept in the
//! state store per account for `/helpdesk/audit`.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use zeroize::Zeroizing;

pub(crate) mod state;

use state::{ACTION_LOCK, EVENTS_KEPT};
pub use state::{HelpdeskState, Operator, OperatorEvent};

use crate::clock::{Millis, parse_generalized_time};
use crate::config::HelpdeskConfig;
use crate::core::{Core, CoreRef};
use crate::directory::{ADMIN_LOCK, DirError, ResetKind, ResetOutcome, Unlock, UserEntry, attr};
use crate::journey::JourneyError;
use crate::journey::Refusal;
use crate::journey::account::check_credentials;
use crate::journey::addresses;
use crate::journey::notices::entry_lang;
use crate::journey::password_set::password_was_set;
use crate::journey::send::{Delivery, send_one};
use crate::notify::{Channel, mask};
use crate::policy::SuggestionKind;
use crate::state::Change;
use crate::token::{random_token, token_key};

fn cfg(core: &Core) -> Result<&HelpdeskConfig, JourneyError> {
    let c = &core.config.helpdesk;
    if c.enabled {
        Ok(c)
    } else {
        Err(JourneyError::NotOffered)
    }
}

/// Records one operator event: the log line (JSON with `logging.format =
/// "json"`), the metrics, and the account's trail.
pub async fn record(
    core: &Core,
    operator: &str,
    target: &str,
    action: &'static str,
    outcome: &'static str,
    ip: IpAddr,
) {
    let at = core.clock.now_ms();
    core.metrics.event(action, outcome);
    tracing::info!(
        target: "audit",
        action,
        outcome,
        operator,
        subject = target,
        ip = %ip,
        at = %crate::clock::generalized_time(at),
        "helpdesk"
    );
    let Ok(c) = cfg(core) else { return };
    let ttl = Duration::from_secs(c.audit_days * 86_400);
    let ev = OperatorEvent {
        at,
        operator: operator.to_string(),
        target: target.to_string(),
        action: action.to_string(),
        outcome: outcome.to_string(),
        client: ip.to_string(),
    };
    let id = target.to_ascii_lowercase();
    let h = &core.helpdesk;
    // Insert the trail, else add to it; a trail that expires in between
    // is inserted afresh (twice at most: it cannot keep expiring).
    let mut kept = Ok(false);
    for _ in 0..2 {
        kept = match h.events.insert_new(&id, &vec![ev.clone()], ttl).await {
            Ok(false) => h
                .events
                .update(&id, ttl, |list| {
                    list.push(ev.clone());
                    let over = list.len().saturating_sub(EVENTS_KEPT);
                    list.drain(..over);
                    (Change::Write, ())
                })
                .await
                .map(|added| added.is_some()),
            other => other,
        };
        if !matches!(kept, Ok(false)) {
            break;
        }
    }
    match kept {
        Ok(true) => {}
        Ok(false) => tracing::warn!(
            "helpdesk event not kept for /helpdesk/audit: its trail kept expiring (it is in the log)"
        ),
        Err(e) => {
            tracing::warn!(error = %e, "helpdesk event not kept for /helpdesk/audit (it is in the log)")
        }
    }
}

/// Signs an operator in: their own password, then membership of an
/// operator group. Someone else gets `NotOperator` and an audit event.
#[tracing::instrument(level = "debug", skip_all, name = "journey.helpdesk.sign_in")]
pub async fn sign_in(
    core: &Core,
    username: &str,
    password: &str,
    ip: IpAddr,
) -> Result<String, JourneyError> {
    let c = cfg(core)?;
    let v = check_credentials(core, username, password, ip, "helpdesk.sign_in").await?;
    if !core
        .directory
        .is_member(&v.dn, &c.operator_groups, c.membership)
        .await?
    {
        record(core, &v.dn, &v.dn, "helpdesk.sign_in", "not_operator", ip).await;
        return Err(JourneyError::NotOperator);
    }
    if v.restricted {
        // An operator whose own password must change first changes it on
        // the account pages.
        record(core, &v.dn, &v.dn, "helpdesk.sign_in", "must_change", ip).await;
        return Err(JourneyError::MustChangePassword);
    }
    let now = core.clock.now_ms();
    let op = Operator {
        dn: v.dn.clone(),
        username: v.username,
        created: now,
        last_seen: now,
    };
    let token = random_token();
    let key = token_key(&token);
    let max = Duration::from_secs(c.session_max_hours * 3600);
    if !core.helpdesk.sessions.insert_new(&key, &op, max).await? {
        return Err(JourneyError::Busy);
    }
    // Filed with the person's own sessions: a change or reset of the
    // operator's password ends this one too.
    core.state
        .index_add(
            &super::session::index_of(&v.dn),
            &core.helpdesk.sessions.key(&key),
            max,
        )
        .await?;
    record(core, &v.dn, &v.dn, "helpdesk.sign_in", "ok", ip).await;
    Ok(token)
}

/// The operator of a session token; `NotSignedIn` when none, idle too long
/// or past its age.
pub async fn operator(core: &Core, token: &str) -> Result<Operator, JourneyError> {
    let c = cfg(core)?;
    if token.is_empty() {
        return Err(JourneyError::NotSignedIn);
    }
    let key = token_key(token);
    let now = core.clock.now_ms();
    let idle = c.session_idle_minutes * 60_000;
    let max_ms = c.session_max_hours * 3_600_000;
    let max = Duration::from_secs(c.session_max_hours * 3600);
    let found = core
        .helpdesk
        .sessions
        .update(&key, max, |op| {
            if now > op.last_seen + idle || now > op.created + max_ms {
                return (Change::Delete, None);
            }
            op.last_seen = now;
            (Change::Write, Some(op.clone()))
        })
        .await?;
    found.flatten().ok_or(JourneyError::NotSignedIn)
}

/// Ends an operator session.
pub async fn sign_out(core: &Core, token: &str) -> Result<(), JourneyError> {
    if !token.is_empty() {
        core.helpdesk.sessions.delete(&token_key(token)).await?;
    }
    Ok(())
}

/// One account in a search result.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Summary {
    /// Username.
    pub username: String,
    /// Display name.
    pub name: String,
    /// Role (eduPersonAffiliation), if any.
    pub affiliation: Option<String>,
}

/// A search's page.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SearchResult {
    /// Matching accounts.
    pub accounts: Vec<Summary>,
    /// More match than shown: refine the search or ask for the next page.
    pub more: bool,
    /// This page (from 1).
    pub page: usize,
}

/// Pages a search may go to.
const MAX_PAGES: usize = 10;

/// Searches accounts by username, name, email, mobile or personal number.
#[tracing::instrument(level = "debug", skip_all, name = "journey.helpdesk.search")]
pub async fn search(
    core: &Core,
    op: &Operator,
    q: &str,
    page: usize,
) -> Result<SearchResult, JourneyError> {
    let c = cfg(core)?;
    let q = q.trim();
    let n = q.chars().count();
    if n < 2 {
        return Err(JourneyError::Fields(vec![("q", "search_too_short")]));
    }
    if n > 100 {
        return Err(JourneyError::Fields(vec![("q", "search_too_long")]));
    }
    if !(1..=MAX_PAGES).contains(&page) {
        return Err(JourneyError::Fields(vec![("page", "page_out_of_range")]));
    }
    per_operator(core, op, "search", c.searches_per_minute, 60).await?;
    let a = &core.config.directory.attributes;
    let mut numbers = core.config.recovery.personal_number_attributes.clone();
    numbers.extend(
        [
            &a.student_number,
            &a.employee_number,
            &a.national_student_id,
        ]
        .into_iter()
        .filter(|n| !n.is_empty())
        .cloned(),
    );
    numbers.sort();
    numbers.dedup();
    let country = crate::domain::Country::parse(&core.config.i18n.phone_country).ok();
    let found = core
        .directory
        .search_accounts(q, &numbers, country, page, c.search_limit)
        .await?;
    let accounts = found
        .accounts
        .iter()
        .map(|e| Summary {
            username: e.first(&a.username).unwrap_or_default().to_string(),
            name: e.first(&a.display_name).unwrap_or_default().to_string(),
            affiliation: e.first(&a.affiliation).map(str::to_string),
        })
        .collect();
    Ok(SearchResult {
        accounts,
        more: found.more,
        page,
    })
}

/// Counts one event against an operator's own budget.
async fn per_operator(
    core: &Core,
    op: &Operator,
    what: &str,
    limit: u32,
    period_secs: u64,
) -> Result<(), JourneyError> {
    let key = format!("helpdesk-{what}:{}", op.dn.to_ascii_lowercase());
    match core
        .state
        .rate(&key, limit, Duration::from_secs(period_secs))
        .await?
    {
        None => Ok(()),
        Some(wait) => Err(JourneyError::Limited(wait)),
    }
}

/// Whether slapd's lockout holds the account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum Lock {
    /// Not locked.
    No,
    /// Locked by too many failed binds, since then (ms since the epoch).
    Failures {
        /// When the lock began.
        since: Millis,
    },
    /// Locked by an administrator by hand: not for the helpdesk to lift.
    Administrator,
}

/// An account as operators see it. Contacts are masked.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AccountState {
    /// Username.
    pub username: String,
    /// Display name.
    pub name: String,
    /// The entry's DN.
    pub dn: String,
    /// Role (eduPersonAffiliation).
    pub affiliation: Option<String>,
    /// Activated through kleidi, and when (ms since the epoch).
    pub activated_at: Option<Millis>,
    /// The password was set by an operator and must be changed (`pwdReset`).
    pub must_change: bool,
    /// slapd's lockout.
    pub lock: Lock,
    /// Recent failed binds slapd counts (`pwdFailureTime`).
    pub failures: usize,
    /// When the password was last changed (`pwdChangedTime`).
    pub password_changed_at: Option<Millis>,
    /// When the password expires under its policy's `pwdMaxAge`.
    pub password_expires_at: Option<Millis>,
    /// When the entry was created.
    pub created_at: Option<Millis>,
    /// The verified recovery email, masked.
    pub recovery_email: Option<String>,
    /// The verified recovery mobile, masked.
    pub recovery_mobile: Option<String>,
    /// The registrar's external email, masked.
    pub registrar_email: Option<String>,
    /// For an impersonal account: the username (or DN) of its owner.
    pub owner: Option<String>,
}

async fn find(core: &Core, username: &str) -> Result<UserEntry, JourneyError> {
    let u = crate::domain::Username::parse(username.trim())
        .map_err(|e| JourneyError::Fields(vec![("username", e.code())]))?;
    let Some(e) = core.directory.find_user(u.as_str()).await? else {
        return Err(JourneyError::NoSuchAccount);
    };
    core.directory
        .read_account(&e.dn)
        .await?
        .ok_or(JourneyError::NoSuchAccount)
}

/// An account's state.
#[tracing::instrument(level = "debug", skip_all, name = "journey.helpdesk.account")]
pub async fn account(
    core: &Core,
    op: &Operator,
    username: &str,
    ip: IpAddr,
) -> Result<AccountState, JourneyError> {
    let c = cfg(core)?;
    per_operator(core, op, "search", c.searches_per_minute, 60).await?;
    let e = find(core, username).await?;
    let state = describe(core, &e).await?;
    tracing::info!(target: "audit", operator = %op.dn, subject = %e.dn, ip = %ip, "helpdesk.view");
    Ok(state)
}

async fn describe(core: &Core, e: &UserEntry) -> Result<AccountState, JourneyError> {
    let a = &core.config.directory.attributes;
    let time = |name: &str| e.first(name).and_then(parse_generalized_time);
    let changed = time("pwdChangedTime");
    let created = time("createTimestamp");
    let max_age = core.directory.password_max_age(e).await?;
    let expires = match (changed.or(created), max_age) {
        (Some(from), Some(age)) => Some(from + age * 1000),
        _ => None,
    };
    let lock = match e.first("pwdAccountLockedTime") {
        None => Lock::No,
        Some(ADMIN_LOCK) => Lock::Administrator,
        Some(t) => Lock::Failures {
            since: parse_generalized_time(t).unwrap_or(0),
        },
    };
    let owner = match e.first(&a.owner) {
        Some(dn) => Some(
            core.directory
                .read_entry(dn)
                .await?
                .and_then(|o| o.first(&a.username).map(str::to_string))
                .unwrap_or_else(|| dn.to_string()),
        ),
        None => None,
    };
    let masked = |name: &str| {
        (!name.is_empty())
            .then(|| e.first(name))
            .flatten()
            .map(mask)
    };
    Ok(AccountState {
        username: e.first(&a.username).unwrap_or_default().to_string(),
        name: e.first(&a.display_name).unwrap_or_default().to_string(),
        dn: e.dn.clone(),
        affiliation: e.first(&a.affiliation).map(str::to_string),
        activated_at: time(attr::ACTIVATED_AT),
        must_change: e.must_change(),
        lock,
        failures: e.values("pwdFailureTime").len(),
        password_changed_at: changed,
        password_expires_at: expires,
        created_at: created,
        recovery_email: masked(attr::RECOVERY_EMAIL),
        recovery_mobile: masked(attr::RECOVERY_MOBILE),
        registrar_email: masked(&a.registrar_email),
        owner,
    })
}

/// The checks every action shares: the operator's budget, their membership
/// (again: it may have been withdrawn since sign-in), the account, and a
/// hold on it so that two operators do not act on one account at once.
struct Acting<'a> {
    core: &'a Core,
    entry: UserEntry,
    hold: String,
}

impl Acting<'_> {
    async fn release(self) {
        if let Err(e) = self.core.helpdesk.busy.delete(&self.hold).await {
            tracing::warn!(error = %e, "helpdesk hold not released (it lapses by itself)");
        }
    }
}

async fn begin<'a>(
    core: &'a Core,
    op: &Operator,
    username: &str,
    action: &'static str,
    ip: IpAddr,
) -> Result<Acting<'a>, JourneyError> {
    let c = cfg(core)?;
    per_operator(core, op, "action", c.actions_per_hour, 3600).await?;
    if !core
        .directory
        .is_member(&op.dn, &c.operator_groups, c.membership)
        .await?
    {
        record(core, &op.dn, &op.dn, action, "not_operator", ip).await;
        return Err(JourneyError::NotOperator);
    }
    let entry = find(core, username).await?;
    let hold = entry.dn.to_ascii_lowercase();
    if !core
        .helpdesk
        .busy
        .insert_new(&hold, &op.dn, ACTION_LOCK)
        .await?
    {
        record(core, &op.dn, &entry.dn, action, "account_busy", ip).await;
        return Err(JourneyError::Refused(Refusal::AccountBusy));
    }
    Ok(Acting { core, entry, hold })
}

/// Runs `act` on the account while holding it, and records the outcome.
async fn act<T, F, Fut>(
    core: &Core,
    op: &Operator,
    username: &str,
    action: &'static str,
    ip: IpAddr,
    f: F,
) -> Result<T, JourneyError>
where
    F: FnOnce(UserEntry) -> Fut,
    Fut: std::future::Future<Output = Result<T, JourneyError>>,
{
    let acting = begin(core, op, username, action, ip).await?;
    let dn = acting.entry.dn.clone();
    let r = f(acting.entry.clone()).await;
    acting.release().await;
    let outcome = match &r {
        Ok(_) => "ok",
        Err(e) => e.code(),
    };
    record(core, &op.dn, &dn, action, outcome, ip).await;
    r
}

/// A temporary password the operator reads out once.
#[derive(Debug, Clone)]
pub struct Temporary {
    /// The password (never stored or logged by kleidi).
    pub password: Zeroizing<String>,
    /// slapd will demand a change at first use (`pwdReset` written).
    pub change_forced: bool,
}

/// Issues a temporary password: generated to the policy, written by the
/// service account with `pwdReset: TRUE` so slapd and kleidi demand a
/// change at first use. The operator re-enters their own password first.
#[tracing::instrument(
    level = "debug",
    skip_all,
    name = "journey.helpdesk.temporary_password"
)]
pub async fn temporary_password(
    core: &Core,
    op: &Operator,
    username: &str,
    operator_password: &str,
    ip: IpAddr,
) -> Result<Temporary, JourneyError> {
    let action = "helpdesk.temporary_password";
    cfg(core)?;
    let target = find(core, username).await?;
    reauthenticate(core, op, &target.dn, operator_password, action, ip).await?;
    act(core, op, username, action, ip, |e| async move {
        if e.dn.eq_ignore_ascii_case(&op.dn) {
            return Err(JourneyError::Refused(Refusal::OwnAccount));
        }
        let a = &core.config.directory.attributes;
        let names = |n: &str| e.values(n).iter().map(String::as_str).collect::<Vec<_>>();
        let ctx = crate::policy::CheckContext {
            username: e.first(&a.username),
            given_names: names(&a.given_name),
            surnames: names(&a.surname),
            ..Default::default()
        };
        // A passphrase is easier to read out on the phone than symbols.
        let password = core
            .policy
            .suggest_for(1, SuggestionKind::Passphrase, &ctx)
            .into_iter()
            .chain(core.policy.suggest_for(1, SuggestionKind::Random, &ctx))
            .next()
            .map(Zeroizing::new)
            .ok_or(JourneyError::Refused(Refusal::PolicyUnsatisfiable))?;
        let outcome = match core
            .directory
            .reset_password(&e.dn, &password, ResetKind::Temporary)
            .await
        {
            Ok(o) => o,
            // The write may or may not have landed: the operator issues
            // another one, which replaces it either way.
            Err(DirError::NoAnswer { .. }) => return Err(JourneyError::OutcomeUnknown),
            Err(err) => return Err(err.into()),
        };
        password_was_set(core, &e.dn, None, None).await?;
        let change_forced = outcome == ResetOutcome::Done;
        super::flag_outcome(&e.dn, outcome);
        Ok(Temporary {
            password,
            change_forced,
        })
    })
    .await
}

/// The operator's own password, again, with their failed sign-ins counted:
/// a stolen operator session cannot guess it.
async fn reauthenticate(
    core: &Core,
    op: &Operator,
    target: &str,
    password: &str,
    action: &'static str,
    ip: IpAddr,
) -> Result<(), JourneyError> {
    if password.trim().is_empty() {
        return Err(JourneyError::Fields(vec![(
            "operator_password",
            "required",
        )]));
    }
    if !core.sessions.reserve_try(&op.dn).await? {
        return Err(JourneyError::TooManyFailures);
    }
    match core.directory.authenticate(&op.dn, password).await {
        Ok(crate::directory::BindOutcome::Ok { .. }) => {
            core.sessions.clear_failures(&op.dn).await?;
            Ok(())
        }
        Err(e) if e.is_unavailable() => Err(e.into()),
        _ => {
            record(core, &op.dn, target, action, "reauth_failed", ip).await;
            Err(JourneyError::ReauthRequired)
        }
    }
}

/// Lifts slapd's lockout after failed binds (not an administrator's lock),
/// and forgets kleidi's own count of failed sign-ins.
#[tracing::instrument(level = "debug", skip_all, name = "journey.helpdesk.unlock")]
pub async fn unlock(
    core: &Core,
    op: &Operator,
    username: &str,
    ip: IpAddr,
) -> Result<(), JourneyError> {
    act(core, op, username, "helpdesk.unlock", ip, |e| async move {
        let Some(seen) = e.first("pwdAccountLockedTime") else {
            return Err(JourneyError::Refused(Refusal::NotLocked));
        };
        if seen == ADMIN_LOCK {
            return Err(JourneyError::Refused(Refusal::LockedByAdministrator));
        }
        let was = core.directory.unlock(&e.dn, seen).await?;
        core.sessions.clear_failures(&e.dn).await?;
        match was {
            Unlock::Unlocked => Ok(()),
            Unlock::NotLocked => Err(JourneyError::Refused(Refusal::NotLocked)),
        }
    })
    .await
}

/// Where a reset link went.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct LinkSent {
    /// The address, masked.
    pub to: String,
}

/// Sends a reset link to the account's registered email (for an impersonal
/// account, its owner's), as `recovery.send_to` names; the operator hears
/// whether it went. An account not activated yet is refused: activation
/// sends its own PIN inside the journey the person starts.
#[tracing::instrument(level = "debug", skip_all, name = "journey.helpdesk.send_reset")]
pub async fn send_reset<A: CoreRef>(
    app: &Arc<A>,
    op: &Operator,
    username: &str,
    ip: IpAddr,
) -> Result<LinkSent, JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    act(
        core,
        op,
        username,
        "helpdesk.send_reset",
        ip,
        |e| async move {
            let r = &core.config.recovery;
            if !r.enabled || !r.email {
                return Err(JourneyError::Refused(Refusal::ResetLinksOff));
            }
            let act_cfg = &core.config.activation;
            let active = !act_cfg.enabled
                || e.first(attr::ACTIVATED_AT).is_some()
                || (act_cfg.existing_password_means_active
                    && core.directory.has_password(&e.dn).await?);
            if !active {
                return Err(JourneyError::Refused(Refusal::NotActivated));
            }
            let Some(to_entry) = addresses::recipient(core, &e).await? else {
                return Err(JourneyError::Refused(Refusal::NoRegisteredEmail));
            };
            let to = addresses::first_of(core, &to_entry, &r.send_to);
            let Some(email) = to.emails.first() else {
                return Err(JourneyError::Refused(Refusal::NoRegisteredEmail));
            };
            let lang = entry_lang(core, &to_entry);
            let o = super::recovery::new_link(core, &e, email, &lang).await?;
            match send_one(core, &e.dn, None, o).await {
                Delivery::Sent => Ok(LinkSent {
                    to: mask(email.as_str()),
                }),
                Delivery::OverLimit => Err(JourneyError::Refused(Refusal::SendLimit)),
                Delivery::Failed(ch, err) => {
                    tracing::warn!(channel = %ch, error = %err, "helpdesk reset link not sent");
                    Err(JourneyError::SendFailed(Channel::Email))
                }
            }
        },
    )
    .await
}

/// Names the person who answers for an impersonal account.
#[tracing::instrument(level = "debug", skip_all, name = "journey.helpdesk.set_owner")]
pub async fn set_owner(
    core: &Core,
    op: &Operator,
    username: &str,
    owner: &str,
    ip: IpAddr,
) -> Result<String, JourneyError> {
    let owner = crate::domain::Username::parse(owner.trim())
        .map_err(|e| JourneyError::Fields(vec![("owner", e.code())]))?;
    act(
        core,
        op,
        username,
        "helpdesk.set_owner",
        ip,
        |e| async move {
            let a = &core.config.directory.attributes;
            let Some(o) = core.directory.find_user(owner.as_str()).await? else {
                return Err(JourneyError::Refused(Refusal::OwnerNotFound));
            };
            if o.dn.eq_ignore_ascii_case(&e.dn) {
                return Err(JourneyError::Refused(Refusal::OwnerIsSelf));
            }
            if o.first(&a.owner).is_some() {
                return Err(JourneyError::Refused(Refusal::OwnerIsImpersonal));
            }
            match core.directory.set_owner(&e, &o.dn).await {
                Ok(()) => Ok(owner.as_str().to_string()),
                // objectClassViolation: the entry's classes do not allow it.
                Err(DirError::Ldap { rc: 65, .. }) => {
                    Err(JourneyError::Refused(Refusal::OwnerNotAllowed))
                }
                Err(err) => Err(err.into()),
            }
        },
    )
    .await
}

/// The operator events kept for an account, newest first.
pub async fn events(
    core: &Core,
    op: &Operator,
    username: &str,
) -> Result<(String, Vec<OperatorEvent>), JourneyError> {
    let c = cfg(core)?;
    per_operator(core, op, "search", c.searches_per_minute, 60).await?;
    let e = find(core, username).await?;
    let mut list = core
        .helpdesk
        .events
        .get(&e.dn.to_ascii_lowercase())
        .await?
        .unwrap_or_default();
    list.reverse();
    Ok((e.dn, list))
}
