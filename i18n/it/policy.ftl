# Policy delle password (src/policy). Per gli id e gli argomenti vedi i commenti
# di en/policy.ftl.

## Violazioni: che cosa deve fare l'utente

policy-too-short =
    { $min ->
        [one] Usa almeno { $min } carattere.
       *[other] Usa almeno { $min } caratteri.
    }
policy-too-long =
    { $max ->
        [one] Usa al massimo { $max } carattere.
       *[other] Usa al massimo { $max } caratteri.
    }
policy-control-character = Togli dalla password i caratteri di controllo (come NUL o tabulazione).
policy-blank = Una password fatta solo di spazi non è una password: usa lettere, cifre o simboli.
policy-min-lower =
    { $min ->
        [one] Aggiungi almeno { $min } lettera minuscola.
       *[other] Aggiungi almeno { $min } lettere minuscole.
    }
policy-min-upper =
    { $min ->
        [one] Aggiungi almeno { $min } lettera maiuscola.
       *[other] Aggiungi almeno { $min } lettere maiuscole.
    }
policy-min-digit =
    { $min ->
        [one] Aggiungi almeno { $min } cifra.
       *[other] Aggiungi almeno { $min } cifre.
    }
policy-min-special =
    { $min ->
        [one] Aggiungi almeno { $min } carattere che non sia una lettera o una cifra (per esempio ! # @ -).
       *[other] Aggiungi almeno { $min } caratteri che non siano lettere o cifre (per esempio ! # @ -).
    }
policy-char-classes = Combina almeno { $min } di questi tipi di carattere: minuscole, maiuscole, cifre, simboli.
policy-min-distinct =
    { $min ->
        [one] Usa almeno { $min } carattere diverso.
       *[other] Usa almeno { $min } caratteri diversi.
    }
policy-digit-sequence =
    { $max ->
        [one] Evita sequenze di più di { $max } cifra consecutiva, crescenti o decrescenti (come 1234 o 9876).
       *[other] Evita sequenze di più di { $max } cifre consecutive, crescenti o decrescenti (come 1234 o 9876).
    }
policy-repeated-char =
    { $max ->
        [one] Non ripetere lo stesso carattere due volte di seguito.
       *[other] Non ripetere lo stesso carattere più di { $max } volte di seguito.
    }
policy-contains-username = Togli il tuo nome utente dalla password.
policy-similar-to-username = La password somiglia troppo al tuo nome utente: scegline una diversa.
policy-contains-name = Togli il tuo nome e il tuo cognome dalla password.
policy-institution-word = Togli la parola «{ $word }»: la password non deve contenere il nome dell'ateneo o dei suoi servizi.
policy-blocklisted = Questa password è troppo comune o è comparsa in una violazione di dati: scegline un'altra.
policy-regex = La password non rispetta una delle regole di questo servizio.
policy-weak = Questa password è troppo facile da indovinare: allungala, per esempio con qualche parola poco comune.
policy-in-history =
    { $count ->
        [one] Scegli una password diversa dall'ultima che hai usato.
       *[other] Scegli una password diversa dalle ultime { $count } che hai usato.
    }

## Regole, mostrate prima che l'utente scriva

policy-rule-too-short =
    { $min ->
        [one] La password deve avere almeno { $min } carattere.
       *[other] La password deve avere almeno { $min } caratteri.
    }
policy-rule-too-long =
    { $max ->
        [one] La password deve avere al massimo { $max } carattere.
       *[other] La password deve avere al massimo { $max } caratteri.
    }
policy-rule-control-character = La password non deve contenere caratteri di controllo.
policy-rule-blank = La password non deve essere composta solo da spazi.
policy-rule-min-lower =
    { $min ->
        [one] La password deve contenere almeno { $min } lettera minuscola.
       *[other] La password deve contenere almeno { $min } lettere minuscole.
    }
policy-rule-min-upper =
    { $min ->
        [one] La password deve contenere almeno { $min } lettera maiuscola.
       *[other] La password deve contenere almeno { $min } lettere maiuscole.
    }
policy-rule-min-digit =
    { $min ->
        [one] La password deve contenere almeno { $min } cifra.
       *[other] La password deve contenere almeno { $min } cifre.
    }
policy-rule-min-special =
    { $min ->
        [one] La password deve contenere almeno { $min } carattere non alfanumerico.
       *[other] La password deve contenere almeno { $min } caratteri non alfanumerici.
    }
policy-rule-char-classes =
    { $min ->
        [one] La password deve combinare almeno { $min } tipo di carattere tra minuscole, maiuscole, cifre e simboli.
       *[other] La password deve combinare almeno { $min } tipi di carattere tra minuscole, maiuscole, cifre e simboli.
    }
policy-rule-min-distinct =
    { $min ->
        [one] La password deve avere almeno { $min } carattere diverso.
       *[other] La password deve avere almeno { $min } caratteri diversi.
    }
policy-rule-digit-sequence =
    { $max ->
        [one] La password non deve contenere più di { $max } cifra consecutiva, in ordine crescente o decrescente.
       *[other] La password non deve contenere più di { $max } cifre consecutive, in ordine crescente o decrescente.
    }
policy-rule-repeated-char =
    { $max ->
        [one] La password non deve ripetere lo stesso carattere due volte di seguito.
       *[other] La password non deve ripetere lo stesso carattere più di { $max } volte di seguito.
    }
policy-rule-contains-username = La password non deve contenere il nome utente.
policy-rule-similar-to-username = La password non deve somigliare troppo al nome utente.
policy-rule-contains-name = La password non deve contenere il tuo nome o il tuo cognome.
policy-rule-institution-word = La password non deve contenere queste parole: { $words }.
policy-rule-blocklisted = La password non deve essere tra quelle più comuni o comparse in violazioni di dati.
policy-rule-regex = La password deve rispettare le regole aggiuntive di questo servizio.
policy-rule-weak = La password non deve essere facile da indovinare (robustezza almeno { $min } su 4).
policy-rule-in-history =
    { $count ->
        [one] La password deve essere diversa dall'ultima che hai usato.
       *[other] La password deve essere diversa dalle ultime { $count } che hai usato.
    }

## Indicatore di robustezza

policy-score-0 = Molto debole
policy-score-1 = Debole
policy-score-2 = Discreta
policy-score-3 = Robusta
policy-score-4 = Molto robusta
policy-suggestions = Password suggerite
policy-suggestions-pick = Fai clic su una per usarla

## Consigli di robustezza (zxcvbn)

policy-hint-straight-rows = Le file di tasti consecutivi (come qwerty) sono facili da indovinare.
policy-hint-keyboard-pattern = Le brevi sequenze di tasti sono facili da indovinare.
policy-hint-repeats = Le ripetizioni come «aaa» sono facili da indovinare.
policy-hint-repeated-groups = Le ripetizioni come «abcabcabc» sono solo poco più difficili da indovinare di «abc».
policy-hint-top10 = È una delle 10 password più comuni.
policy-hint-top100 = È una delle 100 password più comuni.
policy-hint-common = È una password molto comune.
policy-hint-similar-to-common = Somiglia a una password molto comune.
policy-hint-sequences = Le sequenze come «abc» o «6543» sono facili da indovinare.
policy-hint-recent-years = Gli anni recenti sono facili da indovinare.
policy-hint-single-word = Una parola da sola è facile da indovinare.
policy-hint-dates = Le date sono spesso facili da indovinare.
policy-hint-names = Nomi e cognomi da soli sono facili da indovinare.
policy-hint-common-names = I nomi e i cognomi comuni sono facili da indovinare.
policy-hint-use-words = Usa alcune parole ed evita le frasi fatte.
policy-hint-no-need-for-symbols = Simboli, cifre e maiuscole non sono indispensabili.
policy-hint-add-word = Aggiungi una o due parole, meglio se poco comuni.
policy-hint-capitalization = Le maiuscole non aiutano molto.
policy-hint-all-uppercase = Tutto in maiuscolo è facile da indovinare quasi quanto tutto in minuscolo.
policy-hint-reversed-words = Le parole scritte al contrario non sono molto più difficili da indovinare.
policy-hint-substitutions = Le sostituzioni prevedibili, come «@» al posto di «a», non aiutano molto.
policy-hint-longer-keyboard-pattern = Usa una sequenza di tasti più lunga e con più cambi di direzione.
policy-hint-avoid-repeats = Evita parole e caratteri ripetuti.
policy-hint-avoid-sequences = Evita le sequenze.
policy-hint-avoid-recent-years = Evita gli anni recenti.
policy-hint-avoid-personal-years = Evita gli anni legati a te.
policy-hint-avoid-personal-dates = Evita date e anni legati a te.
policy-class-max =
    { $class ->
        [lower] Usa al massimo { $max ->
            [one] { $max } lettera minuscola
           *[other] { $max } lettere minuscole
        }.
        [upper] Usa al massimo { $max ->
            [one] { $max } lettera maiuscola
           *[other] { $max } lettere maiuscole
        }.
        [digit] Usa al massimo { $max ->
            [one] { $max } cifra
           *[other] { $max } cifre
        }.
       *[special] Usa al massimo { $max ->
            [one] { $max } carattere speciale
           *[other] { $max } caratteri speciali
        }.
    }
policy-rule-class-max =
    { $class ->
        [lower] La password deve avere al massimo { $max ->
            [one] { $max } lettera minuscola
           *[other] { $max } lettere minuscole
        }.
        [upper] La password deve avere al massimo { $max ->
            [one] { $max } lettera maiuscola
           *[other] { $max } lettere maiuscole
        }.
        [digit] La password deve avere al massimo { $max ->
            [one] { $max } cifra
           *[other] { $max } cifre
        }.
       *[special] La password deve avere al massimo { $max ->
            [one] { $max } carattere speciale
           *[other] { $max } caratteri speciali
        }.
    }
policy-sequence = Evita lettere o tasti in sequenza (come abcd o qwer): al massimo { $max } di fila.
policy-rule-sequence =
    { $max ->
        [one] La password non deve avere più di { $max } lettera o tasto in sequenza (come abcd o qwer).
       *[other] La password non deve avere più di { $max } lettere o tasti in sequenza (come abcd o qwer).
    }
policy-occurrences =
    { $max ->
        [one] Non usare nessun carattere più di { $max } volta.
       *[other] Non usare nessun carattere più di { $max } volte.
    }
policy-rule-occurrences =
    { $max ->
        [one] Nessun carattere può comparire più di { $max } volta.
       *[other] Nessun carattere può comparire più di { $max } volte.
    }
policy-special-at-end = Non iniziare né terminare la password con un carattere speciale.
policy-rule-special-at-end = La password non deve iniziare né terminare con un carattere speciale.
policy-contains-attribute = Non mettere nella password il nome della tua email né la tua matricola.
policy-rule-contains-attribute = La password non deve contenere il nome della tua email né la tua matricola.
policy-similar-to-old = La nuova password è troppo simile a quella attuale: cambiane di più.
policy-rule-similar-to-old = La nuova password non deve essere troppo simile a quella attuale.
