//! The Redis/Valkey backend: every node of a university talks to the same
//! Redis, so any node serves any step and the limits hold across nodes.
//!
//! A value is a hash `{v: version, d: bytes}`; a counter a plain integer; an
//! index a set of keys. Each primitive that needs more than one command is a
//! Lua script, which Redis runs atomically. Works with Redis ≥ 6 and Valkey.

use crate::secret::ExposeSecret as _;
use std::time::Duration;

use redis::Script;
use redis::aio::ConnectionManager;

use super::{StateError, StateStore, StoreConfig, Versioned};

/// A store in Redis, through a connection manager that reconnects by itself.
/// The first connection is made on first use, so kleidi starts (and says
/// "not ready") while Redis is still down.
pub struct RedisState {
    client: redis::Client,
    conn: tokio::sync::OnceCell<ConnectionManager>,
    prefix: String,
    timeout: Duration,
    scripts: Scripts,
}

struct Scripts {
    insert: Script,
    cas: Script,
    delete_if: Script,
    take: Script,
    incr: Script,
    decr: Script,
    index_add: Script,
    delete_indexed: Script,
    gcra: Script,
}

impl Scripts {
    fn new() -> Self {
        Self {
            insert: Script::new(
                r"if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
                  redis.call('HSET', KEYS[1], 'v', 1, 'd', ARGV[1])
                  redis.call('PEXPIRE', KEYS[1], ARGV[2])
                  return 1",
            ),
            cas: Script::new(
                r"local v = redis.call('HGET', KEYS[1], 'v')
                  if not v or tonumber(v) ~= tonumber(ARGV[1]) then return 0 end
                  redis.call('HSET', KEYS[1], 'v', tonumber(v) + 1, 'd', ARGV[2])
                  redis.call('PEXPIRE', KEYS[1], ARGV[3])
                  return 1",
            ),
            delete_if: Script::new(
                r"local v = redis.call('HGET', KEYS[1], 'v')
                  if not v or tonumber(v) ~= tonumber(ARGV[1]) then return 0 end
                  redis.call('DEL', KEYS[1])
                  return 1",
            ),
            take: Script::new(
                r"local d = redis.call('HGET', KEYS[1], 'd')
                  if d then redis.call('DEL', KEYS[1]) end
                  return d",
            ),
            incr: Script::new(
                r"local n = redis.call('INCR', KEYS[1])
                  if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
                  return n",
            ),
            // DECR keeps the key's TTL; a key that expired is not re-created.
            decr: Script::new(
                r"if redis.call('EXISTS', KEYS[1]) == 1 and tonumber(redis.call('GET', KEYS[1])) > 0 then
                    redis.call('DECR', KEYS[1])
                  end
                  return 1",
            ),
            index_add: Script::new(
                r"redis.call('SADD', KEYS[1], ARGV[1])
                  if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[2]) then
                    redis.call('PEXPIRE', KEYS[1], ARGV[2])
                  end
                  return 1",
            ),
            // Members are full keys (with the prefix), so the script names
            // only keys it was given or read from the index.
            delete_indexed: Script::new(
                r"local n = 0
                  for _, m in ipairs(redis.call('SMEMBERS', KEYS[1])) do
                    if m ~= ARGV[1] then
                      n = n + redis.call('DEL', m)
                      redis.call('SREM', KEYS[1], m)
                    end
                  end
                  return n",
            ),
            // GCRA on the server's clock, so that every node agrees.
            gcra: Script::new(
                r"local t = redis.call('TIME')
                  local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
                  local interval = tonumber(ARGV[1])
                  local tolerance = tonumber(ARGV[2])
                  local tat = tonumber(redis.call('GET', KEYS[1]) or now)
                  if tat < now then tat = now end
                  local allow_at = tat - tolerance
                  if now < allow_at then return allow_at - now end
                  local new = tat + interval
                  redis.call('SET', KEYS[1], new, 'PX', math.max(1, new - now))
                  return 0",
            ),
        }
    }
}

fn unavailable(e: impl std::fmt::Display) -> StateError {
    StateError::Unavailable(e.to_string())
}

fn ms(d: Duration) -> u64 {
    (d.as_millis() as u64).max(1)
}

impl RedisState {
    /// Prepares the client (the password from `password_file`, relative to
    /// `base_dir` or `$CREDENTIALS_DIRECTORY`); nothing is connected yet.
    pub fn new(cfg: &StoreConfig, base_dir: &std::path::Path) -> Result<Self, StateError> {
        let url = cfg
            .url
            .as_deref()
            .ok_or_else(|| StateError::Unavailable("store.url is not set".into()))?;
        let mut info: redis::ConnectionInfo = url.parse().map_err(unavailable)?;
        if let Some(f) = &cfg.password_file {
            let p = crate::secret::read_secret_file(f, base_dir)
                .map_err(|e| StateError::Unavailable(e.to_string()))?;
            let settings = info
                .redis_settings()
                .clone()
                .set_password(p.expose_secret());
            info = info.set_redis_settings(settings);
        }
        Ok(Self {
            client: redis::Client::open(info).map_err(unavailable)?,
            conn: tokio::sync::OnceCell::new(),
            prefix: cfg.key_prefix.clone(),
            timeout: Duration::from_secs(cfg.timeout_secs),
            scripts: Scripts::new(),
        })
    }

    /// The shared connection, made on first use; the manager reconnects by
    /// itself after an outage.
    async fn conn(&self) -> Result<ConnectionManager, StateError> {
        let t = self.timeout;
        let c = self
            .conn
            .get_or_try_init(|| async {
                let mcfg = redis::aio::ConnectionManagerConfig::new()
                    .set_connection_timeout(Some(t))
                    .set_response_timeout(Some(t))
                    .set_number_of_retries(1);
                tokio::time::timeout(
                    t,
                    ConnectionManager::new_with_config(self.client.clone(), mcfg),
                )
                .await
                .map_err(|_| StateError::Unavailable("redis did not answer in time".into()))?
                .map_err(unavailable)
            })
            .await?;
        Ok(c.clone())
    }

