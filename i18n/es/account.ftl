# mypassword: sign-in, account page, password change, contacts, recovery. Keep ids identical in el, en, it, fr, es, pt.
login-title = Iniciar sesión
login-intro = Le damos la bienvenida al servicio de gestión de cuentas. Aquí puede establecer una nueva contraseña si ha olvidado la suya y cambiar su contraseña de forma segura.
login-username = Nombre de usuario
login-password = Contraseña
login-submit = Iniciar sesión
login-forgot-password = He olvidado mi contraseña
login-forgot-username = He olvidado mi nombre de usuario
login-activate = Activar mi cuenta
logout = Cerrar sesión
signed-in-as = Sesión iniciada como { $username }
nav-account = Inicio
nav-change-password = Cambiar la contraseña
nav-contacts = Contactos de recuperación
nav-account-info = Información de la cuenta
nav-security-question = Pregunta de seguridad
account-title = Gestión de la cuenta
account-username = Nombre de usuario
account-name = Nombre
account-roles = Perfiles
account-recovery-email = Correo electrónico de recuperación
account-recovery-mobile = Móvil de recuperación
account-none = sin registrar
account-password-changed = Último cambio de contraseña
account-password-expires = Caducidad de la contraseña
account-must-change = Debe cambiar su contraseña antes de poder hacer cualquier otra cosa.
account-expiry-warning = Su contraseña caduca dentro de { $days ->
    [one] un día
   *[other] { $days } días
}. Cámbiela cuanto antes.
account-grace-warning = Su contraseña ha caducado. Puede iniciar sesión con ella { $left ->
    [one] una vez más
   *[other] { $left } veces más
}: cámbiela ahora.
account-no-contacts = No ha registrado ningún correo electrónico ni móvil de recuperación. Sin ellos no es posible recuperar la contraseña: regístrelos ahora.
change-title = Cambiar la contraseña
change-current = Contraseña actual
change-new = Nueva contraseña
change-confirm = Confirmar la nueva contraseña
change-submit = Guardar
change-done-title = Su contraseña se ha cambiado
account-changed-reminder = La nueva contraseña ya funciona en todos los servicios de la universidad. Si tenía guardada la contraseña anterior en su navegador o en un cliente de correo (Thunderbird, Outlook…), sustitúyala allí por la nueva.
contacts-title = Contactos de recuperación
contacts-intro = Registre un correo electrónico de recuperación (uno personal) y un móvil de recuperación para poder recuperar su contraseña al momento si la olvida.
contacts-email = Correo electrónico de recuperación (uno personal, no el de la universidad)
contacts-mobile = Móvil
contacts-new-value = Nuevo valor
contacts-password = Su contraseña (por seguridad)
contacts-save = Enviar un código de verificación
contacts-remove = Eliminar
contacts-verify-title = Verifique el nuevo contacto
contacts-verify-intro = Hemos enviado un código al nuevo contacto. El contacto solo se guardará cuando introduzca aquí el código.
contacts-verify-submit = Verificar
contacts-stored = El nuevo contacto se ha verificado y guardado.
contacts-removed = El contacto se ha eliminado.
contacts-pin-label = Código que hemos enviado al nuevo contacto
contacts-current = Registrado actualmente: { $value }
contacts-none = Todavía no hay ninguno registrado.
contacts-remove-confirm = ¿Eliminar { $value }? Ya no podrá recuperar su contraseña con este contacto.
question-title = Pregunta de seguridad
question-intro = La pregunta de seguridad le permite recuperar su contraseña con su número personal y su fecha de nacimiento.
question-question = Su pregunta
question-answer = Su respuesta
question-save = Guardar
question-stored = Su pregunta de seguridad se ha guardado.
recover-title = ¿Ha olvidado su contraseña?
recover-intro = Para establecer una nueva contraseña, primero debemos confirmar sus datos, por seguridad.
recover-username = Nombre de usuario
recover-contact = El correo electrónico o el móvil de recuperación que registró
recover-personal-number = Número personal
recover-personal-number-hint = Número de estudiante o identificador nacional de estudiante (INE), número de personal o el identificador único que se le asignó.
recover-birth-date = Fecha de nacimiento
recover-birth-date-hint = dd/mm/aaaa
recover-channel = ¿Cómo se lo enviamos?
recover-by-email = Enviar por correo electrónico
recover-by-sms = Enviar por SMS
recover-continue = Continuar
recover-no-contacts = La recuperación solo funciona si registró un correo electrónico o un móvil de recuperación. Si no lo hizo, o si no son correctos, contacte con { $contact }.
recover-sent-title = Revise sus mensajes
recover-sent-failing = Nuestro servicio de correo ha fallado hace un momento, por lo que es posible que el enlace no llegue. No ha gastado ningún intento: vuelva a intentarlo dentro de unos minutos.
recover-sent = Si los datos que ha introducido corresponden a una cuenta con un contacto registrado, hemos enviado las instrucciones a ese contacto. El enlace es válido durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
recover-pin-title = Introduzca el código
recover-pin-intro = Si los datos que ha introducido corresponden a una cuenta con un móvil registrado, le hemos enviado un código por SMS a ese móvil.
recover-pin-send-failed = En este momento no hemos podido enviar el código por SMS. No se ha perdido nada: solicite un nuevo código (puede hacerlo ya).
recover-pin-resend = Enviar un nuevo código
recover-pin-validity = El código es válido durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
recover-pin-label = Código
recover-question-title = Pregunta de seguridad
recover-answer = Su respuesta
recover-new-title = Nueva contraseña
recover-new-password = Nueva contraseña
recover-new-confirm = Confirmar la nueva contraseña
recover-accept-rules = Confirmo que he leído las normas internas.
recover-rules-must = Para ser válida, su contraseña debe cumplir estas reglas:
recover-submit = Confirmar
recover-done-title = Su contraseña se ha cambiado
recover-done = Su contraseña se ha cambiado y se ha enviado una confirmación a sus contactos. Inicie sesión con su nueva contraseña.
recover-link-dead = Este enlace ha caducado, ya se ha utilizado o la contraseña se ha cambiado después de enviarlo. Solicite uno nuevo.
username-title = ¿Ha olvidado su nombre de usuario?
username-intro = Introduzca su número personal y su fecha de nacimiento, o el correo electrónico de recuperación que registró. Enviaremos su nombre de usuario a sus contactos registrados; nunca se muestra aquí.
username-email = Correo electrónico de recuperación
username-or = o
username-submit = Enviar mi nombre de usuario
username-sent = Si los datos corresponden a una cuenta, su nombre de usuario se ha enviado a los contactos registrados de esa cuenta.
# Messages sent by email and SMS.
contact-pin-subject = Verifique su contacto de recuperación
contact-pin-email = { $institution }: su código de verificación es { $pin }. Es válido durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. Si no lo ha solicitado, ignore este mensaje.
contact-pin-sms = { $institution }: código de verificación { $pin } (válido { $minutes } min).
recovery-pin-sms = { $institution }: código de recuperación de contraseña { $pin } (válido { $minutes } min). No lo comparta nunca.
recovery-link-subject = Restablecimiento de su contraseña
recovery-link-email = Se ha solicitado establecer una nueva contraseña para la cuenta { $username } ({ $institution }). Para hacerlo, abra este enlace en { $minutes ->
        [one] el próximo minuto
       *[other] los próximos { $minutes } minutos
    }: { $url } Si no ha sido usted, ignore este mensaje: su contraseña seguirá siendo la misma.
