//! Short-lived shared state behind one async interface: journeys, PIN
//! challenges, reset links, sessions, counters and rate limits. Two backends:
//! [`memory::MemoryState`] (the default; one node, nothing to install) and
//! [`redis::RedisState`] (several nodes behind one load balancer).
//!
//! Every primitive is one atomic operation of the backend, so that a journey
//! never guards a secret or a write with a read, an `.await` and a write:
//! insert-if-absent, take (read and delete at once), compare-and-set on a
//! version, increment-with-TTL, index add and delete-by-index, and a rate
//! check. Values are opaque bytes here; [`Typed`] adds serde on top.
//!
//! Expiry that people see (a PIN's 10 minutes, a link's hour) is checked
//! against kleidi's injectable clock inside the values; the backend's TTL only
//! bounds how long a value is kept.

pub mod memory;
pub mod redis;

use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Why a state operation failed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum StateError {
    /// The backend cannot be reached (Redis down); nothing was changed.
    #[error("state store unavailable: {0}")]
    Unavailable(String),
    /// The memory backend holds as many live entries as it may.
    #[error("state store full")]
    Full,
    /// A value could not be read back (another version wrote it).
    #[error("state value unreadable: {0}")]
    Corrupt(String),
    /// Too many concurrent updates of one value; the caller may retry.
    #[error("state value contended")]
    Contended,
}

/// A value with the version a compare-and-set must name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Versioned {
    /// Starts at 1 and grows by one with every successful write.
    pub version: u64,
    /// The stored bytes.
    pub value: Vec<u8>,
}

/// The atomic primitives the journeys are built from. Object-safe: the app
/// holds an `Arc<dyn StateStore>` chosen by `[store] backend`.
#[async_trait::async_trait]
pub trait StateStore: Send + Sync {
    /// Stores `value` under `key` unless the key exists; true when stored.
    async fn insert_if_absent(
        &self,
        key: &str,
        value: &[u8],
        ttl: Duration,
    ) -> Result<bool, StateError>;
    /// The live value and its version.
    async fn get(&self, key: &str) -> Result<Option<Versioned>, StateError>;
    /// Replaces the value if its version is still `version`; false when it
    /// changed or vanished meanwhile.
    async fn compare_and_set(
        &self,
        key: &str,
        version: u64,
        value: &[u8],
        ttl: Duration,
    ) -> Result<bool, StateError>;
    /// Deletes the value if its version is still `version`.
    async fn delete_if_version(&self, key: &str, version: u64) -> Result<bool, StateError>;
    /// Reads and deletes in one step: of many concurrent takers, one wins.
    async fn take(&self, key: &str) -> Result<Option<Vec<u8>>, StateError>;
    /// Deletes `key`; true when it existed.
    async fn delete(&self, key: &str) -> Result<bool, StateError>;
    /// Adds one to a counter (created with `ttl`); returns the new count.
    async fn incr(&self, key: &str, ttl: Duration) -> Result<u64, StateError>;
    /// Takes one back from a counter that exists (a reservation not used).
    async fn decr(&self, key: &str) -> Result<(), StateError>;
    /// The counter's value, 0 when absent.
    async fn count(&self, key: &str) -> Result<u64, StateError>;
    /// Adds `member` (a key) to the index at `index`, kept at least `ttl`.
    async fn index_add(&self, index: &str, member: &str, ttl: Duration) -> Result<(), StateError>;
    /// Removes `member` from the index.
    async fn index_remove(&self, index: &str, member: &str) -> Result<(), StateError>;
    /// Deletes every key the index names except `keep`, and forgets them;
    /// returns how many keys were deleted.
    async fn delete_indexed(&self, index: &str, keep: Option<&str>) -> Result<usize, StateError>;
    /// Counts one event against `limit` per `period` for `key` (GCRA); the
    /// seconds to wait when over the limit.
    async fn rate(
        &self,
        key: &str,
        limit: u32,
        period: Duration,
    ) -> Result<Option<u64>, StateError>;
    /// Whether the backend answers (readiness).
    async fn ping(&self) -> Result<(), StateError>;
    /// How many values are held (memory), or `None` where counting would cost (Redis).
    fn values(&self) -> Option<usize>;
    /// Drops expired values where the backend does not do it itself.
    fn sweep(&self) {}
    /// `memory` or `redis`.
    fn backend(&self) -> &'static str;
}

