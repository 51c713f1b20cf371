# L’écran « Courses » : les courses avec leur compte à rebours et leur frise, le formulaire et les
# vérifications d’une course, les blocs d’entraînement, le plan de la saison et l’export du
# calendrier. La personne qui court est vouvoyée ; espace fine insécable avant : ; ! ? et dans « ».

races-heading = Courses
races-coming-up = À venir
races-none-ahead = Aucune course à venir pour l’instant. Ajoutez-en une ci-dessous et le plan se construira autour.
races-coming-up-label = Courses à venir
races-later = Plus tard
races-later-label = Courses plus lointaines
races-finished-heading = Terminées
races-finished-hint = Les courses terminées restent ici : les jours qui les suivent orientent votre plan de récupération.
races-finished-label = Courses terminées
races-edit = Modifier
races-delete = Supprimer
races-not-saved = Non enregistré : { $reason }
races-fix-fields = Non enregistré : corrigez les champs signalés ci-dessous.
races-cancel-editing = Annuler la modification
races-saved = Enregistré : { $name }.
races-added = Ajouté : { $name }.
races-deleted = Supprimé : { $name }.
races-not-deleted = Non supprimé : { $reason }
races-restored = Restauré : { $name }.
races-not-restored = Non restauré : { $reason }

## L’importance d’une course

races-priority-a = Course A
races-priority-b = Course B
races-priority-c = Course C

## La carte d’une course

races-card-finished = Terminée
races-time-until = Temps avant le départ de { $name }
races-countdown-days = { $days } j { $hours } h { $minutes } min
races-countdown-hours = { $hours } h { $minutes } min { $seconds } s
races-countdown-started = Départ donné
races-when = { $date } à { $time } ({ $zone })
races-facts = { $priority } · { $distance } · { $outdoor ->
    [yes] En plein air
   *[no] En salle
}
races-distance = { NUMBER($distance, maximumFractionDigits: 2) } { $unit ->
    [mi] mi
   *[km] km
}

## La frise des fenêtres d’une course

races-timeline-label = Frise autour de { $name }
races-window-row = { $window } : { $from } – { $to }
races-date-time = { $date } { $time }
races-general-again = Massage d’entretien de nouveau possible : { $when }
races-today = Aujourd’hui
races-today-is = Aujourd’hui : { $when }.
races-today-before = Tout ce qui figure sur cette frise est encore à venir.
races-today-after = Tout cela est derrière vous.

## Le formulaire

races-form-add = Ajouter une course
races-form-edit = Modifier la course
races-form-edit-named = Modifier { $name }
races-field-name = Nom de la course
races-field-date = Date
races-field-start = Heure de départ
races-field-distance = Distance ({ $unit ->
    [mi] mi
   *[km] km
})
races-field-expected = Temps prévu (h:mm, facultatif)
races-expected-hint = Laissez vide pour l’estimer d’après la distance. Les fenêtres d’après-course s’ouvrent à votre arrivée.
races-field-priority = Priorité
races-field-outdoor = En plein air
races-save-race = Enregistrer la course
races-add-race = Ajouter la course
races-presets-label = Distances courantes
races-preset-5k = 5 km
races-preset-10k = 10 km
races-preset-half = Semi-marathon
races-preset-marathon = Marathon
races-same-minute = { $other } part à la même minute. Enregistrez de nouveau pour garder les deux courses.
races-which-time = Lequel des deux { $time } ?
races-choose-one = Choisissez
races-first-of-two = Le premier, avant le changement d’heure ({ $offset })
races-second-of-two = Le second, après le changement d’heure ({ $offset })

## Le champ du fuseau horaire

races-field-zone = Fuseau horaire
races-zone-hint = Le fuseau de la ligne de départ : une ville (Tokyo), un pays (Japon), une abréviation (JST) ou un fuseau (Asia/Tokyo).
races-zone-choices = Fuseaux horaires pour « { $typed } »

## Les vérifications d’une course, chacune avec son champ et sa limite

races-error-date = Saisissez la date de la course.
races-error-start = Saisissez l’heure de départ, par exemple 09:30.
races-error-date-away = La date de la course est à plus de { $years } ans d’ici ; vérifiez l’année.
races-error-date-ago = La date de la course remonte à plus de { $years } ans ; vérifiez l’année.
races-error-name-empty = Donnez un nom à la course.
races-error-name-long = Le nom de la course compte { $digits } caractères ; limitez-le à { $most }.
races-error-clocks-skip = Dans le fuseau { $zone }, l’heure { $time } n’existe pas ce jour-là, car on avance les horloges ; vérifiez le fuseau horaire ou l’heure de départ.
races-error-distance-zero = Saisissez une distance supérieure à 0 km (celle-ci fait { $distance } km).
races-error-distance-long = La distance est de { $distance } km, au-delà de la limite de { $most } km ; vérifiez le nombre.
races-error-distance-unreadable = Saisissez la distance en { $unit ->
    [mi] miles
   *[km] kilomètres
}, par exemple { $example }.
races-error-expected-zero = Le temps prévu doit dépasser 0:00 ; laissez vide pour l’estimer d’après la distance.
races-error-expected-long = Le temps prévu peut aller jusqu’à { $hours } heures ; { $time } dépasse cette limite.
races-error-expected-unreadable = « { $typed } » n’est pas une durée ; saisissez les heures et les minutes, comme 4:30, ou laissez vide.
races-error-zone-empty = Choisissez le fuseau horaire de la ligne de départ.
races-error-zone-unknown = « { $typed } » n’est pas un fuseau horaire connu : saisissez une ville (Tokyo), un pays (Japon), une abréviation (JST) ou un fuseau comme Europe/Paris.
races-error-zone-ambiguous = « { $typed } » peut désigner { $count ->
    [one] un fuseau
   *[other] { $count } fuseaux différents
} : choisissez ci-dessous celui de votre ligne de départ.
races-error-repeated-hour = Dans le fuseau { $zone }, { $time } revient deux fois cette nuit-là, car on recule les horloges ; choisissez lequel ci-dessous.

