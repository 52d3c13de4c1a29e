//! The one integration-test binary: every test talks to a real slapd (and real
//! SMTP / HTTP sinks) started on loopback by the harness.

mod harness;

mod account;
mod activation;
mod activation_seed;
mod browser;
mod cli;
mod cluster;
mod directory;
mod examples;
mod expiry;
mod faults;
mod helpdesk;
mod layers;
mod notify;
mod openapi;
mod policy;
mod sinks;
mod state;
mod web;
