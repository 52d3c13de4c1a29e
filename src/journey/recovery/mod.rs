//! Forgotten password and forgotten username. Whoever asks gets the same
//! answer whether or not the account exists, has a contact, or matched; the
//! link, PIN or username goes only to the addresses `recovery.send_to` names
//! (for an impersonal service account, its owner's).

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::account::{Reuse, check_new_password, normalize_answer};
use super::addresses::{self, Addresses};
use super::notices::{self, Notice, entry_lang};
pub(crate) mod state;

pub use state::RecoveryState;
use state::{FLOW_TTL, Link, RFlow, RStep};

use super::password_set::generation_key;
use super::password_set::{journeys_of, password_was_set};
use super::pending::{self, AfterFailure};
use super::{JourneyError, Outgoing, nonempty, parse_field, send_in_background};
use crate::clock::Millis;
use crate::config::RecoveryIdentify;
use crate::core::{Core, CoreRef};
use crate::directory::{Among, By, ResetKind, UserEntry, attr};
use crate::domain::{BirthDate, Email, Mobile, PersonalNumber, Pin};
use crate::i18n::Arg;
use crate::limits::Budget;
use crate::notify::{Channel, Message};
use crate::pin::Purpose;
use crate::state::{Change, Typed};
use crate::token::{random_id, random_token, token_key};
use zeroize::Zeroizing;

/// Which way the reset goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RecoveryChannel {
    /// A link by email.
    Email,
    /// A PIN by SMS.
    Sms,
}

/// What the person typed to start a recovery.
#[derive(Debug, Default, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = RecoveryStartRequest)]
pub struct StartInput {
    /// Username.
    #[serde(default)]
    pub username: Option<String>,
    /// The registered email or mobile (Ionian).
    #[serde(default)]
    pub contact: Option<String>,
    /// Personal number (UPHF).
    #[serde(default)]
    pub personal_number: Option<String>,
    /// Birth date (UPHF).
    #[serde(default)]
    pub birth_date: Option<String>,
    /// Email link or SMS PIN; absent means email.
    #[serde(default)]
    pub channel: Option<RecoveryChannel>,
}

/// Where the recovery goes next.
#[derive(Debug, Clone, Serialize)]
pub struct Started {
    /// The journey id (absent for the email link, which carries its own token).
    pub flow: Option<String>,
    /// `check_email`, `pin` or `question`.
    pub next: &'static str,
    /// The security question (UPHF).
    pub question: Option<String>,
    /// With a journey id: the secret every later step needs (the pages keep
    /// it in a cookie; an API client sends it as `Journey-Secret`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// For an email link: the mail service is failing now (its last attempt,
    /// anyone's, failed), so the link may not arrive; the same for every
    /// input, whether or not anyone matched.
    pub send_failure: Option<Channel>,
}

/// Files a recovery under its account, so that a password set by any other
/// way ends it.
async fn index_journey(core: &Core, dn: &str, flow: &str) -> Result<(), JourneyError> {
    let key = core.recovery.flows.key(flow);
    core.state
        .index_add(&journeys_of(dn), &key, FLOW_TTL)
        .await?;
    Ok(())
}

/// Finds the account the input names, per `recovery.identify`; `None` for
/// anything that does not match exactly one entry.
async fn resolve(core: &Core, input: &StartInput) -> Result<Option<UserEntry>, JourneyError> {
    let r = &core.config.recovery;
    match r.identify {
        RecoveryIdentify::Username | RecoveryIdentify::UsernameAndContact => {
            let Some(u) = nonempty(&input.username) else {
                return Err(JourneyError::Fields(vec![("username", "required")]));
            };
            let u = crate::domain::Username::parse(u)
                .map_err(|e| JourneyError::Fields(vec![("username", e.code())]))?;
            if r.identify == RecoveryIdentify::UsernameAndContact
                && nonempty(&input.contact).is_none()
            {
                return Err(JourneyError::Fields(vec![("contact", "required")]));
            }
            Ok(core.directory.find_user(u.as_str()).await?)
        }
        RecoveryIdentify::PersonalNumber => {
            by_number(core, &r.personal_number_attributes, input).await
        }
    }
}

