//! Forgotten password and forgotten username. Whoever asks gets the same
//! answer whether or not the account exists, has a contact, or matched; the
//! link, PIN or username goes only to a contact the account registered (for
//! an impersonal service account, to its owner's).

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::account::{Reuse, check_new_password, normalize_answer};
use super::addresses::{self, Addresses};
use super::notices::{self, Notice, entry_lang};
use super::{JourneyError, Outgoing, nonempty, parse_field, send_in_background};
use crate::clock::SharedClock;
use crate::config::{RecoveryConfig, RecoveryIdentify};
use crate::core::{Core, CoreRef};
use crate::directory::escape::render_filter;
use crate::directory::{ResetKind, UserEntry, attr};
use crate::domain::{BirthDate, Email, Mobile, PersonalNumber, Pin};
use crate::i18n::Arg;
use crate::notify::{Channel, Message};
use crate::pin::Purpose;
use crate::store::{MemoryStore, Store};
use crate::token::{random_id, random_token, token_key};

/// Which way the reset goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecoveryChannel {
    /// A link by email.
    Email,
    /// A PIN by SMS.
    Sms,
}

/// What the person typed to start a recovery.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RStep {
    Pin,
    Question,
    NewPassword,
}

#[derive(Debug, Clone)]
struct RFlow {
    step: RStep,
    dn: Option<String>,
    challenge: Option<String>,
    answer_hash: Option<String>,
    /// Whose security-answer failures this journey counts: the account's DN,
    /// or for unknown input a key of what was typed.
    attempts_key: String,
}

#[derive(Debug, Clone)]
struct Link {
    dn: String,
    changed_at: Option<String>,
}

/// Recoveries in flight, reset links, and security-answer failures.
pub struct RecoveryState {
    flows: MemoryStore<String, RFlow>,
    links: MemoryStore<String, Link>,
    latest: MemoryStore<String, String>,
    answer_failures: MemoryStore<String, u32>,
    link_ttl: Duration,
}

impl RecoveryState {
    /// Empty stores sized from the config.
    pub fn new(cfg: &RecoveryConfig, clock: SharedClock) -> Self {
        Self {
            flows: MemoryStore::new(cfg.capacity, clock.clone()),
            links: MemoryStore::new(cfg.capacity, clock.clone()),
            latest: MemoryStore::new(cfg.capacity, clock.clone()),
            answer_failures: MemoryStore::new(cfg.capacity, clock),
            link_ttl: Duration::from_secs(cfg.link_ttl_minutes * 60),
        }
    }

    /// Drops expired entries.
    pub fn sweep(&self) {
        self.flows.sweep();
        self.links.sweep();
        self.latest.sweep();
        self.answer_failures.sweep();
    }

    /// True when a reset-link token is currently valid (before the form is shown).
    pub fn link_alive(&self, token: &str) -> bool {
        self.links.get(&token_key(token)).is_some()
    }
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
    let ors: String = attrs
        .iter()
        .map(|a| render_filter(&format!("({a}={{v}})"), &[("v", n.as_str())]))
        .collect();
    let dob = render_filter(
        &format!("({}={{v}})", core.config.directory.attributes.date_of_birth),
        &[("v", &b.to_schac())],
    );
    Ok(core
        .directory
        .find_unique(&format!("(&(|{ors}){dob})"))
        .await?)
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
async fn destinations(
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
    core.limits.ip.check(&ip.to_string())?;
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
        return start_question(core, entry, &input);
    }
    match channel {
        RecoveryChannel::Email => {
            if let Some(e) = &entry
                && let Some(to) = to.emails.first()
            {
                send_link(app, e, to, &to_lang)?;
            }
            Ok(Started {
                flow: None,
                next: "check_email",
                question: None,
            })
        }
        RecoveryChannel::Sms => {
            let flow = random_id();
            let mobile = to.mobiles.first().cloned();
            let dn = entry
                .as_ref()
                .filter(|_| mobile.is_some())
                .map(|e| e.dn.clone());
            let account = dn.clone().unwrap_or_else(|| format!("nobody:{flow}"));
            let (challenge, pin) = core
                .pins
                .issue(&account, Purpose::Recovery, &flow)
                .map_err(JourneyError::Pin)?;
            core.recovery
                .flows
                .insert(
                    flow.clone(),
                    RFlow {
                        step: RStep::Pin,
                        dn: dn.clone(),
                        challenge: Some(challenge),
                        answer_hash: None,
                        attempts_key: String::new(),
                    },
                    Duration::from_secs(30 * 60),
                )
                .map_err(|_| JourneyError::Busy)?;
            if let (Some(e), Some(m)) = (&entry, mobile) {
                let lang = to_lang.clone();
                let minutes = core.pins.config().ttl_minutes as i64;
                let text = core.i18n.t_args(
                    &lang,
                    "recovery-pin-sms",
                    &[
                        ("pin", Arg::Str(pin.to_string())),
                        ("minutes", Arg::Num(minutes)),
                        (
                            "institution",
                            Arg::Str(core.config.branding.institution.get(&lang).to_string()),
                        ),
                    ],
                );
                let msg = Message {
                    channel: Channel::Sms,
                    to: m.as_e164().to_string(),
                    subject: String::new(),
                    text,
                    html: None,
                    lang,
                };
                send_in_background(
                    app.clone(),
                    e.dn.clone(),
                    vec![Outgoing {
                        message: msg,
                        destination: m.as_e164().to_string(),
                        country_code: Some(m.country_calling_code()),
                    }],
                    |_, ch, err| {
                        tracing::warn!(channel = %ch, error = %err, "recovery PIN not sent");
                    },
                );
            }
            let _ = lang;
            Ok(Started {
                flow: Some(flow),
                next: "pin",
                question: None,
            })
        }
    }
}

