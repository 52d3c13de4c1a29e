# Layout and generic pages. Keep the ids identical in el, en, it, fr, es, pt.
app-title = Gestión de la cuenta
skip-to-content = Ir al contenido
lang-switch-label = Idioma
nav-home = Inicio
footer-helpdesk = ¿Necesita ayuda? Contacte con el servicio de soporte
footer-helpdesk-email = Correo electrónico: { $email }
footer-helpdesk-phone = Teléfono: { $phone }
home-title = Le damos la bienvenida al servicio de gestión de cuentas
home-intro = Una sola cuenta para todos sus perfiles, en todos los servicios. Aquí puede gestionar su cuenta de la universidad de forma segura, desde cualquier lugar.
home-what = Con este servicio puede:
home-item-activate = activar su cuenta por primera vez, con un código de un solo uso que se envía a los datos de contacto que facilitó a la universidad;
home-item-change = cambiar su contraseña;
home-item-forgot = establecer una nueva contraseña si ha olvidado la suya;
home-item-contacts = registrar un correo electrónico y un número de móvil para recuperar su contraseña.
error-title = Algo ha fallado
error-back-home = Volver a la página de inicio
error-not-found = Esta página no existe.
error-method-not-allowed = Esta acción no está permitida aquí.
error-bad-request = No se ha podido interpretar la solicitud. Revise los datos introducidos y vuelva a intentarlo.
error-payload-too-large = Los datos enviados son demasiado grandes.
error-too-many-requests = Demasiados intentos. Espere { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } y vuelva a intentarlo.
error-csrf = El formulario ha caducado o no procede de este sitio. Vuelva a cargar la página e inténtelo de nuevo.
error-timeout = La solicitud ha tardado demasiado. Vuelva a intentarlo.
error-unavailable = En este momento el servicio de cuentas no puede conectar con el directorio. No se ha modificado nada; vuelva a intentarlo dentro de unos minutos.
error-internal = Se ha producido un error inesperado. No se ha modificado nada; vuelva a intentarlo más tarde.
helpdesk-fallback = el servicio de soporte
role-student = estudiante
role-staff = personal de administración y servicios
role-faculty = personal docente e investigador
role-employee = empleado
role-affiliate = colaborador
role-member = miembro
role-alum = antiguo alumno
next-request-link = Solicitar un nuevo enlace
cancel-journey = Cancelar
footer-recovery = ¿Ha olvidado su contraseña? { $methods ->
    [email] Puede recibir un enlace de restablecimiento por correo electrónico
    [sms] Puede recibir un código por SMS
   *[both] Puede recibir un enlace de restablecimiento por correo electrónico o un código por SMS
}.
