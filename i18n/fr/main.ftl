# Layout and generic pages. Keep the ids identical in el, en, it, fr.
app-title = Gestion du compte
skip-to-content = Aller au contenu
lang-switch-label = Langue
nav-home = Accueil
footer-helpdesk = Besoin d'aide ? Contactez l'assistance
footer-helpdesk-email = Courriel : { $email }
footer-helpdesk-phone = Téléphone : { $phone }
home-title = Bienvenue sur le service de gestion de votre compte
home-intro = Un seul compte, pour tous vos rôles, dans tous les services. Gérez ici votre compte de l'établissement en toute sécurité, où que vous soyez.
home-what = Ce service vous permet :
home-item-activate = d'activer votre compte la première fois, avec un code à usage unique envoyé aux coordonnées que vous avez données à l'établissement ;
home-item-change = de changer votre mot de passe ;
home-item-forgot = de choisir un nouveau mot de passe si vous l'avez oublié ;
home-item-contacts = d'enregistrer une adresse de courriel et un numéro de mobile pour récupérer votre mot de passe.
error-title = Un problème est survenu
error-back-home = Retour à la page d'accueil
error-not-found = Cette page n'existe pas.
error-method-not-allowed = Cette action n'est pas autorisée ici.
error-bad-request = La demande n'a pas pu être comprise. Vérifiez votre saisie et réessayez.
error-payload-too-large = Les données envoyées sont trop volumineuses.
error-too-many-requests = Trop de tentatives. Patientez { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } puis réessayez.
error-csrf = Le formulaire a expiré ou ne provient pas de ce site. Rechargez la page et réessayez.
error-timeout = La demande a pris trop de temps. Réessayez.
error-unavailable = Le service ne peut pas joindre l'annuaire pour le moment. Rien n'a été modifié ; réessayez dans quelques minutes.
error-internal = Une erreur inattendue s'est produite. Rien n'a été modifié ; réessayez plus tard.
helpdesk-fallback = l'assistance
role-student = étudiant
role-staff = personnel
role-faculty = enseignant
role-employee = employé
role-affiliate = collaborateur
role-member = membre
role-alum = ancien étudiant
next-request-link = Demander un nouveau lien
cancel-journey = Annuler
footer-recovery = Mot de passe oublié ? { $methods ->
    [email] Vous pouvez recevoir un lien de réinitialisation par courriel
    [sms] Vous pouvez recevoir un code par SMS
   *[both] Vous pouvez recevoir un lien de réinitialisation par courriel ou un code par SMS
}.
