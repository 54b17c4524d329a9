# Textes de l’application pour les survivantes et survivants (français). L’espagnol (es) est la langue par défaut et la référence pour les identifiants et les variables.
# Ton : clair, respectueux, centré sur la personne ; ne jamais culpabiliser. On vouvoie la personne.

## Cadre de tous les écrans

app-name = Ruta
quick-exit = Sortie rapide
quick-exit-hint = Pour partir tout de suite, touchez « Sortie rapide » ou appuyez trois fois sur la touche Échap. Une autre page s’ouvrira.
demo-notice = Version de démonstration : tous les services, adresses et numéros de téléphone de cette liste sont inventés. Ce ne sont pas de vrais services.
nav-label = Navigation

## Accueil

home-heading = Trouver de l’aide près de…
home-intro = Écrivez le nom d’une ville ou d’un village. Vous n’avez pas besoin de dire où vous êtes.
town-label = Ville ou village
town-searching = Recherche de lieux…
town-no-match = Aucun lieu ne porte ce nom. Essayez une autre orthographe ou une ville proche.
town-suggestions-label = Lieux correspondants
place-name = { $name }, { $admin1 }, { $country }
location-or = ou
use-location = Utiliser ma position
use-location-hint = Votre position n’est demandée que si vous touchez ce bouton. Elle est arrondie à environ 1 km avant la recherche et n’est pas conservée.
location-finding = Recherche de votre position…
location-denied = Votre position n’a pas pu être utilisée, car l’autorisation est désactivée. Vous pouvez écrire le nom d’une ville ou d’un village.
location-unavailable = Nous n’avons pas pu trouver votre position pour le moment. Vous pouvez écrire le nom d’une ville ou d’un village.
settings-heading = Langue et confidentialité
language-label = Langue
remember-language = Retenir ma langue sur ce téléphone
remember-language-hint = Si vous cochez cette case, seule la langue est enregistrée sur ce téléphone. Sinon, cette application n’enregistre rien.
discreet-mode = Afficher un nom et une icône neutres (« Clima »)
discreet-mode-hint = L’onglet du navigateur, et l’icône si vous ajoutez cette page à l’écran d’accueil, diront « Clima » avec un simple dessin de météo : un coup d’œil au téléphone ne montre rien de plus. Ce choix est enregistré sur ce téléphone ; « Effacer ce qui est enregistré sur ce téléphone » le retire.
clear-device = Effacer ce qui est enregistré sur ce téléphone
clear-device-hint = Efface tout ce que cette application a enregistré sur ce téléphone et revient à l’accueil.
clear-device-done = C’est fait : ce que cette application avait enregistré a été effacé. L’historique du navigateur peut encore montrer cette page ; vous pouvez l’effacer dans les paramètres du navigateur.

## Numéros d’urgence

emergency-heading = Numéros d’urgence : { $country }
lifelines-open = Tous les numéros et vos droits
lifelines-open-anywhere = Numéros d’urgence et vos droits, par pays
lifelines-heading = Où appeler : { $country }
lifelines-heading-none = Où appeler
lifelines-country-label = Pays
lifelines-country-choose = Choisissez un pays
lifelines-offline-note = Ce téléphone garde ces numéros pour tous les pays de la même façon : ils fonctionnent sans Internet et ne montrent pas quel pays vous avez consulté.
lifelines-emergency-heading = Numéros d’urgence
lifelines-lines-heading = Lignes d’écoute
lifeline-link = { $label } : { $number }
lifeline-whatsapp = WhatsApp : { $number }
lifeline-sms = SMS : { $number }
lifeline-web-chat = Chat sur le web
lifeline-free = gratuit
lifeline-24h = 24 h sur 24
lifeline-hours = Horaires : { $hours }
lifeline-languages = Langues : { $languages }
lifeline-run-by = Géré par : { $organisation }
lifeline-source = Source : { $title }. Vérifié le { $date }.
lifeline-checked = Vérifié le { $date }.
lifeline-unverified = Non confirmé : la seule source que nous avons trouvée est ancienne ou non officielle. Si vous le pouvez, vérifiez aussi ce numéro d’une autre façon.
lifelines-corrected = Corrigé le { $date } par les personnes qui gèrent ce service.
lifelines-no-trafficking-line = Dans ce pays, nous n’avons trouvé aucune ligne nationale contre la traite des personnes avec une source publique. En cas de danger, appelez le { $number }.
lifelines-no-emergency = Nous n’avons pas encore de numéro d’urgence vérifié pour ce lieu. Demandez le numéro local à une personne de confiance.
purpose-general = Urgences
purpose-police = Police
purpose-ambulance = Ambulance
purpose-fire = Pompiers
purpose-women = Violences faites aux femmes
purpose-children = Enfants et adolescents
purpose-human_rights = Droits humains
purpose-migrants = Personnes migrantes
purpose-coast_guard = Sauvetage en mer
purpose-civil_protection = Catastrophes
focus-trafficking = Ligne contre la traite des personnes
focus-women = Ligne pour les femmes
focus-children = Ligne pour les enfants et les adolescents
focus-human_rights = Ligne des droits humains
focus-migrants = Ligne pour les personnes migrantes
focus-labour = Ligne pour les travailleuses et les travailleurs
focus-lgbtq = Ligne pour les personnes LGBTQ+
focus-mental_health = Ligne de soutien émotionnel
rights-heading = Vos droits
rights-intro = Tous les pays de cette région ont signé un accord contre la traite des personnes : le Protocole de Palerme. Il dit ce que les personnes survivantes peuvent demander. Chaque pays l’applique à sa manière.
rights-help = Vous pouvez demander de l’aide sans aller voir la police.
rights-free = L’aide aux personnes survivantes ne devrait rien vous coûter.
rights-private = Ce que vous racontez devrait rester confidentiel.
rights-interpreter = Vous pouvez demander un interprète qui parle votre langue.
rights-time = Vous pouvez prendre le temps de vous reposer et de réfléchir avant de décider quoi faire.
rights-not-punished = On ne devrait pas vous punir pour ce qu’on vous a fait faire de force.
rights-consulate = Si vous venez d’un autre pays, vous pouvez demander de l’aide à votre consulat.
rights-go-or-stay = Vous pouvez demander comment rentrer dans votre pays en sécurité, ou comment rester dans ce pays.
route-heading = Ce qui se passe ensuite : { $country }
route-intro = Voici les étapes habituelles. Là où vous êtes, elles peuvent être différentes.
route-law = La loi : { $law }
route-bodies = Qui : { $bodies }
route-contact = Comment les joindre : { $contact }
route-none = Nous n’avons pas encore trouvé de description publique des étapes dans ce pays. Les lignes d’écoute ci-dessus peuvent vous renseigner.

## Liens pour appeler ou écrire

action-call = Appeler : { $number }
action-sms = Envoyer un SMS : { $number }
action-whatsapp = WhatsApp : { $number }
whatsapp-note = WhatsApp appartient à une autre entreprise. Si vous l’utilisez, la conversation peut rester visible sur ce téléphone.
phone-trace-note = Les appels et les messages restent dans l’historique du téléphone. Si vous craignez que quelqu’un le regarde, vous pouvez les effacer ensuite.

## Résultats

results-back = Retour à la recherche
results-heading-place = Aide près de { $place }
results-heading-location = Aide près de votre position
results-loading = Recherche d’aide…
results-count =
    { $count ->
        [one] Un lieu à moins de { $radius }
       *[other] { $count } lieux à moins de { $radius }
    }
