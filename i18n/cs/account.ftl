# cs: přihlášení, stránka účtu, změna hesla, kontakty, obnovení hesla. Identifikátory stejné jako v en.
login-title = Přihlášení
login-intro = Vítejte ve službě pro správu účtu. Umožňuje nastavit nové heslo, pokud jste ho zapomněli, a bezpečně si heslo změnit.
login-username = Uživatelské jméno
login-password = Heslo
login-submit = Přihlásit se
login-forgot-password = Zapomenuté heslo
login-forgot-username = Zapomenuté uživatelské jméno
login-activate = Aktivovat účet
logout = Odhlásit se
signed-in-as = Přihlášený uživatel: { $username }
nav-account = Úvod
nav-change-password = Změna hesla
nav-contacts = Kontakty pro obnovení hesla
nav-account-info = Informace o účtu
nav-security-question = Bezpečnostní otázka
account-title = Správa účtu
account-username = Uživatelské jméno
account-name = Jméno a příjmení
account-roles = Role
account-recovery-email = E-mail pro obnovení hesla
account-recovery-mobile = Telefon pro obnovení hesla
account-none = nezaregistrováno
account-password-changed = Poslední změna hesla
account-password-expires = Platnost hesla vyprší
account-must-change = Než budete moci pokračovat, musíte si změnit heslo.
account-expiry-warning = Platnost vašeho hesla vyprší za { $days ->
        [one] jeden den
        [few] { $days } dny
        [many] { $days } dne
       *[other] { $days } dní
    }. Změňte si prosím heslo.
account-grace-warning = Platnost vašeho hesla vypršela. Přihlásit se s ním můžete ještě { $left ->
        [one] jednou
        [few] { $left }krát
        [many] { $left }krát
       *[other] { $left }krát
    }: změňte si ho hned.
account-no-contacts = Nemáte zaregistrovaný e-mail ani telefon pro obnovení hesla. Bez nich nelze heslo obnovit: zaregistrujte je hned.
change-title = Změna hesla
change-current = Současné heslo
change-new = Nové heslo
change-confirm = Nové heslo (potvrzení)
change-submit = Uložit
change-done-title = Vaše heslo bylo změněno
account-changed-reminder = Nové heslo nyní platí pro všechny služby univerzity. Pokud jste měli staré heslo uložené v prohlížeči nebo v poštovním klientovi (Thunderbird, Outlook…), nahraďte ho tam novým.
contacts-title = Kontakty pro obnovení hesla
contacts-intro = Zaregistrujte si osobní e-mail a mobilní telefon pro obnovení hesla, abyste mohli zapomenuté heslo ihned obnovit.
contacts-email = E-mail pro obnovení hesla (osobní, ne univerzitní)
contacts-mobile = Mobilní telefon
contacts-new-value = Nová hodnota
contacts-password = Vaše heslo (pro ověření)
contacts-save = Odeslat ověřovací kód
contacts-remove = Odebrat
contacts-verify-title = Ověření nového kontaktu
contacts-verify-intro = Na nový kontakt jsme odeslali kód. Kontakt se uloží, až zde kód zadáte.
contacts-verify-submit = Ověřit
contacts-stored = Nový kontakt byl ověřen a uložen.
contacts-removed = Kontakt byl odebrán.
contacts-pin-label = Kód, který jsme zaslali na nový kontakt
contacts-current = Aktuálně zaregistrováno: { $value }
contacts-none = Zatím není nic zaregistrováno.
contacts-remove-confirm = Odebrat { $value }? Pomocí tohoto kontaktu už nebudete moci obnovit heslo.
question-title = Bezpečnostní otázka
question-intro = Bezpečnostní otázka vám umožní obnovit heslo pomocí osobního čísla a data narození.
question-question = Vaše otázka
question-answer = Vaše odpověď
question-save = Uložit
question-stored = Vaše bezpečnostní otázka byla uložena.
recover-title = Zapomenuté heslo
recover-intro = Než nastavíte nové heslo, musíme z bezpečnostních důvodů ověřit vaše údaje.
recover-username = Uživatelské jméno
recover-contact = Zaregistrovaný e-mail nebo telefon pro obnovení hesla
recover-personal-number = Osobní číslo
recover-personal-number-hint = Studijní číslo nebo národní identifikátor studenta (INE), osobní číslo zaměstnance nebo přidělený jedinečný identifikátor.
recover-birth-date = Datum narození
recover-birth-date-hint = DD.MM.RRRR
recover-channel = Způsob odeslání
recover-by-email = Poslat e-mailem
recover-by-sms = Poslat SMS
recover-continue = Pokračovat
recover-no-contacts = Obnovení hesla funguje, jen pokud máte zaregistrovaný e-mail nebo telefon pro obnovení hesla. Pokud je nemáte nebo jsou chybné, obraťte se na { $contact }.
recover-sent-title = Zkontrolujte své zprávy
recover-sent-failing = Naše e-mailová služba před chvílí selhala, takže odkaz nemusí dorazit. Žádný pokus se nezapočítal: zkuste to prosím znovu za několik minut.
recover-sent = Pokud zadané údaje odpovídají účtu se zaregistrovaným kontaktem, poslali jsme na něj pokyny. Odkaz platí { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minuty
        [many] { $minutes } minuty
       *[other] { $minutes } minut
    }.
