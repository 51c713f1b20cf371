# Le contrôle des signes d’alerte (règle 12), que pose l’écran Aujourd’hui et que rappellent le
# Journal, les Listes et l’Aromathérapie : chaque question, le nom court de chaque signe et le
# conseil après un oui. Aucun diagnostic : seulement qui consulter et quoi éviter d’ici là.

## Les questions, chacune à cocher

safety-question-calf-pain-or-swelling = Douleur ou gonflement du mollet, surtout après un long vol ou un long trajet en voiture
safety-question-fever-or-unwell = De la fièvre, ou une sensation de malaise
safety-question-broken-skin = Peau abîmée, irritée par les frottements ou brûlée par le soleil sur une zone
safety-question-fresh-injury = Une blessure de moins de deux ou trois jours
safety-question-bone-stress = Une douleur dans un os qui pourrait être une fracture de fatigue
safety-question-dark-urine-or-heat-illness = Des urines foncées ou des signes de coup de chaleur après une longue course
safety-question-blood-thinners = Prise d’anticoagulants
safety-question-pregnancy = Grossesse

## Noms courts, pour le journal et les avertissements

safety-flag-calf-pain-or-swelling = Douleur ou gonflement du mollet
safety-flag-fever-or-unwell = Fièvre ou malaise
safety-flag-broken-skin = Peau abîmée ou irritée
safety-flag-fresh-injury = Blessure récente
safety-flag-bone-stress = Possible fracture de fatigue
safety-flag-dark-urine-or-heat-illness = Urines foncées ou coup de chaleur
safety-flag-blood-thinners = Anticoagulants
safety-flag-pregnancy = Grossesse

## Les mêmes en milieu de phrase, comme ce que vous avez signalé : « Vous avez signalé une blessure récente : … »

safety-reported-calf-pain-or-swelling = une douleur ou un gonflement du mollet
safety-reported-fever-or-unwell = de la fièvre ou un malaise
safety-reported-broken-skin = une peau abîmée ou irritée
safety-reported-fresh-injury = une blessure récente
safety-reported-bone-stress = une possible fracture de fatigue
safety-reported-dark-urine-or-heat-illness = des urines foncées ou un coup de chaleur
safety-reported-blood-thinners = la prise d’anticoagulants
safety-reported-pregnancy = une grossesse

## Que faire maintenant

safety-advice-today = Consultez un médecin aujourd’hui, et pas de massage ni de rouleau tant qu’il ne vous a pas donné son accord.
safety-advice-area = Consultez un médecin ou un kinésithérapeute, et pas de massage ni de rouleau sur cette zone tant qu’elle n’a pas été examinée.
safety-advice-all = Consultez un médecin ou un kinésithérapeute avant tout massage ou automassage, et attendez son feu vert.
