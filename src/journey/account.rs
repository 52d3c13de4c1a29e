//! What a signed-in person can do: see the account, change the password,
//! register or change recovery contacts (verified by a PIN sent to the new
//! address), set a security question where the institution allows one.

use std::net::IpAddr;
use std::sync::Arc;

use serde::Serialize;

use super::notices::{self, Notice};
use super::pending::{self, AfterFailure};
use super::session::{ContactKind, PendingContact, Session, SignedIn};
use super::{JourneyError, Outgoing};
use crate::clock::{generalized_time, parse_generalized_time};
use crate::core::{Core, CoreRef};
use crate::directory::{
    BindOutcome, DirError, PolicyError, Recovery, ResetKind, UserEntry, Warning, attr,
};
use crate::domain::Username;
use crate::domain::{Country, Email, Mobile, Pin};
use crate::limits::Budget;
use crate::notify::{Channel, Message};
use crate::pin::Purpose;
use crate::policy::CheckContext;
use zeroize::Zeroizing;

/// The account page.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AccountInfo {
    /// Username.
    pub username: String,
    /// Full name.
    pub name: String,
    /// Affiliations.
    pub roles: Vec<String>,
    /// Recovery email, masked.
    pub recovery_email: Option<String>,
    /// Recovery mobile, masked.
    pub recovery_mobile: Option<String>,
    /// When the password was last changed (ms since the epoch).
    pub password_changed: Option<u64>,
    /// When it expires (ms since the epoch), if the policy has a maximum age.
    pub password_expires: Option<u64>,
    /// A security question is set.
    pub has_security_question: bool,
    /// Only a password change is allowed now.
    pub must_change: bool,
}

/// The signed-in session for a cookie value.
pub async fn session(core: &Core, token: &str) -> Result<Session, JourneyError> {
    core.sessions
        .get(token)
        .await?
        .ok_or(JourneyError::NotSignedIn)
}

async fn unrestricted(core: &Core, token: &str) -> Result<Session, JourneyError> {
    let s = session(core, token).await?;
    if s.restricted {
        return Err(JourneyError::MustChangePassword);
    }
    Ok(s)
}

async fn entry(core: &Core, dn: &str) -> Result<UserEntry, JourneyError> {
    core.directory
        .read_entry(dn)
        .await?
        .ok_or(JourneyError::NotSignedIn)
}

/// The session's entry; a session whose password was changed elsewhere since
/// it first looked (another client, the helpdesk, a directory tool) is ended.
async fn session_entry(core: &Core, token: &str, s: &Session) -> Result<UserEntry, JourneyError> {
    let e = entry(core, &s.dn).await?;
    let now = e.first("pwdChangedTime").unwrap_or_default().to_string();
    match &s.pwd_seen {
        None => {
            core.sessions
                .update(token, |x| x.pwd_seen = Some(now.clone()))
                .await?;
        }
        Some(seen) if *seen != now => {
            core.sessions.end(token).await?;
            return Err(JourneyError::NotSignedIn);
        }
        Some(_) => {}
    }
    Ok(e)
}

/// The account page's facts.
#[tracing::instrument(level = "debug", skip_all, name = "journey.info")]
pub async fn info(core: &Core, token: &str) -> Result<AccountInfo, JourneyError> {
    let s = session(core, token).await?;
    let e = session_entry(core, token, &s).await?;
    let a = &core.config.directory.attributes;
    let changed = e.first("pwdChangedTime").and_then(parse_generalized_time);
    let max_age = core.directory.password_max_age(&e).await.unwrap_or(None);
    Ok(AccountInfo {
        username: e.first(&a.username).unwrap_or(&s.username).to_string(),
        name: e.first(&a.display_name).unwrap_or_default().to_string(),
        roles: e.values(&a.affiliation).to_vec(),
        recovery_email: e
            .first(attr::RECOVERY_EMAIL)
            .and_then(|v| Email::parse(v).ok())
            .map(|m| m.masked()),
        recovery_mobile: e
            .first(attr::RECOVERY_MOBILE)
            .and_then(|v| Mobile::parse_e164(v).ok())
            .map(|m| m.masked()),
        password_changed: changed,
        password_expires: changed.zip(max_age).map(|(c, m)| c + m * 1000),
        has_security_question: e.first(attr::SECURITY_QUESTION).is_some(),
        must_change: s.restricted,
    })
}

