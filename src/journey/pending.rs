//! Password writes whose outcome is not known yet.
//!
//! A write that reached the directory but whose answer never came may have
//! been applied. It is verified at once (a bind with the new password on a
//! fresh connection to the server that got it); when even that cannot be
//! done, the write is *pending*: a record in the shared store says so, the
//! person is told "we could not confirm", and a watcher keeps asking in the
//! background. Whoever learns the outcome first — the watcher, or the
//! person's next attempt comparing `pwdChangedTime` with the value before
//! the write — settles it exactly once (the record is taken atomically):
//! the audit record, the notice, the end of other sessions, or the proof
//! given back follow what really happened.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::JourneyError;
use super::notices::{self, Notice};
use crate::clock::Millis;
use crate::core::{Core, CoreRef};
use crate::directory::UserEntry;
use crate::state::Typed;

/// Which write is pending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum Action {
    /// A change by the signed-in owner.
    Change,
    /// A reset through recovery.
    Reset,
    /// An activation's first password (journey id in `journey`).
    Activation,
}

impl Action {
    /// The audit action name.
    pub(crate) fn audit(self) -> &'static str {
        match self {
            Self::Change => "account.change_password",
            Self::Reset => "recovery.reset",
            Self::Activation => "activation.complete",
        }
    }
}

/// A state entry to put back if the write turns out not done: the spent
/// reset link or recovery journey, so the person can try again.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct GiveBack {
    /// The full store key.
    pub key: String,
    /// The stored bytes.
    pub value: Vec<u8>,
    /// How long it lives once back.
    pub ttl_secs: u64,
}

/// The record of a pending write.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Record {
    action: Action,
    dn: String,
    /// `pwdChangedTime` before the write.
    before: Option<String>,
    /// The write server that got the request.
    uri: usize,
    /// When it was sent (kleidi's clock).
    at: Millis,
    ip: IpAddr,
    give_back: Option<GiveBack>,
    /// The activation journey, for [`Action::Activation`].
    journey: Option<String>,
    /// The key of the proof spent on the write, if any.
    proof: Option<String>,
}

/// What a spent proof's key leads to: the account, and once settled,
/// whether the write happened.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct ProofOf {
    dn: String,
    written: Option<bool>,
}

/// How long a pending record is kept for the person's next attempt.
const RECORD_TTL: Duration = Duration::from_secs(24 * 3600);
/// After this long, a write whose `pwdChangedTime` did not move is taken as
/// not applied (a request stalled in a connection does not wake later).
const SETTLE_AFTER: Duration = Duration::from_secs(120);
/// The watcher's pauses between two questions (about two minutes in all).
const WATCH: [u64; 7] = [1, 2, 4, 8, 15, 30, 60];

fn records(core: &Core) -> Typed<Record> {
    Typed::new(core.state.clone(), "pending:")
}

fn proofs(core: &Core) -> Typed<ProofOf> {
    Typed::new(core.state.clone(), "pending-proof:")
}

fn id(dn: &str) -> String {
    dn.to_ascii_lowercase()
}

/// What a write without an answer turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verified {
    /// The new password works: the write was applied.
    Written,
    /// The old one still does (the server that got the write says so).
    NotWritten,
    /// That server could not be asked.
    Unknown,
}

/// Asks write server `uri` whether `new` is `dn`'s password now: at once,
/// and once more a second later, within one connection and one operation
/// timeout (the budget the HTTP limit leaves for it).
pub(crate) async fn verify(core: &Core, uri: usize, dn: &str, new: &str) -> Verified {
    let d = &core.config.directory;
    let budget = Duration::from_secs(d.connect_timeout_secs + d.operation_timeout_secs + 1);
    let ask = async {
        for wait_ms in [0u64, 1000] {
            tokio::time::sleep(Duration::from_millis(wait_ms)).await;
            if let Ok(Some(known)) = core.directory.password_is(uri, dn, new).await {
                return if known {
                    Verified::Written
                } else {
                    Verified::NotWritten
                };
            }
        }
        Verified::Unknown
    };
    let v = tokio::time::timeout(budget, ask)
        .await
        .unwrap_or(Verified::Unknown);
    tracing::info!(target: "audit", subject = dn, outcome = ?v, "write without answer verified");
    v
}

