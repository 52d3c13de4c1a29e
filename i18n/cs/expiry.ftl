# cs: upozornění na vypršení platnosti hesla.
# Datum vypršení v podobě, která následuje po „vyprší“: „5. prosince 2026“
# (bez předložky). $day, $month (1-12) a $year jsou čísla.
expiry-on-date = { $day }. { $month ->
    [1] ledna
    [2] února
    [3] března
    [4] dubna
    [5] května
    [6] června
    [7] července
    [8] srpna
    [9] září
    [10] října
    [11] listopadu
   *[12] prosince
} { $year }
expiry-notice-subject = Platnost vašeho hesla vyprší { $date }
expiry-notice =
    Platnost hesla k vašemu účtu { $username } ({ $institution }) vyprší { $date }, tedy za { $days ->
        [one] jeden den
        [few] { $days } dny
        [many] { $days } dne
       *[other] { $days } dní
    }.
    Změňte si prosím heslo do té doby na stránce pro změnu hesla:
    { $url }
    Nové heslo začne okamžitě platit pro všechny služby, které tento účet používají. Po změně nezapomeňte aktualizovat hesla uložená v prohlížečích, poštovních klientech a nastavení Wi-Fi.
expiry-notice-helpdesk = Potřebujete pomoc? Obraťte se na uživatelskou podporu: { $helpdesk }
expiry-notice-sms = { $institution }: platnost hesla k účtu { $username } vyprší { $date }. Změnit ho můžete na { $url }