results-list-label = Lieux avec accueil sur place, du plus proche au plus éloigné
show-filters = Filtrer les résultats
result-distance = { $distance } { $direction }
result-distance-approximate = Environ { $distance } { $direction } (zone approximative)
result-languages = Langues : { $languages }
result-checked = Vérifié par l’organisation : { $date }
result-not-checked = Pas encore vérifié par l’organisation
result-confidential = L’adresse reste confidentielle pour protéger les personnes hébergées. Seule la zone est indiquée.
locator-heading = Où ils se trouvent
locator-label = Schéma des directions : vous êtes au centre ; chaque numéro est un lieu de la liste, placé selon sa distance et sa direction.
no-results = Aucun service avec accueil sur place à moins de { $radius } ne correspond à votre recherche.
no-results-try = Vous pouvez chercher plus loin, retirer des filtres, ou utiliser l’aide à distance et les lignes d’écoute plus bas.
wider-radius = Chercher plus loin (jusqu’à { $radius })
beyond-heading = Le plus proche qui correspond, à plus de { $radius }
remote-heading = Aide que vous pouvez recevoir d’ici, à distance
remote-intro = Par téléphone, appel vidéo ou chat.
remote-none = Aucun service à distance ne correspond à votre recherche.
remote-details = Plus d’informations

## Filtres

filters-heading = Filtrer les résultats
filter-kind = Type d’aide
filter-language = Langue parlée
filter-language-any = Toutes les langues
filter-population = Pour qui
filter-free = Gratuits uniquement
filter-open-now = Ouverts maintenant
filter-delivery = Mode d’accueil
filter-delivery-any = Tous les modes
filter-delivery-in-person = En personne
filter-delivery-remote = À distance (téléphone, vidéo ou chat)
filters-clear = Retirer les filtres
filters-see-results = Voir les résultats

## Fiche d’un service

service-back = Retour aux résultats
service-loading = Chargement…
service-organization = Géré par : { $organization }
service-website = Site web de l’organisation
service-apply = Comment recevoir de l’aide
service-contact-heading = Contact
service-sessions-book = Voir ses conseillers et leurs créneaux libres
service-sessions-intro = Ses conseillers et conseillères proposent des séances psychosociales par vidéo, téléphone ou chat. Pas besoin de compte ni d’e-mail.
service-sessions-heading = Séances à distance avec cette organisation
service-no-phone = Ce service n’a pas de numéro de téléphone dans l’annuaire.
service-about = Ce qui est proposé
shown-in = Langue du texte : { $language }
service-populations = Pour qui
service-populations-all = Pour toutes les personnes
service-languages = Langues
service-cost = Coût
service-delivery = Mode d’accueil
service-area = Accessible depuis : { $places }
service-hours = Horaires
hours-timezone = Heure locale : { $zone }
hours-always = Ouvert 24 heures sur 24, tous les jours
hours-none = Aucun horaire indiqué. Appelez pour demander.
hours-closed = Fermé
day-range = { $first } – { $last }
service-capacity = Places disponibles
capacity-updated = Mis à jour le { $date }
service-verified = L’organisation a vérifié ces informations le { $date }
service-location = Où se trouve le service
service-other-locations = Aussi dans ces lieux
service-confidential = Pour protéger les personnes hébergées, l’adresse n’est pas affichée. Appelez la ligne d’accueil : on vous dira comment y aller en sécurité.
service-area-approximate = Zone : { $area }
service-point-approximate = Les distances sont comptées depuis le centre de la localité, pas depuis cette adresse. Appelez avant d’y aller.
service-no-premises = Ce service fonctionne à distance.

## Vocabulaire

kind-shelter = Hébergement
kind-psychosocial = Soutien psychosocial
kind-hotline = Ligne d’écoute
kind-legal = Aide juridique
kind-health = Santé
kind-food_clothing = Nourriture et vêtements
kind-employment_training = Emploi et formation
kind-education = Éducation
kind-documents_migration = Papiers et migration
kind-repatriation = Retour en sécurité au pays d’origine
kind-financial_aid = Aide financière
kind-other = Autre aide
population-women = Femmes
population-men = Hommes
population-lgbtq = Personnes LGBTQ+
population-children = Enfants
population-adolescents = Adolescents
population-families = Familles
population-migrants = Personnes migrantes
population-indigenous_peoples = Peuples autochtones
population-people_with_disabilities = Personnes handicapées
population-sexual_exploitation = Victimes d’exploitation sexuelle
population-labour_exploitation = Victimes d’exploitation par le travail
population-other_exploitation = Victimes d’autres formes d’exploitation
cost-free = Gratuit
cost-low = Coût réduit
cost-paid = Payant
cost-unknown = Coût non indiqué : demandez
delivery-in_person = En personne
delivery-phone = Par téléphone
delivery-video = Par appel vidéo
delivery-chat = Par chat
open-now = Ouvert maintenant
closed-now = Fermé maintenant
hours-unknown = Horaires non indiqués
open-always = Ouvert 24 h sur 24
capacity-available = Places disponibles
capacity-limited = Il reste peu de places
capacity-full = Complet pour le moment
capacity-unknown = Disponibilité non indiquée
status-temporarily_closed = Fermé temporairement
# Points cardinaux abrégés, comme dans « 3,2 km NE » (O = ouest).
compass-n = N
compass-ne = NE
compass-e = E
compass-se = SE
compass-s = S
compass-sw = SO
compass-w = O
compass-nw = NO
weekday-mon = Lundi
weekday-tue = Mardi
weekday-wed = Mercredi
weekday-thu = Jeudi
weekday-fri = Vendredi
weekday-sat = Samedi
weekday-sun = Dimanche

## Erreurs

# Messages pour les codes d’erreur de l’API (champ "code"). L’application les affiche à la place du texte anglais.
error-invalid_parameter = Une partie de la recherche n’a pas été comprise. Vérifiez { $field } et réessayez.
error-missing_parameter = Il manque une information pour la recherche : { $field }.
error-not_found = Nous n’avons pas trouvé ce que vous cherchez. Il n’est peut-être plus dans l’annuaire.
error-no_route = Cette page n’existe pas.
error-internal = Un problème est survenu de notre côté. Réessayez dans un instant.
error-invalid_field = Vérifiez { $field } : l’information manque ou n’est pas valide.
error-unauthorized = Connectez-vous pour continuer. Si c’est déjà fait, votre session a expiré : reconnectez-vous.
error-forbidden = Votre compte ne permet pas de faire cela.
error-account_pending = Votre compte attend encore l’approbation d’un administrateur.
error-cross_origin = Par sécurité, cette modification ne peut se faire que depuis la page de Ruta.
error-rate_limited = Trop de tentatives d’affilée. Patientez un instant et réessayez.
error-conflict = Ce que vous avez indiqué pour { $field } est déjà utilisé.
error-slot_taken = Quelqu’un vient de réserver cet horaire. Choisissez-en un autre.
error-payload_too_large = Le fichier est trop volumineux pour une seule importation : divisez-le ou demandez à un administrateur de l’importer.
error-import_running = Une autre importation est en cours. Réessayez quand elle sera terminée.
error-precondition_required = Cette modification doit indiquer quelle version elle remplace. Rechargez et réessayez.
error-precondition_failed = Quelqu’un d’autre a modifié ceci entre-temps. Rechargez pour voir les modifications.
error-method_not_allowed = Cette action n’est pas disponible ici.
error-unavailable = Le service est très sollicité en ce moment. Réessayez dans quelques secondes.
# Pas de connexion, ou pas de réponse du serveur.
error-network = Connexion impossible. Vérifiez votre connexion Internet et réessayez.
retry = Réessayer
# Ce qui remplace { $field } dans les messages d’erreur.
field-place = le lieu
field-location = la position
field-radius = la distance
field-service = le service
field-filters = les filtres

