//! The steps, in order. Each checks that the journey is at its step, does its
//! work, and moves the journey on.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::{Both, Flow, Matched, Step, at, effects};
use crate::config::{IdentifyBy, RoleConfig};
use crate::core::{Core, CoreRef};
use crate::directory::{Among, By};
use crate::directory::{UserEntry, attr};
use crate::domain::{
    BirthDate, Country, Email, ForeignKind, Mobile, NationalId, NationalIdError, PersonalNumber,
    Pin,
};
use crate::journey::{JourneyError, Outgoing, nonempty, parse_field};
use crate::limits::Budget;
use crate::notify::{Channel, Message};
use crate::pin::Purpose;

/// Step 1 input: the registrar's contacts, or a personal number and birth date.
#[derive(Debug, Default, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = IdentifyRequest)]
pub struct IdentifyInput {
    /// Mobile as typed.
    #[serde(default)]
    pub mobile: Option<String>,
    /// External email as typed.
    #[serde(default)]
    pub email: Option<String>,
    /// Student / staff number, INE or external UID.
    #[serde(default)]
    pub personal_number: Option<String>,
    /// Birth date (`YYYY-MM-DD` or `DD/MM/YYYY`).
    #[serde(default)]
    pub birth_date: Option<String>,
}

/// National ID step input: an AMKA, or a foreign number with its country.
#[derive(Debug, Default, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = NationalIdRequest)]
pub struct NationalIdInput {
    /// Greek AMKA.
    #[serde(default)]
    pub amka: Option<String>,
    /// ISO 3166 country of a foreign number.
    #[serde(default)]
    pub country: Option<String>,
    /// `ssn` or `ehic`.
    #[serde(default)]
    pub kind: Option<String>,
    /// The foreign number.
    #[serde(default)]
    pub number: Option<String>,
}

/// Password step input.
#[derive(Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = ActivationPasswordRequest)]
pub struct PasswordInput {
    /// The new password.
    #[schema(min_length = 1)]
    pub password: String,
    /// The same again.
    #[schema(min_length = 1)]
    pub confirm: String,
    /// The terms of use were accepted.
    #[serde(default)]
    pub accept_terms: bool,
}

/// The end of the journey.
#[derive(Debug, Clone, Serialize)]
pub struct Welcome {
    /// The username to sign in with.
    pub username: String,
}

fn role<'a>(core: &'a Core, id: &str) -> Option<&'a RoleConfig> {
    core.config.activation.roles.iter().find(|r| r.id == id)
}

fn country(core: &Core) -> Result<Country, JourneyError> {
    Country::parse(&core.config.i18n.phone_country)
        .map_err(|e| JourneyError::Internal(e.to_string()))
}

/// A started journey: its id, and the secret every later step needs.
#[derive(Debug, Clone)]
pub struct Started {
    /// The journey id (in URLs).
    pub flow: String,
    /// Held only by the client that started it (cookie or API field).
    pub secret: String,
}

/// Starts an activation for a role; returns the journey id. Anonymous
/// starts are limited per address and in total, so that a flood cannot fill
/// the store for everyone.
#[tracing::instrument(level = "debug", skip_all, name = "journey.activation.start")]
pub async fn start(
    core: &Core,
    role_id: &str,
    lang: &str,
    ip: IpAddr,
) -> Result<Started, JourneyError> {
    if !core.config.activation.enabled {
        return Err(JourneyError::FlowNotFound);
    }
    if role(core, role_id).is_none() {
        return Err(JourneyError::Fields(vec![("role", "unknown_role")]));
    }
    core.limits.check_ip(Budget::Start, ip).await?;
    core.limits.check(Budget::StartTotal, "all").await?;
    let id = crate::token::random_id();
    let (secret, binder) = crate::journey::binding::new_secret();
    let flow = Flow {
        role: role_id.to_string(),
        lang: lang.to_string(),
        step: Step::Identify,
        binder,
        matched: None,
        challenge: None,
        send_failure: None,
        national_id: None,
        consent_mobile: false,
        consent_email: false,
        pending: None,
        username: None,
        budget_key: None,
        sent_to: Vec::new(),
    };
    core.activation.insert(&id, &flow).await?;
    Ok(Started { flow: id, secret })
}

enum Factors {
    Contact {
        mobile: Option<Mobile>,
        email: Option<Email>,
    },
    Number {
        number: PersonalNumber,
        birth: BirthDate,
    },
}

