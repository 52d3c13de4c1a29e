# de: expiry messages (password-expiry reminders).
# Das Ablaufdatum mit seiner Präposition, nach „läuft … ab“: „am 5. Dezember 2026“.
# $day, $month (1-12) und $year sind Zahlen.
expiry-on-date = am { $day }. { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
} { $year }
expiry-notice-subject = Ihr Passwort läuft { $date } ab
expiry-notice =
    Das Passwort Ihres Kontos { $username } ({ $institution }) läuft { $date } ab, also in { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    }.
    Bitte ändern Sie es vorher auf der Seite zum Ändern des Passworts:
    { $url }
    Das neue Passwort gilt sofort für alle Dienste, die dieses Konto nutzen. Denken Sie nach der Änderung daran, die Passwörter zu aktualisieren, die in Ihren Browsern, E-Mail-Programmen und WLAN-Einstellungen gespeichert sind.
expiry-notice-helpdesk = Brauchen Sie Hilfe? Wenden Sie sich an den IT-Servicedesk: { $helpdesk }
expiry-notice-sms = { $institution }: Das Passwort von { $username } läuft { $date } ab. Ändern Sie es unter { $url }
