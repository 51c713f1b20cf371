# L’écran « Entraînement » : importer vos propres fichiers d’entraînement, vérifier les activités
# douteuses, les blocs et courses proposés, les fréquences cardiaques qui servent à mesurer la
# charge, et chaque importation avec ses activités. Aussi les noms des types de bloc et les
# raisons pour lesquelles un fichier n’a pas pu être lu. Le coureur est vouvoyé.

training-title = Entraînement
training-lead = Vos propres fichiers d’entraînement montrent vos semaines dures, votre travail de vitesse et vos courses : le plan de massage peut ainsi les suivre sans que vous saisissiez chaque bloc.
training-kept = Activités prises en compte depuis vos fichiers : { $activities }.
training-load-heading = Charge d’entraînement
training-activities = { $count ->
        [one] { $digits } activité
       *[other] { $digits } activités
    }
training-save = Enregistrer
training-cancel = Annuler
training-undo = Annuler
training-keep = Garder
training-remove = Supprimer
training-not-saved = Non enregistré : { $reason }

## Types de bloc

training-kind-base = Foncier
training-kind-build = Développement
training-kind-peak = Pic (intense)
training-kind-taper = Affûtage
training-kind-recovery = Récupération
training-block-base = Bloc foncier
training-block-build = Bloc de développement
training-block-peak = Bloc de pic (intense)
training-block-taper = Bloc d’affûtage
training-block-recovery = Bloc de récupération

## Vérification des dates d’un bloc

training-block-date-away = Le { $date } est à plus de { $years } ans d’ici ; vérifiez l’année.
training-block-date-ago = Le { $date } remonte à plus de { $years } ans ; vérifiez l’année.
training-block-end-before-start = Le bloc se termine avant de commencer ; choisissez une date de fin égale ou postérieure au début.
training-block-too-long = Un bloc dure au plus { $max } jours (une saison) ; celui-ci en dure { $days }.

## Propositions

training-review-heading = Ce que suggèrent vos fichiers
training-review-empty = Rien de nouveau à examiner. Les blocs et courses repérés dans vos fichiers apparaissent ici pour que vous les acceptiez ; ceux que vous acceptez figurent sur l’écran Courses.
training-review-hint = Acceptez ce qui est juste : le plan place alors les massages autour. Si une date ou le type ne convient pas, modifiez d’abord ; écartez ce qui est faux.
training-accept = Accepter
training-edit = Modifier
training-dismiss = Écarter
training-accepted = Accepté : { $title }.
training-dismissed = Écarté : { $title }.
training-edit-first = Modifiez d’abord : { $reasons }
training-block-added = { $block } ajouté.
training-race-added = Course ajoutée : { $name }.
training-edit-block = Modifier le bloc proposé
training-edit-race = Modifier la course proposée
training-race-name = Nom de la course
training-priority = Priorité
training-proposal-block = { $block }, { $start } – { $end }
training-proposal-race = Course : { $name }
training-reason-base = { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } de course régulière sans travail de vitesse{ $speed ->
        [yes] , avec du travail de vitesse.
       *[no] .
    }
training-reason-build = { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } de fractionné ou de sorties rapides presque chaque semaine.
training-reason-peak = { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } de votre entraînement le plus chargé, ouvertes par un bond de charge bien au-dessus des semaines précédentes{ $speed ->
        [yes] , avec du travail de vitesse.
       *[no] .
    }
training-reason-taper = { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } de charge allégée avant une course{ $speed ->
        [yes] , avec du travail de vitesse.
       *[no] .
    }
training-reason-recovery = { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } d’entraînement léger après des semaines plus dures{ $speed ->
        [yes] , avec du travail de vitesse.
       *[no] .
    }
training-reason-race = Le { $date } à { $time } : { NUMBER($km, minimumFractionDigits: 1, maximumFractionDigits: 1) } km en { $count ->
        [one] { $digits } minute
       *[other] { $digits } minutes
    }, une sortie courue en compétition.
training-change-none = Les propositions sont inchangées.
training-change-gone = Plus proposé : { $titles }.
training-change-new = Nouvelle proposition : { $titles }.
training-change-separator = {" ; "}

## Les activités retenues

