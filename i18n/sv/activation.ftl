# Activation journey (sv). Keep ids identical to en.
activation-title = Kontoaktivering
activation-step = Steg { $n } av 4
activation-intro = Ett konto för alla dina roller, i alla tjänster. För att bekräfta vem du är får du en engångskod till de kontaktuppgifter du har lämnat till lärosätet. När du har bekräftat dina uppgifter och valt ditt lösenord är kontot klart att använda.
activation-once = Aktiveringen görs bara en gång. Om ditt konto redan är aktivt och du har glömt ditt lösenord kan du återställa det i stället.
activation-start = Aktivera mitt konto nu
activation-role-title = Välj din roll för att börja aktiveringen.
activation-role-label = Jag är
activation-role-note = Profilen för ditt konto hålls uppdaterad utifrån dina uppgifter hos lärosätet, för alla roller du har. Samma lösenord gäller för alla.
activation-begin = Börja aktiveringen
activation-identify-title = Steg 1 av 4: dina uppgifter
activation-identify-intro = Fyll i dina uppgifter så att vi kan identifiera dig.
activation-identify-contact-hint = Ha den e-postadress eller det mobilnummer som du har uppgett för lärosätet till hands: engångskoden skickas dit. Den kan bara användas en gång och gäller i { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    }.
activation-identify-one-enough = Det räcker att fylla i ett av de två fälten, mobilnummer eller e-post. Om du fyller i båda skickas engångskoden till båda.
activation-identify-warning = Ange samma mobilnummer eller e-postadress som du uppgav vid registreringen hos lärosätet, inte några andra.
activation-mobile = Mobilnummer
activation-mobile-hint = Ditt nummer utan mellanslag; + först om numret är utländskt.
activation-email = E-post
activation-email-hint = Din privata e-postadress, inte den från lärosätet, t.ex. nick225@example.com
activation-personal-number = ID-nummer vid lärosätet
activation-personal-number-hint = Studentnummer eller nationellt student-ID (INE) för studenter, anställningsnummer för personal, annars det unika ID-nummer du har fått.
activation-birth-date = Födelsedatum
activation-birth-date-hint = ÅÅÅÅ-MM-DD
activation-next = Nästa
activation-required-note = * obligatoriska fält
activation-pin-title = Steg 2 av 4: engångskod
activation-pin-intro = Om uppgifterna du angav stämmer med lärosätets register har en engångskod skickats dit. Ange den nedan.
activation-pin-validity = Engångskoden gäller i { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    } och kan bara användas en gång.
activation-pin-label = Engångskod
activation-pin-none = Har ingen engångskod kommit? Kontrollera att du angav det mobilnummer eller den e-postadress som du har uppgett för lärosätet, vänta en minut och begär en ny engångskod. Om den ändå inte kommer, kontakta { $contact }.
activation-pin-resend = Skicka en ny engångskod
activation-pin-resent = Om dina uppgifter stämde har en ny engångskod skickats. Den tidigare gäller inte längre.
activation-pin-send-failed-email = Vi kunde inte skicka engångskoden via e-post just nu. Inget har gått förlorat: välj ”Skicka en ny engångskod” om några minuter.
activation-pin-send-failed-sms = Vi kunde inte skicka engångskoden via sms just nu. Inget har gått förlorat: välj ”Skicka en ny engångskod” om några minuter.
activation-national-id-title = Steg 2 av 4: nationellt identitetsnummer
activation-national-id-intro = Ange ditt AMKA (grekiskt socialförsäkringsnummer) i formuläret nedan.
activation-national-id-foreign-note = Om du kommer från ett annat land kan du använda ditt lands socialförsäkringsnummer eller numret på ditt europeiska sjukförsäkringskort.
activation-national-id-use-note = Numret används bara för att registrera dig i katalogtjänsten.
activation-amka = AMKA
activation-amka-hint = 11 siffror utan mellanslag
activation-use-foreign = Jag vill använda ett socialförsäkringsnummer från ett annat land (eller det europeiska sjukförsäkringskortet)
activation-foreign-title = Socialförsäkringsnummer från ett annat land
activation-country = Land
activation-country-hint = Landskod med två bokstäver, t.ex. IT, FR, DE
activation-kind = Typ av nummer
activation-kind-ssn = Socialförsäkringsnummer
activation-kind-ehic = Nummer på europeiskt sjukförsäkringskort
activation-number = Nummer
activation-use-amka = Jag vill använda mitt AMKA
activation-confirm-title = Steg 3 av 4: bekräfta dina uppgifter
activation-confirm-username = Ditt konto får användarnamnet { $username }, som lärosätet har tilldelat dig.
activation-confirm-agree-note = Om uppgifterna som lärosätet har registrerat stämmer väljer du ”Uppgifterna stämmer” för att fortsätta. Annars väljer du ”Uppgifterna stämmer inte” för att se hur du får dem rättade.
activation-confirm-contacts-note = Ditt privata mobilnummer och din externa e-postadress skyddar åtkomsten till känsliga tjänster som ett extra sätt att identifiera dig, och gör det enkelt att återställa lösenordet om du glömmer det.
activation-name = Namn
activation-role = Roll
activation-department = Institution
activation-national-id = Nationellt identitetsnummer
activation-consent-mobile = Jag godkänner att tjänsten sparar mitt mobilnummer så att jag kan återställa mitt lösenord via sms.
activation-consent-email = Jag godkänner att tjänsten sparar min privata e-postadress (inte lärosätets) så att jag kan återställa mitt lösenord via e-post.
activation-email-external = E-post (extern)
activation-tax-number = Skatteregistreringsnummer (AFM)
activation-father-name = Faderns förnamn
activation-gender = Kön
activation-gender-0 = Okänt
activation-gender-1 = Man
activation-gender-2 = Kvinna
activation-gender-9 = Ej tillämpligt
activation-consent-code-sms = Din engångskod skickades inte till det här mobilnumret: om du kryssar i rutan skickar vi en engångskod dit för att kontrollera att numret är ditt innan vi sparar det.
activation-consent-code-email = Din engångskod skickades inte till den här e-postadressen: om du kryssar i rutan skickar vi en engångskod dit för att kontrollera att adressen är din innan vi sparar den.
activation-verify-title = Steg 3 av 4: bekräfta din kontaktuppgift
activation-verify-intro-sms = För att spara ditt mobilnummer för återställning av lösenordet anger du engångskoden som vi skickade via sms till { $to }.
activation-verify-intro-email = För att spara din externa e-postadress för återställning av lösenordet anger du engångskoden som vi skickade till { $to }.
activation-verify-label = Engångskod
activation-verify-skip = Fortsätt utan att spara
activation-verify-skip-note = Om engångskoden inte kommer kan du fortsätta utan att spara den här kontaktuppgiften och lägga till den senare under ditt konto.
activation-verify-resent = En ny engångskod har skickats. Den tidigare gäller inte längre.
activation-agree = Uppgifterna stämmer
activation-disagree = Uppgifterna stämmer inte
activation-disagree-title = Dina uppgifter behöver rättas
activation-disagree-text = Uppgifterna som visas kommer från det du har uppgett i lärosätets system. Om de är ofullständiga eller felaktiga, kontakta studentexpeditionen så att de rättas. Ditt konto har inte aktiverats; börja om aktiveringen när uppgifterna har rättats.
activation-password-title = Steg 4 av 4: välj ditt lösenord
activation-password-rules = Ditt lösenord måste följa reglerna nedan:
activation-password = Lösenord
activation-password-confirm = Upprepa lösenordet
activation-suggestions = Förslag på lösenord
activation-suggestions-hint = Du kan kopiera ett av dem eller välja ett eget.
activation-suggestions-random = Föreslå slumpmässiga tecken i stället
activation-suggestions-passphrase = Föreslå lösenfraser av ord i stället
activation-accept-terms = Jag godkänner tjänstens användarvillkor och integritetspolicy.
activation-terms = Användarvillkor
activation-privacy = Integritetspolicy
activation-register = Registrera
activation-welcome-title = Välkommen, { $username }!
activation-welcome-text = Registreringen är klar. Ditt användarnamn är { $username }.
activation-welcome-services = Med det här kontot har du tillgång till alla lärosätets tjänster och till federerade tjänster:
activation-already-title = Ditt konto är redan aktiverat
activation-already-text = Aktiveringen görs bara en gång. Om du har glömt ditt lösenord kan du återställa det.
activation-recover-link = Återställ mitt lösenord
activation-missing-title = Nödvändiga uppgifter saknas
activation-missing-text = I lärosätets register saknas: { $fields }. Be studentexpeditionen att komplettera uppgifterna och börja sedan om aktiveringen.
activation-amka-failed-title = Kontrollen av AMKA misslyckades
activation-amka-failed-text = AMKA-numret stämmer inte med efternamnet eller födelsedatumet i registret. Om ditt AMKA, efternamn eller födelsedatum är fel i lärosätets register, be studentexpeditionen att rätta det och fortsätt sedan aktiveringen.
activation-registrar = Kontakt: { $contact }
activation-restart = Börja om
activation-no-match = Ingen användare hittades med de här uppgifterna
activation-no-match-help = Be studentexpeditionen att kontrollera och rätta ditt mobilnummer eller din e-postadress.
missing-username = användarnamn
missing-birth_date = födelsedatum
missing-national_id = nationellt identitetsnummer (AMKA)
missing-national_id_country = land för det nationella identitetsnumret
activation-pin-subject = Din engångskod för aktivering
activation-pin-email = Din engångskod för att aktivera ditt konto vid { $institution } är { $pin }. Den gäller i { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    } och kan bara användas en gång. Om du inte har begärt den kan du bortse från det här meddelandet.
activation-pin-sms = { $institution }: din engångskod för aktivering är { $pin } (gäller { $minutes } min, kan bara användas en gång).
# Errors of the journey (API "message" and page texts).
journey-flow_not_found = Aktiveringen har gått ut eller finns inte. Börja om.
journey-wrong_step = Det här steget är inte tillgängligt nu. Fortsätt där du är.
journey-invalid_input = Några fält behöver rättas.
journey-no_match = Ingen användare hittades med de här uppgifterna.
journey-pin_wrong = Engångskoden är fel. { $left ->
    [one] Du har ett försök kvar.
   *[other] Du har { $left } försök kvar.
}
journey-pin_exhausted = För många felaktiga försök: den här engångskoden gäller inte längre. Börja om.
journey-pin_invalid = Engångskoden har gått ut eller har redan använts. Begär en ny engångskod.
journey-resend_cooldown = Vänta { $seconds ->
        [one] { $seconds } sekund
       *[other] { $seconds } sekunder
    } innan du begär en ny engångskod.
