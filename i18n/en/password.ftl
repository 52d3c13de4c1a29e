# en: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Show
password-hide = Hide
password-strength = Strength:
password-match = The two passwords match.
rule-met = met
rule-unmet = not met
suggestion-use = Use this one
forced-expired-title = Your password has expired
forced-expired = Your password has expired: choose a new one to go on.
forced-reset = Your password was set by the helpdesk: choose your own to go on.
