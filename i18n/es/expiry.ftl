# es: expiry messages (password-expiry reminders).
# La fecha de caducidad con su artículo, tal como sigue a «caduca»:
# «el 5 de diciembre de 2026». $day, $month (1-12) y $year son números.
expiry-on-date = el { $day } de { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }
expiry-notice-subject = Su contraseña caduca { $date }
expiry-notice =
    La contraseña de su cuenta { $username } ({ $institution }) caduca { $date }, dentro de { $days ->
        [one] un día
       *[other] { $days } días
    }.
    Cámbiela antes de esa fecha en la página de cambio de contraseña:
    { $url }
    La nueva contraseña funciona al momento en todos los servicios que utilizan esta cuenta. Después del cambio, recuerde actualizar las contraseñas guardadas en sus navegadores, en su programa de correo y en la configuración de la wifi.
expiry-notice-helpdesk = ¿Necesita ayuda? Contacte con el servicio de soporte: { $helpdesk }
expiry-notice-sms = { $institution }: la contraseña de { $username } caduca { $date }. Cámbiela en { $url }
