# cs: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Zobrazit
password-hide = Skrýt
password-strength = Síla:
password-match = Obě hesla se shodují.
rule-met = splněno
rule-unmet = nesplněno
suggestion-use = Použít toto
forced-expired-title = Platnost hesla vypršela
forced-expired = Platnost vašeho hesla vypršela: pro pokračování si zvolte nové.
forced-reset = Vaše heslo nastavila uživatelská podpora: pro pokračování si zvolte vlastní.