## Distances

# { $value } contient déjà les séparateurs de la langue (« 3,2 » ou « 3.2 »).
distance-metres = { $value } m
distance-kilometres = { $value } km

## Signaler un problème sur un service (tout le monde, sans données personnelles)

report-no_answer = Le numéro ne répond pas
report-wrong_number = Le numéro est faux
report-closed = C’est fermé
report-wrong_address = L’adresse n’est pas la bonne
report-wrong_hours = Les horaires ne sont pas les bons
report-not_as_described = On n’y propose pas ce qui est écrit ici
report-other = Autre problème
report-heading = Une information est-elle fausse ?
report-intro = Signalez-le sans donner aucune information sur vous : l’organisation vérifiera.
report-thanks = Merci. L’organisation vérifiera ces informations.
field-email = l’adresse e-mail
field-password = le mot de passe
field-form = le formulaire

## Écrans du personnel des organisations (uniquement dans le paquet /staff/)

staff-title = Ruta · Organisations
staff-sign-out = Se déconnecter
staff-sign-in-heading = Connexion
staff-sign-in-intro = Pour le personnel des organisations, des lignes d’écoute et de l’administration de Ruta.
staff-email = Adresse e-mail
staff-password = Mot de passe
staff-sign-in = Se connecter
staff-listings-heading = Vos services
staff-listings-intro = Tenez les informations à jour : les personnes comptent sur elles pour trouver de l’aide.
staff-listings-count =
    { $count ->
        [one] Un service
       *[other] { $count } services
    }
staff-no-listings = Aucun service pour l’instant. Ajoutez le premier.
staff-new-listing = Ajouter un service
staff-reports = Problèmes signalés
staff-stale = Non vérifié depuis plus de 6 mois : confirmez les informations pour qu’il revienne en tête de liste.
staff-deactivated = Retiré de l’annuaire
staff-confidential = Adresse confidentielle : le public ne voit que la zone.
staff-last-checked = Vérifié le { $date }
staff-never-checked = Jamais vérifié
staff-capacity-question = Places disponibles aujourd’hui ?
staff-still-correct = Les informations sont toujours exactes
staff-edit = Modifier
staff-history = Historique
staff-saved = Enregistré.
# Someone else saved the record while this person had it open (HTTP 412); the Reload button reads it again.
staff-changed-listing = Quelqu’un d’autre a modifié ce service. Rechargez pour voir les modifications.
staff-changed-profile = Quelqu’un d’autre a modifié ce profil. Rechargez pour voir les modifications.
staff-changed-lifelines = Quelqu’un d’autre a modifié ces lignes d’écoute. Rechargez pour voir les modifications.
staff-reload = Recharger
staff-confirmed = Merci : il est noté que les informations sont à jour.
staff-back = Retour à vos services
staff-edit-heading = Modifier le service
staff-new-heading = Nouveau service
staff-names = Nom et description
staff-names-hint = Vous pouvez les écrire en plusieurs langues : chaque personne verra la sienne si elle existe.
staff-translation = Langue { $number }
staff-language-code = Code de la langue (es, qu, pt-BR…)
staff-name = Nom
staff-description = Description
staff-descriptions = Descriptions
staff-populations-hint = Si vous ne cochez aucune case, le service s’adresse à toutes les personnes.
staff-languages-hint = Codes de langue séparés par des virgules, par exemple : es, qu, en
staff-phone = Téléphone { $number }
staff-phone-number = Numéro avec l’indicatif du pays (+504…)
staff-phone-label = À quoi il sert (facultatif)
staff-channel-voice = Appels
staff-channel-sms = SMS
staff-channel-whatsapp = WhatsApp
staff-timezone = Fuseau horaire (par exemple, America/Tegucigalpa)
staff-day = Jour
staff-opens = Ouverture
staff-closes = Fermeture
staff-lat = Latitude
staff-lon = Longitude
staff-address = Numéro et rue
staff-locality = Ville ou village
staff-region = Département, État ou province
staff-postal-code = Code postal
staff-details = Dans les mots de votre répertoire
staff-details-hint = Montrés au public tels qu’écrits, dans la langue où vous les écrivez. Laissez vide ce que vous ne savez pas.
staff-alternate-name = Un autre nom sous lequel il est connu
staff-eligibility = Qui peut venir (conditions)
staff-fees = Tarifs, en mots
staff-service-url = La page web du service
staff-source-terms = Termes avec lesquels il a été importé
staff-source-terms-hint = Catégories de l’annuaire d’où il vient, gardées telles qu’elles sont arrivées et rendues quand l’annuaire est exporté. La recherche utilise les types et les personnes ci-dessus, pas celles-ci.
staff-country = Pays (code à deux lettres, par exemple HN)
staff-confidential-check = Adresse confidentielle (lieu d’hébergement protégé) : le public ne verra que la zone
staff-other-locations = Autres lieux
staff-other-locations-hint = Antennes dans d'autres villes : chacune est trouvée par la recherche et affichée sur la fiche. Videz les coordonnées d'une ligne pour la retirer ; la dernière ligne en ajoute une.
staff-branch = Lieu { $number }
staff-area = Zone couverte à distance
staff-area-hint = Uniquement pour les services par téléphone, vidéo ou chat : pays et régions depuis lesquels on peut les utiliser.
staff-area-countries = Pays (codes séparés par des virgules)
staff-area-regions = Régions (codes ISO 3166-2, par exemple HN-FM)
staff-status = Statut
staff-status-active = En activité
staff-save = Enregistrer
staff-form = le formulaire
staff-history-heading = Historique des modifications
staff-no-history = Aucune modification enregistrée pour l’instant.
staff-change-by = { $who }, le { $date }
staff-changed-fields = Modifié : { $fields }
staff-action-create = Créé
staff-action-update = Informations modifiées
staff-action-capacity = Places disponibles mises à jour
staff-action-verify = Informations confirmées
staff-action-deactivate = Retiré de l’annuaire
staff-reports-heading = Problèmes signalés
staff-reports-intro = Des personnes qui ont utilisé l’annuaire ont signalé ces problèmes. Nous ne savons pas qui elles sont : vérifiez les informations et marquez les problèmes comme résolus.
staff-no-reports = Aucun problème en attente.
staff-report-resolved = Résolu
staff-import = Importer des données (Open Referral)
staff-import-heading = Importer un fichier Open Referral (HSDS)
staff-import-intro = Envoyez un fichier HSDS 3.0 en JSON ou un ZIP avec les tables en CSV (versions 1.1 et 2.0 aussi). Vérifiez-le d’abord : rien n’est enregistré et vous voyez ce qui sera importé, corrigé ou laissé de côté, regroupé par motif, avec combien de fois et à quelles lignes.
staff-import-file = Fichier (.json, .zip ou un tableur : .xlsx, .ods, .csv)
staff-import-template = Télécharger le modèle de tableur
staff-import-template-hint = Votre répertoire est dans un tableur ? Utilisez le modèle : une ligne par service et par lieu, en-têtes en français, anglais, espagnol ou portugais. Seul le nom du service est obligatoire.
staff-import-terms-hint = Votre annuaire a ses propres catégories ? Ajoutez au ZIP un tableau nommé ruta_terms.csv (colonnes taxonomy, code, term, kinds, populations, delivery) et vérifiez le fichier : le rapport dit ce que devient chacun de vos termes dans Ruta. Un administrateur peut aussi garder une table sur le serveur pour tous les imports (Administration → Table des termes).
staff-import-country = Pays des services, quand le fichier ne le dit pas
staff-import-timezone = Fuseau horaire des horaires, quand le fichier ne le dit pas
staff-import-file-says = Ce que dit le fichier
staff-import-silent-hint = Ne les choisissez que pour un fichier qui ne dit jamais où il se trouve (par exemple l’annuaire d’un pays) : ils ne remplacent jamais ce que dit le fichier.
staff-import-shelters-heading = Foyers avec une adresse
staff-import-shelters-intro = Ces foyers arrivent avec leur adresse. Ceux qui sont cochés restent confidentiels : leur adresse n’est jamais montrée au public, seulement aux opératrices de la ligne. Ne décochez un foyer que s’il est sans danger que n’importe qui sache où il se trouve.
staff-import-check = Vérifier le fichier (n’enregistre rien)
staff-import-run = Importer
staff-import-choose = Choisissez d’abord un fichier.
staff-import-uploading = Envoi du fichier : { $percent } %
staff-import-working = Lecture du fichier…
staff-import-report = Rapport
staff-import-would =
    L’import porterait sur { $organizations ->
        [one] une organisation
       *[other] { $organizations } organisations
    } et { $services ->
        [one] un service
       *[other] { $services } services
    }. Rien n’est encore enregistré.