/// The shared store.
pub type SharedState = Arc<dyn StateStore>;

/// How many times an update retries after losing a compare-and-set race.
const CAS_TRIES: u32 = 64;

/// Typed access to one kind of value under a key prefix.
pub struct Typed<T> {
    store: SharedState,
    prefix: &'static str,
    _t: std::marker::PhantomData<fn() -> T>,
}

impl<T: Serialize + DeserializeOwned + Send> Typed<T> {
    /// Values of type `T` under `prefix` (e.g. `"session:"`).
    pub fn new(store: SharedState, prefix: &'static str) -> Self {
        Self {
            store,
            prefix,
            _t: std::marker::PhantomData,
        }
    }

    /// The backend key of `id`.
    pub fn key(&self, id: &str) -> String {
        format!("{}{id}", self.prefix)
    }

    /// The store these values live in.
    pub fn store(&self) -> &SharedState {
        &self.store
    }

    pub(crate) fn encode(v: &T) -> Result<Vec<u8>, StateError> {
        serde_json::to_vec(v).map_err(|e| StateError::Corrupt(e.to_string()))
    }

    fn decode(b: &[u8]) -> Result<T, StateError> {
        serde_json::from_slice(b).map_err(|e| StateError::Corrupt(e.to_string()))
    }

    /// Stores `v` unless `id` exists; true when stored.
    pub async fn insert_new(&self, id: &str, v: &T, ttl: Duration) -> Result<bool, StateError> {
        self.store
            .insert_if_absent(&self.key(id), &Self::encode(v)?, ttl)
            .await
    }

    /// The live value.
    pub async fn get(&self, id: &str) -> Result<Option<T>, StateError> {
        match self.store.get(&self.key(id)).await? {
            Some(v) => Ok(Some(Self::decode(&v.value)?)),
            None => Ok(None),
        }
    }

    /// Reads and deletes at once.
    pub async fn take(&self, id: &str) -> Result<Option<T>, StateError> {
        match self.store.take(&self.key(id)).await? {
            Some(b) => Ok(Some(Self::decode(&b)?)),
            None => Ok(None),
        }
    }

    /// Stores `v` under `id` whether or not a value is there: inserted when
    /// absent, else replaced by compare-and-set (never a delete and an insert
    /// that another writer could fall between).
    pub async fn put(&self, id: &str, v: &T, ttl: Duration) -> Result<(), StateError>
    where
        T: Clone + Sync,
    {
        for _ in 0..CAS_TRIES {
            if self.insert_new(id, v, ttl).await? {
                return Ok(());
            }
            let replaced = self
                .update(id, ttl, |cur| {
                    *cur = v.clone();
                    (Change::Write, ())
                })
                .await?;
            if replaced.is_some() {
                return Ok(());
            }
            // Deleted between the two steps: insert again.
        }
        Err(StateError::Contended)
    }

    /// Deletes `id`.
    pub async fn delete(&self, id: &str) -> Result<bool, StateError> {
        self.store.delete(&self.key(id)).await
    }

