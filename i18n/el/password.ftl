# el: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Εμφάνιση
password-hide = Απόκρυψη
password-strength = Ισχύς:
password-match = Οι δύο κωδικοί πρόσβασης ταιριάζουν.
rule-met = ικανοποιείται
rule-unmet = δεν ικανοποιείται
suggestion-use = Χρήση αυτού
forced-expired-title = Ο κωδικός πρόσβασής σας έληξε
forced-expired = Ο κωδικός πρόσβασής σας έληξε: επιλέξτε νέο για να συνεχίσετε.
forced-reset = Ο κωδικός πρόσβασής σας ορίστηκε από το γραφείο υποστήριξης: επιλέξτε δικό σας για να συνεχίσετε.
