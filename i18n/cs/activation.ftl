# cs: aktivace účtu. Identifikátory stejné jako v en.
activation-title = Aktivace účtu
activation-step = Krok { $n }/4
activation-intro = Jeden účet pro všechny vaše role ve všech službách. K ověření vaší totožnosti obdržíte jednorázový kód PIN na kontaktní údaje, které jste uvedli univerzitě. Jakmile potvrdíte své údaje a zvolíte heslo, bude váš účet připraven.
activation-once = Aktivace se provádí pouze jednou. Pokud je váš účet již aktivní a zapomněli jste heslo, použijte obnovení hesla.
activation-start = Aktivovat účet
activation-role-title = Pro zahájení aktivace zvolte svou roli.
activation-role-label = Jsem
activation-role-note = Profil vašeho účtu se průběžně aktualizuje podle údajů, které o vás univerzita vede, a to pro všechny vaše role. Pro všechny platí stejné heslo.
activation-begin = Zahájit aktivaci
activation-identify-title = Krok 1/4: vaše údaje
activation-identify-intro = Zadejte své údaje, abychom vás mohli identifikovat.
activation-identify-contact-hint = Mějte po ruce e-mail nebo mobilní telefon, který jste uvedli univerzitě: kód PIN bude zaslán tam. Kód lze použít pouze jednou a platí { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minuty
        [many] { $minutes } minuty
       *[other] { $minutes } minut
    }.
activation-identify-one-enough = Stačí vyplnit jedno ze dvou polí – mobilní telefon, nebo e-mail. Pokud vyplníte obě, kód PIN bude zaslán na oba kontakty.
activation-identify-warning = Zadejte stejné číslo mobilního telefonu nebo e-mail, které jste uvedli univerzitě při zápisu nebo nástupu, nikoli jiné.
activation-mobile = Mobilní telefon
activation-mobile-hint = Číslo bez mezer; u zahraničního čísla na začátku znak +.
activation-email = E-mail
activation-email-hint = Váš osobní e-mail, ne univerzitní, např. nick225@example.com
activation-personal-number = Osobní číslo
activation-personal-number-hint = Studenti: studijní číslo nebo národní identifikátor studenta (INE); zaměstnanci: osobní číslo zaměstnance; ostatní: přidělený jedinečný identifikátor.
activation-birth-date = Datum narození
activation-birth-date-hint = DD.MM.RRRR
activation-next = Pokračovat
activation-required-note = * povinné údaje
activation-pin-title = Krok 2/4: kód PIN
activation-pin-intro = Pokud zadané údaje odpovídají záznamům univerzity, byl na ně odeslán kód PIN. Zadejte ho níže.
activation-pin-validity = Kód PIN platí { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minuty
        [many] { $minutes } minuty
       *[other] { $minutes } minut
    } a lze ho použít pouze jednou.
