# es: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Mostrar
password-hide = Ocultar
password-strength = Seguridad:
password-match = Las dos contraseñas coinciden.
rule-met = se cumple
rule-unmet = no se cumple
suggestion-use = Usar esta
forced-expired-title = Su contraseña ha caducado
forced-expired = Su contraseña ha caducado: elija una nueva para continuar.
forced-reset = Su contraseña la ha establecido el servicio de soporte: elija una propia para continuar.