training-activity-title = { $name }, { $date }
training-sport-run = Course à pied
training-sport-ride = Vélo
training-sport-swim = Natation
training-sport-walk = Marche
training-sport-other = Activité
training-activity-facts = { $time }, { NUMBER($km, minimumFractionDigits: 2, maximumFractionDigits: 2) } km
training-activity-row = { $title } : { $facts }
training-doubtful-heading = Activités à vérifier
training-doubtful-hint = Elles ne comptent pas tant que vous ne les gardez pas : un fichier était endommagé, ou ses valeurs ne viennent pas d’une montre en état de marche.
training-doubt-cut-short = Lu en partie : le fichier est tronqué, seul ce qui précède la coupure est là.
training-doubt-checksum = Lu en partie : la somme de contrôle du fichier ne correspond pas, certaines valeurs peuvent donc être fausses.
training-doubt-garbled = Lu en partie : à partir d’un certain point, le fichier devient incohérent, seul ce qui précède est là.
training-doubt-no-session = Lu en partie : le fichier contient une trace mais pas les totaux qu’une montre enregistre à la fin ; le temps et la distance viennent donc de la trace seule.
training-doubt-timer = Son chrono indique { $timer }, plus que les { $elapsed } entre le départ et l’arrivée ; on retient { $elapsed }.
training-doubt-too-fast = À { $pace } de moyenne, c’est plus rapide que quiconque { $sport ->
        [run] en course à pied
        [walk] en marche
        [swim] en natation
       *[ride] à vélo
    } : peut-être un autre sport, ou un GPS qui s’est égaré.
training-pace-kmh = { NUMBER($speed, maximumFractionDigits: 0) } km/h
training-pace-per-100m = { $time } aux 100 m
training-pace-per-km = { $time } au km
training-kept-activity = Activité gardée : { $title }. Elle compte désormais.
training-not-kept = Non gardée : { $reason }
training-removed = Supprimé : { $what }. { $change }
training-not-removed = Non supprimé : { $reason }
training-put-back = Rétabli : { $activities }.
training-not-put-back = Non rétabli : { $reason }

## Les importations

training-imports-heading = Vos importations
training-import-title = Importé le { $date } à { $time } : { $activities }
training-this-import = cette importation ({ $activities })
training-undo-import = Annuler cette importation
training-show-activities = Afficher ses activités
training-show-more = Afficher plus
training-import-heading = Importer des fichiers d’entraînement
training-import-hint = Fichiers FIT, GPX ou TCX de votre montre (compressés en gzip aussi), ou le .zip de « Download your data » de Strava. Ils sont lus sur cet appareil et jamais envoyés ; seul un résumé de chaque activité est conservé, jamais le parcours.
training-choose-files = Choisir des fichiers
training-drop-here = ou déposez-les ici.
training-reading = Lecture de { $done } sur { $total }
training-import-cancelled = Importation annulée : rien n’a été ajouté.
training-import-none = Aucune activité n’a été importée.
training-import-nothing-new = { $count ->
        [one] Rien de nouveau : l’activité était déjà là.
       *[other] Rien de nouveau : les { $digits } activités étaient déjà là.
    }
training-import-added = Importé : { $activities }.
training-import-again = { $count ->
        [one] { $digits } était déjà là.
       *[other] { $digits } étaient déjà là.
    }
training-import-check = { $count ->
        [one] Une activité attend votre décision sous « Activités à vérifier ».
       *[other] { $digits } activités attendent votre décision sous « Activités à vérifier ».
    }
training-import-not-saved = Rien n’a été importé : { $reason }

## Pourquoi un fichier n’a pas été lu

