# mypassword (sv): sign-in, account page, password change, contacts, recovery. Keep ids identical to en.
login-title = Logga in
login-intro = Välkommen till tjänsten för kontohantering. Här kan du välja ett nytt lösenord om du har glömt ditt, och byta lösenord på ett säkert sätt.
login-username = Användarnamn
login-password = Lösenord
login-submit = Logga in
login-forgot-password = Jag har glömt mitt lösenord
login-forgot-username = Jag har glömt mitt användarnamn
login-activate = Aktivera mitt konto
logout = Logga ut
signed-in-as = Inloggad som { $username }
nav-account = Start
nav-change-password = Byt lösenord
nav-contacts = Kontaktuppgifter för återställning
nav-account-info = Kontoinformation
nav-security-question = Säkerhetsfråga
account-title = Kontohantering
account-username = Användarnamn
account-name = Namn
account-roles = Roller
account-recovery-email = E-postadress för återställning
account-recovery-mobile = Mobilnummer för återställning
account-none = saknas
account-password-changed = Lösenordet senast bytt
account-password-expires = Lösenordet går ut
account-must-change = Du måste byta lösenord innan du kan göra något annat.
account-expiry-warning = Ditt lösenord går ut om { $days ->
    [one] en dag
   *[other] { $days } dagar
}. Byt det innan dess.
account-grace-warning = Ditt lösenord har gått ut. Du kan logga in med det { $left ->
    [one] en gång till
   *[other] { $left } gånger till
}: byt det nu.
account-no-contacts = Du har inte registrerat någon e-postadress eller något mobilnummer för återställning. Utan dem går det inte att återställa lösenordet: registrera dem nu.
change-title = Byt lösenord
change-current = Nuvarande lösenord
change-new = Nytt lösenord
change-confirm = Upprepa nytt lösenord
change-submit = Spara
change-done-title = Ditt lösenord har bytts
account-changed-reminder = Det nya lösenordet gäller nu för alla lärosätets tjänster. Om ditt gamla lösenord finns sparat i webbläsaren eller i ett e-postprogram (Thunderbird, Outlook …), byt ut det där mot det nya.
contacts-title = Kontaktuppgifter för återställning
contacts-intro = Registrera en privat e-postadress och ett mobilnummer, så att du direkt kan återställa ditt lösenord om du glömmer det.
contacts-email = Privat e-postadress (inte lärosätets)
contacts-mobile = Mobilnummer
contacts-new-value = Ny uppgift
contacts-password = Ditt lösenord (av säkerhetsskäl)
contacts-save = Skicka en engångskod
contacts-remove = Ta bort
contacts-verify-title = Bekräfta den nya kontaktuppgiften
contacts-verify-intro = Vi har skickat en engångskod till den nya adressen. Adressen sparas först när du anger engångskoden här.
contacts-verify-submit = Bekräfta
contacts-stored = Den nya kontaktuppgiften har bekräftats och sparats.
contacts-removed = Kontaktuppgiften har tagits bort.
contacts-pin-label = Engångskoden som vi skickade till den nya adressen
contacts-current = Nuvarande: { $value }
contacts-none = Inget har registrerats än.
contacts-remove-confirm = Vill du ta bort { $value }? Då kan du inte längre återställa ditt lösenord med den här uppgiften.
question-title = Säkerhetsfråga
question-intro = Med säkerhetsfrågan kan du återställa ditt lösenord med hjälp av ditt ID-nummer vid lärosätet och ditt födelsedatum.
question-question = Din fråga
question-answer = Ditt svar
question-save = Spara
question-stored = Din säkerhetsfråga har sparats.
recover-title = Glömt lösenord
recover-intro = För att du ska kunna välja ett nytt lösenord behöver vi av säkerhetsskäl först bekräfta dina uppgifter.
recover-username = Användarnamn
recover-contact = E-postadressen eller mobilnumret för återställning som du har registrerat
recover-personal-number = ID-nummer vid lärosätet
recover-personal-number-hint = Studentnummer eller nationellt student-ID (INE), anställningsnummer eller det unika ID-nummer du har fått.
recover-birth-date = Födelsedatum
recover-birth-date-hint = ÅÅÅÅ-MM-DD
recover-channel = Hur ska vi skicka det?
recover-by-email = Skicka via e-post
recover-by-sms = Skicka via sms
recover-continue = Fortsätt
recover-no-contacts = Återställningen fungerar bara om du har registrerat en e-postadress eller ett mobilnummer för återställning. Om du inte har gjort det, eller om uppgifterna är fel, kontakta { $contact }.
recover-sent-title = Kontrollera dina meddelanden
recover-sent-failing = Vår e-posttjänst fungerade inte för en stund sedan, så länken kanske inte kommer fram. Inget har förbrukats: försök igen om några minuter.
recover-sent = Om uppgifterna du angav stämmer med ett konto med registrerade kontaktuppgifter har vi skickat instruktioner dit. Länken gäller i { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    }.
recover-pin-title = Ange engångskoden
recover-pin-intro = Om uppgifterna du angav stämmer med ett konto med registrerat mobilnummer har vi skickat en engångskod dit via sms.
recover-pin-send-failed = Vi kunde inte skicka engångskoden via sms just nu. Inget har gått förlorat: begär en ny engångskod (det kan du göra direkt).
recover-pin-resend = Skicka en ny engångskod
recover-pin-validity = Engångskoden gäller i { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    }.
recover-pin-label = Engångskod
recover-question-title = Säkerhetsfråga
recover-answer = Ditt svar
recover-new-title = Nytt lösenord
recover-new-password = Nytt lösenord
recover-new-confirm = Upprepa nytt lösenord
recover-accept-rules = Jag bekräftar att jag har läst de interna reglerna.
recover-rules-must = För att vara giltigt måste ditt lösenord följa reglerna nedan:
recover-submit = Bekräfta
recover-done-title = Ditt lösenord har bytts
recover-done = Ditt lösenord har bytts och en bekräftelse har skickats till dina adresser. Logga in med ditt nya lösenord.
recover-link-dead = Länken har gått ut, har redan använts eller så har lösenordet bytts sedan den skickades. Begär en ny.
username-title = Glömt användarnamn
username-intro = Ange ditt ID-nummer vid lärosätet och ditt födelsedatum, eller den privata e-postadress du har registrerat. Vi skickar ditt användarnamn till dina registrerade kontaktuppgifter; det visas aldrig här.
username-email = Privat e-postadress
username-or = eller
username-submit = Skicka mitt användarnamn
username-sent = Om uppgifterna stämmer med ett konto har användarnamnet skickats till kontots registrerade kontaktuppgifter.
# Messages sent by email and SMS.
contact-pin-subject = Bekräfta din kontaktuppgift för återställning
contact-pin-email = Din engångskod för { $institution } är { $pin }. Den gäller i { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    }. Om du inte har begärt den kan du bortse från det här meddelandet.
contact-pin-sms = { $institution }: engångskod { $pin } (gäller { $minutes } min).
recovery-pin-sms = { $institution }: engångskod för att återställa lösenordet { $pin } (gäller { $minutes } min). Lämna aldrig ut den.
recovery-link-subject = Välj ett nytt lösenord
recovery-link-email = Någon har begärt att få välja ett nytt lösenord för kontot { $username } vid { $institution }. Öppna den här länken inom { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    } för att göra det: { $url } Om det inte var du kan du bortse från meddelandet: ditt lösenord förblir oförändrat.
recovery-username-subject = Ditt användarnamn
recovery-username-email = Ditt användarnamn vid { $institution } är: { $username }
security-question-1 = Vad hette din första skola?
security-question-2 = I vilken stad gifte sig dina föräldrar?
security-question-3 = Vad hette ditt första husdjur?
security-question-4 = Vad heter gatan där du växte upp?
notice-password-changed-subject = Ditt lösenord har bytts
notice-password-changed = Lösenordet för ditt konto { $username } vid { $institution } har bytts. Om det inte var du, kontakta supporten omedelbart.
notice-password-changed-sms = { $institution }: lösenordet för { $username } har bytts. Inte du? Kontakta supporten.
notice-password-reset-subject = Ditt lösenord har återställts
notice-password-reset = Lösenordet för ditt konto { $username } vid { $institution } har återställts via funktionen för glömt lösenord. Om det inte var du, kontakta supporten omedelbart.
notice-password-reset-sms = { $institution }: lösenordet för { $username } har återställts. Inte du? Kontakta supporten.
notice-email-changed-subject = Din e-postadress för återställning har ändrats
notice-email-changed = E-postadressen för återställning på ditt konto { $username } vid { $institution } har ändrats. Om det inte var du, kontakta supporten omedelbart.
notice-email-changed-sms = { $institution }: e-postadressen för återställning på { $username } har ändrats.
notice-mobile-changed-subject = Ditt mobilnummer för återställning har ändrats
notice-mobile-changed = Mobilnumret för återställning på ditt konto { $username } vid { $institution } har ändrats. Om det inte var du, kontakta supporten omedelbart.
notice-mobile-changed-sms = { $institution }: mobilnumret för återställning på { $username } har ändrats.
notice-email-removed-subject = Din e-postadress för återställning har tagits bort
notice-email-removed = E-postadressen för återställning på ditt konto { $username } vid { $institution } har tagits bort. Om det inte var du, kontakta supporten omedelbart.
notice-email-removed-sms = { $institution }: e-postadressen för återställning på { $username } har tagits bort.
notice-mobile-removed-subject = Ditt mobilnummer för återställning har tagits bort
notice-mobile-removed = Mobilnumret för återställning på ditt konto { $username } vid { $institution } har tagits bort. Om det inte var du, kontakta supporten omedelbart.
notice-mobile-removed-sms = { $institution }: mobilnumret för återställning på { $username } har tagits bort.
# Errors.
journey-invalid_credentials = Fel användarnamn eller lösenord. Om du har glömt ditt lösenord eller om ditt konto är låst kan du återställa lösenordet.
journey-too_many_failures = För många misslyckade inloggningar. Vänta en stund eller återställ ditt lösenord.
journey-not_signed_in = Logga in.
journey-must_change_password = Byt lösenord först.
journey-reauth_required = Ange ditt lösenord igen.
journey-not_offered = Den här tjänsten erbjuds inte här.
journey-link_invalid = Länken har gått ut, har redan använts eller så har lösenordet bytts sedan den skickades. Begär en ny.
journey-answer_wrong = Svaret på säkerhetsfrågan är fel. { $left ->
    [one] Du har ett försök kvar.
   *[other] Du har { $left } försök kvar.
}
journey-answer_exhausted = För många felaktiga svar på säkerhetsfrågan. Försök igen i morgon eller kontakta supporten.
journey-recovery_expired = Återställningen av lösenordet har gått ut eller är redan avslutad. Börja om.
ppolicy-password_expired = Ditt lösenord har gått ut.
ppolicy-account_locked = Kontot är låst. Återställ ditt lösenord för att låsa upp det.
ppolicy-change_after_reset = Ditt lösenord har återställts och måste bytas nu.
ppolicy-password_mod_not_allowed = Du får inte byta det här lösenordet. Kontakta supporten.
ppolicy-must_supply_old_password = Ange ditt nuvarande lösenord.
ppolicy-insufficient_password_quality = Katalogtjänsten godtog inte lösenordet eftersom det är för svagt.
ppolicy-password_too_short = Katalogtjänsten godtog inte lösenordet eftersom det är för kort.
ppolicy-password_too_young = Ditt lösenord byttes alldeles nyss; försök igen senare.
ppolicy-password_in_history = Du har använt det här lösenordet nyligen; välj ett annat.
ppolicy-password_too_long = Katalogtjänsten godtog inte lösenordet eftersom det är för långt.
ppolicy-other = Katalogtjänsten godtog inte lösenordet.
field-current_password_wrong = Det här är inte ditt nuvarande lösenord.
field-channel_not_offered = Det här sättet att skicka erbjuds inte.
field-rules_not_accepted = Du måste bekräfta att du har läst reglerna.
field-question_unknown = Välj en av frågorna som erbjuds.
field-answer_length = Svaret måste vara 3–200 tecken långt.
account-end-others = Logga ut överallt utom här
account-end-others-help = Avslutar härifrån alla andra sessioner för ditt konto, på alla enheter (till exempel en dator där du glömde att logga ut).
account-ended-others =
    { $count ->
        [one] En annan session avslutades.
       *[other] { $count } andra sessioner avslutades.
    }
journey-outcome_unknown = Vi kunde inte bekräfta om ditt nya lösenord har sparats: katalogtjänsten slutade svara. Försök logga in med det nya lösenordet; om det inte fungerar gäller fortfarande det gamla. Vi fortsätter att kontrollera, och om du försöker igen får du veta vad som hände.
journey-send_failed = Vi kunde inte skicka engångskoden just nu: e-post- eller sms-tjänsten tog inte emot den. Inget har gått förlorat; du kan begära en ny engångskod direkt.
journey-earlier_write_applied = Ditt tidigare försök gick igenom trots allt: lösenordet du valde då gäller nu. Logga in med det; inget annat har ändrats nu.
