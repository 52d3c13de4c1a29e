# Password policy (src/policy). Ids: policy-<code> tells the user what to do
# about a violation; policy-rule-<code> describes an active rule up front;
# policy-hint-<code> is strength feedback. Arguments are numbers unless noted.

## Violations

policy-too-short =
    { $min ->
        [one] Use at least { $min } character.
       *[other] Use at least { $min } characters.
    }
policy-too-long =
    { $max ->
        [one] Use at most { $max } character.
       *[other] Use at most { $max } characters.
    }
policy-control-character = Remove control characters (such as a NUL or a tab) from the password.
policy-blank = A password of only spaces is no password: use letters, digits or symbols.
policy-min-lower =
    { $min ->
        [one] Add at least { $min } lowercase letter.
       *[other] Add at least { $min } lowercase letters.
    }
policy-min-upper =
    { $min ->
        [one] Add at least { $min } uppercase letter.
       *[other] Add at least { $min } uppercase letters.
    }
policy-min-digit =
    { $min ->
        [one] Add at least { $min } digit.
       *[other] Add at least { $min } digits.
    }
policy-min-special =
    { $min ->
        [one] Add at least { $min } character that is not a letter or a digit (for example ! # @ -).
       *[other] Add at least { $min } characters that are not letters or digits (for example ! # @ -).
    }
policy-char-classes = Mix at least { $min } of these: lowercase letters, uppercase letters, digits, symbols.
policy-min-distinct =
    { $min ->
        [one] Use at least { $min } different character.
       *[other] Use at least { $min } different characters.
    }
policy-digit-sequence =
    { $max ->
        [one] Avoid runs of more than { $max } consecutive digit going up or down (like 1234 or 9876).
       *[other] Avoid runs of more than { $max } consecutive digits going up or down (like 1234 or 9876).
    }
policy-repeated-char =
    { $max ->
        [one] Do not repeat a character twice in a row.
       *[other] Do not repeat a character more than { $max } times in a row.
    }
policy-contains-username = Leave your username out of the password.
policy-similar-to-username = The password is too similar to your username: choose something different.
policy-contains-name = Leave your first name and surname out of the password.
# $word (text): the institution or service word that was found.
policy-institution-word = Remove the word “{ $word }”: passwords must not contain the name of the institution or its services.
policy-blocklisted = This password is too common or has appeared in a data breach: choose another one.
policy-regex = The password does not follow one of this service's rules.
# $min: required zxcvbn score (0-4); $score: the password's score.
policy-weak = This password is too easy to guess: make it longer, for example with a few uncommon words.
policy-in-history =
    { $count ->
        [one] Choose a password different from your last one.
       *[other] Choose a password different from your last { $count } passwords.
    }

## Rules, shown before the user types

policy-rule-too-short =
    { $min ->
        [one] The password must have at least { $min } character.
       *[other] The password must have at least { $min } characters.
    }
policy-rule-too-long =
    { $max ->
        [one] The password must have at most { $max } character.
       *[other] The password must have at most { $max } characters.
    }
policy-rule-control-character = The password must not contain control characters.
policy-rule-blank = The password must not be only spaces.
policy-rule-min-lower =
    { $min ->
        [one] The password must contain at least { $min } lowercase letter.
       *[other] The password must contain at least { $min } lowercase letters.
    }
policy-rule-min-upper =
    { $min ->
        [one] The password must contain at least { $min } uppercase letter.
       *[other] The password must contain at least { $min } uppercase letters.
    }
policy-rule-min-digit =
    { $min ->
        [one] The password must contain at least { $min } digit.
       *[other] The password must contain at least { $min } digits.
    }
policy-rule-min-special =
    { $min ->
        [one] The password must contain at least { $min } non-alphanumeric character.
       *[other] The password must contain at least { $min } non-alphanumeric characters.
    }
policy-rule-char-classes = The password must mix at least { $min } of: lowercase letters, uppercase letters, digits, symbols.
policy-rule-min-distinct =
    { $min ->
        [one] The password must have at least { $min } different character.
       *[other] The password must have at least { $min } different characters.
    }
policy-rule-digit-sequence =
    { $max ->
        [one] The password must not contain more than { $max } consecutive digit in ascending or descending order.
       *[other] The password must not contain more than { $max } consecutive digits in ascending or descending order.
    }
policy-rule-repeated-char =
    { $max ->
        [one] The password must not repeat a character twice in a row.
       *[other] The password must not repeat a character more than { $max } times in a row.
    }
policy-rule-contains-username = The password must not contain your username.
# $percent: the similarity threshold, for integrators; the sentence does not need it.
policy-rule-similar-to-username = The password must not be too similar to your username.
policy-rule-contains-name = The password must not contain your first name or surname.
# $words (text): the configured words, comma-separated.
policy-rule-institution-word = The password must not contain these words: { $words }.
policy-rule-blocklisted = The password must not be a common or breached password.
policy-rule-regex = The password must follow this service's additional rules.
policy-rule-weak = The password must not be easy to guess (strength at least { $min } out of 4).
policy-rule-in-history =
    { $count ->
        [one] The password must be different from your last password.
       *[other] The password must be different from your last { $count } passwords.
    }

## Strength meter

policy-score-0 = Very weak
policy-score-1 = Weak
policy-score-2 = Fair
policy-score-3 = Strong
policy-score-4 = Very strong
policy-suggestions = Suggested passwords
policy-suggestions-pick = Click one to use it

## Strength hints (zxcvbn feedback)

policy-hint-straight-rows = Straight rows of keys (like qwerty) are easy to guess.
policy-hint-keyboard-pattern = Short keyboard patterns are easy to guess.
policy-hint-repeats = Repeats like “aaa” are easy to guess.
policy-hint-repeated-groups = Repeats like “abcabcabc” are only slightly harder to guess than “abc”.
policy-hint-top10 = This is one of the 10 most common passwords.
policy-hint-top100 = This is one of the 100 most common passwords.
policy-hint-common = This is a very common password.
policy-hint-similar-to-common = This is similar to a very common password.
policy-hint-sequences = Sequences like “abc” or “6543” are easy to guess.
policy-hint-recent-years = Recent years are easy to guess.
policy-hint-single-word = A word on its own is easy to guess.
policy-hint-dates = Dates are often easy to guess.
policy-hint-names = First names and surnames on their own are easy to guess.
policy-hint-common-names = Common first names and surnames are easy to guess.
policy-hint-use-words = Use a few words, and avoid common phrases.
policy-hint-no-need-for-symbols = Symbols, digits and uppercase letters are not required.
policy-hint-add-word = Add another word or two; uncommon words are better.
policy-hint-capitalization = Capital letters do not help much.
policy-hint-all-uppercase = All uppercase is almost as easy to guess as all lowercase.
policy-hint-reversed-words = Words spelled backwards are not much harder to guess.
policy-hint-substitutions = Predictable substitutions, like “@” instead of “a”, do not help much.
policy-hint-longer-keyboard-pattern = Use a longer keyboard pattern with more turns.
policy-hint-avoid-repeats = Avoid repeated words and characters.
policy-hint-avoid-sequences = Avoid sequences.
policy-hint-avoid-recent-years = Avoid recent years.
policy-hint-avoid-personal-years = Avoid years that are associated with you.
policy-hint-avoid-personal-dates = Avoid dates and years that are associated with you.
policy-class-max =
    { $class ->
        [lower] Use at most { $max ->
            [one] { $max } lowercase letter
           *[other] { $max } lowercase letters
        }.
        [upper] Use at most { $max ->
            [one] { $max } uppercase letter
           *[other] { $max } uppercase letters
        }.
        [digit] Use at most { $max ->
            [one] { $max } digit
           *[other] { $max } digits
        }.
       *[special] Use at most { $max ->
            [one] { $max } special character
           *[other] { $max } special characters
        }.
    }
policy-rule-class-max =
    { $class ->
        [lower] The password must have at most { $max ->
            [one] { $max } lowercase letter
           *[other] { $max } lowercase letters
        }.
        [upper] The password must have at most { $max ->
            [one] { $max } uppercase letter
           *[other] { $max } uppercase letters
        }.
        [digit] The password must have at most { $max ->
            [one] { $max } digit
           *[other] { $max } digits
        }.
       *[special] The password must have at most { $max ->
            [one] { $max } special character
           *[other] { $max } special characters
        }.
    }
policy-sequence = Avoid runs of letters or keys in a row (such as abcd or qwer): at most { $max } in a row.
policy-rule-sequence =
    { $max ->
        [one] The password must not have more than { $max } letter or keyboard key in a row (such as abcd or qwer).
       *[other] The password must not have more than { $max } letters or keyboard keys in a row (such as abcd or qwer).
    }
policy-occurrences =
    { $max ->
        [one] Use no character more than once.
       *[other] Use no character more than { $max } times.
    }
policy-rule-occurrences =
    { $max ->
        [one] No character may appear more than once.
       *[other] No character may appear more than { $max } times.
    }
policy-special-at-end = Do not start or end the password with a special character.
policy-rule-special-at-end = The password must not start or end with a special character.
policy-contains-attribute = Leave your email name and staff or student numbers out of the password.
policy-rule-contains-attribute = The password must not contain your email name or your staff or student numbers.
policy-similar-to-old = The new password is too much like the current one: change more of it.
policy-rule-similar-to-old = The new password must not be too much like the current one.