/// What a failed password write really did.
pub(crate) enum AfterFailure {
    /// Its answer was lost, but the password is set.
    Written,
    /// Not done: this error says why.
    Failed(crate::directory::DirError),
    /// Its answer was lost and the server that got it cannot be asked
    /// (its number among the write servers).
    Unknown(usize),
}

/// Looks behind a failed write: a lost answer is verified before anyone is
/// told "nothing changed"; any other error stands.
pub(crate) async fn after_failure(
    core: &Core,
    e: crate::directory::DirError,
    dn: &str,
    new: &str,
) -> AfterFailure {
    let crate::directory::DirError::NoAnswer { uri, .. } = &e else {
        return AfterFailure::Failed(e);
    };
    match verify(core, *uri, dn, new).await {
        Verified::Written => AfterFailure::Written,
        Verified::NotWritten => AfterFailure::Failed(e),
        Verified::Unknown => AfterFailure::Unknown(*uri),
    }
}

/// What the write in progress needs to be recorded as pending.
pub(crate) struct Unknown<'a> {
    pub action: Action,
    pub entry: &'a UserEntry,
    pub uri: usize,
    pub ip: IpAddr,
    pub give_back: Option<GiveBack>,
    /// A key the person's next attempt will hold (the link's or the
    /// journey's), which then finds this record.
    pub proof: Option<String>,
    pub journey: Option<String>,
}

/// Records a write whose outcome is unknown, audits it as such, and starts
/// the watcher. Returns the error the person is shown.
pub(crate) async fn record<A: CoreRef>(app: &Arc<A>, u: Unknown<'_>, new: &str) -> JourneyError {
    let core: &Core = app.as_ref().as_ref();
    let dn = u.entry.dn.clone();
    let r = Record {
        action: u.action,
        dn: dn.clone(),
        before: u.entry.first("pwdChangedTime").map(str::to_string),
        uri: u.uri,
        at: core.clock.now_ms(),
        ip: u.ip,
        give_back: u.give_back,
        journey: u.journey,
        proof: u.proof.clone(),
    };
    crate::audit::record(core, u.action.audit(), "unknown", Some(&dn), u.ip);
    let stored = async {
        records(core).put(&id(&dn), &r, RECORD_TTL).await?;
        if let Some(p) = &u.proof {
            let of = ProofOf {
                dn: dn.clone(),
                written: None,
            };
            proofs(core).put(p, &of, RECORD_TTL).await?;
        }
        Ok::<_, crate::state::StateError>(())
    }
    .await;
    if let Err(e) = stored {
        tracing::error!(target: "audit", subject = %dn, error = %e, "pending write not recorded");
    }
    let (app2, new) = (app.clone(), Zeroizing::new(new.to_string()));
    core.background.spawn(async move {
        let core: &Core = app2.as_ref().as_ref();
        for pause in WATCH {
            tokio::time::sleep(Duration::from_secs(pause)).await;
            match records(core).get(&id(&dn)).await {
                Ok(Some(_)) => {}
                // Settled by the person's next attempt, or gone.
                Ok(None) => return,
                Err(_) => continue,
            }
            match verify(core, r.uri, &dn, &new).await {
                Verified::Written => return settle(&app2, &dn, true).await,
                Verified::NotWritten => return settle(&app2, &dn, false).await,
                Verified::Unknown => {}
            }
        }
        tracing::error!(target: "audit", subject = %dn, "write outcome still unknown; the next attempt will tell");
    });
    JourneyError::OutcomeUnknown
}

/// What became of an earlier write of this account whose outcome was unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Earlier {
    /// None pending (or it is now known not to have happened): go on.
    Nothing,
    /// It was applied: the person must use the password chosen then.
    Written,
    /// Still cannot be told.
    Unknown,
}