## Les blocs d’entraînement

races-blocks-heading = Blocs d’entraînement
races-blocks-hint = Signalez vos semaines difficiles : avec un petit budget, le massage profond va là où l’entraînement pèse le plus.
races-load-heading = Charge d’entraînement d’après vos fichiers
races-review-proposals = Voir ce que suggèrent vos fichiers ({ $count })
races-block-facts = { $start } – { $end } · { $count ->
    [one] { $digits } jour
   *[other] { $digits } jours
}{ $speed ->
    [yes] {" "}· travail de vitesse
   *[no] {""}
}
races-block-name = { $block }, du { $start } au { $end }
races-block-form-add = Ajouter un bloc d’entraînement
races-block-form-edit = Modifier le bloc d’entraînement
races-save-block = Enregistrer le bloc
races-add-block = Ajouter le bloc
races-field-block-start = Début du bloc
races-field-block-end = Fin du bloc
races-field-block-kind = Type de bloc
races-field-speed-work = Travail de vitesse (fractionné, séances rapides)
races-error-block-start = Saisissez le premier jour du bloc.
races-error-block-end = Saisissez le dernier jour du bloc.

## Ce que le budget ne couvre pas

races-left-out-heading = Ce que le budget ne couvre pas
races-swapped = Le plan répartit désormais le budget dans l’autre sens.

## Le plan de la saison

races-season-heading = Plan de la saison
races-season-label = Frise de la saison
races-season-summary = Saison du { $from } au { $to } : { $races ->
    [one] { $races } course
   *[other] { $races } courses
}, { $blocks ->
    [one] { $blocks } bloc d’entraînement
   *[other] { $blocks } blocs d’entraînement
} et { $sessions ->
    [one] { $sessions } massage
   *[other] { $sessions } massages
} à réserver. Chacun est décrit en toutes lettres sur cet écran.
races-row-blocks = Blocs d’entraînement
races-row-races = Courses
races-row-sessions = Massages à réserver
races-legend-pre-event = Préparation
races-legend-post-event = Récupération
races-legend-general = Entretien · la ligne à gauche marque aujourd’hui
races-sessions-heading = Massages à réserver
races-nothing-to-book = Rien à réserver sur cette période : poursuivez l’automassage ci-dessous.
races-sessions-label = Massages à réserver
races-home-hide = Masquer les jours d’automassage
races-home-show = Automassage sur { $count ->
    [one] { $digits } jour
   *[other] { $digits } jours
} : les afficher
races-home-label = Jours d’automassage
races-session-what = { $kind } · { $minutes } min · { $place ->
    [home] à la maison
   *[book] à réserver
}
races-why = Pourquoi :

## Les courses terminées, repliées par saison

races-fold-show = Afficher { $year } ({ $count ->
    [one] { $count } course
   *[other] { $count } courses
})
races-fold-hide = Masquer { $year } ({ $count ->
    [one] { $count } course
   *[other] { $count } courses
})
races-finished-in = Terminées en { $year }

## Le planificateur de saison des fenêtres larges

races-planner-heading = Planificateur de saison
races-planner-hint = D’aujourd’hui, { $from }, au { $to }. Pointez une séance ou atteignez-la avec Tab pour lire pourquoi elle est là.
races-planner-month = { $month } { $year }
races-planner-blocks-label = Blocs d’entraînement de la saison
races-planner-races-label = Courses de la saison
races-planner-sessions-label = Massages à réserver dans la saison
races-planner-block-title = { $kind } : du { $from } au { $to }
races-planner-block-days = {"\u202F"}: du { $from } au { $to }
races-planner-session = { $kind }, { $day }
races-planner-session-heading = { $day } · { $kind } · { $minutes } min

## L’export du calendrier

races-calendar-heading = Calendrier
races-calendar-hint = Ajoutez vos courses et les massages à réserver à n’importe quelle application d’agenda, chacun avec un rappel la veille. L’automassage quotidien n’y figure pas, pour que votre agenda reste lisible.
races-export-calendar = Exporter le calendrier (.ics)
races-not-exported = Non exporté : { $reason }