staff-import-done =
    Import terminé : { $organizations ->
        [one] une organisation
       *[other] { $organizations } organisations
    } et { $services ->
        [one] un service
       *[other] { $services } services
    }.
staff-import-nothing-written = Rien n’a été enregistré : le fichier a un problème grave (voir ci-dessous).
staff-import-table = Table
staff-import-read = Lues
staff-import-imported = Importées
staff-import-no-services = Aucun service ne serait importé. Les raisons sont ci-dessous.
staff-import-examples = (lignes { $rows })
staff-import-issues =
    { $count ->
        [0] Aucune remarque
        [one] Une remarque
       *[other] { $count } remarques
    }
staff-outcome-fixed = Corrigées
staff-outcome-skipped = Ignorées
staff-outcome-warning = Avertissement
staff-outcome-fatal = Grave

# Staff navigation by role
staff-nav-listings = Fiches
staff-nav-console = Console de la ligne
staff-nav-coverage = Couverture
staff-nav-sessions = Séances
staff-nav-availability = Disponibilités
staff-nav-label = Rubriques

# Séances à distance avec une conseillère ou un conseiller (application pour les survivantes et survivants)
remote-session-heading = Parlez avec une conseillère ou un conseiller, où que vous soyez
remote-session-intro = Des séances par vidéo, par téléphone ou par chat avec une personne qui parle votre langue. Pas besoin de compte ni d’adresse e-mail.
remote-session-book = Réserver une séance à distance
remote-session-have-booking = J’ai déjà une réservation
booking-back = Retour
booking-list-heading = Conseillères et conseillers pour des séances à distance
booking-list-intro = Choisissez une personne avec qui vous vous sentez à l’aise. Vous pouvez garder la même personne pour les séances suivantes, pour ne pas avoir à raconter votre histoire une nouvelle fois.
booking-again-new-codes = Cette nouvelle séance a sa propre référence et son propre code secret : notez-les aussi. Les codes de votre réservation précédente ouvrent toujours celle-ci.
booking-contact-remove = Les retirer
booking-contact-kept = La personne qui vous accompagne vous contactera comme la dernière fois ({ $channel }) et vous appellera du même nom si vous en avez donné un.
booking-contact-email-invalid = Cette adresse e-mail est incomplète. Vérifiez-la, par exemple nom@exemple.org.
booking-contact-phone-invalid = Ce numéro ne peut pas être joint tel qu’il est écrit. Écrivez-le avec + et l’indicatif du pays (par exemple +509 3700 0000) ou choisissez le pays du numéro.
booking-contact-country-none = Écrit avec + et l’indicatif du pays
booking-contact-country = Pays du numéro
booking-contact-phone-hint = Avec + et l’indicatif du pays (par exemple +509 3700 0000), ou choisissez le pays du numéro ci-dessous.
booking-times-more = { $count ->
        [one] Un créneau de plus
       *[other] { $count } créneaux de plus
    }
booking-times-earlier-day = Jour précédent
booking-times-next-day = Jour suivant
booking-all-counsellors = Afficher tous les conseillers
booking-one-organization = Seuls les conseillers de l’organisation que vous consultiez sont affichés.
booking-filter-any = Peu importe
booking-filter-language = Langue
booking-filter-gender = Je préfère parler avec
booking-filter-speciality = Expérience auprès de
booking-filter-modality = Comment parler
booking-gender-woman = Une femme
booking-gender-man = Un homme
booking-gender-non_binary = Une personne non binaire
booking-none = Personne ne correspond à ces choix. Essayez d’en retirer un.
booking-count =
    { $count ->
        [one] Une personne
        [many] { $count } de personnes
       *[other] { $count } personnes
    }
booking-languages = Langues parlées : { $languages }
booking-specialities = Expérience auprès de : { $list }
booking-modalities = Séances : { $list }
booking-session-length = Les séances durent { $minutes } minutes.
booking-soonest = Premier créneau libre : { $when }
booking-no-soonest = Aucun créneau libre dans les prochaines semaines.
booking-choose-time = Voir les créneaux libres
booking-times-heading = Choisissez un créneau avec { $name }
booking-move-heading = Choisissez un nouveau créneau avec { $name }
booking-times-zone = Les horaires sont affichés dans le fuseau horaire de votre téléphone ({ $zone }).
booking-times-none = Aucun créneau libre pendant ces deux semaines. Regardez les créneaux suivants ou choisissez une autre personne.
booking-time-chosen = Créneau choisi : { $when }
booking-form-heading = À propos de la séance
booking-modality = Comment voulez-vous parler ?
booking-language = Langue de la séance
booking-alias = Un nom pour vous appeler (facultatif)
booking-alias-hint = Pas besoin que ce soit votre vrai nom.
booking-contact-channel = Un moyen de vous joindre (facultatif)
booking-contact-none = Aucun : je consulterai ma réservation avec la référence
booking-channel-phone = Appel téléphonique
booking-channel-whatsapp = WhatsApp
booking-channel-signal = Signal
booking-channel-email = E-mail
booking-contact-value = Numéro ou adresse
booking-contact-notes = Comment vous joindre sans risque (facultatif)
booking-contact-notes-hint = Par exemple : « pas de message vocal », « seulement après 18 h », « ne dites pas qui appelle ».
booking-reminders = M’envoyer une confirmation et un rappel la veille
booking-reminders-hint = Seulement la date, l’heure et votre référence, avec des mots qui ne disent pas à quoi sert le rendez-vous. Laissez décoché si quelqu’un d’autre peut lire vos messages.
booking-consent-heading = Avant de réserver, lisez ceci
booking-consent-stored = Nous gardons seulement le créneau, la façon dont vous voulez parler et la langue. Un nom et un moyen de vous joindre ne sont gardés que si vous les écrivez, et ils sont chiffrés.
booking-consent-who = Seule votre conseillère ou votre conseiller peut lire ce nom et ce contact. Personne d’autre.
booking-consent-deleted =
    { $days ->
        [0] Tout ce qui concerne cette séance est effacé quelques jours après. Il ne reste qu’un décompte anonyme : combien de séances, jamais qui.
        [one] Tout ce qui concerne cette séance est effacé un jour après. Il ne reste qu’un décompte anonyme : combien de séances, jamais qui.
        [many] Tout ce qui concerne cette séance est effacé { $days } de jours après. Il ne reste qu’un décompte anonyme : combien de séances, jamais qui.
       *[other] Tout ce qui concerne cette séance est effacé { $days } jours après. Il ne reste qu’un décompte anonyme : combien de séances, jamais qui.
    }