async fn by_number(
    core: &Core,
    attrs: &[String],
    input: &StartInput,
) -> Result<Option<UserEntry>, JourneyError> {
    let mut errs = Vec::new();
    let n = parse_field(
        &mut errs,
        "personal_number",
        &input.personal_number,
        true,
        |v| PersonalNumber::parse(v).map_err(|e| e.code()),
    );
    let b = parse_field(&mut errs, "birth_date", &input.birth_date, true, |v| {
        BirthDate::parse(v).map_err(|e| e.code())
    });
    let (Some(n), Some(b)) = (n, b) else {
        return Err(JourneyError::Fields(errs));
    };
    let by = By::NumberAndBirth {
        attributes: attrs,
        number: n.as_str(),
        birth: &b,
    };
    Ok(core.directory.find_person(&by, &Among::default()).await?)
}

/// Narrows `to` to the one address the person typed (Ionian: username plus
/// the registered contact); empty when the typed contact is not on file.
fn only_typed(core: &Core, to: &mut Addresses, typed: &str) {
    if let Ok(t) = Email::parse(typed) {
        to.emails.retain(|v| v.matches(&t));
        to.mobiles.clear();
        return;
    }
    to.emails.clear();
    let typed = crate::domain::Country::parse(&core.config.i18n.phone_country)
        .ok()
        .and_then(|c| Mobile::parse(typed, c).ok());
    to.mobiles.retain(|m| Some(m) == typed.as_ref());
}

/// Where this recovery's messages go: the addresses `recovery.send_to`
/// names, of the account or (impersonal account) of its owner, with the
/// recipient's language.
pub(crate) async fn destinations(
    core: &Core,
    e: &UserEntry,
    typed_contact: Option<&str>,
) -> Result<(Addresses, String), JourneyError> {
    let Some(r) = addresses::recipient(core, e).await? else {
        return Ok((Addresses::default(), String::new()));
    };
    let mut to = if typed_contact.is_some() {
        // The typed contact may be any address the sources name.
        addresses::of(core, &r, &core.config.recovery.send_to)
    } else {
        addresses::first_of(core, &r, &core.config.recovery.send_to)
    };
    if let Some(t) = typed_contact {
        only_typed(core, &mut to, t);
    }
    Ok((to, entry_lang(core, &r)))
}

/// Starts a recovery. The answer depends only on the channel (and, for the
/// security-question set-up, shows a question even when nobody matched).
#[tracing::instrument(level = "debug", skip_all, name = "journey.recovery.start")]
pub async fn start<A: CoreRef>(
    app: &Arc<A>,
    input: StartInput,
    lang: &str,
    ip: IpAddr,
) -> Result<Started, JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    let r = &core.config.recovery;
    if !r.enabled {
        return Err(JourneyError::NotOffered);
    }
    core.limits.check_ip(Budget::Attempts, ip).await?;
    let channel = input.channel.unwrap_or(RecoveryChannel::Email);
    let sms = r.sms && core.notifier.supports(Channel::Sms);
    if (channel == RecoveryChannel::Email && !r.email) || (channel == RecoveryChannel::Sms && !sms)
    {
        return Err(JourneyError::Fields(vec![(
            "channel",
            "channel_not_offered",
        )]));
    }
    let entry = resolve(core, &input).await?;
    let typed = match r.identify {
        RecoveryIdentify::UsernameAndContact => nonempty(&input.contact),
        _ => None,
    };
    let (to, to_lang) = match &entry {
        Some(e) => destinations(core, e, typed).await?,
        None => Default::default(),
    };
    crate::audit::record(
        core,
        "recovery.start",
        if entry.is_some() {
            "matched"
        } else {
            "no_match"
        },
        entry.as_ref().map(|e| e.dn.as_str()),
        ip,
    );
    if r.identify == RecoveryIdentify::PersonalNumber && core.config.account.security_question {
        return start_question(core, entry, &input, lang).await;
    }
    match channel {
        RecoveryChannel::Email => {
            // Read before this request's own send, for every input alike.
            let failing = super::send::channel_failing(core, Channel::Email).await;
            if let Some(e) = &entry
                && let Some(to) = to.emails.first()
            {
                send_link(app, e, to, &to_lang, ip).await?;
            }
            Ok(Started {
                flow: None,
                next: "check_email",
                question: None,
                secret: None,
                send_failure: failing.then_some(Channel::Email),
            })
        }
        RecoveryChannel::Sms => {
            let flow = random_id();
            let mobile = to.mobiles.first().cloned();
            let dn = entry
                .as_ref()
                .filter(|_| mobile.is_some())
                .map(|e| e.dn.clone());
            // Unknown input is budgeted on what was typed, like an account.
            let account = dn
                .clone()
                .unwrap_or_else(|| format!("typed:{}", start_key(&input)));
            let (challenge, pin) = core
                .pins
                .issue(&account, Purpose::Recovery, &flow)
                .await
                .map_err(JourneyError::Pin)?;
            let (secret, binder) = super::binding::new_secret();
            let f = RFlow {
                step: RStep::Pin,
                dn: dn.clone(),
                challenge: Some(challenge),
                answer_hash: None,
                attempts_key: account,
                binder,
                to: mobile
                    .as_ref()
                    .filter(|_| dn.is_some())
                    .map(|m| (m.as_e164().to_string(), to_lang.clone())),
            };
            if !core.recovery.flows.insert_new(&flow, &f, FLOW_TTL).await? {
                return Err(JourneyError::Busy);
            }
            if let Some(dn) = &dn {
                index_journey(core, dn, &flow).await?;
            }
            if let (Some(dn), Some(to)) = (&dn, &f.to) {
                send_pin(app, dn, to, &pin, ip);
            }
            let _ = lang;
            Ok(Started {
                flow: Some(flow),
                next: "pin",
                question: None,
                secret: Some(secret),
                send_failure: None,
            })
        }
    }
}

