# pt: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Mostrar
password-hide = Ocultar
password-strength = Segurança:
password-match = As duas palavras-passe coincidem.
rule-met = cumprida
rule-unmet = não cumprida
suggestion-use = Usar esta
forced-expired-title = A sua palavra-passe expirou
forced-expired = A sua palavra-passe expirou: escolha uma nova para continuar.
forced-reset = A sua palavra-passe foi definida pelo serviço de apoio: escolha a sua própria para continuar.