booking-consent-optional = Réserver, c’est votre choix. Vous pouvez voir tous les services et les appeler sans réserver.
booking-consent-agree = J’ai lu ceci et je veux réserver
booking-consent-needed = Pour réserver, cochez la case qui dit que vous êtes d’accord. Vous pouvez aussi revenir en arrière.
booking-submit = Réserver ce créneau
booking-sending = Réservation en cours…
booking-slot-taken = Quelqu’un vient de prendre ce créneau. Choisissez-en un autre, s’il vous plaît.
booking-move-submit = Déplacer ma séance à ce créneau
booking-done-heading = Votre séance est réservée
booking-done-intro = Notez ces deux codes, sur papier ou dans votre mémoire. Il vous faut les deux pour voir, déplacer ou annuler la séance. C’est la seule fois où le code secret est affiché.
booking-reference = Référence
booking-secret = Code secret
booking-next-heading = Et maintenant ?
booking-next-confirm = { $name } va confirmer la séance. Vous pourrez le vérifier dans « J’ai déjà une réservation ».
booking-next-video = À l’heure de la séance, ouvrez le lien de l’appel vidéo. Il fonctionne dans le navigateur du téléphone.
booking-next-phone = { $name } vous appellera au numéro que vous avez laissé. Si vous n’en avez laissé aucun, ouvrez votre réservation avant la séance pour savoir comment la rejoindre.
booking-next-chat = À l’heure de la séance, ouvrez ici votre réservation avec la référence et le code secret pour entrer dans le chat.
booking-room-link = Ouvrir l’appel vidéo
booking-status-label = État
booking-when-label = Quand
booking-with-label = Avec
booking-how-label = Comment
booking-status-requested = En attente de confirmation
booking-status-confirmed = Confirmée
booking-status-declined = La personne ne peut pas vous recevoir à ce créneau
booking-status-cancelled = Annulée
booking-status-completed = Effectuée
booking-status-no_show = N’a pas eu lieu
booking-returning = La même personne que pour votre séance précédente.
booking-declined-hint = Vous pouvez choisir un autre créneau avec la même personne.
booking-deleted-on = Tout ce qui concerne cette séance sera effacé le { $date }.
booking-calendar = Ajouter à mon agenda (.ics)
booking-calendar-hint = Dans l’agenda, il est seulement écrit « Rendez-vous » : pas d’organisation, pas de motif.
booking-mine-heading = Ma réservation
booking-mine-intro = Écrivez la référence et le code secret que vous avez notés.
booking-mine-open = Ouvrir ma réservation
booking-not-found = Aucune réservation ne correspond à cette référence et à ce code secret. Vérifiez-les et réessayez.
booking-cancel = Annuler la séance
booking-cancel-question = Annuler cette séance ? Le créneau redevient libre pour quelqu’un d’autre.
booking-cancel-confirm = Oui, l’annuler
booking-cancel-keep = Non, la garder
booking-cancelled-done = La séance est annulée.
booking-move = Changer de créneau
booking-again = Réserver une autre séance avec { $name }

# Console de la ligne d'écoute et couverture (écrans du personnel)
staff-console-heading = Console de la ligne d'écoute
staff-console-keys-line = Touches : / lieu · ↑ ↓ se déplacer · Entrée ouvrir · c copier l'orientation · s SMS · Échap revenir.
staff-console-keys-heading = Raccourcis clavier
staff-console-kbd-enter = Entrée
staff-console-key-place = Aller au lieu de la personne
staff-console-key-move = Passer au résultat suivant ou précédent
staff-console-key-open = Ouvrir le résultat choisi
staff-console-key-copy = Préparer l'orientation et la copier
staff-console-key-sms = Préparer l'orientation et ouvrir un SMS
staff-console-key-back = Revenir à la liste
staff-console-key-help = Afficher ou masquer cette liste
staff-console-place = Où se trouve la personne (ville ou village)
staff-console-caller = Langue de la personne qui appelle
staff-console-referral-in = L’orientation sera rédigée en { $language }.
staff-console-language-hint = Tapez une partie du nom : toutes les langues de l’annuaire y sont.
staff-console-language-services =
    { $count ->
        [one] 1 service
       *[other] { $count } services
    }
staff-console-need = Ce dont elle a besoin
staff-console-any-kind = Tout type d'aide
staff-console-anyone = Toute personne
staff-console-min-beds = Places libres, au moins
staff-console-min-beds-hint = L'annuaire indique s'il y a des places, peu ou aucune, pas leur nombre exact : avec 1 ou plus, seuls ceux qui ont des places s'affichent.
staff-console-verified = Vérifié par l'organisation ces derniers jours
staff-console-verified-hint = Indiquez le nombre de jours. Vide : n'importe quelle date.
staff-console-prompt = Tapez la ville ou le village où se trouve la personne et choisissez-en un dans la liste.
staff-console-nearby = Près du lieu
staff-console-remote = À distance (téléphone, vidéo ou chat)
staff-console-results =
    { $count ->
        [0] Aucun service
        [one] Un service
       *[other] { $count } services
    } à moins de { $radius } de { $place } ; { $remote ->
        [0] aucun à distance
        [one] un à distance
       *[other] { $remote } à distance
    }.