fn parse_factors(
    core: &Core,
    role: &RoleConfig,
    input: &IdentifyInput,
) -> Result<Factors, JourneyError> {
    let mut errs = Vec::new();
    match role.identify {
        IdentifyBy::Contact => {
            let mobile = match nonempty(&input.mobile) {
                Some(m) => Mobile::parse(m, country(core)?)
                    .map_err(|e| errs.push(("mobile", e.code())))
                    .ok(),
                None => None,
            };
            let email = match nonempty(&input.email) {
                Some(e) => Email::parse(e)
                    .map_err(|e| errs.push(("email", e.code())))
                    .ok(),
                None => None,
            };
            if nonempty(&input.mobile).is_none() && nonempty(&input.email).is_none() {
                errs.push(("mobile", "mobile_or_email_required"));
            }
            if errs.is_empty() {
                return Ok(Factors::Contact { mobile, email });
            }
        }
        IdentifyBy::PersonalNumber => {
            let number = parse_field(
                &mut errs,
                "personal_number",
                &input.personal_number,
                true,
                |v| PersonalNumber::parse(v).map_err(|e| e.code()),
            );
            let birth = parse_field(&mut errs, "birth_date", &input.birth_date, true, |v| {
                BirthDate::parse(v).map_err(|e| e.code())
            });
            if let (Some(number), Some(birth)) = (number, birth)
                && errs.is_empty()
            {
                return Ok(Factors::Number { number, birth });
            }
        }
    }
    Err(JourneyError::Fields(errs))
}

/// What to look for: the role's factors in the directory's terms.
fn lookup<'a>(f: &'a Factors, attributes: &'a [String]) -> By<'a> {
    match f {
        Factors::Contact { mobile, email } => By::Contacts {
            mobile: mobile.as_ref(),
            email: email.as_ref(),
        },
        Factors::Number { number, birth } => By::NumberAndBirth {
            attributes,
            number: number.as_str(),
            birth,
        },
    }
}

/// The entry's contacts, as the registrar recorded them (kleidi's own
/// verified ones as a fallback).
fn entry_contacts(core: &Core, e: &UserEntry) -> (Option<Mobile>, Option<Email>) {
    let a = &core.config.directory.attributes;
    let c = country(core).ok();
    let mobile = [a.mobile.as_str(), attr::RECOVERY_MOBILE]
        .iter()
        .flat_map(|n| e.values(n).iter())
        .find_map(|v| c.and_then(|c| Mobile::parse(v, c).ok()));
    let email = [a.registrar_email.as_str(), attr::RECOVERY_EMAIL]
        .iter()
        .flat_map(|n| e.values(n).iter())
        .find_map(|v| Email::parse(v).ok());
    (mobile, email)
}

