//! What the journeys work with, below HTTP: configuration, directory,
//! notifier, translations, time, PINs and the in-memory journey state.

use crate::secret::ExposeSecret as _;
use std::sync::{Arc, Weak};
use std::time::Duration;

use crate::clock::SharedClock;
use crate::config::Config;
use crate::directory::Directory;
use crate::i18n::I18n;
use crate::journey::activation::state::ActivationState;
use crate::journey::recovery::state::RecoveryState;
use crate::journey::session::Sessions;
use crate::limits::Limits;
use crate::notify::Notifier;
use crate::pin::Pins;
use crate::policy::Policy;
use crate::state::SharedState;
use tokio_util::task::TaskTracker;

/// The journeys' world.
pub struct Core {
    /// The loaded configuration.
    pub config: Config,
    /// The directory (kept across a reload: its pools and their health).
    pub directory: Arc<Directory>,
    /// Email and SMS.
    pub notifier: Notifier,
    /// Translations (also for messages sent by email and SMS).
    pub i18n: Arc<I18n>,
    /// Time.
    pub clock: SharedClock,
    /// PIN challenges in flight.
    pub pins: Pins,
    /// Activations in flight.
    pub activation: ActivationState,
    /// Password recoveries and reset links.
    pub recovery: RecoveryState,
    /// Sessions and failed sign-ins.
    pub sessions: Sessions,
    /// Operator sessions, holds and the operators' audit trail.
    pub helpdesk: crate::journey::helpdesk::state::HelpdeskState,
    /// Rate limits shared by the journeys.
    pub limits: Limits,
    /// The password policy.
    pub policy: Arc<Policy>,
    /// The shared short-lived state (memory or Redis).
    pub state: SharedState,
    /// Work that outlives its request (messages, detached writes): tracked so
    /// that a shutdown waits for it instead of dropping it.
    pub background: TaskTracker,
    /// Password writes under way (for a shutdown cut short).
    pub writes: Arc<InFlight>,
    /// This app's metrics (kept across a reload).
    pub metrics: Arc<crate::metrics::Metrics>,
}

/// Why the core could not be assembled.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// A Fluent file is broken.
    #[error(transparent)]
    I18n(#[from] crate::i18n::I18nError),
    /// The password policy cannot be built (e.g. an unreadable blocklist).
    #[error("policy: {0}")]
    Policy(String),
    /// The state store cannot be set up (bad URL, unreadable secret).
    #[error("store: {0}")]
    State(String),
}

impl Core {
    /// Assembles the core.
    pub fn new(
        config: Config,
        directory: Directory,
        notifier: Notifier,
        clock: SharedClock,
    ) -> Result<Self, CoreError> {
        let state = crate::state::build(
            &config.store,
            &config.base_dir,
            clock.clone(),
            config.limits.max_keys,
        )
        .map_err(|e| CoreError::State(e.to_string()))?;
        let metrics = Arc::new(crate::metrics::Metrics::new());
        Self::assemble(
            config,
            Arc::new(directory.with_metrics(metrics.clone())),
            notifier,
            clock,
            state,
            TaskTracker::new(),
            Arc::default(),
            metrics,
        )
    }

