# Activation journey (ro). Keep ids identical to en.
activation-title = Activarea contului
activation-step = Pasul { $n }/4
activation-intro = Un singur cont, pentru toate rolurile dumneavoastră, în toate serviciile. Pentru a vă confirma identitatea, veți primi un cod PIN de unică folosință la datele de contact pe care le-ați comunicat instituției. După ce vă confirmați datele și vă alegeți parola, contul este gata de folosire.
activation-once = Activarea se face o singură dată. Dacă contul dumneavoastră este deja activ și v-ați uitat parola, folosiți recuperarea parolei.
activation-start = Activați contul acum
activation-role-title = Alegeți rolul dumneavoastră pentru a începe activarea.
activation-role-label = Sunt
activation-role-note = Profilul contului este actualizat permanent pe baza datelor din evidențele instituției, pentru fiecare rol pe care îl aveți. Aceeași parolă este valabilă pentru toate.
activation-begin = Începeți activarea
activation-identify-title = Pasul 1/4: datele dumneavoastră
activation-identify-intro = Introduceți datele dumneavoastră, pentru a vă putea identifica.
activation-identify-contact-hint = Țineți la îndemână adresa de e-mail sau numărul de mobil declarat instituției: acolo se trimite codul PIN. Acesta poate fi folosit o singură dată și este valabil { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }.
activation-identify-one-enough = Este suficient să completați unul dintre cele două câmpuri, număr de mobil sau e-mail. Dacă le completați pe amândouă, codul PIN se trimite la ambele.
activation-identify-warning = Introduceți același număr de mobil sau aceeași adresă de e-mail pe care le-ați declarat la înscriere, nu altele.
activation-mobile = Număr de mobil
activation-mobile-hint = Numărul dumneavoastră, fără spații; cu + la început pentru un număr din străinătate.
activation-email = E-mail
activation-email-hint = Adresa dumneavoastră de e-mail personală, nu cea instituțională, de ex. nick225@example.com
activation-personal-number = Număr de identificare la instituție
activation-personal-number-hint = Numărul matricol sau identificatorul național de student (INE) pentru studenți, numărul de angajat pentru personal, altfel identificatorul unic care v-a fost atribuit.
activation-birth-date = Data nașterii
activation-birth-date-hint = zz.ll.aaaa
activation-next = Continuați
activation-required-note = * câmpuri obligatorii
activation-pin-title = Pasul 2/4: cod PIN
activation-pin-intro = Dacă datele introduse corespund evidențelor instituției, v-a fost trimis un cod PIN la aceste date de contact. Introduceți-l mai jos.
activation-pin-validity = Codul PIN este valabil { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } și poate fi folosit o singură dată.
activation-pin-label = Cod PIN
activation-pin-none = Nu ați primit codul PIN? Verificați dacă ați introdus numărul de mobil sau adresa de e-mail declarate instituției, așteptați un minut și cereți un cod PIN nou. Dacă tot nu îl primiți, contactați { $contact }.
activation-pin-resend = Trimiteți un cod PIN nou
activation-pin-resent = Dacă datele dumneavoastră au corespuns, v-a fost trimis un cod PIN nou. Cel anterior nu mai este valabil.
activation-pin-send-failed-email = Momentan nu am putut trimite codul PIN prin e-mail. Nu s-a pierdut nimic: încercați „Trimiteți un cod PIN nou” peste câteva minute.
activation-pin-send-failed-sms = Momentan nu am putut trimite codul PIN prin SMS. Nu s-a pierdut nimic: încercați „Trimiteți un cod PIN nou” peste câteva minute.
activation-national-id-title = Pasul 2/4: număr național de identificare
activation-national-id-intro = Introduceți în formularul de mai jos numărul dumneavoastră AMKA (numărul grecesc de asigurări sociale).
activation-national-id-foreign-note = Dacă veniți din străinătate, puteți folosi numărul de asigurare socială din țara dumneavoastră sau numărul cardului european de asigurări sociale de sănătate.
activation-national-id-use-note = Numărul este folosit doar pentru a vă înregistra în directorul de conturi.
activation-amka = AMKA
activation-amka-hint = 11 cifre, fără spații
activation-use-foreign = Vreau să folosesc un număr de asigurare socială din altă țară (sau cardul european de asigurări sociale de sănătate)
activation-foreign-title = Număr de asigurare socială din altă țară
activation-country = Țara
activation-country-hint = Cod din două litere, de ex. IT, FR, DE
activation-kind = Tipul numărului
activation-kind-ssn = Număr de asigurare socială
activation-kind-ehic = Numărul cardului european de asigurări sociale de sănătate
activation-number = Număr
activation-use-amka = Vreau să folosesc numărul AMKA
activation-confirm-title = Pasul 3/4: confirmați-vă datele
activation-confirm-username = Contul dumneavoastră va folosi numele de utilizator { $username }, atribuit de instituție.
activation-confirm-agree-note = Dacă sunteți de acord cu datele înregistrate de instituție, alegeți „Sunt de acord” pentru a continua; în caz contrar, alegeți „Nu sunt de acord” pentru a afla cum le puteți corecta.
activation-confirm-contacts-note = Numărul de mobil personal și adresa de e-mail externă protejează accesul la aplicațiile sensibile, ca mijloc suplimentar de identificare, și vă permit să vă recuperați ușor parola dacă o uitați.
activation-name = Nume
activation-role = Rol
activation-department = Departament
activation-national-id = Număr național de identificare
activation-consent-mobile = Sunt de acord ca numărul meu de mobil să fie salvat de aplicație, pentru a-mi putea recupera parola prin SMS.
activation-consent-email = Sunt de acord ca adresa mea de e-mail neinstituțională să fie salvată de aplicație, pentru a-mi putea recupera parola prin e-mail.
activation-email-external = E-mail (extern)
activation-tax-number = Cod fiscal (AFM)
activation-father-name = Prenumele tatălui
activation-gender = Sex
activation-gender-0 = Necunoscut
activation-gender-1 = Masculin
activation-gender-2 = Feminin
activation-gender-9 = Nu se aplică
activation-consent-code-sms = Codul PIN nu v-a fost trimis la acest număr de mobil: dacă bifați caseta, vă vom trimite acolo un cod PIN, pentru a verifica dacă numărul vă aparține înainte de a-l salva.
activation-consent-code-email = Codul PIN nu v-a fost trimis la această adresă de e-mail: dacă bifați caseta, vă vom trimite acolo un cod PIN, pentru a verifica dacă adresa vă aparține înainte de a o salva.
activation-verify-title = Pasul 3/4: confirmați datele de contact
activation-verify-intro-sms = Pentru a salva numărul de mobil în vederea recuperării parolei, introduceți codul PIN trimis prin SMS la { $to }.
activation-verify-intro-email = Pentru a salva adresa de e-mail externă în vederea recuperării parolei, introduceți codul PIN trimis la { $to }.
activation-verify-label = Cod PIN
activation-verify-skip = Continuați fără a salva
activation-verify-skip-note = Dacă nu primiți codul PIN, puteți continua fără a salva aceste date de contact și le puteți adăuga mai târziu din contul dumneavoastră.
activation-verify-resent = V-a fost trimis un cod PIN nou. Cel anterior nu mai este valabil.
activation-agree = Sunt de acord
activation-disagree = Nu sunt de acord
activation-disagree-title = Datele dumneavoastră trebuie corectate
activation-disagree-text = Datele afișate provin din ceea ce ați declarat în sistemele informatice ale instituției. Dacă sunt incomplete sau greșite, contactați secretariatul pentru a fi corectate. Contul dumneavoastră nu a fost activat; după corectarea datelor, reluați activarea.
activation-password-title = Pasul 4/4: alegeți parola
activation-password-rules = Parola dumneavoastră trebuie să respecte regulile de mai jos:
activation-password = Parolă
activation-password-confirm = Confirmați parola
activation-suggestions = Parole sugerate
activation-suggestions-hint = Puteți copia una dintre acestea sau vă puteți alege propria parolă.
activation-suggestions-random = Caractere aleatorii în loc de cuvinte
activation-suggestions-passphrase = Cuvinte în loc de caractere aleatorii
activation-accept-terms = Accept Condițiile de utilizare și Politica de confidențialitate ale aplicației.
activation-terms = Condiții de utilizare
activation-privacy = Politica de confidențialitate
activation-register = Înregistrați-vă
activation-welcome-title = Bun venit, { $username }!
activation-welcome-text = Înregistrarea s-a încheiat. Numele dumneavoastră de utilizator este { $username }.
activation-welcome-services = Cu acest cont aveți acces la toate serviciile instituției și la serviciile federate:
activation-already-title = Contul dumneavoastră este deja activat
activation-already-text = Activarea se face o singură dată. Dacă v-ați uitat parola, folosiți recuperarea parolei.
activation-recover-link = Recuperați parola
activation-missing-title = Lipsesc date obligatorii ale utilizatorului
activation-missing-text = În evidențele instituției lipsesc: { $fields }. Cereți secretariatului să le completeze, apoi reluați activarea.
activation-amka-failed-title = Verificarea AMKA a eșuat
activation-amka-failed-text = Numărul AMKA nu corespunde numelui de familie sau datei nașterii din evidențe. Dacă numărul AMKA, numele de familie sau data nașterii sunt greșite în evidențele instituției, cereți secretariatului să le corecteze, apoi continuați activarea.
activation-registrar = Contact: { $contact }
activation-restart = Reluați
activation-no-match = Nu a fost găsit niciun utilizator cu aceste date
activation-no-match-help = Cereți secretariatului să verifice și să corecteze numărul de mobil sau adresa de e-mail.
missing-username = numele de utilizator
missing-birth_date = data nașterii
missing-national_id = numărul național de identificare (AMKA)
missing-national_id_country = țara numărului național de identificare
activation-pin-subject = Codul PIN de activare
activation-pin-email = Codul PIN pentru activarea contului dumneavoastră la { $institution } este { $pin }. Este valabil { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } și poate fi folosit o singură dată. Dacă nu l-ați solicitat, ignorați acest mesaj.
activation-pin-sms = { $institution }: codul PIN de activare este { $pin } (valabil { $minutes } min, de unică folosință).
# Errors of the journey (API "message" and page texts).
journey-flow_not_found = Această activare a expirat sau nu există. Reluați procesul de la început.
journey-wrong_step = Acest pas nu este disponibil acum. Continuați de unde ați rămas.
journey-invalid_input = Unele câmpuri trebuie corectate.
journey-no_match = Nu a fost găsit niciun utilizator cu aceste date.
journey-pin_wrong = Codul PIN este greșit. { $left ->
    [one] Mai aveți o încercare.
    [few] Mai aveți { $left } încercări.
   *[other] Mai aveți { $left } de încercări.
}
journey-pin_exhausted = Prea multe coduri PIN greșite: acest cod PIN nu mai este valabil. Reluați procesul de la început.
journey-pin_invalid = Acest cod PIN a expirat sau a fost deja folosit. Cereți un cod PIN nou.
journey-resend_cooldown = Așteptați { $seconds ->
        [one] { $seconds } secundă
        [few] { $seconds } secunde
       *[other] { $seconds } de secunde
    } înainte de a cere un cod PIN nou.
