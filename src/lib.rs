//! kleidi: self-service for accounts in an OpenLDAP directory.
//!
//! - `config`: the TOML file, its defaults and validation.
//! - `secret`: secrets (secrecy's) from files and systemd credentials, never printed.
//! - `domain`: checked types parsed at the edge (username, email, mobile, national ID, birth date, PIN).
//! - `directory`: the only code that speaks LDAP, in the journeys' terms (find a person, set a
//!   contact, mark activated, change or reset a password), with failover by health.
//! - `journey`: the business steps of activation, sign-in, account, recovery and the
//!   helpdesk, password writes whose outcome is pending, and the password-expiry reminders; no
//!   HTTP.
//! - `core`: what the journeys work with (config, directory, notifier, state, limits).
//! - `pin`: one-time PIN challenges, kept as keyed hashes, with per-account budgets.
//! - `state`: the atomic state interface (journeys, PINs, links, sessions, limits), in memory or Redis.
//! - `limits`: per-purpose budgets (per address, account, destination), counted in `state`.
//! - `clock`: injectable time and LDAP GeneralizedTime.
//! - `token`: random ids and secret tokens, stored hashed.
//! - `audit`: one structured event per journey outcome, never a secret.
//! - `metrics`: one prometheus-client registry per app, served at `/metrics`.
//! - `notify`: email over SMTP, SMS through an HTTP gateway, and the console transport.
//! - `run`: start-up shared by `serve` and `demo`.
//! - `policy`: the password policy engine (presets, blocklist, strength, suggestions).
//! - `pwhash`: password hashes slapd understands, and `pwdHistory` verification.
//! - `i18n`: Fluent translations and language negotiation.
//! - `http`: the axum router and middleware; one module per journey (`activation`, `account`,
//!   `recovery`, `policy`, `helpdesk`) holding its pages and its JSON API together, each API
//!   route in the generated OpenAPI document.
//! - `sandbox`: a private slapd with a sample directory, for `kleidi demo` and the tests.
//! - `check`: `kleidi check-config`, step by step.
//! - `reminders`: `kleidi notify-expiring`, one run of the expiry reminders (`journey::expiry`).
//! - `telemetry`: logging set-up.

#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod audit;
pub mod check;
pub mod clock;
pub mod config;
pub mod core;
pub mod directory;
pub mod domain;
pub mod http;
pub mod i18n;
pub mod journey;
pub mod limits;
pub mod metrics;
pub mod notify;
pub mod pin;
pub mod policy;
pub mod pwhash;
pub mod reminders;
pub mod run;
pub mod sandbox;
pub mod secret;
pub mod state;
pub mod telemetry;
pub mod token;
