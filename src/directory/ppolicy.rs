//! The password policy response control (draft-behera-ldap-password-policy-10,
//! OID 1.3.6.1.4.1.42.2.27.8.5.1). ldap3 has no type for it, so kleidi sends it
//! as a raw control and decodes the BER value here. Input comes from the network:
//! every length is checked and nothing panics (there is a fuzz target).
//!
//! ```text
//! PasswordPolicyResponseValue ::= SEQUENCE {
//!     warning [0] CHOICE {
//!         timeBeforeExpiration [0] INTEGER (0 .. maxInt),
//!         graceAuthNsRemaining [1] INTEGER (0 .. maxInt) } OPTIONAL,
//!     error   [1] ENUMERATED { ... } OPTIONAL }
//! ```

use ldap3::controls::RawControl;
use serde::Serialize;

/// OID of the request and response control.
pub const OID: &str = "1.3.6.1.4.1.42.2.27.8.5.1";

/// The request control: no value, not critical (a server without ppolicy ignores it).
pub fn request() -> RawControl {
    RawControl {
        ctype: OID.to_string(),
        crit: false,
        val: None,
    }
}

/// A warning the server attached to a successful operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Warning {
    /// The password expires in this many seconds.
    TimeBeforeExpiration(u32),
    /// The password has expired; this many grace binds are left.
    GraceAuthNsRemaining(u32),
}

/// A ppolicy error, by the draft's enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum PolicyError {
    /// 0: the password has expired.
    #[error("password expired")]
    PasswordExpired,
    /// 1: the account is locked.
    #[error("account locked")]
    AccountLocked,
    /// 2: the password was reset and must be changed now.
    #[error("password must be changed after reset")]
    ChangeAfterReset,
    /// 3: the user may not change the password.
    #[error("password modification not allowed")]
    PasswordModNotAllowed,
    /// 4: the old password must be supplied.
    #[error("old password must be supplied")]
    MustSupplyOldPassword,
    /// 5: the password fails the server's quality check.
    #[error("insufficient password quality")]
    InsufficientPasswordQuality,
    /// 6: the password is too short for the server.
    #[error("password too short")]
    PasswordTooShort,
    /// 7: the password was changed too recently.
    #[error("password too young")]
    PasswordTooYoung,
    /// 8: the password is one of the recent ones.
    #[error("password in history")]
    PasswordInHistory,
    /// 9: the password is too long for the server.
    #[error("password too long")]
    PasswordTooLong,
    /// Any other value (a newer draft or a vendor extension).
    #[error("unknown password policy error {0}")]
    Other(u32),
}

impl PolicyError {
    fn from_code(c: u32) -> Self {
        match c {
            0 => Self::PasswordExpired,
            1 => Self::AccountLocked,
            2 => Self::ChangeAfterReset,
            3 => Self::PasswordModNotAllowed,
            4 => Self::MustSupplyOldPassword,
            5 => Self::InsufficientPasswordQuality,
            6 => Self::PasswordTooShort,
            7 => Self::PasswordTooYoung,
            8 => Self::PasswordInHistory,
            9 => Self::PasswordTooLong,
            n => Self::Other(n),
        }
    }
}

/// The decoded response: either part may be absent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Response {
    /// Expiry warning or grace binds left.
    pub warning: Option<Warning>,
    /// The policy error, when the server refused or restricted the operation.
    pub error: Option<PolicyError>,
}

/// Why a response value could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("malformed password policy control at byte {0}")]
pub struct Malformed(pub usize);

/// Finds and decodes the ppolicy control among a result's controls.
pub fn find(ctrls: &[ldap3::controls::Control]) -> Option<Response> {
    ctrls
        .iter()
        .find(|c| c.1.ctype == OID)
        .map(|c| {
            c.1.val
                .as_deref()
                .map(decode)
                .unwrap_or(Ok(Response::default()))
        })
        .and_then(Result::ok)
}

