//! One due reminder: claim the record in LDAP, send to every address, and
//! put the record back if nothing went out.

use super::stage::{Decision, Record, decide};
use super::tally::Tally;
use super::{Due, attributes, message, reference, username};
use crate::clock::generalized_time;
use crate::core::Core;
use crate::directory::{Claim, DirError, UserEntry, attr};
use crate::journey::addresses;
use crate::notify::Channel;

/// The addresses a reminder goes to: those `account.notices_to` names, on
/// the entry and, for an impersonal account, on its owner; only for the
/// channels `expiry.channels` names.
pub(super) async fn recipients(
    core: &Core,
    e: &UserEntry,
) -> Result<addresses::Addresses, DirError> {
    let sources = &core.config.account.notices_to;
    let mut to = addresses::of(core, e, sources);
    if e.first(&core.config.directory.attributes.owner).is_some()
        && let Some(owner) = addresses::recipient(core, e).await?
    {
        let o = addresses::of(core, &owner, sources);
        to.emails.extend(o.emails);
        to.mobiles.extend(o.mobiles);
    }
    let ch = &core.config.expiry.channels;
    if !ch.contains(&Channel::Email) {
        to.emails.clear();
    }
    if !ch.contains(&Channel::Sms) || !core.notifier.supports(Channel::Sms) {
        to.mobiles.clear();
    }
    Ok(to)
}

/// Claims, sends and, if nothing went out, releases one reminder. Errors
/// are counted and logged here: one account's trouble does not stop the run.
/// `due` counts the accounts this run had to remind (claimed, or without an
/// address); a claim another run won counts as already notified instead.
pub(super) async fn notify(core: &Core, tally: &Tally, now: u64, d: Due) {
    if let Err(e) = claim_and_send(core, tally, now, d).await {
        Tally::add(&tally.failed, 1);
        tracing::warn!(error = %e, "expiry reminder: directory write failed");
    }
}

async fn claim_and_send(core: &Core, tally: &Tally, now: u64, mut d: Due) -> Result<(), DirError> {
    let to = recipients(core, &d.entry).await?;
    if to.emails.is_empty() && to.mobiles.is_empty() {
        Tally::add(&tally.due, 1);
        Tally::add(&tally.without_contact, 1);
        return Ok(());
    }
    let at = generalized_time(now);
    // Claim; if the record changed since the search read it, read it again
    // and decide once more (another node may have sent this very stage).
    let mut attempts = 0;
    let (old, new) = loop {
        attempts += 1;
        let old = d.entry.first(attr::EXPIRY_NOTICE).map(str::to_string);
        let new = Record {
            reference: d.reference.clone(),
            stage: d.stage,
        }
        .value();
        match core
            .directory
            .claim_expiry_notice(&d.entry, old.as_deref(), &new, &at)
            .await?
        {
            Claim::Won => {
                Tally::add(&tally.due, 1);
                break (old, new);
            }
            Claim::Changed if attempts < 2 => {
                let Some(e) = core
                    .directory
                    .read_entry_attrs(&d.entry.dn, &attributes(core))
                    .await?
                else {
                    return Ok(());
                };
                let record = e.first(attr::EXPIRY_NOTICE).and_then(Record::parse);
                let Some((reference, reference_ms)) = reference(&e) else {
                    return Ok(());
                };
                let stages = &core.config.expiry.notice_days;
                match decide(
                    now,
                    &reference,
                    reference_ms,
                    d.max_age,
                    stages,
                    record.as_ref(),
                ) {
                    Decision::Due { stage, expiry_ms } => {
                        d = Due {
                            entry: e,
                            reference,
                            stage,
                            expiry_ms,
                            max_age: d.max_age,
                        };
                    }
                    _ => {
                        Tally::add(&tally.already_notified, 1);
                        return Ok(());
                    }
                }
            }
            Claim::Changed => {
                Tally::add(&tally.already_notified, 1);
                return Ok(());
            }
        }
    };
    let lang = crate::journey::notices::entry_lang(core, &d.entry);
    let texts = message::Texts::new(core, &lang, &username(core, &d.entry), now, d.expiry_ms);
    let mut delivered = 0;
    let messages = to
        .emails
        .iter()
        .map(|m| texts.message(Channel::Email, m.as_str()))
        .chain(
            to.mobiles
                .iter()
                .map(|m| texts.message(Channel::Sms, m.as_e164())),
        );
    for m in messages {
        let ok = core.notifier.send(&m).await.is_ok();
        core.metrics.send(&m.channel.to_string(), ok);
        match (ok, m.channel) {
            (true, Channel::Email) => Tally::add(&tally.sent_email, 1),
            (true, Channel::Sms) => Tally::add(&tally.sent_sms, 1),
            (false, _) => Tally::add(&tally.failed, 1),
        }
        delivered += usize::from(ok);
    }
    // No client: the job itself acts, so the address is the unspecified one.
    let outcome = if delivered > 0 { "sent" } else { "failed" };
    crate::audit::record(
        core,
        "expiry_notice",
        outcome,
        Some(&d.entry.dn),
        std::net::Ipv4Addr::UNSPECIFIED.into(),
    );
    if delivered == 0 {
        // Nobody got it: put the record back so that the next run tries again.
        let old_at = d.entry.first(attr::EXPIRY_NOTICE_AT);
        if core
            .directory
            .release_expiry_notice(&d.entry.dn, &new, old.as_deref(), old_at)
            .await?
            == Claim::Changed
        {
            tracing::warn!(dn = %d.entry.dn, "expiry reminder not sent, and its record changed meanwhile: left as it is");
        }
    }
    Ok(())
}