/// Runs the policy engine with the person's names and password history.
/// `e` must come from [`crate::directory::Directory::read_entry_with_history`].
pub(crate) async fn check_new_password(
    core: &Core,
    e: &UserEntry,
    new: &str,
    reuse: Reuse,
    old_password: Option<&str>,
) -> Result<(), JourneyError> {
    let a = &core.config.directory.attributes;
    // On a reset slapd skips its history check for a password administrator,
    // so kleidi applies the entry's own pwdInHistory; on a change as the user
    // slapd applies it and kleidi need not read the policy entry.
    let ppolicy_history = match reuse {
        Reuse::CheckedBySlapd => None,
        Reuse::CheckedByKleidi => core.directory.password_policy(e).await?.in_history,
    };
    let owned = |name: &str| e.values(name).to_vec();
    let (username, given, sur) = (owned(&a.username), owned(&a.given_name), owned(&a.surname));
    let (history, current) = (owned("pwdHistory"), owned("userPassword"));
    // Values of the configured attributes (a mail address by its local part).
    let attribute_values: Vec<String> = core
        .policy
        .forbidden_attributes()
        .iter()
        .flat_map(|name| e.values(name).iter())
        .map(|v| v.split('@').next().unwrap_or(v).to_string())
        .collect();
    let old = old_password.map(str::to_string);
    let (policy, new) = (core.policy.clone(), new.to_string());
    // Argon2 history values cost milliseconds each: off the async workers.
    let report = tokio::task::spawn_blocking(move || {
        let ctx = CheckContext {
            username: username.first().map(String::as_str),
            given_names: given.iter().map(String::as_str).collect(),
            surnames: sur.iter().map(String::as_str).collect(),
            history: &history,
            current_hash: current.first().map(String::as_str),
            ppolicy_history,
            old_password: old.as_deref(),
            attribute_values: attribute_values.iter().map(String::as_str).collect(),
        };
        policy.check(&new, &ctx)
    })
    .await
    .map_err(|e| JourneyError::Internal(e.to_string()))?;
    if report.ok {
        Ok(())
    } else {
        Err(JourneyError::Policy(report.violations))
    }
}

/// Who checks that a new password is not an old one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reuse {
    /// A change bound as the user: slapd's ppolicy applies `pwdInHistory`.
    CheckedBySlapd,
    /// A reset by the service account: slapd skips the history, kleidi checks.
    CheckedByKleidi,
}

/// The "used recently" refusal, the same on every path: `count` old
/// passwords (at least the current one) are off limits.
pub(crate) fn in_history(count: usize) -> JourneyError {
    JourneyError::Policy(vec![crate::policy::Violation {
        code: "in_history",
        args: vec![("count", crate::policy::Arg::Number(count.max(1) as i64))],
        custom: None,
    }])
}