/// Before a new password write for `e`: settles an earlier pending one if
/// its outcome can be told now (`pwdChangedTime` moved: applied; it did not
/// and enough time passed: not applied).
pub(crate) async fn earlier<A: CoreRef>(
    app: &Arc<A>,
    e: &UserEntry,
) -> Result<Earlier, JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    let Some(r) = records(core).get(&id(&e.dn)).await? else {
        return Ok(Earlier::Nothing);
    };
    if e.first("pwdChangedTime") != r.before.as_deref() {
        settle(app, &e.dn, true).await;
        return Ok(Earlier::Written);
    }
    let age = core.clock.now_ms().saturating_sub(r.at);
    if u128::from(age) >= SETTLE_AFTER.as_millis() {
        settle(app, &e.dn, false).await;
        return Ok(Earlier::Nothing);
    }
    Ok(Earlier::Unknown)
}

/// The error for a retry that found an earlier write pending or applied,
/// if any.
pub(crate) fn refuse(earlier: Earlier) -> Result<(), JourneyError> {
    match earlier {
        Earlier::Nothing => Ok(()),
        Earlier::Written => Err(JourneyError::EarlierWriteApplied),
        Earlier::Unknown => Err(JourneyError::OutcomeUnknown),
    }
}

/// A proof (link or journey) the person holds is gone: was it spent on a
/// write whose outcome was unknown? The account's DN then, and whether the
/// write happened once that is settled.
pub(crate) async fn proof_spent_on(core: &Core, proof: &str) -> Option<(String, Option<bool>)> {
    let p = proofs(core).get(proof).await.ok().flatten()?;
    Some((p.dn, p.written))
}

/// Settles the pending write of `dn` (once, whoever comes first): audit,
/// and the effects of a password set (other sessions and journeys end, the
/// notice goes out, an activation is completed) or of one not set (the
/// spent proof is given back, an activation may be claimed again).
pub(crate) async fn settle<A: CoreRef>(app: &Arc<A>, dn: &str, written: bool) {
    let core: &Core = app.as_ref().as_ref();
    let r = match records(core).take(&id(dn)).await {
        Ok(Some(r)) => r,
        _ => return,
    };
    crate::audit::record(
        core,
        r.action.audit(),
        if written { "ok" } else { "failed" },
        Some(dn),
        r.ip,
    );
    tracing::info!(target: "audit", subject = dn, written, action = ?r.action, "pending write settled");
    if let Some(p) = &r.proof {
        let of = ProofOf {
            dn: dn.to_string(),
            written: Some(written),
        };
        if let Err(e) = proofs(core).put(p, &of, RECORD_TTL).await {
            tracing::warn!(error = %e, "settled proof not recorded");
        }
    }
    if !written {
        if let Some(g) = r.give_back
            && let Err(e) = core
                .state
                .insert_if_absent(&g.key, &g.value, Duration::from_secs(g.ttl_secs))
                .await
        {
            tracing::warn!(error = %e, "spent proof not given back");
        }
        if r.action == Action::Activation {
            let _ = core.state.delete(&super::activation::claim_key(dn)).await;
        }
        return;
    }
    let keep = r.journey.as_ref().map(|j| format!("activation:{j}"));
    if let Err(e) = super::password_set::password_was_set(core, dn, None, keep.as_deref()).await {
        tracing::warn!(
            code = e.code(),
            "pending write settled, other sessions not ended"
        );
    }
    match (r.action, &r.journey) {
        (Action::Activation, Some(j)) => {
            if let Err(e) = super::activation::complete_after_pending(core, dn, j).await {
                tracing::error!(target: "audit", subject = dn, code = e.code(), "activation password set, account not marked active");
            }
        }
        (Action::Change | Action::Reset, _) => {
            if let Ok(Some(e)) = core.directory.read_entry(dn).await {
                let n = if r.action == Action::Change {
                    Notice::PasswordChanged
                } else {
                    Notice::PasswordReset
                };
                notices::send(app, &e, n, None);
            }
        }
        _ => {}
    }
}
