# sv: expiry messages (password-expiry reminders).
# Utgångsdatumet med sin preposition, efter "går ut": "den 5 december 2026".
# $day, $month (1-12) och $year är tal.
expiry-on-date = den { $day } { $month ->
    [1] januari
    [2] februari
    [3] mars
    [4] april
    [5] maj
    [6] juni
    [7] juli
    [8] augusti
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }
expiry-notice-subject = Ditt lösenord går ut { $date }
expiry-notice =
    Lösenordet för ditt konto { $username } vid { $institution } går ut { $date }, om { $days ->
        [one] en dag
       *[other] { $days } dagar
    }.
    Byt det före dess på sidan för lösenordsbyte:
    { $url }
    Det nya lösenordet gäller direkt för alla tjänster som använder det här kontot. Kom ihåg att efter bytet uppdatera de sparade lösenorden i dina webbläsare, ditt e-postprogram och dina wifi-inställningar.
expiry-notice-helpdesk = Behöver du hjälp? Kontakta supporten: { $helpdesk }
expiry-notice-sms = { $institution }: lösenordet för { $username } går ut { $date }. Byt det på { $url }
