## Aujourd’hui : quoi faire et pourquoi, les avertissements et les soins à la maison, le contrôle
## des signes d’alerte, la question sur les courbatures et les raisons que donnent le plan de
## saison et l’export du calendrier.

## L’écran
today-heading = Aujourd’hui
today-warnings = Avertissements
today-what-to-do = À faire aujourd’hui
today-recommendations-label = Recommandations
today-nothing-to-do = Rien à réserver ni à rouler aujourd’hui : le repos est au programme.
today-not-today = Pas aujourd’hui
today-home-care = Soins à la maison
today-your-race = votre course
today-a-smaller-race = une course moins importante
today-next-race = Prochaine course · { $priority }
today-time-until = Temps restant avant le départ de { $race }
today-phase = Phase : { $phase }
today-checklist = Check-list du jour
today-open-checklists = Ouvrir les check-lists
today-no-race-heading = Aucune course à venir
today-no-race-text = Toutes vos courses sont derrière vous. Ajoutez la prochaine pour planifier autour d’elle.
today-first-run-heading = Planifiez vos massages autour de vos courses
today-first-run-text = Ajoutez une course et Fresh Legs calcule quand arrêter le massage profond, quand un drainage léger aide et quoi faire à la maison les jours entre les deux.
today-add-next-race = Ajouter votre prochaine course
today-add-first-race = Ajouter votre première course
today-set-preferences = Régler vos préférences
today-stop = Stop :{ " " }
today-warning = Attention :{ " " }

## Les détails d’une recommandation
today-from = À partir de { $time }
today-with-therapist = Chez un professionnel du massage
today-at-home-hands = À la maison · avec les mains seulement
today-at-home-tools = À la maison · { $tools }
today-at-start-hands = Au départ · avec les mains seulement
today-at-start-tool = Au départ · { $tool }
today-minutes = { $minutes } min
today-therapist-decides = Aussi longtemps que votre professionnel le conseille
today-why = Pourquoi :{ " " }

## Où vous en êtes par rapport à une course
today-phase-build = Développement
today-phase-cutoff = Plus de massage profond
today-phase-pre-event = Fenêtre pré-compétition
today-phase-race-day = Jour de course
today-phase-racing = Course en cours
today-phase-finished = Arrivée franchie
today-phase-post-event = Drainage de récupération
today-phase-recovery = Récupération
today-window-cutoff = Plus de massage profond
today-window-no-touch = Jours sans massage
today-window-pre-event = Fenêtre pré-compétition
today-window-race = Course
today-window-post-event = Drainage de récupération
today-window-gap = Pas encore de massage profond

## Quoi faire
today-advice-race-day-flush = Si vous le souhaitez, un drainage court et léger 15 à 45 minutes avant le départ, puis votre échauffement habituel.
today-advice-pre-event-compression = Des compressions vives par-dessus les vêtements ; léger et rapide.
today-advice-pre-event-deep-tried = Le travail plus appuyé avant la course que vous avez déjà testé et qui vous convient.
today-advice-pre-event-deep = Un travail plus appuyé avant la course, comme vous le préférez : restez bref et pas plus profond que ce que vos jambes connaissent déjà.
today-advice-pre-event-light = Des manœuvres de drainage légères avec compressions, bercements et vibrations ; rien de profond.
today-advice-home-flush = À la place, un court drainage par vous-même : { $routine } ({ $minutes } min), { $before_race ->
    [yes] léger et rapide
   *[no] lent et doux
}.
today-advice-post-event-flush = Des manœuvres de drainage lentes et contrôlées, un peu plus appuyées qu’avant la course mais plus légères qu’un massage d’entretien, avec quelques étirements doux assistés.
today-advice-general = Un travail en profondeur sur les zones tendues, les points gâchettes et l’amplitude articulaire. Comptez 24 à 36 heures de courbatures : gardez les séances difficiles à distance.
today-advice-ask-lighter = Demandez cette fois une pression { $pressure ->
    [light] légère
    [medium] modérée
   *[deep] profonde
}.
today-advice-see-professional = Faites examiner ces zones par un professionnel de santé qualifié (kinésithérapeute ou masseur) : { $areas }. C’est lui qui choisit le traitement.

