//! `[directory]`: where the LDAP servers are, how kleidi binds, where people live
//! and which attributes hold what.

use std::path::PathBuf;

use serde::Deserialize;

use super::Invalid;
use crate::pwhash::Scheme;

/// The `[directory]` table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectoryConfig {
    /// LDAP URIs tried in order (failover): `ldap://`, `ldaps://` or `ldapi://`.
    pub uris: Vec<String>,
    /// The provider(s) that take writes, when `uris` are read-only consumers
    /// (syncrepl replicas that answer writes with a referral). Password
    /// changes, resets and kleidi's attributes go here; searches and
    /// sign-ins go to `uris`. Empty: everything goes to `uris`.
    #[serde(default)]
    pub write_uris: Vec<String>,
    /// `starttls` (default), `ldaps` (implied by `ldaps://` URIs) or `none`
    /// (only for loopback or `ldapi://`).
    #[serde(default)]
    pub tls: TlsMode,
    /// PEM file of the CA that signed the directory's certificate; the system
    /// roots are used when absent.
    #[serde(default)]
    pub ca_file: Option<PathBuf>,
    /// Seconds to wait for a TCP/TLS connection to one URI.
    #[serde(default = "d_connect_timeout")]
    pub connect_timeout_secs: u64,
    /// Seconds to wait for one LDAP operation.
    #[serde(default = "d_op_timeout")]
    pub operation_timeout_secs: u64,
    /// DN of kleidi's service account.
    pub bind_dn: String,
    /// File holding the service account's password (relative names are looked
    /// up in `$CREDENTIALS_DIRECTORY` first, then next to the config file).
    pub bind_password_file: PathBuf,
    /// Subtrees searched for people.
    pub user_bases: Vec<String>,
    /// Filter that finds a person by username; `{username}` is replaced by the
    /// escaped (RFC 4515) value.
    #[serde(default = "d_user_filter")]
    pub user_filter: String,
    /// DN of a person built from the username (`{username}` is replaced by
    /// the RFC 4514-escaped value), e.g. `uid={username},ou=people,dc=example,dc=org`.
    /// When set, sign-in binds straight away instead of searching first:
    /// one LDAP operation instead of two. Only for directories where every
    /// account lives under one such DN.
    #[serde(default)]
    pub user_dn_template: Option<String>,
    /// Service connections kept open for searches and writes.
    #[serde(default = "d_pool")]
    pub pool_size: usize,
    /// Connections kept open only for user binds (credential checks, changes).
    #[serde(default = "d_bind_pool")]
    pub bind_pool_size: usize,
    /// How passwords are written: `exop` (Password Modify, slapd hashes) or
    /// `hash` (a modify with a hash kleidi computes).
    #[serde(default)]
    pub password_write: PasswordWrite,
    /// Scheme for `password_write = "hash"`: `ARGON2`, `SSHA512` or `SSHA`.
    #[serde(default = "d_scheme")]
    pub password_hash: Scheme,
    /// The default password policy entry (ppolicy's `ppolicy_default`), read
    /// for `pwdMaxAge` when an entry has no `pwdPolicySubentry`.
    #[serde(default)]
    pub password_policy_dn: Option<String>,
    /// Attribute names.
    #[serde(default)]
    pub attributes: Attributes,
}

fn d_connect_timeout() -> u64 {
    3
}
fn d_op_timeout() -> u64 {
    5
}
fn d_user_filter() -> String {
    "(&(objectClass=inetOrgPerson)(uid={username}))".into()
}
fn d_pool() -> usize {
    4
}
fn d_bind_pool() -> usize {
    16
}
fn d_scheme() -> Scheme {
    Scheme::Argon2
}

/// Transport security towards the directory.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TlsMode {
    /// Plain TCP upgraded with StartTLS before any bind.
    #[default]
    Starttls,
    /// TLS from the first byte (`ldaps://`).
    Ldaps,
    /// No TLS: only for loopback addresses and `ldapi://`.
    None,
}

/// How a new password reaches `userPassword`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PasswordWrite {
    /// RFC 3062 Password Modify: slapd hashes and keeps the history.
    #[default]
    Exop,
    /// A modify with a hash kleidi computes (`password_hash`).
    Hash,
}

/// Attribute names, defaulting to inetOrgPerson, eduPerson, SCHAC and SUPANN.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Attributes {
    /// Login name.
    pub username: String,
    /// Full name.
    pub display_name: String,
    /// Given name(s).
    pub given_name: String,
    /// Surname(s).
    pub surname: String,
    /// Institutional mail.
    pub mail: String,
    /// Mobile number the registrar recorded.
    pub mobile: String,
    /// Personal (non-institutional) email the registrar recorded.
    pub registrar_email: String,
    /// Affiliation (student, staff, faculty, affiliate…).
    pub affiliation: String,
    /// Department (a name, or a code that `activation.department_names`
    /// turns into one).
    pub department: String,
    /// The department's display name on the person's entry, shown instead of
    /// `department` when present; empty: not used.
    pub department_name: String,
    /// Father's name, shown on the activation confirm step; empty: not shown.
    pub father_name: String,
    /// Gender, shown on the activation confirm step; ISO 5218 codes
    /// (`schacGender`: 0, 1, 2, 9) are translated; empty: not shown.
    pub gender: String,
    /// Tax number (Greece: ΑΦΜ), shown masked on the activation confirm
    /// step; a SCHAC `personalUniqueID` value is accepted; empty: not shown.
    pub tax_number: String,
    /// Birth date (YYYYMMDD).
    pub date_of_birth: String,
    /// National ID with its country (`urn:schac:personalUniqueID:…`).
    pub national_id: String,
    /// Student number.
    pub student_number: String,
    /// National student ID (France: INE).
    pub national_student_id: String,
    /// Staff number.
    pub employee_number: String,
    /// Preferred language for messages.
    pub preferred_language: String,
    /// The DN of the person who answers for an impersonal (service) account:
    /// the standard `owner` by default, or kleidi's own `kleidiServiceOwner`.
    pub owner: String,
}

