# Vérifications des formulaires : ce qui ne va pas dans une valeur saisie, à côté du champ
# concerné, avec le nom du champ et ses limites (le profil dans les Réglages, les fréquences
# cardiaques, les signaux du minuteur, une séance guidée et ses étapes), et pourquoi un fichier
# de séances a été refusé.
#
# Une valeur saisie ($value, $text, $chars) est montrée telle quelle. Les limites ($low, $high,
# $max) sont des nombres.

## Listes et nombres entiers saisis

forms-list-and = { $rest } et { $last }
forms-enter-number = Saisissez un nombre.
forms-not-negative = Saisissez 0 ou plus, pas { $value }.
forms-too-big = { $value } dépasse de loin ce que ce champ accepte ; vérifiez le nombre.
forms-not-whole = Saisissez un nombre entier, comme 3, pas « { $text } ».

## Le profil (Réglages)

forms-display-name-long = Le nom affiché compte { $chars } caractères ; { $max } au maximum.
forms-display-name-breaks = Le nom affiché ne peut contenir ni retour à la ligne ni tabulation.
forms-budget = Choisissez de 0 à { $max } massages par mois, pas { $value }.
forms-no-touch-days = Choisissez { $low } ou { $high } jours sans massage avant une course.
forms-cutoff = La date limite du massage profond avant une course { $race ->
        [a] A
        [b] B
       *[c] C
    } peut être de { $low } à { $high } jours, pas { $value }.
forms-post-race-gap = Le délai après une course peut être de { $low } à { $high } heures, pas { $value } ; 72 est le conseil habituel.
forms-per-block = Par bloc d’entraînement, choisissez { $low } ou { $high } séances, pas { $value }.
forms-per-year = Par an, choisissez de { $low } à { $high } séances, pas { $value } ; à partir de douze, c’est un budget mensuel.
forms-general-spacing = Espacez les massages d’entretien de { $low } à { $high } jours, pas { $value }.
forms-soreness-limit = La limite des courbatures peut être de { $low } à { $high } heures, pas { $value }.
forms-get-ready = Le compte à rebours de mise en place peut durer de 0 à { $max } secondes.

## Fréquences cardiaques (Entraînement)

forms-heart-range = La { $rate ->
        [max] FC max
       *[resting] FC de repos
    } peut être de { $low } à { $high } bpm, pas { $value }.
forms-heart-not-whole = La { $rate ->
        [max] FC max
       *[resting] FC de repos
    } est un nombre entier de battements par minute, comme { $example }, pas « { $text } ».
forms-heart-resting-below = La FC de repos ({ $resting }) doit être inférieure à la FC max ({ $max }).

## Une séance guidée et ses étapes (l’éditeur de séances et les fichiers de séances)

forms-step-seconds = Une étape dure entre { $low } et { $high } secondes ; celle-ci dure { $value }.
forms-step-pressure = La pression est une plage de 0 à 10, le plus petit nombre d’abord, par ex. 4–6.
forms-step-instruction-long = La consigne compte { $chars } caractères ; { $max } au maximum.
forms-routine-name-missing = Donnez un nom à la séance.
forms-routine-name-long = Le nom compte { $chars } caractères ; { $max } au maximum.
forms-routine-name-breaks = Le nom ne peut contenir ni retour à la ligne ni tabulation.
forms-routine-no-steps = Ajoutez au moins une étape.
forms-routine-too-many-steps = Une séance compte au plus { $max } étapes ; celle-ci en a { $value }.
forms-routine-step = Étape { $number } : { $problem }

## Pourquoi un fichier de séances a été refusé (rien n’en est importé)

forms-routines-not-json = Ces données de séances sont illisibles : { $problem }. Vérifiez que vous avez choisi le fichier .json exporté, ou que vous avez tout collé.
forms-routines-wrong-format = Ce fichier JSON n’est pas un export de séances de Fresh Legs.
forms-routines-newer = Ce fichier vient d’une version plus récente de Fresh Legs (format { $found } ; cette application lit jusqu’au { $supported }). Mettez l’application à jour, puis importez-le de nouveau.
forms-routines-damaged = Les séances de ce fichier sont endommagées : { $problem }. Exportez-les de nouveau depuis Fresh Legs.
forms-routines-empty = Ce fichier ne contient aucune séance.
forms-routines-missing-id = La séance { $number } n’a pas d’identifiant ; exportez-la de nouveau depuis Fresh Legs.
forms-routines-duplicate-id = Deux séances de ce fichier ont le même identifiant « { $id } ».
forms-routines-built-in = « { $name } » est une séance intégrée, ou en utilise l’identifiant, et elle est déjà dans l’application.
forms-routines-invalid = La séance { $number } (« { $name } ») ne peut pas être importée : { $summary }