/// Changes the password (current + new + confirmation) as the user, so slapd's
/// ppolicy applies too. An expired password cannot bind, so its change is a
/// reset by kleidi after its own policy and history checks.
#[tracing::instrument(level = "debug", skip_all, name = "journey.change_password")]
pub async fn change_password<A: CoreRef>(
    app: &Arc<A>,
    token: &str,
    current: &str,
    new: &str,
    confirm: &str,
    ip: IpAddr,
) -> Result<(), JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    let s = session(core, token).await?;
    let mut errs = Vec::new();
    if current.is_empty() {
        errs.push(("current", "required"));
    }
    if new != confirm {
        errs.push(("confirm", "password_mismatch"));
    }
    let e = core
        .directory
        .read_entry_with_history(&s.dn)
        .await?
        .ok_or(JourneyError::NotSignedIn)?;
    // An expired password is reset by kleidi (below), where slapd skips history.
    let reuse = if s.expired {
        Reuse::CheckedByKleidi
    } else {
        Reuse::CheckedBySlapd
    };
    // Every check at once, so that one submission shows every problem.
    let mut violations = if new == current {
        match in_history(1) {
            JourneyError::Policy(vs) => vs,
            _ => Vec::new(),
        }
    } else {
        match check_new_password(core, &e, new, reuse, Some(current)).await {
            Ok(()) => Vec::new(),
            Err(JourneyError::Policy(vs)) => vs,
            Err(other) => return Err(other),
        }
    };
    if !violations.is_empty() && !current.is_empty() {
        // Only on a submission refused already: one bind says whether the
        // current password is right too (slapd would count a wrong one
        // just the same on the change itself).
        if let Err(DirError::InvalidCredentials) = core.directory.authenticate(&s.dn, current).await
        {
            errs.push(("current", "current_password_wrong"));
        }
    }
    match (errs.is_empty(), violations.is_empty()) {
        (true, true) => {}
        (false, true) => return Err(JourneyError::Fields(errs)),
        (true, false) => return Err(JourneyError::Policy(std::mem::take(&mut violations))),
        (false, false) => return Err(JourneyError::PolicyAndFields(violations, errs)),
    }
    // Earlier attempt unknown: tell its truth before writing again.
    pending::refuse(pending::earlier(app, &e).await?)?;
    // Run to completion even if the client goes away: the write, its
    // verification, the audit and the effects all happen on the detached
    // task, so what is recorded is what happened.
    let (app2, token2, cur, nw, expired) = (
        app.clone(),
        token.to_string(),
        Zeroizing::new(current.to_string()),
        Zeroizing::new(new.to_string()),
        s.expired,
    );
    let e2 = e.clone();
    let r = super::detached(app, pending::Action::Change.audit(), &e.dn, async move {
        let core: &Core = app2.as_ref().as_ref();
        let dn = &e2.dn;
        let written = match core.directory.change_password(dn, &cur, &nw).await {
            Ok(_) => Ok(()),
            // An expired password cannot bind: kleidi resets it, after
            // its own policy and history checks above.
            Err(DirError::Policy(PolicyError::PasswordExpired)) if expired => core
                .directory
                .reset_password(dn, &nw, ResetKind::ChosenByUser)
                .await
                .map(|o| super::flag_outcome(dn, o)),
            Err(e) => Err(e),
        };
        let r = match written {
            Ok(()) => Ok(()),
            Err(err) => match pending::after_failure(core, err, dn, &nw).await {
                AfterFailure::Written => Ok(()),
                AfterFailure::Unknown(uri) => {
                    let u = pending::Unknown {
                        action: pending::Action::Change,
                        entry: &e2,
                        uri,
                        ip,
                        give_back: None,
                        proof: None,
                        journey: None,
                    };
                    return Err(pending::record(&app2, u, &nw).await);
                }
                AfterFailure::Failed(DirError::InvalidCredentials) => Err(JourneyError::Fields(
                    vec![("current", "current_password_wrong")],
                )),
                AfterFailure::Failed(DirError::Policy(p)) => Err(JourneyError::PasswordRefused(p)),
                AfterFailure::Failed(e) => Err(e.into()),
            },
        };
        crate::audit::record(
            core,
            "account.change_password",
            if r.is_ok() { "ok" } else { "refused" },
            Some(dn),
            ip,
        );
        r?;
        core.sessions
            .update(&token2, |s| {
                s.restricted = false;
                s.expired = false;
                s.warning = None;
                // This change is ours: learn the new pwdChangedTime afresh.
                s.pwd_seen = None;
            })
            .await?;
        // Every other session and open journey of the account ends, on every node.
        super::password_set::password_was_set(core, dn, Some(&token2), None).await?;
        notices::send(&app2, &e2, Notice::PasswordChanged, None);
        Ok(())
    })
    .await;
    if let Err(JourneyError::PasswordRefused(PolicyError::PasswordInHistory)) = r {
        // The same answer as kleidi's own check on a reset, with the entry's count.
        let n = core.directory.password_policy(&e).await?.in_history;
        return Err(in_history(n.unwrap_or(1)));
    }
    r
}

/// "Sign out everywhere else": ends every other session of the signed-in
/// account, on every node; returns how many ended.
#[tracing::instrument(level = "debug", skip_all, name = "journey.end_other_sessions")]
pub async fn end_other_sessions(
    core: &Core,
    token: &str,
    ip: IpAddr,
) -> Result<usize, JourneyError> {
    let s = session(core, token).await?;
    let n = core.sessions.end_all(&s.dn, Some(token)).await?;
    crate::audit::record(core, "account.end_other_sessions", "ok", Some(&s.dn), ip);
    Ok(n)
}

