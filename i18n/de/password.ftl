# de: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Anzeigen
password-hide = Verbergen
password-strength = Stärke:
password-match = Die beiden Passwörter stimmen überein.
rule-met = erfüllt
rule-unmet = nicht erfüllt
suggestion-use = Dieses verwenden
forced-expired-title = Ihr Passwort ist abgelaufen
forced-expired = Ihr Passwort ist abgelaufen: Wählen Sie ein neues, um fortzufahren.
forced-reset = Ihr Passwort wurde vom IT-Servicedesk gesetzt: Wählen Sie ein eigenes, um fortzufahren.
