//! The in-memory backend: one map under a std `Mutex` (every critical
//! section is a few map operations, never an `.await`), bounded by a capacity.
//! When full, expired entries are dropped in expiry order from a heap, never
//! by scanning the map; live entries are never evicted, so a flood cannot
//! push out journeys in progress: the newcomer is refused instead.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use super::{StateError, StateStore, Versioned};
use crate::clock::{Millis, SharedClock};
use crate::limits::Limit;

enum Kind {
    Value(Vec<u8>),
    Counter(u64),
    Index(HashSet<String>),
}

struct Entry {
    version: u64,
    expires: Millis,
    kind: Kind,
}

#[derive(Default)]
struct Inner {
    // Keys are shared with the heap (one allocation per key, not two).
    map: HashMap<Arc<str>, Entry>,
    /// (expiry, key) of every write; stale pairs are skipped when popped.
    expiries: BinaryHeap<Reverse<(Millis, Arc<str>)>>,
}

/// State in this process; a restart drops it.
pub struct MemoryState {
    inner: Mutex<Inner>,
    capacity: usize,
    /// Keys each rate limit remembers at most (`limits.max_keys`).
    limit_keys: usize,
    clock: SharedClock,
    limits: Mutex<HashMap<(u32, u64), Arc<Limit>>>,
}

impl MemoryState {
    /// An empty store holding at most `capacity` live entries.
    pub fn new(capacity: usize, clock: SharedClock) -> Self {
        Self {
            inner: Mutex::new(Inner::default()),
            capacity,
            limit_keys: capacity,
            clock,
            limits: Mutex::new(HashMap::new()),
        }
    }

    /// Bounds how many keys each rate limit remembers.
    #[must_use]
    pub fn with_limit_keys(mut self, n: usize) -> Self {
        self.limit_keys = n.max(1);
        self
    }

    fn lock(&self) -> Result<MutexGuard<'_, Inner>, StateError> {
        self.inner
            .lock()
            .map_err(|_| StateError::Unavailable("memory store poisoned".into()))
    }

    fn deadline(&self, ttl: Duration) -> Millis {
        self.clock.now_ms() + ttl.as_millis().max(1) as Millis
    }
}

impl Inner {
    /// Pops expired entries, at most `max` of them.
    fn drop_expired(&mut self, now: Millis, max: usize) {
        let mut n = 0;
        while n < max {
            match self.expiries.peek() {
                Some(Reverse((at, _))) if *at <= now => {}
                _ => break,
            }
            let Some(Reverse((at, key))) = self.expiries.pop() else {
                break;
            };
            if self.map.get(&*key).is_some_and(|e| e.expires == at) {
                self.map.remove(&*key);
                n += 1;
            }
        }
        // Stale heap pairs (keys rewritten with a later expiry) are bounded
        // by rebuilding now and then, in proportion to the writes made.
        if self.expiries.len() > 2 * self.map.len() + 1024 {
            self.expiries = self
                .map
                .iter()
                .map(|(k, e)| Reverse((e.expires, k.clone())))
                .collect();
        }
    }

    fn live(&mut self, key: &str, now: Millis) -> Option<&mut Entry> {
        let expired = self.map.get(key).is_some_and(|e| e.expires <= now);
        if expired {
            self.map.remove(key);
            return None;
        }
        self.map.get_mut(key)
    }

    /// Room for one more key, or `Full`.
    fn room(&mut self, now: Millis, capacity: usize) -> Result<(), StateError> {
        if self.map.len() >= capacity {
            self.drop_expired(now, 64);
            if self.map.len() >= capacity {
                return Err(StateError::Full);
            }
        }
        Ok(())
    }

    fn put(&mut self, key: &str, e: Entry) {
        let k: Arc<str> = match self.map.get_key_value(key) {
            Some((k, _)) => k.clone(),
            None => Arc::from(key),
        };
        self.expiries.push(Reverse((e.expires, k.clone())));
        self.map.insert(k, e);
    }
}

#[async_trait::async_trait]
impl StateStore for MemoryState {
    async fn insert_if_absent(
        &self,
        key: &str,
        value: &[u8],
        ttl: Duration,
    ) -> Result<bool, StateError> {
        let now = self.clock.now_ms();
        let expires = self.deadline(ttl);
        let mut g = self.lock()?;
        if g.live(key, now).is_some() {
            return Ok(false);
        }
        g.room(now, self.capacity)?;
        g.put(
            key,
            Entry {
                version: 1,
                expires,
                kind: Kind::Value(value.to_vec()),
            },
        );
        Ok(true)
    }

    async fn get(&self, key: &str) -> Result<Option<Versioned>, StateError> {
        let now = self.clock.now_ms();
        let mut g = self.lock()?;
        Ok(g.live(key, now).and_then(|e| match &e.kind {
            Kind::Value(v) => Some(Versioned {
                version: e.version,
                value: v.clone(),
            }),
            _ => None,
        }))
    }

    async fn compare_and_set(
        &self,
        key: &str,
        version: u64,
        value: &[u8],
        ttl: Duration,
    ) -> Result<bool, StateError> {
        let now = self.clock.now_ms();
        let expires = self.deadline(ttl);
        let mut g = self.lock()?;
        let Some(e) = g.live(key, now) else {
            return Ok(false);
        };
        if e.version != version || !matches!(e.kind, Kind::Value(_)) {
            return Ok(false);
        }
        let next = e.version + 1;
        g.put(
            key,
            Entry {
                version: next,
                expires,
                kind: Kind::Value(value.to_vec()),
            },
        );
        Ok(true)
    }

