# Activation journey (IHU URegister, UPHF "Activer mon compte"). Keep ids identical in el, en, it, fr, de, nl.
activation-title = Account activeren
activation-step = Stap { $n }/4
activation-intro = Eén account voor al uw rollen, in elke dienst. Om te bevestigen wie u bent, ontvangt u een eenmalige code op de contactgegevens die u aan de instelling hebt doorgegeven. Zodra u uw gegevens hebt bevestigd en een wachtwoord hebt gekozen, is uw account klaar voor gebruik.
activation-once = U activeert uw account maar één keer. Is uw account al actief en bent u uw wachtwoord vergeten? Gebruik dan wachtwoordherstel.
activation-start = Mijn account nu activeren
activation-role-title = Kies uw rol om met de activatie te beginnen.
activation-role-label = Ik ben
activation-role-note = Uw accountprofiel wordt actueel gehouden op basis van uw gegevens bij de instelling, voor elke rol die u hebt. Voor al die rollen geldt hetzelfde wachtwoord.
activation-begin = Activatie starten
activation-identify-title = Stap 1/4: Uw gegevens
activation-identify-intro = Vul uw gegevens in, zodat we u kunnen identificeren.
activation-identify-contact-hint = Houd het e-mailadres of mobiele nummer bij de hand dat u aan de instelling hebt doorgegeven: de code wordt daarheen gestuurd. De code kan maar één keer worden gebruikt en is { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } geldig.
activation-identify-one-enough = U hoeft maar één van de twee velden in te vullen: mobiel nummer of e-mailadres. Vult u beide in, dan wordt de code naar beide gestuurd.
activation-identify-warning = Vul hetzelfde mobiele nummer of e-mailadres in dat u bij uw inschrijving hebt opgegeven, geen ander.
activation-mobile = Mobiel nummer
activation-mobile-hint = Uw nummer zonder spaties; met een + aan het begin voor een buitenlands nummer.
activation-email = E-mailadres
activation-email-hint = Uw persoonlijke e-mailadres, niet dat van de instelling, bijv. nick225@example.com
activation-personal-number = Student- of personeelsnummer
activation-personal-number-hint = Studentnummer of nationaal studentnummer (INE) voor studenten, personeelsnummer voor medewerkers, en anders het unieke nummer dat u hebt gekregen.
activation-birth-date = Geboortedatum
activation-birth-date-hint = dd-mm-jjjj
activation-next = Volgende
activation-required-note = * verplichte velden
activation-pin-title = Stap 2/4: Code
activation-pin-intro = Als de gegevens die u hebt ingevuld overeenkomen met de gegevens van de instelling, hebben we een code naar die contactgegevens gestuurd. Vul de code hieronder in.
activation-pin-validity = De code is { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } geldig en kan maar één keer worden gebruikt.
activation-pin-label = Code
activation-pin-none = Geen code ontvangen? Controleer of u het mobiele nummer of e-mailadres hebt ingevuld dat u aan de instelling hebt doorgegeven, wacht een minuut en vraag een nieuwe code aan. Komt de code nog steeds niet aan, neem dan contact op met { $contact }.
activation-pin-resend = Nieuwe code versturen
activation-pin-resent = Als uw gegevens overeenkwamen, is er een nieuwe code verstuurd. De vorige code werkt niet meer.
activation-pin-send-failed-email = We konden de code op dit moment niet per e-mail versturen. Er is niets verloren: probeer over een paar minuten “Nieuwe code versturen”.
activation-pin-send-failed-sms = We konden de code op dit moment niet per sms versturen. Er is niets verloren: probeer over een paar minuten “Nieuwe code versturen”.
activation-national-id-title = Stap 2/4: Nationaal identificatienummer
activation-national-id-intro = Vul hieronder uw AMKA (socialezekerheidsnummer) in.
activation-national-id-foreign-note = Komt u uit het buitenland, dan kunt u het socialezekerheidsnummer van uw land gebruiken, of het nummer van uw Europese ziekteverzekeringskaart.
activation-national-id-use-note = Het nummer wordt alleen gebruikt om u in de directory te registreren.
activation-amka = AMKA
activation-amka-hint = 11 cijfers zonder spaties
activation-use-foreign = Ik wil een socialezekerheidsnummer van een ander land gebruiken (of de Europese ziekteverzekeringskaart)
activation-foreign-title = Socialezekerheidsnummer van een ander land
activation-country = Land
activation-country-hint = Landcode van twee letters, bijv. IT, FR, DE
activation-kind = Soort nummer
activation-kind-ssn = Socialezekerheidsnummer
activation-kind-ehic = Nummer van de Europese ziekteverzekeringskaart
activation-number = Nummer
activation-use-amka = Ik wil mijn AMKA gebruiken
activation-confirm-title = Stap 3/4: Uw gegevens bevestigen
activation-confirm-username = Uw account krijgt de gebruikersnaam { $username }, die de instelling u heeft toegekend.
activation-confirm-agree-note = Gaat u akkoord met de gegevens die de instelling heeft vastgelegd, kies dan “Akkoord” om verder te gaan; kies anders “Niet akkoord” om te lezen hoe u ze kunt laten corrigeren.
activation-confirm-contacts-note = Uw persoonlijke mobiele nummer en externe e-mailadres beschermen als extra identificatiemiddel de toegang tot gevoelige applicaties, en maken het eenvoudig om uw wachtwoord te herstellen als u het vergeten bent.
activation-name = Naam
activation-role = Rol
activation-department = Afdeling
activation-national-id = Nationaal identificatienummer
activation-consent-mobile = Ik ga ermee akkoord dat de applicatie mijn mobiele nummer opslaat, zodat ik mijn wachtwoord per sms kan herstellen.
activation-consent-email = Ik ga ermee akkoord dat de applicatie mijn externe e-mailadres (niet dat van de instelling) opslaat, zodat ik mijn wachtwoord per e-mail kan herstellen.
activation-email-external = E-mailadres (extern)
activation-tax-number = Fiscaal nummer (AFM)
activation-father-name = Naam van de vader
activation-gender = Geslacht
activation-gender-0 = Onbekend
activation-gender-1 = Man
activation-gender-2 = Vrouw
activation-gender-9 = Niet van toepassing
activation-consent-code-sms = Uw code is niet naar dit mobiele nummer gestuurd: als u het vakje aanvinkt, sturen we een code naar dit nummer om te controleren of het van u is, voordat we het opslaan.
activation-consent-code-email = Uw code is niet naar dit e-mailadres gestuurd: als u het vakje aanvinkt, sturen we een code naar dit adres om te controleren of het van u is, voordat we het opslaan.
activation-verify-title = Stap 3/4: Uw contactgegevens bevestigen
activation-verify-intro-sms = Om uw mobiele nummer op te slaan voor wachtwoordherstel, vult u de code in die we per sms naar { $to } hebben gestuurd.
activation-verify-intro-email = Om uw externe e-mailadres op te slaan voor wachtwoordherstel, vult u de code in die we naar { $to } hebben gestuurd.
activation-verify-label = Code
activation-verify-skip = Doorgaan zonder opslaan
activation-verify-skip-note = Komt de code niet aan, dan kunt u doorgaan zonder dit contactgegeven op te slaan en het later via uw account toevoegen.
activation-verify-resent = Er is een nieuwe code verstuurd. De vorige code werkt niet meer.
activation-agree = Akkoord
activation-disagree = Niet akkoord
activation-disagree-title = Uw gegevens moeten worden gecorrigeerd
activation-disagree-text = De getoonde gegevens zijn gebaseerd op wat u hebt opgegeven in de informatiesystemen van de instelling. Zijn ze onvolledig of onjuist, neem dan contact op met de studentenadministratie om ze te laten corrigeren. Uw account is niet geactiveerd; start de activatie opnieuw zodra de gegevens zijn gecorrigeerd.
activation-password-title = Stap 4/4: Kies uw wachtwoord
activation-password-rules = Uw wachtwoord moet aan deze regels voldoen:
activation-password = Wachtwoord
activation-password-confirm = Herhaal wachtwoord
activation-suggestions = Voorgestelde wachtwoorden
activation-suggestions-hint = U kunt er een van overnemen of zelf een wachtwoord kiezen.
activation-suggestions-random = Willekeurige tekens voorstellen in plaats van woorden
activation-suggestions-passphrase = Woorden voorstellen in plaats van willekeurige tekens
activation-accept-terms = Ik accepteer de gebruiksvoorwaarden en de privacyverklaring van de applicatie.
activation-terms = Gebruiksvoorwaarden
activation-privacy = Privacyverklaring
activation-register = Registratie afronden
activation-welcome-title = Welkom, { $username }!
activation-welcome-text = Uw registratie is voltooid. Uw gebruikersnaam is { $username }.
activation-welcome-services = Met dit account hebt u toegang tot alle diensten van de instelling en tot de gefedereerde diensten:
activation-already-title = Uw account is al geactiveerd
activation-already-text = U activeert uw account maar één keer. Bent u uw wachtwoord vergeten? Gebruik dan wachtwoordherstel.
activation-recover-link = Mijn wachtwoord herstellen
activation-missing-title = Er ontbreken verplichte gegevens
activation-missing-text = In de gegevens van de instelling ontbreekt: { $fields }. Vraag de studentenadministratie om dit aan te vullen en start de activatie daarna opnieuw.
activation-amka-failed-title = Controle van AMKA mislukt
activation-amka-failed-text = Het AMKA komt niet overeen met de vastgelegde achternaam of geboortedatum. Staat uw AMKA, achternaam of geboortedatum onjuist in de gegevens van de instelling, vraag de studentenadministratie dan om dit te corrigeren en ga daarna verder met de activatie.
activation-registrar = Contact: { $contact }
activation-restart = Opnieuw beginnen
activation-no-match = Geen gebruiker gevonden met deze gegevens
activation-no-match-help = Vraag de studentenadministratie om uw mobiele nummer of e-mailadres te controleren en te corrigeren.
missing-username = gebruikersnaam
missing-birth_date = geboortedatum
missing-national_id = nationaal identificatienummer (AMKA)
missing-national_id_country = land van het nationale identificatienummer
activation-pin-subject = Uw activatiecode
activation-pin-email = Uw code om uw account bij { $institution } te activeren is { $pin }. De code is { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } geldig en kan maar één keer worden gebruikt. Hebt u hier niet om gevraagd? Dan kunt u dit bericht negeren.
activation-pin-sms = { $institution }: uw activatiecode is { $pin } (geldig { $minutes } min, eenmalig te gebruiken).
# Errors of the journey (API "message" and page texts).
journey-flow_not_found = Deze activatie is verlopen of bestaat niet. Begin opnieuw.
journey-wrong_step = Deze stap is nu niet beschikbaar. Ga verder waar u gebleven was.
journey-invalid_input = Sommige velden moeten worden verbeterd.
journey-no_match = Geen gebruiker gevonden met deze gegevens.
journey-pin_wrong = De code is onjuist. { $left ->
    [one] U hebt nog één poging.
   *[other] U hebt nog { $left } pogingen.
}
journey-pin_exhausted = Te vaak een onjuiste code ingevuld: deze code werkt niet meer. Begin opnieuw.
journey-pin_invalid = Deze code is verlopen of al gebruikt. Vraag een nieuwe code aan.
journey-resend_cooldown = Wacht { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } seconden
} voordat u een nieuwe code aanvraagt.
journey-resend_limit = Voor deze activatie kunnen geen codes meer worden verstuurd. Begin later opnieuw.
journey-pin_budget = Voor dit account zijn te veel codes aangevraagd of geprobeerd. Voor uw veiligheid werkt er een tijdje geen enkele code: probeer het over een uur opnieuw of neem contact op met de servicedesk.
journey-busy = Het is op dit moment erg druk. Probeer het over een paar minuten opnieuw.
journey-already_active = Uw account is al geactiveerd. Bent u uw wachtwoord vergeten? Gebruik dan wachtwoordherstel.
journey-required_fields_missing = In de gegevens van de instelling ontbreken enkele verplichte gegevens. Vraag de studentenadministratie om ze aan te vullen.
journey-amka_check_failed = Controle van AMKA mislukt.
journey-password_policy = Het wachtwoord voldoet niet aan de regels.
journey-too_many_requests = Te veel pogingen. Wacht { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } seconden
} en probeer het dan opnieuw.
journey-unavailable = Een dienst waar kleidi van afhankelijk is, is op dit moment niet beschikbaar. Er is niets gewijzigd; probeer het over een paar minuten opnieuw.
journey-internal = Er is een onverwachte fout opgetreden. Er is niets gewijzigd; probeer het later opnieuw.
# Field errors (codes of the checked types).
field-required = Dit veld is verplicht.
field-unknown_role = Kies een van de rollen.
field-mobile_or_email_required = Vul uw mobiele nummer, uw e-mailadres of allebei in.
field-password_mismatch = De twee wachtwoorden komen niet overeen.
field-terms_not_accepted = U moet de gebruiksvoorwaarden accepteren om verder te gaan.
field-username_empty = Vul uw gebruikersnaam in.
field-username_too_long = Deze gebruikersnaam is te lang.
field-username_control_char = Deze gebruikersnaam bevat tekens die niet zijn toegestaan.
field-username_forbidden_char = Deze gebruikersnaam bevat tekens die niet zijn toegestaan.
field-email_empty = Vul een e-mailadres in.
field-email_at_sign = Een e-mailadres bevat precies één @.
field-email_local_part = Het deel vóór de @ is niet geldig.
field-email_domain = Het deel na de @ is geen geldig domein.
field-email_too_long = Dit e-mailadres is te lang.
field-country_unknown = Onbekende landcode.
field-mobile_empty = Vul een mobiel nummer in.
field-mobile_invalid_char = Een mobiel nummer bevat alleen cijfers, spaties en eventueel een + aan het begin.
field-mobile_calling_code = Onbekend landnummer.
field-mobile_length = Dit nummer heeft niet het juiste aantal cijfers.
field-mobile_not_mobile = Dit is geen mobiel nummer.
field-birth_date_format = Schrijf de datum als dd-mm-jjjj.
field-birth_date_invalid = Deze datum bestaat niet.
field-birth_date_out_of_range = Deze geboortedatum is niet aannemelijk.
field-amka_invalid = Een AMKA bestaat uit 11 cijfers en heeft een geldig controlecijfer.
field-amka_mismatch = Dit AMKA past niet bij uw geboortedatum.
field-national_id_empty = Vul het nummer in.
field-national_id_invalid_char = Gebruik alleen letters en cijfers.
field-national_id_length = Dit nummer heeft niet de juiste lengte.
field-national_id_ehic_country = Dit land geeft geen Europese ziekteverzekeringskaart uit.
field-national_id_use_amka = Gebruik voor Griekenland uw AMKA.
field-national_id_schac_format = Het vastgelegde nationale identificatienummer heeft een ongeldig formaat.
field-pin_empty = Vul de code in.
field-pin_length = De code bestaat uit { $digits ->
        [one] { $digits } cijfer
       *[other] { $digits } cijfers
    }.
field-pin_not_digits = De code bestaat alleen uit cijfers.
field-personal_number_empty = Vul uw student- of personeelsnummer in.
field-personal_number_length = Dit nummer heeft niet de juiste lengte.
field-personal_number_invalid_char = Gebruik alleen letters, cijfers en koppeltekens.
activation-reconsider = Terug naar mijn gegevens
activation-pin-sent-to = Als uw gegevens overeenkomen met die van de instelling, hebben we een code gestuurd naar { $to }. Vul die hieronder in.
