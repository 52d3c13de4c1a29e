# Layout and generic pages (sv). Keep the ids identical to en.
app-title = Kontohantering
skip-to-content = Hoppa till innehållet
lang-switch-label = Språk
nav-home = Start
footer-helpdesk = Behöver du hjälp? Kontakta supporten
footer-helpdesk-email = E-post: { $email }
footer-helpdesk-phone = Telefon: { $phone }
home-title = Välkommen till tjänsten för kontohantering
home-intro = Ett konto för alla dina roller, i alla tjänster. Här kan du hantera ditt konto vid lärosätet på ett säkert sätt, var du än befinner dig.
home-what = Med den här tjänsten kan du:
home-item-activate = aktivera ditt konto första gången, med en engångskod som skickas till de kontaktuppgifter du har lämnat till lärosätet
home-item-change = byta lösenord
home-item-forgot = välja ett nytt lösenord om du har glömt ditt
home-item-contacts = registrera en e-postadress och ett mobilnummer för återställning av lösenordet
error-title = Något gick fel
error-back-home = Tillbaka till startsidan
error-not-found = Sidan finns inte.
error-method-not-allowed = Den här åtgärden är inte tillåten här.
error-bad-request = Begäran kunde inte tolkas. Kontrollera det du har fyllt i och försök igen.
error-payload-too-large = Det du skickade är för stort.
error-too-many-requests = För många försök. Vänta { $seconds ->
        [one] { $seconds } sekund
       *[other] { $seconds } sekunder
    } och försök igen.
error-csrf = Formuläret har gått ut eller kommer inte från den här webbplatsen. Ladda om sidan och försök igen.
error-timeout = Begäran tog för lång tid. Försök igen.
error-unavailable = Kontotjänsten når inte katalogtjänsten just nu. Inget har ändrats. Försök igen om några minuter.
error-internal = Ett oväntat fel inträffade. Inget har ändrats. Försök igen senare.
helpdesk-fallback = supporten
role-student = student
role-staff = personal
role-faculty = lärare
role-employee = anställd
role-affiliate = affilierad
role-member = medlem
role-alum = alumn
next-request-link = Begär en ny återställningslänk
cancel-journey = Avbryt
footer-recovery = Glömt lösenordet? { $methods ->
    [email] Du kan få en återställningslänk via e-post
    [sms] Du kan få en engångskod via sms
   *[both] Du kan få en återställningslänk via e-post eller en engångskod via sms
}.