/// Sends a recovery PIN by SMS off the request path. A failure shows on
/// the step through the channel's health (see [`status`]), the same for
/// every journey whether or not anyone matched.
fn send_pin<A: CoreRef>(app: &Arc<A>, dn: &str, to: &(String, String), pin: &str, ip: IpAddr) {
    let core: &Core = app.as_ref().as_ref();
    let (number, lang) = to;
    let Some(m) = crate::domain::Country::parse(&core.config.i18n.phone_country)
        .ok()
        .and_then(|c| Mobile::parse(number, c).ok())
    else {
        return;
    };
    let minutes = core.pins.config().ttl_minutes as i64;
    let text = core.i18n.t_args(
        lang,
        "recovery-pin-sms",
        &[
            ("pin", Arg::Str(pin.to_string())),
            ("minutes", Arg::Num(minutes)),
            (
                "institution",
                Arg::Str(core.config.branding.institution.get(lang).to_string()),
            ),
        ],
    );
    let msg = Message {
        channel: Channel::Sms,
        to: m.as_e164().to_string(),
        subject: String::new(),
        text,
        html: None,
        lang: lang.clone(),
    };
    send_in_background(
        app.clone(),
        dn.to_string(),
        Some(ip),
        vec![Outgoing {
            message: msg,
            destination: m.as_e164().to_string(),
            country_code: Some(m.country_calling_code()),
        }],
        |_, ch, err| async move {
            tracing::warn!(channel = %ch, error = %err, "recovery PIN not sent");
        },
    );
}

/// Where a recovery journey is, for its pages and the API.
#[derive(Debug, Clone, Serialize)]
pub struct Status {
    /// `pin`, `question` or `new_password`.
    pub step: &'static str,
    /// `sms` when the code could not be sent (the SMS service failed since
    /// it was asked for): a new one can be asked for at once.
    pub send_failure: Option<Channel>,
}

/// The step of a recovery journey and whether its code could be sent. The
/// failure comes from the channel's health, not from the journey: a journey
/// for unknown input shows exactly what a real one would.
#[tracing::instrument(level = "debug", skip_all, name = "journey.recovery.status")]
pub async fn status(core: &Core, flow: &str) -> Result<Status, JourneyError> {
    let f = core
        .recovery
        .flows
        .get(flow)
        .await?
        .ok_or(JourneyError::RecoveryExpired)?;
    let failed = f.step == RStep::Pin && super::send::channel_failing(core, Channel::Sms).await;
    Ok(Status {
        step: match f.step {
            RStep::Pin => "pin",
            RStep::Question => "question",
            RStep::NewPassword => "new_password",
        },
        send_failure: failed.then_some(Channel::Sms),
    })
}

