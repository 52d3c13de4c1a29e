# mypassword: sign-in, account page, password change, contacts, recovery. Keep ids identical in el, en, it, fr.
login-title = Accedi
login-intro = Ti diamo il benvenuto nel servizio di gestione dell'account. Qui puoi impostare una nuova password se l'hai dimenticata e cambiare la password in sicurezza.
login-username = Nome utente
login-password = Password
login-submit = Accedi
login-forgot-password = Ho dimenticato la password
login-forgot-username = Non ricordo il nome utente
login-activate = Attiva il mio account
logout = Esci
signed-in-as = Accesso effettuato come { $username }
nav-account = Home
nav-change-password = Cambio password
nav-contacts = Recapiti per il recupero
nav-account-info = Informazioni sull'account
nav-security-question = Domanda di sicurezza
account-title = Gestione account
account-username = Nome utente
account-name = Nome e cognome
account-roles = Ruoli
account-recovery-email = Email di recupero
account-recovery-mobile = Cellulare di recupero
account-none = non registrato
account-password-changed = Ultimo cambio password
account-password-expires = Scadenza della password
account-must-change = Devi cambiare la password prima di poter fare qualsiasi altra operazione.
account-expiry-warning = La tua password scade tra { $days ->
    [one] un giorno
   *[other] { $days } giorni
}. Effettua il cambio password.
account-grace-warning = La tua password è scaduta. Puoi ancora accedere con questa password { $left ->
    [one] una sola volta
   *[other] { $left } volte
}: cambiala subito.
account-no-contacts = Non hai registrato un'email di recupero né un cellulare di recupero. Senza di essi il recupero password è impossibile: registrali subito.
change-title = Cambio password
change-current = Password attuale
change-new = Nuova password
change-confirm = Ripeti la nuova password
change-submit = Salva
change-done-title = La password è stata cambiata
account-changed-reminder = La password è stata aggiornata automaticamente per tutti i servizi digitali di Ateneo. Se la vecchia password era salvata nel browser o in un programma di posta (Thunderbird, Outlook…), sostituiscila con quella nuova.
contacts-title = Recapiti per il recupero
contacts-intro = Registra un'email di recupero e un cellulare di recupero: se dimentichi la password, potrai recuperarla subito.
contacts-email = Email di recupero (un indirizzo personale, non quello di Ateneo)
contacts-mobile = Cellulare di recupero
contacts-new-value = Nuovo valore
contacts-password = La tua password (per sicurezza)
contacts-save = Invia un codice di verifica
contacts-remove = Rimuovi
contacts-verify-title = Verifica il nuovo recapito
contacts-verify-intro = Abbiamo inviato un codice al nuovo recapito. Il recapito verrà registrato solo quando inserirai qui il codice.
contacts-verify-submit = Verifica
contacts-stored = Il nuovo recapito è stato verificato e registrato.
contacts-removed = Il recapito è stato rimosso.
contacts-pin-label = Codice che abbiamo inviato al nuovo recapito
contacts-current = Registrato ora: { $value }
contacts-none = Nessuno registrato.
contacts-remove-confirm = Rimuovere { $value }? Non potrai più usarlo per recuperare la password.
question-title = Domanda di sicurezza
question-intro = La domanda di sicurezza ti permette di recuperare la password con il tuo numero identificativo e la tua data di nascita.
question-question = La tua domanda
question-answer = La tua risposta
question-save = Salva
question-stored = La tua domanda di sicurezza è stata registrata.
recover-title = Reimposta password
recover-intro = Per impostare una nuova password, dobbiamo prima verificare i tuoi dati, per sicurezza.
recover-username = Nome utente
recover-contact = L'email di recupero o il cellulare di recupero che hai registrato
recover-personal-number = Numero identificativo
recover-personal-number-hint = Per gli studenti il numero di matricola o il codice identificativo nazionale dello studente (INE), per il personale il numero di matricola, negli altri casi il codice univoco che ti è stato assegnato.
recover-birth-date = Data di nascita
recover-birth-date-hint = gg/mm/aaaa
recover-channel = Come vuoi riceverlo?
recover-by-email = Invia via email
recover-by-sms = Invia via SMS
recover-continue = Continua
recover-no-contacts = Il recupero password funziona solo se hai registrato un'email di recupero o un cellulare di recupero. Se non l'hai fatto, o se sono errati, contatta { $contact }.
recover-sent-title = Controlla i tuoi messaggi
recover-sent-failing = Il nostro servizio di posta non ha funzionato poco fa, quindi il link potrebbe non arrivare. Non è stato consumato nulla: riprova tra qualche minuto.
recover-sent = Se i dati inseriti corrispondono a un account con un'email di recupero registrata, ti abbiamo inviato lì le istruzioni. Il link è valido per { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }.
recover-pin-title = Inserisci il codice
recover-pin-intro = Se i dati inseriti corrispondono a un account con un cellulare registrato, ti abbiamo inviato un codice via SMS.
recover-pin-send-failed = Non è stato possibile inviare il codice via SMS in questo momento. Non si è perso nulla: chiedi un nuovo codice (puoi farlo subito).
recover-pin-resend = Invia un nuovo codice
recover-pin-validity = Il codice è valido per { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }.
recover-pin-label = Codice
recover-question-title = Domanda di sicurezza
recover-answer = La tua risposta
recover-new-title = Nuova password
recover-new-password = Nuova password
recover-new-confirm = Ripeti la nuova password
recover-accept-rules = Dichiaro di aver preso visione del regolamento interno.
recover-rules-must = Per essere valida, la password deve rispettare queste regole:
recover-submit = Conferma
recover-done-title = La password è stata cambiata
recover-done = La password è stata cambiata; ti abbiamo inviato una conferma ai tuoi recapiti. Accedi con la nuova password.
recover-link-dead = Questo link è scaduto, è già stato usato oppure la password è stata cambiata dopo il suo invio. Richiedine uno nuovo.
username-title = Recupera account
username-intro = Inserisci il tuo numero identificativo e la data di nascita, oppure l'email di recupero che hai registrato. Invieremo il tuo nome utente ai recapiti registrati; non viene mai mostrato qui.
username-email = Email di recupero
username-or = oppure
username-submit = Inviami il nome utente
username-sent = Se i dati corrispondono a un account, il nome utente è stato inviato ai recapiti registrati.
# Messages sent by email and SMS.
contact-pin-subject = Verifica il tuo recapito per il recupero
contact-pin-email = Il tuo codice di verifica per { $institution } è { $pin }. È valido per { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }. Se non l'hai richiesto, ignora questo messaggio.
contact-pin-sms = { $institution }: codice di verifica { $pin } (valido { $minutes } min).
recovery-pin-sms = { $institution }: codice di recupero password { $pin } (valido { $minutes } min). Non condividerlo mai.
recovery-link-subject = Reimposta la password
recovery-link-email = È stata richiesta una nuova password per l'account { $username } ({ $institution }). Per impostarla, apri questo link entro { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }: { $url } Se non l'hai richiesta tu, ignora questo messaggio: la tua password resta invariata.
recovery-username-subject = Il tuo nome utente
recovery-username-email = Il tuo nome utente ({ $institution }) è: { $username }
security-question-1 = Qual era il nome della tua prima scuola?
security-question-2 = In quale città si sono sposati i tuoi genitori?
security-question-3 = Qual era il nome del tuo primo animale domestico?
security-question-4 = Come si chiama la via in cui hai trascorso l'infanzia?
notice-password-changed-subject = La tua password è stata cambiata
notice-password-changed = La password del tuo account { $username } ({ $institution }) è stata cambiata. Se non l'hai fatto tu, contatta subito l'assistenza.
notice-password-changed-sms = { $institution }: la password di { $username } è stata cambiata. Non sei tu? Contatta l'assistenza.
notice-password-reset-subject = La tua password è stata reimpostata
notice-password-reset = La password del tuo account { $username } ({ $institution }) è stata reimpostata con il recupero password. Se non l'hai fatto tu, contatta subito l'assistenza.
notice-password-reset-sms = { $institution }: la password di { $username } è stata reimpostata. Non sei tu? Contatta l'assistenza.
notice-email-changed-subject = La tua email di recupero è stata cambiata
notice-email-changed = L'email di recupero del tuo account { $username } ({ $institution }) è stata cambiata. Se non l'hai fatto tu, contatta subito l'assistenza.
notice-email-changed-sms = { $institution }: l'email di recupero di { $username } è stata cambiata.
notice-mobile-changed-subject = Il tuo cellulare di recupero è stato cambiato
notice-mobile-changed = Il cellulare di recupero del tuo account { $username } ({ $institution }) è stato cambiato. Se non l'hai fatto tu, contatta subito l'assistenza.
notice-mobile-changed-sms = { $institution }: il cellulare di recupero di { $username } è stato cambiato.
notice-email-removed-subject = La tua email di recupero è stata rimossa
notice-email-removed = L'email di recupero del tuo account { $username } ({ $institution }) è stata rimossa. Se non l'hai fatto tu, contatta subito l'assistenza.
notice-email-removed-sms = { $institution }: l'email di recupero di { $username } è stata rimossa.
notice-mobile-removed-subject = Il tuo cellulare di recupero è stato rimosso
notice-mobile-removed = Il cellulare di recupero del tuo account { $username } ({ $institution }) è stato rimosso. Se non l'hai fatto tu, contatta subito l'assistenza.
notice-mobile-removed-sms = { $institution }: il cellulare di recupero di { $username } è stato rimosso.
# Errors.
journey-invalid_credentials = Nome utente o password errati. Se hai dimenticato la password o il tuo account è bloccato, usa il recupero password.
journey-too_many_failures = Troppi accessi non riusciti. Attendi un po' oppure usa il recupero password.
journey-not_signed_in = Effettua l'accesso.
journey-must_change_password = Prima devi cambiare la password.
journey-reauth_required = Inserisci di nuovo la password.
journey-not_offered = Questo servizio non è disponibile qui.
journey-link_invalid = Questo link è scaduto, è già stato usato oppure la password è stata cambiata dopo il suo invio. Richiedine uno nuovo.
journey-answer_wrong = La risposta alla domanda di sicurezza non è corretta. { $left ->
    [one] Ti resta un tentativo.
   *[other] Ti restano { $left } tentativi.
}
journey-answer_exhausted = Troppe risposte errate alla domanda di sicurezza. Riprova domani o contatta l'assistenza.
journey-recovery_expired = Questo recupero della password è scaduto o è già stato completato. Ricomincia dall'inizio.
ppolicy-password_expired = La tua password è scaduta.
ppolicy-account_locked = L'account è bloccato. Usa il recupero password per sbloccarlo.
ppolicy-change_after_reset = La tua password è una password temporanea: devi cambiarla ora.
ppolicy-password_mod_not_allowed = Non puoi cambiare questa password. Contatta l'assistenza.
ppolicy-must_supply_old_password = Inserisci la password attuale.
ppolicy-insufficient_password_quality = La directory ha rifiutato questa password perché troppo debole.
ppolicy-password_too_short = La directory ha rifiutato questa password perché troppo corta.
ppolicy-password_too_young = La password è stata cambiata troppo di recente; riprova più tardi.
ppolicy-password_in_history = Hai usato questa password di recente; scegline un'altra.
ppolicy-password_too_long = La directory ha rifiutato questa password perché troppo lunga.
ppolicy-other = La directory ha rifiutato questa password.
field-current_password_wrong = Questa non è la tua password attuale.
field-channel_not_offered = Questa modalità di invio non è disponibile.
field-rules_not_accepted = Devi dichiarare di aver preso visione del regolamento.
field-question_unknown = Scegli una delle domande proposte.
field-answer_length = La risposta deve avere da 3 a 200 caratteri.
account-end-others = Esci da tutti gli altri dispositivi
account-end-others-help = Chiude tutte le altre sessioni del tuo account qui, su qualsiasi dispositivo (per esempio un computer da cui hai dimenticato di uscire).
account-ended-others =
    { $count ->
        [one] È stata chiusa un'altra sessione.
       *[other] Sono state chiuse { $count } altre sessioni.
    }
journey-outcome_unknown = Non è stato possibile confermare se la password è stata impostata: la directory ha smesso di rispondere. Prova ad accedere con la nuova password; se non funziona, vale ancora quella vecchia. Continuiamo a verificare: riprovando saprai cosa è successo.
journey-send_failed = Non è stato possibile inviare il codice in questo momento: il servizio di posta o SMS non l'ha accettato. Non si è perso nulla; puoi chiedere subito un nuovo codice.
journey-earlier_write_applied = Il tuo tentativo precedente è andato a buon fine: la password scelta allora è impostata. Accedi con quella; ora non è stato modificato nient'altro.
