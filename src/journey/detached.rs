//! Password writes that outlive their request.

use super::JourneyError;

/// Runs a password write and all that must follow it (its verification,
/// the audit record, the effects) on a tracked task that outlives the
/// request: a client that goes away does not cut it, and a shutdown waits
/// for it, or says it was cut before its outcome was known.
pub(crate) async fn detached<A, T>(
    app: &std::sync::Arc<A>,
    action: &'static str,
    dn: &str,
    work: impl std::future::Future<Output = Result<T, JourneyError>> + Send + 'static,
) -> Result<T, JourneyError>
where
    A: crate::core::CoreRef,
    T: Send + 'static,
{
    use tracing::Instrument as _;
    let (owner, dn) = (app.clone(), dn.to_string());
    let core: &crate::core::Core = app.as_ref().as_ref();
    // The request's span (and its id) follows the write onto its task.
    core.background
        .spawn(
            async move {
                let _writing = owner.as_ref().as_ref().writes.begin(action, &dn);
                work.await
            }
            .instrument(tracing::Span::current()),
        )
        .await
        .map_err(|e| JourneyError::Internal(e.to_string()))?
}
