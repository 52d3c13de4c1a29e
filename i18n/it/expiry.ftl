# it: expiry messages (password-expiry reminders).
# La data di scadenza con il suo articolo, dopo "scade": "il 5 dicembre 2026",
# "l'8 dicembre 2026", "il 1º dicembre 2026". $day, $month (1-12) e $year sono numeri.
expiry-on-date = { $day ->
    [1] il 1º
    [8] l'8
    [11] l'11
   *[other] il { $day }
} { $month ->
    [1] gennaio
    [2] febbraio
    [3] marzo
    [4] aprile
    [5] maggio
    [6] giugno
    [7] luglio
    [8] agosto
    [9] settembre
    [10] ottobre
    [11] novembre
   *[12] dicembre
} { $year }
expiry-notice-subject = Avviso: la tua password scade { $date }
expiry-notice =
    La password del tuo account { $username } ({ $institution }) scade { $date }, tra { $days ->
        [one] un giorno
       *[other] { $days } giorni
    }.
    Per rispettare le norme vigenti sulla sicurezza informatica e la privacy, devi cambiarla prima della scadenza. Per effettuare il cambio password, vai alla pagina:
    { $url }
    La password sarà aggiornata automaticamente per tutti i servizi digitali di Ateneo. Dopo il cambio, ricordati di aggiornare le password salvate nei browser, nella posta e nelle impostazioni Wi-Fi.
expiry-notice-helpdesk = Hai bisogno di aiuto? Contatta l'assistenza: { $helpdesk }
expiry-notice-sms = { $institution }: la password di { $username } scade { $date }. Cambiala su { $url }
