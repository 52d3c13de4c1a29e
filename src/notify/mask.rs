//! Masking of recipients for logs and screens ("we sent a code to a***@example.org").

/// Masks an email address (`a***@example.org`) or a phone number (`+30********89`):
/// enough for a person to recognise their own contact, too little to learn one.
/// Anything else becomes `***`.
pub fn mask(to: &str) -> String {
    let to = to.trim();
    if let Some((local, domain)) = to.rsplit_once('@') {
        // The domain stays: it tells the user which of their mailboxes to check
        // and is rarely personal.
        return match local.chars().next() {
            Some(first) => format!("{first}***@{domain}"),
            None => format!("***@{domain}"),
        };
    }
    let digits: Vec<char> = to.chars().filter(char::is_ascii_digit).collect();
    let is_phone = !digits.is_empty()
        && to
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')' | '.'));
    // Below 7 digits there is too little left to hide after showing four.
    if !is_phone || digits.len() < 7 {
        return "***".to_owned();
    }
    let mut out = String::with_capacity(digits.len() + 1);
    if to.starts_with('+') {
        out.push('+');
    }
    let hidden = digits.len() - 4;
    out.extend(digits.iter().take(2));
    out.extend(std::iter::repeat_n('*', hidden));
    out.extend(digits.iter().skip(digits.len() - 2));
    out
}

#[cfg(test)]
mod tests {
    use super::mask;

    #[test]
    fn masks_email_keeping_first_letter_and_domain() {
        assert_eq!(mask("alice@example.org"), "a***@example.org");
        assert_eq!(mask("Ωmega@παράδειγμα.gr"), "Ω***@παράδειγμα.gr");
        assert_eq!(mask("@example.org"), "***@example.org");
    }

    #[test]
    fn masks_phone_keeping_prefix_and_last_two_digits() {
        assert_eq!(mask("+306912345689"), "+30********89");
        assert_eq!(mask("+30 691 234 5689"), "+30********89");
        assert_eq!(mask("0612345678"), "06******78");
    }

    #[test]
    fn masks_everything_else_entirely() {
        assert_eq!(mask("12345"), "***");
        assert_eq!(mask("not a contact"), "***");
        assert_eq!(mask(""), "***");
    }
}
