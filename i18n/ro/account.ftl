# mypassword (ro): sign-in, account page, password change, contacts, recovery. Keep ids identical to en.
login-title = Autentificare
login-intro = Bun venit la serviciul de gestionare a contului. Aici puteți seta o parolă nouă dacă ați uitat-o și vă puteți schimba parola în siguranță.
login-username = Nume de utilizator
login-password = Parolă
login-submit = Autentificare
login-forgot-password = Mi-am uitat parola
login-forgot-username = Mi-am uitat numele de utilizator
login-activate = Activați contul
logout = Deconectare
signed-in-as = Utilizator autentificat: { $username }
nav-account = Pagina principală
nav-change-password = Schimbarea parolei
nav-contacts = Date de contact pentru recuperare
nav-account-info = Informații despre cont
nav-security-question = Întrebare de securitate
account-title = Gestionarea contului
account-username = Nume de utilizator
account-name = Nume
account-roles = Roluri
account-recovery-email = E-mail de recuperare
account-recovery-mobile = Număr de mobil de recuperare
account-none = neînregistrat
account-password-changed = Ultima schimbare a parolei
account-password-expires = Data expirării parolei
account-must-change = Trebuie să vă schimbați parola înainte de a putea face orice altceva.
account-expiry-warning = Parola dumneavoastră expiră { $days ->
    [one] peste o zi
    [few] peste { $days } zile
   *[other] peste { $days } de zile
}. Vă rugăm să o schimbați.
account-grace-warning = Parola dumneavoastră a expirat. Vă mai puteți autentifica cu ea { $left ->
    [one] o singură dată
    [few] de { $left } ori
   *[other] de { $left } de ori
}: schimbați-o acum.
account-no-contacts = Nu ați înregistrat un e-mail sau un număr de mobil de recuperare. Fără acestea, recuperarea parolei nu este posibilă: înregistrați-le acum.
change-title = Schimbarea parolei
change-current = Parola actuală
change-new = Parola nouă
change-confirm = Confirmați parola nouă
change-submit = Salvați
change-done-title = Parola dumneavoastră a fost schimbată
account-changed-reminder = Parola nouă funcționează acum pentru toate serviciile instituției. Dacă parola veche era salvată în browser sau într-un client de e-mail (Thunderbird, Outlook…), înlocuiți-o acolo cu cea nouă.
contacts-title = Date de contact pentru recuperare
contacts-intro = Înregistrați o adresă de e-mail personală și un număr de mobil, ca să vă puteți recupera imediat parola dacă o uitați.
contacts-email = E-mail personal (nu cel instituțional)
contacts-mobile = Număr de mobil
contacts-new-value = Valoare nouă
contacts-password = Parola dumneavoastră (pentru siguranță)
contacts-save = Trimiteți un cod PIN de verificare
contacts-remove = Eliminați
contacts-verify-title = Verificați noul contact
contacts-verify-intro = Am trimis un cod PIN la noua adresă. Aceasta este salvată numai după ce introduceți codul aici.
contacts-verify-submit = Verificați
contacts-stored = Noul contact a fost verificat și salvat.
contacts-removed = Contactul a fost eliminat.
contacts-pin-label = Codul PIN trimis la noua adresă
contacts-current = Înregistrat acum: { $value }
contacts-none = Încă nu este înregistrat.
contacts-remove-confirm = Doriți să eliminați { $value }? Nu vă veți mai putea recupera parola cu ajutorul acestuia.
question-title = Întrebare de securitate
question-intro = Întrebarea de securitate vă permite să vă recuperați parola cu ajutorul numărului de identificare la instituție și al datei nașterii.
question-question = Întrebarea dumneavoastră
question-answer = Răspunsul dumneavoastră
question-save = Salvați
question-stored = Întrebarea de securitate a fost salvată.
recover-title = Parolă uitată
recover-intro = Pentru a seta o parolă nouă, trebuie mai întâi să vă confirmăm datele, pentru siguranță.
recover-username = Nume de utilizator
recover-contact = E-mailul sau numărul de mobil de recuperare pe care l-ați înregistrat
recover-personal-number = Număr de identificare la instituție
recover-personal-number-hint = Numărul matricol sau identificatorul național de student (INE), numărul de angajat sau identificatorul unic care v-a fost atribuit.
recover-birth-date = Data nașterii
recover-birth-date-hint = zz.ll.aaaa
recover-channel = Cum doriți să îl primiți?
recover-by-email = Prin e-mail
recover-by-sms = Prin SMS
recover-continue = Continuați
recover-no-contacts = Recuperarea funcționează numai dacă ați înregistrat un e-mail sau un număr de mobil de recuperare. Dacă nu le-ați înregistrat sau sunt greșite, contactați { $contact }.
recover-sent-title = Verificați-vă mesajele
recover-sent-failing = Serviciul nostru de e-mail a avut o problemă adineauri, așa că este posibil ca linkul să nu ajungă. Nu s-a consumat nimic: încercați din nou peste câteva minute.
recover-sent = Dacă datele introduse corespund unui cont cu date de contact înregistrate, v-am trimis acolo instrucțiunile. Linkul este valabil { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }.
recover-pin-title = Introduceți codul PIN
recover-pin-intro = Dacă datele introduse corespund unui cont cu un număr de mobil înregistrat, v-am trimis prin SMS un cod PIN la acel număr.
recover-pin-send-failed = Momentan nu am putut trimite codul PIN prin SMS. Nu s-a pierdut nimic: cereți un cod PIN nou (puteți face asta imediat).
recover-pin-resend = Trimiteți un cod PIN nou
recover-pin-validity = Codul PIN este valabil { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }.
recover-pin-label = Cod PIN
recover-question-title = Întrebare de securitate
recover-answer = Răspunsul dumneavoastră
recover-new-title = Parolă nouă
recover-new-password = Parola nouă
recover-new-confirm = Confirmați parola nouă
recover-accept-rules = Confirm că am citit regulamentul intern.
recover-rules-must = Pentru a fi validă, parola dumneavoastră trebuie să respecte regulile de mai jos:
recover-submit = Confirmați
recover-done-title = Parola dumneavoastră a fost schimbată
recover-done = Parola dumneavoastră a fost schimbată; v-am trimis o confirmare la adresele dumneavoastră. Autentificați-vă cu parola nouă.
recover-link-dead = Acest link a expirat, a fost deja folosit sau parola a fost schimbată după trimiterea lui. Cereți unul nou.
username-title = Nume de utilizator uitat
username-intro = Introduceți numărul de identificare la instituție și data nașterii sau adresa de e-mail personală pe care ați înregistrat-o. Vă vom trimite numele de utilizator la datele de contact înregistrate; acesta nu este afișat niciodată aici.
username-email = E-mail personal
username-or = sau
username-submit = Trimiteți-mi numele de utilizator
username-sent = Dacă datele corespund unui cont, numele de utilizator a fost trimis la datele de contact înregistrate ale acestuia.
# Messages sent by email and SMS.
contact-pin-subject = Verificați datele de contact pentru recuperare
contact-pin-email = Codul PIN de verificare pentru { $institution } este { $pin }. Este valabil { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }. Dacă nu l-ați solicitat, ignorați acest mesaj.
contact-pin-sms = { $institution }: cod PIN de verificare { $pin } (valabil { $minutes } min).
recovery-pin-sms = { $institution }: cod PIN pentru recuperarea parolei { $pin } (valabil { $minutes } min). Nu îl comunicați nimănui.
recovery-link-subject = Setați o parolă nouă
recovery-link-email = Cineva a solicitat setarea unei parole noi pentru contul { $username } de la { $institution }. Pentru aceasta, deschideți acest link în cel mult { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }: { $url } Dacă nu ați fost dumneavoastră, ignorați acest mesaj: parola rămâne neschimbată.
recovery-username-subject = Numele dumneavoastră de utilizator
recovery-username-email = Numele dumneavoastră de utilizator la { $institution } este: { $username }
security-question-1 = Cum se numea prima școală pe care ați urmat-o?
security-question-2 = În ce oraș s-au căsătorit părinții dumneavoastră?
security-question-3 = Cum se numea primul dumneavoastră animal de companie?
security-question-4 = Cum se numește strada pe care ați crescut?
notice-password-changed-subject = Parola dumneavoastră a fost schimbată
notice-password-changed = Parola contului dumneavoastră { $username } de la { $institution } a fost schimbată. Dacă nu ați fost dumneavoastră, contactați imediat serviciul de asistență.
notice-password-changed-sms = { $institution }: parola contului { $username } a fost schimbată. Nu ați fost dumneavoastră? Contactați serviciul de asistență.
notice-password-reset-subject = Parola dumneavoastră a fost resetată
notice-password-reset = Parola contului dumneavoastră { $username } de la { $institution } a fost resetată prin recuperarea parolei. Dacă nu ați fost dumneavoastră, contactați imediat serviciul de asistență.
notice-password-reset-sms = { $institution }: parola contului { $username } a fost resetată. Nu ați fost dumneavoastră? Contactați serviciul de asistență.
notice-email-changed-subject = E-mailul de recuperare a fost schimbat
notice-email-changed = E-mailul de recuperare al contului dumneavoastră { $username } de la { $institution } a fost schimbat. Dacă nu ați fost dumneavoastră, contactați imediat serviciul de asistență.
notice-email-changed-sms = { $institution }: e-mailul de recuperare al contului { $username } a fost schimbat.
notice-mobile-changed-subject = Numărul de mobil de recuperare a fost schimbat
notice-mobile-changed = Numărul de mobil de recuperare al contului dumneavoastră { $username } de la { $institution } a fost schimbat. Dacă nu ați fost dumneavoastră, contactați imediat serviciul de asistență.
notice-mobile-changed-sms = { $institution }: numărul de mobil de recuperare al contului { $username } a fost schimbat.
notice-email-removed-subject = E-mailul de recuperare a fost eliminat
notice-email-removed = E-mailul de recuperare al contului dumneavoastră { $username } de la { $institution } a fost eliminat. Dacă nu ați fost dumneavoastră, contactați imediat serviciul de asistență.
notice-email-removed-sms = { $institution }: e-mailul de recuperare al contului { $username } a fost eliminat.
notice-mobile-removed-subject = Numărul de mobil de recuperare a fost eliminat
notice-mobile-removed = Numărul de mobil de recuperare al contului dumneavoastră { $username } de la { $institution } a fost eliminat. Dacă nu ați fost dumneavoastră, contactați imediat serviciul de asistență.
notice-mobile-removed-sms = { $institution }: numărul de mobil de recuperare al contului { $username } a fost eliminat.
# Errors.
journey-invalid_credentials = Nume de utilizator sau parolă greșite. Dacă v-ați uitat parola sau contul este blocat, folosiți recuperarea parolei.
journey-too_many_failures = Prea multe încercări de autentificare eșuate. Așteptați puțin sau folosiți recuperarea parolei.
journey-not_signed_in = Autentificați-vă.
journey-must_change_password = Mai întâi schimbați-vă parola.
journey-reauth_required = Introduceți din nou parola.
journey-not_offered = Acest serviciu nu este disponibil aici.
journey-link_invalid = Acest link a expirat, a fost deja folosit sau parola a fost schimbată după trimiterea lui. Cereți unul nou.
journey-answer_wrong = Răspunsul la întrebarea de securitate este greșit. { $left ->
    [one] Mai aveți o încercare.
    [few] Mai aveți { $left } încercări.
   *[other] Mai aveți { $left } de încercări.
}
journey-answer_exhausted = Prea multe răspunsuri greșite la întrebarea de securitate. Încercați din nou mâine sau contactați serviciul de asistență.
journey-recovery_expired = Această recuperare a parolei a expirat sau s-a încheiat deja. Reluați procesul de la început.
ppolicy-password_expired = Parola dumneavoastră a expirat.
ppolicy-account_locked = Contul este blocat. Folosiți recuperarea parolei pentru a-l debloca.
ppolicy-change_after_reset = Parola dumneavoastră a fost resetată și trebuie schimbată acum.
ppolicy-password_mod_not_allowed = Nu aveți permisiunea de a schimba această parolă. Contactați serviciul de asistență.
ppolicy-must_supply_old_password = Introduceți parola actuală.
ppolicy-insufficient_password_quality = Directorul de conturi a respins această parolă ca fiind prea slabă.
ppolicy-password_too_short = Directorul de conturi a respins această parolă ca fiind prea scurtă.
ppolicy-password_too_young = Parola a fost schimbată prea recent; încercați din nou mai târziu.
ppolicy-password_in_history = Ați folosit recent această parolă; alegeți alta.
ppolicy-password_too_long = Directorul de conturi a respins această parolă ca fiind prea lungă.
ppolicy-other = Directorul de conturi a respins această parolă.
field-current_password_wrong = Aceasta nu este parola dumneavoastră actuală.
field-channel_not_offered = Această modalitate de trimitere nu este disponibilă.
field-rules_not_accepted = Trebuie să confirmați că ați citit regulile.
field-question_unknown = Alegeți una dintre întrebările propuse.
field-answer_length = Răspunsul trebuie să aibă între 3 și 200 de caractere.
account-end-others = Deconectare din toate celelalte sesiuni
account-end-others-help = Închide de aici toate celelalte sesiuni ale contului dumneavoastră, de pe orice dispozitiv (de exemplu, un calculator de pe care ați uitat să vă deconectați).
account-ended-others =
    { $count ->
        [one] A fost închisă o altă sesiune.
        [few] Au fost închise alte { $count } sesiuni.
       *[other] Au fost închise alte { $count } de sesiuni.
    }
journey-outcome_unknown = Nu am putut confirma dacă parola a fost setată: directorul de conturi a încetat să răspundă. Încercați să vă autentificați cu parola nouă; dacă nu funcționează, parola veche este încă valabilă. Continuăm verificarea, iar o nouă încercare vă va arăta ce s-a întâmplat.
journey-send_failed = Momentan nu am putut trimite codul PIN: serviciul de e-mail sau de SMS nu l-a preluat. Nu s-a pierdut nimic; puteți cere imediat un cod PIN nou.
journey-earlier_write_applied = Încercarea dumneavoastră anterioară a reușit până la urmă: parola aleasă atunci este cea valabilă. Autentificați-vă cu ea; acum nu s-a mai modificat nimic.