activation-pin-label = Kód PIN
activation-pin-none = Kód PIN nepřišel? Zkontrolujte, zda jste zadali číslo mobilního telefonu nebo e-mail uvedený univerzitě, počkejte minutu a požádejte o nový kód. Pokud stále nepřichází, obraťte se na { $contact }.
activation-pin-resend = Odeslat nový kód
activation-pin-resent = Pokud vaše údaje odpovídaly, byl odeslán nový kód. Předchozí kód již neplatí.
activation-pin-send-failed-email = Kód se teď nepodařilo odeslat e-mailem. Nic se neztratilo: za několik minut použijte „Odeslat nový kód“.
activation-pin-send-failed-sms = Kód se teď nepodařilo odeslat SMS zprávou. Nic se neztratilo: za několik minut použijte „Odeslat nový kód“.
activation-national-id-title = Krok 2/4: národní identifikační číslo
activation-national-id-intro = Zadejte do formuláře níže své číslo AMKA (řecké číslo sociálního zabezpečení).
activation-national-id-foreign-note = Pokud přicházíte ze zahraničí, můžete použít číslo sociálního zabezpečení své země nebo číslo Evropského průkazu zdravotního pojištění.
activation-national-id-use-note = Číslo se použije pouze k vaší registraci v adresáři uživatelů.
activation-amka = AMKA
activation-amka-hint = 11 číslic bez mezer
activation-use-foreign = Chci použít číslo sociálního zabezpečení jiné země (nebo číslo Evropského průkazu zdravotního pojištění)
activation-foreign-title = Číslo sociálního zabezpečení jiné země
activation-country = Země
activation-country-hint = Dvoupísmenný kód, např. CZ, SK, DE
activation-kind = Typ čísla
activation-kind-ssn = Číslo sociálního zabezpečení
activation-kind-ehic = Číslo Evropského průkazu zdravotního pojištění
activation-number = Číslo
activation-use-amka = Chci použít své číslo AMKA
activation-confirm-title = Krok 3/4: potvrzení údajů
activation-confirm-username = Váš účet bude používat uživatelské jméno { $username }, které vám přidělila univerzita.
activation-confirm-agree-note = Pokud souhlasíte s údaji, které univerzita eviduje, pokračujte volbou „Souhlasím“; v opačném případě zvolte „Nesouhlasím“ a dozvíte se, jak je nechat opravit.
activation-confirm-contacts-note = Váš osobní mobilní telefon a externí e-mail chrání přístup k citlivým aplikacím jako další prostředek ověření totožnosti a umožní vám snadno obnovit heslo, pokud ho zapomenete.
activation-name = Jméno a příjmení
activation-role = Role
activation-department = Pracoviště
activation-national-id = Národní identifikační číslo
activation-consent-mobile = Souhlasím s uložením čísla svého mobilního telefonu v aplikaci pro účely obnovení hesla pomocí SMS.
activation-consent-email = Souhlasím s uložením svého neuniverzitního e-mailu v aplikaci pro účely obnovení hesla e-mailem.
activation-email-external = E-mail (externí)
activation-tax-number = Daňové identifikační číslo (AFM)
activation-father-name = Jméno otce
activation-gender = Pohlaví
activation-gender-0 = Neznámé
activation-gender-1 = Muž
activation-gender-2 = Žena
activation-gender-9 = Neuplatňuje se
activation-consent-code-sms = Kód PIN nebyl odeslán na toto číslo: pokud zaškrtnete políčko, pošleme na něj kód, abychom před uložením ověřili, že patří vám.
activation-consent-code-email = Kód PIN nebyl odeslán na tento e-mail: pokud zaškrtnete políčko, pošleme na něj kód, abychom před uložením ověřili, že patří vám.
activation-verify-title = Krok 3/4: ověření kontaktu
activation-verify-intro-sms = Chcete-li uložit svůj mobilní telefon pro obnovení hesla, zadejte kód, který jsme vám poslali SMS zprávou na číslo { $to }.
activation-verify-intro-email = Chcete-li uložit svůj externí e-mail pro obnovení hesla, zadejte kód, který jsme zaslali na adresu { $to }.
activation-verify-label = Kód
activation-verify-skip = Pokračovat bez uložení
activation-verify-skip-note = Pokud kód nepřijde, můžete pokračovat bez uložení tohoto kontaktu a přidat ho později ve svém účtu.
activation-verify-resent = Byl odeslán nový kód. Předchozí kód již neplatí.
activation-agree = Souhlasím
activation-disagree = Nesouhlasím
activation-disagree-title = Vaše údaje je třeba opravit
activation-disagree-text = Zobrazené údaje vycházejí z toho, co jste uvedli do informačních systémů univerzity. Pokud jsou neúplné nebo chybné, obraťte se na studijní oddělení, aby je opravilo. Váš účet nebyl aktivován; po opravě údajů zahajte aktivaci znovu.
activation-password-title = Krok 4/4: volba hesla
activation-password-rules = Heslo musí splňovat tato pravidla:
activation-password = Heslo
activation-password-confirm = Heslo (potvrzení)
activation-suggestions = Navrhovaná hesla
activation-suggestions-hint = Můžete některé z nich zkopírovat, nebo si zvolit vlastní.
activation-suggestions-random = Zobrazit náhodné znaky místo slov
activation-suggestions-passphrase = Zobrazit slova místo náhodných znaků
activation-accept-terms = Souhlasím s podmínkami použití a se zásadami ochrany osobních údajů aplikace.
activation-terms = Podmínky použití
activation-privacy = Zásady ochrany osobních údajů
activation-register = Zaregistrovat
activation-welcome-title = Vítejte, { $username }!
activation-welcome-text = Registrace je dokončena, vaše uživatelské jméno je { $username }.
activation-welcome-services = S tímto účtem máte přístup ke všem službám univerzity i k federativním službám:
activation-already-title = Váš účet je již aktivován
activation-already-text = Aktivace se provádí pouze jednou. Pokud jste zapomněli heslo, použijte obnovení hesla.
activation-recover-link = Obnovit heslo
activation-missing-title = U uživatele chybí povinné údaje
activation-missing-text = V záznamu univerzity chybí: { $fields }. Požádejte studijní oddělení o jejich doplnění a poté zahajte aktivaci znovu.
activation-amka-failed-title = Ověření čísla AMKA se nezdařilo
activation-amka-failed-text = Číslo AMKA neodpovídá příjmení nebo datu narození v záznamu. Pokud je vaše číslo AMKA, příjmení nebo datum narození v záznamu univerzity chybné, požádejte studijní oddělení o opravu a poté pokračujte v aktivaci.
activation-registrar = Kontakt: { $contact }
activation-restart = Začít znovu
activation-no-match = Nebyl nalezen žádný uživatel s těmito údaji
activation-no-match-help = Požádejte studijní oddělení o kontrolu a opravu čísla vašeho mobilního telefonu nebo e-mailu.
missing-username = uživatelské jméno
missing-birth_date = datum narození
missing-national_id = národní identifikační číslo (AMKA)
missing-national_id_country = země vydání národního identifikačního čísla
activation-pin-subject = Váš kód PIN pro aktivaci účtu
activation-pin-email = Váš kód PIN pro aktivaci účtu ({ $institution }) je { $pin }. Platí { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minuty
        [many] { $minutes } minuty
       *[other] { $minutes } minut
    } a lze ho použít pouze jednou. Pokud jste o něj nežádali, tuto zprávu ignorujte.
