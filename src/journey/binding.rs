//! A journey's id names it; it does not prove who holds it. Each journey is
//! bound at its start to a secret that only the starting client holds (a
//! cookie scoped to the journey's pages, or a value returned once to an API
//! client), kept here only as its hash. Every later step needs it: someone who
//! finds a journey's URL (browser history on a lab computer) gets the same
//! "not found" as for a journey that never existed.

use std::time::Duration;

use subtle::ConstantTimeEq as _;

use super::JourneyError;
use crate::core::Core;
use crate::token::{random_token, token_key};

fn key(flow: &str) -> String {
    format!("bind:{flow}")
}

/// Binds `flow` to a fresh secret for `ttl`; returns the secret.
pub(crate) async fn bind(core: &Core, flow: &str, ttl: Duration) -> Result<String, JourneyError> {
    let secret = random_token();
    if !core
        .state
        .insert_if_absent(&key(flow), token_key(&secret).as_bytes(), ttl)
        .await?
    {
        return Err(JourneyError::Busy);
    }
    Ok(secret)
}

/// True when `secret` is the one `flow` was bound to; false for a journey
/// that is unknown, expired, or bound to another client.
pub async fn holds(core: &Core, flow: &str, secret: Option<&str>) -> Result<bool, JourneyError> {
    let Some(secret) = secret else {
        return Ok(false);
    };
    let Some(stored) = core.state.get(&key(flow)).await? else {
        return Ok(false);
    };
    Ok(bool::from(stored.value.ct_eq(token_key(secret).as_bytes())))
}
