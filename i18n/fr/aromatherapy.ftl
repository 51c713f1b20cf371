# Aromathérapie : le guide des huiles, le calculateur de mélange et les précautions.
#
# Une espace fine insécable ({"\u202F"}) précède %, ml et les signes : ; « », une espace
# insécable ({"\u00A0"}) lie un nombre au mot qui le suit, pour qu’aucun écran étroit ne les
# sépare. $oil, $race et $alternative sont des noms ; $why est une proposition qui dit pourquoi
# les limites au soleil s’appliquent (aromatherapy-sun-why-…) ; $max, $total, $strength, $share
# et $range sont des pourcentages déjà écrits (aromatherapy-percent, aromatherapy-percent-range).

## Pourcentages

aromatherapy-percent = { NUMBER($value, maximumFractionDigits: 2) }{"\u202F"}%
aromatherapy-percent-range = { NUMBER($low, maximumFractionDigits: 2) } à { NUMBER($high, maximumFractionDigits: 2) }{"\u202F"}%

## L’écran

aromatherapy-title = Aromathérapie
# $flag : le signe d’alerte signalé, en milieu de phrase (« une blessure récente »).
aromatherapy-stop = Vous avez signalé { $flag }{"\u202F"}: pas d’huile de massage sur la peau tant qu’un médecin ou un kinésithérapeute n’a pas donné son feu vert. Consultez dès aujourd’hui.
aromatherapy-lead = { $race }{"\u202F"}: { $phase }.
aromatherapy-lead-fits = Les huiles marquées «{"\u202F"}À privilégier{"\u202F"}» conviennent à cette phase ({ $goal ->
        [energising] énergisantes, avant une course
       *[calming] apaisantes, pour la récupération
    }).
aromatherapy-lead-no-race = Aucune course n’approche, choisissez donc l’huile qui vous plaît{"\u202F"}; les repères apparaissent la semaine de la course.
aromatherapy-warnings = Avertissements
aromatherapy-warning = Avertissement{"\u202F"}:
aromatherapy-fits-now = À privilégier
aromatherapy-goal-energising = Énergisantes, avant une course
aromatherapy-goal-calming = Apaisantes, pour la récupération

## Avant de choisir une huile

aromatherapy-cautions = Avant de choisir une huile
aromatherapy-safe-undiluted = N’appliquez jamais une huile essentielle pure sur la peau, et n’en avalez jamais.
aromatherapy-safe-strength = Pour un massage du corps, diluez { $range } dans une huile végétale{"\u202F"}: { $low_drops } à { $high_drops }{"\u00A0"}gouttes pour { $ml }{"\u202F"}ml.
aromatherapy-safe-patch-test = Faites un test cutané avec chaque nouvelle huile{"\u202F"}: un peu du mélange dilué au pli du coude, puis attendez 24 à 48{"\u00A0"}heures pour voir si une rougeur ou des démangeaisons apparaissent.
aromatherapy-safe-try-early = Essayez les nouvelles huiles des semaines avant la semaine de course, jamais pour la première fois avant une course importante.
aromatherapy-take-care = Précautions à connaître
aromatherapy-take-care-hint = Les huiles ci-dessous renvoient ici plutôt que de les répéter.
aromatherapy-caution-lead = { $caution }{"\u202F"}:
aromatherapy-caution-pregnancy = Grossesse ou allaitement
aromatherapy-caution-pregnancy-text = demandez l’avis de votre sage-femme ou de votre médecin avant d’utiliser des huiles essentielles.
aromatherapy-caution-children = Enfants
aromatherapy-caution-children-text = gardez les flacons hors de portée, n’utilisez aucune huile sur un jeune enfant sans avis professionnel, et jamais de menthe poivrée près du visage d’un bébé ou d’un jeune enfant.
aromatherapy-caution-asthma = Asthme ou sensibilité aux odeurs
aromatherapy-caution-asthma-text = respirer des huiles peut déclencher une crise{"\u202F"}: renoncez au mouchoir et au diffuseur, ou essayez d’abord une trace infime.
aromatherapy-caution-pets = Animaux
aromatherapy-caution-pets-text = certaines huiles sont toxiques pour les chats, les chiens et les oiseaux{"\u202F"}; gardez flacons et diffuseurs loin d’eux et lavez-vous les mains avant de les toucher.
aromatherapy-caution-broken-skin = Peau abîmée, irritée par les frottements ou brûlée par le soleil
aromatherapy-caution-broken-skin-text = fréquent après une course{"\u202F"}: aucune huile à cet endroit avant la cicatrisation.
aromatherapy-caution-old-oils = Huiles anciennes
aromatherapy-caution-old-oils-text = les huiles d’agrumes et la lavande s’oxydent une fois ouvertes et irritent alors la peau. Gardez-les bien fermées, au frais et à l’abri de la lumière, et remplacez les huiles d’agrumes environ un an après ouverture.
aromatherapy-caution-sun-limits = Limites au soleil
aromatherapy-caution-sun-limits-text = la limite d’une huile photosensibilisante vaut pour une peau exposée au soleil ou aux UV d’une cabine dans les 12 à 24{"\u00A0"}heures, et plusieurs huiles dans un même mélange s’additionnent. Les huiles marquées «{"\u202F"}Non photosensibilisante{"\u202F"}» n’en ont pas.