## Votre approche avant une course, en milieu de phrase
today-approach-deep = un massage pré-compétition profond
today-approach-light-flush = un drainage léger
today-approach-compression = des compressions par-dessus les vêtements
today-approach-no-touch = aucun massage pendant { $days } jours

## Pourquoi : chaque raison vient après sa règle
today-rule = Règle { $rule } · { $why }
today-reason-no-touch = vous avez demandé à n’avoir aucun massage dans les { $days } jours avant { $race } : aujourd’hui, on ne touche pas
today-reason-race-day = jour de course pour { $race } : un massage éventuel reste bref et léger, et ne remplace jamais l’échauffement
today-reason-pre-event-soon = { $race } a lieu { $days ->
    [1] demain
   *[other] dans { $days } jours
} : { $approach ->
    [compression] de brèves compressions par-dessus les vêtements un ou deux jours avant réveillent les jambes sans les fatiguer
    [deep] vous aimez un travail plus appuyé avant une course, et un ou deux jours avant laissent le temps aux courbatures de passer
   *[light] un travail léger un ou deux jours avant devrait vous laisser des jambes légères et toniques
}
today-reason-pre-event-flushes = la séance pré-compétition légère d’aujourd’hui draine aussi les jambes après { $race }
today-reason-try-first = l’occasion, sans grand enjeu, de tester { $approach } avant { $a_race }, où cela compte davantage
today-reason-post-event = { $race } { $days ->
    [0] a lieu aujourd’hui
    [1] a eu lieu hier
   *[other] a eu lieu il y a { $days } jours
} : un drainage entre environ 2 et 48 heures après l’arrivée accélère la récupération, alors qu’un massage profond la ralentirait
today-reason-cutoff = { $race } ({ $priority }{ $length ->
    [marathon] , un marathon
    [ultra] , un ultra
   *[half] {""}
}) approche : le massage profond s’arrête { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} avant, pour que les courbatures aient disparu au départ
today-reason-gap = { $race }{ $length ->
    [marathon] , un marathon,
    [ultra] , un ultra,
   *[half] {""}
} vient à peine de se terminer : le massage profond attend { $hours } h après l’arrivée
today-reason-no-budget = aucun budget de massages chez un professionnel n’est fixé : les soins à la maison prennent le relais
today-reason-budget-spent = { $budget ->
    [one] le massage chez un professionnel de ce mois est déjà fait ou réservé
   *[other] les { $budget } massages chez un professionnel de ce mois sont déjà faits ou réservés
}
today-reason-no-budget-at-home = aucun budget de massages chez un professionnel n’est fixé : celui-ci est à faire vous-même à la maison
today-reason-budget-spent-at-home = { $budget ->
    [one] le massage chez un professionnel de ce mois est fait ou réservé
   *[other] les { $budget } massages chez un professionnel de ce mois sont faits ou réservés
} : faites celui-ci à la maison, en douceur
today-reason-booked-within-spacing = un massage d’entretien est déjà réservé { $days ->
    [0] plus tard aujourd’hui
    [1] demain
   *[other] dans { $days } jours
} ; les séances profondes restent espacées d’au moins { $spacing } jours pour que chacune fasse son effet
today-reason-too-soon = votre dernier massage d’entretien date d’il y a { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} ; un rythme régulier (tous les { $spacing } jours environ) vaut mieux que des séances rapprochées
today-reason-rhythm = un massage profond régulier tous les { $spacing } jours environ ({ $budget } par mois) repère tôt les zones tendues ; en dehors des dates limites avant les courses (règle 4)
today-reason-tight-budget-block = un budget serré va là où il aide le plus : votre { $block }{ $speed_work ->
    [yes] {" "}avec du travail de vitesse
   *[no] {""}
}, quand mollets, ischio-jambiers et hanches se raidissent ; en dehors des dates limites avant les courses (règle 4)
today-tight-budget = { $sessions ->
    [one] un massage chez un professionnel
   *[other] { $sessions } massages chez un professionnel
} { $per ->
    [year] par an
   *[block] par bloc d’entraînement
}
today-reason-tight-budget-a-races = votre budget ({ $limit }) va à vos courses A et à vos blocs les plus durs : le rouleau à la maison couvre cette course
today-reason-tight-budget-spent = votre budget ({ $limit }) est déjà utilisé ou réservé
today-reason-tight-budget-spent-at-home = votre budget ({ $limit }) est utilisé ou réservé : faites celui-ci à la maison, en douceur
today-reason-outside-blocks = votre budget ({ $limit }) paie les séances à l’intérieur de vos blocs d’entraînement, et ce jour est en dehors : faites celui-ci à la maison
today-reason-one-a-day-logged = votre journal contient déjà un { $kind } ce jour-là ; une séance avec un professionnel par jour suffit largement
today-reason-one-a-day = le { $kind } du jour en est la séance ; une par jour suffit largement
today-reason-injury-fresh = votre blessure ({ $areas }) en est à ses 72 premières heures : faites-la examiner, et aucun massage dessus avant le { $until }
today-reason-race-is-the-work = jour de course pour { $race } : la course est le travail du jour, et le drainage vient après l’arrivée
today-reason-step-lighter = le dernier massage d’entretien vous a laissé trop de courbatures ou des bleus : celui-ci sera un cran plus léger
today-reason-keep-off = pas de pression profonde sur ces zones : { $areas }
today-reason-injury-professional = un tissu blessé demande un travail adapté à la blessure, que seul un professionnel de santé peut juger
today-reason-planned-for = votre plan de saison prévoit cette séance le { $date }, le jour qui lui convient le mieux
today-reason-not-planned = votre plan de saison n’a pas de place pour cette séance dans le budget et les fenêtres autour des courses
today-reason-planned-passed = votre plan de saison prévoyait cette séance aujourd’hui, mais sa fenêtre s’est fermée plus tôt dans la journée
today-reason-red-flag = vous avez signalé { $flag } : ni massage ni automassage tant qu’un médecin ou un kinésithérapeute n’a pas donné son feu vert