activation-pin-sms = { $institution }: váš kód PIN pro aktivaci je { $pin } (platí { $minutes } min, jednorázový).
# Chyby procesu (pole „message“ v API a texty stránek).
journey-flow_not_found = Platnost této aktivace vypršela, nebo aktivace neexistuje. Začněte prosím znovu.
journey-wrong_step = Tento krok teď není k dispozici. Pokračujte prosím tam, kde jste skončili.
journey-invalid_input = Některá pole je třeba opravit.
journey-no_match = Nebyl nalezen žádný uživatel s těmito údaji.
journey-pin_wrong = Kód PIN je chybný. { $left ->
        [one] Zbývá ještě jeden pokus.
        [few] Zbývají ještě { $left } pokusy.
        [many] Zbývá ještě { $left } pokusu.
       *[other] Zbývá ještě { $left } pokusů.
    }
journey-pin_exhausted = Příliš mnoho chybných pokusů: tento kód PIN už neplatí. Začněte prosím znovu.
journey-pin_invalid = Platnost tohoto kódu PIN vypršela, nebo už byl kód použit. Požádejte o nový kód.
journey-resend_cooldown = Před žádostí o nový kód počkejte prosím { $seconds ->
        [one] { $seconds } sekundu
        [few] { $seconds } sekundy
        [many] { $seconds } sekundy
       *[other] { $seconds } sekund
    }.