recover-pin-title = Zadejte kód
recover-pin-intro = Pokud zadané údaje odpovídají účtu se zaregistrovaným mobilním telefonem, poslali jsme na něj kód SMS zprávou.
recover-pin-send-failed = Kód se teď nepodařilo odeslat SMS zprávou. Nic se neztratilo: požádejte o nový kód (můžete to udělat hned).
recover-pin-resend = Odeslat nový kód
recover-pin-validity = Kód platí { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minuty
        [many] { $minutes } minuty
       *[other] { $minutes } minut
    }.
recover-pin-label = Kód
recover-question-title = Bezpečnostní otázka
recover-answer = Vaše odpověď
recover-new-title = Nové heslo
recover-new-password = Nové heslo
recover-new-confirm = Nové heslo (potvrzení)
recover-accept-rules = Potvrzuji, že znám vnitřní pravidla.
# Po tomto úvodu následují pravidla policy-rule-*, která jsou celými větami.
recover-rules-must = Aby bylo heslo platné, musí splňovat tato pravidla:
recover-submit = Potvrdit
recover-done-title = Vaše heslo bylo změněno
recover-done = Vaše heslo bylo změněno; potvrzení jsme poslali na vaše kontakty. Přihlaste se novým heslem.
recover-link-dead = Platnost tohoto odkazu vypršela, odkaz už byl použit, nebo bylo heslo od jeho odeslání změněno. Požádejte o nový.
username-title = Zapomenuté uživatelské jméno
username-intro = Zadejte své osobní číslo a datum narození, nebo e-mail pro obnovení hesla, který jste zaregistrovali. Uživatelské jméno vám pošleme na zaregistrované kontakty; zde se nikdy nezobrazuje.
username-email = E-mail pro obnovení hesla
username-or = nebo
username-submit = Poslat uživatelské jméno
username-sent = Pokud údaje odpovídají některému účtu, bylo uživatelské jméno odesláno na jeho zaregistrované kontakty.
# Zprávy zasílané e-mailem a SMS.
contact-pin-subject = Ověření kontaktu pro obnovení hesla
contact-pin-email = Váš ověřovací kód ({ $institution }) je { $pin }. Platí { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minuty
        [many] { $minutes } minuty
       *[other] { $minutes } minut
    }. Pokud jste o něj nežádali, tuto zprávu ignorujte.
contact-pin-sms = { $institution }: ověřovací kód { $pin } (platí { $minutes } min).
recovery-pin-sms = { $institution }: kód pro obnovení hesla { $pin } (platí { $minutes } min). Nikomu ho nesdělujte.
recovery-link-subject = Nastavení nového hesla
recovery-link-email = Někdo požádal o nastavení nového hesla k účtu { $username } ({ $institution }). Pokud to chcete udělat, otevřete do { $minutes ->
        [one] { $minutes } minuty
        [few] { $minutes } minut
        [many] { $minutes } minuty
       *[other] { $minutes } minut
    } tento odkaz: { $url } Pokud jste to nebyli vy, tuto zprávu ignorujte: vaše heslo zůstane beze změny.
