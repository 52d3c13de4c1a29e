//! Connections to the directory: opening one with failover over the configured
//! URIs by their health, a few supervised service connections (bound as
//! kleidi's account and shared by many concurrent operations), and a pool of
//! connections that serve only user binds.
//!
//! Health: a URI is up until a connection attempt or an operation on it fails
//! or times out; then it is down, new connections go to the next URI at once
//! (no connect timeout paid again), and a background probe retries it with
//! backoff. When an earlier URI (the provider, or the nearest server) is up
//! again, connections move back to it.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ldap3::{Ldap, LdapConnAsync, LdapConnSettings};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::error::DirError;
use crate::config::{DirectoryConfig, TlsMode};
use crate::secret::{ExposeSecret as _, Secret};

/// Why a URI is down and when the probe may try it again.
#[derive(Debug, Clone, Copy)]
struct Down {
    failures: u32,
    retry_at: Instant,
}

/// The longest pause between two probes of a down URI.
const MAX_BACKOFF: Duration = Duration::from_secs(30);

/// Opens connections, trying the URIs that are up in order, then the down ones.
pub(crate) struct Connector {
    uris: Vec<String>,
    // std Mutex: held only to read or flip a URI's state, never across .await.
    health: Vec<Mutex<Option<Down>>>,
    settings: LdapConnSettings,
    pub(crate) op_timeout: Duration,
}

impl Connector {
    pub(crate) fn new(cfg: &DirectoryConfig, uris: &[String]) -> Result<Self, DirError> {
        let mut settings =
            LdapConnSettings::new().set_conn_timeout(Duration::from_secs(cfg.connect_timeout_secs));
        if cfg.tls == TlsMode::Starttls {
            settings = settings.set_starttls(true);
        }
        if let Some(ca) = &cfg.ca_file {
            settings = settings.set_config(Arc::new(tls_config(ca)?));
        }
        Ok(Self {
            uris: uris.to_vec(),
            health: uris.iter().map(|_| Mutex::new(None)).collect(),
            settings,
            op_timeout: Duration::from_secs(cfg.operation_timeout_secs),
        })
    }

    pub(crate) fn uris(&self) -> &[String] {
        &self.uris
    }

    fn down(&self, i: usize) -> Option<Down> {
        self.health
            .get(i)
            .and_then(|m| m.lock().ok().and_then(|g| *g))
    }

    /// True while no failure has been seen on URI `i` since it last worked.
    pub(crate) fn is_up(&self, i: usize) -> bool {
        self.down(i).is_none()
    }

    /// True when any URI is up.
    pub(crate) fn any_up(&self) -> bool {
        (0..self.uris.len()).any(|i| self.is_up(i))
    }

    /// The URIs to try for a new connection: those up in the configured
    /// order, then those down, soonest retry first.
    pub(crate) fn order(&self) -> Vec<usize> {
        let (mut up, mut down): (Vec<usize>, Vec<(Instant, usize)>) = (Vec::new(), Vec::new());
        for i in 0..self.uris.len() {
            match self.down(i) {
                None => up.push(i),
                Some(d) => down.push((d.retry_at, i)),
            }
        }
        down.sort();
        up.extend(down.into_iter().map(|(_, i)| i));
        up
    }

    /// True when a connection to URI `i` is where new work should go: it is
    /// up and no earlier URI is.
    pub(crate) fn is_preferred(&self, i: usize) -> bool {
        self.is_up(i) && (0..i).all(|j| !self.is_up(j))
    }

    /// True when a live connection to URI `i` may take new work: it is the
    /// preferred server, or every server is down (then any live one will do).
    pub(crate) fn may_use(&self, i: usize) -> bool {
        self.is_preferred(i) || !self.any_up()
    }

    /// Records a failure (a refused or timed-out connection, an operation
    /// that timed out or lost its connection) on URI `i`.
    pub(crate) fn mark_down(&self, i: usize, why: &DirError) {
        let Some(m) = self.health.get(i) else { return };
        let Ok(mut g) = m.lock() else { return };
        let failures = g.map_or(1, |d| d.failures.saturating_add(1));
        let backoff = Duration::from_secs(1u64 << failures.min(5)).min(MAX_BACKOFF);
        if g.is_none() {
            tracing::warn!(uri = %self.uris[i], error = %why, "directory server marked down");
        }
        *g = Some(Down {
            failures,
            retry_at: Instant::now() + backoff,
        });
    }

    /// Records that URI `i` answered.
    pub(crate) fn mark_up(&self, i: usize) {
        let Some(m) = self.health.get(i) else { return };
        let Ok(mut g) = m.lock() else { return };
        if g.take().is_some() {
            tracing::info!(uri = %self.uris[i], "directory server answers again");
        }
    }