    /// A core for a reloaded configuration: new policy, texts, branding,
    /// limits and notifier; the same directory pools, state store (so every
    /// session and journey stays), clock, background work and writes.
    /// `[directory]` and `[store]` are the running ones (they need a restart).
    pub fn reloaded(&self, mut config: Config, notifier: Notifier) -> Result<Self, CoreError> {
        config.directory = self.config.directory.clone();
        config.store = self.config.store.clone();
        Self::assemble(
            config,
            self.directory.clone(),
            notifier,
            self.clock.clone(),
            self.state.clone(),
            self.background.clone(),
            self.writes.clone(),
            self.metrics.clone(),
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn assemble(
        config: Config,
        directory: Arc<Directory>,
        notifier: Notifier,
        clock: SharedClock,
        state: SharedState,
        background: TaskTracker,
        writes: Arc<InFlight>,
        metrics: Arc<crate::metrics::Metrics>,
    ) -> Result<Self, CoreError> {
        let i18n = Arc::new(I18n::new(
            &config.i18n.languages,
            &config.i18n.default_language,
        )?);
        let pin_key = match &config.store.secret_file {
            Some(f) => {
                let k = crate::secret::read_secret_file(f, &config.base_dir)
                    .map_err(|e| CoreError::State(format!("store.secret_file: {e}")))?;
                if k.expose_secret().len() < 32 {
                    return Err(CoreError::State(
                        "store.secret_file: the secret must be at least 32 bytes".into(),
                    ));
                }
                Some(k)
            }
            None => None,
        };
        let pins = Pins::new(
            config.pin.clone(),
            clock.clone(),
            state.clone(),
            pin_key.as_ref().map(|k| k.expose_secret().as_bytes()),
        );
        let activation = ActivationState::new(&config.activation, state.clone());
        let limits = Limits::new(&config.limits, state.clone());
        let sessions = Sessions::new(&config.account, clock.clone(), state.clone());
        let recovery = RecoveryState::new(&config.recovery, state.clone());
        let helpdesk = crate::journey::helpdesk::state::HelpdeskState::new(state.clone());
        let policy =
            Arc::new(Policy::new(&config.policy).map_err(|e| CoreError::Policy(e.to_string()))?);
        Ok(Self {
            config,
            directory,
            notifier,
            i18n,
            clock,
            pins,
            activation,
            limits,
            sessions,
            helpdesk,
            recovery,
            policy,
            state,
            background,
            writes,
            metrics,
        })
    }

    /// Stops taking background work and waits up to `grace` for what is
    /// queued (messages being sent, detached writes); returns how many tasks
    /// were still running then, and logs them.
    pub async fn drain(&self, grace: Duration) -> usize {
        self.background.close();
        let pending = self.background.len();
        if pending > 0 {
            tracing::info!(pending, "waiting for queued messages and writes");
        }
        if tokio::time::timeout(grace, self.background.wait())
            .await
            .is_ok()
        {
            return 0;
        }
        let left = self.background.len();
        let cut = self.writes.audit_cut();
        tracing::error!(
            left,
            cut,
            "shutdown grace over: queued messages or writes did not finish"
        );
        left
    }

    /// Drops expired state and idle rate-limit keys.
    pub fn sweep(&self) {
        self.state.sweep();
    }
}

/// Password writes under way on this node, so that a shutdown whose grace
/// runs out can say which were cut before their outcome was known.
#[derive(Default)]
pub struct InFlight {
    next: std::sync::atomic::AtomicU64,
    // std Mutex: held only to insert or remove, never across .await.
    writes: std::sync::Mutex<std::collections::HashMap<u64, (&'static str, String)>>,
}

/// Removes its write from [`InFlight`] when dropped (done, failed or cut).
pub struct Writing<'a> {
    of: &'a InFlight,
    id: u64,
}

impl InFlight {
    /// Notes a write (`action` as in the audit log) for `dn` until the
    /// guard is dropped.
    pub fn begin(&self, action: &'static str, dn: &str) -> Writing<'_> {
        let id = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if let Ok(mut w) = self.writes.lock() {
            w.insert(id, (action, dn.to_string()));
        }
        Writing { of: self, id }
    }

    /// Audits every write still under way as cut with its outcome unknown;
    /// returns how many.
    pub fn audit_cut(&self) -> usize {
        let left: Vec<(&'static str, String)> = self
            .writes
            .lock()
            .map(|w| w.values().cloned().collect())
            .unwrap_or_default();
        for (action, dn) in &left {
            tracing::error!(target: "audit", action = *action, subject = %dn, outcome = "unknown", "write cut by shutdown before its outcome was known");
        }
        left.len()
    }
}

impl Drop for Writing<'_> {
    fn drop(&mut self) {
        if let Ok(mut w) = self.of.writes.lock() {
            w.remove(&self.id);
        }
    }
}

/// Anything that holds a [`Core`] and can be shared with background tasks
/// (the HTTP app, or a bare `Arc<Core>` in tests).
pub trait CoreRef: AsRef<Core> + Send + Sync + 'static {}

impl<T: AsRef<Core> + Send + Sync + 'static> CoreRef for T {}

impl AsRef<Core> for Core {
    fn as_ref(&self) -> &Core {
        self
    }
}

/// Sweeps every 30 s, and probes directory servers marked down every
/// second, until the core is dropped.
pub fn spawn_sweeper<T: AsRef<Core> + Send + Sync + 'static>(owner: Weak<T>) {
    let prober = owner.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(1));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            match prober.upgrade() {
                Some(o) => o.as_ref().as_ref().directory.probe_down_servers().await,
                None => break,
            }
        }
    });
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(30));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            match owner.upgrade() {
                Some(o) => o.as_ref().as_ref().sweep(),
                None => break,
            }
        }
    });
}
