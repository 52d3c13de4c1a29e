# pl: przypomnienia o wygaśnięciu hasła.
# Data wygaśnięcia w postaci, która następuje po „wygaśnie”: „5 grudnia 2026”
# (bez przyimka). $day, $month (1-12) i $year są liczbami.
expiry-on-date = { $day } { $month ->
    [1] stycznia
    [2] lutego
    [3] marca
    [4] kwietnia
    [5] maja
    [6] czerwca
    [7] lipca
    [8] sierpnia
    [9] września
    [10] października
    [11] listopada
   *[12] grudnia
} { $year }
expiry-notice-subject = Hasło wygaśnie { $date }
expiry-notice =
    Hasło do konta { $username } ({ $institution }) wygaśnie { $date }, czyli za { $days ->
        [one] jeden dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }.
    Prosimy zmienić je przed tym terminem na stronie zmiany hasła:
    { $url }
    Nowe hasło od razu zacznie działać we wszystkich usługach, które korzystają z tego konta. Po zmianie warto zaktualizować hasła zapisane w przeglądarkach, programach pocztowych i ustawieniach Wi-Fi.
expiry-notice-helpdesk = Potrzebna pomoc? Prosimy o kontakt z pomocą techniczną: { $helpdesk }
expiry-notice-sms = { $institution }: hasło do konta { $username } wygaśnie { $date }. Zmiana hasła: { $url }
