# mypassword: sign-in, account page, password change, contacts, recovery. Keep ids identical in el, en, it, fr.
login-title = Connexion
login-intro = Bienvenue sur le service de gestion de votre compte. Il vous permet de choisir un nouveau mot de passe si vous l'avez oublié, et de changer votre mot de passe en toute sécurité.
login-username = Identifiant
login-password = Mot de passe
login-submit = Se connecter
login-forgot-password = Mot de passe oublié ?
login-forgot-username = Identifiant oublié ?
login-activate = Activer mon compte
logout = Se déconnecter
signed-in-as = Compte : { $username }
nav-account = Accueil
nav-change-password = Changer mon mot de passe
nav-contacts = Coordonnées de récupération
nav-account-info = Informations du compte
nav-security-question = Question joker
account-title = Gérer mon compte
account-username = Identifiant
account-name = Nom
account-roles = Statuts
account-recovery-email = Adresse de récupération
account-recovery-mobile = Mobile de récupération
account-none = non renseigné
account-password-changed = Dernier changement du mot de passe
account-password-expires = Expiration du mot de passe
account-must-change = Vous devez changer votre mot de passe avant toute autre opération.
account-expiry-warning = Votre mot de passe expire dans { $days ->
    [one] un jour
   *[other] { $days } jours
}. Veuillez le changer.
account-grace-warning = Votre mot de passe a expiré. Vous pouvez encore vous connecter { $left ->
    [one] { $left } fois
   *[other] { $left } fois
} avec celui-ci : changez-le dès maintenant.
account-no-contacts = Vous n'avez enregistré ni adresse de récupération ni mobile de récupération. Sans eux, la récupération du mot de passe est impossible : enregistrez-les dès maintenant.
change-title = Changer mon mot de passe
change-current = Mot de passe actuel
change-new = Nouveau mot de passe
change-confirm = Confirmation
change-submit = Enregistrer
change-done-title = Votre mot de passe a bien été modifié
account-changed-reminder = Le nouveau mot de passe vaut désormais pour tous les services de l'établissement. Si votre ancien mot de passe était enregistré dans votre navigateur ou dans un logiciel de messagerie (Thunderbird, Outlook…), remplacez-le par le nouveau.
contacts-title = Coordonnées de récupération
contacts-intro = Enregistrez une adresse de récupération (une adresse de courriel personnelle) et un mobile de récupération : si vous oubliez votre mot de passe, vous pourrez le récupérer immédiatement.
contacts-email = Adresse de récupération (adresse de courriel personnelle, pas celle de l'établissement)
contacts-mobile = Mobile de récupération
contacts-new-value = Nouvelle valeur
contacts-password = Votre mot de passe (par sécurité)
contacts-save = Envoyer un code de vérification
contacts-remove = Supprimer
contacts-verify-title = Vérification des nouvelles coordonnées
contacts-verify-intro = Nous avons envoyé un code à la nouvelle adresse ou au nouveau numéro. Ils ne seront enregistrés qu'une fois ce code saisi ici.
contacts-verify-submit = Valider
contacts-stored = Les nouvelles coordonnées ont été vérifiées et enregistrées.
contacts-removed = Les coordonnées ont été supprimées.
contacts-pin-label = Code envoyé à la nouvelle adresse
contacts-current = Enregistré actuellement : { $value }
contacts-none = Aucun enregistré pour l'instant.
contacts-remove-confirm = Supprimer { $value } ? Vous ne pourrez plus l'utiliser pour récupérer votre mot de passe.
question-title = Question joker
question-intro = La question joker vous permet de récupérer votre mot de passe avec votre numéro personnel et votre date de naissance.
question-question = Votre question
question-answer = Votre réponse
question-save = Enregistrer
question-stored = Votre question joker a été enregistrée.
recover-title = Récupérer mon mot de passe
recover-intro = Pour choisir un nouveau mot de passe, nous devons d'abord vérifier vos informations, par sécurité.
recover-username = Identifiant
recover-contact = L'adresse de récupération ou le mobile de récupération que vous avez enregistré
recover-personal-number = Numéro personnel
recover-personal-number-hint = Numéro d'étudiant ou INE pour les étudiants, matricule pour les personnels, sinon l'identifiant unique qui vous a été fourni.
recover-birth-date = Date de naissance
recover-birth-date-hint = jj/mm/aaaa
recover-channel = Comment souhaitez-vous le recevoir ?
recover-by-email = Envoyer par courriel
recover-by-sms = Envoyer par SMS
recover-continue = Valider
recover-no-contacts = La récupération ne fonctionne que si vous avez enregistré une adresse de récupération ou un mobile de récupération. Si ce n'est pas le cas, ou s'ils sont erronés, contactez { $contact }.
recover-sent-title = Consultez vos messages
recover-sent-failing = Notre service de courriel a échoué il y a un instant : le lien risque de ne pas arriver. Rien n'a été consommé : réessayez dans quelques minutes.
recover-sent = Si les informations saisies correspondent à un compte ayant des coordonnées enregistrées, nous y avons envoyé les instructions. Le lien est valable { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
recover-pin-title = Saisissez le code
recover-pin-intro = Si les informations saisies correspondent à un compte ayant un mobile enregistré, nous y avons envoyé un code par SMS.
recover-pin-send-failed = Nous n'avons pas pu envoyer le code par SMS pour le moment. Rien n'est perdu : demandez un nouveau code (vous pouvez le faire tout de suite).
recover-pin-resend = Envoyer un nouveau code
recover-pin-validity = Le code est valable { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
recover-pin-label = Code
recover-question-title = Question joker
recover-answer = Votre réponse
recover-new-title = Nouveau mot de passe
recover-new-password = Nouveau mot de passe
recover-new-confirm = Confirmation
recover-accept-rules = Je reconnais avoir pris connaissance du règlement intérieur.
recover-rules-must = Pour être valide, votre mot de passe doit respecter les règles suivantes :
recover-submit = Valider
recover-done-title = Votre mot de passe a bien été modifié
recover-done = Voilà, votre mot de passe a bien été modifié ; vous recevrez également un courriel de confirmation. Connectez-vous avec votre nouveau mot de passe.
recover-link-dead = Ce lien a expiré, a déjà été utilisé, ou le mot de passe a été changé depuis son envoi. Demandez-en un nouveau.
username-title = Récupérer mon identifiant
username-intro = Saisissez votre numéro personnel et votre date de naissance, ou l'adresse de récupération que vous avez enregistrée. Nous enverrons votre identifiant à vos coordonnées enregistrées ; il n'est jamais affiché ici.
username-email = Adresse de récupération
username-or = ou
username-submit = Envoyer mon identifiant
username-sent = Si les informations correspondent à un compte, votre identifiant a été envoyé à ses coordonnées enregistrées.
# Messages sent by email and SMS.
contact-pin-subject = Vérifiez vos coordonnées de récupération
contact-pin-email = Votre code de vérification pour { $institution } est { $pin }. Il est valable { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. Si vous ne l'avez pas demandé, ignorez ce message.
contact-pin-sms = { $institution } : code de vérification { $pin } (valable { $minutes } min).
recovery-pin-sms = { $institution } : code de récupération du mot de passe { $pin } (valable { $minutes } min). Ne le communiquez jamais.
recovery-link-subject = Choisissez un nouveau mot de passe
recovery-link-email = Un nouveau mot de passe a été demandé pour le compte { $username } ({ $institution }). Pour le choisir, ouvrez ce lien dans { $minutes ->
        [one] la minute
       *[other] les { $minutes } minutes
    } : { $url } Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.
recovery-username-subject = Votre identifiant
recovery-username-email = Votre identifiant ({ $institution }) est : { $username }
security-question-1 = Quel était le nom de votre première école ?
security-question-2 = Dans quelle ville vos parents se sont-ils mariés ?
security-question-3 = Quel était le nom de votre premier animal de compagnie ?
security-question-4 = Quel est le nom de la rue où vous avez grandi ?
notice-password-changed-subject = Votre mot de passe a été modifié
notice-password-changed = Le mot de passe de votre compte { $username } ({ $institution }) a été modifié. Si vous n'êtes pas à l'origine de cette opération, contactez immédiatement l'assistance.
notice-password-changed-sms = { $institution } : le mot de passe de { $username } a été modifié. Pas vous ? Contactez l'assistance.
notice-password-reset-subject = Votre mot de passe a été réinitialisé
notice-password-reset = Le mot de passe de votre compte { $username } ({ $institution }) a été réinitialisé par la récupération du mot de passe. Si vous n'êtes pas à l'origine de cette opération, contactez immédiatement l'assistance.
notice-password-reset-sms = { $institution } : le mot de passe de { $username } a été réinitialisé. Pas vous ? Contactez l'assistance.
notice-email-changed-subject = Votre adresse de récupération a été modifiée
notice-email-changed = L'adresse de récupération de votre compte { $username } ({ $institution }) a été modifiée. Si vous n'êtes pas à l'origine de cette opération, contactez immédiatement l'assistance.
notice-email-changed-sms = { $institution } : l'adresse de récupération de { $username } a été modifiée.
notice-mobile-changed-subject = Votre mobile de récupération a été modifié
notice-mobile-changed = Le mobile de récupération de votre compte { $username } ({ $institution }) a été modifié. Si vous n'êtes pas à l'origine de cette opération, contactez immédiatement l'assistance.
notice-mobile-changed-sms = { $institution } : le mobile de récupération de { $username } a été modifié.
notice-email-removed-subject = Votre adresse de récupération a été supprimée
notice-email-removed = L'adresse de récupération de votre compte { $username } ({ $institution }) a été supprimée. Si vous n'êtes pas à l'origine de cette opération, contactez immédiatement l'assistance.
notice-email-removed-sms = { $institution } : l'adresse de récupération de { $username } a été supprimée.
notice-mobile-removed-subject = Votre mobile de récupération a été supprimé
notice-mobile-removed = Le mobile de récupération de votre compte { $username } ({ $institution }) a été supprimé. Si vous n'êtes pas à l'origine de cette opération, contactez immédiatement l'assistance.
notice-mobile-removed-sms = { $institution } : le mobile de récupération de { $username } a été supprimé.
# Errors.
journey-invalid_credentials = Identifiant ou mot de passe incorrect. Si vous avez oublié votre mot de passe ou si votre compte est bloqué, utilisez la récupération du mot de passe.
journey-too_many_failures = Trop de tentatives de connexion infructueuses. Patientez un moment, ou utilisez la récupération du mot de passe.
journey-not_signed_in = Veuillez vous connecter.
journey-must_change_password = Veuillez d'abord changer votre mot de passe.
journey-reauth_required = Veuillez saisir de nouveau votre mot de passe.
journey-not_offered = Ce service n'est pas proposé ici.
journey-link_invalid = Ce lien a expiré, a déjà été utilisé, ou le mot de passe a été changé depuis son envoi. Demandez-en un nouveau.
journey-answer_wrong = La réponse à la question joker est incorrecte. { $left ->
    [one] Il vous reste { $left } essai.
   *[other] Il vous reste { $left } essais.
}
journey-answer_exhausted = Trop de réponses incorrectes à la question joker. Réessayez demain ou contactez l'assistance.
journey-recovery_expired = Cette récupération du mot de passe a expiré ou est déjà terminée. Veuillez recommencer.
ppolicy-password_expired = Votre mot de passe a expiré.
ppolicy-account_locked = Le compte est bloqué. Utilisez la récupération du mot de passe pour le débloquer.
ppolicy-change_after_reset = Votre mot de passe a été réinitialisé et doit être changé maintenant.
ppolicy-password_mod_not_allowed = Le changement de ce mot de passe ne vous est pas permis. Contactez l'assistance.
ppolicy-must_supply_old_password = Saisissez votre mot de passe actuel.
ppolicy-insufficient_password_quality = L'annuaire a refusé ce mot de passe, jugé trop faible.
ppolicy-password_too_short = L'annuaire a refusé ce mot de passe, jugé trop court.
ppolicy-password_too_young = Votre mot de passe a été changé trop récemment ; réessayez plus tard.
ppolicy-password_in_history = Vous avez utilisé ce mot de passe récemment ; choisissez-en un autre.
ppolicy-password_too_long = L'annuaire a refusé ce mot de passe, jugé trop long.
ppolicy-other = L'annuaire a refusé ce mot de passe.
field-current_password_wrong = Ce n'est pas votre mot de passe actuel.
field-channel_not_offered = Ce mode d'envoi n'est pas proposé.
field-rules_not_accepted = Vous devez reconnaître avoir pris connaissance du règlement intérieur.
field-question_unknown = Choisissez l'une des questions proposées.
field-answer_length = La réponse doit comporter de 3 à 200 caractères.
account-end-others = Se déconnecter partout ailleurs
account-end-others-help = Met fin à toutes les autres sessions de votre compte ici, sur tout appareil (par exemple un ordinateur sur lequel vous avez oublié de vous déconnecter).
account-ended-others =
    { $count ->
        [one] Une autre session a été fermée.
       *[other] { $count } autres sessions ont été fermées.
    }
journey-outcome_unknown = Nous n'avons pas pu confirmer que votre mot de passe a été enregistré : l'annuaire a cessé de répondre. Essayez de vous connecter avec le nouveau mot de passe ; s'il ne fonctionne pas, l'ancien est toujours valable. Nous continuons de vérifier, et un nouvel essai vous dira ce qui s'est passé.
journey-send_failed = Nous n'avons pas pu envoyer le code pour le moment : le service de courriel ou de SMS ne l'a pas accepté. Rien n'est perdu ; vous pouvez demander un nouveau code tout de suite.
journey-earlier_write_applied = Votre essai précédent a finalement abouti : le mot de passe choisi alors est enregistré. Connectez-vous avec lui ; rien d'autre n'a été modifié maintenant.
