# Layout and generic pages. Keep the ids identical in el, en, it, fr.
app-title = Account management
skip-to-content = Skip to content
lang-switch-label = Language
nav-home = Home
footer-helpdesk = Need help? Contact the helpdesk
footer-helpdesk-email = Email: { $email }
footer-helpdesk-phone = Phone: { $phone }
home-title = Welcome to the account management service
home-intro = One account, for all your roles, in every service. Here you can manage your institutional account safely, from anywhere.
home-what = With this service you can:
home-item-activate = activate your account the first time, with a one-time PIN sent to the contact details you gave the institution;
home-item-change = change your password;
home-item-forgot = set a new password if you have forgotten it;
home-item-contacts = register an email address and a mobile number for recovering your password.
error-title = Something went wrong
error-back-home = Back to the start page
error-not-found = This page does not exist.
error-method-not-allowed = This action is not allowed here.
error-bad-request = The request could not be understood. Please check what you entered and try again.
error-payload-too-large = What you sent is too large.
error-too-many-requests = Too many attempts. Please wait { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    } and try again.
error-csrf = The form has expired or did not come from this site. Please reload the page and try again.
error-timeout = The request took too long. Please try again.
error-unavailable = The account service cannot reach the directory right now. Nothing was changed; please try again in a few minutes.
error-internal = An unexpected error occurred. Nothing was changed; please try again later.
helpdesk-fallback = the helpdesk
role-student = student
role-staff = staff
role-faculty = faculty
role-employee = employee
role-affiliate = associate
role-member = member
role-alum = alumnus
next-request-link = Request a new link
cancel-journey = Cancel
footer-recovery = Forgot your password? { $methods ->
    [email] You can get a reset link by email
    [sms] You can get a code by SMS
   *[both] You can get a reset link by email or a code by SMS
}.
