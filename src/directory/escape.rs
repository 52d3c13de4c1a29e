//! Building filters and DNs from templates. Every value that came from outside
//! is escaped: RFC 4515 in filters, RFC 4514 in DNs. Templates come from the
//! operator's config and are trusted; values are not.

use std::borrow::Cow;

/// Replaces each `{name}` in `template` with the RFC 4515-escaped value.
/// Unknown placeholders are left as they are (config validation catches them).
pub fn render_filter(template: &str, vars: &[(&str, &str)]) -> String {
    render(template, vars, ldap3::ldap_escape)
}

/// Replaces each `{name}` in `template` with the RFC 4514-escaped value.
pub fn render_dn(template: &str, vars: &[(&str, &str)]) -> String {
    render(template, vars, ldap3::dn_escape)
}

fn render<'a>(
    template: &str,
    vars: &[(&str, &'a str)],
    esc: impl Fn(&'a str) -> Cow<'a, str>,
) -> String {
    let mut out = template.to_string();
    for (name, value) in vars {
        let ph = format!("{{{name}}}");
        if out.contains(&ph) {
            out = out.replace(&ph, &esc(value));
        }
    }
    out
}

/// True when a value may be used to look someone up: not empty, no leading or
/// trailing white space (LDAP matching ignores it, so " alice" would find
/// "alice"), no control characters, and not absurdly long.
pub fn is_lookup_value(v: &str) -> bool {
    !v.is_empty() && v.len() <= 256 && v.trim() == v && !v.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_metacharacters_are_escaped() {
        let f = render_filter("(uid={username})", &[("username", "a)(|(uid=*")]);
        assert_eq!(f, r"(uid=a\29\28|\28uid=\2a)");
        assert!(ldap3::parse_filter(&f).is_ok());
        let f = render_filter("(uid={username})", &[("username", "a\0b\\")]);
        assert_eq!(f, r"(uid=a\00b\5c)");
    }

    #[test]
    fn dn_specials_are_escaped() {
        let d = render_dn("uid={u},ou=people", &[("u", " a,ou=x+y ")]);
        assert_eq!(d, r"uid=\20a\2cou\3dx\2by\20,ou=people");
        let d = render_dn("uid={u},ou=people", &[("u", "#x")]);
        assert_eq!(d, r"uid=\23x,ou=people");
    }

    #[test]
    fn padded_or_control_values_are_not_lookup_values() {
        assert!(is_lookup_value("alice"));
        assert!(is_lookup_value("Ελένη"));
        for v in ["", " alice", "alice ", "a\nb", "a\0b"] {
            assert!(!is_lookup_value(v), "{v:?}");
        }
    }
}