    /// The down URIs whose next probe is due.
    pub(crate) fn due(&self) -> Vec<usize> {
        let now = Instant::now();
        (0..self.uris.len())
            .filter(|&i| self.down(i).is_some_and(|d| d.retry_at <= now))
            .collect()
    }

    /// An unauthenticated connection to URI number `i`.
    pub(crate) async fn connect_one(&self, i: usize) -> Result<Ldap, DirError> {
        let uri = &self.uris[i];
        let attempt = tokio::time::timeout(
            self.op_timeout,
            LdapConnAsync::with_settings(self.settings.clone(), uri),
        )
        .await;
        match attempt {
            Ok(Ok((conn, ldap))) => {
                tokio::spawn(async move {
                    if let Err(e) = conn.drive().await {
                        tracing::debug!(error = %e, "directory connection closed");
                    }
                });
                Ok(ldap)
            }
            Ok(Err(e)) => Err(DirError::Unavailable(format!("{uri}: {e}"))),
            Err(_) => Err(DirError::Unavailable(format!("{uri}: connect timed out"))),
        }
    }

    /// An unauthenticated connection to the first URI that accepts one (in
    /// [`Connector::order`]), and its number. A refused or timed-out attempt
    /// marks the URI down, so the next connection does not wait for it.
    pub(crate) async fn connect(&self) -> Result<(Ldap, usize), DirError> {
        let mut last = DirError::Unavailable("no URI configured".into());
        for i in self.order() {
            match self.connect_one(i).await {
                Ok(l) => return Ok((l, i)),
                Err(e) => {
                    self.mark_down(i, &e);
                    last = e;
                }
            }
        }
        Err(last)
    }
}

