# cs: rozvržení stránky a obecné stránky. Identifikátory stejné jako v en.
app-title = Správa účtu
skip-to-content = Přejít na obsah
lang-switch-label = Jazyk
nav-home = Úvod
footer-helpdesk = Potřebujete pomoc? Obraťte se na uživatelskou podporu
footer-helpdesk-email = E-mail: { $email }
footer-helpdesk-phone = Telefon: { $phone }
home-title = Vítejte ve službě pro správu účtu
home-intro = Jeden účet pro všechny vaše role ve všech službách. Zde můžete bezpečně a odkudkoli spravovat svůj univerzitní účet.
home-what = V této službě můžete:
home-item-activate = poprvé aktivovat účet pomocí jednorázového kódu PIN zaslaného na kontaktní údaje, které jste uvedli univerzitě;
home-item-change = změnit heslo;
home-item-forgot = nastavit nové heslo, pokud jste ho zapomněli;
home-item-contacts = zaregistrovat e-mail a číslo mobilního telefonu pro obnovení hesla.
error-title = Něco se pokazilo
error-back-home = Zpět na úvodní stránku
error-not-found = Tato stránka neexistuje.
error-method-not-allowed = Tato akce zde není povolena.
error-bad-request = Požadavku se nepodařilo porozumět. Zkontrolujte prosím zadané údaje a zkuste to znovu.
error-payload-too-large = Odeslaná data jsou příliš velká.
error-too-many-requests = Příliš mnoho pokusů. Počkejte prosím { $seconds ->
        [one] { $seconds } sekundu
        [few] { $seconds } sekundy
        [many] { $seconds } sekundy
       *[other] { $seconds } sekund
    } a zkuste to znovu.
error-csrf = Platnost formuláře vypršela nebo formulář nepochází z tohoto webu. Obnovte prosím stránku a zkuste to znovu.
error-timeout = Zpracování požadavku trvalo příliš dlouho. Zkuste to prosím znovu.
error-unavailable = Služba pro správu účtů se momentálně nemůže spojit s adresářem uživatelů. Nic nebylo změněno; zkuste to prosím znovu za několik minut.
error-internal = Došlo k neočekávané chybě. Nic nebylo změněno; zkuste to prosím znovu později.
# Ve 4. pádě: dosazuje se za „obraťte se na“ (recover-no-contacts).
helpdesk-fallback = uživatelskou podporu
role-student = student
role-staff = pracovník
role-faculty = akademický pracovník
role-employee = zaměstnanec
role-affiliate = spolupracovník
role-member = člen akademické obce
role-alum = absolvent
next-request-link = Požádat o nový odkaz
cancel-journey = Zrušit
footer-recovery = Zapomněli jste heslo? { $methods ->
    [email] Můžete získat odkaz pro obnovení hesla e-mailem
    [sms] Můžete získat kód SMS zprávou
   *[both] Můžete získat odkaz pro obnovení hesla e-mailem nebo kód SMS zprávou
}.
