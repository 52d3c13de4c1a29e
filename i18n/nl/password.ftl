# nl: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Tonen
password-hide = Verbergen
password-strength = Sterkte:
password-match = De twee wachtwoorden komen overeen.
rule-met = voldaan
rule-unmet = niet voldaan
suggestion-use = Deze gebruiken
