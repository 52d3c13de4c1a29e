# pt: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Mostrar
password-hide = Ocultar
password-strength = Segurança:
password-match = As duas palavras-passe coincidem.
rule-met = cumprida
rule-unmet = não cumprida
suggestion-use = Usar esta
