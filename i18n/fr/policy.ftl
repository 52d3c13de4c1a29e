# Politique de mots de passe (src/policy). Pour les identifiants et les
# arguments, voir les commentaires de en/policy.ftl.

## Violations : ce que l'utilisateur doit faire

policy-too-short =
    { $min ->
        [one] Utilisez au moins { $min } caractère.
       *[other] Utilisez au moins { $min } caractères.
    }
policy-too-long =
    { $max ->
        [one] Utilisez au plus { $max } caractère.
       *[other] Utilisez au plus { $max } caractères.
    }
policy-control-character = Retirez du mot de passe les caractères de contrôle (comme NUL ou une tabulation).
policy-blank = Un mot de passe fait uniquement d'espaces n'en est pas un : utilisez des lettres, des chiffres ou des symboles.
policy-min-lower =
    { $min ->
        [one] Ajoutez au moins { $min } lettre minuscule.
       *[other] Ajoutez au moins { $min } lettres minuscules.
    }
policy-min-upper =
    { $min ->
        [one] Ajoutez au moins { $min } lettre majuscule.
       *[other] Ajoutez au moins { $min } lettres majuscules.
    }
policy-min-digit =
    { $min ->
        [one] Ajoutez au moins { $min } chiffre.
       *[other] Ajoutez au moins { $min } chiffres.
    }
