# Les minuteurs : la liste des séances guidées, le lecteur et ce qu’il annonce à voix haute, la
# barre de la séance en cours, l’éditeur de séances, l’historique et le partage des séances.
# Le coureur est vouvoyé. Les annonces (timers-say-*) sont lues par la voix de l’appareil pendant
# que le coureur est sur le rouleau : des phrases courtes, l’essentiel d’abord.

## La liste des séances

timers-title = Minuteurs
timers-lead = Automassage guidé, le téléphone posé au sol à côté de vous : grands chiffres, bips, vibrations et annonces vocales.
timers-routines = Séances guidées
timers-new-routine = Nouvelle séance
timers-in-progress = En cours
timers-built-in = Intégrée
timers-yours = La vôtre
timers-start = Lancer « { $routine } »
timers-return-to = Revenir à « { $routine } »
timers-duplicate = Dupliquer
timers-duplicate-label = Dupliquer « { $routine } »
timers-edit = Modifier
timers-edit-label = Modifier « { $routine } »
timers-move-up-label = Monter « { $routine } »
timers-move-down-label = Descendre « { $routine } »
timers-not-copied = Copie impossible : { $reason }
timers-not-moved = Déplacement impossible : { $reason }
timers-length-seconds = { $seconds } s
timers-length-minutes = { $minutes } min
timers-length-both = { $minutes } min { $seconds } s
timers-no-tool = Sans accessoire

## Le démarrage rapide d’Aujourd’hui

timers-quick-self-massage = Votre séance d’automassage du jour
timers-quick-stretches = Étirements après votre course

## Historique

timers-history = Historique des séances
timers-history-empty = Les séances terminées ou arrêtées apparaissent ici.
timers-history-week = { $count ->
        [one] { $count } séance ces 7 derniers jours.
       *[other] { $count } séances ces 7 derniers jours.
    }

## Partager des séances

timers-share = Partager des séances
timers-share-hint = Exportez vos propres séances pour en garder une copie ou les passer sur un autre appareil ; importez un fichier exporté depuis Fresh Legs.
timers-export = Exporter mes séances
timers-import-file = Importer depuis un fichier
timers-import-paste = Ou collez des séances au format JSON
timers-import = Importer les séances
timers-not-exported = Export impossible : { $reason }
timers-import-unread = Rien n’a été importé. { $reason }
timers-import-not-saved = Rien n’a été importé : { $reason }
timers-imported = { $count ->
        [one] { $digits } séance importée.
       *[other] { $digits } séances importées.
    }

## Le lecteur

timers-not-found = Séance introuvable
timers-not-found-hint = Cette séance a peut-être été supprimée.
timers-back = Retour aux minuteurs
timers-nothing-to-play = Chaque étape de cette séance travaille ou appuie sur une zone blessée ({ $areas }) : rien à lancer aujourd’hui.
timers-other-in-progress = « { $playing } » est toujours en cours. Revenez-y, ou arrêtez-la (ce que vous avez fait va dans votre journal) et lancez « { $routine } ».
timers-back-to = Revenir à « { $playing } »
timers-stop-and-start = Arrêter et lancer « { $routine } »
timers-done = Terminé
timers-stopped = Arrêté
timers-left-side = Côté gauche
timers-right-side = Côté droit
timers-both-sides = Les deux côtés
timers-guided = Séance guidée : { $routine }
timers-leave-label = Quitter le lecteur
timers-leave = ‹ Quitter
timers-away = { $count ->
        [one] Vous avez quitté cette séance en cours de route il y a { $digits } minute. Reprenez là où vous en étiez, ou arrêtez et enregistrez ce que vous avez fait.
       *[other] Vous avez quitté cette séance en cours de route il y a { $digits } minutes. Reprenez là où vous en étiez, ou arrêtez et enregistrez ce que vous avez fait.
    }
timers-tap-for-sound = 🔈 Touchez pour le son
timers-sound-held = Le navigateur bloque le son jusqu’à ce que vous touchiez l’écran.
timers-area = Zone
timers-tool = Accessoire
timers-side = Côté
timers-pressure = Pression
timers-first-position = Mettez-vous en place pour la première étape ; le compte à rebours vous dit quand commencer.
timers-next = Ensuite : { $step }
timers-last-step = Dernière étape
timers-start-again = Recommencer
timers-previous = Étape précédente
timers-pause = Pause
timers-resume = Reprendre
timers-skip = Passer l’étape
timers-stop = Arrêter
timers-how-to = Comment faire
timers-keys = Touches : espace pour pause ou reprise, flèches pour reculer ou passer, Échap demande avant d’arrêter.
timers-time-left = Temps restant pour cette étape
timers-progress = Progression de la séance

