# it: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Mostra
password-hide = Nascondi
password-strength = Sicurezza:
password-match = Le due password coincidono.
rule-met = rispettata
rule-unmet = non rispettata
suggestion-use = Usa questa