## Avertissements et soins à la maison
today-notice-red-flag-area = { $flag } ({ $area }). { $advice }
today-notice-red-flag = { $flag }. { $advice }
today-notice-injury-new = Votre blessure ({ $area }, { $tissue }) est récente. Faites-la examiner par un médecin ou un kinésithérapeute ; aucun massage dessus, même au rouleau, avant le { $until } au plus tôt, et ensuite seulement comme un professionnel le conseille.
today-notice-injury-active = Votre blessure ({ $area }, { $tissue }) est toujours en cours. Faites-la traiter par un professionnel de santé, qui décide de l’approche, et gardez rouleau, bâton et balle loin d’elle.
today-notice-untried-smaller-race = Votre journal ne montre pas encore { $approach } avant une séance difficile ou une course moins importante. Votre plan le teste avant { $smaller } le { $date }, avant { $race }.
today-notice-untried-workout = Votre journal ne montre pas encore { $approach } avant une séance difficile ou une course moins importante. Testez-le avant une séance difficile d’ici le { $date }, avant { $race }.
today-notice-untried-none-left = Votre journal ne montre pas encore { $approach } avant une séance difficile ou une course moins importante, et il ne reste aucun jour pour le tester avant { $race }. Gardez une séance légère et familière, ou passez-vous-en : ce que vos jambes connaissent déjà est le choix sûr.
today-notice-general-booked-before = Un massage d’entretien est réservé après la date limite avant { $race }. Avancez-le, ou placez-le après la pause qui suit la course.
today-notice-general-booked-after = Un massage d’entretien est réservé trop tôt après { $race }. Repoussez-le après la pause qui suit la course.
today-notice-general-had-before = Vous avez eu un massage d’entretien après la date limite avant { $race }. Restez léger et facile jusqu’à la course.
today-notice-general-had-after = Vous avez eu un massage d’entretien peu après { $race }. Gardez les prochains jours faciles et demandez moins de pression la prochaine fois.
today-notice-too-deep = Votre dernier massage d’entretien vous a laissé { $what ->
    [long] des courbatures au-delà de { $hours } heures
    [bruising] des bleus
   *[both] des bleus et des courbatures au-delà de { $hours } heures
} : il était plus profond que nécessaire. { $ask }
today-too-deep-same = Il était déjà noté avec une pression { $pressure ->
    [light] légère
    [medium] modérée
   *[deep] profonde
} : dites à votre masseur que c’était encore trop, et demandez un travail plus doux.
today-too-deep-lighter = La prochaine fois, demandez une pression { $next ->
    [light] légère
    [medium] modérée
   *[deep] profonde
} au lieu d’une pression { $pressure ->
    [light] légère
    [medium] modérée
   *[deep] profonde
}.
today-notice-drink = Buvez de l’eau régulièrement tout au long de la journée plutôt que tout d’un coup.
today-notice-after-massage = Vous avez eu un massage ces dernières 24 heures : un peu plus d’eau et une journée facile l’aident à faire effet.
today-notice-race-run-up = Buvez par petites gorgées à l’approche de la course et gardez les boissons que vous avez testées à l’entraînement.
today-notice-after-race = Réhydratez-vous, faites de courtes marches faciles et dormez bien pendant que vos jambes récupèrent.
today-why-red-flag = certains problèmes rendent le massage dangereux tant qu’un professionnel de santé ne les a pas examinés ; l’app ne juge pas lesquels
today-why-injury = l’app ne prescrit jamais de traitement d’une blessure, et un automassage profond sur une blessure peut la faire régresser
today-why-untried = chacun réagit différemment au massage avant une course : testez-le un jour où l’enjeu est moindre
today-why-general-inside = le massage profond demande des jours libres avant une course et une pause après, sinon les courbatures empiètent sur la course ou la récupération
today-why-too-deep = un jour à un jour et demi de courbatures après un massage profond, c’est normal ; plus longtemps, ou des bleus, signifie trop profond
today-why-home-care = bien boire et prendre soin de soi à la maison entre les séances font partie de chaque plan

