# fr: the new-password field (show/hide, strength, the rules ticked, suggestions).
password-show = Afficher
password-hide = Masquer
password-strength = Robustesse :
password-match = Les deux mots de passe sont identiques.
rule-met = respectée
rule-unmet = non respectée
suggestion-use = Utiliser celui-ci