/// Sends a new code. After a failed send it may be asked for at once (the
/// failed one is not counted); otherwise the PIN cool-down applies. A
/// journey for unknown input answers the same and sends nothing.
#[tracing::instrument(level = "debug", skip_all, name = "journey.recovery.resend")]
pub async fn resend<A: CoreRef>(app: &Arc<A>, flow: &str, ip: IpAddr) -> Result<(), JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    let f = flow_at(core, flow, RStep::Pin).await?;
    core.limits.check_ip(Budget::Pin, ip).await?;
    let challenge = f.challenge.as_deref().ok_or(JourneyError::WrongStep)?;
    if super::send::channel_failing(core, Channel::Sms).await {
        core.pins.refund_send(challenge).await;
    }
    let pin = core
        .pins
        .resend(challenge, &f.attempts_key, Purpose::Recovery, flow)
        .await
        .map_err(JourneyError::Pin)?;
    if let (Some(dn), Some(to)) = (&f.dn, &f.to) {
        send_pin(app, dn, to, &pin, ip);
    }
    Ok(())
}

async fn start_question(
    core: &Core,
    entry: Option<UserEntry>,
    input: &StartInput,
    lang: &str,
) -> Result<Started, JourneyError> {
    let flow = random_id();
    let real = entry.as_ref().and_then(|e| {
        let q = e.first(attr::SECURITY_QUESTION)?;
        let h = e.first(attr::SECURITY_ANSWER)?;
        Some((e.dn.clone(), q.to_string(), h.to_string()))
    });
    // Nobody (or no question set): a question from the same pool people
    // choose from, drawn from the input, the same every time for the same
    // input, that no answer opens.
    let question = match &real {
        Some((_, q, _)) => super::account::question_text(core, q, lang),
        None => {
            let seed = typed_key(input);
            let n =
                seed.bytes().map(usize::from).sum::<usize>() % super::account::QUESTION_POOL + 1;
            core.i18n.t(lang, &format!("security-question-{n}"))
        }
    };
    let (secret, binder) = super::binding::new_secret();
    let f = RFlow {
        step: RStep::Question,
        binder,
        attempts_key: match &real {
            Some((dn, _, _)) => dn.clone(),
            None => format!("typed:{}", typed_key(input)),
        },
        dn: real.as_ref().map(|r| r.0.clone()),
        challenge: None,
        answer_hash: real.map(|r| r.2),
        to: None,
    };
    if !core.recovery.flows.insert_new(&flow, &f, FLOW_TTL).await? {
        return Err(JourneyError::Busy);
    }
    if let Some(dn) = &f.dn {
        index_journey(core, dn, &flow).await?;
    }
    Ok(Started {
        flow: Some(flow),
        next: "question",
        question: Some(question),
        secret: Some(secret),
        send_failure: None,
    })
}

/// A key of what was typed to start (username and contact), for unknown input.
fn start_key(input: &StartInput) -> String {
    let norm = |v: &Option<String>| nonempty(v).unwrap_or_default().to_lowercase();
    token_key(&format!(
        "{}\0{}",
        norm(&input.username),
        norm(&input.contact)
    ))
}

/// A key of the personal number and birth date as parsed (so that other
/// spellings of the same input count as one).
fn typed_key(input: &StartInput) -> String {
    let n = nonempty(&input.personal_number)
        .and_then(|v| PersonalNumber::parse(v).ok())
        .map(|n| n.as_str().to_uppercase())
        .unwrap_or_default();
    let b = nonempty(&input.birth_date)
        .and_then(|v| BirthDate::parse(v).ok())
        .map(|b| b.to_schac())
        .unwrap_or_default();
    token_key(&format!("{n}\0{b}"))
}

async fn send_link<A: CoreRef>(
    app: &Arc<A>,
    e: &UserEntry,
    to: &Email,
    lang: &str,
    ip: IpAddr,
) -> Result<(), JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    let o = new_link(core, e, to, lang).await?;
    send_in_background(
        app.clone(),
        e.dn.clone(),
        Some(ip),
        vec![o],
        |_, ch, err| async move {
            tracing::warn!(channel = %ch, error = %err, "recovery link not sent");
        },
    );
    Ok(())
}

