# Les listes : pour chaque course, une liste pour les jours qui la précèdent et une pour les jours
# qui la suivent, classées selon le moment où chaque point est à faire, avec les points prévus par
# l’application et ceux du coureur. « Aujourd’hui » reprend les mêmes mots pour les points du jour.

checklists-title = Listes
checklists-no-race-title = Pas encore de course
checklists-no-race = Chaque course a sa liste pour les jours qui la précèdent et une autre pour les jours qui la suivent. Ajoutez une course pour les voir.
checklists-race = Course
checklists-on-hold = Vous avez signalé { $flag } : tout ce qui touche aux massages, aux rendez-vous, aux séances guidées et aux huiles attend le feu vert d’un médecin ou d’un kiné.
checklists-progress = Avancement : { $list }

## Les deux listes et leurs moments

checklists-list-pre = Avant la course
checklists-list-post = Après la course
checklists-group-two-days-before = Deux jours avant
checklists-group-day-before = La veille
checklists-group-race-morning = Le matin de la course
checklists-group-first-two-hours = Les deux heures après l’arrivée
checklists-group-day-one = Le lendemain (J+1)
checklists-group-days-two-to-three = J+2 et J+3

## Les points du coureur

checklists-own-item = Votre propre point
checklists-own-item-when = Quand
checklists-add = Ajouter le point
checklists-added = Ajouté à la liste { $group ->
        [two_days_before] de l’avant-veille
        [day_before] de la veille
        [race_morning] du matin de la course
        [first_two_hours] des deux heures après l’arrivée
        [day_one] du lendemain
       *[days_two_to_three] de J+2 et J+3
    } : « { $item } ».
checklists-edit-field = Modifier le point
checklists-save = Enregistrer le point
checklists-cancel = Annuler
checklists-edit = Modifier
checklists-remove = Supprimer
checklists-move-up-named = Monter : { $item }
checklists-move-down-named = Descendre : { $item }
checklists-edit-named = Modifier : { $item }
checklists-remove-named = Supprimer : { $item }
checklists-item-empty = Écrivez ce dont vous voulez vous souvenir.
checklists-item-too-long = Cela fait { $chars } caractères ; tenez-vous-en à { $max } au maximum.
checklists-item-one-line = Écrivez le point sur une seule ligne.

## Les points prévus par l’application

checklists-no-touch = Jours sans massage : vous ne voulez aucun massage { $days ->
        [one] la veille de la course
       *[other] dans les { $days } jours qui précèdent la course
    }, alors laissez aussi le rouleau de côté.
checklists-book-pre-event-compression = Réservez votre massage de préparation pour demain : des compressions par-dessus les vêtements.
checklists-book-pre-event-deep = Réservez votre massage de préparation pour demain : le travail plus appuyé dont vous savez déjà qu’il vous convient.
checklists-book-pre-event-light = Réservez votre massage de préparation pour demain : un drainage léger avec compressions, bercements et vibrations.
checklists-hydrate-two-days-before = Buvez régulièrement tout au long de la journée ; gardez une bouteille à portée de main.
checklists-pre-event-compression = Massage de préparation : des compressions toniques par-dessus les vêtements, et rien de plus.
checklists-pre-event-deep = Massage de préparation : le travail plus appuyé que vous aimez, sans aucune nouvelle technique.
checklists-pre-event-light = Massage de préparation : manœuvres de drainage légères, compressions, bercements et vibrations. Vous devriez en ressortir les jambes légères et toniques.
checklists-deep-work-note = Faites court pour le travail en profondeur, et n’allez pas plus loin que ce que vous avez déjà testé avant une séance dure ou une course secondaire.
checklists-pre-race-routine = Automassage : { $routine } ({ $minutes } min), en pression légère uniquement.
checklists-hydrate-day-before = Continuez à boire tout au long de la journée ; visez des urines jaune pâle.
checklists-sun-safe-oil = Course en plein air et en journée : si vous appliquez une huile d’agrume sur la peau, emportez-en une qui ne soit pas photosensibilisante (bergamote FCF, citron ou citron vert distillés, orange douce ou mandarine).
checklists-morning-drink = Buvez de l’eau par petites gorgées au petit-déjeuner ; inutile de vous forcer à boire davantage.
checklists-morning-short-session = Facultatif : une séance courte et légère 15 à 45 minutes avant le départ, avant votre échauffement.
checklists-warm-up-hands-on = Échauffez-vous comme d’habitude : footing léger et gammes. Un massage ne le remplace jamais.
checklists-warm-up-hands-off = Échauffez-vous avec un footing léger et des gammes : vos jambes n’ont pas besoin d’autre préparation.
checklists-refuel = Buvez et mangez quelque chose dans la première heure.
checklists-static-stretch = Après avoir marché et fait votre retour au calme, étirez-vous en douceur, en statique : tenez chaque position, sans à-coups.
checklists-post-event-flush = Massage de récupération : un drainage léger aux manœuvres lentes et contrôlées, un peu plus appuyé qu’avant la course, mais jamais profond.
checklists-post-race-routine = Rouleau en douceur dès aujourd’hui : { $routine } ({ $minutes } min), arrêtez-vous bien avant toute gêne.
checklists-hydrate-after = Continuez à boire régulièrement tout au long de la journée.
checklists-no-general-until = Pas de massage profond (massage d’entretien) avant le { $date }, { $time } : les muscles fatigués ont d’abord besoin de ce délai.
checklists-soreness-check = Point courbatures : notez comment vous sentez vos jambes. Les courbatures de la course devraient s’atténuer d’ici le 3e jour ; si ce n’est pas le cas, ou si vous voyez des bleus, consultez un professionnel de santé.