/// Decodes the BER value of the response control.
pub fn decode(input: &[u8]) -> Result<Response, Malformed> {
    let mut r = Reader { buf: input, pos: 0 };
    let (tag, body) = r.tlv()?;
    if tag != 0x30 || r.pos != input.len() {
        return Err(Malformed(0));
    }
    let mut inner = Reader { buf: body, pos: 0 };
    let mut out = Response::default();
    while !inner.done() {
        let at = inner.pos;
        let (tag, val) = inner.tlv()?;
        match tag {
            // warning [0], constructed: one CHOICE inside.
            0xA0 if out.warning.is_none() && out.error.is_none() => {
                let mut w = Reader { buf: val, pos: 0 };
                let (wtag, wval) = w.tlv()?;
                if !w.done() {
                    return Err(Malformed(at));
                }
                let n = uint(wval).ok_or(Malformed(at))?;
                out.warning = Some(match wtag {
                    0x80 => Warning::TimeBeforeExpiration(n),
                    0x81 => Warning::GraceAuthNsRemaining(n),
                    _ => return Err(Malformed(at)),
                });
            }
            // error [1], primitive ENUMERATED.
            0x81 if out.error.is_none() => {
                out.error = Some(PolicyError::from_code(uint(val).ok_or(Malformed(at))?));
            }
            _ => return Err(Malformed(at)),
        }
    }
    Ok(out)
}

/// A non-negative BER INTEGER/ENUMERATED that fits in u32.
fn uint(v: &[u8]) -> Option<u32> {
    if v.is_empty() || v.len() > 5 || v[0] & 0x80 != 0 {
        return None;
    }
    if v.len() == 5 && v[0] != 0 {
        return None;
    }
    Some(v.iter().fold(0u64, |a, b| (a << 8) | u64::from(*b)) as u32)
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn done(&self) -> bool {
        self.pos >= self.buf.len()
    }

    fn byte(&mut self) -> Result<u8, Malformed> {
        let b = *self.buf.get(self.pos).ok_or(Malformed(self.pos))?;
        self.pos += 1;
        Ok(b)
    }

    /// One tag-length-value with a single-byte tag and a definite length.
    fn tlv(&mut self) -> Result<(u8, &'a [u8]), Malformed> {
        let tag = self.byte()?;
        let first = self.byte()?;
        let len = if first < 0x80 {
            usize::from(first)
        } else {
            let n = usize::from(first & 0x7f);
            // 0x80 is the indefinite form, which DER (and slapd) never send.
            if n == 0 || n > 4 {
                return Err(Malformed(self.pos));
            }
            let mut l = 0usize;
            for _ in 0..n {
                l = (l << 8) | usize::from(self.byte()?);
            }
            l
        };
        let end = self.pos.checked_add(len).ok_or(Malformed(self.pos))?;
        let val = self.buf.get(self.pos..end).ok_or(Malformed(self.pos))?;
        self.pos = end;
        Ok((tag, val))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_each_shape_slapd_sends() {
        assert_eq!(decode(&[0x30, 0x00]).unwrap(), Response::default());
        let r = decode(&[0x30, 0x03, 0x81, 0x01, 0x08]).unwrap();
        assert_eq!(r.error, Some(PolicyError::PasswordInHistory));
        let r = decode(&[0x30, 0x06, 0xA0, 0x04, 0x80, 0x02, 0x0e, 0x10]).unwrap();
        assert_eq!(r.warning, Some(Warning::TimeBeforeExpiration(3600)));
        let r = decode(&[0x30, 0x08, 0xA0, 0x03, 0x81, 0x01, 0x02, 0x81, 0x01, 0x00]).unwrap();
        assert_eq!(r.warning, Some(Warning::GraceAuthNsRemaining(2)));
        assert_eq!(r.error, Some(PolicyError::PasswordExpired));
    }

    #[test]
    fn never_panics_on_arbitrary_bytes() {
        // A small deterministic sweep standing in for the fuzz target in
        // fuzz/fuzz_targets/ppolicy_decode.rs: every 1- to 3-byte input, and
        // prefixes of valid values with every last byte.
        for a in 0..=255u8 {
            let _ = decode(&[a]);
            for b in 0..=255u8 {
                let _ = decode(&[a, b]);
                let _ = decode(&[0x30, 0x03, 0x81, a, b]);
                let _ = decode(&[0x30, a, 0xA0, b, 0x80, 0x01, 0x00]);
            }
        }
    }

    #[test]
    fn refuses_truncated_or_trailing_bytes() {
        for bad in [
            &[][..],
            &[0x30],
            &[0x30, 0x03, 0x81, 0x01],
            &[0x30, 0x00, 0x00],
            &[0x30, 0x03, 0x82, 0x01, 0x00],
            &[0x30, 0x80, 0x00, 0x00],
            &[0x30, 0x03, 0x81, 0x01, 0x80],
            &[0x30, 0x84, 0xff, 0xff, 0xff, 0xff],
        ] {
            assert!(decode(bad).is_err(), "{bad:?}");
        }
    }
}
