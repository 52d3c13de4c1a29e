# nl: expiry messages (password-expiry reminders).
# De vervaldatum met het voorzetsel, na "verloopt": "op 5 december 2026".
# $day, $month (1-12) en $year zijn getallen.
expiry-on-date = op { $day } { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }
expiry-notice-subject = Uw wachtwoord verloopt { $date }
expiry-notice =
    Het wachtwoord van uw account { $username } bij { $institution } verloopt { $date }, over { $days ->
        [one] één dag
       *[other] { $days } dagen
    }.
    Wijzig het vóór die datum via de pagina “Wachtwoord wijzigen”:
    { $url }
    Het nieuwe wachtwoord werkt meteen voor alle diensten die dit account gebruiken. Vergeet na de wijziging niet de wachtwoorden bij te werken die zijn opgeslagen in uw browsers, mailprogramma's en wifi-instellingen.
expiry-notice-helpdesk = Hulp nodig? Neem contact op met de servicedesk: { $helpdesk }
expiry-notice-sms = { $institution }: het wachtwoord van { $username } verloopt { $date }. Wijzig het via { $url }