## Ce que le lecteur montre et dit d’un segment

timers-get-ready = Préparez-vous
timers-switch-sides = Changez de côté
timers-work-tool = { $side ->
        [left] { $area }, côté gauche, { $with }
        [right] { $area }, côté droit, { $with }
       *[none] { $area }, { $with }
    }
timers-work-stretch = { $side ->
        [left] { $area } (étirement), côté gauche
        [right] { $area } (étirement), côté droit
       *[none] { $area } (étirement)
    }
timers-with-foam-roller = avec le rouleau de massage
timers-with-stick = avec le bâton de massage
timers-with-ball = avec la balle de massage
timers-step-of = Étape { $number } sur { $total }
timers-steps = { $count ->
        [one] { $count } étape
       *[other] { $count } étapes
    }
timers-say-get-ready = Préparez-vous.
timers-say-get-ready-first = Préparez-vous. Pour commencer : { $first }.
timers-say-step = { $step }.
timers-say-halfway = Mi-temps.
timers-say-switch-sides = Changez de côté.
timers-say-switch-sides-next = Changez de côté. Maintenant : { $next }.
timers-say-warning-next = { $seconds ->
        [one] Encore { $seconds } seconde. Ensuite : { $next }.
       *[other] Encore { $seconds } secondes. Ensuite : { $next }.
    }
timers-say-warning-last = { $seconds ->
        [one] Encore { $seconds } seconde. C’est la dernière.
       *[other] Encore { $seconds } secondes. C’est la dernière.
    }
timers-say-done = Séance terminée. Bravo !

## La séance en cours, sur les autres écrans

timers-running = Séance en cours
timers-running-step = { $side ->
        [left] { $step }, côté gauche
        [right] { $step }, côté droit
       *[none] { $step }
    }
timers-running-paused = En pause · { $step }
timers-running-return = Revenir
timers-leave-question = Quitter « { $routine } » ?
timers-leave-text = Elle peut continuer pendant que vous regardez un autre écran : la barre au-dessus de la navigation vous y ramène. Ou arrêtez-la maintenant, et ce que vous avez fait va dans votre journal.
timers-keep-going = Continuer en arrière-plan
timers-stop-and-log = Arrêter et enregistrer
timers-stay = Rester sur la séance
timers-nothing-logged = Arrêtée avant tout massage : rien n’a été enregistré.
timers-logged-complete = Séance terminée. Massage de { $time } ajouté à votre historique.
timers-logged-stopped = Séance arrêtée. Massage de { $time } ajouté à votre historique.
timers-not-logged-complete = Séance terminée, mais pas enregistrée : { $reason }
timers-not-logged-stopped = Arrêtée, mais pas enregistrée : { $reason }

## L’éditeur de séances

timers-built-in-hint = Les séances intégrées restent telles quelles. Utilisez « Dupliquer » sur l’écran Minuteurs pour créer votre propre version.
timers-editor-not-found-hint = Elle a peut-être été supprimée.
timers-edit-routine = Modifier la séance
timers-routine-name = Nom de la séance
timers-steps-heading = Étapes
timers-add-step = Ajouter une étape
timers-step-limit = Une séance compte au plus { $max } étapes ; supprimez-en une pour en ajouter une autre.
timers-save = Enregistrer la séance
timers-cancel = Annuler
timers-delete = Supprimer la séance
timers-delete-confirm = Oui, supprimer « { $routine } »
timers-fix-fields = Pas enregistrée : corrigez les champs signalés ci-dessous.
timers-not-saved = Pas enregistrée : { $reason }
timers-not-deleted = Pas supprimée : { $reason }
timers-step-number = Étape { $number }
timers-seconds = Secondes
timers-seconds-per-side = Secondes par côté
timers-seconds-hint = De { $min } à { $max } secondes ; 30 à 60 avant une sortie, 60 à 120 après.
timers-what-to-do = Consigne
timers-move-step-up = Monter l’étape { $number }
timers-move-step-down = Descendre l’étape { $number }
timers-remove-step = Supprimer l’étape { $number }
timers-up = ↑ Monter
timers-down = ↓ Descendre
timers-remove = Supprimer
