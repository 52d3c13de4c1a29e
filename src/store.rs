//! Short-lived state in memory: bounded maps whose entries expire. Journeys,
//! PIN challenges, reset tokens and sessions live here; a restart drops them
//! and people start the step again. Everything durable lives in LDAP.
//!
//! [`Store`] is the small interface a shared backend (Redis/Valkey) would
//! implement so that several daemons can serve one university.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::Duration;

use crate::clock::{Millis, SharedClock};

/// The map is at capacity even after dropping expired entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("state store full")]
pub struct StoreFull;

/// Keyed, expiring, bounded state.
pub trait Store<K, V>: Send + Sync {
    /// Inserts or replaces `k`, living `ttl` from now.
    fn insert(&self, k: K, v: V, ttl: Duration) -> Result<(), StoreFull>;
    /// A copy of the live value.
    fn get(&self, k: &K) -> Option<V>;
    /// Runs `f` on the live value atomically (no other update interleaves).
    fn update<R>(&self, k: &K, f: impl FnOnce(&mut V) -> R) -> Option<R>;
    /// Removes and returns the live value.
    fn remove(&self, k: &K) -> Option<V>;
    /// Drops expired entries; returns how many are left.
    fn sweep(&self) -> usize;
}

/// The in-memory [`Store`].
pub struct MemoryStore<K, V> {
    // std Mutex: every critical section is a few map operations, never an .await.
    map: Mutex<HashMap<K, (Millis, V)>>,
    capacity: usize,
    clock: SharedClock,
}

impl<K: Eq + Hash, V> MemoryStore<K, V> {
    /// A store holding at most `capacity` live entries.
    pub fn new(capacity: usize, clock: SharedClock) -> Self {
        Self {
            map: Mutex::new(HashMap::new()),
            capacity,
            clock,
        }
    }

    /// Entries currently held (live or not yet swept).
    pub fn len(&self) -> usize {
        self.map.lock().map(|m| m.len()).unwrap_or(0)
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<K, V> Store<K, V> for MemoryStore<K, V>
where
    K: Eq + Hash + Send,
    V: Clone + Send,
{
    fn insert(&self, k: K, v: V, ttl: Duration) -> Result<(), StoreFull> {
        let now = self.clock.now_ms();
        let Ok(mut m) = self.map.lock() else {
            return Err(StoreFull);
        };
        if m.len() >= self.capacity && !m.contains_key(&k) {
            // Expired entries go first; live ones are never evicted, so a
            // flood cannot push out journeys in progress.
            m.retain(|_, (exp, _)| *exp > now);
            if m.len() >= self.capacity {
                return Err(StoreFull);
            }
        }
        m.insert(k, (now + ttl.as_millis() as u64, v));
        Ok(())
    }

    fn get(&self, k: &K) -> Option<V> {
        let now = self.clock.now_ms();
        let m = self.map.lock().ok()?;
        m.get(k)
            .filter(|(exp, _)| *exp > now)
            .map(|(_, v)| v.clone())
    }

    fn update<R>(&self, k: &K, f: impl FnOnce(&mut V) -> R) -> Option<R> {
        let now = self.clock.now_ms();
        let mut m = self.map.lock().ok()?;
        match m.get_mut(k) {
            Some((exp, v)) if *exp > now => Some(f(v)),
            _ => None,
        }
    }

    fn remove(&self, k: &K) -> Option<V> {
        let now = self.clock.now_ms();
        let mut m = self.map.lock().ok()?;
        m.remove(k).filter(|(exp, _)| *exp > now).map(|(_, v)| v)
    }

    fn sweep(&self) -> usize {
        let now = self.clock.now_ms();
        match self.map.lock() {
            Ok(mut m) => {
                m.retain(|_, (exp, _)| *exp > now);
                m.len()
            }
            Err(_) => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;

    #[test]
    fn entries_expire_and_a_full_store_evicts_only_expired_ones() {
        let clock = ManualClock::new();
        let s: MemoryStore<u32, &str> = MemoryStore::new(2, clock.clone());
        s.insert(1, "a", Duration::from_secs(10)).unwrap();
        s.insert(2, "b", Duration::from_secs(100)).unwrap();
        assert_eq!(s.insert(3, "c", Duration::from_secs(10)), Err(StoreFull));
        // Replacing an existing key is always allowed.
        s.insert(2, "b2", Duration::from_secs(100)).unwrap();
        clock.advance(Duration::from_secs(11));
        assert_eq!(s.get(&1), None);
        s.insert(3, "c", Duration::from_secs(10)).unwrap();
        assert_eq!(s.get(&2), Some("b2"));
        assert_eq!(s.update(&3, |v| *v = "c2"), Some(()));
        assert_eq!(s.remove(&3), Some("c2"));
        assert_eq!(s.update(&3, |_| ()), None);
        clock.advance(Duration::from_secs(100));
        assert_eq!(s.sweep(), 0);
    }
}
