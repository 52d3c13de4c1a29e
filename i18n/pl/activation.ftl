# pl: aktywacja konta. Identyfikatory takie same jak w en.
activation-title = Aktywacja konta
activation-step = Krok { $n }/4
activation-intro = Jedno konto do wszystkich pełnionych ról, we wszystkich usługach. W celu potwierdzenia tożsamości na dane kontaktowe podane uczelni zostanie wysłany jednorazowy kod PIN. Po potwierdzeniu danych i wybraniu hasła konto będzie gotowe do użycia.
activation-once = Aktywację przeprowadza się tylko raz. Jeśli konto jest już aktywne, w razie zapomnienia hasła należy skorzystać z odzyskiwania hasła.
activation-start = Aktywuj konto
activation-role-title = Aby rozpocząć aktywację, prosimy wybrać swoją rolę.
activation-role-label = Jestem
activation-role-note = Profil konta jest na bieżąco aktualizowany na podstawie danych uczelni, dla każdej pełnionej roli. To samo hasło działa we wszystkich rolach.
activation-begin = Rozpocznij aktywację
activation-identify-title = Krok 1/4: dane osobowe
activation-identify-intro = Prosimy podać swoje dane, abyśmy mogli potwierdzić tożsamość.
activation-identify-contact-hint = Prosimy mieć pod ręką adres e-mail lub telefon komórkowy podany uczelni: tam zostanie wysłany kod PIN. Kodu można użyć tylko raz; jest ważny przez { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }.
activation-identify-one-enough = Wystarczy wypełnić jedno z dwóch pól: telefon komórkowy lub e-mail. Jeśli zostaną wypełnione oba, kod PIN zostanie wysłany na oba.
activation-identify-warning = Należy podać ten sam numer telefonu komórkowego lub adres e-mail, który został zgłoszony uczelni przy przyjęciu, a nie inny.
activation-mobile = Telefon komórkowy
activation-mobile-hint = Numer bez spacji; numer zagraniczny ze znakiem + na początku.
activation-email = E-mail
activation-email-hint = Prywatny adres e-mail, nie uczelniany, np. nick225@example.com
activation-personal-number = Numer identyfikacyjny
activation-personal-number-hint = Studenci: numer albumu lub krajowy identyfikator studenta (INE); pracownicy: numer pracowniczy; pozostałe osoby: nadany im unikalny identyfikator.
activation-birth-date = Data urodzenia
activation-birth-date-hint = DD.MM.RRRR
activation-next = Dalej
activation-required-note = * pola wymagane
activation-pin-title = Krok 2/4: kod PIN
activation-pin-intro = Jeśli podane dane są zgodne z danymi uczelni, został na nie wysłany kod PIN. Prosimy wpisać go poniżej.
activation-pin-validity = Kod PIN jest ważny przez { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    } i można go użyć tylko raz.
activation-pin-label = Kod PIN
activation-pin-none = Kod PIN nie dotarł? Prosimy sprawdzić, czy podano numer telefonu komórkowego lub adres e-mail zgłoszony uczelni, odczekać minutę i poprosić o nowy kod. Jeśli nadal nie dociera, prosimy o kontakt: { $contact }.
activation-pin-resend = Wyślij nowy kod
activation-pin-resent = Jeśli dane były zgodne, wysłano nowy kod. Poprzedni kod jest już nieważny.
activation-pin-send-failed-email = Nie udało się teraz wysłać kodu e-mailem. Nic nie zostało utracone: prosimy za kilka minut użyć przycisku „Wyślij nowy kod”.
activation-pin-send-failed-sms = Nie udało się teraz wysłać kodu SMS-em. Nic nie zostało utracone: prosimy za kilka minut użyć przycisku „Wyślij nowy kod”.
activation-national-id-title = Krok 2/4: krajowy numer identyfikacyjny
activation-national-id-intro = Prosimy podać w poniższym formularzu numer AMKA (grecki numer ubezpieczenia społecznego).
activation-national-id-foreign-note = Osoby z zagranicy mogą podać numer ubezpieczenia społecznego swojego kraju lub numer Europejskiej Karty Ubezpieczenia Zdrowotnego.
activation-national-id-use-note = Numer służy wyłącznie do rejestracji w katalogu użytkowników.
activation-amka = AMKA
activation-amka-hint = 11 cyfr bez spacji
activation-use-foreign = Chcę podać numer ubezpieczenia społecznego innego kraju (lub numer Europejskiej Karty Ubezpieczenia Zdrowotnego)
activation-foreign-title = Numer ubezpieczenia społecznego innego kraju
activation-country = Kraj
activation-country-hint = Dwuliterowy kod, np. PL, IT, DE
activation-kind = Rodzaj numeru
activation-kind-ssn = Numer ubezpieczenia społecznego
activation-kind-ehic = Numer Europejskiej Karty Ubezpieczenia Zdrowotnego (EKUZ)
activation-number = Numer
activation-use-amka = Chcę podać numer AMKA
activation-confirm-title = Krok 3/4: potwierdzenie danych
activation-confirm-username = Konto będzie używać nazwy użytkownika { $username }, nadanej przez uczelnię.
activation-confirm-agree-note = Jeśli dane zapisane przez uczelnię są prawidłowe, prosimy wybrać „Zgadzam się”, aby kontynuować; w przeciwnym razie – „Nie zgadzam się”, aby dowiedzieć się, jak je poprawić.
activation-confirm-contacts-note = Prywatny numer telefonu komórkowego i zewnętrzny adres e-mail jako dodatkowy sposób potwierdzania tożsamości chronią dostęp do aplikacji wymagających szczególnej ochrony, a w razie zapomnienia hasła umożliwiają jego łatwe odzyskanie.
activation-name = Imię i nazwisko
activation-role = Rola
activation-department = Jednostka
activation-national-id = Krajowy numer identyfikacyjny
activation-consent-mobile = Wyrażam zgodę na przechowywanie przez aplikację mojego numeru telefonu komórkowego w celu odzyskiwania hasła SMS-em.
activation-consent-email = Wyrażam zgodę na przechowywanie przez aplikację mojego pozauczelnianego adresu e-mail w celu odzyskiwania hasła e-mailem.
activation-email-external = E-mail (zewnętrzny)
activation-tax-number = Numer identyfikacji podatkowej (AFM)
activation-father-name = Imię ojca
activation-gender = Płeć
activation-gender-0 = Nieznana
activation-gender-1 = Mężczyzna
activation-gender-2 = Kobieta
activation-gender-9 = Nie dotyczy
activation-consent-code-sms = Kod PIN nie został wysłany na ten numer: po zaznaczeniu pola wyślemy na niego kod, aby przed zapisaniem sprawdzić, czy numer należy do osoby aktywującej konto.
activation-consent-code-email = Kod PIN nie został wysłany na ten adres e-mail: po zaznaczeniu pola wyślemy na niego kod, aby przed zapisaniem sprawdzić, czy adres należy do osoby aktywującej konto.
activation-verify-title = Krok 3/4: potwierdzenie danych kontaktowych
activation-verify-intro-sms = Aby zapisać numer telefonu komórkowego do odzyskiwania hasła, prosimy wpisać kod wysłany SMS-em na numer { $to }.
activation-verify-intro-email = Aby zapisać zewnętrzny adres e-mail do odzyskiwania hasła, prosimy wpisać kod wysłany na adres { $to }.
activation-verify-label = Kod
activation-verify-skip = Kontynuuj bez zapisywania
activation-verify-skip-note = Jeśli kod nie dotrze, można kontynuować bez zapisywania tych danych kontaktowych i dodać je później w ustawieniach konta.
activation-verify-resent = Wysłano nowy kod. Poprzedni kod jest już nieważny.
activation-agree = Zgadzam się
activation-disagree = Nie zgadzam się
activation-disagree-title = Dane wymagają poprawienia
activation-disagree-text = Wyświetlone dane pochodzą z informacji zgłoszonych do systemów informatycznych uczelni. Jeśli są niepełne lub błędne, prosimy zwrócić się do dziekanatu o ich poprawienie. Konto nie zostało aktywowane; po poprawieniu danych należy ponownie rozpocząć aktywację.
activation-password-title = Krok 4/4: wybór hasła
activation-password-rules = Hasło musi spełniać następujące zasady:
activation-password = Hasło
activation-password-confirm = Hasło (powtórzenie)
activation-suggestions = Proponowane hasła
activation-suggestions-hint = Można skopiować jedno z nich lub wybrać własne.
activation-suggestions-random = Pokaż losowe znaki zamiast słów
activation-suggestions-passphrase = Pokaż słowa zamiast losowych znaków
activation-accept-terms = Akceptuję warunki korzystania oraz politykę prywatności aplikacji.
activation-terms = Warunki korzystania
activation-privacy = Polityka prywatności
activation-register = Zarejestruj
activation-welcome-title = Witamy, { $username }!
activation-welcome-text = Rejestracja została zakończona. Nazwa użytkownika: { $username }.
activation-welcome-services = To konto daje dostęp do wszystkich usług uczelni oraz do usług federacyjnych:
activation-already-title = Konto jest już aktywne
activation-already-text = Aktywację przeprowadza się tylko raz. W razie zapomnienia hasła należy skorzystać z odzyskiwania hasła.
activation-recover-link = Odzyskaj hasło
activation-missing-title = Brak wymaganych danych użytkownika
activation-missing-text = W danych uczelni brakuje: { $fields }. Prosimy zwrócić się do dziekanatu o ich uzupełnienie, a następnie ponownie rozpocząć aktywację.
activation-amka-failed-title = Weryfikacja numeru AMKA nie powiodła się
activation-amka-failed-text = Numer AMKA nie zgadza się z nazwiskiem lub datą urodzenia zapisanymi w danych uczelni. Jeśli numer AMKA, nazwisko lub data urodzenia są tam błędne, prosimy zwrócić się do dziekanatu o ich poprawienie, a następnie kontynuować aktywację.
activation-registrar = Kontakt: { $contact }
activation-restart = Zacznij od nowa
activation-no-match = Nie znaleziono użytkownika o podanych danych
activation-no-match-help = Prosimy zwrócić się do dziekanatu o sprawdzenie i poprawienie numeru telefonu komórkowego lub adresu e-mail.
missing-username = nazwa użytkownika
missing-birth_date = data urodzenia
missing-national_id = krajowy numer identyfikacyjny (AMKA)
missing-national_id_country = kraj wydania krajowego numeru identyfikacyjnego
activation-pin-subject = Kod PIN do aktywacji konta
activation-pin-email = Kod PIN do aktywacji konta ({ $institution }) to { $pin }. Jest ważny przez { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    } i można go użyć tylko raz. Jeśli kod nie był zamawiany, prosimy zignorować tę wiadomość.
activation-pin-sms = { $institution }: kod PIN do aktywacji konta: { $pin } (ważny { $minutes } min, jednorazowy).
# Błędy procesu (pole „message” API i teksty stron).
journey-flow_not_found = Ta aktywacja wygasła lub nie istnieje. Prosimy rozpocząć od nowa.
journey-wrong_step = Ten krok nie jest teraz dostępny. Prosimy kontynuować od bieżącego kroku.
journey-invalid_input = Niektóre pola wymagają poprawienia.
journey-no_match = Nie znaleziono użytkownika o podanych danych.
journey-pin_wrong = Nieprawidłowy kod PIN. { $left ->
        [one] Pozostała jeszcze jedna próba.
        [few] Pozostały jeszcze { $left } próby.
        [many] Pozostało jeszcze { $left } prób.
       *[other] Pozostało jeszcze { $left } próby.
    }