/// Checks the password again (for contact changes), unless done recently.
async fn reauthenticate(
    core: &Core,
    token: &str,
    s: &Session,
    password: Option<&str>,
) -> Result<(), JourneyError> {
    if core.sessions.recently_authenticated(s) {
        return Ok(());
    }
    let p = password
        .filter(|p| !p.is_empty())
        .ok_or(JourneyError::ReauthRequired)?;
    match core.directory.authenticate(&s.dn, p).await {
        Ok(_) => {
            core.sessions.reauthenticated(token).await?;
            Ok(())
        }
        Err(e @ DirError::Unavailable(_)) => Err(e.into()),
        Err(_) => Err(JourneyError::Fields(vec![(
            "password",
            "current_password_wrong",
        )])),
    }
}

/// Starts registering or changing a recovery contact: a PIN goes to the new
/// address; nothing is stored until it comes back.
#[tracing::instrument(level = "debug", skip_all, name = "journey.start_contact_change")]
pub async fn start_contact_change<A: CoreRef>(
    app: &Arc<A>,
    token: &str,
    kind: ContactKind,
    value: &str,
    password: Option<&str>,
    lang: &str,
) -> Result<(), JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    let s = unrestricted(core, token).await?;
    reauthenticate(core, token, &s, password).await?;
    let (value, to, channel, cc) = match kind {
        ContactKind::Email => {
            let e =
                Email::parse(value).map_err(|e| JourneyError::Fields(vec![("value", e.code())]))?;
            (
                e.as_str().to_string(),
                e.as_str().to_string(),
                Channel::Email,
                None,
            )
        }
        ContactKind::Mobile => {
            let c = Country::parse(&core.config.i18n.phone_country)
                .map_err(|e| JourneyError::Internal(e.to_string()))?;
            let m = Mobile::parse(value, c)
                .map_err(|e| JourneyError::Fields(vec![("value", e.code())]))?;
            (
                m.as_e164().to_string(),
                m.as_e164().to_string(),
                Channel::Sms,
                Some(m.country_calling_code()),
            )
        }
    };
    let flow = crate::token::token_key(token);
    let (challenge, pin) = core
        .pins
        .issue(&s.dn, Purpose::ContactVerification, &flow)
        .await
        .map_err(JourneyError::Pin)?;
    core.sessions
        .update(token, |s| {
            s.pending = Some(PendingContact {
                kind,
                value: value.clone(),
                challenge: challenge.clone(),
            });
        })
        .await?;
    let minutes = core.pins.config().ttl_minutes as i64;
    let args = [
        ("pin", crate::i18n::Arg::Str(pin.to_string())),
        ("minutes", crate::i18n::Arg::Num(minutes)),
        (
            "institution",
            crate::i18n::Arg::Str(core.config.branding.institution.get(lang).to_string()),
        ),
    ];
    let i = &core.i18n;
    let msg = Message {
        channel,
        to: to.clone(),
        subject: i.t_args(lang, "contact-pin-subject", &args),
        text: i.t_args(
            lang,
            if channel == Channel::Sms {
                "contact-pin-sms"
            } else {
                "contact-pin-email"
            },
            &args,
        ),
        html: None,
        lang: lang.to_string(),
    };
    // Signed in, so nothing is hidden: the code is sent while the person
    // waits, and a failure is told at once (and costs nothing: a new code
    // may be asked for straight away).
    let out = Outgoing {
        message: msg,
        destination: to,
        country_code: cc,
    };
    match super::send::send_one(core, &s.dn, None, out).await {
        super::send::Delivery::Sent => Ok(()),
        super::send::Delivery::OverLimit => Err(JourneyError::Limited(3600)),
        super::send::Delivery::Failed(ch, e) => {
            tracing::warn!(channel = %ch, error = %e, "contact verification PIN not sent");
            core.pins.refund_send(&challenge).await;
            Err(JourneyError::SendFailed(ch))
        }
    }
}

