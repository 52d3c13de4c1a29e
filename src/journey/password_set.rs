//! What follows a password set through kleidi, whichever journey set it:
//! every reset link sent before dies, every other session and open journey
//! of the account ends (on every node), failed sign-ins are forgotten.

use std::time::Duration;

use super::JourneyError;
use crate::core::Core;

/// The count of passwords kleidi set for `dn` (reset links carry it).
pub(crate) fn generation_key(dn: &str) -> String {
    format!("pwgen:{}", dn.to_ascii_lowercase())
}

/// After a password was set through kleidi: every reset link sent before
/// dies, every other session and open journey of the account ends, and the
/// failed sign-ins are forgotten (recovery is the way out of a lock).
pub(crate) async fn password_was_set(
    core: &Core,
    dn: &str,
    keep_session: Option<&str>,
    keep_journey: Option<&str>,
) -> Result<(), JourneyError> {
    let year = Duration::from_secs(366 * 24 * 3600);
    core.state.incr(&generation_key(dn), year).await?;
    core.sessions.end_all(dn, keep_session).await?;
    core.sessions.clear_failures(dn).await?;
    core.state
        .delete_indexed(&journeys_of(dn), keep_journey)
        .await?;
    Ok(())
}

/// The index of an account's open journeys (activation, recovery).
pub(crate) fn journeys_of(dn: &str) -> String {
    format!("journeys-of:{}", dn.to_ascii_lowercase())
}
