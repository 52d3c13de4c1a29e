//! "Not too similar to the username": how closely the username (or its reverse)
//! appears inside the password, or the password inside the username.

/// Similarity in `[0, 1]` between a folded password and a folded username.
///
/// For a needle and a haystack, `1 - d / |needle|` where `d` is the fewest
/// edits that turn the needle into some substring of the haystack. Taken both
/// ways round (username in password, password in username) and for the reversed
/// username, keeping the highest. So `jpapad0p!!` is 0.875 similar to
/// `jpapadop` (one edit), and any password containing the username is 1.
pub(crate) fn similarity(password: &[char], username: &[char]) -> f64 {
    if password.is_empty() || username.is_empty() {
        return 0.0;
    }
    let reversed: Vec<char> = username.iter().rev().copied().collect();
    [username, reversed.as_slice()]
        .iter()
        .flat_map(|u| [ratio(u, password), ratio(password, u)])
        .fold(0.0, f64::max)
}

/// `1 - d / |needle|` for the approximate-substring edit distance `d`.
fn ratio(needle: &[char], haystack: &[char]) -> f64 {
    let d = substring_distance(needle, haystack);
    1.0 - d as f64 / needle.len() as f64
}

/// Sellers' algorithm: Levenshtein distance from `needle` to the closest
/// substring of `haystack`. O(|needle| × |haystack|) time, O(|needle|) memory;
/// both are bounded by the policy's maximum length and the username's length.
pub(crate) fn substring_distance(needle: &[char], haystack: &[char]) -> usize {
    // col[i] = distance of needle[..i] to the best substring ending at the current
    // haystack position; a match may start anywhere, hence row 0 stays 0.
    let mut col: Vec<usize> = (0..=needle.len()).collect();
    let mut best = needle.len();
    for &h in haystack {
        let mut diag = 0; // col[i - 1] of the previous haystack position
        for (i, &n) in needle.iter().enumerate() {
            let up = col[i + 1];
            let cost = usize::from(n != h);
            col[i + 1] = (diag + cost).min(up + 1).min(col[i] + 1);
            diag = up;
        }
        best = best.min(col[needle.len()]);
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn substring_distance_finds_the_closest_window() {
        assert_eq!(substring_distance(&c("abc"), &c("xxabcxx")), 0);
        assert_eq!(substring_distance(&c("abc"), &c("xxabxx")), 1);
        assert_eq!(substring_distance(&c("abc"), &c("")), 3);
        assert_eq!(substring_distance(&c("jpapadop"), &c("!!jpapad0p77")), 1);
    }

    #[test]
    fn similarity_covers_both_directions_and_the_reverse() {
        let u = c("jpapadop");
        assert_eq!(similarity(&c("jpapadop"), &u), 1.0);
        assert_eq!(similarity(&c("x!jpapad0p"), &u), 0.875);
        assert_eq!(similarity(&c("podapapj#1"), &u), 1.0);
        assert!(similarity(&c("papad"), &u) >= 0.99);
        assert!(similarity(&c("μπλε-ουρανός"), &u) < 0.2);
        assert_eq!(similarity(&c(""), &u), 0.0);
    }
}