/// Confirms a contact change with the PIN; stores it with its consent time
/// and tells the old address.
#[tracing::instrument(level = "debug", skip_all, name = "journey.confirm_contact_change")]
pub async fn confirm_contact_change<A: CoreRef>(
    app: &Arc<A>,
    token: &str,
    typed: &str,
    ip: IpAddr,
) -> Result<(), JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    let s = unrestricted(core, token).await?;
    let p = s.pending.clone().ok_or(JourneyError::WrongStep)?;
    let pin = Pin::parse(typed, core.pins.config().digits)
        .map_err(|e| JourneyError::Fields(vec![("pin", e.code())]))?;
    core.pins
        .verify(
            &p.challenge,
            &s.dn,
            Purpose::ContactVerification,
            &crate::token::token_key(token),
            pin.as_str(),
        )
        .await
        .map_err(JourneyError::Pin)?;
    let e = entry(core, &s.dn).await?;
    let which = Recovery::from(p.kind);
    let old = e.first(which.attributes().0).map(str::to_string);
    let now = generalized_time(core.clock.now_ms());
    core.directory
        .set_recovery_contact(&e, which, &p.value, &now)
        .await?;
    core.sessions.update(token, |s| s.pending = None).await?;
    crate::audit::record(core, "account.contact_changed", "ok", Some(&s.dn), ip);
    if let Some(old) = old.filter(|o| *o != p.value) {
        notices::send(app, &e, Notice::ContactChanged(p.kind), Some((p.kind, old)));
    }
    Ok(())
}

/// Removes a recovery contact (after re-authentication) and tells it.
#[tracing::instrument(level = "debug", skip_all, name = "journey.remove_contact")]
pub async fn remove_contact<A: CoreRef>(
    app: &Arc<A>,
    token: &str,
    kind: ContactKind,
    password: Option<&str>,
    ip: IpAddr,
) -> Result<(), JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    let s = unrestricted(core, token).await?;
    reauthenticate(core, token, &s, password).await?;
    let e = entry(core, &s.dn).await?;
    let which = Recovery::from(kind);
    let Some(old) = e.first(which.attributes().0).map(str::to_string) else {
        return Ok(());
    };
    core.directory.clear_recovery_contact(&s.dn, which).await?;
    crate::audit::record(core, "account.contact_removed", "ok", Some(&s.dn), ip);
    notices::send(app, &e, Notice::ContactRemoved(kind), Some((kind, old)));
    Ok(())
}

