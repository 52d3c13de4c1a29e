//! What the helpdesk asks of the directory, in its own terms: is this person
//! an operator, which accounts match a search, what state is an account in,
//! unlock it, name the owner of an impersonal account.

use std::collections::HashSet;

use ldap3::{Mod, Scope, SearchEntry};

use super::escape::render_filter;
use super::{DirError, Directory, UserEntry, replace};
use crate::config::Membership;
use crate::domain::Mobile;

/// One page of a helpdesk search.
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// The accounts on this page, in the directory's order.
    pub accounts: Vec<UserEntry>,
    /// More accounts match than the pages allowed show.
    pub more: bool,
}

/// What an unlock found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unlock {
    /// The lock (and the failure count behind it) is gone.
    Unlocked,
    /// The account was not locked (perhaps another operator was first).
    NotLocked,
}

/// slapd's value of `pwdAccountLockedTime` for a lock an administrator set
/// by hand, which the policy never lifts by itself.
pub const ADMIN_LOCK: &str = "000001010000Z";

impl Directory {
    /// Whether `dn` is a member of one of `groups`: by the groups' `member`
    /// or `uniqueMember` values, or by the person's own `memberOf`.
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.is_member")]
    pub async fn is_member(
        &self,
        dn: &str,
        groups: &[String],
        how: Membership,
    ) -> Result<bool, DirError> {
        let norm = |s: &str| s.replace(", ", ",").to_ascii_lowercase();
        match how {
            Membership::MemberOf => {
                let hits = self
                    .search_attrs(dn, Scope::Base, "(objectClass=*)", 1, &["memberOf"])
                    .await?;
                let e = hits.into_iter().next().map(UserEntry::from_search);
                let wanted: HashSet<String> = groups.iter().map(|g| norm(g)).collect();
                Ok(e.is_some_and(|e| {
                    e.values("memberOf")
                        .iter()
                        .any(|g| wanted.contains(&norm(g)))
                }))
            }
            Membership::Group => {
                let filter = render_filter("(|(member={dn})(uniqueMember={dn}))", &[("dn", dn)]);
                for g in groups {
                    let hits = self
                        .search_attrs(g, Scope::Base, &filter, 1, &["1.1"])
                        .await?;
                    if !hits.is_empty() {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// How many members the group entry `group` lists (`member` and
    /// `uniqueMember`); `None` when the service account sees no such entry.
    pub async fn group_size(&self, group: &str) -> Result<Option<usize>, DirError> {
        let hits = self
            .search_attrs(
                group,
                Scope::Base,
                "(objectClass=*)",
                1,
                &["member", "uniqueMember"],
            )
            .await?;
        Ok(hits.into_iter().next().map(|e| {
            let e = UserEntry::from_search(e);
            e.values("member").len() + e.values("uniqueMember").len()
        }))
    }

    /// Whether any entry under the user bases has `memberOf: group` (the
    /// memberof overlay maintains it).
    pub async fn anyone_member_of(&self, group: &str) -> Result<bool, DirError> {
        let filter = render_filter("(memberOf={g})", &[("g", group)]);
        for base in &self.cfg.user_bases {
            if !self
                .search_attrs(base, Scope::Subtree, &filter, 1, &["1.1"])
                .await?
                .is_empty()
            {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Accounts whose username, name, an email, a mobile number or a
    /// personal number matches `q` (a name by its parts, the rest exactly),
    /// page `page` (from 1) of `per_page`, across the user bases.
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.search_accounts")]
    pub async fn search_accounts(
        &self,
        q: &str,
        numbers: &[String],
        phone_country: Option<crate::domain::Country>,
        page: usize,
        per_page: usize,
    ) -> Result<Found, DirError> {
        let filter = self.account_filter(q, numbers, phone_country);
        let want = page.max(1) * per_page + 1;
        let mut all = Vec::new();
        let mut more = false;
        for base in &self.cfg.user_bases {
            let (entries, truncated) = self.search_capped(base, &filter, want).await?;
            more |= truncated;
            all.extend(entries.into_iter().map(UserEntry::from_search));
        }
        let skip = (page.max(1) - 1) * per_page;
        more |= all.len() > skip + per_page;
        let accounts = all.into_iter().skip(skip).take(per_page).collect();
        Ok(Found { accounts, more })
    }

    fn account_filter(
        &self,
        q: &str,
        numbers: &[String],
        phone_country: Option<crate::domain::Country>,
    ) -> String {
        let a = &self.cfg.attributes;
        let eq = |name: &str, v: &str| render_filter(&format!("({name}={{v}})"), &[("v", v)]);
        let mut ors = vec![eq(&a.username, q)];
        // A name matches by its words, in any order: "Ros Mar" finds Maria Rossi.
        let words: Vec<&str> = q.split_whitespace().collect();
        let word = |w: &str| render_filter(&format!("({}=*{{v}}*)", a.display_name), &[("v", w)]);
        ors.push(format!(
            "(&{})",
            words.iter().map(|w| word(w)).collect::<String>()
        ));
        if q.contains('@') {
            for name in [
                a.mail.as_str(),
                a.registrar_email.as_str(),
                super::attr::RECOVERY_EMAIL,
            ] {
                if !name.is_empty() {
                    ors.push(eq(name, q));
                }
            }
        }
        let mobile = Mobile::parse_e164(q)
            .ok()
            .or_else(|| phone_country.and_then(|c| Mobile::parse(q, c).ok()));
        if let Some(m) = mobile {
            let forms = [
                m.as_e164().to_string(),
                m.national_number().to_string(),
                format!("00{}", &m.as_e164()[1..]),
            ];
            for name in [a.mobile.as_str(), super::attr::RECOVERY_MOBILE] {
                for f in &forms {
                    ors.push(eq(name, f));
                }
            }
        }
        for n in numbers.iter().filter(|n| !n.is_empty()) {
            ors.push(eq(n, q));
        }
        format!("(|{})", ors.concat())
    }

    /// Up to `limit` entries, and whether there were more (slapd's own
    /// size limit counts as more).
    async fn search_capped(
        &self,
        base: &str,
        filter: &str,
        limit: usize,
    ) -> Result<(Vec<SearchEntry>, bool), DirError> {
        let attrs = self.attrs.clone();
        let limit = i32::try_from(limit).unwrap_or(i32::MAX);
        self.read(|mut l, t| {
            let attrs = attrs.clone();
            async move {
                let r = l
                    .with_timeout(t)
                    .with_search_options(ldap3::SearchOptions::new().sizelimit(limit))
                    .search(base, Scope::Subtree, filter, attrs)
                    .await
                    .map_err(|e| DirError::from_ldap(e, None))?;
                let entries: Vec<SearchEntry> =
                    r.0.into_iter().map(SearchEntry::construct).collect();
                match r.1.rc {
                    0 => Ok((entries, false)),
                    4 => Ok((entries, true)),
                    32 => Ok((Vec::new(), false)),
                    rc => Err(DirError::from_result(rc, r.1.text, None)),
                }
            }
        })
        .await
    }

    /// An account with what the helpdesk shows: kleidi's usual attributes
    /// plus `createTimestamp` (the age of an account with no password
    /// change recorded).
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.read_account")]
    pub async fn read_account(&self, dn: &str) -> Result<Option<UserEntry>, DirError> {
        let mut attrs = self.attrs.clone();
        attrs.push("createTimestamp".to_string());
        let hits = self
            .search_attrs(dn, Scope::Base, "(objectClass=*)", 1, &attrs)
            .await?;
        Ok(hits.into_iter().next().map(UserEntry::from_search))
    }

    /// Lifts slapd's lockout: deletes the `pwdAccountLockedTime` value the
    /// caller saw, in one operation. Of two operators at once, one unlocks
    /// and the other hears "not locked"; and a lock that changed since it
    /// was read (an administrator's, say) is left alone. slapd's ppolicy
    /// drops the failure times with it.
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.unlock")]
    pub async fn unlock(&self, dn: &str, seen: &str) -> Result<Unlock, DirError> {
        let values = HashSet::from([seen.to_string()]);
        let lock = Mod::Delete("pwdAccountLockedTime".to_string(), values);
        match self.modify(dn, vec![lock]).await {
            Ok(()) => Ok(Unlock::Unlocked),
            // noSuchAttribute: not locked, or not with that value any more.
            Err(DirError::Ldap { rc: 16, .. }) => Ok(Unlock::NotLocked),
            Err(e) => Err(e),
        }
    }

    /// Names `owner` as the person who answers for the impersonal account
    /// `e` (`directory.attributes.owner`; kleidi's class is added when that
    /// is `kleidiServiceOwner`).
    #[tracing::instrument(level = "debug", skip_all, name = "ldap.set_owner")]
    pub async fn set_owner(&self, e: &UserEntry, owner: &str) -> Result<(), DirError> {
        let name = &self.cfg.attributes.owner;
        let m = replace(name, owner);
        if name.eq_ignore_ascii_case(super::attr::SERVICE_OWNER) {
            self.write_kleidi(e, vec![m], &[]).await
        } else {
            self.modify(&e.dn, vec![m]).await
        }
    }
}