recovery-username-subject = Su nombre de usuario
recovery-username-email = { $institution }: su nombre de usuario es { $username }
security-question-1 = ¿Cómo se llamaba su primer colegio?
security-question-2 = ¿En qué ciudad se casaron sus padres?
security-question-3 = ¿Cómo se llamaba su primera mascota?
security-question-4 = ¿Cómo se llama la calle en la que creció?
notice-password-changed-subject = Se ha cambiado su contraseña
notice-password-changed = Se ha cambiado la contraseña de su cuenta { $username } ({ $institution }). Si no ha sido usted, contacte inmediatamente con el servicio de soporte.
notice-password-changed-sms = { $institution }: se ha cambiado la contraseña de { $username }. ¿No ha sido usted? Contacte con el servicio de soporte.
notice-password-reset-subject = Se ha restablecido su contraseña
notice-password-reset = Se ha restablecido la contraseña de su cuenta { $username } ({ $institution }) mediante la recuperación de contraseña. Si no ha sido usted, contacte inmediatamente con el servicio de soporte.
notice-password-reset-sms = { $institution }: se ha restablecido la contraseña de { $username }. ¿No ha sido usted? Contacte con el servicio de soporte.
notice-email-changed-subject = Se ha cambiado su correo electrónico de recuperación
notice-email-changed = Se ha cambiado el correo electrónico de recuperación de su cuenta { $username } ({ $institution }). Si no ha sido usted, contacte inmediatamente con el servicio de soporte.
notice-email-changed-sms = { $institution }: se ha cambiado el correo electrónico de recuperación de { $username }.
notice-mobile-changed-subject = Se ha cambiado su móvil de recuperación
notice-mobile-changed = Se ha cambiado el móvil de recuperación de su cuenta { $username } ({ $institution }). Si no ha sido usted, contacte inmediatamente con el servicio de soporte.
notice-mobile-changed-sms = { $institution }: se ha cambiado el móvil de recuperación de { $username }.
notice-email-removed-subject = Se ha eliminado su correo electrónico de recuperación
notice-email-removed = Se ha eliminado el correo electrónico de recuperación de su cuenta { $username } ({ $institution }). Si no ha sido usted, contacte inmediatamente con el servicio de soporte.
notice-email-removed-sms = { $institution }: se ha eliminado el correo electrónico de recuperación de { $username }.
notice-mobile-removed-subject = Se ha eliminado su móvil de recuperación
notice-mobile-removed = Se ha eliminado el móvil de recuperación de su cuenta { $username } ({ $institution }). Si no ha sido usted, contacte inmediatamente con el servicio de soporte.
notice-mobile-removed-sms = { $institution }: se ha eliminado el móvil de recuperación de { $username }.
# Errors.
journey-invalid_credentials = Nombre de usuario o contraseña incorrectos. Si ha olvidado su contraseña o su cuenta está bloqueada, utilice la recuperación de contraseña.
journey-too_many_failures = Demasiados intentos fallidos de inicio de sesión. Espere un rato o utilice la recuperación de contraseña.
journey-not_signed_in = Inicie sesión.
journey-must_change_password = Primero debe cambiar su contraseña.
journey-reauth_required = Vuelva a introducir su contraseña.
journey-not_offered = Este servicio no está disponible aquí.
journey-link_invalid = Este enlace ha caducado, ya se ha utilizado o la contraseña se ha cambiado después de enviarlo. Solicite uno nuevo.
journey-answer_wrong = La respuesta a la pregunta de seguridad no es correcta. { $left ->
    [one] Le queda un intento.
   *[other] Le quedan { $left } intentos.
}
journey-answer_exhausted = Demasiadas respuestas incorrectas a la pregunta de seguridad. Vuelva a intentarlo mañana o contacte con el servicio de soporte.
journey-recovery_expired = Esta recuperación de contraseña ha caducado o ya ha finalizado. Vuelva a empezar.
ppolicy-password_expired = Su contraseña ha caducado.
ppolicy-account_locked = La cuenta está bloqueada. Utilice la recuperación de contraseña para desbloquearla.
ppolicy-change_after_reset = Su contraseña se ha restablecido y debe cambiarla ahora.
ppolicy-password_mod_not_allowed = No tiene permiso para cambiar esta contraseña. Contacte con el servicio de soporte.
ppolicy-must_supply_old_password = Introduzca su contraseña actual.
ppolicy-insufficient_password_quality = El directorio ha rechazado esta contraseña por ser demasiado débil.
ppolicy-password_too_short = El directorio ha rechazado esta contraseña por ser demasiado corta.
ppolicy-password_too_young = Su contraseña se cambió hace muy poco; vuelva a intentarlo más tarde.
ppolicy-password_in_history = Ha utilizado esta contraseña recientemente; elija otra.
ppolicy-password_too_long = El directorio ha rechazado esta contraseña por ser demasiado larga.
ppolicy-other = El directorio ha rechazado esta contraseña.
field-current_password_wrong = Esta no es su contraseña actual.
field-channel_not_offered = Este medio de envío no está disponible.
field-rules_not_accepted = Debe confirmar que ha leído las normas.
field-question_unknown = Elija una de las preguntas propuestas.
field-answer_length = La respuesta debe tener entre 3 y 200 caracteres.
account-end-others = Cerrar todas las demás sesiones
account-end-others-help = Cierra desde aquí todas las demás sesiones de su cuenta, en cualquier dispositivo (por ejemplo, en un ordenador en el que olvidó cerrar sesión).
account-ended-others =
    { $count ->
        [one] Se ha cerrado otra sesión.
       *[other] Se han cerrado otras { $count } sesiones.
    }
journey-outcome_unknown = No hemos podido confirmar si se ha establecido su contraseña: el directorio ha dejado de responder. Pruebe a iniciar sesión con la nueva contraseña; si no funciona, la anterior sigue siendo válida. Seguimos comprobándolo y, si vuelve a intentarlo, le indicaremos qué ha ocurrido.
journey-send_failed = En este momento no hemos podido enviar el código: el servicio de correo electrónico o de SMS no lo ha aceptado. No se ha perdido nada; puede solicitar un nuevo código ahora mismo.
journey-earlier_write_applied = Su intento anterior finalmente sí se completó: la contraseña que eligió entonces es la que está establecida. Inicie sesión con ella; esta vez no se ha modificado nada más.