policy-min-special =
    { $min ->
        [one] Ajoutez au moins { $min } caractère qui ne soit ni une lettre ni un chiffre (par exemple ! # @ -).
       *[other] Ajoutez au moins { $min } caractères qui ne soient ni des lettres ni des chiffres (par exemple ! # @ -).
    }
policy-char-classes =
    { $min ->
        [one] Combinez au moins { $min } type de caractères parmi : minuscules, majuscules, chiffres, symboles.
       *[other] Combinez au moins { $min } types de caractères parmi : minuscules, majuscules, chiffres, symboles.
    }
policy-min-distinct =
    { $min ->
        [one] Utilisez au moins { $min } caractère différent.
       *[other] Utilisez au moins { $min } caractères différents.
    }
policy-digit-sequence =
    { $max ->
        [one] Évitez les suites de plus de { $max } chiffre consécutif, croissant ou décroissant (comme 1234 ou 9876).
       *[other] Évitez les suites de plus de { $max } chiffres consécutifs, croissants ou décroissants (comme 1234 ou 9876).
    }
policy-repeated-char =
    { $max ->
        [one] Ne répétez pas le même caractère deux fois de suite.
       *[other] Ne répétez pas le même caractère plus de { $max } fois de suite.
    }
policy-contains-username = Retirez votre identifiant (login) du mot de passe.
policy-similar-to-username = Le mot de passe ressemble trop à votre identifiant : choisissez-en un autre.
policy-contains-name = Retirez votre prénom et votre nom du mot de passe.
policy-institution-word = Retirez le mot « { $word } » : le mot de passe ne doit pas contenir le nom de l'établissement ou de ses services.
policy-blocklisted = Ce mot de passe est trop courant ou a déjà fuité : choisissez-en un autre.
policy-regex = Le mot de passe ne respecte pas l'une des règles de ce service.
policy-weak = Ce mot de passe est trop facile à deviner : allongez-le, par exemple avec quelques mots peu courants.
policy-in-history =
    { $count ->
        [one] Choisissez un mot de passe différent du dernier que vous avez utilisé.
       *[other] Choisissez un mot de passe différent des { $count } derniers que vous avez utilisés.
    }

## Règles, affichées avant la saisie

policy-rule-too-short =
    { $min ->
        [one] Le mot de passe doit comporter au moins { $min } caractère.
       *[other] Le mot de passe doit comporter au moins { $min } caractères.
    }
policy-rule-too-long =
    { $max ->
        [one] Le mot de passe doit comporter au plus { $max } caractère.
       *[other] Le mot de passe doit comporter au plus { $max } caractères.
    }
policy-rule-control-character = Le mot de passe ne doit pas contenir de caractères de contrôle.
policy-rule-blank = Le mot de passe ne doit pas être composé uniquement d'espaces.
policy-rule-min-lower =
    { $min ->
        [one] Le mot de passe doit contenir au moins { $min } lettre minuscule.
       *[other] Le mot de passe doit contenir au moins { $min } lettres minuscules.
    }
policy-rule-min-upper =
    { $min ->
        [one] Le mot de passe doit contenir au moins { $min } lettre majuscule.
       *[other] Le mot de passe doit contenir au moins { $min } lettres majuscules.
    }
policy-rule-min-digit =
    { $min ->
        [one] Le mot de passe doit contenir au moins { $min } chiffre.
       *[other] Le mot de passe doit contenir au moins { $min } chiffres.
    }
policy-rule-min-special =
    { $min ->
        [one] Le mot de passe doit contenir au moins { $min } caractère non alphanumérique.
       *[other] Le mot de passe doit contenir au moins { $min } caractères non alphanumériques.
    }
policy-rule-char-classes =
    { $min ->
        [one] Le mot de passe doit combiner au moins { $min } type de caractères parmi : minuscules, majuscules, chiffres, symboles.
       *[other] Le mot de passe doit combiner au moins { $min } types de caractères parmi : minuscules, majuscules, chiffres, symboles.
    }
policy-rule-min-distinct =
    { $min ->
        [one] Le mot de passe doit comporter au moins { $min } caractère différent.
       *[other] Le mot de passe doit comporter au moins { $min } caractères différents.
    }
policy-rule-digit-sequence =
    { $max ->
        [one] Le mot de passe ne doit pas contenir plus de { $max } chiffre consécutif, en ordre croissant ou décroissant.
       *[other] Le mot de passe ne doit pas contenir plus de { $max } chiffres consécutifs, en ordre croissant ou décroissant.
    }
policy-rule-repeated-char =
    { $max ->
        [one] Le mot de passe ne doit pas répéter le même caractère deux fois de suite.
       *[other] Le mot de passe ne doit pas répéter le même caractère plus de { $max } fois de suite.
    }
policy-rule-contains-username = Le mot de passe ne doit pas contenir votre identifiant (login).
policy-rule-similar-to-username = Le mot de passe ne doit pas trop ressembler à votre identifiant.
policy-rule-contains-name = Le mot de passe ne doit contenir ni votre prénom ni votre nom.
policy-rule-institution-word = Le mot de passe ne doit pas contenir ces mots : { $words }.
policy-rule-blocklisted = Le mot de passe ne doit pas figurer parmi les mots de passe courants ou ayant fuité.
policy-rule-regex = Le mot de passe doit respecter les règles supplémentaires de ce service.
policy-rule-weak = Le mot de passe ne doit pas être facile à deviner (robustesse d'au moins { $min } sur 4).
policy-rule-in-history =
    { $count ->
        [one] Le mot de passe doit être différent du dernier mot de passe que vous avez choisi.
       *[other] Le mot de passe doit être différent des { $count } derniers mots de passe que vous avez choisis.
    }

## Indicateur de robustesse

policy-score-0 = Très faible
policy-score-1 = Faible
policy-score-2 = Moyen
policy-score-3 = Robuste
policy-score-4 = Très robuste
policy-suggestions = Mots de passe suggérés
policy-suggestions-pick = Cliquez sur l'un d'eux pour l'utiliser

## Conseils de robustesse (zxcvbn)

policy-hint-straight-rows = Les rangées de touches (comme azerty) sont faciles à deviner.
policy-hint-keyboard-pattern = Les motifs courts sur le clavier sont faciles à deviner.
policy-hint-repeats = Les répétitions comme « aaa » sont faciles à deviner.
policy-hint-repeated-groups = Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».
policy-hint-top10 = C'est l'un des 10 mots de passe les plus courants.
policy-hint-top100 = C'est l'un des 100 mots de passe les plus courants.
policy-hint-common = C'est un mot de passe très courant.
policy-hint-similar-to-common = Il ressemble à un mot de passe très courant.
policy-hint-sequences = Les suites comme « abc » ou « 6543 » sont faciles à deviner.
policy-hint-recent-years = Les années récentes sont faciles à deviner.
policy-hint-single-word = Un mot seul est facile à deviner.
policy-hint-dates = Les dates sont souvent faciles à deviner.
policy-hint-names = Les prénoms et les noms seuls sont faciles à deviner.
policy-hint-common-names = Les prénoms et les noms courants sont faciles à deviner.
policy-hint-use-words = Utilisez plusieurs mots et évitez les expressions toutes faites.
policy-hint-no-need-for-symbols = Les symboles, les chiffres et les majuscules ne sont pas indispensables.
policy-hint-add-word = Ajoutez un ou deux mots, de préférence peu courants.
policy-hint-capitalization = Les majuscules n'aident pas beaucoup.
policy-hint-all-uppercase = Tout en majuscules est presque aussi facile à deviner que tout en minuscules.
policy-hint-reversed-words = Les mots écrits à l'envers ne sont guère plus difficiles à deviner.
policy-hint-substitutions = Les substitutions prévisibles, comme « @ » au lieu de « a », n'aident pas beaucoup.
policy-hint-longer-keyboard-pattern = Utilisez un motif de clavier plus long, avec plus de changements de direction.
policy-hint-avoid-repeats = Évitez les mots et les caractères répétés.
policy-hint-avoid-sequences = Évitez les suites.
policy-hint-avoid-recent-years = Évitez les années récentes.
policy-hint-avoid-personal-years = Évitez les années qui vous sont associées.
policy-hint-avoid-personal-dates = Évitez les dates et les années qui vous sont associées.
policy-class-max =
    { $class ->
        [lower] Utilisez au plus { $max ->
            [one] { $max } lettre minuscule
           *[other] { $max } lettres minuscules
        }.
        [upper] Utilisez au plus { $max ->
            [one] { $max } lettre majuscule
           *[other] { $max } lettres majuscules
        }.
        [digit] Utilisez au plus { $max ->
            [one] { $max } chiffre
           *[other] { $max } chiffres
        }.
       *[special] Utilisez au plus { $max ->
            [one] { $max } caractère spécial
           *[other] { $max } caractères spéciaux
        }.
    }
policy-rule-class-max =
    { $class ->
        [lower] Le mot de passe doit comporter au plus { $max ->
            [one] { $max } lettre minuscule
           *[other] { $max } lettres minuscules
        }.
        [upper] Le mot de passe doit comporter au plus { $max ->
            [one] { $max } lettre majuscule
           *[other] { $max } lettres majuscules
        }.
        [digit] Le mot de passe doit comporter au plus { $max ->
            [one] { $max } chiffre
           *[other] { $max } chiffres
        }.
       *[special] Le mot de passe doit comporter au plus { $max ->
            [one] { $max } caractère spécial
           *[other] { $max } caractères spéciaux
        }.
    }
policy-sequence = Évitez les lettres ou les touches qui se suivent (comme abcd ou azer) : au plus { $max } à la suite.
policy-rule-sequence =
    { $max ->
        [one] Le mot de passe ne doit pas comporter plus de { $max } lettre ou touche à la suite (comme abcd ou azer).
       *[other] Le mot de passe ne doit pas comporter plus de { $max } lettres ou touches qui se suivent (comme abcd ou azer).
    }
policy-occurrences = N'utilisez aucun caractère plus de { $max } fois.
policy-rule-occurrences = Aucun caractère ne doit apparaître plus de { $max } fois.
policy-special-at-end = Ne commencez ni ne terminez le mot de passe par un caractère spécial.
policy-rule-special-at-end = Le mot de passe ne doit ni commencer ni se terminer par un caractère spécial.
policy-contains-attribute = N'utilisez ni le nom de votre adresse de courriel ni votre numéro d'étudiant ou de personnel.
policy-rule-contains-attribute = Le mot de passe ne doit contenir ni le nom de votre adresse de courriel ni votre numéro d'étudiant ou de personnel.
policy-similar-to-old = Le nouveau mot de passe ressemble trop à l'actuel : changez-en davantage.
policy-rule-similar-to-old = Le nouveau mot de passe ne doit pas trop ressembler à l'actuel.
