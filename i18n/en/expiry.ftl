# en: expiry messages (password-expiry reminders).
# The expiry date with its preposition, as it follows "expires":
# "on 5 December 2026". $day, $month (1-12) and $year are numbers.
expiry-on-date = on { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
expiry-notice-subject = Your password expires { $date }
expiry-notice =
    The password of your account { $username } at { $institution } expires { $date }, in { $days ->
        [one] one day
       *[other] { $days } days
    }.
    Please change it before then on the change password page:
    { $url }
    The new password works at once for every service that uses this account. After the change, remember to update the passwords saved in your browsers, mail and Wi-Fi settings.
expiry-notice-helpdesk = Need help? Contact the helpdesk: { $helpdesk }
expiry-notice-sms = { $institution }: the password of { $username } expires { $date }. Change it at { $url }
