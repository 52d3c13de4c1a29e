# Layout and generic pages. Keep the ids identical in el, en, it, fr.
app-title = Gestione account
skip-to-content = Vai al contenuto
lang-switch-label = Lingua
nav-home = Home
footer-helpdesk = Serve aiuto? Contatta l'assistenza
footer-helpdesk-email = Email: { $email }
footer-helpdesk-phone = Telefono: { $phone }
home-title = Ti diamo il benvenuto nel servizio di gestione dell'account
home-intro = Un solo account, per tutti i tuoi ruoli, in tutti i servizi. Qui puoi gestire il tuo account di Ateneo in sicurezza, ovunque ti trovi.
home-what = Con questo servizio puoi:
home-item-activate = attivare il tuo account la prima volta, con un PIN monouso inviato ai recapiti che hai comunicato all'Ateneo;
home-item-change = cambiare la password;
home-item-forgot = impostare una nuova password se l'hai dimenticata;
home-item-contacts = registrare un'email di recupero e un cellulare di recupero, da usare se dimentichi la password.
error-title = Si è verificato un problema
error-back-home = Torna alla pagina iniziale
error-not-found = Questa pagina non esiste.
error-method-not-allowed = Questa operazione non è consentita qui.
error-bad-request = La richiesta non è comprensibile. Controlla i dati inseriti e riprova.
error-payload-too-large = I dati inviati sono troppo grandi.
error-too-many-requests = Troppi tentativi. Attendi { $seconds ->
        [one] { $seconds } secondo
       *[other] { $seconds } secondi
    } e riprova.
error-csrf = Il modulo è scaduto o non proviene da questo sito. Ricarica la pagina e riprova.
error-timeout = La richiesta ha impiegato troppo tempo. Riprova.
error-unavailable = Il servizio non riesce a raggiungere la directory in questo momento. Non è stato modificato nulla; riprova tra qualche minuto.
error-internal = Si è verificato un errore imprevisto. Non è stato modificato nulla; riprova più tardi.
helpdesk-fallback = l'assistenza
role-student = studente
role-staff = personale
role-faculty = docente
role-employee = dipendente
role-affiliate = collaboratore
role-member = membro
role-alum = laureato
next-request-link = Richiedi un nuovo link di reimpostazione
cancel-journey = Annulla
footer-recovery = Hai dimenticato la password? { $methods ->
    [email] Puoi ricevere un link di reimpostazione via email
    [sms] Puoi ricevere un codice via SMS
   *[both] Puoi ricevere un link di reimpostazione via email o un codice via SMS
}.
