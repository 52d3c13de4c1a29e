# pl: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Pokaż
password-hide = Ukryj
password-strength = Siła:
password-match = Oba hasła są zgodne.
rule-met = spełnione
rule-unmet = niespełnione
suggestion-use = Użyj tego
