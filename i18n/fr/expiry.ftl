# fr: expiry messages (password-expiry reminders).
# La date d'expiration avec son article, après « expire » : « le 5 décembre 2026 »,
# « le 1er décembre 2026 ». $day, $month (1-12) et $year sont des nombres.
expiry-on-date = le { $day ->
    [1] 1er
   *[other] { $day }
} { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }
expiry-notice-subject = Votre mot de passe expire { $date }
expiry-notice =
    Le mot de passe de votre compte { $username } ({ $institution }) expire { $date }, dans { $days ->
        [one] un jour
       *[other] { $days } jours
    }.
    Merci de le changer d'ici là sur la page de changement de mot de passe :
    { $url }
    Le nouveau mot de passe vaut aussitôt pour tous les services qui utilisent ce compte. Après le changement, pensez à mettre à jour les mots de passe enregistrés dans vos navigateurs, votre messagerie et vos réglages Wi-Fi.
expiry-notice-helpdesk = Besoin d'aide ? Contactez l'assistance : { $helpdesk }
expiry-notice-sms = { $institution } : le mot de passe de { $username } expire { $date }. Changez-le sur { $url }