/// Step 1: identify. The answer is the same whether or not anyone matched
/// (unless `reveal_no_match`); the PIN goes only to the entry's own contacts.
#[tracing::instrument(level = "debug", skip_all, name = "journey.activation.identify")]
pub async fn identify<A: CoreRef>(
    app: &Arc<A>,
    flow_id: &str,
    input: IdentifyInput,
    ip: IpAddr,
) -> Result<Step, JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    let flow = at(core, flow_id, Step::Identify).await?;
    core.limits.check_ip(Budget::Attempts, ip).await?;
    let role = role(core, &flow.role).ok_or(JourneyError::FlowNotFound)?;
    let factors = parse_factors(core, role, &input)?;
    let bases = if role.bases.is_empty() {
        &core.config.directory.user_bases
    } else {
        &role.bases
    };
    // Only what identification needs; the PIN step reads the whole entry.
    let a = &core.config.directory.attributes;
    let wanted = [
        a.mobile.as_str(),
        a.registrar_email.as_str(),
        a.preferred_language.as_str(),
        attr::RECOVERY_MOBILE,
        attr::RECOVERY_EMAIL,
    ];
    let among = Among {
        bases: Some(bases),
        affiliation: Some(&role.affiliation),
        filter: role.filter.as_deref(),
        attributes: Some(&wanted),
    };
    let found = core
        .directory
        .find_person(&lookup(&factors, &role.personal_number_attributes), &among)
        .await?;
    let matched = found.and_then(|e| {
        let (mobile, email) = entry_contacts(core, &e);
        let ok = match &factors {
            // Every typed contact must equal the record's, after normalization.
            Factors::Contact {
                mobile: m,
                email: em,
            } => {
                m.as_ref().is_none_or(|m| mobile.as_ref() == Some(m))
                    && em
                        .as_ref()
                        .is_none_or(|em| email.as_ref().is_some_and(|x| x.matches(em)))
            }
            Factors::Number { .. } => mobile.is_some() || email.is_some(),
        };
        let sms = core.notifier.supports(Channel::Sms);
        let pinned = match &factors {
            // Send only to what the person typed (and the record holds).
            Factors::Contact {
                mobile: m,
                email: em,
            } => Both {
                mobile: sms && m.is_some() && mobile.is_some(),
                email: em.is_some() && email.is_some(),
            },
            Factors::Number { .. } => Both {
                mobile: sms && mobile.is_some(),
                email: email.is_some(),
            },
        };
        ok.then(|| Matched {
            dn: e.dn.clone(),
            mobile,
            email,
            pinned,
            verified: Both::default(),
            lang: e
                .first(&core.config.directory.attributes.preferred_language)
                .map(|l| l.to_ascii_lowercase()),
        })
    });
    // Nobody matched: the PIN budget is counted on what was typed, so that
    // it runs out for unknown input exactly as for a real account.
    let budget_key = matched.is_none().then(|| typed_key(&factors));
    let account = account_key(flow_id, matched.as_ref(), budget_key.as_deref());
    let (challenge, pin) = core
        .pins
        .issue(&account, Purpose::Activation, flow_id)
        .await
        .map_err(JourneyError::Pin)?;
    crate::audit::record(
        core,
        "activation.identify",
        if matched.is_some() {
            "matched"
        } else {
            "no_match"
        },
        matched.as_ref().map(|m| m.dn.as_str()),
        ip,
    );
    let reveal = core.config.activation.reveal_no_match && matched.is_none();
    // What the person typed, masked: the PIN page says where it went.
    let sent_to: Vec<String> = match &factors {
        Factors::Contact { mobile, email } => mobile
            .iter()
            .map(|m| crate::notify::mask(m.as_e164()))
            .chain(email.iter().map(|e| crate::notify::mask(e.as_str())))
            .collect(),
        Factors::Number { .. } => Vec::new(),
    };
    core.activation
        .advance(flow_id, Step::Identify, |f| {
            if !reveal {
                f.step = Step::Pin;
            }
            f.matched = matched.clone().map(Box::new);
            f.challenge = Some(challenge.clone());
            f.send_failure = None;
            f.budget_key = budget_key.clone();
            f.sent_to = sent_to.clone();
        })
        .await?;
    if reveal {
        return Err(JourneyError::NoMatch);
    }
    if let Some(m) = &matched {
        let journeys = crate::journey::password_set::journeys_of(&m.dn);
        let ttl = Duration::from_secs(core.config.activation.flow_ttl_minutes * 60);
        core.state
            .index_add(&journeys, &format!("activation:{flow_id}"), ttl)
            .await?;
        send_pin(app, flow_id, &flow.lang, m, &pin);
    }
    Ok(Step::Pin)
}

fn account_key(flow_id: &str, m: Option<&Matched>, budget_key: Option<&str>) -> String {
    match (m, budget_key) {
        (Some(m), _) => m.dn.clone(),
        // A challenge nobody can answer, so the PIN step behaves the same.
        (None, Some(k)) => format!("typed:{k}"),
        (None, None) => format!("nobody:{flow_id}"),
    }
}

/// A key of what was typed to identify (normalized), for unknown input.
fn typed_key(f: &Factors) -> String {
    let raw = match f {
        Factors::Contact { mobile, email } => format!(
            "{}\0{}",
            mobile.as_ref().map(|m| m.as_e164()).unwrap_or_default(),
            email
                .as_ref()
                .map(|e| e.as_str().to_ascii_lowercase())
                .unwrap_or_default()
        ),
        Factors::Number { number, birth } => {
            format!("{}\0{}", number.as_str().to_uppercase(), birth.to_schac())
        }
    };
    crate::token::token_key(&raw)
}

