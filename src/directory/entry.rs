//! A person's entry as kleidi read it.

use std::collections::HashMap;

/// Attributes kleidi always asks for besides the configured ones.
pub(crate) const OPERATIONAL: &[&str] = &[
    "objectClass",
    "entryUUID",
    "pwdChangedTime",
    "pwdReset",
    "pwdAccountLockedTime",
    "pwdPolicySubentry",
    "pwdGraceUseTime",
    "pwdFailureTime",
];

/// kleidi's own attributes (schema/kleidi.schema).
pub mod attr {
    /// Object class that carries kleidi's attributes.
    pub const CLASS: &str = "kleidiAccount";
    /// When the account was activated.
    pub const ACTIVATED_AT: &str = "kleidiActivatedAt";
    /// Verified recovery email.
    pub const RECOVERY_EMAIL: &str = "kleidiRecoveryEmail";
    /// When the recovery email was consented to.
    pub const RECOVERY_EMAIL_CONSENT: &str = "kleidiRecoveryEmailConsentAt";
    /// Verified recovery mobile (E.164).
    pub const RECOVERY_MOBILE: &str = "kleidiRecoveryMobile";
    /// When the recovery mobile was consented to.
    pub const RECOVERY_MOBILE_CONSENT: &str = "kleidiRecoveryMobileConsentAt";
    /// Security question.
    pub const SECURITY_QUESTION: &str = "kleidiSecurityQuestion";
    /// Argon2id hash of the normalized answer.
    pub const SECURITY_ANSWER: &str = "kleidiSecurityAnswerHash";
    /// When the last expiry reminder was sent.
    pub const EXPIRY_NOTICE_AT: &str = "kleidiExpiryNoticeAt";
    /// Which expiry reminder was sent last: `<reference time>#<days>`, the
    /// `pwdChangedTime` (or `createTimestamp`) it counted from and its stage.
    pub const EXPIRY_NOTICE: &str = "kleidiExpiryNotice";
    /// Owner of an impersonal service account.
    pub const SERVICE_OWNER: &str = "kleidiServiceOwner";
    /// Every kleidi attribute, for search requests.
    pub const ALL: &[&str] = &[
        ACTIVATED_AT,
        RECOVERY_EMAIL,
        RECOVERY_EMAIL_CONSENT,
        RECOVERY_MOBILE,
        RECOVERY_MOBILE_CONSENT,
        SECURITY_QUESTION,
        SECURITY_ANSWER,
        EXPIRY_NOTICE_AT,
        SERVICE_OWNER,
        EXPIRY_NOTICE,
    ];
}

/// One entry: its DN and its attributes, names folded to lower case because
/// LDAP attribute names are case-insensitive.
#[derive(Debug, Clone)]
pub struct UserEntry {
    /// The entry's DN, as the server wrote it.
    pub dn: String,
    attrs: HashMap<String, Vec<String>>,
}

impl UserEntry {
    pub(crate) fn from_search(e: ldap3::SearchEntry) -> Self {
        let attrs = e
            .attrs
            .into_iter()
            .map(|(k, v)| (k.to_ascii_lowercase(), v))
            .collect();
        Self { dn: e.dn, attrs }
    }

    /// All values of `name`.
    pub fn values(&self, name: &str) -> &[String] {
        self.attrs
            .get(&name.to_ascii_lowercase())
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The first value of `name`, if any.
    pub fn first(&self, name: &str) -> Option<&str> {
        self.values(name).first().map(String::as_str)
    }

    /// True when `name` has the value `v` (case-insensitive, as for most attributes).
    pub fn has_value(&self, name: &str, v: &str) -> bool {
        self.values(name).iter().any(|x| x.eq_ignore_ascii_case(v))
    }

    /// True when the entry already carries kleidi's object class.
    pub fn has_kleidi_class(&self) -> bool {
        self.has_value("objectClass", attr::CLASS)
    }

    /// True when slapd flagged the password as reset by an administrator.
    pub fn must_change(&self) -> bool {
        self.has_value("pwdReset", "TRUE")
    }
}
