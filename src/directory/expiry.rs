//! What the expiry reminders need from the directory: every account under
//! the user bases as a stream (a paged search, so that 200,000 entries never
//! sit in memory at once), the policies' `pwdMaxAge`, and the reminder record
//! (`kleidiExpiryNotice`) claimed and released with compare-and-set modifies,
//! so that two runs or two nodes never send the same reminder twice.

use std::collections::HashSet;

use ldap3::adapters::{Adapter, EntriesOnly, PagedResults};
use ldap3::{Mod, Scope, SearchEntry, SearchStream};

use super::{DirError, Directory, PasswordPolicy, UserEntry, attr, modify};

type Attrs = Vec<String>;

/// The entries of one paged search, read a page at a time.
pub struct Scan {
    stream: SearchStream<'static, String, Attrs>,
    done: bool,
}

impl Scan {
    /// The next entry, or `None` at the end. A server that stops the search
    /// before the end (a size or time limit, a lost connection) is an error:
    /// a run that saw only part of the accounts must not look complete.
    pub async fn next(&mut self) -> Result<Option<UserEntry>, DirError> {
        if self.done {
            return Ok(None);
        }
        match self.stream.next().await {
            Ok(Some(e)) => Ok(Some(UserEntry::from_search(SearchEntry::construct(e)))),
            Ok(None) => {
                self.done = true;
                let res = self.stream.finish().await;
                match res.rc {
                    0 => Ok(None),
                    // noSuchObject: the base does not exist (yet): no accounts.
                    32 => Ok(None),
                    4 => Err(DirError::Ldap {
                        rc: 4,
                        text: "the directory stopped the search at its size limit: give the service account \"limits ... size.prtotal=unlimited\" (schema/README.md)".into(),
                    }),
                    rc => Err(DirError::from_result(rc, res.text, None)),
                }
            }
            Err(e) => {
                self.done = true;
                Err(DirError::from_ldap(e, None))
            }
        }
    }
}

/// Whether a claim of the reminder record went through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    /// This run now holds the record: it sends the reminder.
    Won,
    /// The record was not what this run read (another run or node got there
    /// first, or the entry changed): nothing was written.
    Changed,
}

