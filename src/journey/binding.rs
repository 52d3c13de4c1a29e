//! A journey's id names it; it does not prove who holds it. Each journey is
//! bound at its start to a secret that only the starting client holds (a
//! cookie scoped to the journey's pages, or a value returned once to an API
//! client); the journey keeps only its hash, in its own stored value. Every
//! later step needs it: someone who finds a journey's URL (browser history on
//! a lab computer) gets the same "not found" as for a journey that never
//! existed.

use subtle::ConstantTimeEq as _;

use super::JourneyError;
use crate::core::Core;
use crate::token::{random_token, token_key};

/// A fresh secret for a new journey, and the hash the journey keeps.
pub(crate) fn new_secret() -> (String, String) {
    let secret = random_token();
    let hash = token_key(&secret);
    (secret, hash)
}

/// The one field of a stored journey this module reads.
#[derive(serde::Deserialize)]
struct Bound {
    binder: String,
}

/// True when `secret` is the one the journey stored under `key` was bound
/// to; false for a journey that is unknown, expired, or bound to another
/// client.
pub async fn holds(core: &Core, key: &str, secret: Option<&str>) -> Result<bool, JourneyError> {
    let Some(secret) = secret else {
        return Ok(false);
    };
    let Some(stored) = core.state.get(key).await? else {
        return Ok(false);
    };
    let Ok(b) = serde_json::from_slice::<Bound>(&stored.value) else {
        return Ok(false);
    };
    Ok(bool::from(
        b.binder.as_bytes().ct_eq(token_key(secret).as_bytes()),
    ))
}