journey-resend_limit = Nu se mai pot trimite coduri PIN pentru această activare. Reluați procesul mai târziu.
journey-pin_budget = Pentru acest cont s-au cerut sau s-au încercat prea multe coduri PIN. Pentru siguranța dumneavoastră, niciun cod PIN nu funcționează o perioadă: încercați din nou peste o oră sau contactați serviciul de asistență.
journey-busy = Serviciul este foarte solicitat în acest moment. Încercați din nou peste câteva minute.
journey-already_active = Contul dumneavoastră este deja activat. Dacă v-ați uitat parola, folosiți recuperarea parolei.
journey-required_fields_missing = În evidențele instituției lipsesc unele date obligatorii. Cereți secretariatului să le completeze.
journey-amka_check_failed = Verificarea AMKA a eșuat.
journey-password_policy = Parola nu respectă regulile.
journey-too_many_requests = Prea multe încercări. Așteptați { $seconds ->
        [one] { $seconds } secundă
        [few] { $seconds } secunde
       *[other] { $seconds } de secunde
    } și încercați din nou.
journey-unavailable = Un serviciu de care depinde kleidi nu este disponibil momentan. Nu s-a modificat nimic; încercați din nou peste câteva minute.
journey-internal = A apărut o eroare neprevăzută. Nu s-a modificat nimic; încercați din nou mai târziu.
# Field errors (codes of the checked types).
field-required = Acest câmp este obligatoriu.
field-unknown_role = Alegeți unul dintre roluri.
field-mobile_or_email_required = Introduceți numărul de mobil, adresa de e-mail sau pe amândouă.
field-password_mismatch = Cele două parole nu coincid.
field-terms_not_accepted = Pentru a continua, trebuie să acceptați condițiile de utilizare.
field-username_empty = Introduceți numele de utilizator.
field-username_too_long = Acest nume de utilizator este prea lung.
field-username_control_char = Acest nume de utilizator conține caractere nepermise.
field-username_forbidden_char = Acest nume de utilizator conține caractere nepermise.
field-email_empty = Introduceți o adresă de e-mail.
field-email_at_sign = O adresă de e-mail conține un singur @.
field-email_local_part = Partea dinaintea semnului @ nu este validă.
field-email_domain = Partea de după @ nu este un domeniu valid.
field-email_too_long = Această adresă de e-mail este prea lungă.
field-country_unknown = Cod de țară necunoscut.
field-mobile_empty = Introduceți un număr de mobil.
field-mobile_invalid_char = Un număr de mobil conține doar cifre, spații și, opțional, un + la început.
field-mobile_calling_code = Prefix de țară necunoscut.
field-mobile_length = Acest număr nu are numărul corect de cifre.
field-mobile_not_mobile = Acesta nu este un număr de mobil.
field-birth_date_format = Scrieți data în formatul zz.ll.aaaa.
field-birth_date_invalid = Această dată nu există.
field-birth_date_out_of_range = Această dată a nașterii nu este plauzibilă.
field-amka_invalid = Numărul AMKA are 11 cifre și o cifră de control validă.
field-amka_mismatch = Acest număr AMKA nu corespunde datei nașterii.
field-national_id_empty = Introduceți numărul.
field-national_id_invalid_char = Folosiți doar litere și cifre.
field-national_id_length = Acest număr nu are lungimea corectă.
field-national_id_ehic_country = Această țară nu emite cardul european de asigurări sociale de sănătate.
field-national_id_use_amka = Pentru Grecia, folosiți numărul AMKA.
field-national_id_schac_format = Numărul național de identificare din evidențe are un format greșit.
field-pin_empty = Introduceți codul PIN.
field-pin_length = Codul PIN are { $digits ->
        [one] { $digits } cifră
        [few] { $digits } cifre
       *[other] { $digits } de cifre
    }.
field-pin_not_digits = Codul PIN conține doar cifre.
field-personal_number_empty = Introduceți numărul de identificare la instituție.
field-personal_number_length = Acest număr nu are lungimea corectă.
field-personal_number_invalid_char = Folosiți doar litere, cifre și cratime.
activation-reconsider = Înapoi la datele mele
activation-pin-sent-to = Dacă datele introduse corespund cu cele ale instituției, am trimis un cod PIN la { $to }. Introduceți-l mai jos.
