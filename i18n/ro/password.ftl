# ro: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Afișați
password-hide = Ascundeți
password-strength = Siguranță:
password-match = Cele două parole coincid.
rule-met = îndeplinită
rule-unmet = neîndeplinită
suggestion-use = Folosiți-o pe aceasta