fn send_pin<A: CoreRef>(app: &Arc<A>, flow_id: &str, flow_lang: &str, m: &Matched, pin: &str) {
    let core: &Core = app.as_ref().as_ref();
    let lang = m
        .lang
        .as_deref()
        .filter(|l| crate::i18n::SUPPORTED.contains(l))
        .unwrap_or(flow_lang);
    let i = &core.i18n;
    let minutes = core.pins.config().ttl_minutes as i64;
    let inst = core.config.branding.institution.get(lang).to_string();
    let args = |pin: &str| {
        vec![
            ("pin", crate::i18n::Arg::Str(pin.to_string())),
            ("minutes", crate::i18n::Arg::Num(minutes)),
            ("institution", crate::i18n::Arg::Str(inst.clone())),
        ]
    };
    let mut out = Vec::new();
    if let Some(e) = m.email.as_ref().filter(|_| m.pinned.email) {
        out.push(Outgoing {
            destination: e.as_str().to_ascii_lowercase(),
            country_code: None,
            message: Message {
                channel: Channel::Email,
                to: e.as_str().to_string(),
                subject: i.t_args(lang, "activation-pin-subject", &args(pin)),
                text: i.t_args(lang, "activation-pin-email", &args(pin)),
                html: None,
                lang: lang.to_string(),
            },
        });
    }
    // No SMS where the institution has no gateway (`sms.transport = "none"`):
    // `pinned` says so.
    if let Some(mo) = m.mobile.as_ref().filter(|_| m.pinned.mobile) {
        out.push(Outgoing {
            destination: mo.as_e164().to_string(),
            country_code: Some(mo.country_calling_code()),
            message: Message {
                channel: Channel::Sms,
                to: mo.as_e164().to_string(),
                subject: String::new(),
                text: i.t_args(lang, "activation-pin-sms", &args(pin)),
                html: None,
                lang: lang.to_string(),
            },
        });
    }
    super::send_for(app, flow_id, &m.dn, out, "activation PIN");
}

/// "Send a new code": same challenge, new PIN, failure count kept.
#[tracing::instrument(level = "debug", skip_all, name = "journey.activation.resend")]
pub async fn resend<A: CoreRef>(
    app: &Arc<A>,
    flow_id: &str,
    ip: IpAddr,
) -> Result<(), JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    if core.activation.step(flow_id).await == Some(Step::VerifyContact) {
        return super::contacts::resend(app, flow_id, ip).await;
    }
    let flow = at(core, flow_id, Step::Pin).await?;
    core.limits.check_ip(Budget::Pin, ip).await?;
    let challenge = flow.challenge.as_deref().ok_or(JourneyError::WrongStep)?;
    // A real journey's failed send was refunded when it failed; one for
    // unknown input is refunded while a channel fails, as a real one would be.
    if flow.matched.is_none() && super::send_failure(core, flow_id).await.is_some() {
        core.pins.refund_send(challenge).await;
    }
    let account = account_key(flow_id, flow.matched.as_deref(), flow.budget_key.as_deref());
    let pin = core
        .pins
        .resend(challenge, &account, Purpose::Activation, flow_id)
        .await
        .map_err(JourneyError::Pin)?;
    core.activation
        .update(flow_id, |f| f.send_failure = None)
        .await?;
    if let Some(m) = &flow.matched {
        send_pin(app, flow_id, &flow.lang, m, &pin);
    }
    Ok(())
}

/// Step 2: the PIN. On success the record is checked: already active,
/// required fields missing, a national ID that does not fit.
#[tracing::instrument(level = "debug", skip_all, name = "journey.activation.pin")]
pub async fn pin(
    core: &Core,
    flow_id: &str,
    typed: &str,
    ip: IpAddr,
) -> Result<Step, JourneyError> {
    let flow = at(core, flow_id, Step::Pin).await?;
    core.limits.check_ip(Budget::Pin, ip).await?;
    let pin = Pin::parse(typed, core.pins.config().digits)
        .map_err(|e| JourneyError::Fields(vec![("pin", e.code())]))?;
    let challenge = flow.challenge.as_deref().ok_or(JourneyError::WrongStep)?;
    let account = account_key(flow_id, flow.matched.as_deref(), flow.budget_key.as_deref());
    let checked = core
        .pins
        .verify(
            challenge,
            &account,
            Purpose::Activation,
            flow_id,
            pin.as_str(),
        )
        .await;
    crate::audit::record(
        core,
        "activation.pin",
        if checked.is_ok() { "ok" } else { "refused" },
        flow.matched.as_ref().map(|m| m.dn.as_str()),
        ip,
    );
    checked.map_err(JourneyError::Pin)?;
    let m = flow
        .matched
        .ok_or(JourneyError::Pin(crate::pin::PinError::Invalid))?;
    let entry = core
        .directory
        .read_entry(&m.dn)
        .await?
        .ok_or(JourneyError::FlowNotFound)?;
    let result = check_record(core, &entry).await;
    let next = match result {
        Ok(n) => n,
        Err(e) => {
            // The record needs the registrar (or recovery): this journey ends.
            core.activation
                .update(flow_id, |f| f.step = Step::Disagreed)
                .await?;
            return Err(e);
        }
    };
    let username = entry
        .first(&core.config.directory.attributes.username)
        .map(str::to_string);
    core.activation
        .advance(flow_id, Step::Pin, |f| {
            f.step = next;
            f.username = username.clone();
        })
        .await?;
    Ok(next)
}