impl Default for Attributes {
    fn default() -> Self {
        Self {
            username: "uid".into(),
            display_name: "cn".into(),
            given_name: "givenName".into(),
            surname: "sn".into(),
            mail: "mail".into(),
            mobile: "mobile".into(),
            registrar_email: "supannMailPerso".into(),
            affiliation: "eduPersonAffiliation".into(),
            department: "ou".into(),
            department_name: String::new(),
            father_name: String::new(),
            gender: String::new(),
            tax_number: String::new(),
            date_of_birth: "schacDateOfBirth".into(),
            national_id: "schacPersonalUniqueID".into(),
            student_number: "schacPersonalUniqueCode".into(),
            national_student_id: "supannCodeINE".into(),
            employee_number: "employeeNumber".into(),
            preferred_language: "preferredLanguage".into(),
            owner: "owner".into(),
        }
    }
}

impl DirectoryConfig {
    pub(super) fn validate(&self) -> Result<(), Invalid> {
        if self.uris.is_empty() {
            return Err(Invalid::new(
                "directory.uris",
                "at least one LDAP URI is required, e.g. [\"ldap://127.0.0.1:389\"]",
            ));
        }
        self.check_uris("directory.uris", &self.uris)?;
        self.check_uris("directory.write_uris", &self.write_uris)?;
        if self.bind_dn.trim().is_empty() || !self.bind_dn.contains('=') {
            return Err(Invalid::new("directory.bind_dn", "must be a DN"));
        }
        if self.user_bases.is_empty() {
            return Err(Invalid::new(
                "directory.user_bases",
                "at least one search base is required",
            ));
        }
        if !self.user_filter.contains("{username}") {
            return Err(Invalid::new(
                "directory.user_filter",
                "must contain the placeholder {username}",
            ));
        }
        if ldap3::parse_filter(self.user_filter.replace("{username}", "x")).is_err() {
            return Err(Invalid::new(
                "directory.user_filter",
                "is not a valid LDAP filter (RFC 4515)",
            ));
        }
        if let Some(t) = &self.user_dn_template
            && (!t.contains("{username}") || !t.contains('='))
        {
            return Err(Invalid::new(
                "directory.user_dn_template",
                "must be a DN containing the placeholder {username}",
            ));
        }
        if self.pool_size == 0 || self.pool_size > 64 {
            return Err(Invalid::new("directory.pool_size", "must be 1 to 64"));
        }
        if self.bind_pool_size == 0 || self.bind_pool_size > 256 {
            return Err(Invalid::new("directory.bind_pool_size", "must be 1 to 256"));
        }
        if self.connect_timeout_secs == 0 || self.operation_timeout_secs == 0 {
            return Err(Invalid::new(
                "directory.connect_timeout_secs",
                "timeouts must be at least 1 second",
            ));
        }
        Ok(())
    }

    fn check_uris(&self, name: &str, uris: &[String]) -> Result<(), Invalid> {
        for (i, u) in uris.iter().enumerate() {
            let key = format!("{name}[{i}]");
            let Some((scheme, rest)) = u.split_once("://") else {
                return Err(Invalid::new(key, format!("\"{u}\" is not an LDAP URI")));
            };
            match scheme {
                "ldap" | "ldaps" | "ldapi" => {}
                _ => {
                    return Err(Invalid::new(
                        key,
                        format!("scheme \"{scheme}\" is not ldap, ldaps or ldapi"),
                    ));
                }
            }
            if scheme == "ldap" && self.tls == TlsMode::None && !is_loopback_host(rest) {
                return Err(Invalid::new(
                    "directory.tls",
                    format!(
                        "\"none\" sends passwords in clear; it is only allowed for loopback, but {u} is not"
                    ),
                ));
            }
            if scheme == "ldaps" && self.tls == TlsMode::Starttls {
                // ldaps:// already is TLS; StartTLS on top would fail.
                return Err(Invalid::new(
                    "directory.tls",
                    format!("{u} is ldaps://; set tls = \"ldaps\""),
                ));
            }
        }
        Ok(())
    }

    /// The longest a journey that writes a password can spend in the
    /// directory, in seconds, when every step waits its full timeout: three
    /// reads before the write, a connection and a user bind, the write, the
    /// `pwdReset` flag, and one verification bind on a fresh connection
    /// (with its pauses) when the write's answer was lost. The HTTP request
    /// limit must be longer, or a write could be cut before its outcome is
    /// known.
    pub fn worst_write_chain_secs(&self) -> u64 {
        let (c, o) = (self.connect_timeout_secs, self.operation_timeout_secs);
        3 * o + (c + o) + o + o + (c + o) + 2
    }
}

fn is_loopback_host(rest: &str) -> bool {
    let host = if let Some(r) = rest.strip_prefix('[') {
        r.split(']').next().unwrap_or("")
    } else {
        rest.split([':', '/']).next().unwrap_or("")
    };
    match host {
        "localhost" => true,
        h => h
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback()),
    }
}