journey-pin_exhausted = Zbyt wiele błędnych prób: ten kod PIN jest już nieważny. Prosimy rozpocząć od nowa.
journey-pin_invalid = Ten kod PIN wygasł lub został już użyty. Należy poprosić o nowy kod.
journey-resend_cooldown = Nowy kod będzie można zamówić za { $seconds ->
        [one] { $seconds } sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    }.
journey-resend_limit = Dla tej aktywacji nie można już wysłać kolejnych kodów. Prosimy rozpocząć od nowa później.
journey-pin_budget = Dla tego konta zamówiono lub wpisano zbyt wiele kodów. Ze względów bezpieczeństwa przez pewien czas żaden kod nie zadziała: prosimy spróbować ponownie za godzinę lub skontaktować się z pomocą techniczną.
journey-busy = Serwis jest obecnie bardzo obciążony. Prosimy spróbować ponownie za kilka minut.
journey-already_active = Konto jest już aktywne. W razie zapomnienia hasła należy skorzystać z odzyskiwania hasła.
journey-required_fields_missing = W danych uczelni brakuje niektórych wymaganych informacji. Prosimy zwrócić się do dziekanatu o ich uzupełnienie.
journey-amka_check_failed = Weryfikacja numeru AMKA nie powiodła się.
journey-password_policy = Hasło nie spełnia wymaganych zasad.
journey-too_many_requests = Zbyt wiele prób. Prosimy odczekać { $seconds ->
        [one] { $seconds } sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    } i spróbować ponownie.
