## Le journal : l’écran, son formulaire, le détail de chaque entrée et le bilan.
# Les nombres qui peuvent dépasser 999 viennent deux fois : $count choisit le pluriel, $digits les
# montre en chiffres simples.

log-heading = Journal
log-add-entry = Ajouter une entrée
log-history = Historique
log-nothing-yet = Rien n’est encore noté. Les massages, courbatures, blessures et automassages que vous ajoutez apparaîtront ici.
log-entries-label = Entrées du journal
log-showing = Affichage des { $shown } plus récentes sur { $count ->
    [one] { $digits } entrée
   *[other] { $digits } entrées
}.
log-show-older = { $count ->
    [one] Afficher { $count } entrée plus ancienne
   *[other] Afficher { $count } entrées plus anciennes
}
log-watch-heading = Vous vous entraînez avec une montre ?
log-watch-hint = Vos fichiers d’entraînement montrent vos semaines difficiles, votre travail de vitesse et vos courses.
log-watch-import = Importer des fichiers d’entraînement

## Une entrée de la liste
log-title-soreness = Suivi des courbatures
log-title-injury = Blessure : { $area }
log-title-self-massage = Automassage
log-title-red-flag = Signe d’alerte : { $flag }
log-entry-name = { $title } du { $when }
log-booked = { " " }· réservé
log-edit = Modifier
log-edit-label = Modifier « { $title } »
log-delete = Supprimer
log-delete-label = Supprimer « { $title } »
log-mark-healed = Marquer comme guérie
log-cleared-by-professional = Feu vert d’un professionnel de santé
log-restored = Restauré : { $name }.
log-not-restored = Non restauré : { $reason }
log-deleted = Supprimé : { $name }.
log-not-deleted = Non supprimé : { $reason }

## Le détail sous le titre d’une entrée
log-detail-massage = { $therapist ->
    [yes] Chez un professionnel
   *[no] Sans professionnel
} · { $pressure ->
    [light] Pression légère
    [medium] Pression modérée
   *[deep] Pression profonde
}
log-detail-before-workout = Avant une séance difficile
log-detail-before-race = Avant la course : { $race }
log-detail-before-a-race = Avant une course
log-detail-notes = Notes : { $notes }
log-detail-soreness = Courbatures { $level }/10, { $hours } h après le massage{ $bruising ->
    [yes] , avec des bleus
   *[no] {""}
}
log-detail-injury-active = { $tissue } · depuis le { $since } · toujours en cours
log-detail-injury-healed = { $tissue } · depuis le { $since } · guérie le { $healed }
log-detail-area = Zone : { $area }
log-detail-cleared = Feu vert le { $day }

## Les tissus, en minuscules pour se lire dans une phrase
log-tissue-muscle = muscle
log-tissue-tendon = tendon
log-tissue-ligament = ligament

## Le formulaire
log-choice-massage = Un massage reçu
log-choice-soreness = Mes courbatures
log-choice-injury = Une blessure
log-choice-self-massage = Un automassage fait
log-field-choice = Que voulez-vous noter ?
log-field-when = Quand
log-field-massage-kind = Type de massage
log-field-pressure = Pression
log-field-technique = Comment il a été fait
log-field-before = En vue de
log-before-nothing = Rien de particulier
log-before-workout = Une séance difficile
log-field-therapist = Fait par un professionnel
log-field-notes = Notes
log-field-after = Après quel massage ?
log-after-none = Aucun : après une course ou une sortie difficile
log-field-level = Courbatures (0 = aucune, 10 = les pires)
log-field-bruising = Bleus
log-field-area = Où est la blessure ?
log-field-tissue = Tissu
log-field-started = Début
log-field-healed = Guérie le (laissez vide tant qu’elle dure)
log-field-routine = Ce que vous avez fait
log-field-minutes = Minutes
log-field-hours = Heures depuis la course ou la sortie
log-hours-after = { $count ->
    [one] { $digits } heure
   *[other] { $digits } heures
} après ce massage.
log-hours-before = Cette heure précède ce massage : vérifiez l’heure ou choisissez un autre massage.
log-add = Ajouter au journal
log-save = Enregistrer les modifications
log-fix-fields = Non enregistré : corrigez les champs signalés ci-dessous.
log-changes-saved = Modifications enregistrées.
log-added = Ajouté à votre journal.
log-not-saved = Non enregistré : { $reason }

## Ce que le formulaire et la vérification des entrées enregistrées refusent
log-error-when = Indiquez la date et l’heure.
log-error-date = Indiquez une date.
log-error-check-in-before = Ce suivi est daté d’avant le massage qu’il suit : vérifiez son heure ou choisissez un autre massage.
log-error-long-ago = C’était il y a plus de { $years } ans ; vérifiez l’année.
log-error-book-ahead = Réservez au plus { $days } jours à l’avance.
log-error-future = Cette heure est dans le futur ; notez les choses une fois qu’elles ont eu lieu (seul un massage chez un professionnel peut être réservé à l’avance).
log-error-notes = Limitez les notes à { $most } caractères ; celles-ci en comptent { $count }.
log-error-hours = Notez vos courbatures dans les { $most } heures qui suivent le massage, pas après { $hours }.
log-error-level = Les courbatures vont de 0 (aucune) à 10 (les pires), pas { $level }.
log-error-injury-start = La blessure ne peut pas commencer après le jour où vous la notez.
log-error-injury-heal = Une blessure ne peut pas guérir avant d’avoir commencé.
log-error-area-missing = Indiquez la zone concernée.
log-error-area-whole-body = Ce signe d’alerte concerne tout le corps, pas une seule zone.

## Le bilan
log-insights = Bilan
log-insights-empty = Aucune séance ces { $weeks } dernières semaines : il n’y a encore rien à afficher. Chaque massage ou séance de rouleau de massage que vous notez remplit sa semaine ici.
log-first-session = Noter votre première séance
log-guided-routine = Lancer une séance guidée
log-chart-summary = { $weeks } dernières semaines : { $count ->
    [one] { $digits } séance
   *[other] { $digits } séances
} ({ $professional } chez un professionnel, { $home } à la maison), sur { $active } des { $weeks } semaines.
log-chart-caption = { $summary } Barres foncées : chez un professionnel ; barres claires : à la maison.
log-table = Séances par semaine sous forme de tableau
log-table-week = Semaine du
log-table-therapist = Professionnel
log-table-home = Maison
log-streak = { $count ->
    [0] Pas encore de série à la maison : une courte séance de rouleau de massage cette semaine en lance une.
    [one] Série à la maison : 1 semaine.
   *[other] Série à la maison : { $digits } semaines d’affilée.
}
log-blocks-heading = Massages chez un professionnel par bloc d’entraînement
log-blocks-none = Ajoutez des blocs d’entraînement pour voir comment votre budget massage se répartit entre eux.
log-block = { $block } · du { $start } au { $end } : { $sessions }
log-block-sessions = { $sessions } sur { $count ->
    [one] { $digits } massage
   *[other] { $digits } massages
}
log-block-over-budget = { $sessions } sur { $count ->
    [one] { $digits } massage
   *[other] { $digits } massages
} (budget dépassé)
log-block-no-budget = { $count ->
    [one] { $digits } massage
   *[other] { $digits } massages
}, sans budget pour ce bloc
