# nl: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Tonen
password-hide = Verbergen
password-strength = Sterkte:
password-match = De twee wachtwoorden komen overeen.
rule-met = voldaan
rule-unmet = niet voldaan
suggestion-use = Deze gebruiken
forced-expired-title = Uw wachtwoord is verlopen
forced-expired = Uw wachtwoord is verlopen: kies een nieuw wachtwoord om verder te gaan.
forced-reset = Uw wachtwoord is ingesteld door de servicedesk: kies uw eigen wachtwoord om verder te gaan.
