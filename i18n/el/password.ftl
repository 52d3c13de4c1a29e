# el: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Εμφάνιση
password-hide = Απόκρυψη
password-strength = Ισχύς:
password-match = Οι δύο κωδικοί πρόσβασης ταιριάζουν.
rule-met = ικανοποιείται
rule-unmet = δεν ικανοποιείται
suggestion-use = Χρήση αυτού
