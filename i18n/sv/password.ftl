# sv: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Visa
password-hide = Dölj
password-strength = Styrka:
password-match = De två lösenorden stämmer överens.
rule-met = uppfyllt
rule-unmet = inte uppfyllt
suggestion-use = Använd det här
forced-expired-title = Ditt lösenord har gått ut
forced-expired = Ditt lösenord har gått ut: välj ett nytt för att fortsätta.
forced-reset = Ditt lösenord har satts av supporten: välj ett eget för att fortsätta.