async fn check_record(core: &Core, e: &UserEntry) -> Result<Step, JourneyError> {
    let a = &core.config.directory.attributes;
    let active = e.first(attr::ACTIVATED_AT).is_some()
        || (core.config.activation.existing_password_means_active
            && core.directory.has_password(&e.dn).await?);
    if active {
        return Err(JourneyError::AlreadyActive);
    }
    let mut missing = Vec::new();
    if e.first(&a.username).is_none() {
        missing.push("username");
    }
    let birth = e
        .first(&a.date_of_birth)
        .and_then(|b| BirthDate::parse(b).ok());
    let needs_id = core.config.activation.require_national_id;
    if needs_id && birth.is_none() {
        missing.push("birth_date");
    }
    let on_file = e.first(&a.national_id);
    if needs_id && let Some(v) = on_file {
        match NationalId::parse_schac(v) {
            Ok(id) => {
                if let Some(b) = &birth
                    && id.check_birth_date(b).is_err()
                {
                    return Err(JourneyError::AmkaMismatch);
                }
            }
            // An AMKA whose check digit is wrong is a wrong AMKA, not a
            // missing country: the seed's "AMKA check failed".
            Err(NationalIdError::AmkaInvalid | NationalIdError::AmkaMismatch) => {
                return Err(JourneyError::AmkaMismatch);
            }
            Err(_) => missing.push("national_id_country"),
        }
    }
    if !missing.is_empty() {
        return Err(JourneyError::RequiredFieldsMissing(missing));
    }
    Ok(if needs_id && on_file.is_none() {
        Step::NationalId
    } else {
        Step::Confirm
    })
}

/// Step 2b: a national ID for a record that has none.
#[tracing::instrument(level = "debug", skip_all, name = "journey.activation.national_id")]
pub async fn national_id(
    core: &Core,
    flow_id: &str,
    input: NationalIdInput,
) -> Result<Step, JourneyError> {
    let flow = at(core, flow_id, Step::NationalId).await?;
    let m = flow.matched.ok_or(JourneyError::FlowNotFound)?;
    let entry = core
        .directory
        .read_entry(&m.dn)
        .await?
        .ok_or(JourneyError::FlowNotFound)?;
    let birth = entry
        .first(&core.config.directory.attributes.date_of_birth)
        .and_then(|b| BirthDate::parse(b).ok());
    let id = if let Some(amka) = nonempty(&input.amka) {
        NationalId::amka(amka, birth.as_ref()).map_err(|e| match e {
            NationalIdError::AmkaMismatch => JourneyError::AmkaMismatch,
            e => JourneyError::Fields(vec![("amka", e.code())]),
        })?
    } else {
        let mut errs = Vec::new();
        let c = match nonempty(&input.country).map(Country::parse) {
            Some(Ok(c)) => Some(c),
            Some(Err(e)) => {
                errs.push(("country", e.code()));
                None
            }
            None => {
                errs.push(("country", "required"));
                None
            }
        };
        let kind = match nonempty(&input.kind) {
            Some("ehic") => ForeignKind::Ehic,
            _ => ForeignKind::SocialSecurity,
        };
        let number = nonempty(&input.number);
        if number.is_none() {
            errs.push(("number", "required"));
        }
        match (c, number) {
            (Some(c), Some(n)) if errs.is_empty() => NationalId::foreign(c, kind, n)
                .map_err(|e| JourneyError::Fields(vec![("number", e.code())]))?,
            _ => return Err(JourneyError::Fields(errs)),
        }
    };
    core.activation
        .advance(flow_id, Step::NationalId, |f| {
            f.national_id = Some(Box::new(id.clone()));
            f.step = Step::Confirm;
        })
        .await?;
    Ok(Step::Confirm)
}