journey-unavailable = Usługa, od której zależy kleidi, jest obecnie niedostępna. Nic nie zostało zmienione; prosimy spróbować ponownie za kilka minut.
journey-internal = Wystąpił nieoczekiwany błąd. Nic nie zostało zmienione; prosimy spróbować ponownie później.
# Błędy pól (kody sprawdzanych typów).
field-required = To pole jest wymagane.
field-unknown_role = Prosimy wybrać jedną z ról.
field-mobile_or_email_required = Prosimy podać numer telefonu komórkowego, adres e-mail lub oba.
field-password_mismatch = Podane hasła nie są zgodne.
field-terms_not_accepted = Aby kontynuować, należy zaakceptować warunki korzystania.
field-username_empty = Prosimy podać nazwę użytkownika.
field-username_too_long = Ta nazwa użytkownika jest zbyt długa.
field-username_control_char = Ta nazwa użytkownika zawiera niedozwolone znaki.
field-username_forbidden_char = Ta nazwa użytkownika zawiera niedozwolone znaki.
field-email_empty = Prosimy podać adres e-mail.
field-email_at_sign = Adres e-mail musi zawierać dokładnie jeden znak @.
field-email_local_part = Część przed znakiem @ jest nieprawidłowa.
field-email_domain = Część po znaku @ nie jest prawidłową domeną.
field-email_too_long = Ten adres e-mail jest zbyt długi.
field-country_unknown = Nieznany kod kraju.
field-mobile_empty = Prosimy podać numer telefonu komórkowego.
field-mobile_invalid_char = Numer telefonu może zawierać tylko cyfry, spacje i opcjonalny znak + na początku.
field-mobile_calling_code = Nieznany międzynarodowy numer kierunkowy.
field-mobile_length = Ten numer ma nieprawidłową liczbę cyfr.
field-mobile_not_mobile = To nie jest numer telefonu komórkowego.
field-birth_date_format = Datę należy wpisać w formacie DD.MM.RRRR.
field-birth_date_invalid = Taka data nie istnieje.
field-birth_date_out_of_range = Ta data urodzenia jest mało prawdopodobna.
field-amka_invalid = Numer AMKA musi mieć 11 cyfr i prawidłową cyfrę kontrolną.
field-amka_mismatch = Ten numer AMKA nie zgadza się z datą urodzenia.
field-national_id_empty = Prosimy podać numer.
field-national_id_invalid_char = Dozwolone są tylko litery i cyfry.
field-national_id_length = Ten numer ma nieprawidłową długość.
field-national_id_ehic_country = Ten kraj nie wydaje Europejskiej Karty Ubezpieczenia Zdrowotnego.
field-national_id_use_amka = W przypadku Grecji należy podać numer AMKA.
field-national_id_schac_format = Zapisany krajowy numer identyfikacyjny ma nieprawidłowy format.
field-pin_empty = Prosimy wpisać kod PIN.
field-pin_length = Kod PIN musi mieć { $digits ->
        [one] { $digits } cyfrę
        [few] { $digits } cyfry
        [many] { $digits } cyfr
       *[other] { $digits } cyfry
    }.
field-pin_not_digits = Kod PIN składa się wyłącznie z cyfr.
field-personal_number_empty = Prosimy podać numer identyfikacyjny.
field-personal_number_length = Ten numer ma nieprawidłową długość.
field-personal_number_invalid_char = Dozwolone są tylko litery, cyfry i łączniki.
activation-reconsider = Powrót do moich danych
activation-pin-sent-to = Jeśli podane dane są zgodne z danymi uczelni, kod PIN został wysłany na { $to }. Prosimy wpisać go poniżej.