staff-console-address = Adresse exacte : { $address }
staff-console-confidential = Confidentiel
staff-console-confidential-detail = Adresse confidentielle : ne la donnez ni par téléphone ni par SMS. Donnez la ligne d'accueil ; elle indiquera à la personne comment venir en sécurité.
staff-console-stale = Non vérifié depuis plus de 6 mois
staff-console-capacity-on = { $capacity } (au { $date })
staff-console-intake = Description et accueil
staff-console-checked = Dernière vérification
staff-console-compose = Copier l'orientation (c)
staff-console-compose-sms = Envoyer par SMS (s)
staff-console-composing = Préparation de l'orientation…
staff-console-referral-label = Orientation en { $language }, à lire ou à coller
staff-console-sms = Ouvrir le SMS avec ce texte
staff-console-sms-opened = L'orientation est prête dans le SMS.
staff-console-copied = Orientation copiée.
staff-console-copy-yourself = La copie automatique n'a pas marché : le texte est sélectionné, appuyez sur Ctrl+C.
staff-console-back = Revenir à la liste (Échap)
staff-console-note = Note de passage de relais
staff-console-note-hint = Elle reste sur cet écran seulement : elle n'est ni envoyée ni enregistrée, et s'efface avec une nouvelle recherche ou à la fermeture de la page. N'écrivez ni nom ni rien qui identifie la personne.
staff-coverage-heading = Couverture : où manquent les services
staff-coverage-intro = Quelle part de la population vit à moins de 25, 50 et 100 km d'un service sur place, par pays ou par département. Les distances sont à vol d'oiseau depuis chaque ville ou village du répertoire des lieux ; un foyer confidentiel compte par sa zone, jamais par son adresse.
staff-coverage-country = Pays
staff-coverage-all-countries = Toute la région
staff-coverage-admin-area = Département ou province
staff-coverage-whole-country = Tout le pays
staff-coverage-kind = Type de service
staff-coverage-download = Télécharger le CSV
staff-coverage-download-hint = Une ligne par ville ou village et type de service, avec la distance jusqu'au plus proche. Aucun emplacement de service n'y figure.
staff-coverage-downloading = Préparation du fichier…
staff-coverage-downloaded = Fichier CSV téléchargé.
staff-coverage-by-country = chaque pays de la région
staff-coverage-by-area = chaque département ou province de { $country }
staff-coverage-one-area = { $area } ({ $country })
staff-coverage-chart-heading = { $kind } : population proche d'un service sur place, dans { $scope }
staff-coverage-chart-label = Diagramme en barres. { $kind } : part de la population à moins de 25, 50 et 100 km d'un service sur place, dans { $scope }. Les mêmes chiffres sont dans le tableau qui suit.
staff-coverage-order = De la plus faible à la plus forte couverture.
staff-coverage-within-25 = À moins de 25 km
staff-coverage-within-50 = À moins de 50 km
staff-coverage-within-100 = À moins de 100 km
staff-coverage-percent = { $value } %
staff-coverage-table-caption = Les chiffres du diagramme
staff-coverage-area = Zone
staff-coverage-population = Population
staff-coverage-remote = Avec aide à distance
staff-coverage-uncovered = Sans aide à 100 km ni à distance
staff-coverage-median = Distance médiane
staff-coverage-none-at-all = Aucun dans l'annuaire
staff-coverage-empty = Le répertoire n'a aucun lieu dans cette zone.
staff-coverage-farthest-heading = Les lieux les plus éloignés de l'aide
staff-coverage-farthest-intro = Villes et villages à plus de 100 km d'un service sur place de ce type, les plus peuplés d'abord.
staff-coverage-farthest-caption = Lieux éloignés de : { $kind }
staff-coverage-no-farthest = Aucun lieu n'est à plus de 100 km d'un service de ce type.
staff-coverage-place = Lieu
staff-coverage-distance = Distance jusqu'au plus proche
staff-coverage-yes = Oui
staff-coverage-no = Non
staff-coverage-counts-heading = Orientations enregistrées
staff-coverage-counts-intro = Chaque orientation ne compte que le type de service, le pays, la zone, la langue et le jour : ni personnes ni textes. Les groupes de moins de 5 ne s'affichent pas, pour que personne ne puisse être identifié.
staff-coverage-counts-period = Du { $from } au { $to }
staff-coverage-no-referrals = Pas encore d'orientation sur cette période.
staff-coverage-month = Mois
staff-coverage-language = Langue
staff-coverage-referrals = Orientations
staff-coverage-suppressed =
    { $groups ->
        [one] Un groupe de plus, avec peu d'orientations
       *[other] { $groups } groupes de plus, chacun avec peu d'orientations
    }
staff-coverage-fewer-than = moins de { $min }

# Séances et disponibilités d’une conseillère ou d’un conseiller (écrans du personnel)
staff-sessions-heading = Vos séances
staff-sessions-intro = Les demandes qui attendent votre réponse et vos prochaines séances, à votre heure locale. Les coordonnées ne sont affichées que pour vous.
staff-sessions-refresh = Actualiser
staff-sessions-none = Aucune demande ni séance pour l’instant.
staff-sessions-requests = Demandes à confirmer
staff-sessions-upcoming = Séances confirmées
staff-sessions-past = Précédentes
staff-sessions-status-requested = En attente de votre réponse
staff-sessions-status-declined = Vous l’avez refusée
staff-sessions-returning = Personne qui revient
staff-sessions-alias = Nom à utiliser : { $alias }
staff-sessions-no-alias = Aucun nom indiqué
staff-sessions-contact = { $channel } : { $value }
staff-sessions-notes = Contact sans risque : { $notes }
staff-sessions-suggested = Autres créneaux libres que vous pouvez proposer : { $times }
staff-sessions-confirm = Confirmer
staff-sessions-decline = Refuser
staff-sessions-complete = A eu lieu
staff-sessions-no-show = La personne n’est pas venue
staff-availability-heading = Vos disponibilités
staff-availability-zone = Les horaires sont dans votre fuseau horaire : { $zone }.
staff-availability-weekly = Chaque semaine
staff-availability-day = Jour
staff-availability-from = De
staff-availability-until = Jusqu’à
staff-availability-remove = Retirer
staff-availability-add-window = Ajouter des horaires
staff-availability-time-off = Congés
staff-availability-time-off-hint = Personne ne peut réserver avec vous pendant vos congés. Les séances déjà réservées restent réservées.
staff-availability-off-from = Du
staff-availability-off-until = Au
staff-availability-add-off = Ajouter un congé
staff-availability-rules = Séances
staff-availability-session = Durée d’une séance (minutes)
staff-availability-buffer = Pause entre deux séances (minutes)
staff-availability-notice = Préavis minimum (minutes)
staff-availability-horizon = Nombre de jours à l’avance où l’on peut réserver
staff-availability-save = Enregistrer les disponibilités
staff-availability-outside = { $count ->
    [one] Une séance réservée est maintenant en dehors de vos horaires. Elle reste réservée : confirmez-la, refusez-la ou gardez-la depuis vos séances.
    [many] { $count } de séances réservées sont maintenant en dehors de vos horaires. Elles restent réservées : confirmez-les, refusez-les ou gardez-les depuis vos séances.
   *[other] { $count } séances réservées sont maintenant en dehors de vos horaires. Elles restent réservées : confirmez-les, refusez-les ou gardez-les depuis vos séances.
    }

# Conseillères et conseillers d’une organisation (écrans du personnel)
staff-nav-team = Conseillères et conseillers
staff-team-heading = Vos conseillères et conseillers
staff-team-intro = Les personnes qui assurent les séances à distance pour votre organisation. Chacune se connecte avec son propre compte pour tenir à jour ses horaires et ses congés.
staff-team-add = Ajouter une personne
staff-team-none = Personne pour l’instant. Ajoutez la première personne.
staff-team-no-account = Aucun compte de connexion lié pour l’instant
staff-team-account-is = Se connecte avec { $email }
staff-team-inactive = Ne reçoit pas de réservations
staff-team-back = Retour aux conseillères et conseillers
staff-team-edit-heading = Modifier les informations de la personne
staff-team-new-heading = Nouvelle conseillère ou nouveau conseiller
staff-team-organization = Organisation (id)
staff-team-name = Nom affiché aux personnes
staff-team-name-hint = Un prénom ou un nom choisi. Jamais un nom de famille.
staff-team-gender = Genre affiché aux personnes
staff-team-gender-unspecified = Non affiché
staff-team-timezone = Fuseau horaire
staff-team-timezone-hint = Par exemple America/Lima ou America/Santiago : les horaires sont fixés dans ce fuseau.
staff-team-account = Compte de connexion (adresse e-mail)
staff-team-account-hint = Un compte avec le rôle de conseillère ou de conseiller dans votre organisation. Laissez ce champ vide pour le lier plus tard.
staff-team-active = Reçoit des réservations
staff-team-hours-hint = La personne fixe elle-même ses horaires de la semaine et ses congés après s’être connectée.
staff-team-save = Enregistrer

# The chat room of a chat session
booking-chat-link = Ouvrir le chat

## Personnel : lignes d’écoute par pays (administration)

