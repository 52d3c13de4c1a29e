# Activation journey (IHU URegister, UPHF "Activer mon compte"). Keep ids identical in el, en, it, fr.
activation-title = Attivazione account
activation-step = Passo { $n } di 4
activation-intro = Un solo account, per tutti i tuoi ruoli, in tutti i servizi. Per verificare la tua identità riceverai un PIN monouso ai recapiti che hai comunicato all'Ateneo. Dopo aver confermato i tuoi dati e scelto la password, il tuo account sarà pronto.
activation-once = L'attivazione si fa una sola volta. Se il tuo account è già attivo e hai dimenticato la password, usa il recupero password.
activation-start = Attiva subito il mio account
activation-role-title = Scegli il tuo ruolo per iniziare l'attivazione.
activation-role-label = Sono
activation-role-note = Il profilo del tuo account viene aggiornato automaticamente con i dati registrati dall'Ateneo, per ogni ruolo che ricopri. La stessa password vale per tutti i ruoli.
activation-begin = Inizia l'attivazione
activation-identify-title = Passo 1 di 4: i tuoi dati
activation-identify-intro = Inserisci i tuoi dati per permetterci di identificarti.
activation-identify-contact-hint = Tieni a portata di mano l'email o il cellulare che hai comunicato all'Ateneo: il PIN verrà inviato lì. Può essere usato una sola volta ed è valido per { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }.
activation-identify-one-enough = Basta compilare uno dei due campi, cellulare o email. Se li compili entrambi, il PIN verrà inviato a tutti e due.
activation-identify-warning = Inserisci lo stesso cellulare o la stessa email che hai comunicato al momento dell'iscrizione, non altri recapiti.
activation-mobile = Cellulare
activation-mobile-hint = Il tuo numero senza spazi; con il + iniziale se è un numero estero.
activation-email = Email
activation-email-hint = La tua email personale, non quella di Ateneo, ad es. nick225@example.com
activation-personal-number = Numero identificativo
activation-personal-number-hint = Per gli studenti il numero di matricola o il codice identificativo nazionale dello studente (INE), per il personale il numero di matricola, negli altri casi il codice univoco che ti è stato assegnato.
activation-birth-date = Data di nascita
activation-birth-date-hint = gg/mm/aaaa
activation-next = Avanti
activation-required-note = * campi obbligatori
activation-pin-title = Passo 2 di 4: PIN
activation-pin-intro = Se i dati inseriti corrispondono a quelli registrati dall'Ateneo, ti abbiamo inviato lì un PIN. Inseriscilo qui sotto.
activation-pin-validity = Il PIN è valido per { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    } e può essere usato una sola volta.
activation-pin-label = PIN
activation-pin-none = Non hai ricevuto il PIN? Controlla di aver inserito il cellulare o l'email comunicati all'Ateneo, attendi un minuto e richiedi un nuovo codice. Se ancora non arriva, contatta { $contact }.
activation-pin-resend = Invia un nuovo codice
activation-pin-resent = Se i tuoi dati corrispondevano, ti abbiamo inviato un nuovo codice. Quello precedente non è più valido.
activation-pin-send-failed-email = Al momento non è stato possibile inviare il codice via email. Non hai perso nulla: prova «Invia un nuovo codice» tra qualche minuto.
activation-pin-send-failed-sms = Al momento non è stato possibile inviare il codice via SMS. Non hai perso nulla: prova «Invia un nuovo codice» tra qualche minuto.
activation-national-id-title = Passo 2 di 4: numero di identificazione nazionale
activation-national-id-intro = Inserisci il tuo AMKA (numero di previdenza sociale greco) nel modulo qui sotto.
activation-national-id-foreign-note = Se provieni dall'estero, puoi usare il numero di previdenza sociale del tuo Paese oppure il numero della Tessera europea di assicurazione malattia (TEAM).
activation-national-id-use-note = Il numero viene usato solo per registrarti nella directory.
activation-amka = AMKA
activation-amka-hint = 11 cifre senza spazi
activation-use-foreign = Voglio usare un numero di previdenza sociale di un altro Paese (o la Tessera europea di assicurazione malattia)
activation-foreign-title = Numero di previdenza sociale di un altro Paese
activation-country = Paese
activation-country-hint = Codice di due lettere, ad es. IT, FR, DE
activation-kind = Tipo di numero
activation-kind-ssn = Numero di previdenza sociale
activation-kind-ehic = Numero della Tessera europea di assicurazione malattia
activation-number = Numero
activation-use-amka = Voglio usare il mio AMKA
activation-confirm-title = Passo 3 di 4: conferma i tuoi dati
activation-confirm-username = Il tuo account userà il nome utente { $username }, che ti è stato assegnato dall'Ateneo.
activation-confirm-agree-note = Se i dati registrati dall'Ateneo sono corretti, scegli «Confermo» per continuare; altrimenti scegli «Non confermo» per sapere come farli correggere.
activation-confirm-contacts-note = Il cellulare personale e l'email personale proteggono l'accesso alle applicazioni più sensibili come strumento di identificazione aggiuntivo e ti permettono di recuperare facilmente la password se la dimentichi.
activation-name = Nome e cognome
activation-role = Ruolo
activation-department = Dipartimento
activation-national-id = Numero di identificazione nazionale
activation-consent-mobile = Acconsento alla memorizzazione del mio cellulare da parte dell'applicazione, per poter recuperare la password via SMS.
activation-consent-email = Acconsento alla memorizzazione della mia email personale (non istituzionale) da parte dell'applicazione come email di recupero, per poter recuperare la password via email.
activation-email-external = Email personale
activation-tax-number = Codice fiscale
activation-father-name = Nome del padre
activation-gender = Sesso
activation-gender-0 = Non noto
activation-gender-1 = Maschile
activation-gender-2 = Femminile
activation-gender-9 = Non applicabile
activation-consent-code-sms = Il PIN non è stato inviato a questo cellulare: se spunti la casella, ti invieremo un codice per verificare che sia tuo prima di memorizzarlo.
activation-consent-code-email = Il PIN non è stato inviato a questo indirizzo email: se spunti la casella, ti invieremo un codice per verificare che sia tuo prima di memorizzarlo.
activation-verify-title = Passo 3 di 4: verifica il recapito
activation-verify-intro-sms = Per memorizzare il tuo cellulare per il recupero della password, inserisci il codice che ti abbiamo inviato via SMS al numero { $to }.
activation-verify-intro-email = Per memorizzare la tua email personale come email di recupero, inserisci il codice che ti abbiamo inviato all'indirizzo { $to }.
activation-verify-label = Codice
activation-verify-skip = Continua senza memorizzarlo
activation-verify-skip-note = Se il codice non arriva, puoi continuare senza memorizzare questo recapito e aggiungerlo in seguito dal tuo account.
activation-verify-resent = Ti abbiamo inviato un nuovo codice. Quello precedente non è più valido.
activation-agree = Confermo
activation-disagree = Non confermo
activation-disagree-title = I tuoi dati devono essere corretti
activation-disagree-text = I dati mostrati provengono da quanto hai dichiarato nei sistemi informativi dell'Ateneo. Se sono incompleti o errati, contatta la tua segreteria per farli correggere. Il tuo account non è stato attivato: una volta corretti i dati, ripeti l'attivazione dall'inizio.
activation-password-title = Passo 4 di 4: scegli la password
activation-password-rules = La password deve rispettare queste regole:
activation-password = Password
activation-password-confirm = Ripeti la password
activation-suggestions = Password suggerite
activation-suggestions-hint = Puoi copiarne una oppure sceglierne una tua.
activation-suggestions-random = Mostra invece caratteri casuali
activation-suggestions-passphrase = Mostra invece frasi di parole
activation-accept-terms = Accetto le condizioni d'uso e l'informativa sulla privacy dell'applicazione.
activation-terms = Condizioni d'uso
activation-privacy = Informativa sulla privacy
activation-register = Registrati
activation-welcome-title = Ti diamo il benvenuto, { $username }!
activation-welcome-text = La tua registrazione è completata, con il nome utente { $username }.
activation-welcome-services = Con questo account accedi a tutti i servizi dell'Ateneo e ai servizi federati:
activation-already-title = Il tuo account è già attivo
activation-already-text = L'attivazione si fa una sola volta. Se hai dimenticato la password, usa il recupero password.
activation-recover-link = Recupera la password
activation-missing-title = Mancano alcuni dati obbligatori
activation-missing-text = Nei dati registrati dall'Ateneo mancano: { $fields }. Chiedi alla tua segreteria di completarli, poi ripeti l'attivazione dall'inizio.
activation-amka-failed-title = Verifica dell'AMKA non riuscita
activation-amka-failed-text = L'AMKA non corrisponde al cognome o alla data di nascita registrati. Se l'AMKA, il cognome o la data di nascita non sono corretti nei dati dell'Ateneo, chiedi alla tua segreteria di correggerli, poi prosegui con l'attivazione.
activation-registrar = Contatto: { $contact }
activation-restart = Ricomincia
activation-no-match = Nessun utente trovato con questi dati
activation-no-match-help = Chiedi alla tua segreteria di verificare e correggere il tuo cellulare o la tua email.
missing-username = nome utente
missing-birth_date = data di nascita
missing-national_id = numero di identificazione nazionale (AMKA)
missing-national_id_country = Paese del numero di identificazione nazionale
activation-pin-subject = Il tuo PIN di attivazione
activation-pin-email = Il PIN per attivare il tuo account presso { $institution } è { $pin }. È valido per { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    } e può essere usato una sola volta. Se non l'hai richiesto, ignora questo messaggio.
activation-pin-sms = { $institution }: il tuo PIN di attivazione è { $pin } (valido { $minutes } min, monouso).
# Errors of the journey (API "message" and page texts).
journey-flow_not_found = Questa attivazione è scaduta o non esiste. Ricomincia dall'inizio.
journey-wrong_step = Questo passo non è disponibile ora. Continua dal punto in cui ti trovi.
journey-invalid_input = Alcuni campi devono essere corretti.
journey-no_match = Nessun utente trovato con questi dati.
journey-pin_wrong = Il PIN non è corretto. { $left ->
    [one] Ti resta un tentativo.
   *[other] Ti restano { $left } tentativi.
}
journey-pin_exhausted = Troppi PIN errati: questo PIN non è più valido. Ricomincia dall'inizio.
journey-pin_invalid = Questo PIN è scaduto o è già stato usato. Richiedi un nuovo codice.
journey-resend_cooldown = Attendi { $seconds ->
        [one] { $seconds } secondo
       *[other] { $seconds } secondi
    } prima di richiedere un nuovo codice.