## Les huiles

aromatherapy-oil-sweet-orange = Orange douce
aromatherapy-oil-mandarin = Mandarine
aromatherapy-oil-bergamot = Bergamote
aromatherapy-oil-bergamot-fcf = Bergamote FCF
aromatherapy-oil-lemon-cold-pressed = Citron (pressé à froid)
aromatherapy-oil-lemon-distilled = Citron (distillé)
aromatherapy-oil-lime-cold-pressed = Citron vert (pressé à froid)
aromatherapy-oil-lime-distilled = Citron vert (distillé)
aromatherapy-oil-grapefruit = Pamplemousse
aromatherapy-oil-bitter-orange = Orange amère
aromatherapy-oil-peppermint = Menthe poivrée
aromatherapy-oil-lavender = Lavande vraie
aromatherapy-how-rub-or-tissue = Diluée dans une huile végétale pour frictionner vivement les jambes, ou deux gouttes sur un mouchoir à respirer en allant au départ.
aromatherapy-how-bergamot = De préférence à respirer sur un mouchoir le jour de la course{"\u202F"}; sur la peau, seulement bien diluée.
aromatherapy-how-peppermint = Une ou deux gouttes sur un mouchoir à respirer, ou un peu dans une huile végétale en massage des jambes{"\u202F"}; elle donne une sensation de fraîcheur.
aromatherapy-how-lavender = Diluée dans une huile végétale pour un massage lent des jambes après la course, ou sur un mouchoir près de l’oreiller pour vous aider à décompresser.
aromatherapy-bergamot-strongest = L’huile la plus photosensibilisante du guide{"\u202F"}: par temps ensoleillé, respirez-la plutôt que de l’appliquer sur la peau.
aromatherapy-bergamot-fcf-sun-safe = Les furocoumarines, qui réagissent à la lumière du soleil, en ont été retirées (FCF), c’est donc la bergamote non photosensibilisante.
aromatherapy-peppermint-eyes = Elle pique les yeux{"\u202F"}: lavez-vous les mains après un massage.
aromatherapy-peppermint-g6pd-heart = À éviter en cas de déficit en G6PD{"\u202F"}; en cas de trouble du rythme cardiaque comme la fibrillation auriculaire, demandez d’abord l’avis de votre médecin.
aromatherapy-instead-bergamot = bergamote FCF
aromatherapy-instead-lemon = citron distillé
aromatherapy-instead-lime = citron vert distillé
aromatherapy-instead-grapefruit = orange douce ou mandarine
aromatherapy-instead-bitter-orange = orange douce

## La fiche d’une huile

aromatherapy-sun-limit = Limite au soleil{"\u202F"}: { $max }
aromatherapy-sun-safe = Non photosensibilisante
aromatherapy-details = Utilisation et précautions
aromatherapy-sun-sensitising = Photosensibilisante{"\u202F"}:
aromatherapy-sun-sensitising-max = sur une peau qui verra le soleil dans la journée, { $max } au maximum.
aromatherapy-sun-safe-choice = Alternative non photosensibilisante{"\u202F"}: { $alternative }.
aromatherapy-oil-cautions = Précautions pour { $oil }
aromatherapy-see-also = Voir aussi, plus haut{"\u202F"}:
aromatherapy-mark = Votre expérience avec { $oil }
aromatherapy-mark-not-marked = Non renseigné
aromatherapy-mark-new = Nouvelle pour moi (pas de test cutané)
aromatherapy-mark-patch-tested = Test cutané fait, elle me convient
aromatherapy-new-oil = Vous n’avez pas encore testé { $oil }, et { $race } a lieu { $days ->
        [0] dans moins d’un jour
        [one] dans { $days }{"\u00A0"}jour
       *[other] dans { $days }{"\u00A0"}jours
    }. Un test cutané demande 24 à 48{"\u00A0"}heures et un premier essai se fait avant une sortie d’entraînement{"\u202F"}: laissez cette huile de côté pour cette course, ou testez-la dès maintenant et gardez-la pour après.

