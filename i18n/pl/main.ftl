# pl: układ strony i strony ogólne. Identyfikatory takie same jak w en.
app-title = Zarządzanie kontem
skip-to-content = Przejdź do treści
lang-switch-label = Język
nav-home = Strona główna
footer-helpdesk = Potrzebna pomoc? Prosimy o kontakt z pomocą techniczną
footer-helpdesk-email = E-mail: { $email }
footer-helpdesk-phone = Telefon: { $phone }
home-title = Witamy w serwisie zarządzania kontem
home-intro = Jedno konto do wszystkich pełnionych ról, we wszystkich usługach. Tutaj można bezpiecznie, z dowolnego miejsca, zarządzać swoim kontem uczelnianym.
home-what = W tym serwisie można:
home-item-activate = aktywować konto przy pierwszym użyciu za pomocą jednorazowego kodu PIN wysłanego na dane kontaktowe podane uczelni;
home-item-change = zmienić hasło;
home-item-forgot = ustawić nowe hasło w razie zapomnienia obecnego;
home-item-contacts = zarejestrować adres e-mail i numer telefonu komórkowego do odzyskiwania hasła.
error-title = Coś poszło nie tak
error-back-home = Powrót do strony głównej
error-not-found = Ta strona nie istnieje.
error-method-not-allowed = Ta operacja nie jest tutaj dozwolona.
error-bad-request = Nie udało się przetworzyć żądania. Prosimy sprawdzić wprowadzone dane i spróbować ponownie.
error-payload-too-large = Przesłane dane są zbyt duże.
error-too-many-requests = Zbyt wiele prób. Prosimy odczekać { $seconds ->
        [one] { $seconds } sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    } i spróbować ponownie.
error-csrf = Formularz wygasł lub nie pochodzi z tej witryny. Prosimy odświeżyć stronę i spróbować ponownie.
error-timeout = Przetwarzanie żądania trwało zbyt długo. Prosimy spróbować ponownie.
error-unavailable = Serwis zarządzania kontem nie może w tej chwili połączyć się z katalogiem użytkowników. Nic nie zostało zmienione; prosimy spróbować ponownie za kilka minut.
error-internal = Wystąpił nieoczekiwany błąd. Nic nie zostało zmienione; prosimy spróbować ponownie później.
# W narzędniku: wstawiane po „prosimy o kontakt z” (recover-no-contacts).
helpdesk-fallback = pomocą techniczną
role-student = student
role-staff = pracownik administracyjny
role-faculty = nauczyciel akademicki
role-employee = pracownik
role-affiliate = współpracownik
role-member = członek społeczności uczelni
role-alum = absolwent
next-request-link = Poproś o nowy link
cancel-journey = Anuluj
footer-recovery = Zapomniane hasło? { $methods ->
    [email] Link do resetowania hasła można otrzymać e-mailem
    [sms] Kod można otrzymać SMS-em
   *[both] Można otrzymać link do resetowania hasła e-mailem lub kod SMS-em
}.
