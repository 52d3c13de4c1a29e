# Activation journey (IHU URegister, UPHF "Activer mon compte"). Keep ids identical in el, en, it, fr.
activation-title = Activation du compte
activation-step = Étape { $n }/4
activation-intro = Un seul compte, pour tous vos rôles, dans tous les services. Pour confirmer votre identité, vous recevrez un code à usage unique aux coordonnées que vous avez données à l'établissement. Une fois vos informations confirmées et votre mot de passe choisi, votre compte est prêt.
activation-once = L'activation ne se fait qu'une seule fois. Si votre compte est déjà actif et que vous avez oublié votre mot de passe, utilisez la récupération du mot de passe.
activation-start = Activer mon compte maintenant
activation-role-title = Choisissez votre statut pour commencer l'activation.
activation-role-label = Je suis
activation-role-note = Le profil de votre compte est tenu à jour à partir de votre dossier dans l'établissement, pour chacun de vos statuts. Le même mot de passe vaut pour tous.
activation-begin = Commencer l'activation
activation-identify-title = Étape 1/4 : vos informations
activation-identify-intro = Saisissez vos informations afin que nous puissions vous identifier.
activation-identify-contact-hint = Gardez à portée de main l'adresse de courriel ou le mobile que vous avez déclarés à l'établissement : le code y est envoyé. Il n'est utilisable qu'une seule fois et reste valable { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
activation-identify-one-enough = Il suffit de remplir l'un des deux champs, mobile ou courriel. Si vous remplissez les deux, le code est envoyé aux deux.
activation-identify-warning = Saisissez le mobile ou l'adresse de courriel déclarés lors de votre inscription, et pas d'autres coordonnées.
activation-mobile = Mobile
activation-mobile-hint = Votre numéro sans espaces ; un + au début pour un numéro étranger.
activation-email = Courriel
activation-email-hint = Votre adresse de courriel personnelle, pas celle de l'établissement, par ex. nick225@example.com
activation-personal-number = Numéro personnel
activation-personal-number-hint = Numéro d'étudiant ou INE pour les étudiants, matricule pour les personnels, sinon l'identifiant unique qui vous a été fourni.
activation-birth-date = Date de naissance
activation-birth-date-hint = jj/mm/aaaa
activation-next = Suivant
activation-required-note = * champs obligatoires
activation-pin-title = Étape 2/4 : code à usage unique
activation-pin-intro = Si les informations saisies correspondent au dossier de l'établissement, un code à usage unique vous a été envoyé à ces coordonnées. Saisissez-le ci-dessous.
activation-pin-validity = Le code est valable { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } et ne peut être utilisé qu'une seule fois.
activation-pin-label = Code
activation-pin-none = Vous n'avez pas reçu de code ? Vérifiez que vous avez saisi le mobile ou l'adresse de courriel déclarés à l'établissement, patientez une minute et demandez un nouveau code. S'il n'arrive toujours pas, contactez { $contact }.
activation-pin-resend = Envoyer un nouveau code
activation-pin-resent = Si vos informations correspondaient, un nouveau code vous a été envoyé. Le précédent n'est plus valable.
activation-pin-send-failed-email = Nous n'avons pas pu envoyer le code par courriel pour le moment. Rien n'est perdu : essayez « Envoyer un nouveau code » dans quelques minutes.
activation-pin-send-failed-sms = Nous n'avons pas pu envoyer le code par SMS pour le moment. Rien n'est perdu : essayez « Envoyer un nouveau code » dans quelques minutes.
activation-national-id-title = Étape 2/4 : numéro d'identification national
activation-national-id-intro = Veuillez saisir votre AMKA (numéro de sécurité sociale grec) dans le formulaire ci-dessous.
activation-national-id-foreign-note = Si vous venez de l'étranger, vous pouvez utiliser le numéro de sécurité sociale de votre pays ou le numéro de votre carte européenne d'assurance maladie.
activation-national-id-use-note = Ce numéro sert uniquement à vous inscrire dans l'annuaire.
activation-amka = AMKA
activation-amka-hint = 11 chiffres sans espaces
activation-use-foreign = Je souhaite utiliser un numéro de sécurité sociale d'un autre pays (ou la carte européenne d'assurance maladie)
activation-foreign-title = Numéro de sécurité sociale d'un autre pays
activation-country = Pays
activation-country-hint = Code à deux lettres, par ex. IT, FR, DE
activation-kind = Type de numéro
activation-kind-ssn = Numéro de sécurité sociale
activation-kind-ehic = Numéro de carte européenne d'assurance maladie
activation-number = Numéro
activation-use-amka = Je souhaite utiliser mon AMKA
activation-confirm-title = Étape 3/4 : confirmez vos informations
activation-confirm-username = Votre compte utilisera l'identifiant { $username } que l'établissement vous a attribué.
activation-confirm-agree-note = Si les informations enregistrées par l'établissement sont exactes, choisissez « Je confirme » pour continuer ; sinon, choisissez « Je conteste » pour savoir comment les faire corriger.
activation-confirm-contacts-note = Votre mobile personnel et votre adresse de courriel externe protègent l'accès aux applications sensibles en servant de moyen d'identification supplémentaire, et vous permettent de récupérer facilement votre mot de passe en cas d'oubli.
activation-name = Nom
activation-role = Statut
activation-department = Composante
activation-national-id = Numéro d'identification national
activation-consent-mobile = J'accepte que mon mobile soit conservé par l'application, afin de pouvoir récupérer mon mot de passe par SMS.
activation-consent-email = J'accepte que mon adresse de courriel non institutionnelle soit conservée par l'application, afin de pouvoir récupérer mon mot de passe par courriel.
activation-email-external = Courriel (externe)
activation-tax-number = Numéro fiscal
activation-father-name = Prénom du père
activation-gender = Sexe
activation-gender-0 = Inconnu
activation-gender-1 = Masculin
activation-gender-2 = Féminin
activation-gender-9 = Sans objet
activation-consent-code-sms = Votre code n'a pas été envoyé à ce mobile : si vous cochez la case, nous y enverrons un code pour vérifier qu'il est bien à vous avant de le conserver.
activation-consent-code-email = Votre code n'a pas été envoyé à cette adresse : si vous cochez la case, nous y enverrons un code pour vérifier qu'elle est bien à vous avant de la conserver.
activation-verify-title = Étape 3/4 : vérifiez vos coordonnées
activation-verify-intro-sms = Pour conserver votre mobile pour la récupération du mot de passe, saisissez le code envoyé par SMS au { $to }.
activation-verify-intro-email = Pour conserver votre adresse de courriel externe pour la récupération du mot de passe, saisissez le code envoyé à { $to }.
activation-verify-label = Code
activation-verify-skip = Continuer sans la conserver
activation-verify-skip-note = Si le code n'arrive pas, vous pouvez continuer sans conserver cette coordonnée et l'ajouter plus tard depuis votre compte.
activation-verify-resent = Un nouveau code vous a été envoyé. Le précédent n'est plus valable.
activation-agree = Je confirme
activation-disagree = Je conteste
activation-disagree-title = Vos informations doivent être corrigées
activation-disagree-text = Les informations affichées proviennent de ce que vous avez déclaré aux systèmes d'information de l'établissement. Si elles sont incomplètes ou erronées, contactez votre service de scolarité pour les faire corriger. Votre compte n'a pas été activé ; une fois les informations corrigées, recommencez l'activation.
activation-password-title = Étape 4/4 : choisissez votre mot de passe
activation-password-rules = Pour être valide, votre mot de passe doit respecter les règles suivantes :
activation-password = Mot de passe
activation-password-confirm = Confirmation du mot de passe
activation-suggestions = Mots de passe suggérés
activation-suggestions-hint = Vous pouvez en copier un, ou choisir le vôtre.
activation-suggestions-random = Suggérer plutôt des caractères aléatoires
activation-suggestions-passphrase = Suggérer plutôt des phrases de passe
activation-accept-terms = J'accepte les conditions d'utilisation et la politique de confidentialité de l'application.
activation-terms = Conditions d'utilisation
activation-privacy = Politique de confidentialité
activation-register = Valider
activation-welcome-title = Bienvenue { $username } !
activation-welcome-text = Votre inscription est terminée ; votre identifiant est { $username }.
activation-welcome-services = Avec ce compte, vous avez accès à tous les services de l'établissement et aux services fédérés :
activation-already-title = Votre compte est déjà activé
activation-already-text = L'activation ne se fait qu'une seule fois. Si vous avez oublié votre mot de passe, utilisez la récupération du mot de passe.
activation-recover-link = Récupérer mon mot de passe
activation-missing-title = Il manque des informations obligatoires dans votre dossier
activation-missing-text = Il manque dans votre dossier de l'établissement : { $fields }. Demandez à votre service de scolarité de le compléter, puis recommencez l'activation.
activation-amka-failed-title = Échec de la vérification de l'AMKA
activation-amka-failed-text = L'AMKA ne correspond pas au nom de famille ou à la date de naissance enregistrés. Si votre AMKA, votre nom de famille ou votre date de naissance est erroné dans le dossier de l'établissement, demandez à votre service de scolarité de le corriger, puis poursuivez l'activation.
activation-registrar = Contact : { $contact }
activation-restart = Recommencer
activation-no-match = Aucun utilisateur ne correspond à ces informations
activation-no-match-help = Demandez à votre service de scolarité de vérifier et de corriger votre mobile ou votre adresse de courriel.
missing-username = identifiant
missing-birth_date = date de naissance
missing-national_id = numéro d'identification national (AMKA)
missing-national_id_country = pays du numéro d'identification national
activation-pin-subject = Votre code d'activation
activation-pin-email = Le code d'activation de votre compte { $institution } est { $pin }. Il est valable { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } et ne peut être utilisé qu'une seule fois. Si vous ne l'avez pas demandé, ignorez ce message.
activation-pin-sms = { $institution } : votre code d'activation est { $pin } (valable { $minutes } min, usage unique).
# Errors of the journey (API "message" and page texts).
journey-flow_not_found = Cette activation a expiré ou n'existe pas. Veuillez recommencer.
journey-wrong_step = Cette étape n'est pas disponible pour le moment. Veuillez reprendre là où vous en êtes.
journey-invalid_input = Certains champs doivent être corrigés.
journey-no_match = Aucun utilisateur ne correspond à ces informations.
journey-pin_wrong = Le code est incorrect. { $left ->
    [one] Il vous reste { $left } essai.
   *[other] Il vous reste { $left } essais.
}
journey-pin_exhausted = Trop de codes erronés : ce code n'est plus valable. Veuillez recommencer.
journey-pin_invalid = Ce code a expiré ou a déjà été utilisé. Demandez un nouveau code.
journey-resend_cooldown = Veuillez patienter { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } avant de demander un nouveau code.
journey-resend_limit = Plus aucun code ne peut être envoyé pour cette activation. Veuillez recommencer plus tard.
journey-pin_budget = Trop de codes ont été demandés ou essayés pour ce compte. Par sécurité, aucun code n'est accepté pendant un moment : réessayez dans une heure ou contactez l'assistance.
journey-busy = Le service est très sollicité en ce moment. Veuillez réessayer dans quelques minutes.
journey-already_active = Votre compte est déjà activé. Si vous avez oublié votre mot de passe, utilisez la récupération du mot de passe.
journey-required_fields_missing = Il manque des informations obligatoires dans votre dossier de l'établissement. Demandez à votre service de scolarité de le compléter.
journey-amka_check_failed = Échec de la vérification de l'AMKA.
journey-password_policy = Le mot de passe ne respecte pas les règles.
journey-too_many_requests = Trop de tentatives. Patientez { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } puis réessayez.
journey-unavailable = Un service dont dépend kleidi est indisponible pour le moment. Rien n'a été modifié ; réessayez dans quelques minutes.
journey-internal = Une erreur inattendue s'est produite. Rien n'a été modifié ; réessayez plus tard.
# Field errors (codes of the checked types).
field-required = Ce champ est obligatoire.
field-unknown_role = Choisissez l'un des statuts.
field-mobile_or_email_required = Saisissez votre mobile, votre adresse de courriel, ou les deux.
field-password_mismatch = Les deux mots de passe ne sont pas identiques.
field-terms_not_accepted = Vous devez accepter les conditions d'utilisation pour continuer.
field-username_empty = Saisissez votre identifiant.
field-username_too_long = Cet identifiant est trop long.
field-username_control_char = Cet identifiant contient des caractères non autorisés.
field-username_forbidden_char = Cet identifiant contient des caractères non autorisés.
field-email_empty = Saisissez une adresse de courriel.
field-email_at_sign = Une adresse de courriel contient exactement un @.
field-email_local_part = La partie avant le @ n'est pas valide.
field-email_domain = La partie après le @ n'est pas un domaine valide.
field-email_too_long = Cette adresse de courriel est trop longue.
field-country_unknown = Code pays inconnu.
field-mobile_empty = Saisissez un numéro de mobile.
field-mobile_invalid_char = Un numéro de mobile ne contient que des chiffres, des espaces et, éventuellement, un + au début.
field-mobile_calling_code = Indicatif international inconnu.
field-mobile_length = Ce numéro n'a pas le bon nombre de chiffres.
field-mobile_not_mobile = Ce n'est pas un numéro de mobile.
field-birth_date_format = Écrivez la date au format jj/mm/aaaa.
field-birth_date_invalid = Cette date n'existe pas.
field-birth_date_out_of_range = Cette date de naissance n'est pas plausible.
field-amka_invalid = Un AMKA comporte 11 chiffres, dont une clé de contrôle valide.
field-amka_mismatch = Cet AMKA ne correspond pas à votre date de naissance.
field-national_id_empty = Saisissez le numéro.
field-national_id_invalid_char = Utilisez uniquement des lettres et des chiffres.
field-national_id_length = Ce numéro n'a pas la bonne longueur.
field-national_id_ehic_country = Ce pays ne délivre pas la carte européenne d'assurance maladie.
field-national_id_use_amka = Pour la Grèce, utilisez votre AMKA.
field-national_id_schac_format = Le numéro d'identification national enregistré est mal formé.
field-pin_empty = Saisissez le code.
field-pin_length = Le code comporte { $digits ->
        [one] { $digits } chiffre
       *[other] { $digits } chiffres
    }.
field-pin_not_digits = Le code ne contient que des chiffres.
field-personal_number_empty = Saisissez votre numéro personnel.
field-personal_number_length = Ce numéro n'a pas la bonne longueur.
field-personal_number_invalid_char = Utilisez uniquement des lettres, des chiffres et des tirets.
activation-reconsider = Revenir à mes informations
activation-pin-sent-to = Si les informations saisies correspondent à celles de l'établissement, nous avons envoyé un code à { $to }. Saisissez-le ci-dessous.
