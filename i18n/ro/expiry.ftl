# ro: expiry messages (password-expiry reminders).
# Data expirării cu prepoziția ei, după „expiră”: „pe 5 decembrie 2026”.
# $day, $month (1-12) și $year sunt numere.
expiry-on-date = pe { $day } { $month ->
    [1] ianuarie
    [2] februarie
    [3] martie
    [4] aprilie
    [5] mai
    [6] iunie
    [7] iulie
    [8] august
    [9] septembrie
    [10] octombrie
    [11] noiembrie
   *[12] decembrie
} { $year }
expiry-notice-subject = Parola dumneavoastră expiră { $date }
expiry-notice =
    Parola contului dumneavoastră { $username } de la { $institution } expiră { $date }, adică peste { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    }.
    Vă rugăm să o schimbați până atunci, pe pagina de schimbare a parolei:
    { $url }
    Parola nouă funcționează imediat pentru toate serviciile care folosesc acest cont. După schimbare, nu uitați să actualizați parolele salvate în browsere, în clientul de e-mail și în setările Wi-Fi.
expiry-notice-helpdesk = Aveți nevoie de ajutor? Contactați serviciul de asistență: { $helpdesk }
expiry-notice-sms = { $institution }: parola contului { $username } expiră { $date }. Schimbați-o la { $url }
