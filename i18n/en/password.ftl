# en: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Show
password-hide = Hide
password-strength = Strength:
password-match = The two passwords match.
rule-met = met
rule-unmet = not met
suggestion-use = Use this one