staff-nav-lifelines = Lignes d’écoute
staff-lifelines-heading = Lignes d’écoute par pays
staff-lifelines-intro = Corrigez les numéros d’un pays quand l’un d’eux change. Pour chaque numéro, il faut la page publique où vous l’avez lu et le jour où vous l’avez lu. La modification apparaît tout de suite dans l’application et elle est enregistrée avec votre nom.
staff-lifelines-country = Pays
staff-lifelines-shipped = Voici les numéros fournis avec Ruta.
staff-lifelines-corrected = Corrigé le { $date }.
staff-lifelines-revert = Revenir aux numéros fournis avec Ruta
staff-lifelines-revert-yes = Oui, retirer la correction
staff-lifelines-emergency = Numéros d’urgence
staff-lifelines-lines = Lignes d’écoute
staff-lifelines-number = Numéro, tel qu’on le compose dans le pays
staff-lifelines-purpose = À quoi il sert
staff-lifelines-focus = À qui elle s’adresse
staff-lifelines-name = Nom de la ligne
staff-lifelines-organisation = Qui la gère
staff-lifelines-whatsapp = Numéro WhatsApp, avec le + et l’indicatif du pays
staff-lifelines-sms = Numéro auquel envoyer un SMS
staff-lifelines-web-chat = Adresse du chat sur le web
staff-lifelines-channels = Moyens de la joindre
staff-lifelines-voice = Appel téléphonique
staff-lifelines-whatsapp-channel = WhatsApp
staff-lifelines-sms-channel = SMS
staff-lifelines-web-chat-channel = Chat sur le web
staff-lifelines-open-24h = Ouverte 24 h sur 24
staff-lifelines-free = Gratuite
staff-lifelines-unknown = La source ne le dit pas
staff-lifelines-yes = Oui
staff-lifelines-no = Non
staff-lifelines-hours = Horaires, tels que la source les indique
staff-lifelines-languages = Langues (codes comme es, qu)
staff-lifelines-source-url = Source : adresse web de la page
staff-lifelines-source-title = Source : titre de la page
staff-lifelines-checked-on = Jour où vous l’avez vérifié
staff-lifelines-status = Degré de certitude
staff-lifelines-verified = Vérifié : une page officielle ou fiable, et récente
staff-lifelines-unverified = Non confirmé
staff-lifelines-add-number = Ajouter un numéro
staff-lifelines-add-line = Ajouter une ligne
staff-lifelines-remove = Retirer
staff-lifelines-save = Enregistrer la correction
staff-lifelines-bad-date = Chaque élément doit indiquer le jour où vous l’avez vérifié ({ $field }).

# Administration (admins only)
staff-nav-admin = Administration
staff-admin-heading = Administration
staff-admin-registrations = Organisations en attente d’approbation
staff-admin-no-registrations = Aucune organisation n’attend d’approbation.
staff-admin-no-applicant = Aucun compte n’a fait la demande avec elle.
staff-admin-asked-by = Demandé par : { $emails }
staff-admin-registered-on = Inscrite le { $date }
staff-admin-website = Site web : { $url }
staff-admin-approve = Approuver
staff-admin-decline = Refuser
staff-admin-confirm-approve = Approuver { $name } ? Ses éditeurs pourront se connecter et publier des services tout de suite.
staff-admin-approve-yes = Oui, approuver
staff-admin-confirm-decline = Refuser { $name } ? La personne qui a fait la demande lira votre motif en essayant de se connecter.
staff-admin-reason = Motif
staff-admin-reason-hint = Avec des mots que le demandeur comprend ; 500 caractères au plus.
staff-admin-reason-needed = Écrivez d’abord le motif (500 caractères au plus).
staff-admin-decline-yes = Oui, refuser
staff-admin-cancel = Annuler
staff-admin-approved = { $name } est approuvée.
staff-admin-declined = { $name } est refusée.
staff-role-admin = Administrateur
staff-role-ngo_editor = Éditeur de l’organisation
staff-role-operator = Écoutant de ligne d’aide
staff-role-counsellor = Conseiller ou conseillère
staff-account-active = Actif
staff-account-disabled = Désactivé
staff-account-pending = En attente d’approbation
staff-admin-confirm-disable = Désactiver { $email } ? La personne ne pourra plus se connecter et ses sessions ouvertes prennent fin.
staff-admin-confirm-activate = Réactiver { $email } ? La personne pourra se connecter à nouveau.
staff-admin-confirm-revoke = Déconnecter { $email } partout ? Chaque session ouverte de ce compte prend fin maintenant (un téléphone perdu ou volé).
staff-admin-confirm-role = Faire de { $email } : { $role } ?
staff-admin-yes = Oui, le faire
staff-admin-revoked = { $email } est déconnecté partout ({ $count } sessions terminées).
staff-admin-changed = { $email } est modifié.
staff-admin-disable = Désactiver
staff-admin-activate = Réactiver
staff-admin-revoke = Déconnecter partout
staff-admin-change-role = Changer de rôle
staff-admin-role = Rôle
staff-admin-organization = Organisation
staff-admin-no-organization = Aucune (administrateurs et écoutants)
staff-admin-organization-hint = Les éditeurs et les conseillers appartiennent à une organisation ; les administrateurs et les écoutants à aucune.
staff-admin-accounts = Comptes
staff-admin-search = Chercher par e-mail
staff-admin-any = Tous
staff-admin-no-accounts = Aucun compte ne correspond.
staff-admin-new-account = Créer un compte
staff-admin-create = Créer le compte
staff-admin-created = Compte créé pour { $email }. Son mot de passe :
staff-admin-password-once = Il n’est affiché que cette fois : donnez-le maintenant à la personne par un moyen sûr.
error-registration_declined = Un administrateur a refusé l’inscription de votre organisation. Motif : { $reason }
staff-admin-parts = Parties de l’administration
staff-audit-heading = Journal des modifications
staff-audit-person = Personne (partie de l’e-mail)
staff-audit-record = Identifiant de l’enregistrement
staff-audit-action = Action
staff-audit-from = Du (jour)
staff-audit-to = Au (jour, inclus)
staff-audit-show = Afficher
staff-audit-csv = Télécharger le CSV
staff-audit-none = Aucune modification ne correspond à ces filtres.
staff-audit-field = Champ
staff-audit-before = Avant
staff-audit-after = Après
staff-audit-yes = Oui
staff-audit-no = Non
staff-audit-action-approve = Organisation approuvée
staff-audit-action-disable = Compte désactivé
staff-audit-action-activate = Compte réactivé
staff-audit-action-register = Inscription reçue
staff-audit-action-import = Fichier importé
staff-audit-action-availability = Disponibilités modifiées
staff-audit-action-correct = Lignes d’écoute corrigées
staff-audit-action-revert = Lignes d’écoute rétablies
staff-audit-action-decline = Inscription refusée
staff-audit-action-change_role = Rôle modifié
staff-audit-action-revoke_sessions = Déconnecté partout
staff-audit-action-referral_status = Orientation traitée
staff-audit-action-other = Autre modification
staff-terms-heading = Table des termes
staff-terms-hint = Comment les catégories d’autres annuaires deviennent les types d’aide et les personnes servies de Ruta quand un fichier est importé. Chaque import utilise cette table (après une table incluse dans le fichier), puis celle de Ruta. Téléchargez-la, modifiez-la dans un tableur et envoyez-la entière ; puis vérifiez un fichier sur l’écran d’import pour voir ce qu’elle fait.
staff-terms-status = Lignes : { $rows }. Enregistrée le { $date }.
staff-terms-none = Ce serveur n’a pas encore de table à lui : les imports utilisent celle de Ruta (lignes : { $rows }).
staff-terms-download = Télécharger la table de ce serveur
staff-terms-built-in = Télécharger la table de Ruta pour commencer
staff-terms-file = Table à envoyer (CSV)
staff-terms-save = Enregistrer la table
staff-terms-choose = Choisissez d’abord un fichier CSV.
staff-terms-unreadable = Ce fichier ne peut pas être lu comme du texte. Enregistrez-le depuis le tableur en CSV (UTF-8).
staff-terms-saved = Table enregistrée (lignes : { $rows }). Le prochain import l’utilise.
staff-terms-bad-cell = La ligne { $line }, colonne { $column } n’est pas juste : une valeur que Ruta ne connaît pas, une colonne qui manque ou une ligne qui ne mène à rien. Rien n’a été enregistré. La table de Ruta montre les colonnes et les valeurs qu’il connaît.
staff-terms-too-long = La table dépasse 200 Ko. Rien n’a été enregistré.
staff-audit-entity-service = Service
staff-audit-entity-organization = Organisation
staff-audit-entity-referral = Orientation
staff-audit-entity-user = Compte
staff-audit-entity-import = Importation
staff-audit-entity-counsellor = Conseiller ou conseillère
staff-audit-entity-lifelines = Lignes d’écoute
staff-admin-reports-intro = Problèmes signalés sur les services de toute organisation et que personne n’a encore résolus, les plus anciens d’abord.
staff-admin-last-admin = C’est le dernier compte administrateur actif : faites d’abord d’un autre compte un administrateur.

