# fr: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Afficher
password-hide = Masquer
password-strength = Robustesse :
password-match = Les deux mots de passe sont identiques.
rule-met = respectée
rule-unmet = non respectée
suggestion-use = Utiliser celui-ci
forced-expired-title = Votre mot de passe a expiré
forced-expired = Votre mot de passe a expiré : choisissez-en un nouveau pour continuer.
forced-reset = Votre mot de passe a été défini par l'assistance : choisissez le vôtre pour continuer.