/// Stores a new reset link for `e` and returns the email that carries it
/// to `to` (for the person's own request, or an operator's).
pub(crate) async fn new_link(
    core: &Core,
    e: &UserEntry,
    to: &Email,
    lang: &str,
) -> Result<Outgoing, JourneyError> {
    let rs = &core.recovery;
    let token = random_token();
    // Each link lives on its own until used, expired, or a password change:
    // a newer link (perhaps asked for by someone else) does not kill it.
    let link = Link {
        dn: e.dn.clone(),
        changed_at: e.first("pwdChangedTime").map(str::to_string),
        generation: core.state.count(&generation_key(&e.dn)).await?,
        expires: core.clock.now_ms() + rs.link_ttl.as_millis() as Millis,
    };
    if !rs
        .links
        .insert_new(&token_key(&token), &link, rs.link_ttl)
        .await?
    {
        return Err(JourneyError::Busy);
    }
    let url = format!(
        "{}/recover/reset/{token}",
        core.config.public_url.trim_end_matches('/')
    );
    let a = &core.config.directory.attributes;
    let args = [
        ("url", Arg::Str(url)),
        (
            "username",
            Arg::Str(e.first(&a.username).unwrap_or_default().to_string()),
        ),
        (
            "minutes",
            Arg::Num(core.config.recovery.link_ttl_minutes as i64),
        ),
        (
            "institution",
            Arg::Str(core.config.branding.institution.get(lang).to_string()),
        ),
    ];
    let message = Message {
        channel: Channel::Email,
        to: to.as_str().to_string(),
        subject: core.i18n.t_args(lang, "recovery-link-subject", &args),
        text: core.i18n.t_args(lang, "recovery-link-email", &args),
        html: None,
        lang: lang.to_string(),
    };
    Ok(Outgoing {
        message,
        destination: to.as_str().to_ascii_lowercase(),
        country_code: None,
    })
}

async fn flow_at(core: &Core, flow: &str, step: RStep) -> Result<RFlow, JourneyError> {
    let f = core
        .recovery
        .flows
        .get(flow)
        .await?
        .ok_or(JourneyError::RecoveryExpired)?;
    if f.step != step {
        return Err(JourneyError::WrongStep);
    }
    Ok(f)
}

/// Moves a recovery from `from` to `to`, only if it is still at `from`.
async fn advance(core: &Core, flow: &str, from: RStep, to: RStep) -> Result<(), JourneyError> {
    let moved = core
        .recovery
        .flows
        .update(flow, FLOW_TTL, |f| {
            if f.step != from {
                return (Change::Keep, false);
            }
            f.step = to;
            (Change::Write, true)
        })
        .await?;
    match moved {
        Some(true) => Ok(()),
        Some(false) => Err(JourneyError::WrongStep),
        None => Err(JourneyError::RecoveryExpired),
    }
}

/// The SMS PIN of a recovery.
#[tracing::instrument(level = "debug", skip_all, name = "journey.recovery.pin")]
pub async fn pin(core: &Core, flow: &str, typed: &str, ip: IpAddr) -> Result<(), JourneyError> {
    let f = flow_at(core, flow, RStep::Pin).await?;
    core.limits.check_ip(Budget::Pin, ip).await?;
    let pin = Pin::parse(typed, core.pins.config().digits)
        .map_err(|e| JourneyError::Fields(vec![("pin", e.code())]))?;
    let ch = f.challenge.as_deref().ok_or(JourneyError::WrongStep)?;
    core.pins
        .verify(ch, &f.attempts_key, Purpose::Recovery, flow, pin.as_str())
        .await
        .map_err(JourneyError::Pin)?;
    advance(core, flow, RStep::Pin, RStep::NewPassword).await
}

