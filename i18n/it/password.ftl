# it: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Mostra
password-hide = Nascondi
password-strength = Sicurezza:
password-match = Le due password coincidono.
rule-met = rispettata
rule-unmet = non rispettata
suggestion-use = Usa questa
forced-expired-title = La tua password è scaduta
forced-expired = La tua password è scaduta: scegline una nuova per continuare.
forced-reset = La tua password è stata impostata dall'assistenza: scegline una tua per continuare.