## Le calculateur de mélange

aromatherapy-calculator = Calculateur de mélange
aromatherapy-calculator-hint = Une goutte fait environ { $ml }{"\u202F"}ml. Les gouttes sont arrondies à l’inférieur, pour que le mélange ne soit jamais plus fort que demandé.
# $why commence la phrase ; l’application met sa première lettre en majuscule.
aromatherapy-sun-hint = { $why }, donc les huiles photosensibilisantes sont limitées à leur dose sans risque au soleil, et plusieurs dans un même mélange s’additionnent.
aromatherapy-sun-why-training = vous vous entraînez en plein air, de jour
aromatherapy-sun-why-race = { $race } a lieu en plein air, de jour
aromatherapy-carrier = Huile végétale (ml)
aromatherapy-oil-number = Huile { $number }
aromatherapy-oil-dilution = Huile { $number }, dilution (%)
aromatherapy-remove-oil = Retirer l’huile { $number }
aromatherapy-remove = Retirer
aromatherapy-add-oil = Ajouter une huile
aromatherapy-blend-full = Un mélange compte au plus { $max } huiles.
# Sous la forme des recettes d’aromathérapie : « Orange douce : 4 gouttes ».
aromatherapy-drops = { $oil }{"\u202F"}: { $drops ->
        [one] { $drops }{"\u00A0"}goutte
       *[other] { $drops }{"\u00A0"}gouttes
    }
aromatherapy-drops-joiner = {" et "}
aromatherapy-result = { $rounding ->
        [down] dans { NUMBER($ml, maximumFractionDigits: 2) }{"\u202F"}ml d’huile végétale (arrondi à l’inférieur{"\u202F"}: le mélange est à { $percent }).
       *[none] dans { NUMBER($ml, maximumFractionDigits: 2) }{"\u202F"}ml d’huile végétale.
    }
aromatherapy-result-error = Corrigez le champ signalé plus haut pour voir les gouttes (huile végétale jusqu’à { $max }{"\u202F"}ml).

## Ce que le calculateur refuse ou conseille

aromatherapy-carrier-out-of-range = Indiquez une quantité d’huile végétale supérieure à 0 et d’au plus { $max }{"\u202F"}ml.
aromatherapy-percent-out-of-range = Indiquez une dilution supérieure à 0 et d’au plus { $max }{"\u202F"}; { $range } conviennent pour un massage du corps.
aromatherapy-blend-size = { $count ->
        [0] Choisissez au moins une huile.
       *[other] Un mélange compte au plus { $max } huiles{"\u202F"}; celui-ci en a { $count }.
    }
aromatherapy-oil-twice = { $oil } figure deux fois dans le mélange{"\u202F"}: donnez-lui une seule ligne avec toute sa dose.
aromatherapy-blend-too-strong = Ensemble, les huiles atteignent { $total }{"\u202F"}; limitez le mélange entier à { $max }.
aromatherapy-under-one-drop = Cela fait moins d’une goutte pour { $oil }. Préparez au moins { $ml }{"\u202F"}ml d’huile végétale à cette dilution.
aromatherapy-stronger-than-massage = Plus fort que les { $range } habituels pour un massage du corps{"\u202F"}: limitez-le à une petite zone.
aromatherapy-over-sun-limit = Trop fort pour une peau exposée au soleil{"\u202F"}: { $oil } rend la peau plus sensible aux coups de soleil, et { $why }. Ne dépassez pas { $max }.
aromatherapy-over-sun-limit-instead = Trop fort pour une peau exposée au soleil{"\u202F"}: { $oil } rend la peau plus sensible aux coups de soleil, et { $why }. Ne dépassez pas { $max }, ou prenez plutôt { $alternative }.
aromatherapy-sun-share = { $oil } à { $strength } utilise { $share } de sa limite au soleil
aromatherapy-sun-share-separator = {"\u202F; "}
aromatherapy-blend-over-sun-limit = Trop fort à plusieurs pour une peau exposée au soleil, car { $why }{"\u202F"}: { $shares }, soit { $total } au total. Baissez les doses jusqu’à ce que les parts fassent ensemble 100{"\u202F"}% au plus, ou choisissez des huiles non photosensibilisantes.