/// The security question's answer (UPHF), with its own attempt limit per
/// account. Unknown input is counted the same way (keyed by what was typed)
/// and costs the same Argon2 verification, so neither the count nor the time
/// tells whether the personal number and birth date matched anyone.
#[tracing::instrument(level = "debug", skip_all, name = "journey.recovery.answer")]
pub async fn answer(core: &Core, flow: &str, answer: &str, ip: IpAddr) -> Result<(), JourneyError> {
    let f = flow_at(core, flow, RStep::Question).await?;
    core.limits.check_ip(Budget::Pin, ip).await?;
    let limit = u64::from(core.config.recovery.question_attempts);
    // The try is counted before the answer is looked at (one atomic
    // increment), so parallel guesses on any node get at most `limit` looks.
    let tries = format!("answer-try:{}", f.attempts_key);
    let n = core
        .state
        .incr(&tries, Duration::from_secs(24 * 3600))
        .await?;
    if n > limit {
        core.recovery.flows.delete(flow).await?;
        return Err(JourneyError::AnswerExhausted);
    }
    let normalized = zeroize::Zeroizing::new(normalize_answer(answer));
    let real = f.answer_hash.is_some();
    let hash = format!(
        "{{ARGON2}}{}",
        f.answer_hash
            .unwrap_or_else(|| decoy_answer_hash().to_string())
    );
    let verified = tokio::task::spawn_blocking(move || crate::pwhash::verify(&normalized, &hash))
        .await
        .map_err(|e| JourneyError::Internal(e.to_string()))?;
    if verified && real {
        core.state.delete(&tries).await?;
        return advance(core, flow, RStep::Question, RStep::NewPassword).await;
    }
    if n >= limit {
        core.recovery.flows.delete(flow).await?;
        return Err(JourneyError::AnswerExhausted);
    }
    Err(JourneyError::AnswerWrong {
        attempts_left: (limit - n) as u32,
    })
}

/// An Argon2id hash (same parameters as real answers) of a random value that
/// nobody knows: unknown input is verified against it.
fn decoy_answer_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| {
        crate::pwhash::hash(crate::pwhash::Scheme::Argon2, &random_token())
            .trim_start_matches("{ARGON2}")
            .to_string()
    })
}

