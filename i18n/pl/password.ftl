# pl: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Pokaż
password-hide = Ukryj
password-strength = Siła:
password-match = Oba hasła są zgodne.
rule-met = spełniona
rule-unmet = niespełniona
suggestion-use = Użyj tego
forced-expired-title = Hasło wygasło
forced-expired = Hasło wygasło: aby kontynuować, należy ustawić nowe.
forced-reset = Hasło zostało ustawione przez pomoc techniczną: aby kontynuować, należy ustawić własne.