    async fn delete_if_version(&self, key: &str, version: u64) -> Result<bool, StateError> {
        let now = self.clock.now_ms();
        let mut g = self.lock()?;
        if g.live(key, now).is_some_and(|e| e.version == version) {
            g.map.remove(key);
            return Ok(true);
        }
        Ok(false)
    }

    async fn take(&self, key: &str) -> Result<Option<Vec<u8>>, StateError> {
        let now = self.clock.now_ms();
        let mut g = self.lock()?;
        if g.live(key, now).is_none() {
            return Ok(None);
        }
        Ok(g.map.remove(key).and_then(|e| match e.kind {
            Kind::Value(v) => Some(v),
            _ => None,
        }))
    }

    async fn delete(&self, key: &str) -> Result<bool, StateError> {
        let now = self.clock.now_ms();
        let mut g = self.lock()?;
        let live = g.live(key, now).is_some();
        g.map.remove(key);
        Ok(live)
    }

    async fn incr(&self, key: &str, ttl: Duration) -> Result<u64, StateError> {
        let now = self.clock.now_ms();
        let expires = self.deadline(ttl);
        let mut g = self.lock()?;
        if let Some(e) = g.live(key, now)
            && let Kind::Counter(n) = &mut e.kind
        {
            *n += 1;
            return Ok(*n);
        }
        g.room(now, self.capacity)?;
        g.put(
            key,
            Entry {
                version: 1,
                expires,
                kind: Kind::Counter(1),
            },
        );
        Ok(1)
    }

    async fn decr(&self, key: &str) -> Result<(), StateError> {
        let now = self.clock.now_ms();
        let mut g = self.lock()?;
        if let Some(e) = g.live(key, now)
            && let Kind::Counter(n) = &mut e.kind
        {
            *n = n.saturating_sub(1);
        }
        Ok(())
    }

    async fn count(&self, key: &str) -> Result<u64, StateError> {
        let now = self.clock.now_ms();
        let mut g = self.lock()?;
        Ok(match g.live(key, now).map(|e| &e.kind) {
            Some(Kind::Counter(n)) => *n,
            _ => 0,
        })
    }

    async fn index_add(&self, index: &str, member: &str, ttl: Duration) -> Result<(), StateError> {
        let now = self.clock.now_ms();
        let expires = self.deadline(ttl);
        let mut g = self.lock()?;
        if let Some(e) = g.live(index, now)
            && let Kind::Index(set) = &mut e.kind
        {
            set.insert(member.to_string());
            if expires > e.expires {
                e.expires = expires;
                let k: Arc<str> = Arc::from(index);
                g.expiries.push(Reverse((expires, k)));
            }
            return Ok(());
        }
        g.room(now, self.capacity)?;
        g.put(
            index,
            Entry {
                version: 1,
                expires,
                kind: Kind::Index(HashSet::from([member.to_string()])),
            },
        );
        Ok(())
    }

    async fn index_remove(&self, index: &str, member: &str) -> Result<(), StateError> {
        let now = self.clock.now_ms();
        let mut g = self.lock()?;
        if let Some(e) = g.live(index, now)
            && let Kind::Index(set) = &mut e.kind
        {
            set.remove(member);
        }
        Ok(())
    }

    async fn delete_indexed(&self, index: &str, keep: Option<&str>) -> Result<usize, StateError> {
        let now = self.clock.now_ms();
        let mut g = self.lock()?;
        let members = match g.live(index, now).map(|e| &mut e.kind) {
            Some(Kind::Index(set)) => std::mem::take(set),
            _ => return Ok(0),
        };
        let mut n = 0;
        for m in &members {
            if Some(m.as_str()) == keep {
                continue;
            }
            if g.map.remove(m.as_str()).is_some() {
                n += 1;
            }
        }
        if let Some(k) = keep.filter(|k| members.contains(*k))
            && let Some(Entry {
                kind: Kind::Index(set),
                ..
            }) = g.map.get_mut(index)
        {
            set.insert(k.to_string());
        }
        Ok(n)
    }

    async fn rate(
        &self,
        key: &str,
        limit: u32,
        period: Duration,
    ) -> Result<Option<u64>, StateError> {
        let l = {
            let mut m = self
                .limits
                .lock()
                .map_err(|_| StateError::Unavailable("limits poisoned".into()))?;
            m.entry((limit, period.as_millis() as u64))
                .or_insert_with(|| Arc::new(Limit::new(limit, period, self.limit_keys)))
                .clone()
        };
        Ok(l.check(key).err().map(|l| l.0))
    }

    async fn ping(&self) -> Result<(), StateError> {
        Ok(())
    }

    fn values(&self) -> Option<usize> {
        self.inner.lock().ok().map(|g| g.map.len())
    }

    fn backend(&self) -> &'static str {
        "memory"
    }

    fn sweep(&self) {
        let now = self.clock.now_ms();
        if let Ok(mut g) = self.lock() {
            g.drop_expired(now, usize::MAX);
        }
        if let Ok(l) = self.limits.lock() {
            l.values().for_each(|l| l.sweep());
        }
    }
}