    /// Runs one command with the operation timeout.
    async fn query<T: redis::FromRedisValue>(&self, cmd: &redis::Cmd) -> Result<T, StateError> {
        let mut c = self.conn().await?;
        tokio::time::timeout(self.timeout, cmd.query_async(&mut c))
            .await
            .map_err(|_| StateError::Unavailable("redis timed out".into()))?
            .map_err(unavailable)
    }

    fn k(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    async fn run<T: redis::FromRedisValue>(
        &self,
        script: &Script,
        keys: &[&str],
        args: &[&[u8]],
    ) -> Result<T, StateError> {
        let mut inv = script.prepare_invoke();
        for k in keys {
            inv.key(self.k(k));
        }
        for a in args {
            inv.arg(*a);
        }
        let mut c = self.conn().await?;
        tokio::time::timeout(self.timeout, inv.invoke_async(&mut c))
            .await
            .map_err(|_| StateError::Unavailable("redis timed out".into()))?
            .map_err(unavailable)
    }
}

#[async_trait::async_trait]
impl StateStore for RedisState {
    async fn insert_if_absent(
        &self,
        key: &str,
        value: &[u8],
        ttl: Duration,
    ) -> Result<bool, StateError> {
        let n: i64 = self
            .run(
                &self.scripts.insert,
                &[key],
                &[value, ms(ttl).to_string().as_bytes()],
            )
            .await?;
        Ok(n == 1)
    }

    async fn get(&self, key: &str) -> Result<Option<Versioned>, StateError> {
        let (v, d): (Option<u64>, Option<Vec<u8>>) = self
            .query(redis::cmd("HMGET").arg(self.k(key)).arg("v").arg("d"))
            .await?;
        Ok(match (v, d) {
            (Some(version), Some(value)) => Some(Versioned { version, value }),
            _ => None,
        })
    }

    async fn compare_and_set(
        &self,
        key: &str,
        version: u64,
        value: &[u8],
        ttl: Duration,
    ) -> Result<bool, StateError> {
        let n: i64 = self
            .run(
                &self.scripts.cas,
                &[key],
                &[
                    version.to_string().as_bytes(),
                    value,
                    ms(ttl).to_string().as_bytes(),
                ],
            )
            .await?;
        Ok(n == 1)
    }

    async fn delete_if_version(&self, key: &str, version: u64) -> Result<bool, StateError> {
        let n: i64 = self
            .run(
                &self.scripts.delete_if,
                &[key],
                &[version.to_string().as_bytes()],
            )
            .await?;
        Ok(n == 1)
    }

    async fn take(&self, key: &str) -> Result<Option<Vec<u8>>, StateError> {
        self.run(&self.scripts.take, &[key], &[]).await
    }

    async fn delete(&self, key: &str) -> Result<bool, StateError> {
        let n: i64 = self.query(redis::cmd("DEL").arg(self.k(key))).await?;
        Ok(n > 0)
    }

    async fn incr(&self, key: &str, ttl: Duration) -> Result<u64, StateError> {
        self.run(
            &self.scripts.incr,
            &[key],
            &[ms(ttl).to_string().as_bytes()],
        )
        .await
    }

    async fn decr(&self, key: &str) -> Result<(), StateError> {
        let _: i64 = self.run(&self.scripts.decr, &[key], &[]).await?;
        Ok(())
    }

    async fn count(&self, key: &str) -> Result<u64, StateError> {
        let n: Option<u64> = self.query(redis::cmd("GET").arg(self.k(key))).await?;
        Ok(n.unwrap_or(0))
    }

    async fn index_add(&self, index: &str, member: &str, ttl: Duration) -> Result<(), StateError> {
        let member = self.k(member);
        let _: i64 = self
            .run(
                &self.scripts.index_add,
                &[index],
                &[member.as_bytes(), ms(ttl).to_string().as_bytes()],
            )
            .await?;
        Ok(())
    }

    async fn index_remove(&self, index: &str, member: &str) -> Result<(), StateError> {
        let _: i64 = self
            .query(redis::cmd("SREM").arg(self.k(index)).arg(self.k(member)))
            .await?;
        Ok(())
    }

    async fn delete_indexed(&self, index: &str, keep: Option<&str>) -> Result<usize, StateError> {
        let keep = keep.map(|k| self.k(k)).unwrap_or_default();
        let n: u64 = self
            .run(&self.scripts.delete_indexed, &[index], &[keep.as_bytes()])
            .await?;
        Ok(n as usize)
    }

    async fn rate(
        &self,
        key: &str,
        limit: u32,
        period: Duration,
    ) -> Result<Option<u64>, StateError> {
        let limit = u64::from(limit.max(1));
        let interval = (ms(period) / limit).max(1);
        let tolerance = interval * (limit - 1);
        let wait_ms: u64 = self
            .run(
                &self.scripts.gcra,
                &[key],
                &[
                    interval.to_string().as_bytes(),
                    tolerance.to_string().as_bytes(),
                ],
            )
            .await?;
        Ok((wait_ms > 0).then(|| wait_ms.div_ceil(1000).max(1)))
    }

    async fn ping(&self) -> Result<(), StateError> {
        let _: String = self.query(&redis::cmd("PING")).await?;
        Ok(())
    }

    fn values(&self) -> Option<usize> {
        None
    }

    fn backend(&self) -> &'static str {
        "redis"
    }
}
