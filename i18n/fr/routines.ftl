# Séances d’automassage et d’étirements : les zones du corps, les accessoires et les côtés d’une
# étape, les noms et consignes des séances intégrées, ce qu’une blessure change à une séance et
# la dose d’automassage qui convient au moment. Le coureur est vouvoyé. Les consignes sont lues
# à voix haute : des phrases courtes, comme un masseur les dirait.

## Les zones du corps : comme nom et en milieu de phrase

routines-area-feet = Pieds
routines-area-calves = Mollets
routines-area-achilles = Tendon d’Achille
routines-area-shins = Tibias
routines-area-quads = Quadriceps
routines-area-hamstrings = Ischio-jambiers
routines-area-it-band = Bandelette ilio-tibiale
routines-area-adductors = Adducteurs
routines-area-hip-flexors = Fléchisseurs de hanche
routines-area-glutes = Fessiers
routines-area-lower-back = Bas du dos
routines-area-upper-back = Haut du dos
routines-in-sentence-feet = pieds
routines-in-sentence-calves = mollets
routines-in-sentence-achilles = tendon d’Achille
routines-in-sentence-shins = tibias
routines-in-sentence-quads = quadriceps
routines-in-sentence-hamstrings = ischio-jambiers
routines-in-sentence-it-band = bandelette ilio-tibiale
routines-in-sentence-adductors = adducteurs
routines-in-sentence-hip-flexors = fléchisseurs de hanche
routines-in-sentence-glutes = fessiers
routines-in-sentence-lower-back = bas du dos
routines-in-sentence-upper-back = haut du dos
routines-area-list = { $first } et { $last }

## Accessoires et côtés

routines-tool-foam-roller = Rouleau de massage
routines-tool-stick = Bâton de massage
routines-tool-ball = Balle de massage
routines-tool-none = Aucun : étirement
routines-side-left = Gauche
routines-side-right = Droit
routines-side-both = Les deux côtés
routines-side-each = Un côté après l’autre

## Les séances intégrées

routines-name-pre-race-flush = Drainage léger avant la course
routines-name-post-race-flush = Drainage après la course
routines-name-post-race-stretch = Étirements après la course
routines-name-calves-hamstrings-stick = Mollets et ischios au bâton
routines-name-hips-glutes-ball = Hanches et fessiers à la balle
routines-name-full-body = Séance corps entier
routines-name-hard-block = Séance ciblée pour les blocs intenses

## La consigne d’une étape intégrée : la position, le rythme, ce qu’il faut éviter