/// How the new-password step was reached.
pub enum Proof<'a> {
    /// A reset link's token.
    Link(&'a str),
    /// A recovery journey that passed its PIN or question.
    Flow(&'a str),
}

/// Sets the new password (policy and history checked by kleidi, since slapd
/// does not check them on a reset), tells every address on file, and kills
/// the link. The person is not signed in.
#[tracing::instrument(level = "debug", skip_all, name = "journey.recovery.new_password")]
pub async fn new_password<A: CoreRef>(
    app: &Arc<A>,
    proof: Proof<'_>,
    password: &str,
    confirm: &str,
    accept_rules: bool,
    ip: IpAddr,
) -> Result<String, JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    let (dn, link) = match &proof {
        Proof::Link(t) => {
            let links = &core.recovery.links;
            let mut l = links.get(&token_key(t)).await?;
            if l.is_none() {
                // Spent on a write whose outcome was unknown? Tell its truth.
                if let Some(err) =
                    lost_proof(app, &links.key(&token_key(t)), JourneyError::LinkInvalid).await
                {
                    return Err(err);
                }
                l = links.get(&token_key(t)).await?;
            }
            let l = l
                .filter(|l| core.clock.now_ms() < l.expires)
                .ok_or(JourneyError::LinkInvalid)?;
            (l.dn.clone(), Some(l))
        }
        Proof::Flow(f) => {
            let mut found = flow_at(core, f, RStep::NewPassword).await;
            if let Err(JourneyError::RecoveryExpired) = found {
                let key = core.recovery.flows.key(f);
                if let Some(err) = lost_proof(app, &key, JourneyError::RecoveryExpired).await {
                    return Err(err);
                }
                found = flow_at(core, f, RStep::NewPassword).await;
            }
            let dn = found?.dn.ok_or(JourneyError::RecoveryExpired)?;
            (dn, None)
        }
    };
    let e = core
        .directory
        .read_entry_with_history(&dn)
        .await?
        .ok_or(JourneyError::LinkInvalid)?;
    if let (Proof::Link(t), Some(l)) = (&proof, &link) {
        // Dead after any password change since it was sent: in the
        // directory (pwdChangedTime) or through kleidi (the generation,
        // which also tells two changes within one second apart).
        let generation = core.state.count(&generation_key(&dn)).await?;
        if l.changed_at.as_deref() != e.first("pwdChangedTime") || l.generation != generation {
            core.recovery.links.delete(&token_key(t)).await?;
            return Err(JourneyError::LinkInvalid);
        }
    }
    let mut errs = Vec::new();
    if password != confirm {
        errs.push(("confirm", "password_mismatch"));
    }
    if core.config.recovery.require_accept_rules && !accept_rules {
        errs.push(("accept_rules", "rules_not_accepted"));
    }
    if !errs.is_empty() {
        return Err(JourneyError::Fields(errs));
    }
    check_new_password(core, &e, password, Reuse::CheckedByKleidi, None).await?;
    // Spend the proof before the write, in one atomic step: of many
    // concurrent uses (on any node) exactly one goes on to write.
    let spent = match &proof {
        Proof::Link(t) => Spent::Link(
            token_key(t),
            core.recovery
                .links
                .take(&token_key(t))
                .await?
                .ok_or(JourneyError::LinkInvalid)?,
        ),
        Proof::Flow(f) => Spent::Flow(
            f.to_string(),
            core.recovery
                .flows
                .take(f)
                .await?
                .filter(|x| x.step == RStep::NewPassword)
                .ok_or(JourneyError::RecoveryExpired)?,
        ),
    };
    // A password set between the check above and the take (by any node)
    // killed the link: look once more, now that nobody else can use it.
    if let Spent::Link(..) = spent
        && link.as_ref().map(|l| l.generation)
            != Some(core.state.count(&generation_key(&dn)).await?)
    {
        return Err(JourneyError::LinkInvalid);
    }
    let give_back = spent.stored(core)?;
    let (app2, e2, pw) = (app.clone(), e.clone(), Zeroizing::new(password.to_string()));
    // Write, verify, audit and effects run to completion on a detached
    // task even if the client goes away.
    super::detached(app, pending::Action::Reset.audit(), &e.dn, async move {
        let core: &Core = app2.as_ref().as_ref();
        let dn = &e2.dn;
        let written = core
            .directory
            .reset_password(dn, &pw, ResetKind::ChosenByUser)
            .await
            .map(|o| super::flag_outcome(dn, o));
        if let Err(err) = written {
            match pending::after_failure(core, err, dn, &pw).await {
                AfterFailure::Written => {}
                AfterFailure::Unknown(uri) => {
                    let proof = give_back.key.clone();
                    let u = pending::Unknown {
                        action: pending::Action::Reset,
                        entry: &e2,
                        uri,
                        ip,
                        give_back: Some(give_back),
                        proof: Some(proof),
                        journey: None,
                    };
                    return Err(pending::record(&app2, u, &pw).await);
                }
                AfterFailure::Failed(err) => {
                    // Nothing was set: the link (or journey) works again.
                    spent.give_back(core).await;
                    crate::audit::record(core, "recovery.reset", "failed", Some(dn), ip);
                    return Err(err.into());
                }
            }
        }
        password_was_set(core, dn, None, None).await?;
        crate::audit::record(core, "recovery.reset", "ok", Some(dn), ip);
        notices::send(&app2, &e2, Notice::PasswordReset, None);
        Ok::<(), JourneyError>(())
    })
    .await?;
    Ok(e.first(&core.config.directory.attributes.username)
        .unwrap_or_default()
        .to_string())
}

/// A link or journey the person holds is gone. When it was spent on a
/// write whose outcome was unknown, its truth is the answer (`None`: that
/// write turned out not done and the proof is back: look again);
/// otherwise `otherwise`.
async fn lost_proof<A: CoreRef>(
    app: &Arc<A>,
    key: &str,
    otherwise: JourneyError,
) -> Option<JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    let dn = match pending::proof_spent_on(core, key).await {
        None => return Some(otherwise),
        Some((_, Some(true))) => return Some(JourneyError::EarlierWriteApplied),
        // Not done: the proof is back.
        Some((_, Some(false))) => return None,
        Some((dn, None)) => dn,
    };
    let e = match core.directory.read_entry(&dn).await {
        Ok(Some(e)) => e,
        Ok(None) => return Some(otherwise),
        Err(e) => return Some(e.into()),
    };
    match pending::earlier(app, &e).await {
        Ok(pending::Earlier::Written) => Some(JourneyError::EarlierWriteApplied),
        Ok(pending::Earlier::Unknown) => Some(JourneyError::OutcomeUnknown),
        Ok(pending::Earlier::Nothing) => None,
        Err(e) => Some(e),
    }
}

