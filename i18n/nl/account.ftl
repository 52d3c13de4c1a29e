# mypassword: sign-in, account page, password change, contacts, recovery. Keep ids identical in el, en, it, fr, de, nl.
login-title = Inloggen
login-intro = Welkom bij accountbeheer. Hier kunt u een nieuw wachtwoord instellen als u het bent vergeten, en uw wachtwoord veilig wijzigen.
login-username = Gebruikersnaam
login-password = Wachtwoord
login-submit = Inloggen
login-forgot-password = Wachtwoord vergeten
login-forgot-username = Gebruikersnaam vergeten
login-activate = Mijn account activeren
logout = Uitloggen
signed-in-as = Ingelogd als { $username }
nav-account = Home
nav-change-password = Wachtwoord wijzigen
nav-contacts = Contactgegevens voor herstel
nav-account-info = Accountgegevens
nav-security-question = Beveiligingsvraag
account-title = Accountbeheer
account-username = Gebruikersnaam
account-name = Naam
account-roles = Rollen
account-recovery-email = Herstel-e-mailadres
account-recovery-mobile = Mobiel herstelnummer
account-none = niet geregistreerd
account-password-changed = Wachtwoord laatst gewijzigd
account-password-expires = Vervaldatum wachtwoord
account-must-change = U moet uw wachtwoord wijzigen voordat u iets anders kunt doen.
account-expiry-warning = Uw wachtwoord verloopt over { $days ->
    [one] één dag
   *[other] { $days } dagen
}. Wijzig het op tijd.
account-grace-warning = Uw wachtwoord is verlopen. U kunt er nog { $left ->
    [one] één keer
   *[other] { $left } keer
} mee inloggen: wijzig het nu.
account-no-contacts = U hebt geen herstel-e-mailadres of mobiel herstelnummer geregistreerd. Zonder deze gegevens is wachtwoordherstel niet mogelijk: registreer ze nu.
change-title = Wachtwoord wijzigen
change-current = Huidig wachtwoord
change-new = Nieuw wachtwoord
change-confirm = Herhaal nieuw wachtwoord
change-submit = Opslaan
change-done-title = Uw wachtwoord is gewijzigd
account-changed-reminder = Het nieuwe wachtwoord werkt nu voor alle diensten van de instelling. Is uw oude wachtwoord opgeslagen in uw browser of in een mailprogramma (Thunderbird, Outlook…)? Vervang het daar dan door het nieuwe.
contacts-title = Contactgegevens voor herstel
contacts-intro = Registreer een herstel-e-mailadres (een persoonlijk adres) en een mobiel herstelnummer, zodat u uw wachtwoord meteen kunt herstellen als u het vergeet.
contacts-email = Herstel-e-mailadres (een persoonlijk adres, niet dat van de instelling)
contacts-mobile = Mobiel nummer
contacts-new-value = Nieuw adres of nummer
contacts-password = Uw wachtwoord (ter beveiliging)
contacts-save = Verificatiecode versturen
contacts-remove = Verwijderen
contacts-verify-title = Nieuw contactgegeven verifiëren
contacts-verify-intro = We hebben een code naar het nieuwe adres of nummer gestuurd. Het wordt pas opgeslagen als u die code hier invult.
contacts-verify-submit = Verifiëren
contacts-stored = Het nieuwe contactgegeven is geverifieerd en opgeslagen.
contacts-removed = Het contactgegeven is verwijderd.
contacts-pin-label = Code die we naar het nieuwe adres of nummer hebben gestuurd
contacts-current = Nu geregistreerd: { $value }
contacts-none = Nog niets geregistreerd.
contacts-remove-confirm = { $value } verwijderen? U kunt uw wachtwoord daarna niet meer hiermee herstellen.
question-title = Beveiligingsvraag
question-intro = Met de beveiligingsvraag kunt u uw wachtwoord herstellen met uw student- of personeelsnummer en uw geboortedatum.
question-question = Uw vraag
question-answer = Uw antwoord
question-save = Opslaan
question-stored = Uw beveiligingsvraag is opgeslagen.
recover-title = Wachtwoord vergeten
recover-intro = Voordat u een nieuw wachtwoord kunt instellen, moeten we voor uw veiligheid eerst uw gegevens controleren.
recover-username = Gebruikersnaam
recover-contact = Uw geregistreerde herstel-e-mailadres of mobiele herstelnummer
recover-personal-number = Student- of personeelsnummer
recover-personal-number-hint = Studentnummer of nationaal studentnummer (INE), personeelsnummer, of het unieke nummer dat u hebt gekregen.
recover-birth-date = Geboortedatum
recover-birth-date-hint = dd-mm-jjjj
recover-channel = Hoe wilt u de link of code ontvangen?
recover-by-email = Per e-mail versturen
recover-by-sms = Per sms versturen
recover-continue = Doorgaan
recover-no-contacts = Herstel werkt alleen als u een herstel-e-mailadres of mobiel herstelnummer hebt geregistreerd. Hebt u dat niet gedaan, of kloppen ze niet, neem dan contact op met { $contact }.
recover-sent-title = Controleer uw berichten
recover-sent-failing = Onze maildienst had zojuist een storing, dus de link komt mogelijk niet aan. Er is niets verbruikt: probeer het over een paar minuten opnieuw.
recover-sent = Als de gegevens die u hebt ingevuld horen bij een account met geregistreerde contactgegevens, hebben we daar instructies naartoe gestuurd. De link is { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } geldig.
recover-pin-title = Vul de code in
recover-pin-intro = Als de gegevens die u hebt ingevuld horen bij een account met een geregistreerd mobiel nummer, hebben we per sms een code naar dat nummer gestuurd.
recover-pin-send-failed = We konden de code op dit moment niet per sms versturen. Er is niets verloren: vraag een nieuwe code aan (dat kan meteen).
recover-pin-resend = Nieuwe code versturen
recover-pin-validity = De code is { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } geldig.
recover-pin-label = Code
recover-question-title = Beveiligingsvraag
recover-answer = Uw antwoord
recover-new-title = Nieuw wachtwoord
recover-new-password = Nieuw wachtwoord
recover-new-confirm = Herhaal nieuw wachtwoord
recover-accept-rules = Ik bevestig dat ik de interne regels heb gelezen.
# nl: the list after this lead-in shows the policy-rule-* messages, which are
# full sentences (shared with the activation and change-password pages), so the
# lead-in is a full sentence too.
recover-rules-must = Uw wachtwoord is alleen geldig als het aan deze regels voldoet:
recover-submit = Bevestigen
recover-done-title = Uw wachtwoord is gewijzigd
recover-done = Uw wachtwoord is gewijzigd; er is een bevestiging naar uw adressen gestuurd. Log in met uw nieuwe wachtwoord.
recover-link-dead = Deze link is verlopen of al gebruikt, of het wachtwoord is gewijzigd nadat de link is verstuurd. Vraag een nieuwe link aan.
username-title = Gebruikersnaam vergeten
username-intro = Vul uw student- of personeelsnummer en uw geboortedatum in, of het herstel-e-mailadres dat u hebt geregistreerd. We sturen uw gebruikersnaam naar uw geregistreerde contactgegevens; hij wordt hier nooit getoond.
username-email = Herstel-e-mailadres
username-or = of
username-submit = Mijn gebruikersnaam versturen
username-sent = Als de gegevens bij een account horen, is uw gebruikersnaam naar de geregistreerde contactgegevens van dat account gestuurd.
# Messages sent by email and SMS.
contact-pin-subject = Verifieer uw contactgegeven voor herstel
contact-pin-email = Uw verificatiecode voor { $institution } is { $pin }. De code is { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } geldig. Hebt u hier niet om gevraagd? Dan kunt u dit bericht negeren.
contact-pin-sms = { $institution }: verificatiecode { $pin } (geldig { $minutes } min).
recovery-pin-sms = { $institution }: code voor wachtwoordherstel { $pin } (geldig { $minutes } min). Deel deze code nooit.
recovery-link-subject = Stel een nieuw wachtwoord in
recovery-link-email = Iemand heeft gevraagd om een nieuw wachtwoord in te stellen voor het account { $username } bij { $institution }. Open hiervoor binnen { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } deze link: { $url } Was u dit niet? Negeer dan dit bericht: uw wachtwoord blijft ongewijzigd.
recovery-username-subject = Uw gebruikersnaam
recovery-username-email = Uw gebruikersnaam bij { $institution } is: { $username }
security-question-1 = Hoe heette uw eerste school?
security-question-2 = In welke stad zijn uw ouders getrouwd?
security-question-3 = Hoe heette uw eerste huisdier?
security-question-4 = In welke straat bent u opgegroeid?
notice-password-changed-subject = Uw wachtwoord is gewijzigd
notice-password-changed = Het wachtwoord van uw account { $username } bij { $institution } is gewijzigd. Was u dit niet? Neem dan direct contact op met de servicedesk.
notice-password-changed-sms = { $institution }: het wachtwoord van { $username } is gewijzigd. Was u dit niet? Neem contact op met de servicedesk.
notice-password-reset-subject = Uw wachtwoord is gereset
notice-password-reset = Het wachtwoord van uw account { $username } bij { $institution } is gereset via wachtwoordherstel. Was u dit niet? Neem dan direct contact op met de servicedesk.
notice-password-reset-sms = { $institution }: het wachtwoord van { $username } is gereset. Was u dit niet? Neem contact op met de servicedesk.
notice-email-changed-subject = Uw herstel-e-mailadres is gewijzigd
notice-email-changed = Het herstel-e-mailadres van uw account { $username } bij { $institution } is gewijzigd. Was u dit niet? Neem dan direct contact op met de servicedesk.
notice-email-changed-sms = { $institution }: het herstel-e-mailadres van { $username } is gewijzigd.
notice-mobile-changed-subject = Uw mobiele herstelnummer is gewijzigd
notice-mobile-changed = Het mobiele herstelnummer van uw account { $username } bij { $institution } is gewijzigd. Was u dit niet? Neem dan direct contact op met de servicedesk.
notice-mobile-changed-sms = { $institution }: het mobiele herstelnummer van { $username } is gewijzigd.
notice-email-removed-subject = Uw herstel-e-mailadres is verwijderd
notice-email-removed = Het herstel-e-mailadres van uw account { $username } bij { $institution } is verwijderd. Was u dit niet? Neem dan direct contact op met de servicedesk.
notice-email-removed-sms = { $institution }: het herstel-e-mailadres van { $username } is verwijderd.
notice-mobile-removed-subject = Uw mobiele herstelnummer is verwijderd
notice-mobile-removed = Het mobiele herstelnummer van uw account { $username } bij { $institution } is verwijderd. Was u dit niet? Neem dan direct contact op met de servicedesk.
notice-mobile-removed-sms = { $institution }: het mobiele herstelnummer van { $username } is verwijderd.
# Errors.
journey-invalid_credentials = Onjuiste gebruikersnaam of onjuist wachtwoord. Bent u uw wachtwoord vergeten of is uw account geblokkeerd? Gebruik dan wachtwoordherstel.
journey-too_many_failures = Te veel mislukte inlogpogingen. Wacht even, of gebruik wachtwoordherstel.
journey-not_signed_in = U bent niet ingelogd. Log in om verder te gaan.
journey-must_change_password = Wijzig eerst uw wachtwoord.
journey-reauth_required = Vul uw wachtwoord opnieuw in.
journey-not_offered = Deze dienst wordt hier niet aangeboden.
journey-link_invalid = Deze link is verlopen of al gebruikt, of het wachtwoord is gewijzigd nadat de link is verstuurd. Vraag een nieuwe link aan.
journey-answer_wrong = Het antwoord op de beveiligingsvraag is onjuist. { $left ->
    [one] U hebt nog één poging.
   *[other] U hebt nog { $left } pogingen.
}
journey-answer_exhausted = Te veel onjuiste antwoorden op de beveiligingsvraag. Probeer het morgen opnieuw of neem contact op met de servicedesk.
journey-recovery_expired = Dit wachtwoordherstel is verlopen of al afgerond. Begin opnieuw.
ppolicy-password_expired = Uw wachtwoord is verlopen.
ppolicy-account_locked = Het account is geblokkeerd. Gebruik wachtwoordherstel om het te deblokkeren.
ppolicy-change_after_reset = Uw wachtwoord is gereset en moet nu worden gewijzigd.
ppolicy-password_mod_not_allowed = U mag dit wachtwoord niet wijzigen. Neem contact op met de servicedesk.
ppolicy-must_supply_old_password = Vul uw huidige wachtwoord in.
ppolicy-insufficient_password_quality = De directory heeft dit wachtwoord geweigerd omdat het te zwak is.
ppolicy-password_too_short = De directory heeft dit wachtwoord geweigerd omdat het te kort is.
ppolicy-password_too_young = Uw wachtwoord is te kort geleden gewijzigd; probeer het later opnieuw.
ppolicy-password_in_history = U hebt dit wachtwoord onlangs gebruikt; kies een ander wachtwoord.
ppolicy-password_too_long = De directory heeft dit wachtwoord geweigerd omdat het te lang is.
ppolicy-other = De directory heeft dit wachtwoord geweigerd.
field-current_password_wrong = Dit is niet uw huidige wachtwoord.
field-channel_not_offered = Deze manier van versturen wordt niet aangeboden.
field-rules_not_accepted = U moet bevestigen dat u de regels hebt gelezen.
field-question_unknown = Kies een van de aangeboden vragen.
field-answer_length = Het antwoord moet 3 tot 200 tekens lang zijn.
account-end-others = Overal elders uitloggen
account-end-others-help = Beëindigt hier alle andere sessies van uw account, op elk apparaat (bijvoorbeeld op een computer waar u bent vergeten uit te loggen).
account-ended-others =
    { $count ->
        [one] Er is één andere sessie beëindigd.
       *[other] Er zijn { $count } andere sessies beëindigd.
    }
journey-outcome_unknown = We konden niet bevestigen of uw wachtwoord is ingesteld: de directory reageerde niet meer. Probeer in te loggen met het nieuwe wachtwoord; lukt dat niet, dan werkt het oude nog. We blijven het controleren, en als u het opnieuw probeert, ziet u wat er is gebeurd.
journey-send_failed = We konden de code op dit moment niet versturen: de mail- of sms-dienst heeft hem niet aangenomen. Er is niets verloren; u kunt meteen een nieuwe code aanvragen.
journey-earlier_write_applied = Uw eerdere poging is toch gelukt: het wachtwoord dat u toen hebt gekozen, is ingesteld. Log daarmee in; verder is er nu niets gewijzigd.