fn tls_config(ca: &std::path::Path) -> Result<rustls::ClientConfig, DirError> {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject as _;
    let mut roots = rustls::RootCertStore::empty();
    let certs = CertificateDer::pem_file_iter(ca)
        .map_err(|e| DirError::Unavailable(format!("{}: {e}", ca.display())))?;
    for c in certs {
        let c = c.map_err(|e| DirError::Unavailable(format!("{}: {e}", ca.display())))?;
        roots
            .add(c)
            .map_err(|e| DirError::Unavailable(format!("{}: {e}", ca.display())))?;
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| DirError::Unavailable(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth())
}

/// Service connections, bound as kleidi's account. ldap3 multiplexes many
/// operations over one handle, so a handful serve the whole daemon; a slot whose
/// connection died, or whose server is no longer the preferred one, is
/// reopened on next use (operations still running on the old handle finish).
pub(crate) struct ServicePool {
    slots: Vec<Slot>,
    next: AtomicUsize,
    bind_dn: String,
    password: Secret,
}

struct Slot {
    // std Mutex: held only to clone or replace the handle, never across .await.
    conn: Mutex<Option<(Ldap, usize)>>,
    // Serialises reconnects so a burst after an outage opens one connection, not fifty.
    reconnect: tokio::sync::Mutex<()>,
}

/// A service connection handed out for one operation.
pub(crate) struct Service {
    pub(crate) ldap: Ldap,
    pub(crate) slot: usize,
    pub(crate) uri: usize,
}

impl ServicePool {
    pub(crate) fn new(size: usize, bind_dn: String, password: Secret) -> Self {
        Self {
            slots: (0..size.max(1))
                .map(|_| Slot {
                    conn: Mutex::new(None),
                    reconnect: tokio::sync::Mutex::new(()),
                })
                .collect(),
            next: AtomicUsize::new(0),
            bind_dn,
            password,
        }
    }

    /// A live, bound handle on the preferred server (round-robin over the slots).
    pub(crate) async fn get(&self, c: &Connector) -> Result<Service, DirError> {
        let slot = self.next.fetch_add(1, Ordering::Relaxed) % self.slots.len();
        let s = &self.slots[slot];
        let usable = || live(&s.conn).filter(|(_, u)| c.may_use(*u));
        if let Some((ldap, uri)) = usable() {
            return Ok(Service { ldap, slot, uri });
        }
        let _guard = s.reconnect.lock().await;
        if let Some((ldap, uri)) = usable() {
            return Ok(Service { ldap, slot, uri });
        }
        let mut last = DirError::Unavailable("no URI configured".into());
        for uri in c.order() {
            match self.open(c, uri).await {
                Ok(ldap) => {
                    tracing::info!(slot, uri = %c.uris()[uri], "directory service connection open");
                    if let Ok(mut g) = s.conn.lock() {
                        *g = Some((ldap.clone(), uri));
                    }
                    return Ok(Service { ldap, slot, uri });
                }
                Err(e) if e.is_unavailable() => last = e,
                Err(e) => return Err(e),
            }
        }
        Err(last)
    }

    /// A connection to URI `uri` bound as the service account; a failure to
    /// reach it marks it down, success marks it up.
    pub(crate) async fn open(&self, c: &Connector, uri: usize) -> Result<Ldap, DirError> {
        let r = async {
            let mut ldap = c.connect_one(uri).await?;
            let res = ldap
                .with_timeout(c.op_timeout)
                .simple_bind(&self.bind_dn, self.password.expose_secret())
                .await
                .map_err(|e| DirError::from_ldap(e, None))?;
            if res.rc != 0 {
                let _ = ldap.unbind().await;
                return Err(match res.rc {
                    49 => DirError::Ldap {
                        rc: 49,
                        text: "the service account's bind failed: wrong bind_dn or password".into(),
                    },
                    _ => DirError::from_result(res.rc, res.text, None),
                });
            }
            Ok(ldap)
        }
        .await;
        match &r {
            Ok(_) => c.mark_up(uri),
            Err(e) if e.is_unavailable() => c.mark_down(uri, e),
            Err(_) => {}
        }
        r
    }

    /// How many slots hold a live connection.
    pub(crate) fn open_count(&self) -> usize {
        self.slots
            .iter()
            .filter(|s| live(&s.conn).is_some())
            .count()
    }

    /// Forgets the connection in slot `i` after it failed.
    pub(crate) fn invalidate(&self, i: usize) {
        if let Some(slot) = self.slots.get(i)
            && let Ok(mut g) = slot.conn.lock()
        {
            *g = None;
        }
    }
}

fn live(m: &Mutex<Option<(Ldap, usize)>>) -> Option<(Ldap, usize)> {
    let mut g = m.lock().ok()?;
    let (l, _) = g.as_mut()?;
    if l.is_closed() {
        *g = None;
        return None;
    }
    g.clone()
}

/// Connections used only for user binds. A bind changes the identity of the
/// whole connection (and of every clone of an ldap3 handle), so each is lent to
/// one task at a time and never used for anything but the lender's own binds.
pub(crate) struct BindPool {
    idle: Mutex<Vec<(Ldap, usize)>>,
    permits: Arc<Semaphore>,
}

/// A connection lent from the [`BindPool`]; goes back on [`BindPool::give_back`].
pub(crate) struct Lent {
    pub(crate) ldap: Ldap,
    pub(crate) uri: usize,
    _permit: OwnedSemaphorePermit,
}

impl BindPool {
    pub(crate) fn new(size: usize) -> Self {
        Self {
            idle: Mutex::new(Vec::with_capacity(size)),
            permits: Arc::new(Semaphore::new(size.max(1))),
        }
    }

    /// How many connections wait idle, and how many are lent now.
    pub(crate) fn sizes(&self, size: usize) -> (usize, usize) {
        let idle = self.idle.lock().map(|v| v.len()).unwrap_or(0);
        (idle, size.saturating_sub(self.permits.available_permits()))
    }

    /// Borrows a connection to the preferred server, opening one if none is
    /// idle. Waits while all are lent.
    pub(crate) async fn take(&self, c: &Connector) -> Result<Lent, DirError> {
        let permit = tokio::time::timeout(c.op_timeout, self.permits.clone().acquire_owned())
            .await
            .map_err(|_| DirError::Unavailable("all directory bind connections busy".into()))?
            .map_err(|_| DirError::Unavailable("bind pool closed".into()))?;
        loop {
            let popped = self.idle.lock().ok().and_then(|mut v| v.pop());
            match popped {
                Some((mut l, uri)) => {
                    // A connection to a server that is down, or no longer
                    // the preferred one, is dropped.
                    if l.is_closed() || !c.may_use(uri) {
                        continue;
                    }
                    return Ok(Lent {
                        ldap: l,
                        uri,
                        _permit: permit,
                    });
                }
                None => break,
            }
        }
        let (ldap, uri) = c.connect().await?;
        Ok(Lent {
            ldap,
            uri,
            _permit: permit,
        })
    }

    /// Returns a connection after use. One that failed to reach its server
    /// marks the server down and empties the pool (the idle ones are as dead);
    /// one that answered marks it up.
    pub(crate) fn give_back<T>(&self, c: &Connector, mut lent: Lent, r: &Result<T, DirError>) {
        match r {
            Err(e) if e.is_unavailable() => {
                c.mark_down(lent.uri, e);
                if let Ok(mut v) = self.idle.lock() {
                    v.clear();
                }
            }
            _ => {
                c.mark_up(lent.uri);
                if !lent.ldap.is_closed()
                    && let Ok(mut v) = self.idle.lock()
                {
                    v.push((lent.ldap.clone(), lent.uri));
                }
            }
        }
    }
}
