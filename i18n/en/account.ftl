# mypassword: sign-in, account page, password change, contacts, recovery. Keep ids identical in el, en, it, fr.
login-title = Sign in
login-intro = Welcome to the account management service. It lets you set a new password if you have forgotten it, and change your password safely.
login-username = Username
login-password = Password
login-submit = Sign in
login-forgot-password = I forgot my password
login-forgot-username = I forgot my username
login-activate = Activate my account
logout = Sign out
signed-in-as = Signed in as { $username }
nav-account = Home
nav-change-password = Change password
nav-contacts = Recovery contacts
nav-account-info = Account information
nav-security-question = Security question
account-title = Account management
account-username = Username
account-name = Name
account-roles = Roles
account-recovery-email = Recovery email
account-recovery-mobile = Recovery mobile
account-none = not registered
account-password-changed = Password last changed
account-password-expires = Password expires
account-must-change = Your password must be changed before you can do anything else.
account-expiry-warning = Your password expires in { $days ->
    [one] one day
   *[other] { $days } days
}. Please change it.
account-grace-warning = Your password has expired. You can sign in { $left ->
    [one] one more time
   *[other] { $left } more times
} with it: change it now.
account-no-contacts = You have not registered a recovery email or mobile. Without them, password recovery is impossible: register them now.
change-title = Change password
change-current = Current password
change-new = New password
change-confirm = Confirm new password
change-submit = Save
change-done-title = Your password has been changed
account-changed-reminder = The new password now works for every service of the institution. If your old password was saved in your browser or in a mail client (Thunderbird, Outlook…), replace it there with the new one.
contacts-title = Recovery contacts
contacts-intro = Register a recovery email (a personal one) and a recovery mobile, so that you can recover your password right away if you forget it.
contacts-email = Recovery email (a personal one, not the institutional one)
contacts-mobile = Mobile
contacts-new-value = New value
contacts-password = Your password (for security)
contacts-save = Send a verification code
contacts-remove = Remove
contacts-verify-title = Verify the new contact
contacts-verify-intro = We sent a code to the new address. It is stored only once you enter the code here.
contacts-verify-submit = Verify
contacts-stored = The new contact has been verified and stored.
contacts-removed = The contact has been removed.
contacts-pin-label = Code we sent to the new address
contacts-current = Registered now: { $value }
contacts-none = None registered yet.
contacts-remove-confirm = Remove { $value }? You will no longer be able to recover your password with it.
question-title = Security question
question-intro = The security question lets you recover your password with your personal number and date of birth.
question-question = Your question
question-answer = Your answer
question-save = Save
question-stored = Your security question has been stored.
recover-title = Forgotten password
recover-intro = To set a new password, we first need to confirm your details, for security.
recover-username = Username
recover-contact = The recovery email or mobile you registered
recover-personal-number = Personal number
recover-personal-number-hint = Student number or national student ID (INE), staff number, or the unique ID you were given.
recover-birth-date = Date of birth
recover-birth-date-hint = dd/mm/yyyy
recover-channel = How should we send it?
recover-by-email = Send by email
recover-by-sms = Send by SMS
recover-continue = Continue
recover-no-contacts = Recovery works only if you registered a recovery email or mobile. If you did not, or they are wrong, contact { $contact }.
recover-sent-title = Check your messages
recover-sent-failing = Our mail service failed a moment ago, so the link may not arrive. Nothing was used up: please try again in a few minutes.
recover-sent = If the details you entered match an account with a registered contact, we have sent instructions there. The link is valid for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
recover-pin-title = Enter the code
recover-pin-intro = If the details you entered match an account with a registered mobile, we have sent a code to it by SMS.
recover-pin-send-failed = We could not send the code by SMS just now. Nothing was lost: ask for a new code (you can do so at once).
recover-pin-resend = Send a new code
recover-pin-validity = The code is valid for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
recover-pin-label = Code
recover-question-title = Security question
recover-answer = Your answer
recover-new-title = New password
recover-new-password = New password
recover-new-confirm = Confirm new password
recover-accept-rules = I confirm that I have read the internal rules.
recover-rules-must = To be valid, your password must follow these rules:
recover-submit = Confirm
recover-done-title = Your password has been changed
recover-done = Your password has been changed; a confirmation has been sent to your addresses. Sign in with your new password.
recover-link-dead = This link has expired, was already used, or the password was changed since it was sent. Ask for a new one.
username-title = Forgotten username
username-intro = Enter your personal number and date of birth, or the recovery email you registered. We will send your username to your registered contacts; it is never shown here.
username-email = Recovery email
username-or = or
username-submit = Send my username
username-sent = If the details match an account, your username has been sent to its registered contacts.
# Messages sent by email and SMS.
contact-pin-subject = Verify your recovery contact
contact-pin-email = Your verification code for { $institution } is { $pin }. It is valid for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. If you did not ask for it, ignore this message.
contact-pin-sms = { $institution }: verification code { $pin } (valid { $minutes } min).
recovery-pin-sms = { $institution }: password recovery code { $pin } (valid { $minutes } min). Never share it.
recovery-link-subject = Set a new password
recovery-link-email = Someone asked to set a new password for the account { $username } at { $institution }. To do it, open this link within { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }: { $url } If it was not you, ignore this message: your password stays as it is.
recovery-username-subject = Your username
recovery-username-email = Your username at { $institution } is: { $username }
security-question-1 = What was the name of your first school?
security-question-2 = In which city were your parents married?
security-question-3 = What was the name of your first pet?
security-question-4 = What is the name of the street you grew up on?
notice-password-changed-subject = Your password was changed
notice-password-changed = The password of your account { $username } at { $institution } was changed. If it was not you, contact the helpdesk at once.
notice-password-changed-sms = { $institution }: the password of { $username } was changed. Not you? Contact the helpdesk.
notice-password-reset-subject = Your password was reset
notice-password-reset = The password of your account { $username } at { $institution } was reset through password recovery. If it was not you, contact the helpdesk at once.
notice-password-reset-sms = { $institution }: the password of { $username } was reset. Not you? Contact the helpdesk.
notice-email-changed-subject = Your recovery email was changed
notice-email-changed = The recovery email of your account { $username } at { $institution } was changed. If it was not you, contact the helpdesk at once.
notice-email-changed-sms = { $institution }: the recovery email of { $username } was changed.
notice-mobile-changed-subject = Your recovery mobile was changed
notice-mobile-changed = The recovery mobile of your account { $username } at { $institution } was changed. If it was not you, contact the helpdesk at once.
notice-mobile-changed-sms = { $institution }: the recovery mobile of { $username } was changed.
notice-email-removed-subject = Your recovery email was removed
notice-email-removed = The recovery email of your account { $username } at { $institution } was removed. If it was not you, contact the helpdesk at once.
notice-email-removed-sms = { $institution }: the recovery email of { $username } was removed.
notice-mobile-removed-subject = Your recovery mobile was removed
notice-mobile-removed = The recovery mobile of your account { $username } at { $institution } was removed. If it was not you, contact the helpdesk at once.
notice-mobile-removed-sms = { $institution }: the recovery mobile of { $username } was removed.
# Errors.
journey-invalid_credentials = Wrong username or password. If you forgot your password or your account is locked, use password recovery.
journey-too_many_failures = Too many failed sign-ins. Wait a while, or use password recovery.
journey-not_signed_in = Please sign in.
journey-must_change_password = Please change your password first.
journey-reauth_required = Please enter your password again.
journey-not_offered = This service is not offered here.
journey-link_invalid = This link has expired, was already used, or the password was changed since it was sent. Ask for a new one.
journey-answer_wrong = The answer to the security question is wrong. { $left ->
    [one] One try is left.
   *[other] { $left } tries are left.
}
journey-answer_exhausted = Too many wrong answers to the security question. Try again tomorrow, or contact the helpdesk.
journey-recovery_expired = This password recovery has expired or is already finished. Please start again.
ppolicy-password_expired = Your password has expired.
ppolicy-account_locked = The account is locked. Use password recovery to unlock it.
ppolicy-change_after_reset = Your password was reset and must be changed now.
ppolicy-password_mod_not_allowed = You are not allowed to change this password. Contact the helpdesk.
ppolicy-must_supply_old_password = Enter your current password.
ppolicy-insufficient_password_quality = The directory refused this password as too weak.
ppolicy-password_too_short = The directory refused this password as too short.
ppolicy-password_too_young = Your password was changed too recently; try again later.
ppolicy-password_in_history = You used this password recently; choose another one.
ppolicy-password_too_long = The directory refused this password as too long.
ppolicy-other = The directory refused this password.
field-current_password_wrong = This is not your current password.
field-channel_not_offered = This way of sending is not offered.
field-rules_not_accepted = You must confirm that you read the rules.
field-question_unknown = Choose one of the questions offered.
field-answer_length = The answer must have 3 to 200 characters.
account-end-others = Sign out everywhere else
account-end-others-help = Ends every other session of your account here, on any device (for example a computer you forgot to sign out of).
account-ended-others =
    { $count ->
        [one] One other session was ended.
       *[other] { $count } other sessions were ended.
    }
journey-outcome_unknown = We could not confirm whether your password was set: the directory stopped answering. Try signing in with the new password; if it does not work, the old one still does. We keep checking, and trying again will tell you what happened.
journey-send_failed = We could not send the code just now: the mail or SMS service did not take it. Nothing was lost; you can ask for a new code at once.
journey-earlier_write_applied = Your earlier attempt went through after all: the password you chose then is set. Sign in with it; nothing else was changed now.
