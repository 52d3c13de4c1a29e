//! Connections to the directory: opening one with failover over the configured
//! URIs, a few supervised service connections (bound as kleidi's account and
//! shared by many concurrent operations), and a pool of connections that serve
//! only user binds.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ldap3::{Ldap, LdapConnAsync, LdapConnSettings};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::error::DirError;
use crate::config::{DirectoryConfig, TlsMode};
use crate::secret::Secret;

/// Opens connections, trying each URI in order.
pub(crate) struct Connector {
    uris: Vec<String>,
    settings: LdapConnSettings,
    pub(crate) op_timeout: Duration,
}

impl Connector {
    pub(crate) fn new(cfg: &DirectoryConfig) -> Result<Self, DirError> {
        let mut settings =
            LdapConnSettings::new().set_conn_timeout(Duration::from_secs(cfg.connect_timeout_secs));
        if cfg.tls == TlsMode::Starttls {
            settings = settings.set_starttls(true);
        }
        if let Some(ca) = &cfg.ca_file {
            settings = settings.set_config(Arc::new(tls_config(ca)?));
        }
        Ok(Self {
            uris: cfg.uris.clone(),
            settings,
            op_timeout: Duration::from_secs(cfg.operation_timeout_secs),
        })
    }

    pub(crate) fn uris(&self) -> &[String] {
        &self.uris
    }

    /// An unauthenticated connection to exactly this URI.
    pub(crate) async fn connect_one(&self, uri: &str) -> Result<Ldap, DirError> {
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

    /// An unauthenticated connection to the first URI that answers.
    pub(crate) async fn connect(&self) -> Result<Ldap, DirError> {
        let mut last = String::from("no URI configured");
        for uri in &self.uris {
            match self.connect_one(uri).await {
                Ok(l) => return Ok(l),
                Err(e) => {
                    tracing::warn!(%uri, error = %e, "directory URI failed, trying the next");
                    last = e.to_string();
                }
            }
        }
        Err(DirError::Unavailable(last))
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
/// connection died is reopened on next use.
pub(crate) struct ServicePool {
    slots: Vec<Slot>,
    next: AtomicUsize,
    bind_dn: String,
    password: Secret,
}

struct Slot {
    // std Mutex: held only to clone or replace the handle, never across .await.
    conn: Mutex<Option<Ldap>>,
    // Serialises reconnects so a burst after an outage opens one connection, not fifty.
    reconnect: tokio::sync::Mutex<()>,
}

impl ServicePool {
    pub(crate) fn new(size: usize, bind_dn: String, password: Secret) -> Self {
        Self {
            slots: (0..size)
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

    /// A live, bound handle (round-robin over the slots) and its slot index.
    pub(crate) async fn get(&self, connector: &Connector) -> Result<(Ldap, usize), DirError> {
        let i = self.next.fetch_add(1, Ordering::Relaxed) % self.slots.len();
        let slot = &self.slots[i];
        if let Some(l) = live(&slot.conn) {
            return Ok((l, i));
        }
        let _guard = slot.reconnect.lock().await;
        if let Some(l) = live(&slot.conn) {
            return Ok((l, i));
        }
        let mut ldap = connector.connect().await?;
        let res = ldap
            .with_timeout(connector.op_timeout)
            .simple_bind(&self.bind_dn, self.password.expose())
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
        tracing::info!(slot = i, "directory service connection open");
        if let Ok(mut g) = slot.conn.lock() {
            *g = Some(ldap.clone());
        }
        Ok((ldap, i))
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

fn live(m: &Mutex<Option<Ldap>>) -> Option<Ldap> {
    let mut g = m.lock().ok()?;
    let l = g.as_mut()?;
    if l.is_closed() {
        *g = None;
        return None;
    }
    Some(l.clone())
}

/// Connections used only for user binds. A bind changes the identity of the
/// whole connection (and of every clone of an ldap3 handle), so each is lent to
/// one task at a time and never used for anything but the lender's own binds.
pub(crate) struct BindPool {
    idle: Mutex<Vec<Ldap>>,
    permits: Arc<Semaphore>,
}

/// A connection lent from the [`BindPool`]; goes back on [`BindPool::give_back`].
pub(crate) struct Lent {
    pub(crate) ldap: Ldap,
    _permit: OwnedSemaphorePermit,
}

impl BindPool {
    pub(crate) fn new(size: usize) -> Self {
        Self {
            idle: Mutex::new(Vec::with_capacity(size)),
            permits: Arc::new(Semaphore::new(size)),
        }
    }

    /// Borrows a connection, opening one if none is idle. Waits while all are lent.
    pub(crate) async fn take(&self, connector: &Connector) -> Result<Lent, DirError> {
        let permit =
            tokio::time::timeout(connector.op_timeout, self.permits.clone().acquire_owned())
                .await
                .map_err(|_| DirError::Unavailable("all directory bind connections busy".into()))?
                .map_err(|_| DirError::Unavailable("bind pool closed".into()))?;
        loop {
            let popped = self.idle.lock().ok().and_then(|mut v| v.pop());
            match popped {
                Some(mut l) => {
                    if l.is_closed() {
                        continue;
                    }
                    return Ok(Lent {
                        ldap: l,
                        _permit: permit,
                    });
                }
                None => break,
            }
        }
        let ldap = connector.connect().await?;
        Ok(Lent {
            ldap,
            _permit: permit,
        })
    }

    /// Returns a connection that is still usable; a broken one is just dropped.
    pub(crate) fn give_back(&self, mut lent: Lent) {
        if !lent.ldap.is_closed()
            && let Ok(mut v) = self.idle.lock()
        {
            v.push(lent.ldap.clone());
        }
    }

    /// Drops every idle connection (after an outage they are all dead anyway).
    pub(crate) fn clear(&self) {
        if let Ok(mut v) = self.idle.lock() {
            v.clear();
        }
    }
}