training-file-not-loaded = { $file } n’a pas pu être lu ({ $error }) ; réessayez.
training-file-unsupported = { $file } n’est pas un fichier que Fresh Legs sait lire ; choisissez un fichier .fit, .gpx ou .tcx (compressé en gzip aussi, comme .fit.gz), ou le .zip d’un export Strava.
training-file-too-large-activity = { $file } pèse { $size } Mo, plus que les { $limit } Mo que Fresh Legs lit pour un fichier d’activité ; ce n’est pas une activité seule, exportez donc cette activité à part.
training-file-too-large-archive = { $file } pèse { $size } Mo, plus que les { $limit } Mo que Fresh Legs lit pour une archive ; décompressez-la et choisissez plutôt les fichiers de son dossier activities.
training-file-unpacks-too-large = Une fois décompressé, { $file } dépasse les { $limit } Mo que Fresh Legs lit pour un fichier d’activité ; ce n’est pas une activité seule, exportez donc cette activité à part.
training-file-entry-too-large = { $archive } contient { $file }, qui, une fois décompressé, dépasse les { $limit } Mo que Fresh Legs lit pour un fichier d’activité ; décompressez l’archive et choisissez-y les fichiers d’activité voulus.
training-file-cut-short = { $file } est tronqué (il s’arrête avant son dernier enregistrement) ; copiez-le ou exportez-le de nouveau depuis la montre ou l’application.
training-file-checksum = { $file } est tronqué ou endommagé (sa somme de contrôle ne correspond pas) ; exportez-le de nouveau depuis la montre.
training-file-unreadable = { $file } n’a pas pu être lu comme fichier { $format } ({ $detail }) ; exportez-le de nouveau depuis la montre ou l’application.
training-file-no-times = { $file } n’a pas d’heures sur les points de sa trace, on ne sait donc pas quand la sortie a eu lieu ; exportez-le de nouveau avec les heures (un export d’activité, pas un itinéraire).
training-file-no-laps = { $file } n’a pas de tours, sa durée est donc inconnue ; exportez de nouveau l’activité depuis la montre ou l’application.
training-file-not-strava = { $file } ne contient pas de activities.csv, ce n’est donc pas un export Strava ; sur Strava, demandez « Download your data » et choisissez le .zip envoyé.
training-file-no-activity = { $file } ne contient aucune activité enregistrée : ni séance, ni trace avec des heures ; choisissez le fichier que votre montre a enregistré après une activité.
training-file-not-an-activity = { $file } est { $what }, pas une activité enregistrée ; choisissez le fichier que votre montre a enregistré après une activité (sur la plupart des montres, dans son dossier Activity).
training-file-no-date = { $file } compte ses heures depuis la mise en marche de la montre et ne donne jamais la vraie date, on ne sait donc pas quand l’activité a eu lieu ; exportez-la depuis une application qui la date (comme Garmin Connect ou Strava).
training-file-only-short-legs = { $file } ne contient que des transitions et des portions de moins d’une minute, rien qui compte comme entraînement.
training-file-too-many-parts = { $file } contient plus de { $limit } tours et séances, plus qu’aucune montre n’en enregistre pour une activité ; ce n’est pas un fichier d’activité.
training-file-partly-timed = { $file } n’a d’heure que sur { $timed } de ses { $points } points de trace, trop peu pour savoir quand et combien de temps l’activité a duré ; exportez-le de nouveau avec une heure sur chaque point (un export d’activité, pas un itinéraire).
training-file-from-future = { $file } commence le { $start } (UTC), plus d’un jour après maintenant ; vérifiez la date de la montre, puis exportez de nouveau l’activité.
training-file-missing-in-archive = Le activities.csv de { $archive } cite { $file }, mais l’archive ne le contient pas ; téléchargez de nouveau l’export.
training-file-bad-row = La ligne { $row } de activities.csv dans { $archive } est illisible : { $detail } ; téléchargez de nouveau l’export.
training-file-in-archive = Dans { $archive } : { $problem }
training-left-out = L’activité { $name } du { $date } (dans { $file }) a été laissée de côté : { $reasons }
training-left-out-unnamed = Une activité du { $date } (dans { $file }) a été laissée de côté : { $reasons }
training-reader-not-loaded = Le lecteur de fichiers n’a pas pu être chargé ({ $error }) ; rechargez la page et réessayez.
training-reader-not-handed = { $file } n’a pas pu être transmis au lecteur de fichiers ({ $error }) ; importez moins de fichiers à la fois.
training-reader-stopped = Le lecteur de fichiers s’est arrêté ({ $error }) ; rien n’a été ajouté. Rechargez la page et importez de nouveau les fichiers.

## Ce que contient un fichier FIT qui n’est pas une activité (après « est »)

training-fit-device = la description d’un appareil
training-fit-settings = un fichier de réglages
training-fit-sport = les réglages d’un sport
training-fit-workout = un entraînement programmé (le plan d’une séance)
training-fit-course = un parcours (un itinéraire à suivre)
training-fit-schedule = un plan d’entraînement
training-fit-weight = une mesure de poids
training-fit-totals = un fichier de totaux
training-fit-goals = un fichier d’objectifs
training-fit-blood-pressure = une mesure de tension artérielle
training-fit-monitoring = le suivi d’une journée (pas et fréquence cardiaque au fil du jour)
training-fit-summary = un résumé d’activité sans séance
training-fit-segment = un segment (une portion sur laquelle se mesurer)
training-fit-other = un fichier FIT d’un autre type (type { $type })

## Les vérifications de chaque activité retenue

training-check-year = Elle commence en { $year }, avant { $earliest } : l’horloge de la montre n’était pas réglée.
training-check-duration = Une activité dure plus que rien et au plus { $days } jours.
training-check-heart-rate = Une fréquence cardiaque va de { $low } à { $high } bpm.
training-check-pace-profile = Un profil d’allure compte au plus { $bands } tranches.

## Les fréquences cardiaques

training-heart-heading = Vos fréquences cardiaques
training-heart-hint = La charge d’une séance avec fréquence cardiaque se mesure par rapport à elles. Si vous les laissez vides, la FC max est tirée de vos fichiers et la FC de repos est prise à 60 bpm.
training-heart-estimate = Tant que vous ne les avez pas saisies, la charge utilise { NUMBER($max, maximumFractionDigits: 0) } bpm comme FC max et { NUMBER($rest, maximumFractionDigits: 0) } bpm au repos.
training-heart-max = FC max (bpm)
training-heart-resting = FC de repos (bpm)
training-heart-save = Enregistrer les fréquences cardiaques
training-heart-fix = Non enregistré : corrigez les champs signalés ci-dessous.
training-heart-saved = Vos fréquences cardiaques sont enregistrées.