/// A proof taken from the store for one write.
enum Spent {
    Link(String, Link),
    Flow(String, RFlow),
}

impl Spent {
    /// The proof as stored, to be put back by whoever learns that a write
    /// whose answer was lost did not happen.
    fn stored(&self, core: &Core) -> Result<pending::GiveBack, JourneyError> {
        let rs = &core.recovery;
        Ok(match self {
            Spent::Link(k, l) => pending::GiveBack {
                key: rs.links.key(k),
                value: Typed::<Link>::encode(l)?,
                ttl_secs: rs.link_ttl.as_secs(),
            },
            Spent::Flow(k, f) => pending::GiveBack {
                key: rs.flows.key(k),
                value: Typed::<RFlow>::encode(f)?,
                ttl_secs: FLOW_TTL.as_secs(),
            },
        })
    }

    /// Puts the proof back after a write that did not happen.
    async fn give_back(self, core: &Core) {
        let rs = &core.recovery;
        let r = match self {
            Spent::Link(k, l) => rs.links.insert_new(&k, &l, rs.link_ttl).await,
            Spent::Flow(k, f) => rs.flows.insert_new(&k, &f, FLOW_TTL).await,
        };
        if let Err(e) = r {
            tracing::warn!(error = %e, "recovery proof not given back");
        }
    }
}

/// What "forgot username" takes: a personal number and birth date, or an email.
#[derive(Debug, Default, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = UsernameRecoveryRequest)]
pub struct UsernameInput {
    /// Personal number.
    #[serde(default)]
    pub personal_number: Option<String>,
    /// Birth date.
    #[serde(default)]
    pub birth_date: Option<String>,
    /// The recovery (or registrar) email.
    #[serde(default)]
    pub email: Option<String>,
}

/// Sends the username to the registered contacts; never shows it.
#[tracing::instrument(level = "debug", skip_all, name = "journey.recovery.recover_username")]
pub async fn recover_username<A: CoreRef>(
    app: &Arc<A>,
    input: UsernameInput,
    ip: IpAddr,
) -> Result<(), JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    if !core.config.recovery.username_recovery {
        return Err(JourneyError::NotOffered);
    }
    core.limits.check_ip(Budget::Attempts, ip).await?;
    let entry = if let Some(em) = nonempty(&input.email) {
        let em = Email::parse(em).map_err(|e| JourneyError::Fields(vec![("email", e.code())]))?;
        core.directory
            .find_person(&By::AnyEmail(&em), &Among::default())
            .await?
    } else {
        let attrs = core.config.recovery.personal_number_attributes.clone();
        by_number(
            core,
            &attrs,
            &StartInput {
                personal_number: input.personal_number.clone(),
                birth_date: input.birth_date.clone(),
                ..Default::default()
            },
        )
        .await?
    };
    crate::audit::record(
        core,
        "recovery.username",
        if entry.is_some() {
            "matched"
        } else {
            "no_match"
        },
        entry.as_ref().map(|e| e.dn.as_str()),
        ip,
    );
    let Some(e) = entry else { return Ok(()) };
    let Some(r) = addresses::recipient(core, &e).await? else {
        return Ok(());
    };
    let lang = entry_lang(core, &r);
    let a = &core.config.directory.attributes;
    let args = [
        (
            "username",
            Arg::Str(e.first(&a.username).unwrap_or_default().to_string()),
        ),
        (
            "institution",
            Arg::Str(core.config.branding.institution.get(&lang).to_string()),
        ),
    ];
    let to = addresses::of(core, &r, &core.config.recovery.send_to);
    let out: Vec<Outgoing> = to
        .emails
        .into_iter()
        .map(|to| Outgoing {
            destination: to.as_str().to_ascii_lowercase(),
            country_code: None,
            message: Message {
                channel: Channel::Email,
                to: to.as_str().to_string(),
                subject: core.i18n.t_args(&lang, "recovery-username-subject", &args),
                text: core.i18n.t_args(&lang, "recovery-username-email", &args),
                html: None,
                lang: lang.clone(),
            },
        })
        .collect();
    send_in_background(
        app.clone(),
        e.dn.clone(),
        Some(ip),
        out,
        |_, ch, err| async move {
            tracing::warn!(channel = %ch, error = %err, "username reminder not sent");
        },
    );
    Ok(())
}
