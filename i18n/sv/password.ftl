# sv: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Visa
password-hide = Dölj
password-strength = Styrka:
password-match = De två lösenorden stämmer överens.
rule-met = uppfyllt
rule-unmet = inte uppfyllt
suggestion-use = Använd det här