recovery-username-subject = Vaše uživatelské jméno
recovery-username-email = Vaše uživatelské jméno ({ $institution }) je: { $username }
security-question-1 = Jak se jmenovala vaše první škola?
security-question-2 = V jakém městě se vzali vaši rodiče?
security-question-3 = Jak se jmenovalo vaše první domácí zvíře?
security-question-4 = Jak se jmenuje ulice, na které jste vyrůstali?
notice-password-changed-subject = Vaše heslo bylo změněno
notice-password-changed = Heslo k vašemu účtu { $username } ({ $institution }) bylo změněno. Pokud jste to nebyli vy, okamžitě se obraťte na uživatelskou podporu.
notice-password-changed-sms = { $institution }: heslo k účtu { $username } bylo změněno. Nebyli jste to vy? Obraťte se na uživatelskou podporu.
notice-password-reset-subject = Vaše heslo bylo resetováno
notice-password-reset = Heslo k vašemu účtu { $username } ({ $institution }) bylo resetováno prostřednictvím obnovení hesla. Pokud jste to nebyli vy, okamžitě se obraťte na uživatelskou podporu.
notice-password-reset-sms = { $institution }: heslo k účtu { $username } bylo resetováno. Nebyli jste to vy? Obraťte se na uživatelskou podporu.
notice-email-changed-subject = Váš e-mail pro obnovení hesla byl změněn
notice-email-changed = E-mail pro obnovení hesla u vašeho účtu { $username } ({ $institution }) byl změněn. Pokud jste to nebyli vy, okamžitě se obraťte na uživatelskou podporu.
notice-email-changed-sms = { $institution }: e-mail pro obnovení hesla u účtu { $username } byl změněn.
notice-mobile-changed-subject = Váš telefon pro obnovení hesla byl změněn
notice-mobile-changed = Telefon pro obnovení hesla u vašeho účtu { $username } ({ $institution }) byl změněn. Pokud jste to nebyli vy, okamžitě se obraťte na uživatelskou podporu.
notice-mobile-changed-sms = { $institution }: telefon pro obnovení hesla u účtu { $username } byl změněn.
notice-email-removed-subject = Váš e-mail pro obnovení hesla byl odebrán
notice-email-removed = E-mail pro obnovení hesla u vašeho účtu { $username } ({ $institution }) byl odebrán. Pokud jste to nebyli vy, okamžitě se obraťte na uživatelskou podporu.
notice-email-removed-sms = { $institution }: e-mail pro obnovení hesla u účtu { $username } byl odebrán.
notice-mobile-removed-subject = Váš telefon pro obnovení hesla byl odebrán
notice-mobile-removed = Telefon pro obnovení hesla u vašeho účtu { $username } ({ $institution }) byl odebrán. Pokud jste to nebyli vy, okamžitě se obraťte na uživatelskou podporu.
notice-mobile-removed-sms = { $institution }: telefon pro obnovení hesla u účtu { $username } byl odebrán.
# Chyby.
journey-invalid_credentials = Chybné uživatelské jméno nebo heslo. Pokud jste zapomněli heslo nebo je váš účet zablokovaný, použijte obnovení hesla.
journey-too_many_failures = Příliš mnoho neúspěšných přihlášení. Chvíli počkejte, nebo použijte obnovení hesla.
journey-not_signed_in = Přihlaste se prosím.
journey-must_change_password = Nejprve si prosím změňte heslo.
journey-reauth_required = Zadejte prosím znovu své heslo.
journey-not_offered = Tato služba zde není k dispozici.
journey-link_invalid = Platnost tohoto odkazu vypršela, odkaz už byl použit, nebo bylo heslo od jeho odeslání změněno. Požádejte o nový.
journey-answer_wrong = Odpověď na bezpečnostní otázku je chybná. { $left ->
        [one] Zbývá ještě jeden pokus.
        [few] Zbývají ještě { $left } pokusy.
        [many] Zbývá ještě { $left } pokusu.
       *[other] Zbývá ještě { $left } pokusů.
    }
journey-answer_exhausted = Příliš mnoho chybných odpovědí na bezpečnostní otázku. Zkuste to znovu zítra, nebo se obraťte na uživatelskou podporu.
journey-recovery_expired = Časový limit pro obnovení hesla vypršel, nebo už bylo obnovení dokončeno. Začněte prosím znovu.
ppolicy-password_expired = Platnost vašeho hesla vypršela.
ppolicy-account_locked = Účet je zablokovaný. K jeho odblokování použijte obnovení hesla.
ppolicy-change_after_reset = Vaše heslo bylo resetováno a musíte si ho nyní změnit.
ppolicy-password_mod_not_allowed = Toto heslo nemáte oprávnění měnit. Obraťte se na uživatelskou podporu.
ppolicy-must_supply_old_password = Zadejte své současné heslo.
ppolicy-insufficient_password_quality = Adresář uživatelů toto heslo odmítl jako příliš slabé.
ppolicy-password_too_short = Adresář uživatelů toto heslo odmítl jako příliš krátké.
ppolicy-password_too_young = Vaše heslo bylo změněno příliš nedávno; zkuste to později.
ppolicy-password_in_history = Toto heslo jste nedávno použili; zvolte jiné.
ppolicy-password_too_long = Adresář uživatelů toto heslo odmítl jako příliš dlouhé.
ppolicy-other = Adresář uživatelů toto heslo odmítl.
field-current_password_wrong = Toto není vaše současné heslo.
field-channel_not_offered = Tento způsob odeslání není k dispozici.
field-rules_not_accepted = Musíte potvrdit, že znáte pravidla.
field-question_unknown = Zvolte jednu z nabízených otázek.
field-answer_length = Odpověď musí mít 3 až 200 znaků.
account-end-others = Odhlásit se ze všech ostatních relací
account-end-others-help = Ukončí všechny ostatní relace vašeho účtu na jakémkoli zařízení (například na počítači, na kterém jste se zapomněli odhlásit).
account-ended-others =
    { $count ->
        [one] Byla ukončena jedna další relace.
        [few] Byly ukončeny { $count } další relace.
        [many] Bylo ukončeno { $count } další relace.
       *[other] Bylo ukončeno { $count } dalších relací.
    }
journey-outcome_unknown = Nepodařilo se ověřit, zda bylo heslo nastaveno: adresář uživatelů přestal odpovídat. Zkuste se přihlásit novým heslem; pokud to nepůjde, stále platí to původní. Stav průběžně kontrolujeme a nový pokus vám ukáže, co se stalo.
journey-send_failed = Kód se teď nepodařilo odeslat: e-mailová nebo SMS služba ho nepřijala. Nic se neztratilo; o nový kód můžete požádat hned.
journey-earlier_write_applied = Váš předchozí pokus nakonec proběhl úspěšně: platí heslo, které jste tehdy zvolili. Přihlaste se s ním; nyní se nic dalšího nezměnilo.