/// Normalizes a security answer: NFKC, lower case, single spaces.
pub(crate) fn normalize_answer(a: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    a.nfkc()
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// How many questions the pool offers (`security-question-1` … in the
/// translations).
pub const QUESTION_POOL: usize = 4;

/// The question to show for a stored `kleidiSecurityQuestion` value: a pool
/// question in `lang`, or (set before the pool existed) the text as stored.
pub(crate) fn question_text(core: &Core, stored: &str, lang: &str) -> String {
    match stored
        .strip_prefix("pool:")
        .and_then(|n| n.parse::<usize>().ok())
    {
        Some(n) if (1..=QUESTION_POOL).contains(&n) => {
            core.i18n.t(lang, &format!("security-question-{n}"))
        }
        _ => stored.to_string(),
    }
}

/// Sets the security question and the Argon2id hash of its answer.
#[tracing::instrument(level = "debug", skip_all, name = "journey.set_security_question")]
pub async fn set_security_question(
    core: &Core,
    token: &str,
    question: &str,
    answer: &str,
    password: Option<&str>,
    ip: IpAddr,
) -> Result<(), JourneyError> {
    if !core.config.account.security_question {
        return Err(JourneyError::NotOffered);
    }
    let s = unrestricted(core, token).await?;
    reauthenticate(core, token, &s, password).await?;
    let a = normalize_answer(answer);
    let mut errs = Vec::new();
    // Questions come from one pool, which is also where the recovery draws
    // the question it shows for unknown input: nobody can tell the two apart.
    let q = match question.trim().parse::<usize>() {
        Ok(n) if (1..=QUESTION_POOL).contains(&n) => format!("pool:{n}"),
        _ => {
            errs.push(("question", "question_unknown"));
            String::new()
        }
    };
    let q = q.as_str();
    if a.chars().count() < 3 || a.chars().count() > 200 {
        errs.push(("answer", "answer_length"));
    }
    if !errs.is_empty() {
        return Err(JourneyError::Fields(errs));
    }
    // Argon2 costs tens of milliseconds: off the async workers.
    let hash =
        tokio::task::spawn_blocking(move || crate::pwhash::hash(crate::pwhash::Scheme::Argon2, &a))
            .await
            .map_err(|e| JourneyError::Internal(e.to_string()))?;
    let hash = hash.trim_start_matches("{ARGON2}").to_string();
    let e = entry(core, &s.dn).await?;
    core.directory.set_security_question(&e, q, &hash).await?;
    crate::audit::record(core, "account.security_question_set", "ok", Some(&s.dn), ip);
    Ok(())
}

/// Signs in with a bind as the user. Wrong username and wrong password give
/// the same answer.
#[tracing::instrument(level = "debug", skip_all, name = "journey.sign_in")]
pub async fn sign_in(
    core: &Core,
    username: &str,
    password: &str,
    ip: IpAddr,
) -> Result<SignedIn, JourneyError> {
    let v = check_credentials(core, username, password, ip, "session.sign_in").await?;
    let token = core
        .sessions
        .create(&v.dn, &v.username, v.restricted, v.expired, v.warning)
        .await?;
    crate::audit::record(
        core,
        "session.sign_in",
        if v.restricted { "must_change" } else { "ok" },
        Some(&v.dn),
        ip,
    );
    Ok(SignedIn {
        token,
        restricted: v.restricted,
        warning: v.warning,
    })
}

/// Whose password was right, and in what state.
#[derive(Debug, Clone)]
pub(crate) struct Verified {
    pub dn: String,
    /// As typed (parsed).
    pub username: String,
    /// Only a password change is allowed.
    pub restricted: bool,
    /// The password has expired.
    pub expired: bool,
    /// slapd's warning.
    pub warning: Option<Warning>,
}

/// Checks a username and password with a bind as the user, within the
/// per-address and per-account budgets; wrong username and wrong password
/// give the same answer in the same time. `action` names the audit events.
pub(crate) async fn check_credentials(
    core: &Core,
    username: &str,
    password: &str,
    ip: IpAddr,
    action: &'static str,
) -> Result<Verified, JourneyError> {
    core.limits.check_ip(Budget::SignIn, ip).await?;
    if password.trim().is_empty() {
        return Err(JourneyError::Fields(vec![("password", "required")]));
    }
    let typed = Username::parse(username).map_err(|_| JourneyError::InvalidCredentials)?;
    // Only the DN: the bind reports the password's state.
    let dn = core.directory.find_user_dn(typed.as_str()).await?;
    let key = match &dn {
        Some(dn) => dn.clone(),
        None => format!("name:{}", typed.as_str().to_lowercase()),
    };
    let s = &core.sessions;
    if !s.reserve_try(&key).await? {
        crate::audit::record(core, action, "throttled", dn.as_deref(), ip);
        return Err(JourneyError::TooManyFailures);
    }
    let began = std::time::Instant::now();
    let Some(dn) = dn else {
        // A bind nobody can pass, then as long as a real failed bind takes
        // (slapd checks a hash and records the failure for a real entry,
        // and answers at once for none), so an unknown name costs the same.
        let base = core
            .config
            .directory
            .user_bases
            .first()
            .cloned()
            .unwrap_or_default();
        let ghost = format!("uid=kleidi-nobody,{base}");
        let _ = core.directory.authenticate(&ghost, password).await;
        s.failed_bind_pad(began).await;
        crate::audit::record(core, action, "invalid", None, ip);
        return Err(JourneyError::InvalidCredentials);
    };
    let outcome = core.directory.authenticate(&dn, password).await;
    let (restricted, expired, warning) = match outcome {
        Ok(BindOutcome::Ok { warning }) => (false, false, warning),
        Ok(BindOutcome::MustChange) => (true, false, None),
        // slapd says "expired" only when the password itself was right.
        Err(DirError::Policy(PolicyError::PasswordExpired)) => (true, true, None),
        Err(e @ DirError::Unavailable(_)) => return Err(e.into()),
        Err(_) => {
            // With user_dn_template an unknown name reaches this bind too:
            // every failed bind learns and pads to the same duration.
            s.failed_bind_learn(began.elapsed());
            s.failed_bind_pad(began).await;
            crate::audit::record(core, action, "invalid", Some(&dn), ip);
            return Err(JourneyError::InvalidCredentials);
        }
    };
    s.clear_failures(&key).await?;
    let restricted = restricted || matches!(warning, Some(Warning::GraceAuthNsRemaining(_)));
    Ok(Verified {
        dn,
        username: typed.as_str().to_string(),
        restricted,
        expired,
        warning,
    })
}
