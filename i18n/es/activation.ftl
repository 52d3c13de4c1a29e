# Activation journey (IHU URegister, UPHF "Activer mon compte"). Keep ids identical in el, en, it, fr, es, pt.
activation-title = Activación de la cuenta
activation-step = Paso { $n }/4
activation-intro = Una sola cuenta para todos sus perfiles, en todos los servicios. Para confirmar su identidad, recibirá un código de un solo uso a través de los datos de contacto que facilitó a la universidad. En cuanto confirme sus datos y elija su contraseña, su cuenta estará lista.
activation-once = La activación se realiza una sola vez. Si su cuenta ya está activa y ha olvidado su contraseña, utilice la recuperación de contraseña.
activation-start = Activar mi cuenta ahora
activation-role-title = Elija su perfil para empezar la activación.
activation-role-label = Soy
activation-role-note = Los datos de su cuenta se mantienen al día a partir de su expediente en la universidad, para cada uno de sus perfiles. La misma contraseña sirve para todos.
activation-begin = Empezar la activación
activation-identify-title = Paso 1/4: sus datos
activation-identify-intro = Introduzca sus datos para que podamos comprobar su identidad.
activation-identify-contact-hint = Tenga a mano el correo electrónico o el móvil que declaró a la universidad: el código se envía allí. Solo puede usarse una vez y es válido durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
activation-identify-one-enough = Basta con rellenar uno de los dos campos, móvil o correo electrónico. Si rellena los dos, el código se envía a ambos.
activation-identify-warning = Introduzca el mismo móvil o correo electrónico que declaró al matricularse, no otro.
activation-mobile = Móvil
activation-mobile-hint = Su número sin espacios; con un + al principio si es un número extranjero.
activation-email = Correo electrónico
activation-email-hint = Su correo electrónico personal, no el de la universidad; p. ej., nick225@example.com
activation-personal-number = Número personal
activation-personal-number-hint = Número de estudiante o identificador nacional de estudiante (INE) si es estudiante, número de personal si trabaja en la universidad y, en otro caso, el identificador único que se le asignó.
activation-birth-date = Fecha de nacimiento
activation-birth-date-hint = dd/mm/aaaa
activation-next = Siguiente
activation-required-note = * campos obligatorios
activation-pin-title = Paso 2/4: código de un solo uso
activation-pin-intro = Si los datos que ha introducido coinciden con los registros de la universidad, se le ha enviado un código a esos datos de contacto. Introdúzcalo a continuación.
activation-pin-validity = El código es válido durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } y solo puede usarse una vez.
activation-pin-label = Código
activation-pin-none = ¿No ha recibido ningún código? Compruebe que ha introducido el móvil o el correo electrónico que declaró a la universidad, espere un minuto y solicite un nuevo código. Si sigue sin llegar, contacte con { $contact }.
activation-pin-resend = Enviar un nuevo código
activation-pin-resent = Si sus datos coincidían, se le ha enviado un nuevo código. El anterior ya no es válido.
activation-pin-send-failed-email = En este momento no hemos podido enviar el código por correo electrónico. No se ha perdido nada: pulse «Enviar un nuevo código» dentro de unos minutos.
activation-pin-send-failed-sms = En este momento no hemos podido enviar el código por SMS. No se ha perdido nada: pulse «Enviar un nuevo código» dentro de unos minutos.
activation-national-id-title = Paso 2/4: número de identificación nacional
activation-national-id-intro = Introduzca su AMKA (número de la seguridad social griego) en el siguiente formulario.
activation-national-id-foreign-note = Si viene del extranjero, puede utilizar el número de la seguridad social de su país o el número de su Tarjeta Sanitaria Europea.
activation-national-id-use-note = El número solo se utiliza para darle de alta en el directorio.
activation-amka = AMKA
activation-amka-hint = 11 dígitos sin espacios
activation-use-foreign = Quiero utilizar un número de la seguridad social de otro país (o la Tarjeta Sanitaria Europea)
activation-foreign-title = Número de la seguridad social de otro país
activation-country = País
activation-country-hint = Código de dos letras; p. ej., IT, FR, DE
activation-kind = Tipo de número
activation-kind-ssn = Número de la seguridad social
activation-kind-ehic = Número de la Tarjeta Sanitaria Europea
activation-number = Número
activation-use-amka = Quiero utilizar mi AMKA
activation-confirm-title = Paso 3/4: confirme sus datos
activation-confirm-username = Su cuenta utilizará el nombre de usuario { $username } que le ha asignado la universidad.
activation-confirm-agree-note = Si está de acuerdo con los datos que constan en la universidad, elija «Estoy de acuerdo» para continuar; si no, elija «No estoy de acuerdo» para saber cómo solicitar su corrección.
activation-confirm-contacts-note = Su móvil personal y su correo electrónico externo protegen el acceso a las aplicaciones sensibles como medio de identificación adicional y le permiten recuperar fácilmente su contraseña si la olvida.
activation-name = Nombre
activation-role = Perfil
activation-department = Departamento
activation-national-id = Número de identificación nacional
activation-consent-mobile = Acepto que la aplicación guarde mi móvil para poder recuperar mi contraseña por SMS.
activation-consent-email = Acepto que la aplicación guarde mi correo electrónico no institucional para poder recuperar mi contraseña por correo electrónico.
activation-email-external = Correo electrónico (externo)
activation-tax-number = Número de identificación fiscal (AFM)
activation-father-name = Nombre del padre
activation-gender = Sexo
activation-gender-0 = No consta
activation-gender-1 = Hombre
activation-gender-2 = Mujer
activation-gender-9 = No aplicable
activation-consent-code-sms = Su código no se envió a este móvil: si marca la casilla, le enviaremos un código para comprobar que es suyo antes de guardarlo.
activation-consent-code-email = Su código no se envió a este correo electrónico: si marca la casilla, le enviaremos un código para comprobar que es suyo antes de guardarlo.
activation-verify-title = Paso 3/4: confirme su contacto
activation-verify-intro-sms = Para guardar su móvil para la recuperación de contraseña, introduzca el código que le hemos enviado por SMS al { $to }.
activation-verify-intro-email = Para guardar su correo electrónico externo para la recuperación de contraseña, introduzca el código que le hemos enviado a { $to }.
activation-verify-label = Código
activation-verify-skip = Continuar sin guardarlo
activation-verify-skip-note = Si el código no llega, puede continuar sin guardar este contacto y añadirlo más tarde desde su cuenta.
activation-verify-resent = Se ha enviado un nuevo código. El anterior ya no es válido.
activation-agree = Estoy de acuerdo
activation-disagree = No estoy de acuerdo
activation-disagree-title = Sus datos deben corregirse
activation-disagree-text = Los datos que se muestran proceden de lo que declaró en los sistemas de información de la universidad. Si están incompletos o son erróneos, contacte con la secretaría de su centro para que los corrijan. Su cuenta no se ha activado; cuando se hayan corregido los datos, vuelva a empezar la activación.
activation-password-title = Paso 4/4: elija su contraseña
activation-password-rules = Su contraseña debe cumplir estas reglas:
activation-password = Contraseña
activation-password-confirm = Confirmar la contraseña
activation-suggestions = Contraseñas sugeridas
activation-suggestions-hint = Puede copiar una de ellas o elegir una propia.
activation-suggestions-random = Mostrar caracteres aleatorios en lugar de palabras
activation-suggestions-passphrase = Mostrar palabras en lugar de caracteres aleatorios
activation-accept-terms = Acepto las condiciones de uso y la política de privacidad de la aplicación.
activation-terms = Condiciones de uso
activation-privacy = Política de privacidad
activation-register = Completar el registro
activation-welcome-title = ¡Le damos la bienvenida, { $username }!
activation-welcome-text = Su registro se ha completado con el nombre de usuario { $username }.
activation-welcome-services = Con esta cuenta tiene acceso a todos los servicios de la universidad y a los servicios federados:
activation-already-title = Su cuenta ya está activada
activation-already-text = La activación se realiza una sola vez. Si ha olvidado su contraseña, utilice la recuperación de contraseña.
activation-recover-link = Recuperar mi contraseña
activation-missing-title = Faltan datos obligatorios en su expediente
activation-missing-text = En su expediente de la universidad faltan estos datos: { $fields }. Pida a la secretaría de su centro que los complete y, después, vuelva a empezar la activación.
activation-amka-failed-title = Error en la comprobación del AMKA
activation-amka-failed-text = El AMKA no coincide con los apellidos o la fecha de nacimiento registrados. Si su AMKA, sus apellidos o su fecha de nacimiento son incorrectos en el expediente de la universidad, pida a la secretaría de su centro que los corrija y, después, continúe con la activación.
activation-registrar = Contacto: { $contact }
activation-restart = Volver a empezar
activation-no-match = No se ha encontrado ningún usuario con estos datos
activation-no-match-help = Pida a la secretaría de su centro que compruebe y corrija su móvil o su correo electrónico.
missing-username = nombre de usuario
missing-birth_date = fecha de nacimiento
missing-national_id = número de identificación nacional (AMKA)
missing-national_id_country = país del número de identificación nacional
activation-pin-subject = Su código de activación
activation-pin-email = { $institution }: su código para activar la cuenta es { $pin }. Es válido durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } y solo puede usarse una vez. Si no lo ha solicitado, ignore este mensaje.
activation-pin-sms = { $institution }: su código de activación es { $pin } (válido { $minutes } min, un solo uso).
# Errors of the journey (API "message" and page texts).
journey-flow_not_found = Esta activación ha caducado o no existe. Vuelva a empezar.
journey-wrong_step = Este paso no está disponible ahora. Continúe desde el punto en el que se encuentra.
journey-invalid_input = Hay campos que deben corregirse.
journey-no_match = No se ha encontrado ningún usuario con estos datos.
journey-pin_wrong = El código no es correcto. { $left ->
    [one] Le queda un intento.
   *[other] Le quedan { $left } intentos.
}
journey-pin_exhausted = Demasiados códigos incorrectos: este código ya no es válido. Vuelva a empezar.
journey-pin_invalid = Este código ha caducado o ya se ha utilizado. Solicite un nuevo código.
journey-resend_cooldown = Espere { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } antes de solicitar un nuevo código.
journey-resend_limit = No se pueden enviar más códigos para esta activación. Vuelva a empezar más tarde.
journey-pin_budget = Se han solicitado o probado demasiados códigos para esta cuenta. Por su seguridad, ningún código funcionará durante un tiempo: vuelva a intentarlo dentro de una hora o contacte con el servicio de soporte.
journey-busy = El servicio está muy saturado en este momento. Vuelva a intentarlo dentro de unos minutos.
journey-already_active = Su cuenta ya está activada. Si ha olvidado su contraseña, utilice la recuperación de contraseña.
journey-required_fields_missing = En su expediente de la universidad faltan algunos datos obligatorios. Pida a la secretaría de su centro que los complete.
journey-amka_check_failed = Error en la comprobación del AMKA.
journey-password_policy = La contraseña no cumple las reglas.
journey-too_many_requests = Demasiados intentos. Espere { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } y vuelva a intentarlo.
journey-unavailable = Un servicio del que depende kleidi no está disponible en este momento. No se ha modificado nada; vuelva a intentarlo dentro de unos minutos.
journey-internal = Se ha producido un error inesperado. No se ha modificado nada; vuelva a intentarlo más tarde.
# Field errors (codes of the checked types).
field-required = Este campo es obligatorio.
field-unknown_role = Elija uno de los perfiles.
field-mobile_or_email_required = Introduzca su móvil, su correo electrónico o ambos.
field-password_mismatch = Las dos contraseñas no coinciden.
field-terms_not_accepted = Debe aceptar las condiciones de uso para continuar.
field-username_empty = Introduzca su nombre de usuario.
field-username_too_long = Este nombre de usuario es demasiado largo.
field-username_control_char = Este nombre de usuario contiene caracteres no permitidos.
field-username_forbidden_char = Este nombre de usuario contiene caracteres no permitidos.
field-email_empty = Introduzca una dirección de correo electrónico.
field-email_at_sign = Una dirección de correo electrónico debe contener exactamente una @.
field-email_local_part = La parte anterior a la @ no es válida.
field-email_domain = La parte posterior a la @ no es un dominio válido.
field-email_too_long = Esta dirección de correo electrónico es demasiado larga.
field-country_unknown = Código de país desconocido.
field-mobile_empty = Introduzca un número de móvil.
field-mobile_invalid_char = Un número de móvil solo puede contener dígitos, espacios y, opcionalmente, un + al principio.
field-mobile_calling_code = Prefijo internacional desconocido.
field-mobile_length = Este número no tiene la cantidad correcta de dígitos.
field-mobile_not_mobile = Este número no es de móvil.
field-birth_date_format = Escriba la fecha con el formato dd/mm/aaaa.
field-birth_date_invalid = Esta fecha no existe.
field-birth_date_out_of_range = Esta fecha de nacimiento no es verosímil.
field-amka_invalid = Un AMKA tiene 11 dígitos y un dígito de control válido.
field-amka_mismatch = Este AMKA no coincide con su fecha de nacimiento.
field-national_id_empty = Introduzca el número.
field-national_id_invalid_char = Utilice solo letras y dígitos.
field-national_id_length = Este número no tiene la longitud correcta.
field-national_id_ehic_country = Este país no expide la Tarjeta Sanitaria Europea.
field-national_id_use_amka = Para Grecia, utilice su AMKA.
field-national_id_schac_format = El número de identificación nacional registrado tiene un formato incorrecto.
field-pin_empty = Introduzca el código.
field-pin_length = El código tiene { $digits ->
        [one] { $digits } dígito
       *[other] { $digits } dígitos
    }.
field-pin_not_digits = El código solo puede contener dígitos.
field-personal_number_empty = Introduzca su número personal.
field-personal_number_length = Este número no tiene la longitud correcta.
field-personal_number_invalid_char = Utilice solo letras, dígitos y guiones.
activation-reconsider = Volver a mis datos
activation-pin-sent-to = Si los datos introducidos coinciden con los de la universidad, hemos enviado un código a { $to }. Introdúzcalo a continuación.
