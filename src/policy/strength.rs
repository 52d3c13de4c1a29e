//! The zxcvbn strength estimate, with its English feedback mapped to stable
//! hint codes that the Fluent files translate (`policy-hint-<code>`).

use zxcvbn::feedback::{Suggestion, Warning};

/// Longest prefix given to zxcvbn. Its matching grows faster than linearly
/// (about 1 ms at 40 characters, 4 ms at 64 on the 2-core target machine), and
/// more characters rarely make a password weaker than its first 40, so
/// the cut keeps the check under 2 ms without flattering anyone.
const MAX_SCORED_CHARS: usize = 40;

/// A zxcvbn score (0 to 4) and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Strength {
    pub score: u8,
    pub hints: Vec<&'static str>,
}

/// Scores `password`, treating `user_inputs` (username, names, institution words)
/// as words an attacker would try first.
pub(crate) fn estimate(password: &str, user_inputs: &[&str]) -> Strength {
    let cut = password
        .char_indices()
        .nth(MAX_SCORED_CHARS)
        .map_or(password, |(i, _)| &password[..i]);
    let e = zxcvbn::zxcvbn(cut, user_inputs);
    let mut hints = Vec::new();
    if let Some(f) = e.feedback() {
        if let Some(w) = f.warning() {
            hints.push(warning_code(w));
        }
        hints.extend(f.suggestions().iter().map(|s| suggestion_code(*s)));
    }
    Strength {
        score: u8::from(e.score()),
        hints,
    }
}

fn warning_code(w: Warning) -> &'static str {
    match w {
        Warning::StraightRowsOfKeysAreEasyToGuess => "straight_rows",
        Warning::ShortKeyboardPatternsAreEasyToGuess => "keyboard_pattern",
        Warning::RepeatsLikeAaaAreEasyToGuess => "repeats",
        Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => "repeated_groups",
        Warning::ThisIsATop10Password => "top10",
        Warning::ThisIsATop100Password => "top100",
        Warning::ThisIsACommonPassword => "common",
        Warning::ThisIsSimilarToACommonlyUsedPassword => "similar_to_common",
        Warning::SequencesLikeAbcAreEasyToGuess => "sequences",
        Warning::RecentYearsAreEasyToGuess => "recent_years",
        Warning::AWordByItselfIsEasyToGuess => "single_word",
        Warning::DatesAreOftenEasyToGuess => "dates",
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess => "names",
        Warning::CommonNamesAndSurnamesAreEasyToGuess => "common_names",
    }
}

fn suggestion_code(s: Suggestion) -> &'static str {
    match s {
        Suggestion::UseAFewWordsAvoidCommonPhrases => "use_words",
        Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters => "no_need_for_symbols",
        Suggestion::AddAnotherWordOrTwo => "add_word",
        Suggestion::CapitalizationDoesntHelpVeryMuch => "capitalization",
        Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => "all_uppercase",
        Suggestion::ReversedWordsArentMuchHarderToGuess => "reversed_words",
        Suggestion::PredictableSubstitutionsDontHelpVeryMuch => "substitutions",
        Suggestion::UseALongerKeyboardPatternWithMoreTurns => "longer_keyboard_pattern",
        Suggestion::AvoidRepeatedWordsAndCharacters => "avoid_repeats",
        Suggestion::AvoidSequences => "avoid_sequences",
        Suggestion::AvoidRecentYears => "avoid_recent_years",
        Suggestion::AvoidYearsThatAreAssociatedWithYou => "avoid_personal_years",
        Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => "avoid_personal_dates",
    }
}

/// Every hint code `estimate` can return, for the translation completeness test.
pub const HINT_CODES: &[&str] = &[
    "straight_rows",
    "keyboard_pattern",
    "repeats",
    "repeated_groups",
    "top10",
    "top100",
    "common",
    "similar_to_common",
    "sequences",
    "recent_years",
    "single_word",
    "dates",
    "names",
    "common_names",
    "use_words",
    "no_need_for_symbols",
    "add_word",
    "capitalization",
    "all_uppercase",
    "reversed_words",
    "substitutions",
    "longer_keyboard_pattern",
    "avoid_repeats",
    "avoid_sequences",
    "avoid_recent_years",
    "avoid_personal_years",
    "avoid_personal_dates",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_passwords_score_low_with_hints_and_strong_ones_high() {
        let weak = estimate("password", &[]);
        assert_eq!(weak.score, 0);
        assert!(weak.hints.contains(&"top10"), "{:?}", weak.hints);
        assert!(weak.hints.iter().all(|h| HINT_CODES.contains(h)));
        let strong = estimate("Ωραίο-πρωινό-στη-Θεσσαλονίκη-42", &[]);
        assert_eq!(strong.score, 4);
    }

    #[test]
    fn user_inputs_lower_the_score() {
        let alone = estimate("jpapadop1987", &[]).score;
        let known = estimate("jpapadop1987", &["jpapadop"]).score;
        assert!(known < alone, "{known} < {alone}");
    }

    #[test]
    fn very_long_input_is_cut_before_scoring() {
        let s = "a".repeat(10_000);
        let _ = estimate(&s, &[]);
        let _ = estimate("", &[]);
    }
}
