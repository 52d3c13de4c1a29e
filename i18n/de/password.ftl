# de: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Anzeigen
password-hide = Verbergen
password-strength = Stärke:
password-match = Die beiden Passwörter stimmen überein.
rule-met = erfüllt
rule-unmet = nicht erfüllt
suggestion-use = Dieses verwenden
