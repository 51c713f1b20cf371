## Les types de massage que l’app planifie et note, la façon dont un massage pré-compétition a été
## fait, et l’échelle de pression de 0 à 10 commune à tous les écrans.

massages-kind-pre-event = Massage pré-compétition
massages-kind-post-event = Massage de récupération
massages-kind-general = Massage d’entretien
massages-kind-injury = Massage d’une blessure
massages-kind-self-massage = Automassage

massages-short-pre-event = Pré-compétition
massages-short-post-event = Récupération
massages-short-general = Entretien
massages-short-injury = Blessure
massages-short-self-massage = Automassage

massages-in-sentence-pre-event = massage pré-compétition
massages-in-sentence-post-event = massage de récupération
massages-in-sentence-general = massage d’entretien
massages-in-sentence-injury = massage d’une blessure
massages-in-sentence-self-massage = automassage

## L’échelle de pression : légère jusqu’à 4, modérée 5–6, profonde à partir de 7 (sur 10)
massages-pressure-light = Légère
massages-pressure-medium = Modérée
massages-pressure-deep = Profonde
massages-pressure-word-light = légère
massages-pressure-word-medium = modérée
massages-pressure-word-deep = profonde
massages-pressure-up-to = { $name } (jusqu’à { $high } sur { $max })
massages-pressure-or-more = { $name } ({ $low } ou plus sur { $max })
massages-pressure-range = { $name } ({ $low }–{ $high } sur { $max })

## La façon dont un massage pré-compétition a été fait
massages-technique-light-flush = Drainage léger
massages-technique-compression = Compressions par-dessus les vêtements
massages-technique-deep = Travail plus en profondeur
