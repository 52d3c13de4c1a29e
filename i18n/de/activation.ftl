# Activation journey (IHU URegister, UPHF "Activer mon compte"). Keep ids identical in el, en, it, fr, de, nl.
activation-title = Kontoaktivierung
activation-step = Schritt { $n }/4
activation-intro = Ein Konto für alle Ihre Rollen, in allen Diensten. Damit wir sicher sein können, dass Sie es sind, erhalten Sie einen Einmalcode an die Kontaktdaten, die Sie der Hochschule mitgeteilt haben. Sobald Sie Ihre Angaben bestätigt und Ihr Passwort gewählt haben, ist Ihr Konto einsatzbereit.
activation-once = Die Aktivierung erfolgt nur einmal. Wenn Ihr Konto bereits aktiv ist und Sie Ihr Passwort vergessen haben, nutzen Sie die Passwort-Wiederherstellung.
activation-start = Mein Konto jetzt aktivieren
activation-role-title = Wählen Sie Ihre Rolle, um mit der Aktivierung zu beginnen.
activation-role-label = Ich bin
activation-role-note = Ihr Kontoprofil wird anhand Ihrer Daten an der Hochschule aktuell gehalten, für jede Ihrer Rollen. Für alle gilt dasselbe Passwort.
activation-begin = Aktivierung starten
activation-identify-title = Schritt 1/4: Ihre Angaben
activation-identify-intro = Geben Sie Ihre Angaben ein, damit wir Sie identifizieren können.
activation-identify-contact-hint = Halten Sie die E-Mail-Adresse oder Mobilnummer bereit, die Sie der Hochschule mitgeteilt haben: Dorthin wird der Code geschickt. Er kann nur einmal verwendet werden und ist { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } gültig.
activation-identify-one-enough = Es genügt, eines der beiden Felder auszufüllen: Mobilnummer oder E-Mail-Adresse. Wenn Sie beide ausfüllen, wird der Code an beide geschickt.
activation-identify-warning = Geben Sie dieselbe Mobilnummer oder E-Mail-Adresse ein, die Sie bei der Einschreibung angegeben haben, keine andere.
activation-mobile = Mobilnummer
activation-mobile-hint = Ihre Nummer ohne Leerzeichen; bei einer ausländischen Nummer mit + am Anfang.
activation-email = E-Mail-Adresse
activation-email-hint = Ihre private E-Mail-Adresse, nicht die der Hochschule, z. B. nick225@example.com
activation-personal-number = Matrikel- oder Personalnummer
activation-personal-number-hint = Matrikelnummer oder nationale Studierendennummer (INE) für Studierende, Personalnummer für Beschäftigte, ansonsten die eindeutige Kennung, die Sie erhalten haben.
activation-birth-date = Geburtsdatum
activation-birth-date-hint = TT.MM.JJJJ
activation-next = Weiter
activation-required-note = * Pflichtfelder
activation-pin-title = Schritt 2/4: Code
activation-pin-intro = Wenn Ihre Angaben mit den Daten der Hochschule übereinstimmen, haben wir einen Code an diese Kontaktdaten geschickt. Geben Sie ihn unten ein.
activation-pin-validity = Der Code ist { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } gültig und kann nur einmal verwendet werden.
activation-pin-label = Code
activation-pin-none = Kein Code angekommen? Prüfen Sie, ob Sie die Mobilnummer oder E-Mail-Adresse eingegeben haben, die Sie der Hochschule mitgeteilt haben, warten Sie eine Minute und fordern Sie einen neuen Code an. Kommt er dann immer noch nicht an, wenden Sie sich an { $contact }.
activation-pin-resend = Neuen Code senden
activation-pin-resent = Falls Ihre Angaben übereinstimmen, wurde ein neuer Code gesendet. Der vorherige gilt nicht mehr.
activation-pin-send-failed-email = Wir konnten den Code gerade nicht per E-Mail senden. Es ist nichts verloren: Versuchen Sie es in ein paar Minuten mit „Neuen Code senden“.
activation-pin-send-failed-sms = Wir konnten den Code gerade nicht per SMS senden. Es ist nichts verloren: Versuchen Sie es in ein paar Minuten mit „Neuen Code senden“.
activation-national-id-title = Schritt 2/4: Nationale Kennnummer
activation-national-id-intro = Bitte geben Sie unten Ihre AMKA (Sozialversicherungsnummer) ein.
activation-national-id-foreign-note = Wenn Sie aus dem Ausland kommen, können Sie die Sozialversicherungsnummer Ihres Landes oder die Nummer Ihrer Europäischen Krankenversicherungskarte verwenden.
activation-national-id-use-note = Die Nummer wird nur verwendet, um Sie im Verzeichnisdienst zu erfassen.
activation-amka = AMKA
activation-amka-hint = 11 Ziffern ohne Leerzeichen
activation-use-foreign = Ich möchte die Sozialversicherungsnummer eines anderen Landes (oder die Europäische Krankenversicherungskarte) verwenden
activation-foreign-title = Sozialversicherungsnummer eines anderen Landes
activation-country = Land
activation-country-hint = Zweistelliger Ländercode, z. B. IT, FR, DE
activation-kind = Art der Nummer
activation-kind-ssn = Sozialversicherungsnummer
activation-kind-ehic = Nummer der Europäischen Krankenversicherungskarte
activation-number = Nummer
activation-use-amka = Ich möchte meine AMKA verwenden
activation-confirm-title = Schritt 3/4: Angaben bestätigen
activation-confirm-username = Ihr Konto erhält den Benutzernamen { $username }, den die Hochschule Ihnen zugewiesen hat.
activation-confirm-agree-note = Wenn Sie mit den bei der Hochschule gespeicherten Angaben einverstanden sind, wählen Sie „Einverstanden“, um fortzufahren; andernfalls wählen Sie „Nicht einverstanden“, um zu erfahren, wie Sie sie korrigieren lassen können.
activation-confirm-contacts-note = Ihre private Mobilnummer und Ihre externe E-Mail-Adresse schützen als zusätzliches Identifikationsmerkmal den Zugang zu sensiblen Anwendungen und ermöglichen es Ihnen, Ihr Passwort einfach wiederherzustellen, falls Sie es vergessen.
activation-name = Name
activation-role = Rolle
activation-department = Fachbereich
activation-national-id = Nationale Kennnummer
activation-consent-mobile = Ich bin damit einverstanden, dass die Anwendung meine Mobilnummer speichert, damit ich mein Passwort per SMS wiederherstellen kann.
activation-consent-email = Ich bin damit einverstanden, dass die Anwendung meine externe E-Mail-Adresse (nicht die der Hochschule) speichert, damit ich mein Passwort per E-Mail wiederherstellen kann.
activation-email-external = E-Mail-Adresse (extern)
activation-tax-number = Steuernummer (AFM)
activation-father-name = Name des Vaters
activation-gender = Geschlecht
activation-gender-0 = Unbekannt
activation-gender-1 = Männlich
activation-gender-2 = Weiblich
activation-gender-9 = Nicht zutreffend
activation-consent-code-sms = Ihr Code wurde nicht an diese Mobilnummer geschickt: Wenn Sie das Kästchen ankreuzen, senden wir einen Code an diese Nummer, um vor dem Speichern zu prüfen, dass sie Ihnen gehört.
activation-consent-code-email = Ihr Code wurde nicht an diese E-Mail-Adresse geschickt: Wenn Sie das Kästchen ankreuzen, senden wir einen Code an diese Adresse, um vor dem Speichern zu prüfen, dass sie Ihnen gehört.
activation-verify-title = Schritt 3/4: Kontaktdaten bestätigen
activation-verify-intro-sms = Um Ihre Mobilnummer für die Passwort-Wiederherstellung zu speichern, geben Sie den Code ein, den wir per SMS an { $to } gesendet haben.
activation-verify-intro-email = Um Ihre externe E-Mail-Adresse für die Passwort-Wiederherstellung zu speichern, geben Sie den Code ein, den wir an { $to } gesendet haben.
activation-verify-label = Code
activation-verify-skip = Ohne Speichern fortfahren
activation-verify-skip-note = Wenn der Code nicht ankommt, können Sie fortfahren, ohne diese Kontaktangabe zu speichern, und sie später in Ihrem Konto hinzufügen.
activation-verify-resent = Ein neuer Code wurde gesendet. Der vorherige gilt nicht mehr.
activation-agree = Einverstanden
activation-disagree = Nicht einverstanden
activation-disagree-title = Ihre Angaben müssen korrigiert werden
activation-disagree-text = Die angezeigten Angaben beruhen auf dem, was Sie in den Informationssystemen der Hochschule angegeben haben. Wenn sie unvollständig oder falsch sind, wenden Sie sich an das Studierendensekretariat, damit sie korrigiert werden. Ihr Konto wurde nicht aktiviert; sobald die Angaben korrigiert sind, starten Sie die Aktivierung erneut.
activation-password-title = Schritt 4/4: Passwort wählen
activation-password-rules = Ihr Passwort muss diese Regeln erfüllen:
activation-password = Passwort
activation-password-confirm = Passwort wiederholen
activation-suggestions = Vorgeschlagene Passwörter
activation-suggestions-hint = Sie können eines davon übernehmen oder ein eigenes wählen.
activation-suggestions-random = Stattdessen zufällige Zeichen vorschlagen
activation-suggestions-passphrase = Stattdessen Passphrasen aus Wörtern vorschlagen
activation-accept-terms = Ich akzeptiere die Nutzungsbedingungen und die Datenschutzerklärung der Anwendung.
activation-terms = Nutzungsbedingungen
activation-privacy = Datenschutzerklärung
activation-register = Registrierung abschließen
activation-welcome-title = Willkommen, { $username }!
activation-welcome-text = Ihre Registrierung ist abgeschlossen. Ihr Benutzername lautet { $username }.
activation-welcome-services = Mit diesem Konto haben Sie Zugang zu allen Diensten der Hochschule und zu den föderierten Diensten:
activation-already-title = Ihr Konto ist bereits aktiviert
activation-already-text = Die Aktivierung erfolgt nur einmal. Wenn Sie Ihr Passwort vergessen haben, nutzen Sie die Passwort-Wiederherstellung.
activation-recover-link = Mein Passwort wiederherstellen
activation-missing-title = Es fehlen erforderliche Angaben
activation-missing-text = Im Datensatz der Hochschule fehlen folgende Angaben: { $fields }. Bitten Sie das Studierendensekretariat, sie zu ergänzen, und starten Sie die Aktivierung dann erneut.
activation-amka-failed-title = AMKA-Prüfung fehlgeschlagen
activation-amka-failed-text = Die AMKA passt nicht zum gespeicherten Nachnamen oder Geburtsdatum. Wenn Ihre AMKA, Ihr Nachname oder Ihr Geburtsdatum im Datensatz der Hochschule falsch ist, bitten Sie das Studierendensekretariat um Korrektur und setzen Sie dann die Aktivierung fort.
activation-registrar = Kontakt: { $contact }
activation-restart = Neu beginnen
activation-no-match = Mit diesen Angaben wurde niemand gefunden
activation-no-match-help = Bitten Sie das Studierendensekretariat, Ihre Mobilnummer oder E-Mail-Adresse zu prüfen und zu korrigieren.
missing-username = Benutzername
missing-birth_date = Geburtsdatum
missing-national_id = nationale Kennnummer (AMKA)
missing-national_id_country = Land der nationalen Kennnummer
activation-pin-subject = Ihr Aktivierungscode
activation-pin-email = Ihr Code zur Aktivierung Ihres Kontos ({ $institution }) lautet { $pin }. Er ist { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } gültig und kann nur einmal verwendet werden. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese Nachricht.
activation-pin-sms = { $institution }: Ihr Aktivierungscode lautet { $pin } (gültig { $minutes } Min., nur einmal verwendbar).
# Errors of the journey (API "message" and page texts).
journey-flow_not_found = Diese Aktivierung ist abgelaufen oder existiert nicht. Bitte beginnen Sie neu.
journey-wrong_step = Dieser Schritt ist gerade nicht verfügbar. Bitte machen Sie dort weiter, wo Sie gerade sind.
journey-invalid_input = Einige Felder müssen korrigiert werden.
journey-no_match = Mit diesen Angaben wurde niemand gefunden.
journey-pin_wrong = Der Code ist falsch. { $left ->
    [one] Sie haben noch einen Versuch.
   *[other] Sie haben noch { $left } Versuche.
}
journey-pin_exhausted = Zu viele falsche Codes eingegeben: Dieser Code gilt nicht mehr. Bitte beginnen Sie neu.
journey-pin_invalid = Dieser Code ist abgelaufen oder wurde bereits verwendet. Fordern Sie einen neuen Code an.
journey-resend_cooldown = Bitte warten Sie { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
}, bevor Sie einen neuen Code anfordern.
journey-resend_limit = Für diese Aktivierung können keine weiteren Codes gesendet werden. Bitte beginnen Sie später neu.
journey-pin_budget = Für dieses Konto wurden zu viele Codes angefordert oder ausprobiert. Zu Ihrer Sicherheit funktioniert eine Zeit lang kein Code: Versuchen Sie es in einer Stunde erneut oder wenden Sie sich an den IT-Servicedesk.
journey-busy = Der Dienst ist gerade stark ausgelastet. Bitte versuchen Sie es in ein paar Minuten erneut.
journey-already_active = Ihr Konto ist bereits aktiviert. Wenn Sie Ihr Passwort vergessen haben, nutzen Sie die Passwort-Wiederherstellung.
journey-required_fields_missing = Im Datensatz der Hochschule fehlen erforderliche Angaben. Bitten Sie das Studierendensekretariat, sie zu ergänzen.
journey-amka_check_failed = AMKA-Prüfung fehlgeschlagen.
journey-password_policy = Das Passwort erfüllt die Regeln nicht.
journey-too_many_requests = Zu viele Versuche. Bitte warten Sie { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
} und versuchen Sie es dann erneut.
journey-unavailable = Ein Dienst, auf den kleidi angewiesen ist, ist gerade nicht erreichbar. Es wurde nichts geändert; bitte versuchen Sie es in ein paar Minuten erneut.
journey-internal = Ein unerwarteter Fehler ist aufgetreten. Es wurde nichts geändert; bitte versuchen Sie es später erneut.
# Field errors (codes of the checked types).
field-required = Bitte füllen Sie dieses Feld aus.
field-unknown_role = Wählen Sie eine der Rollen.
field-mobile_or_email_required = Geben Sie Ihre Mobilnummer, Ihre E-Mail-Adresse oder beides ein.
field-password_mismatch = Die beiden Passwörter stimmen nicht überein.
field-terms_not_accepted = Sie müssen die Nutzungsbedingungen akzeptieren, um fortzufahren.
field-username_empty = Geben Sie Ihren Benutzernamen ein.
field-username_too_long = Dieser Benutzername ist zu lang.
field-username_control_char = Dieser Benutzername enthält unzulässige Zeichen.
field-username_forbidden_char = Dieser Benutzername enthält unzulässige Zeichen.
field-email_empty = Geben Sie eine E-Mail-Adresse ein.
field-email_at_sign = Eine E-Mail-Adresse enthält genau ein @.
field-email_local_part = Der Teil vor dem @ ist ungültig.
field-email_domain = Der Teil nach dem @ ist keine gültige Domain.
field-email_too_long = Diese E-Mail-Adresse ist zu lang.
field-country_unknown = Unbekannter Ländercode.
field-mobile_empty = Geben Sie eine Mobilnummer ein.
field-mobile_invalid_char = Eine Mobilnummer enthält nur Ziffern, Leerzeichen und optional ein + am Anfang.
field-mobile_calling_code = Unbekannte Ländervorwahl.
field-mobile_length = Diese Nummer hat nicht die richtige Anzahl an Ziffern.
field-mobile_not_mobile = Das ist keine Mobilnummer.
field-birth_date_format = Geben Sie das Datum im Format TT.MM.JJJJ ein.
field-birth_date_invalid = Dieses Datum gibt es nicht.
field-birth_date_out_of_range = Dieses Geburtsdatum ist nicht plausibel.
field-amka_invalid = Eine AMKA hat 11 Ziffern und eine gültige Prüfziffer.
field-amka_mismatch = Diese AMKA passt nicht zu Ihrem Geburtsdatum.
field-national_id_empty = Geben Sie die Nummer ein.
field-national_id_invalid_char = Verwenden Sie nur Buchstaben und Ziffern.
field-national_id_length = Diese Nummer hat nicht die richtige Länge.
field-national_id_ehic_country = Dieses Land gibt keine Europäische Krankenversicherungskarte aus.
field-national_id_use_amka = Verwenden Sie für Griechenland Ihre AMKA.
field-national_id_schac_format = Die gespeicherte nationale Kennnummer hat ein ungültiges Format.
field-pin_empty = Geben Sie den Code ein.
field-pin_length = Der Code hat { $digits ->
        [one] { $digits } Ziffer
       *[other] { $digits } Ziffern
    }.
field-pin_not_digits = Der Code besteht nur aus Ziffern.
field-personal_number_empty = Geben Sie Ihre Matrikel- oder Personalnummer ein.
field-personal_number_length = Diese Nummer hat nicht die richtige Länge.
field-personal_number_invalid_char = Verwenden Sie nur Buchstaben, Ziffern und Bindestriche.
activation-reconsider = Zurück zu meinen Angaben
activation-pin-sent-to = Wenn Ihre Angaben mit den Daten der Hochschule übereinstimmen, haben wir einen Code an { $to } gesendet. Geben Sie ihn unten ein.