journey-resend_limit = Inga fler engångskoder kan skickas för den här aktiveringen. Börja om senare.
journey-pin_budget = För många engångskoder har begärts eller provats för det här kontot. För din säkerhet fungerar ingen engångskod på ett tag: försök igen om en timme eller kontakta supporten.
journey-busy = Tjänsten är hårt belastad just nu. Försök igen om några minuter.
journey-already_active = Ditt konto är redan aktiverat. Om du har glömt ditt lösenord kan du återställa det.
journey-required_fields_missing = Några obligatoriska uppgifter saknas i lärosätets register. Be studentexpeditionen att komplettera dem.
journey-amka_check_failed = Kontrollen av AMKA misslyckades.
journey-password_policy = Lösenordet följer inte reglerna.
journey-too_many_requests = För många försök. Vänta { $seconds ->
        [one] { $seconds } sekund
       *[other] { $seconds } sekunder
    } och försök igen.
journey-unavailable = En tjänst som kleidi är beroende av är inte tillgänglig just nu. Inget har ändrats. Försök igen om några minuter.
journey-internal = Ett oväntat fel inträffade. Inget har ändrats. Försök igen senare.
# Field errors (codes of the checked types).
field-required = Fältet är obligatoriskt.
field-unknown_role = Välj en av rollerna.
field-mobile_or_email_required = Ange ditt mobilnummer, din e-postadress eller båda.
field-password_mismatch = Lösenorden stämmer inte överens.
field-terms_not_accepted = Du måste godkänna användarvillkoren för att fortsätta.
field-username_empty = Ange ditt användarnamn.
field-username_too_long = Användarnamnet är för långt.
field-username_control_char = Användarnamnet innehåller otillåtna tecken.
field-username_forbidden_char = Användarnamnet innehåller otillåtna tecken.
field-email_empty = Ange en e-postadress.
field-email_at_sign = En e-postadress innehåller exakt ett @.
field-email_local_part = Delen före @ är ogiltig.
field-email_domain = Delen efter @ är inte en giltig domän.
field-email_too_long = E-postadressen är för lång.
field-country_unknown = Okänd landskod.
field-mobile_empty = Ange ett mobilnummer.
field-mobile_invalid_char = Ett mobilnummer får bara innehålla siffror, mellanslag och eventuellt ett + först.
field-mobile_calling_code = Okänt landsnummer.
field-mobile_length = Numret har fel antal siffror.
field-mobile_not_mobile = Det här är inte ett mobilnummer.
field-birth_date_format = Skriv datumet som ÅÅÅÅ-MM-DD.
field-birth_date_invalid = Datumet finns inte.
field-birth_date_out_of_range = Födelsedatumet är inte rimligt.
field-amka_invalid = Ett AMKA består av 11 siffror med en giltig kontrollsiffra.
field-amka_mismatch = AMKA-numret stämmer inte med ditt födelsedatum.
field-national_id_empty = Ange numret.
field-national_id_invalid_char = Använd bara bokstäver och siffror.
field-national_id_length = Numret har fel längd.
field-national_id_ehic_country = Det här landet utfärdar inte det europeiska sjukförsäkringskortet.
field-national_id_use_amka = För Grekland använder du ditt AMKA.
field-national_id_schac_format = Det registrerade nationella identitetsnumret har fel format.
field-pin_empty = Ange engångskoden.
field-pin_length = Engångskoden har { $digits ->
        [one] { $digits } siffra
       *[other] { $digits } siffror
    }.
field-pin_not_digits = Engångskoden består bara av siffror.
field-personal_number_empty = Ange ditt ID-nummer vid lärosätet.
field-personal_number_length = Numret har fel längd.
field-personal_number_invalid_char = Använd bara bokstäver, siffror och bindestreck.
activation-reconsider = Tillbaka till mina uppgifter
activation-pin-sent-to = Om uppgifterna du angav stämmer med lärosätets, har vi skickat en engångskod till { $to }. Ange den nedan.
