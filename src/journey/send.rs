//! Sending PINs and links off the request path, so that the response time of
//! a step does not tell whether anyone matched; a failure is recorded where the
//! next step can show it.

use std::sync::Arc;

use crate::notify::{Channel, Message, NotifyError};

/// A message and where it goes.
pub struct Outgoing {
    /// The message (already translated).
    pub message: Message,
    /// Key for the per-destination limit.
    pub destination: String,
    /// SMS country calling code (per-country cap), if SMS.
    pub country_code: Option<u16>,
}

/// Sends each message on its own task; calls `on_failure` with the first error
/// (limits reached count as sent: the person sees the same thing either way).
pub fn send_in_background<C>(
    core: Arc<C>,
    account: String,
    msgs: Vec<Outgoing>,
    on_failure: impl FnOnce(&C, Channel, NotifyError) + Send + 'static,
) where
    C: AsRef<crate::core::Core> + Send + Sync + 'static,
{
    tokio::spawn(async move {
        let c: &crate::core::Core = core.as_ref().as_ref();
        let mut failure = None;
        for o in msgs {
            let limits = &c.limits;
            if limits.account_sends.check(&account).is_err()
                || limits.destination_sends.check(&o.destination).is_err()
                || o.country_code
                    .is_some_and(|cc| limits.country_sms.check(&cc.to_string()).is_err())
            {
                tracing::warn!(channel = %o.message.channel, "send limit reached; message not sent");
                continue;
            }
            if let Err(e) = c.notifier.send(&o.message).await
                && failure.is_none()
            {
                failure = Some((o.message.channel, e));
            }
        }
        if let Some((ch, e)) = failure {
            on_failure(core.as_ref(), ch, e);
        }
    });
}
