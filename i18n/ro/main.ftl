# Layout and generic pages (ro). Keep the ids identical to en.
app-title = Gestionarea contului
skip-to-content = Salt la conținut
lang-switch-label = Limba
nav-home = Pagina principală
footer-helpdesk = Aveți nevoie de ajutor? Contactați serviciul de asistență
footer-helpdesk-email = E-mail: { $email }
footer-helpdesk-phone = Telefon: { $phone }
home-title = Bun venit la serviciul de gestionare a contului
home-intro = Un singur cont, pentru toate rolurile dumneavoastră, în toate serviciile. Aici vă puteți gestiona în siguranță contul instituțional, de oriunde.
home-what = Prin acest serviciu puteți:
home-item-activate = să vă activați contul prima dată, cu un cod PIN de unică folosință trimis la datele de contact pe care le-ați comunicat instituției;
home-item-change = să vă schimbați parola;
home-item-forgot = să setați o parolă nouă, dacă ați uitat-o;
home-item-contacts = să înregistrați o adresă de e-mail și un număr de mobil pentru recuperarea parolei.
error-title = A apărut o problemă
error-back-home = Înapoi la pagina principală
error-not-found = Această pagină nu există.
error-method-not-allowed = Această acțiune nu este permisă aici.
error-bad-request = Cererea nu a putut fi înțeleasă. Verificați datele introduse și încercați din nou.
error-payload-too-large = Datele trimise sunt prea mari.
error-too-many-requests = Prea multe încercări. Așteptați { $seconds ->
        [one] { $seconds } secundă
        [few] { $seconds } secunde
       *[other] { $seconds } de secunde
    } și încercați din nou.
error-csrf = Formularul a expirat sau nu provine de pe acest site. Reîncărcați pagina și încercați din nou.
error-timeout = Cererea a durat prea mult. Încercați din nou.
error-unavailable = Serviciul de conturi nu poate accesa momentan directorul de conturi. Nu s-a modificat nimic; încercați din nou peste câteva minute.
error-internal = A apărut o eroare neprevăzută. Nu s-a modificat nimic; încercați din nou mai târziu.
helpdesk-fallback = serviciul de asistență
role-student = student
role-staff = personal
role-faculty = cadru didactic
role-employee = angajat
role-affiliate = colaborator
role-member = membru
role-alum = absolvent
next-request-link = Solicitați un nou link de resetare
cancel-journey = Anulați
footer-recovery = Ați uitat parola? { $methods ->
    [email] Puteți primi un link de resetare prin e-mail
    [sms] Puteți primi un cod prin SMS
   *[both] Puteți primi un link de resetare prin e-mail sau un cod prin SMS
}.