fn start_question(
    core: &Core,
    entry: Option<UserEntry>,
    input: &StartInput,
) -> Result<Started, JourneyError> {
    let flow = random_id();
    let real = entry.as_ref().and_then(|e| {
        let q = e.first(attr::SECURITY_QUESTION)?;
        let h = e.first(attr::SECURITY_ANSWER)?;
        Some((e.dn.clone(), q.to_string(), h.to_string()))
    });
    // Nobody (or no question set): a question drawn from the input, the same
    // every time for the same input, that no answer opens.
    let question = match &real {
        Some((_, q, _)) => q.clone(),
        None => {
            let seed = typed_key(input);
            let n = seed.bytes().map(u32::from).sum::<u32>() % 4 + 1;
            core.i18n.t(
                &core.config.i18n.default_language,
                &format!("recovery-decoy-question-{n}"),
            )
        }
    };
    core.recovery
        .flows
        .insert(
            flow.clone(),
            RFlow {
                step: RStep::Question,
                attempts_key: match &real {
                    Some((dn, _, _)) => dn.clone(),
                    None => format!("typed:{}", typed_key(input)),
                },
                dn: real.as_ref().map(|r| r.0.clone()),
                challenge: None,
                answer_hash: real.map(|r| r.2),
            },
            Duration::from_secs(30 * 60),
        )
        .map_err(|_| JourneyError::Busy)?;
    Ok(Started {
        flow: Some(flow),
        next: "question",
        question: Some(question),
    })
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

fn send_link<A: CoreRef>(
    app: &Arc<A>,
    e: &UserEntry,
    to: &Email,
    lang: &str,
) -> Result<(), JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    let rs = &core.recovery;
    let token = random_token();
    let key = token_key(&token);
    // A newer link kills the older one.
    if let Some(old) = rs.latest.get(&e.dn) {
        rs.links.remove(&old);
    }
    rs.links
        .insert(
            key.clone(),
            Link {
                dn: e.dn.clone(),
                changed_at: e.first("pwdChangedTime").map(str::to_string),
            },
            rs.link_ttl,
        )
        .map_err(|_| JourneyError::Busy)?;
    let _ = rs.latest.insert(e.dn.clone(), key, rs.link_ttl);
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
    let msg = Message {
        channel: Channel::Email,
        to: to.as_str().to_string(),
        subject: core.i18n.t_args(lang, "recovery-link-subject", &args),
        text: core.i18n.t_args(lang, "recovery-link-email", &args),
        html: None,
        lang: lang.to_string(),
    };
    send_in_background(
        app.clone(),
        e.dn.clone(),
        vec![Outgoing {
            message: msg,
            destination: to.as_str().to_ascii_lowercase(),
            country_code: None,
        }],
        |_, ch, err| {
            tracing::warn!(channel = %ch, error = %err, "recovery link not sent");
        },
    );
    Ok(())
}

fn flow_at(core: &Core, flow: &str, step: RStep) -> Result<RFlow, JourneyError> {
    let f = core
        .recovery
        .flows
        .get(&flow.to_string())
        .ok_or(JourneyError::RecoveryExpired)?;
    if f.step != step {
        return Err(JourneyError::WrongStep);
    }
    Ok(f)
}

/// The SMS PIN of a recovery.
pub fn pin(core: &Core, flow: &str, typed: &str) -> Result<(), JourneyError> {
    let f = flow_at(core, flow, RStep::Pin)?;
    let pin = Pin::parse(typed, core.pins.config().digits)
        .map_err(|e| JourneyError::Fields(vec![("pin", e.code())]))?;
    let account = f.dn.clone().unwrap_or_else(|| format!("nobody:{flow}"));
    let ch = f.challenge.as_deref().ok_or(JourneyError::WrongStep)?;
    core.pins
        .verify(ch, &account, Purpose::Recovery, flow, pin.as_str())
        .map_err(JourneyError::Pin)?;
    core.recovery
        .flows
        .update(&flow.to_string(), |f| f.step = RStep::NewPassword);
    Ok(())
}