    /// Runs `f` on the live value and writes the result back atomically
    /// (compare-and-set, retried when another writer won); `f` decides with
    /// [`Change`] whether to keep, write or delete. `None` when absent.
    pub async fn update<R>(
        &self,
        id: &str,
        ttl: Duration,
        mut f: impl FnMut(&mut T) -> (Change, R) + Send,
    ) -> Result<Option<R>, StateError> {
        let key = self.key(id);
        for attempt in 0..CAS_TRIES {
            if attempt > 0 {
                // Losers back off for a random while, growing, so that many
                // writers of one value do not collide again and again.
                let cap = 100u64 << attempt.min(6);
                let wait = rand::random_range(0..cap);
                tokio::time::sleep(Duration::from_micros(wait)).await;
            }
            let Some(cur) = self.store.get(&key).await? else {
                return Ok(None);
            };
            let mut v = Self::decode(&cur.value)?;
            let (change, r) = f(&mut v);
            let done = match change {
                Change::Keep => true,
                Change::Write => {
                    self.store
                        .compare_and_set(&key, cur.version, &Self::encode(&v)?, ttl)
                        .await?
                }
                Change::Delete => self.store.delete_if_version(&key, cur.version).await?,
            };
            if done {
                return Ok(Some(r));
            }
        }
        Err(StateError::Contended)
    }
}

/// What [`Typed::update`] does with the value after `f` ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Nothing changed: no write.
    Keep,
    /// Write the changed value (if nobody else wrote first).
    Write,
    /// Delete the value (if nobody else wrote first).
    Delete,
}

/// Builds the store `[store]` asks for (Redis is connected on first use);
/// `limit_keys` bounds the memory backend's rate limits (`limits.max_keys`).
pub fn build(
    cfg: &StoreConfig,
    base_dir: &std::path::Path,
    clock: crate::clock::SharedClock,
    limit_keys: usize,
) -> Result<SharedState, StateError> {
    match cfg.backend {
        Backend::Memory => Ok(Arc::new(
            memory::MemoryState::new(cfg.capacity, clock).with_limit_keys(limit_keys),
        )),
        Backend::Redis => Ok(Arc::new(redis::RedisState::new(cfg, base_dir)?)),
    }
}

/// Which backend holds the state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    /// In this process (one node).
    Memory,
    /// Redis or Valkey, shared by every node.
    Redis,
}

/// The `[store]` table.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StoreConfig {
    /// `memory` (default) or `redis`.
    pub backend: Backend,
    /// `redis://host:6379/0` or `rediss://…` (TLS).
    pub url: Option<String>,
    /// Prepended to every key, so several services can share one Redis.
    pub key_prefix: String,
    /// File (or systemd credential) with the Redis password, if it has one.
    pub password_file: Option<std::path::PathBuf>,
    /// File (or systemd credential) with a secret of at least 32 bytes that
    /// every node shares: the key of the PIN hashes. Required with Redis (a
    /// copy of Redis alone must not let anyone test PINs offline); the memory
    /// backend draws a random key at start.
    pub secret_file: Option<std::path::PathBuf>,
    /// Seconds to wait for Redis on each operation.
    pub timeout_secs: u64,
    /// Live values the memory backend holds at most.
    pub capacity: usize,
}

impl Default for StoreConfig {
    fn default() -> Self {
        Self {
            backend: Backend::Memory,
            url: None,
            key_prefix: "kleidi:".into(),
            password_file: None,
            secret_file: None,
            timeout_secs: 2,
            capacity: 500_000,
        }
    }
}

impl StoreConfig {
    pub(crate) fn validate(&self) -> Result<(), crate::config::invalid::Invalid> {
        use crate::config::invalid::Invalid;
        if self.backend == Backend::Redis {
            let Some(u) = &self.url else {
                return Err(Invalid::new(
                    "store.url",
                    "required when backend = \"redis\"",
                ));
            };
            if !(u.starts_with("redis://") || u.starts_with("rediss://")) {
                return Err(Invalid::new(
                    "store.url",
                    format!("\"{u}\" is not a redis:// or rediss:// URL"),
                ));
            }
            if self.secret_file.is_none() {
                return Err(Invalid::new(
                    "store.secret_file",
                    "required when backend = \"redis\": every node needs the same PIN key",
                ));
            }
        }
        if !(1..=30).contains(&self.timeout_secs) {
            return Err(Invalid::new("store.timeout_secs", "must be 1 to 30"));
        }
        if self.capacity < 1000 {
            return Err(Invalid::new("store.capacity", "must be at least 1000"));
        }
        Ok(())
    }
}
