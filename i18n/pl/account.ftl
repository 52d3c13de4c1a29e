# pl: logowanie, strona konta, zmiana hasła, dane kontaktowe, odzyskiwanie hasła. Identyfikatory takie same jak w en.
login-title = Logowanie
login-intro = Witamy w serwisie zarządzania kontem. Umożliwia on ustawienie nowego hasła w razie jego zapomnienia oraz bezpieczną zmianę hasła.
login-username = Nazwa użytkownika
login-password = Hasło
login-submit = Zaloguj się
login-forgot-password = Nie pamiętam hasła
login-forgot-username = Nie pamiętam nazwy użytkownika
login-activate = Aktywuj konto
logout = Wyloguj się
signed-in-as = Zalogowano jako { $username }
nav-account = Strona główna
nav-change-password = Zmiana hasła
nav-contacts = Dane do odzyskiwania hasła
nav-account-info = Informacje o koncie
nav-security-question = Pytanie zabezpieczające
account-title = Zarządzanie kontem
account-username = Nazwa użytkownika
account-name = Imię i nazwisko
account-roles = Role
account-recovery-email = E-mail do odzyskiwania hasła
account-recovery-mobile = Telefon do odzyskiwania hasła
account-none = nie zarejestrowano
account-password-changed = Ostatnia zmiana hasła
account-password-expires = Data wygaśnięcia hasła
account-must-change = Przed wykonaniem jakichkolwiek innych czynności należy zmienić hasło.
account-expiry-warning = Hasło wygaśnie za { $days ->
        [one] jeden dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. Prosimy je zmienić.
account-grace-warning = Hasło wygasło. Można się nim zalogować jeszcze { $left ->
        [one] tylko raz
        [few] { $left } razy
        [many] { $left } razy
       *[other] { $left } razy
    }: należy je teraz zmienić.
account-no-contacts = Nie zarejestrowano adresu e-mail ani telefonu do odzyskiwania hasła. Bez nich odzyskanie hasła jest niemożliwe: prosimy zarejestrować je teraz.
change-title = Zmiana hasła
change-current = Obecne hasło
change-new = Nowe hasło
change-confirm = Nowe hasło (powtórzenie)
change-submit = Zapisz
change-done-title = Hasło zostało zmienione
account-changed-reminder = Nowe hasło obowiązuje już we wszystkich usługach uczelni. Jeśli poprzednie hasło było zapisane w przeglądarce lub w programie pocztowym (Thunderbird, Outlook…), należy je tam zastąpić nowym.
contacts-title = Dane do odzyskiwania hasła
contacts-intro = Prosimy zarejestrować prywatny e-mail i telefon komórkowy do odzyskiwania hasła – pozwoli to od razu odzyskać hasło w razie jego zapomnienia.
contacts-email = E-mail do odzyskiwania hasła (prywatny, nie uczelniany)
contacts-mobile = Telefon komórkowy
contacts-new-value = Nowa wartość
contacts-password = Hasło (ze względów bezpieczeństwa)
contacts-save = Wyślij kod weryfikacyjny
contacts-remove = Usuń
contacts-verify-title = Weryfikacja nowych danych kontaktowych
contacts-verify-intro = Na nowy adres lub numer wysłaliśmy kod. Dane zostaną zapisane dopiero po wpisaniu tutaj tego kodu.
contacts-verify-submit = Zweryfikuj
contacts-stored = Nowe dane kontaktowe zostały zweryfikowane i zapisane.
contacts-removed = Dane kontaktowe zostały usunięte.
contacts-pin-label = Kod wysłany na nowy adres lub numer
contacts-current = Obecnie zarejestrowany: { $value }
contacts-none = Jeszcze nic nie zarejestrowano.
contacts-remove-confirm = Usunąć { $value }? Nie będzie już można za jego pomocą odzyskać hasła.
question-title = Pytanie zabezpieczające
question-intro = Pytanie zabezpieczające pozwala odzyskać hasło na podstawie numeru identyfikacyjnego i daty urodzenia.
question-question = Pytanie
question-answer = Odpowiedź
question-save = Zapisz
question-stored = Pytanie zabezpieczające zostało zapisane.
recover-title = Zapomniane hasło
recover-intro = Przed ustawieniem nowego hasła musimy ze względów bezpieczeństwa potwierdzić tożsamość.
recover-username = Nazwa użytkownika
recover-contact = Zarejestrowany e-mail lub telefon do odzyskiwania hasła
recover-personal-number = Numer identyfikacyjny
recover-personal-number-hint = Numer albumu lub krajowy identyfikator studenta (INE), numer pracowniczy albo nadany unikalny identyfikator.
recover-birth-date = Data urodzenia
recover-birth-date-hint = DD.MM.RRRR
recover-channel = Sposób wysyłki
recover-by-email = Wyślij e-mailem
recover-by-sms = Wyślij SMS-em
recover-continue = Dalej
recover-no-contacts = Odzyskiwanie hasła działa tylko wtedy, gdy zarejestrowano e-mail lub telefon do odzyskiwania hasła. Jeśli tego nie zrobiono lub dane są błędne, prosimy o kontakt z { $contact }.
recover-sent-title = Prosimy sprawdzić wiadomości
recover-sent-failing = Przed chwilą wystąpiła awaria naszej usługi pocztowej, więc link może nie dotrzeć. Nic nie zostało wykorzystane: prosimy spróbować ponownie za kilka minut.
recover-sent = Jeśli podane dane odpowiadają kontu z zarejestrowanymi danymi kontaktowymi, wysłaliśmy na nie instrukcje. Link jest ważny przez { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }.
recover-pin-title = Kod z wiadomości SMS
recover-pin-intro = Jeśli podane dane odpowiadają kontu z zarejestrowanym numerem telefonu komórkowego, wysłaliśmy na niego kod SMS-em.
recover-pin-send-failed = Nie udało się teraz wysłać kodu SMS-em. Nic nie zostało utracone: można od razu poprosić o nowy kod.
recover-pin-resend = Wyślij nowy kod
recover-pin-validity = Kod jest ważny przez { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }.
recover-pin-label = Kod
recover-question-title = Pytanie zabezpieczające
recover-answer = Odpowiedź
recover-new-title = Nowe hasło
recover-new-password = Nowe hasło
recover-new-confirm = Nowe hasło (powtórzenie)
recover-accept-rules = Potwierdzam zapoznanie się z zasadami wewnętrznymi.
# Po tym wstępie następują zasady policy-rule-*, które są pełnymi zdaniami.
recover-rules-must = Aby hasło było prawidłowe, musi spełniać następujące zasady:
recover-submit = Potwierdź
recover-done-title = Hasło zostało zmienione
recover-done = Hasło zostało zmienione; potwierdzenie wysłano na zarejestrowane adresy. Można się teraz zalogować nowym hasłem.
recover-link-dead = Ten link wygasł, został już użyty lub po jego wysłaniu hasło zostało zmienione. Należy poprosić o nowy link.
username-title = Zapomniana nazwa użytkownika
username-intro = Prosimy podać numer identyfikacyjny i datę urodzenia albo zarejestrowany e-mail do odzyskiwania hasła. Nazwa użytkownika zostanie wysłana na zarejestrowane dane kontaktowe; nigdy nie jest wyświetlana na tej stronie.
username-email = E-mail do odzyskiwania hasła
username-or = lub
username-submit = Wyślij nazwę użytkownika
username-sent = Jeśli dane odpowiadają kontu, nazwa użytkownika została wysłana na zarejestrowane dane kontaktowe tego konta.
# Wiadomości wysyłane e-mailem i SMS-em.
contact-pin-subject = Weryfikacja danych do odzyskiwania hasła
contact-pin-email = Kod weryfikacyjny ({ $institution }) to { $pin }. Jest ważny przez { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }. Jeśli kod nie był zamawiany, prosimy zignorować tę wiadomość.
contact-pin-sms = { $institution }: kod weryfikacyjny { $pin } (ważny { $minutes } min).
recovery-pin-sms = { $institution }: kod do odzyskiwania hasła { $pin } (ważny { $minutes } min). Kodu nie należy nikomu udostępniać.
recovery-link-subject = Ustawienie nowego hasła
recovery-link-email = Otrzymaliśmy prośbę o ustawienie nowego hasła do konta { $username } ({ $institution }). Aby to zrobić, prosimy otworzyć ten link w ciągu { $minutes ->
        [one] { $minutes } minuty
        [few] { $minutes } minut
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }: { $url } Jeśli prośba nie pochodziła od właściciela konta, prosimy zignorować tę wiadomość: hasło pozostanie bez zmian.
recovery-username-subject = Nazwa użytkownika
recovery-username-email = Nazwa użytkownika ({ $institution }): { $username }
security-question-1 = Nazwa pierwszej szkoły
security-question-2 = Miasto, w którym pobrali się rodzice
security-question-3 = Imię pierwszego zwierzęcia domowego
security-question-4 = Nazwa ulicy, przy której mieszkało się w dzieciństwie
notice-password-changed-subject = Hasło zostało zmienione
notice-password-changed = Hasło do konta { $username } ({ $institution }) zostało zmienione. Jeśli ta zmiana nastąpiła bez wiedzy właściciela konta, prosimy niezwłocznie skontaktować się z pomocą techniczną.
notice-password-changed-sms = { $institution }: hasło do konta { $username } zostało zmienione. Nieautoryzowana zmiana? Prosimy o kontakt z pomocą techniczną.
notice-password-reset-subject = Hasło zostało zresetowane
notice-password-reset = Hasło do konta { $username } ({ $institution }) zostało zresetowane za pomocą odzyskiwania hasła. Jeśli ta zmiana nastąpiła bez wiedzy właściciela konta, prosimy niezwłocznie skontaktować się z pomocą techniczną.
notice-password-reset-sms = { $institution }: hasło do konta { $username } zostało zresetowane. Nieautoryzowana zmiana? Prosimy o kontakt z pomocą techniczną.
notice-email-changed-subject = Zmieniono e-mail do odzyskiwania hasła
notice-email-changed = Na koncie { $username } ({ $institution }) zmieniono e-mail do odzyskiwania hasła. Jeśli ta zmiana nastąpiła bez wiedzy właściciela konta, prosimy niezwłocznie skontaktować się z pomocą techniczną.
notice-email-changed-sms = { $institution }: na koncie { $username } zmieniono e-mail do odzyskiwania hasła.
notice-mobile-changed-subject = Zmieniono telefon do odzyskiwania hasła
notice-mobile-changed = Na koncie { $username } ({ $institution }) zmieniono telefon do odzyskiwania hasła. Jeśli ta zmiana nastąpiła bez wiedzy właściciela konta, prosimy niezwłocznie skontaktować się z pomocą techniczną.
notice-mobile-changed-sms = { $institution }: na koncie { $username } zmieniono telefon do odzyskiwania hasła.
notice-email-removed-subject = Usunięto e-mail do odzyskiwania hasła
notice-email-removed = Z konta { $username } ({ $institution }) usunięto e-mail do odzyskiwania hasła. Jeśli ta zmiana nastąpiła bez wiedzy właściciela konta, prosimy niezwłocznie skontaktować się z pomocą techniczną.
notice-email-removed-sms = { $institution }: z konta { $username } usunięto e-mail do odzyskiwania hasła.
notice-mobile-removed-subject = Usunięto telefon do odzyskiwania hasła
notice-mobile-removed = Z konta { $username } ({ $institution }) usunięto telefon do odzyskiwania hasła. Jeśli ta zmiana nastąpiła bez wiedzy właściciela konta, prosimy niezwłocznie skontaktować się z pomocą techniczną.
notice-mobile-removed-sms = { $institution }: z konta { $username } usunięto telefon do odzyskiwania hasła.
# Błędy.
journey-invalid_credentials = Nieprawidłowa nazwa użytkownika lub hasło. W razie zapomnienia hasła lub zablokowania konta należy skorzystać z odzyskiwania hasła.
journey-too_many_failures = Zbyt wiele nieudanych prób logowania. Prosimy odczekać chwilę lub skorzystać z odzyskiwania hasła.
journey-not_signed_in = Prosimy się zalogować.
journey-must_change_password = Najpierw należy zmienić hasło.
journey-reauth_required = Prosimy ponownie wpisać hasło.
journey-not_offered = Ta usługa nie jest tutaj dostępna.
journey-link_invalid = Ten link wygasł, został już użyty lub po jego wysłaniu hasło zostało zmienione. Należy poprosić o nowy link.
journey-answer_wrong = Nieprawidłowa odpowiedź na pytanie zabezpieczające. { $left ->
        [one] Pozostała jeszcze jedna próba.
        [few] Pozostały jeszcze { $left } próby.
        [many] Pozostało jeszcze { $left } prób.
       *[other] Pozostało jeszcze { $left } próby.
    }
journey-answer_exhausted = Zbyt wiele błędnych odpowiedzi na pytanie zabezpieczające. Prosimy spróbować ponownie jutro lub skontaktować się z pomocą techniczną.
journey-recovery_expired = Ta procedura odzyskiwania hasła wygasła lub została już zakończona. Prosimy rozpocząć od nowa.
ppolicy-password_expired = Hasło wygasło.
ppolicy-account_locked = Konto jest zablokowane. Aby je odblokować, należy skorzystać z odzyskiwania hasła.
ppolicy-change_after_reset = Hasło zostało zresetowane i należy je teraz zmienić.
ppolicy-password_mod_not_allowed = Zmiana tego hasła nie jest dozwolona. Prosimy o kontakt z pomocą techniczną.
ppolicy-must_supply_old_password = Prosimy podać obecne hasło.
ppolicy-insufficient_password_quality = Katalog użytkowników odrzucił to hasło jako zbyt słabe.
ppolicy-password_too_short = Katalog użytkowników odrzucił to hasło jako zbyt krótkie.
ppolicy-password_too_young = Hasło zostało zmienione zbyt niedawno; prosimy spróbować ponownie później.
ppolicy-password_in_history = To hasło było niedawno używane; prosimy wybrać inne.
ppolicy-password_too_long = Katalog użytkowników odrzucił to hasło jako zbyt długie.
ppolicy-other = Katalog użytkowników odrzucił to hasło.
field-current_password_wrong = To nie jest obecne hasło.
field-channel_not_offered = Ten sposób wysyłki nie jest dostępny.
field-rules_not_accepted = Należy potwierdzić zapoznanie się z zasadami.
field-question_unknown = Prosimy wybrać jedno z proponowanych pytań.
field-answer_length = Odpowiedź musi mieć od 3 do 200 znaków.
account-end-others = Wyloguj pozostałe sesje
account-end-others-help = Kończy wszystkie pozostałe sesje tego konta na dowolnym urządzeniu (np. na komputerze, na którym zapomniano się wylogować).
account-ended-others =
    { $count ->
        [one] Zakończono jedną inną sesję.
        [few] Zakończono { $count } inne sesje.
        [many] Zakończono { $count } innych sesji.
       *[other] Zakończono { $count } innej sesji.
    }
journey-outcome_unknown = Nie udało się potwierdzić, czy hasło zostało ustawione: katalog użytkowników przestał odpowiadać. Prosimy spróbować zalogować się nowym hasłem; jeśli to się nie uda, nadal działa poprzednie. Sprawdzamy to na bieżąco, a ponowna próba pokaże, co się stało.
journey-send_failed = Nie udało się teraz wysłać kodu: usługa poczty lub SMS go nie przyjęła. Nic nie zostało utracone; można od razu poprosić o nowy kod.
journey-earlier_write_applied = Poprzednia próba jednak się powiodła: obowiązuje hasło wybrane wtedy. Prosimy zalogować się tym hasłem; teraz nic więcej nie zostało zmienione.
