# Textes que le serveur écrit lui-même : les messages d’erreur de l’API quand le client demande une langue
# (Accept-Language ou lang=). L’application ne les affiche pas : elle traduit le champ "code" avec ses propres messages.
# { $field } est le nom technique du paramètre, tel qu’il a été envoyé (lat, radius_m…).

error-invalid_parameter = La valeur de « { $field } » n’est pas valide.
error-missing_parameter = Il manque la donnée « { $field } ».
error-not_found = Rien ne correspond à ce « { $field } ».
error-no_route = Cette adresse n’existe pas dans l’API.
error-internal = Un problème est survenu de notre côté. Réessayez dans un instant.
error-invalid_field = Le champ « { $field } » est manquant ou n’est pas valide.
error-unauthorized = Il faut se connecter, ou bien l’adresse e-mail ou le mot de passe est incorrect.
error-forbidden = Ce compte ne peut pas faire cela.
error-account_pending = Le compte attend l’approbation d’un administrateur.
error-registration_declined = Un administrateur a refusé l’inscription de votre organisation. Motif : { $reason }
error-cross_origin = Une modification n’est acceptée que depuis ce même site.
error-rate_limited = Trop de tentatives. Réessayez plus tard.
error-conflict = La valeur de « { $field } » est déjà utilisée.
error-slot_taken = Cet horaire vient d’être réservé. Choisissez-en un autre.
error-payload_too_large = La requête est trop volumineuse : « { $field } » dépasse la limite.
error-import_running = Une autre importation est en cours. Réessayez quand elle sera terminée.
error-precondition_required = « { $field } » est nécessaire : envoyez l’ETag de l’enregistrement tel que vous l’avez lu.
error-precondition_failed = Quelqu’un d’autre a modifié l’enregistrement depuis que vous l’avez lu. Relisez-le.
error-method_not_allowed = Cette adresse n’accepte pas cette méthode.
error-unavailable = Le serveur est trop occupé. Réessayez dans quelques secondes.

## Page sans JavaScript

noscript = Ruta a besoin de JavaScript pour fonctionner dans ce navigateur. Si vous êtes en danger, appelez le numéro d’urgence de votre pays.
# What the page shows before the app starts (a slow link): leaving, the sentence that helps in danger.
preboot-exit = Sortie rapide
preboot-emergency = Si vous êtes en danger, appelez le numéro d’urgence de votre pays.
preboot-loading = Chargement…

## Calendar

# The .ics of a booking: neutral words only (no organisation, nothing about what the appointment is for).
calendar-summary = Rendez-vous
calendar-video = À l’heure indiquée, ouvrez ce lien pour l’appel vidéo :
calendar-phone = À l’heure indiquée, la personne vous appellera au numéro que vous avez laissé. Si vous n’en avez laissé aucun, appelez la ligne indiquée dans Ruta.
calendar-chat = À l’heure indiquée, ouvrez Ruta et allez dans le chat de votre rendez-vous.
calendar-room-pending = Le lien de la séance apparaît dans Ruta, sous « Ma réservation », dès que la personne qui vous accompagne la confirme : ouvrez-la avec votre référence et votre code secret.

## Referral

# Orientation (console des opérateurs, issue 7) : le message que l'opératrice lit ou envoie par SMS à la personne qui appelle.
referral-service = Service : { $name }
referral-phones = Téléphone : { $phones }
referral-confidential = Pour votre sécurité, l'adresse est confidentielle. Appelez d'abord la ligne d'accueil : { $phones }
referral-hours = Horaires : { $hours }
referral-hours-always = ouvert 24 h sur 24, tous les jours
referral-address = Adresse : { $address }
referral-demo = Donnée de démonstration : ce service est fictif.
referral-day-mon = lun
referral-day-tue = mar
referral-day-wed = mer
referral-day-thu = jeu
referral-day-fri = ven
referral-day-sat = sam
referral-day-sun = dim

## Notifications

# The notification outbox (issue 18): staff messages carry no personal data; the person's messages
# (booking_confirmed, booking_reminder) are NEUTRAL — no service, counselling, psychology, trafficking, violence,
# shelter, help, session or Ruta (a test checks). See en/ruta_server.ftl.
notify-referral_new-subject = Nouvelle orientation dans Ruta
notify-referral_new-body = Une nouvelle orientation est arrivée pour votre organisation. Ouvrez Ruta pour la voir.
notify-booking_new-subject = Nouvelle demande de rendez-vous dans Ruta
notify-booking_new-body = Il y a une nouvelle demande de rendez-vous. Ouvrez Ruta pour la voir.
notify-booking_changed-subject = Un rendez-vous a changé dans Ruta
notify-booking_changed-body = Un rendez-vous a été déplacé. Ouvrez Ruta pour le voir.
notify-booking_cancelled-subject = Un rendez-vous a été annulé dans Ruta
notify-booking_cancelled-body = Un rendez-vous a été annulé. Ouvrez Ruta pour le voir.
notify-booking_confirmed-subject = Rendez-vous confirmé
notify-booking_confirmed-body = Votre rendez-vous du { $date } à { $time } est confirmé. Référence { $reference }.
notify-booking_reminder-subject = Rappel
notify-booking_reminder-body = Rappel : votre rendez-vous est demain à { $time }. Référence { $reference }.
notify-listing_check-subject = Vos fiches sont-elles toujours justes ?
notify-listing_check-body =
    Vos fiches sont-elles toujours justes ? Ces fiches de votre organisation n’ont pas été confirmées depuis 150 jours. Ouvrez le lien d’une fiche pour confirmer qu’elle est toujours juste (les liens sont valables 30 jours) ; pour la corriger, connectez-vous à Ruta.

    { $listings }
listing-confirm-title = Confirmer une fiche
listing-confirm-ask = « { $name } » est-elle toujours juste : horaires, téléphones, lieu et ce qu’elle propose ? Si oui, confirmez-la ici. Pour la corriger, connectez-vous à Ruta.
listing-confirm-button = Oui, elle est toujours juste
listing-confirm-done = Merci : « { $name } » est confirmée.
listing-confirm-invalid = Ce lien ne fonctionne pas. Connectez-vous à Ruta pour confirmer vos fiches.
listing-confirm-expired = Ce lien a expiré. Connectez-vous à Ruta pour confirmer vos fiches.
listing-confirm-later = La fiche n’a pas pu être confirmée pour l’instant. Réessayez dans quelques minutes.
