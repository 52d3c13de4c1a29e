# ro: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Afișați
password-hide = Ascundeți
password-strength = Siguranță:
password-match = Cele două parole coincid.
rule-met = îndeplinită
rule-unmet = neîndeplinită
suggestion-use = Folosiți-o pe aceasta
forced-expired-title = Parola dumneavoastră a expirat
forced-expired = Parola dumneavoastră a expirat: alegeți una nouă pentru a continua.
forced-reset = Parola dumneavoastră a fost setată de serviciul de asistență: alegeți una proprie pentru a continua.
