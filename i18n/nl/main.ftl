# Layout and generic pages. Keep the ids identical in el, en, it, fr, de, nl.
app-title = Accountbeheer
skip-to-content = Naar de inhoud
lang-switch-label = Taal
nav-home = Home
footer-helpdesk = Hulp nodig? Neem contact op met de servicedesk
footer-helpdesk-email = E-mail: { $email }
footer-helpdesk-phone = Telefoon: { $phone }
home-title = Welkom bij accountbeheer
home-intro = Eén account voor al uw rollen, in elke dienst. Hier beheert u uw account bij de instelling veilig, waar u ook bent.
home-what = Met deze dienst kunt u:
home-item-activate = uw account de eerste keer activeren, met een eenmalige code die wordt gestuurd naar de contactgegevens die u aan de instelling hebt doorgegeven;
home-item-change = uw wachtwoord wijzigen;
home-item-forgot = een nieuw wachtwoord instellen als u het bent vergeten;
home-item-contacts = een e-mailadres en een mobiel nummer registreren waarmee u uw wachtwoord kunt herstellen.
error-title = Er is iets misgegaan
error-back-home = Terug naar de startpagina
error-not-found = Deze pagina bestaat niet.
error-method-not-allowed = Deze actie is hier niet toegestaan.
error-bad-request = Het verzoek kon niet worden verwerkt. Controleer wat u hebt ingevuld en probeer het opnieuw.
error-payload-too-large = Wat u hebt verstuurd, is te groot.
error-too-many-requests = Te veel pogingen. Wacht { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } seconden
} en probeer het dan opnieuw.
error-csrf = Het formulier is verlopen of komt niet van deze website. Laad de pagina opnieuw en probeer het nog eens.
error-timeout = Het verzoek duurde te lang. Probeer het opnieuw.
error-unavailable = De accountservice kan de directory op dit moment niet bereiken. Er is niets gewijzigd; probeer het over een paar minuten opnieuw.
error-internal = Er is een onverwachte fout opgetreden. Er is niets gewijzigd; probeer het later opnieuw.
helpdesk-fallback = de servicedesk
role-student = student
role-staff = medewerker
role-faculty = docent
role-employee = werknemer
role-affiliate = gast
role-member = lid
role-alum = alumnus
next-request-link = Nieuwe link aanvragen
cancel-journey = Annuleren
footer-recovery = Wachtwoord vergeten? { $methods ->
    [email] U kunt een resetlink per e-mail ontvangen
    [sms] U kunt een code per sms ontvangen
   *[both] U kunt een resetlink per e-mail of een code per sms ontvangen
}.