routines-instruction = { $place } { $pace } { $care }
routines-pace-flush = Passages vifs et légers : les jambes doivent en ressortir légères.
routines-pace-recovery = Lentement et en douceur ; relâchez si un point fait mal.
routines-pace-targeted = Passages lents, en restant une ou deux respirations sur un point tendu.
routines-pace-stretch = Tenez sans bouger, avec une tension légère, et respirez ; pas d’à-coups.
routines-place-calves-roller = Mollet sur le rouleau, mains derrière vous, bassin levé ; roulez du dessus de la cheville jusque sous le genou.
routines-place-calves-stick = Assis, pied à plat, faites remonter le bâton sur le mollet, du dessus de la cheville jusque sous le genou.
routines-place-calves-ball = Assis, balle sous le mollet, l’autre jambe croisée par-dessus pour charger ; petits mouvements courts.
routines-place-calves-stretch = Mains contre un mur, cette jambe tendue derrière vous, talon au sol ; penchez-vous jusqu’à sentir le mollet tirer.
routines-place-shins-stick = Assis, roulez le muscle juste à l’extérieur du tibia, de la cheville jusque sous le genou.
routines-place-shins = À genoux, le devant de la jambe sur le rouleau, tourné un peu vers l’intérieur pour que le muscle à côté de l’os porte le poids.
routines-place-quads-stick = Assis bien droit, descendez le long du devant de la cuisse, de la hanche jusqu’au-dessus du genou.
routines-place-quads-stretch = Debout, une main au mur, tenez ce pied derrière vous et ramenez le talon vers la fesse, genoux serrés.
routines-place-quads = À plat ventre sur les avant-bras, rouleau sous la cuisse ; roulez du dessus du genou jusqu’à la hanche.
routines-place-hamstrings-roller = Arrière de la cuisse sur le rouleau, mains derrière vous ; roulez du dessus du genou jusqu’à l’ischion.
routines-place-hamstrings-stick = Pied posé sur une marche basse, roulez l’arrière de la cuisse du dessus du genou jusque sous la fesse.
routines-place-hamstrings-ball = Assis sur une chaise ferme, balle sous la cuisse ; tendez et pliez lentement le genou.
routines-place-hamstrings-stretch = Sur le dos, une serviette autour de ce pied, levez la jambe tendue jusqu’à sentir l’arrière de la cuisse tirer.
routines-place-it-band-stick = Assis, roulez l’extérieur de la cuisse de la hanche jusqu’au-dessus du genou.
routines-place-it-band = Sur le côté sur le rouleau, pied du dessus posé devant pour vous délester ; roulez l’extérieur de la cuisse.
routines-place-adductors-stick = Assis, genou ouvert vers l’extérieur, roulez l’intérieur de la cuisse du dessus du genou vers le haut.
routines-place-adductors-stretch = Assis bien droit, plantes des pieds l’une contre l’autre, genoux ouverts ; penchez-vous un peu en avant depuis les hanches.
routines-place-adductors = À plat ventre, ce genou plié sur le côté sur le rouleau ; roulez l’intérieur de la cuisse du genou vers le haut.
routines-place-hip-flexors-ball = À plat ventre, balle juste à l’intérieur de la pointe osseuse à l’avant de la hanche ; laissez le poids s’enfoncer lentement.
routines-place-hip-flexors-stretch = En fente, ce genou au sol, rentrez le bassin et avancez jusqu’à sentir l’avant de la hanche tirer.
routines-place-hip-flexors = À plat ventre, rouleau juste sous l’os à l’avant de la hanche ; petits mouvements lents.
routines-place-glutes-ball = Asseyez-vous sur la balle au milieu de cette fesse ; trouvez un point sensible et restez dessus en respirant.
routines-place-glutes-stretch = Sur le dos, cette cheville sur l’autre genou ; ramenez les deux jambes vers la poitrine.
routines-place-glutes = Assis sur le rouleau, cette cheville sur l’autre genou, penchez-vous de ce côté.
routines-place-upper-back-ball = Balle entre le mur et le muscle à côté de l’omoplate ; appuyez-vous et bougez lentement.
routines-place-upper-back = Rouleau en travers sous les omoplates, mains derrière la tête ; roulez du milieu du dos jusqu’aux épaules.
routines-place-feet = Assis ou debout, roulez la balle sous la plante du pied, du talon jusqu’à l’avant du pied.
routines-place-hands-only = Travaillez autour de la zone, avec les mains uniquement.
routines-care-calves-tool = Évitez le creux du genou et le tendon d’Achille.
routines-care-calves-stretch = Genou arrière tendu, mais pas verrouillé.
routines-care-shins = Restez sur le muscle, jamais sur l’os.
routines-care-quads-tool = Arrêtez-vous une main au-dessus de la rotule.
routines-care-quads-stretch = Dos droit ; tenez-vous au mur pour l’équilibre.
routines-care-hamstrings-tool = Évitez le creux du genou.
routines-care-hamstrings-stretch = L’autre jambe détendue, le bas du dos au sol.
routines-care-it-band = Évitez l’os de la hanche et le genou ; passez si la douleur est vive.
routines-care-adductors-tool = Arrêtez-vous avant l’aine.
routines-care-adductors-stretch = Laissez descendre les genoux seulement tant que c’est facile.
routines-care-hip-flexors-tool = Déplacez-vous tout de suite si vous sentez un pouls, des fourmillements ou un engourdissement.
routines-care-hip-flexors-stretch = Gardez le genou avant au-dessus de la cheville.
routines-care-glutes-tool = Restez sur le muscle, loin du coccyx et du bas du dos.
routines-care-glutes-stretch = La tête et les épaules restent au sol.
routines-care-upper-back = Ne roulez jamais le bas du dos ni la nuque.
routines-care-feet = Appuyez légèrement sur la voûte plantaire.
routines-care-never-roll = Ne roulez jamais dessus.

## Ce qu’une blessure change à une séance, une phrase par zone blessée

routines-injury-dropped = À cause de votre blessure ({ $injured }), étapes retirées : { $dropped }.
routines-injury-softened = À cause de votre blessure ({ $injured }), en douceur ({ $min }–{ $max } sur 10) : { $softened }.
routines-injury-both = À cause de votre blessure ({ $injured }), étapes retirées : { $dropped } ; en douceur ({ $min }–{ $max } sur 10) : { $softened }.

## La dose d’automassage qui convient (règle 8) ; les raisons se placent en milieu de phrase

routines-dose-race-week = Un passage rapide et léger : environ { $seconds } s par muscle, pression douce, puis on passe au suivant.
routines-dose-after-race = Roulez les jambes lentement et en douceur, environ { $seconds } s par muscle ; arrêtez bien avant l’inconfort.
routines-dose-hard-block = Travail ciblé, environ { $seconds } s par muscle, pression modérée de 4 à 6 sur 10 ; le bâton convient aux mollets et aux ischio-jambiers.
routines-dose-everyday = Un passage complet : environ { $seconds } s par groupe musculaire, lentement et avec une pression modérée.
routines-why-race-week = la semaine de course demande des séances courtes et légères pour garder des jambes fraîches
routines-why-after-race = des muscles fatigués récupèrent mieux avec une pression douce qu’avec un travail appuyé
routines-why-hard-block = les semaines intenses et le travail de vitesse raidissent mollets, ischio-jambiers et hanches : donnez-leur plus de temps
routines-why-everyday = un soin régulier à la maison entre les séances porte ses fruits ; plus fort n’est pas mieux, le muscle se défend

## La pression d’une étape sur l’échelle de 0 à 10.
routines-pressure-one = { $word } ({ $level } sur { $max })
routines-pressure-range = { $word } ({ $min }–{ $level } sur { $max })
routines-pressure-between = { $low } à { $high }