/// The security question's answer (UPHF), with its own attempt limit per
/// account. Unknown input is counted the same way (keyed by what was typed)
/// and costs the same Argon2 verification, so neither the count nor the time
/// tells whether the personal number and birth date matched anyone.
pub async fn answer(core: &Core, flow: &str, answer: &str) -> Result<(), JourneyError> {
    let f = flow_at(core, flow, RStep::Question)?;
    let limit = core.config.recovery.question_attempts;
    let key = f.attempts_key.clone();
    let failures = core.recovery.answer_failures.get(&key).unwrap_or(0);
    if failures >= limit {
        core.recovery.flows.remove(&flow.to_string());
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
        core.recovery.answer_failures.remove(&key);
        core.recovery
            .flows
            .update(&flow.to_string(), |f| f.step = RStep::NewPassword);
        return Ok(());
    }
    let n = failures + 1;
    let _ = core
        .recovery
        .answer_failures
        .insert(key, n, Duration::from_secs(24 * 3600));
    if n >= limit {
        core.recovery.flows.remove(&flow.to_string());
        return Err(JourneyError::AnswerExhausted);
    }
    Err(JourneyError::AnswerWrong {
        attempts_left: limit - n,
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
pub async fn new_password<A: CoreRef>(
    app: &Arc<A>,
    proof: Proof<'_>,
    password: &str,
    confirm: &str,
    accept_rules: bool,
    ip: IpAddr,
) -> Result<String, JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    let dn = match &proof {
        Proof::Link(t) => {
            let l = core
                .recovery
                .links
                .get(&token_key(t))
                .ok_or(JourneyError::LinkInvalid)?;
            l.dn
        }
        Proof::Flow(f) => flow_at(core, f, RStep::NewPassword)?
            .dn
            .ok_or(JourneyError::FlowNotFound)?,
    };
    let e = core
        .directory
        .read_entry_with_history(&dn)
        .await?
        .ok_or(JourneyError::LinkInvalid)?;
    if let Proof::Link(t) = &proof {
        // Dead after any password change since it was sent, or a newer link.
        let l = core
            .recovery
            .links
            .get(&token_key(t))
            .ok_or(JourneyError::LinkInvalid)?;
        let newest = core
            .recovery
            .latest
            .get(&dn)
            .is_some_and(|k| k == token_key(t));
        if l.changed_at.as_deref() != e.first("pwdChangedTime") || !newest {
            core.recovery.links.remove(&token_key(t));
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
    check_new_password(core, &e, password, Reuse::CheckedByKleidi).await?;
    let (app2, dn2, pw) = (app.clone(), dn.clone(), password.to_string());
    core.background
        .spawn(async move {
            let core: &Core = app2.as_ref().as_ref();
            core.directory
                .reset_password(&dn2, &pw, ResetKind::ChosenByUser)
                .await
        })
        .await
        .map_err(|e| JourneyError::Internal(e.to_string()))??;
    match proof {
        Proof::Link(t) => {
            core.recovery.links.remove(&token_key(t));
            core.recovery.latest.remove(&dn);
        }
        Proof::Flow(f) => {
            core.recovery.flows.remove(&f.to_string());
        }
    }
    crate::audit::record("recovery.reset", "ok", Some(&dn), ip);
    notices::send(app, &e, Notice::PasswordReset, None);
    Ok(e.first(&core.config.directory.attributes.username)
        .unwrap_or_default()
        .to_string())
}

/// What "forgot username" takes: a personal number and birth date, or an email.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
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
pub async fn recover_username<A: CoreRef>(
    app: &Arc<A>,
    input: UsernameInput,
    ip: IpAddr,
) -> Result<(), JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    if !core.config.recovery.username_recovery {
        return Err(JourneyError::NotOffered);
    }
    core.limits.ip.check(&ip.to_string())?;
    let entry = if let Some(em) = nonempty(&input.email) {
        let em = Email::parse(em).map_err(|e| JourneyError::Fields(vec![("email", e.code())]))?;
        let a = &core.config.directory.attributes;
        let f = format!(
            "(|{}{})",
            render_filter(
                &format!("({}={{v}})", attr::RECOVERY_EMAIL),
                &[("v", em.as_str())]
            ),
            render_filter(
                &format!("({}={{v}})", a.registrar_email),
                &[("v", em.as_str())]
            ),
        );
        core.directory.find_unique(&f).await?
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
    send_in_background(app.clone(), e.dn.clone(), out, |_, ch, err| {
        tracing::warn!(channel = %ch, error = %err, "username reminder not sent");
    });
    Ok(())
}