## Warm referrals (issue 18): the console's form, the inbox and the sent list.
staff-nav-referrals = Orientations
staff-referral-heading = Orientations
staff-referral-intro = Les orientations envoyées avec le consentement de la personne. L’organisation qui reçoit une orientation y répond ici ; l’équipe qui l’a envoyée voit seulement où elle en est.
staff-referral-inbox = Reçues par votre organisation
staff-referral-inbox-empty = Aucune orientation reçue.
staff-referral-inbox-kept = Tout ce qui concerne une orientation est effacé { $days } jours après sa clôture ou son refus.
staff-referral-sent = Orientations que vous avez envoyées
staff-referral-sent-empty = Vous n’avez encore envoyé aucune orientation.
staff-referral-sent-on = Envoyée le { $date }
staff-referral-for = Pour { $service } : { $needs }
staff-referral-from = Envoyée par { $from }
staff-referral-from-hotline = la ligne d’aide
staff-referral-accept = Accepter
staff-referral-decline = Refuser
staff-referral-reason = Motif du refus
staff-referral-contacted = Nous avons joint la personne
staff-referral-close = Clôturer
staff-referral-changed = Quelqu’un d’autre a répondu à cette orientation entre-temps : la boîte de réception s’affiche à nouveau.
staff-referral-deleted-on = Sera effacée le { $date }
staff-referral-status-new = Nouvelle
staff-referral-status-accepted = Acceptée
staff-referral-status-declined = Refusée
staff-referral-status-contacted = Personne jointe
staff-referral-status-closed = Clôturée
staff-referral-status-unknown = Statut que cette version ne connaît pas
staff-referral-urgency-routine = Dans les prochains jours
staff-referral-urgency-soon = Aujourd’hui ou demain
staff-referral-urgency-urgent = Urgent : maintenant
staff-referral-reason-no_capacity = Aucune place ni aucun rendez-vous libre
staff-referral-reason-outside_area = Hors de la zone que nous couvrons
staff-referral-reason-not_eligible = Notre service ne s’adresse pas à cette personne
staff-referral-reason-need_not_offered = Nous n’offrons pas ce dont elle a besoin
staff-referral-reason-served_elsewhere = Une autre organisation l’accompagne déjà
staff-warm-heading = Envoyer une orientation accompagnée
staff-warm-intro = Avec le consentement de la personne, { $organization } reçoit ce que vous écrivez ici et y répond depuis sa boîte de réception. N’écrivez que ce dont l’organisation a besoin pour agir.
staff-warm-consent = La personne a accepté que { $organization } reçoive cette orientation
staff-warm-needs = Ce dont elle a besoin
staff-warm-urgency = Dans quel délai
staff-warm-alias = Un nom pour appeler la personne (pas son nom officiel)
staff-warm-channel = Un moyen sûr de la joindre
staff-warm-no-contact = Aucun : la personne prendra contact elle-même
staff-warm-contact = Numéro ou adresse
staff-warm-contact-notes = Consignes pour un contact sans risque (par exemple : pas de messagerie vocale, seulement après 18 h)
staff-warm-consent-contact = La personne a accepté d’être contactée par ce moyen
staff-warm-note = Note pour l’organisation
staff-warm-note-hint = Ni nom ni adresse : 500 caractères au plus.
staff-warm-send = Envoyer l’orientation
staff-warm-sent = Envoyée à { $service }. Suivez où elle en est dans Orientations.

## Notifications (issue 18): the staff outbox screen — the channels banner, each delivery's status, previews.
staff-nav-notifications = Notifications
staff-notify-heading = Notifications
staff-notify-intro = Ce que Ruta signale à l’équipe et aux personnes qui ont pris rendez-vous, et où en est chaque envoi. Les destinataires n’apparaissent pas ici ; l’aperçu montre l’adresse en partie masquée.
staff-notify-channels-none = Aucun canal n’est configuré (ni serveur de messagerie, ni passerelle SMS) : les notifications ne sont donc pas envoyées, elles sont seulement listées ici, marquées « retenues ».
staff-notify-channels-email-only = Les e-mails sont envoyés. Aucune passerelle SMS n’est configurée : les SMS et les messages WhatsApp ne sont donc pas envoyés, ils sont seulement listés ici, marqués « retenus ».
staff-notify-channels-gateway-only = Les SMS et les messages WhatsApp sont envoyés. Aucun serveur de messagerie n’est configuré : les e-mails ne sont donc pas envoyés, ils sont seulement listés ici, marqués « retenus ».
staff-notify-channels-all = Les e-mails, les SMS et les messages WhatsApp sont envoyés.
staff-notify-list = Dernières notifications, les plus récentes d’abord
staff-notify-empty = Il n’y a pas encore de notification.
staff-notify-attempts = Tentatives d’envoi : { $count }
staff-notify-queued = Mise en file d’attente : { $date }
staff-notify-sent-at = Envoyée : { $date }
staff-notify-next-try = Prochain essai : { $date }
staff-notify-last-error = Dernière erreur : { $error }
staff-notify-preview = Aperçu
staff-notify-preview-hide = Masquer l’aperçu
staff-notify-retry = Réessayer
staff-notify-preview-to = À
staff-notify-preview-subject = Objet
staff-notify-preview-text = Message (langue : { $language })
staff-notify-kind-referral_new = Nouvelle orientation
staff-notify-kind-booking_new = Nouvelle demande de rendez-vous
staff-notify-kind-booking_changed = Rendez-vous déplacé
staff-notify-kind-booking_cancelled = Rendez-vous annulé
staff-notify-kind-booking_confirmed = Rendez-vous confirmé
staff-notify-kind-booking_reminder = Rappel de rendez-vous
staff-notify-kind-listing_check = Fiches à confirmer
staff-notify-status-pending = En attente d’envoi
staff-notify-status-sending = En cours d’envoi
staff-notify-status-sent = Envoyée
staff-notify-status-failed = Échec
staff-notify-status-held = Retenue (non envoyée)
staff-notify-status-cancelled = Annulée
staff-notify-channel-email = E-mail
staff-notify-channel-sms = SMS
staff-notify-channel-whatsapp = WhatsApp