impl Directory {
    /// Starts a paged search (RFC 2696, `page` entries a page) of `filter`
    /// under `base`, reading only `attrs`. Pages are asked for as the caller
    /// reads, so at most one page is held in memory.
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.scan")]
    pub async fn scan(
        &self,
        base: &str,
        filter: &str,
        attrs: Attrs,
        page: u32,
    ) -> Result<Scan, DirError> {
        let s = &self.reads;
        let svc = s.service.get(&s.connector).await?;
        let mut ldap = svc.ldap;
        ldap.with_timeout(s.connector.op_timeout);
        // EntriesOnly first: referrals and intermediate messages are dropped
        // before the pager sees them (as ldap3's own paged example does).
        let adapters: Vec<Box<dyn Adapter<'static, String, Attrs>>> = vec![
            Box::new(EntriesOnly::new()),
            Box::new(PagedResults::new(i32::try_from(page).unwrap_or(500))),
        ];
        let stream = ldap
            .streaming_search_with(adapters, base, Scope::Subtree, filter, attrs)
            .await
            .map_err(|e| DirError::from_ldap(e, None))?;
        Ok(Scan {
            stream,
            done: false,
        })
    }

    /// Reads one policy entry's `pwdMaxAge` and `pwdInHistory`; `None` when
    /// the entry does not exist or cannot be seen.
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.read_policy")]
    pub async fn read_policy(&self, dn: &str) -> Result<Option<PasswordPolicy>, DirError> {
        let hits = self
            .search_attrs(
                dn,
                Scope::Base,
                "(objectClass=*)",
                1,
                &["pwdMaxAge", "pwdInHistory"],
            )
            .await?;
        let Some(e) = hits.into_iter().next().map(UserEntry::from_search) else {
            return Ok(None);
        };
        let num = |name: &str| {
            e.first(name)
                .and_then(|v| v.parse::<u64>().ok())
                .filter(|n| *n > 0)
        };
        Ok(Some(PasswordPolicy {
            max_age_secs: num("pwdMaxAge"),
            in_history: num("pwdInHistory").map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
        }))
    }

    /// True when the server's schema defines the attribute type `name`
    /// (read from `cn=Subschema`): a directory upgraded without loading the
    /// new `kleidi.schema` would refuse every reminder record.
    pub async fn schema_has_attribute(&self, name: &str) -> Result<bool, DirError> {
        let hits = self
            .search_attrs(
                "cn=Subschema",
                Scope::Base,
                "(objectClass=subschema)",
                1,
                &["attributeTypes"],
            )
            .await?;
        let needle = format!("name '{}'", name.to_ascii_lowercase());
        Ok(hits.into_iter().next().is_some_and(|e| {
            UserEntry::from_search(e)
                .values("attributeTypes")
                .iter()
                .any(|v| v.to_ascii_lowercase().contains(&needle))
        }))
    }

    /// Reads one entry again with only `attrs` (after a lost claim, to see
    /// what the other writer recorded).
    pub async fn read_entry_attrs(
        &self,
        dn: &str,
        attrs: &[String],
    ) -> Result<Option<UserEntry>, DirError> {
        let hits = self
            .search_attrs(dn, Scope::Base, "(objectClass=*)", 1, attrs)
            .await?;
        Ok(hits.into_iter().next().map(UserEntry::from_search))
    }

    /// Replaces the reminder record `old` (as read; `None`: there was none)
    /// with `new` in one modify that slapd applies only if `old` is still
    /// there: delete that exact value, add the new one (the attribute is
    /// single-valued, so an add over another run's value fails too).
    /// `kleidiExpiryNoticeAt` becomes `at` in the same modify.
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.claim_expiry_notice")]
    pub async fn claim_expiry_notice(
        &self,
        e: &UserEntry,
        old: Option<&str>,
        new: &str,
        at: &str,
    ) -> Result<Claim, DirError> {
        let mut mods = Vec::new();
        if !e.has_kleidi_class() {
            mods.push(Mod::Add(
                "objectClass".to_string(),
                HashSet::from([attr::CLASS.to_string()]),
            ));
        }
        if let Some(o) = old {
            mods.push(Mod::Delete(
                attr::EXPIRY_NOTICE.to_string(),
                HashSet::from([o.to_string()]),
            ));
        }
        mods.push(Mod::Add(
            attr::EXPIRY_NOTICE.to_string(),
            HashSet::from([new.to_string()]),
        ));
        mods.push(super::replace(attr::EXPIRY_NOTICE_AT, at));
        self.compare_and_set(&e.dn, mods).await
    }

    /// Undoes a claim whose reminder could not be sent: `claimed` goes back
    /// to `old` (and `kleidiExpiryNoticeAt` to `old_at`), again only if
    /// `claimed` is still the record, so the next run tries again.
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.release_expiry_notice")]
    pub async fn release_expiry_notice(
        &self,
        dn: &str,
        claimed: &str,
        old: Option<&str>,
        old_at: Option<&str>,
    ) -> Result<Claim, DirError> {
        let mut mods = vec![Mod::Delete(
            attr::EXPIRY_NOTICE.to_string(),
            HashSet::from([claimed.to_string()]),
        )];
        if let Some(o) = old {
            mods.push(Mod::Add(
                attr::EXPIRY_NOTICE.to_string(),
                HashSet::from([o.to_string()]),
            ));
        }
        // An empty replace removes the attribute (and is no error if absent).
        mods.push(Mod::Replace(
            attr::EXPIRY_NOTICE_AT.to_string(),
            old_at
                .map(|v| HashSet::from([v.to_string()]))
                .unwrap_or_default(),
        ));
        self.compare_and_set(dn, mods).await
    }

    /// One modify whose failure because the entry is not as read counts as
    /// [`Claim::Changed`]: noSuchAttribute (16, the old value is gone),
    /// constraintViolation (19, a second value on a single-valued attribute)
    /// or attributeOrValueExists (20, e.g. the class was added meanwhile).
    async fn compare_and_set(&self, dn: &str, mods: Vec<Mod<String>>) -> Result<Claim, DirError> {
        self.write(|mut l, t| async move {
            match modify(&mut l, t, dn, mods).await {
                Ok(()) => Ok(Claim::Won),
                Err(DirError::Ldap {
                    rc: 16 | 19 | 20, ..
                }) => Ok(Claim::Changed),
                Err(e) => Err(e),
            }
        })
        .await
    }
}
