# Activation journey (IHU URegister, UPHF "Activer mon compte"). Keep ids identical in el, en, it, fr.
activation-title = Account activation
activation-step = Step { $n }/4
activation-intro = One account, for all your roles, in every service. To confirm who you are, you will receive a one-time PIN at the contact details you gave the institution. Once you confirm your details and choose your password, your account is ready.
activation-once = Activation is done only once. If your account is already active and you forgot your password, use password recovery.
activation-start = Activate my account now
activation-role-title = Choose your role to start the activation.
activation-role-label = I am
activation-role-note = Your account profile is kept up to date from your records at the institution, for every role you have. The same password works for all of them.
activation-begin = Start activation
activation-identify-title = Step 1/4: Your details
activation-identify-intro = Enter your details so that we can identify you.
activation-identify-contact-hint = Keep the email or mobile you declared to the institution at hand: the PIN is sent there. It can be used only once and is valid for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
activation-identify-one-enough = Filling in one of the two fields, mobile or email, is enough. If you fill in both, the PIN is sent to both.
activation-identify-warning = Enter the same mobile or email you declared when you enrolled, not another one.
activation-mobile = Mobile
activation-mobile-hint = Your number without spaces; a + at the start for a number from abroad.
activation-email = Email
activation-email-hint = Your personal email, not the institutional one, e.g. nick225@example.com
activation-personal-number = Personal number
activation-personal-number-hint = Student number or national student ID (INE) for students, staff number for staff, the unique ID you were given otherwise.
activation-birth-date = Date of birth
activation-birth-date-hint = dd/mm/yyyy
activation-next = Next
activation-required-note = * required fields
activation-pin-title = Step 2/4: PIN
activation-pin-intro = If the details you entered match the institution's records, a PIN has been sent to them. Enter it below.
activation-pin-validity = The PIN is valid for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } and can be used only once.
activation-pin-label = PIN
activation-pin-none = No PIN arrived? Check that you entered the mobile or email you declared to the institution, wait a minute and ask for a new code. If it still does not arrive, contact { $contact }.
activation-pin-resend = Send a new code
activation-pin-resent = A new code has been sent if your details matched. The previous one no longer works.
activation-pin-send-failed-email = We could not send the code by email just now. Nothing was lost: try "Send a new code" in a few minutes.
activation-pin-send-failed-sms = We could not send the code by SMS just now. Nothing was lost: try "Send a new code" in a few minutes.
activation-national-id-title = Step 2/4: National ID
activation-national-id-intro = Please enter your AMKA (social security number) in the form below.
activation-national-id-foreign-note = If you come from abroad you can use the social security number of your country, or the number of your European Health Insurance Card.
activation-national-id-use-note = The number is used only to register you in the directory.
activation-amka = AMKA
activation-amka-hint = 11 digits without spaces
activation-use-foreign = I want to use a social security number of another country (or the European Health Insurance Card)
activation-foreign-title = Social security number of another country
activation-country = Country
activation-country-hint = Two-letter code, e.g. IT, FR, DE
activation-kind = Type of number
activation-kind-ssn = Social security number
activation-kind-ehic = European Health Insurance Card number
activation-number = Number
activation-use-amka = I want to use my AMKA
activation-confirm-title = Step 3/4: Confirm your details
activation-confirm-username = Your account will use the username { $username } that the institution assigned to you.
activation-confirm-agree-note = If you agree with the details recorded by the institution, choose "Agree" to continue; otherwise choose "Disagree" to learn how to have them corrected.
activation-confirm-contacts-note = Your personal mobile and external email protect access to sensitive applications as an additional means of identification, and let you recover your password easily if you forget it.
activation-name = Name
activation-role = Role
activation-department = Department
activation-national-id = National ID
activation-consent-mobile = I agree that my mobile is stored by the application, so that I can recover my password by SMS.
activation-consent-email = I agree that my non-institutional email is stored by the application, so that I can recover my password by email.
activation-email-external = Email (external)
activation-tax-number = Tax number (AFM)
activation-father-name = Father's name
activation-gender = Gender
activation-gender-0 = Not known
activation-gender-1 = Male
activation-gender-2 = Female
activation-gender-9 = Not applicable
activation-consent-code-sms = Your PIN was not sent to this mobile: if you tick the box, we will send a code to it to check that it is yours before storing it.
activation-consent-code-email = Your PIN was not sent to this email: if you tick the box, we will send a code to it to check that it is yours before storing it.
activation-verify-title = Step 3/4: Confirm your contact
activation-verify-intro-sms = To store your mobile for password recovery, enter the code we sent by SMS to { $to }.
activation-verify-intro-email = To store your external email for password recovery, enter the code we sent to { $to }.
activation-verify-label = Code
activation-verify-skip = Continue without storing it
activation-verify-skip-note = If the code does not arrive, you can continue without storing this contact and add it later from your account.
activation-verify-resent = A new code has been sent. The previous one no longer works.
activation-agree = Agree
activation-disagree = Disagree
activation-disagree-title = Your details need correcting
activation-disagree-text = The details shown come from what you declared to the institution's information systems. If they are incomplete or wrong, contact your registrar's office so that they are corrected. Your account has not been activated; once the details are corrected, start the activation again.
activation-password-title = Step 4/4: Choose your password
activation-password-rules = Your password must follow these rules:
activation-password = Password
activation-password-confirm = Confirm password
activation-suggestions = Suggested passwords
activation-suggestions-hint = You can copy one of these, or choose your own.
activation-suggestions-random = Suggest random characters instead
activation-suggestions-passphrase = Suggest passphrases of words instead
activation-accept-terms = I accept the terms of use and the privacy policy of the application.
activation-terms = Terms of use
activation-privacy = Privacy policy
activation-register = Register
activation-welcome-title = Welcome { $username }!
activation-welcome-text = Your registration is complete, with username { $username }.
activation-welcome-services = With this account you have access to every service of the institution and to the federated services:
activation-already-title = Your account is already activated
activation-already-text = Activation is done only once. If you have forgotten your password, use password recovery.
activation-recover-link = Recover my password
activation-missing-title = The user does not have the required details
activation-missing-text = The institution's record lacks: { $fields }. Ask your registrar's office to complete them, then start the activation again.
activation-amka-failed-title = AMKA check failed
activation-amka-failed-text = The AMKA does not fit the surname or date of birth on record. If your AMKA, surname or date of birth is wrong in the institution's record, ask your registrar's office to correct it, then continue with the activation.
activation-registrar = Contact: { $contact }
activation-restart = Start again
activation-no-match = No user found with these details
activation-no-match-help = Ask your registrar's office to check and correct your mobile or email.
missing-username = username
missing-birth_date = date of birth
missing-national_id = national ID (AMKA)
missing-national_id_country = country of the national ID
activation-pin-subject = Your activation PIN
activation-pin-email = Your PIN for activating your { $institution } account is { $pin }. It is valid for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } and can be used only once. If you did not ask for it, ignore this message.
activation-pin-sms = { $institution }: your activation PIN is { $pin } (valid { $minutes } min, single use).
# Errors of the journey (API "message" and page texts).
journey-flow_not_found = This activation has expired or does not exist. Please start again.
journey-wrong_step = This step is not available now. Please continue from where you are.
journey-invalid_input = Some fields need correcting.
journey-no_match = No user found with these details.
journey-pin_wrong = The PIN is wrong. { $left ->
    [one] One try is left.
   *[other] { $left } tries are left.
}
journey-pin_exhausted = Too many wrong PINs: this PIN no longer works. Please start again.
journey-pin_invalid = This PIN has expired or was already used. Ask for a new code.
journey-resend_cooldown = Please wait { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    } before asking for a new code.
journey-resend_limit = No more codes can be sent for this activation. Please start again later.
journey-pin_budget = Too many codes were asked for or tried for this account. For your safety no code works for a while: try again in an hour, or contact the helpdesk.
journey-busy = The service is very busy right now. Please try again in a few minutes.
journey-already_active = Your account is already activated. If you have forgotten your password, use password recovery.
journey-required_fields_missing = The institution's record lacks some required details. Ask your registrar's office to complete them.
journey-amka_check_failed = AMKA check failed.
journey-password_policy = The password does not follow the rules.
journey-too_many_requests = Too many attempts. Please wait { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    } and try again.
journey-unavailable = A service kleidi depends on is unavailable right now. Nothing was changed; please try again in a few minutes.
journey-internal = An unexpected error occurred. Nothing was changed; please try again later.
# Field errors (codes of the checked types).
field-required = This field is required.
field-unknown_role = Choose one of the roles.
field-mobile_or_email_required = Enter your mobile, your email, or both.
field-password_mismatch = The two passwords are not the same.
field-terms_not_accepted = You must accept the terms of use to continue.
field-username_empty = Enter your username.
field-username_too_long = This username is too long.
field-username_control_char = This username contains characters that are not allowed.
field-username_forbidden_char = This username contains characters that are not allowed.
field-email_empty = Enter an email address.
field-email_at_sign = An email address has exactly one @.
field-email_local_part = The part before the @ is not valid.
field-email_domain = The part after the @ is not a valid domain.
field-email_too_long = This email address is too long.
field-country_unknown = Unknown country code.
field-mobile_empty = Enter a mobile number.
field-mobile_invalid_char = A mobile number has only digits, spaces and an optional + at the start.
field-mobile_calling_code = Unknown country calling code.
field-mobile_length = This number has the wrong number of digits.
field-mobile_not_mobile = This is not a mobile number.
field-birth_date_format = Write the date as dd/mm/yyyy.
field-birth_date_invalid = This date does not exist.
field-birth_date_out_of_range = This date of birth is not plausible.
field-amka_invalid = An AMKA has 11 digits and a valid check digit.
field-amka_mismatch = This AMKA does not fit your date of birth.
field-national_id_empty = Enter the number.
field-national_id_invalid_char = Use only letters and digits.
field-national_id_length = This number has the wrong length.
field-national_id_ehic_country = This country does not issue the European Health Insurance Card.
field-national_id_use_amka = For Greece, use your AMKA.
field-national_id_schac_format = The national ID on record is malformed.
field-pin_empty = Enter the PIN.
field-pin_length = The PIN has { $digits ->
        [one] { $digits } digit
       *[other] { $digits } digits
    }.
field-pin_not_digits = The PIN has only digits.
field-personal_number_empty = Enter your personal number.
field-personal_number_length = This number has the wrong length.
field-personal_number_invalid_char = Use only letters, digits and hyphens.
activation-reconsider = Back to my details
activation-pin-sent-to = If the details you entered match the institution's records, we have sent a PIN to { $to }. Enter it below.