/// Step 4: the password. Policy first, then the directory writes, which run
/// to completion even if the client goes away.
#[tracing::instrument(level = "debug", skip_all, name = "journey.activation.password")]
pub async fn password<A: CoreRef>(
    app: &Arc<A>,
    flow_id: &str,
    input: PasswordInput,
    ip: IpAddr,
) -> Result<Welcome, JourneyError> {
    let core: &Core = app.as_ref().as_ref();
    let flow = at(core, flow_id, Step::Password).await?;
    let mut errs = Vec::new();
    if input.password != input.confirm {
        errs.push(("confirm", "password_mismatch"));
    }
    if !input.accept_terms {
        errs.push(("accept_terms", "terms_not_accepted"));
    }
    if !errs.is_empty() {
        return Err(JourneyError::Fields(errs));
    }
    let m = flow.matched.clone().ok_or(JourneyError::FlowNotFound)?;
    let entry = core
        .directory
        .read_entry_with_history(&m.dn)
        .await?
        .ok_or(JourneyError::FlowNotFound)?;
    // Another journey may have activated the account since this one matched.
    if entry.first(crate::directory::attr::ACTIVATED_AT).is_some() {
        return Err(JourneyError::AlreadyActive);
    }
    // A registrar's initial password or an old one is not a new password.
    crate::journey::account::check_new_password(
        core,
        &entry,
        &input.password,
        crate::journey::account::Reuse::CheckedByKleidi,
        None,
    )
    .await?;
    // An earlier attempt whose outcome was unknown: its truth first.
    crate::journey::pending::refuse(crate::journey::pending::earlier(app, &entry).await?)?;
    // One journey at a time may write an account's first password: two
    // journeys that both passed the check above race for this claim, and
    // the loser is told the account is being (or was) activated.
    let claim = super::claim_key(&m.dn);
    if !core
        .state
        .insert_if_absent(&claim, b"1", Duration::from_secs(300))
        .await?
    {
        return Err(JourneyError::AlreadyActive);
    }
    let app2 = app.clone();
    let id = flow_id.to_string();
    let username = entry
        .first(&core.config.directory.attributes.username)
        .unwrap_or_default()
        .to_string();
    // The writes, their verification, the audit and the effects run to
    // completion on a detached task, even if the client goes away.
    let action = crate::journey::pending::Action::Activation.audit();
    let dn = entry.dn.clone();
    crate::journey::detached(app, action, &dn, async move {
        let core: &Core = app2.as_ref().as_ref();
        let pw = zeroize::Zeroizing::new(input.password);
        let r = effects::activate(core, &entry, &flow, &pw).await;
        match r {
            Ok(effects::Activated::Done) => {
                let _ = core.activation.update(&id, |f| f.step = Step::Done).await;
                crate::audit::record(core, "activation.complete", "ok", Some(&entry.dn), ip);
                // Every other open journey and session of the account
                // ends now, and failed sign-ins are forgotten.
                let keep = format!("activation:{id}");
                if let Err(e) = crate::journey::password_set::password_was_set(
                    core,
                    &entry.dn,
                    None,
                    Some(&keep),
                )
                .await
                {
                    tracing::warn!(code = e.code(), "activation: other journeys not ended");
                }
                Ok(())
            }
            // The claim stays: nobody else writes a first password
            // while this one may still land.
            Ok(effects::Activated::Unknown(uri)) => {
                let u = crate::journey::pending::Unknown {
                    action: crate::journey::pending::Action::Activation,
                    entry: &entry,
                    uri,
                    ip,
                    give_back: None,
                    proof: None,
                    journey: Some(id.clone()),
                };
                Err(crate::journey::pending::record(&app2, u, &pw).await)
            }
            Err(e) => {
                // Nothing (or not all) was written: the next try may claim again.
                let _ = core.state.delete(&claim).await;
                crate::audit::record(core, "activation.complete", "failed", Some(&entry.dn), ip);
                Err(e)
            }
        }
    })
    .await?;
    Ok(Welcome { username })
}
