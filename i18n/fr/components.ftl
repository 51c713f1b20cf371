# Éléments partagés par plusieurs écrans : l’avancement d’une liste, les points d’une liste de
# préparation, le message en bas de l’écran, les avis sur vos données, le graphique de charge
# d’entraînement, les moyens de faire de la place, la carte du corps, et ce qui arrive aux
# fichiers (enregistrer, ouvrir, afficher le dossier des données).

## Avancement et listes

components-progress = { $done } sur { $total } faits
components-on-hold = En attente du feu vert d’un médecin ou d’un kiné pour votre signe d’alerte.
components-start-routine = Lancer { $routine }

## Le message en bas de l’écran

components-undo = Annuler
components-close-message = Fermer ce message

## Les avis sur vos données

components-backup-opened = Votre dernière bonne copie a été ouverte à la place, seule la modification la plus récente peut donc manquer.
components-started-empty = L’application a démarré sans données.
components-not-read = Vos données enregistrées n’ont pas pu être lues. Elles ont été gardées, intactes, dans { $place }. { $opened }
components-newer = Vos données ont été enregistrées par une version plus récente de Fresh Legs (format { $found }). Elles sont affichées en lecture seule pour que rien ne se perde : mettez l’application à jour pour faire des modifications.
components-not-saved = Non enregistré : { $problem }
components-download-set-aside = Télécharger ce qui a été mis de côté
components-dismiss = Fermer
components-stuck = Vos données enregistrées n’ont pas pu être lues, et il n’y a pas de place pour en garder une copie de côté ({ $detail }). Rien n’a été modifié : l’application est ouverte en lecture seule, les données restent donc où elles sont.
components-stuck-advice = Téléchargez-les pour les mettre à l’abri, puis repartez de zéro ; ou continuez en lecture seule, tel quel.
components-download-unreadable = Télécharger les données illisibles
components-start-fresh = Repartir de zéro
components-start-fresh-waits = « Repartir de zéro » supprime les données illisibles, ce bouton attend donc que vous les ayez téléchargées.
components-could-not-open = Fresh Legs n’a pas pu ouvrir vos données

## Le graphique de charge d’entraînement

components-chart-summary = Charge d’entraînement sur { $weeks } semaines à partir du { $from }, dont { $hard ->
        [one] { $hard } semaine marquée difficile
       *[other] { $hard } semaines marquées difficiles
    }.
components-chart-key = Plus la barre est haute, plus la semaine est chargée ; les semaines difficiles sont pleines. En dessous : vos blocs d’entraînement, puis, en contour, les blocs que suggèrent vos fichiers.
components-chart-table = Afficher les semaines en tableau
components-chart-week-of = Semaine du
components-chart-load = Charge (TRIMP)
components-chart-per-day-week = Par jour, cette semaine
components-chart-per-day-28 = Par jour, 28 derniers jours
components-chart-notes = Remarques
components-chart-hard = difficile
components-chart-speed-work = travail de vitesse
components-chart-race = course
components-chart-proposed = proposé : { $block }

## Faire de la place quand les données ne tiennent pas

components-remove-training = Retirer { $count ->
        [one] { $digits } résumé d’entraînement importé
       *[other] { $digits } résumés d’entraînement importés
    } (les résumés des fichiers de votre montre ; les blocs et les courses que vous avez acceptés restent)
components-remove-old-log = Retirer { $count ->
        [one] { $digits } entrée du journal
       *[other] { $digits } entrées du journal
    } d’avant le { $date }
components-download-copy = Télécharger une copie de vos données
components-frees = { $way } (libère environ { $amount })
components-remove-question = { $way } ? Impossible de les récupérer ensuite, sauf depuis une copie que vous avez téléchargée.
components-removed = Retiré. Cela a libéré environ { $amount }, et vos données sont enregistrées.
components-still-not-saved = Toujours pas enregistré : { $problem }
components-remove-yes = Oui, les retirer
components-remove-no = Non, les garder

## La carte du corps

components-front = Face
components-back = Dos
components-body-map = Carte du corps
components-body-map-lit = Carte du corps : { $area } en surbrillance
components-nothing-yet = rien pour l’instant
components-selected = Sélection : { $area }

## Fichiers : enregistrer, ouvrir, et le dossier des données

components-json-files = Fichiers Fresh Legs (.json)
components-calendar-files = Calendriers (.ics)
components-save-title = Enregistrer { $file }
components-dialog-save = _Enregistrer
components-dialog-open = _Ouvrir
components-open-title = Ouvrir un fichier Fresh Legs
components-saved-to = Enregistré dans { $path }
components-save-closed = Rien n’a été enregistré : la fenêtre d’enregistrement a été fermée.
components-ready-to-share = { $file } est prêt à être partagé : choisissez où l’envoyer.
components-downloaded = { $file } téléchargé : votre navigateur le garde avec vos autres téléchargements.
components-no-dialog = Aucune fenêtre de choix de fichier n’a pu s’ouvrir ici.
components-paste-instead = Ouvrez le fichier dans un éditeur de texte, copiez-le en entier et collez-le dans le champ ci-dessous.
components-folder-not-opened = Impossible d’ouvrir le dossier ({ $opener } : { $why }). Il se trouve ici : { $folder }.
components-folder-no-manager = aucun gestionnaire de fichiers n’a été trouvé, code de sortie { $code }
components-folder-stopped = il a été interrompu
