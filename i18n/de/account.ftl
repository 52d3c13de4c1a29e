# mypassword: sign-in, account page, password change, contacts, recovery. Keep ids identical in el, en, it, fr, de, nl.
login-title = Anmelden
login-intro = Willkommen bei der Kontoverwaltung. Hier können Sie ein neues Passwort festlegen, wenn Sie Ihres vergessen haben, und Ihr Passwort sicher ändern.
login-username = Benutzername
login-password = Passwort
login-submit = Anmelden
login-forgot-password = Passwort vergessen
login-forgot-username = Benutzername vergessen
login-activate = Mein Konto aktivieren
logout = Abmelden
signed-in-as = Angemeldet als { $username }
nav-account = Startseite
nav-change-password = Passwort ändern
nav-contacts = Kontaktdaten für die Wiederherstellung
nav-account-info = Kontoinformationen
nav-security-question = Sicherheitsfrage
account-title = Kontoverwaltung
account-username = Benutzername
account-name = Name
account-roles = Rollen
account-recovery-email = Wiederherstellungs-E-Mail
account-recovery-mobile = Wiederherstellungs-Mobilnummer
account-none = nicht hinterlegt
account-password-changed = Passwort zuletzt geändert
account-password-expires = Ablaufdatum des Passworts
account-must-change = Sie müssen Ihr Passwort ändern, bevor Sie etwas anderes tun können.
account-expiry-warning = Ihr Passwort läuft in { $days ->
    [one] einem Tag
   *[other] { $days } Tagen
} ab. Bitte ändern Sie es.
account-grace-warning = Ihr Passwort ist abgelaufen. Sie können sich damit { $left ->
    [one] nur noch einmal
   *[other] noch { $left }-mal
} anmelden: Ändern Sie es jetzt.
account-no-contacts = Sie haben weder eine Wiederherstellungs-E-Mail noch eine Wiederherstellungs-Mobilnummer hinterlegt. Ohne diese Angaben ist keine Passwort-Wiederherstellung möglich: Hinterlegen Sie sie jetzt.
change-title = Passwort ändern
change-current = Aktuelles Passwort
change-new = Neues Passwort
change-confirm = Neues Passwort wiederholen
change-submit = Speichern
change-done-title = Ihr Passwort wurde geändert
account-changed-reminder = Das neue Passwort gilt ab sofort für alle Dienste der Hochschule. Wenn Ihr altes Passwort in Ihrem Browser oder in einem E-Mail-Programm (Thunderbird, Outlook …) gespeichert ist, ersetzen Sie es dort durch das neue.
contacts-title = Kontaktdaten für die Wiederherstellung
contacts-intro = Hinterlegen Sie eine Wiederherstellungs-E-Mail (eine private Adresse) und eine Wiederherstellungs-Mobilnummer, damit Sie Ihr Passwort sofort wiederherstellen können, falls Sie es vergessen.
contacts-email = Wiederherstellungs-E-Mail (eine private Adresse, nicht die der Hochschule)
contacts-mobile = Mobilnummer
contacts-new-value = Neue Angabe
contacts-password = Ihr Passwort (zur Sicherheit)
contacts-save = Bestätigungscode senden
contacts-remove = Entfernen
contacts-verify-title = Neue Kontaktangabe bestätigen
contacts-verify-intro = Wir haben einen Code an die neue Adresse bzw. Nummer gesendet. Gespeichert wird sie erst, wenn Sie den Code hier eingeben.
contacts-verify-submit = Bestätigen
contacts-stored = Die neue Kontaktangabe wurde bestätigt und gespeichert.
contacts-removed = Die Kontaktangabe wurde entfernt.
contacts-pin-label = Code, den wir an die neue Adresse bzw. Nummer gesendet haben
contacts-current = Derzeit hinterlegt: { $value }
contacts-none = Noch nichts hinterlegt.
contacts-remove-confirm = { $value } entfernen? Sie können Ihr Passwort dann nicht mehr darüber wiederherstellen.
question-title = Sicherheitsfrage
question-intro = Mit der Sicherheitsfrage können Sie Ihr Passwort mithilfe Ihrer Matrikel- oder Personalnummer und Ihres Geburtsdatums wiederherstellen.
question-question = Ihre Frage
question-answer = Ihre Antwort
question-save = Speichern
question-stored = Ihre Sicherheitsfrage wurde gespeichert.
recover-title = Passwort vergessen
recover-intro = Bevor Sie ein neues Passwort festlegen können, müssen wir zu Ihrer Sicherheit Ihre Angaben überprüfen.
recover-username = Benutzername
recover-contact = Ihre hinterlegte Wiederherstellungs-E-Mail oder Wiederherstellungs-Mobilnummer
recover-personal-number = Matrikel- oder Personalnummer
recover-personal-number-hint = Matrikelnummer oder nationale Studierendennummer (INE), Personalnummer oder die eindeutige Kennung, die Sie erhalten haben.
recover-birth-date = Geburtsdatum
recover-birth-date-hint = TT.MM.JJJJ
recover-channel = Wie sollen wir Ihnen den Link bzw. Code senden?
recover-by-email = Per E-Mail senden
recover-by-sms = Per SMS senden
recover-continue = Weiter
recover-no-contacts = Die Wiederherstellung funktioniert nur, wenn Sie eine Wiederherstellungs-E-Mail oder Wiederherstellungs-Mobilnummer hinterlegt haben. Falls nicht, oder falls diese Angaben falsch sind, wenden Sie sich an { $contact }.
recover-sent-title = Prüfen Sie Ihre Nachrichten
recover-sent-failing = Unser E-Mail-Dienst hatte gerade eine Störung, daher kommt der Link möglicherweise nicht an. Es wurde nichts verbraucht: Bitte versuchen Sie es in ein paar Minuten erneut.
recover-sent = Wenn Ihre Angaben zu einem Konto mit hinterlegten Kontaktdaten passen, haben wir eine Anleitung dorthin gesendet. Der Link ist { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } gültig.
recover-pin-title = Code eingeben
recover-pin-intro = Wenn Ihre Angaben zu einem Konto mit hinterlegter Mobilnummer passen, haben wir einen Code per SMS an diese Nummer gesendet.
recover-pin-send-failed = Wir konnten den Code gerade nicht per SMS senden. Es ist nichts verloren: Fordern Sie einen neuen Code an (das geht sofort).
recover-pin-resend = Neuen Code senden
recover-pin-validity = Der Code ist { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } gültig.
recover-pin-label = Code
recover-question-title = Sicherheitsfrage
recover-answer = Ihre Antwort
recover-new-title = Neues Passwort
recover-new-password = Neues Passwort
recover-new-confirm = Neues Passwort wiederholen
recover-accept-rules = Ich bestätige, dass ich die internen Regeln gelesen habe.
# de: the list after this lead-in shows the policy-rule-* messages, which are
# full sentences (shared with the activation and change-password pages), so the
# lead-in is a full sentence too.
recover-rules-must = Damit Ihr Passwort gültig ist, muss es diese Regeln erfüllen:
recover-submit = Bestätigen
recover-done-title = Ihr Passwort wurde geändert
recover-done = Ihr Passwort wurde geändert; eine Bestätigung wurde an Ihre Adressen gesendet. Melden Sie sich mit Ihrem neuen Passwort an.
recover-link-dead = Dieser Link ist abgelaufen oder wurde bereits verwendet, oder das Passwort wurde seit dem Versand geändert. Fordern Sie einen neuen Link an.
username-title = Benutzername vergessen
username-intro = Geben Sie Ihre Matrikel- oder Personalnummer und Ihr Geburtsdatum ein oder die Wiederherstellungs-E-Mail, die Sie hinterlegt haben. Wir senden Ihren Benutzernamen an Ihre hinterlegten Kontaktdaten; hier wird er nie angezeigt.
username-email = Wiederherstellungs-E-Mail
username-or = oder
username-submit = Meinen Benutzernamen senden
username-sent = Wenn die Angaben zu einem Konto passen, wurde Ihr Benutzername an die dort hinterlegten Kontaktdaten gesendet.
# Messages sent by email and SMS.
contact-pin-subject = Bestätigen Sie Ihre Kontaktangabe für die Wiederherstellung
contact-pin-email = Ihr Bestätigungscode ({ $institution }) lautet { $pin }. Er ist { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } gültig. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese Nachricht.
contact-pin-sms = { $institution }: Bestätigungscode { $pin } (gültig { $minutes } Min.).
recovery-pin-sms = { $institution }: Code zur Passwort-Wiederherstellung { $pin } (gültig { $minutes } Min.). Geben Sie ihn niemals weiter.
recovery-link-subject = Neues Passwort festlegen
recovery-link-email = Jemand hat beantragt, ein neues Passwort für das Konto { $username } ({ $institution }) festzulegen. Öffnen Sie dazu innerhalb von { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } diesen Link: { $url } Wenn Sie das nicht waren, ignorieren Sie diese Nachricht: Ihr Passwort bleibt unverändert.
recovery-username-subject = Ihr Benutzername
recovery-username-email = Ihr Benutzername ({ $institution }) lautet: { $username }
security-question-1 = Wie hieß Ihre erste Schule?
security-question-2 = In welcher Stadt haben Ihre Eltern geheiratet?
security-question-3 = Wie hieß Ihr erstes Haustier?
security-question-4 = In welcher Straße sind Sie aufgewachsen?
notice-password-changed-subject = Ihr Passwort wurde geändert
notice-password-changed = Das Passwort Ihres Kontos { $username } ({ $institution }) wurde geändert. Wenn Sie das nicht waren, wenden Sie sich sofort an den IT-Servicedesk.
notice-password-changed-sms = { $institution }: Das Passwort von { $username } wurde geändert. Waren Sie das nicht? Wenden Sie sich an den IT-Servicedesk.
notice-password-reset-subject = Ihr Passwort wurde zurückgesetzt
notice-password-reset = Das Passwort Ihres Kontos { $username } ({ $institution }) wurde über die Passwort-Wiederherstellung zurückgesetzt. Wenn Sie das nicht waren, wenden Sie sich sofort an den IT-Servicedesk.
notice-password-reset-sms = { $institution }: Das Passwort von { $username } wurde zurückgesetzt. Waren Sie das nicht? Wenden Sie sich an den IT-Servicedesk.
notice-email-changed-subject = Ihre Wiederherstellungs-E-Mail wurde geändert
notice-email-changed = Die Wiederherstellungs-E-Mail Ihres Kontos { $username } ({ $institution }) wurde geändert. Wenn Sie das nicht waren, wenden Sie sich sofort an den IT-Servicedesk.
notice-email-changed-sms = { $institution }: Die Wiederherstellungs-E-Mail von { $username } wurde geändert.
notice-mobile-changed-subject = Ihre Wiederherstellungs-Mobilnummer wurde geändert
notice-mobile-changed = Die Wiederherstellungs-Mobilnummer Ihres Kontos { $username } ({ $institution }) wurde geändert. Wenn Sie das nicht waren, wenden Sie sich sofort an den IT-Servicedesk.
notice-mobile-changed-sms = { $institution }: Die Wiederherstellungs-Mobilnummer von { $username } wurde geändert.
notice-email-removed-subject = Ihre Wiederherstellungs-E-Mail wurde entfernt
notice-email-removed = Die Wiederherstellungs-E-Mail Ihres Kontos { $username } ({ $institution }) wurde entfernt. Wenn Sie das nicht waren, wenden Sie sich sofort an den IT-Servicedesk.
notice-email-removed-sms = { $institution }: Die Wiederherstellungs-E-Mail von { $username } wurde entfernt.
notice-mobile-removed-subject = Ihre Wiederherstellungs-Mobilnummer wurde entfernt
notice-mobile-removed = Die Wiederherstellungs-Mobilnummer Ihres Kontos { $username } ({ $institution }) wurde entfernt. Wenn Sie das nicht waren, wenden Sie sich sofort an den IT-Servicedesk.
notice-mobile-removed-sms = { $institution }: Die Wiederherstellungs-Mobilnummer von { $username } wurde entfernt.
# Errors.
journey-invalid_credentials = Benutzername oder Passwort ist falsch. Wenn Sie Ihr Passwort vergessen haben oder Ihr Konto gesperrt ist, nutzen Sie die Passwort-Wiederherstellung.
journey-too_many_failures = Zu viele fehlgeschlagene Anmeldeversuche. Warten Sie eine Weile oder nutzen Sie die Passwort-Wiederherstellung.
journey-not_signed_in = Bitte melden Sie sich an.
journey-must_change_password = Bitte ändern Sie zuerst Ihr Passwort.
journey-reauth_required = Bitte geben Sie Ihr Passwort erneut ein.
journey-not_offered = Dieser Dienst wird hier nicht angeboten.
journey-link_invalid = Dieser Link ist abgelaufen oder wurde bereits verwendet, oder das Passwort wurde seit dem Versand geändert. Fordern Sie einen neuen Link an.
journey-answer_wrong = Die Antwort auf die Sicherheitsfrage ist falsch. { $left ->
    [one] Sie haben noch einen Versuch.
   *[other] Sie haben noch { $left } Versuche.
}
journey-answer_exhausted = Zu viele falsche Antworten auf die Sicherheitsfrage. Versuchen Sie es morgen erneut oder wenden Sie sich an den IT-Servicedesk.
journey-recovery_expired = Diese Passwort-Wiederherstellung ist abgelaufen oder bereits abgeschlossen. Bitte beginnen Sie neu.
ppolicy-password_expired = Ihr Passwort ist abgelaufen.
ppolicy-account_locked = Das Konto ist gesperrt. Nutzen Sie die Passwort-Wiederherstellung, um es zu entsperren.
ppolicy-change_after_reset = Ihr Passwort wurde zurückgesetzt und muss jetzt geändert werden.
ppolicy-password_mod_not_allowed = Sie dürfen dieses Passwort nicht ändern. Wenden Sie sich an den IT-Servicedesk.
ppolicy-must_supply_old_password = Geben Sie Ihr aktuelles Passwort ein.
ppolicy-insufficient_password_quality = Der Verzeichnisdienst hat dieses Passwort als zu schwach abgelehnt.
ppolicy-password_too_short = Der Verzeichnisdienst hat dieses Passwort als zu kurz abgelehnt.
ppolicy-password_too_young = Ihr Passwort wurde erst vor Kurzem geändert; versuchen Sie es später erneut.
ppolicy-password_in_history = Sie haben dieses Passwort vor Kurzem verwendet; wählen Sie ein anderes.
ppolicy-password_too_long = Der Verzeichnisdienst hat dieses Passwort als zu lang abgelehnt.
ppolicy-other = Der Verzeichnisdienst hat dieses Passwort abgelehnt.
field-current_password_wrong = Das ist nicht Ihr aktuelles Passwort.
field-channel_not_offered = Dieser Versandweg wird nicht angeboten.
field-rules_not_accepted = Sie müssen bestätigen, dass Sie die Regeln gelesen haben.
field-question_unknown = Wählen Sie eine der angebotenen Fragen.
field-answer_length = Die Antwort muss 3 bis 200 Zeichen lang sein.
account-end-others = Von allen anderen Sitzungen abmelden
account-end-others-help = Beendet von hier aus alle anderen Sitzungen Ihres Kontos, auf allen Geräten (zum Beispiel an einem Computer, an dem Sie vergessen haben, sich abzumelden).
account-ended-others =
    { $count ->
        [one] Eine andere Sitzung wurde beendet.
       *[other] { $count } andere Sitzungen wurden beendet.
    }
journey-outcome_unknown = Wir konnten nicht bestätigen, ob Ihr Passwort gesetzt wurde: Der Verzeichnisdienst hat nicht mehr geantwortet. Versuchen Sie, sich mit dem neuen Passwort anzumelden; falls das nicht funktioniert, gilt weiterhin das alte. Wir prüfen weiter, und ein erneuter Versuch zeigt Ihnen, was passiert ist.
journey-send_failed = Wir konnten den Code gerade nicht senden: Der E-Mail- oder SMS-Dienst hat ihn nicht angenommen. Es ist nichts verloren; Sie können sofort einen neuen Code anfordern.
journey-earlier_write_applied = Ihr früherer Versuch war doch erfolgreich: Das Passwort, das Sie damals gewählt haben, ist gesetzt. Melden Sie sich damit an; jetzt wurde nichts weiter geändert.