## Ce qu’un budget serré laisse hors du plan de saison (règle 5)
today-left-out-spent-on = le { $kind } du { $date }
today-left-out-block = Pas de massage profond dans votre { $block ->
    [base] bloc foncier
    [build] bloc de développement
    [peak] bloc de pic (intense)
    [taper] bloc d’affûtage
   *[recovery] bloc de récupération
} vers le { $date } : le budget de cette période sert pour : { $instead }.
today-left-out = Pas de massage profond vers le { $date } : le budget de cette période sert pour : { $instead }.
today-left-out-at-home = Le { $kind } du { $date } est à faire à la maison : le budget de cette période sert pour : { $instead }.
today-swap-to-deep = Dépenser le budget d’abord pour le massage profond
today-swap-to-race = Dépenser le budget d’abord pour les séances autour des courses

## La question sur les courbatures, 24 et 48 heures après un massage d’entretien (règle 6)
today-follow-up-heading = Quel est votre niveau de courbatures ?
today-follow-up-text = Environ { $hours } heures se sont écoulées depuis votre massage d’entretien du { $date }. Une réponse rapide indique si la pression vous convenait.
today-follow-up-level = Courbatures maintenant (0 = aucune, 10 = les pires)
today-follow-up-bruising = Des bleus
today-follow-up-save = Enregistrer le suivi
today-follow-up-saved = Merci : suivi des courbatures enregistré.
today-not-saved = Non enregistré : { $reason }

## La saisie rapide et le contrôle des signes d’alerte (règle 12)
today-quick-log = Noter un massage, des courbatures ou une blessure
today-red-flags-heading = Quelque chose ne va pas ?
today-red-flags-hint = Cochez tout ce qui s’applique aujourd’hui. Ce n’est pas un diagnostic : un oui signifie consulter d’abord un médecin ou un kinésithérapeute.
today-red-flags-where = Où ?
today-red-flags-save = Enregistrer les réponses
today-red-flags-none = Rien à signaler : le plan du jour est maintenu.
today-red-flags-saved = Enregistré dans votre journal. Consultez un médecin ou un kinésithérapeute ; Aujourd’hui écarte le massage jusqu’à son feu vert.

## L’export du calendrier de la saison
today-calendar-name = Saison Fresh Legs
today-calendar-race = { $priority } · { $distance } · départ à { $time } ({ $zone })
today-calendar-reminder = Demain : { $name }
today-calendar-session = { $minutes } min. { $why }