journey-resend_limit = Pro tuto aktivaci už nelze odeslat další kódy. Začněte prosím znovu později.
journey-pin_budget = Pro tento účet bylo vyžádáno nebo zadáno příliš mnoho kódů. Z bezpečnostních důvodů teď nebude fungovat žádný kód: zkuste to znovu za hodinu, nebo se obraťte na uživatelskou podporu.
journey-busy = Služba je právě velmi vytížená. Zkuste to prosím znovu za několik minut.
journey-already_active = Váš účet je již aktivován. Pokud jste zapomněli heslo, použijte obnovení hesla.
journey-required_fields_missing = V záznamu univerzity chybí některé povinné údaje. Požádejte studijní oddělení o jejich doplnění.
journey-amka_check_failed = Ověření čísla AMKA se nezdařilo.
journey-password_policy = Heslo nesplňuje pravidla.
journey-too_many_requests = Příliš mnoho pokusů. Počkejte prosím { $seconds ->
        [one] { $seconds } sekundu
        [few] { $seconds } sekundy
        [many] { $seconds } sekundy
       *[other] { $seconds } sekund
    } a zkuste to znovu.
journey-unavailable = Služba, na které kleidi závisí, je momentálně nedostupná. Nic nebylo změněno; zkuste to prosím znovu za několik minut.
journey-internal = Došlo k neočekávané chybě. Nic nebylo změněno; zkuste to prosím znovu později.
# Chyby polí (kódy kontrolovaných typů).
field-required = Toto pole je povinné.
field-unknown_role = Zvolte jednu z rolí.
field-mobile_or_email_required = Zadejte číslo mobilního telefonu, e-mail, nebo obojí.
field-password_mismatch = Zadaná hesla se neshodují.
field-terms_not_accepted = Chcete-li pokračovat, musíte přijmout podmínky použití.
field-username_empty = Zadejte uživatelské jméno.
field-username_too_long = Toto uživatelské jméno je příliš dlouhé.
field-username_control_char = Toto uživatelské jméno obsahuje nepovolené znaky.
field-username_forbidden_char = Toto uživatelské jméno obsahuje nepovolené znaky.
field-email_empty = Zadejte e-mailovou adresu.
field-email_at_sign = E-mailová adresa musí obsahovat právě jeden znak @.
field-email_local_part = Část před znakem @ není platná.
field-email_domain = Část za znakem @ není platná doména.
field-email_too_long = Tato e-mailová adresa je příliš dlouhá.
field-country_unknown = Neznámý kód země.
field-mobile_empty = Zadejte číslo mobilního telefonu.
field-mobile_invalid_char = Telefonní číslo smí obsahovat pouze číslice, mezery a případně znak + na začátku.
field-mobile_calling_code = Neznámá mezinárodní předvolba.
field-mobile_length = Toto číslo má nesprávný počet číslic.
field-mobile_not_mobile = Toto není číslo mobilního telefonu.
field-birth_date_format = Zadejte datum ve tvaru DD.MM.RRRR.
field-birth_date_invalid = Toto datum neexistuje.
field-birth_date_out_of_range = Toto datum narození není věrohodné.
field-amka_invalid = Číslo AMKA musí mít 11 číslic a platnou kontrolní číslici.
field-amka_mismatch = Toto číslo AMKA neodpovídá vašemu datu narození.
field-national_id_empty = Zadejte číslo.
field-national_id_invalid_char = Použijte pouze písmena a číslice.
field-national_id_length = Toto číslo má nesprávnou délku.
field-national_id_ehic_country = Tato země nevydává Evropský průkaz zdravotního pojištění.
field-national_id_use_amka = Pro Řecko použijte své číslo AMKA.
field-national_id_schac_format = Národní identifikační číslo v záznamu má chybný formát.
field-pin_empty = Zadejte kód PIN.
field-pin_length = Kód PIN má { $digits ->
        [one] { $digits } číslici
        [few] { $digits } číslice
        [many] { $digits } číslice
       *[other] { $digits } číslic
    }.
field-pin_not_digits = Kód PIN smí obsahovat pouze číslice.
field-personal_number_empty = Zadejte své osobní číslo.
field-personal_number_length = Toto číslo má nesprávnou délku.
field-personal_number_invalid_char = Použijte pouze písmena, číslice a spojovníky.
activation-reconsider = Zpět k mým údajům
activation-pin-sent-to = Pokud zadané údaje odpovídají údajům univerzity, poslali jsme kód PIN na { $to }. Zadejte ho níže.