journey-resend_limit = Non è possibile inviare altri codici per questa attivazione. Riprova più tardi ricominciando dall'inizio.
journey-pin_budget = Per questo account sono stati richiesti o provati troppi codici. Per sicurezza nessun codice è accettato per un po': riprova tra un'ora o contatta l'assistenza.
journey-busy = Il servizio è molto carico in questo momento. Riprova tra qualche minuto.
journey-already_active = Il tuo account è già attivo. Se hai dimenticato la password, usa il recupero password.
journey-required_fields_missing = Nei dati registrati dall'Ateneo mancano alcune informazioni obbligatorie. Chiedi alla tua segreteria di completarle.
journey-amka_check_failed = Verifica dell'AMKA non riuscita.
journey-password_policy = La password non rispetta le regole.
journey-too_many_requests = Troppi tentativi. Attendi { $seconds ->
        [one] { $seconds } secondo
       *[other] { $seconds } secondi
    } e riprova.
journey-unavailable = Un servizio da cui dipende kleidi non è disponibile in questo momento. Non è stato modificato nulla; riprova tra qualche minuto.
journey-internal = Si è verificato un errore imprevisto. Non è stato modificato nulla; riprova più tardi.
# Field errors (codes of the checked types).
field-required = Questo campo è obbligatorio.
field-unknown_role = Scegli uno dei ruoli.
field-mobile_or_email_required = Inserisci il cellulare, l'email o entrambi.
field-password_mismatch = Le due password non coincidono.
field-terms_not_accepted = Per continuare devi accettare le condizioni d'uso.
field-username_empty = Inserisci il tuo nome utente.
field-username_too_long = Questo nome utente è troppo lungo.
field-username_control_char = Questo nome utente contiene caratteri non consentiti.
field-username_forbidden_char = Questo nome utente contiene caratteri non consentiti.
field-email_empty = Inserisci un indirizzo email.
field-email_at_sign = Un indirizzo email contiene esattamente una @.
field-email_local_part = La parte prima della @ non è valida.
field-email_domain = La parte dopo la @ non è un dominio valido.
field-email_too_long = Questo indirizzo email è troppo lungo.
field-country_unknown = Codice Paese sconosciuto.
field-mobile_empty = Inserisci un numero di cellulare.
field-mobile_invalid_char = Un numero di cellulare contiene solo cifre, spazi ed eventualmente un + iniziale.
field-mobile_calling_code = Prefisso internazionale sconosciuto.
field-mobile_length = Il numero di cifre non è corretto.
field-mobile_not_mobile = Questo non è un numero di cellulare.
field-birth_date_format = Scrivi la data nel formato gg/mm/aaaa.
field-birth_date_invalid = Questa data non esiste.
field-birth_date_out_of_range = Questa data di nascita non è plausibile.
field-amka_invalid = L'AMKA è composto da 11 cifre, con una cifra di controllo valida.
field-amka_mismatch = Questo AMKA non corrisponde alla tua data di nascita.
field-national_id_empty = Inserisci il numero.
field-national_id_invalid_char = Usa solo lettere e cifre.
field-national_id_length = La lunghezza del numero non è corretta.
field-national_id_ehic_country = Questo Paese non rilascia la Tessera europea di assicurazione malattia.
field-national_id_use_amka = Per la Grecia, usa il tuo AMKA.
field-national_id_schac_format = Il numero di identificazione nazionale registrato non è in un formato valido.
field-pin_empty = Inserisci il PIN.
field-pin_length = Il PIN è composto da { $digits ->
        [one] { $digits } cifra
       *[other] { $digits } cifre
    }.
field-pin_not_digits = Il PIN contiene solo cifre.
field-personal_number_empty = Inserisci il tuo numero identificativo.
field-personal_number_length = La lunghezza del numero non è corretta.
field-personal_number_invalid_char = Usa solo lettere, cifre e trattini.
activation-reconsider = Torna ai miei dati
activation-pin-sent-to = Se i dati inseriti corrispondono a quelli registrati dall'Ateneo, abbiamo inviato un codice PIN a { $to }. Inseriscilo qui sotto.
