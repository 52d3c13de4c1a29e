# Layout and generic pages. Keep the ids identical in el, en, it, fr, de, nl.
app-title = Kontoverwaltung
skip-to-content = Zum Inhalt springen
lang-switch-label = Sprache
nav-home = Startseite
footer-helpdesk = Brauchen Sie Hilfe? Wenden Sie sich an den IT-Servicedesk
footer-helpdesk-email = E-Mail: { $email }
footer-helpdesk-phone = Telefon: { $phone }
home-title = Willkommen bei der Kontoverwaltung
home-intro = Ein Konto für alle Ihre Rollen, in allen Diensten. Hier verwalten Sie Ihr Hochschulkonto sicher und von überall aus.
home-what = Mit diesem Dienst können Sie:
home-item-activate = Ihr Konto beim ersten Mal aktivieren – mit einem Einmalcode, der an die Kontaktdaten geschickt wird, die Sie der Hochschule mitgeteilt haben;
home-item-change = Ihr Passwort ändern;
home-item-forgot = ein neues Passwort festlegen, wenn Sie Ihr Passwort vergessen haben;
home-item-contacts = eine E-Mail-Adresse und eine Mobilnummer hinterlegen, mit denen Sie Ihr Passwort wiederherstellen können.
error-title = Etwas ist schiefgelaufen
error-back-home = Zurück zur Startseite
error-not-found = Diese Seite gibt es nicht.
error-method-not-allowed = Diese Aktion ist hier nicht erlaubt.
error-bad-request = Die Anfrage konnte nicht verarbeitet werden. Bitte prüfen Sie Ihre Eingaben und versuchen Sie es erneut.
error-payload-too-large = Die gesendeten Daten sind zu groß.
error-too-many-requests = Zu viele Versuche. Bitte warten Sie { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
} und versuchen Sie es dann erneut.
error-csrf = Das Formular ist abgelaufen oder stammt nicht von dieser Website. Bitte laden Sie die Seite neu und versuchen Sie es erneut.
error-timeout = Die Anfrage hat zu lange gedauert. Bitte versuchen Sie es erneut.
error-unavailable = Die Kontoverwaltung kann den Verzeichnisdienst gerade nicht erreichen. Es wurde nichts geändert; bitte versuchen Sie es in ein paar Minuten erneut.
error-internal = Ein unerwarteter Fehler ist aufgetreten. Es wurde nichts geändert; bitte versuchen Sie es später erneut.
helpdesk-fallback = den IT-Servicedesk
role-student = Studierende
role-staff = Beschäftigte
role-faculty = Lehrende
role-employee = Mitarbeitende
role-affiliate = Assoziierte
role-member = Mitglied
role-alum = Alumni
next-request-link = Neuen Link anfordern
cancel-journey = Abbrechen
footer-recovery = Passwort vergessen? { $methods ->
    [email] Sie können einen Link zum Zurücksetzen per E-Mail erhalten
    [sms] Sie können einen Code per SMS erhalten
   *[both] Sie können einen Link zum Zurücksetzen per E-Mail oder einen Code per SMS erhalten
}.
