# Réglages : le profil et les préférences, les données (exporter, importer, supprimer) et
# l’écran « Ouvrir un fichier ».

settings-title = Réglages
settings-saved-as-you-go = Chaque modification est enregistrée aussitôt.
settings-not-saved = Non enregistré : { $problem }

## Profil

settings-profile = Profil
# « (Language) » ramène à sa langue un coureur qui ne lit pas le français.
settings-language = Langue (Language)
settings-language-device = Comme sur cet appareil
settings-language-en = English
settings-language-de = Deutsch
settings-language-fr = Français
settings-language-es = Español
settings-display-name = Nom affiché
settings-units = Unités
settings-units-km = Kilomètres
settings-units-mi = Miles
settings-theme = Thème
settings-theme-system = Comme le système
settings-theme-light = Clair
settings-theme-dark = Sombre
settings-theme-black = Noir intégral
settings-motion = Réduire les animations
settings-motion-system = Comme sur cet appareil
settings-motion-reduce = Oui : écran immobile
settings-motion-full = Non : animations autorisées

## Massage

settings-massage = Massage
settings-budget = Massages chez un professionnel par mois
settings-tight-per = Avec moins d’une séance par mois
settings-tight-none = Aucun massage chez un professionnel
settings-tight-block = Quelques-uns par bloc d’entraînement
settings-tight-year = Quelques-uns par an
settings-tight-sessions = Combien
settings-tight-hint = Ils sont placés dans vos blocs d’entraînement les plus durs et vos semaines de fractionné.
settings-pre-event = Avant une course, je préfère
settings-pre-event-light-flush = Massage drainant léger (recommandé)
settings-pre-event-compression = Pressions par-dessus les vêtements
settings-pre-event-deep = Travail en profondeur (déjà essayé)
settings-pre-event-no-touch = Aucun massage avant une course
settings-no-touch-days = Jours sans massage avant une course

## Accessoires et soleil

settings-tools = Vos accessoires
settings-tool-foam-roller = Rouleau de massage
settings-tool-stick = Bâton de massage
settings-tool-ball = Balle de massage
settings-sun = Soleil
settings-outdoors = Je m’entraîne dehors en journée
settings-outdoors-hint = Certaines huiles d’agrumes font brûler la peau au soleil ; le calculateur d’aromathérapie les limite alors chaque jour à leur dose sans risque au soleil.

## Dates limites et écarts

settings-cutoffs = Tenir le massage profond à distance des courses
settings-cutoffs-hint = Un massage profond (d’entretien) laisse des courbatures un jour ou deux : il s’arrête donc ce nombre de jours avant une course.
settings-cutoff-a = Jours avant une course A
settings-cutoff-b = Jours avant une course B
settings-cutoff-c = Jours avant une course C
settings-post-race-gap = Heures après une course avant un massage profond
settings-general-spacing = Jours entre deux massages profonds
settings-soreness-limit = Heures de courbatures acceptables après un massage profond
settings-soreness-hint = Au-delà, avec des courbatures de 3 sur 10 ou plus, ou le moindre bleu, le travail était trop profond et la séance suivante sera plus légère.

## Signaux du minuteur

settings-cues = Signaux du minuteur
settings-cues-hint = Comment la séance guidée vous annonce la suite pendant que le téléphone est posé au sol.
settings-cue-beep = Bip à chaque changement
settings-cue-vibrate = Vibrer (si le téléphone le permet)
settings-cue-speak = Annoncer l’étape suivante à voix haute
settings-get-ready = Compte à rebours de mise en place (secondes)

## Vos données

settings-data = Vos données
settings-data-stays = Vos données restent sur cet appareil, dans
settings-data-nothing-sent = Rien n’est envoyé nulle part.
settings-show-folder = Afficher le dossier des données
settings-export = Exporter
settings-export-hint = Un seul fichier avec tout, à garder en sauvegarde ou à emporter sur un autre appareil.
settings-export-mine = Exporter mes données
settings-import = Importer
settings-import-file = Importer depuis un fichier
settings-import-paste = Ou collez un export ici
settings-import-check = Vérifier les données collées
settings-import-cancel = Annuler l’import
settings-merge-mine = Fusionner avec mes données
settings-replace-mine = Remplacer mes données
settings-undo = Annuler
settings-delete = Supprimer toutes les données
settings-delete-question = Cela supprime chaque course, chaque bloc d’entraînement, chaque entrée du journal et chaque réglage de cet appareil. C’est définitif ; exportez d’abord si vous pourriez en avoir besoin plus tard.
settings-delete-yes = Oui, tout supprimer
settings-delete-no = Garder mes données

## Ce que contient un fichier vérifié

settings-file-races = { $count ->
    [one] { $digits } course
   *[other] { $digits } courses
}
settings-file-blocks = { $count ->
    [one] { $digits } bloc d’entraînement
   *[other] { $digits } blocs d’entraînement
}
settings-file-log-entries = { $count ->
    [one] { $digits } entrée du journal
   *[other] { $digits } entrées du journal
}
settings-file-routines = { $count ->
    [one] { $digits } séance guidée
   *[other] { $digits } séances guidées
}
settings-file-activities = { $count ->
    [one] { $digits } activité importée
   *[other] { $digits } activités importées
}
settings-file-summary = Le fichier est un export contenant { $races }, { $blocks }, { $entries }, { $routines } et { $activities }.
settings-file-set-aside = { $count ->
    [one] { $digits } enregistrement n’a pas pu être utilisé ; il est repris tel quel, mis de côté, et peut être téléchargé depuis l’avis.
   *[other] { $digits } enregistrements n’ont pas pu être utilisés ; ils sont repris tels quels, mis de côté, et peuvent être téléchargés depuis l’avis.
}

## Le résultat d’un import, d’un remplacement, d’une annulation ou d’une suppression

settings-merged = Importé : le fichier est fusionné avec vos données.
settings-replaced = Importé : vos données sont désormais celles du fichier.
settings-not-imported = Non importé : { $problem }
settings-nothing-to-undo = Il n’y a rien à annuler.
settings-undone = Annulé : vos données sont revenues à leur état d’avant l’import.
settings-not-undone = Non annulé : { $problem }
settings-erased = Toutes les données sont supprimées. Fresh Legs est comme neuf sur cet appareil.
settings-not-deleted = Non supprimé : { $problem }
settings-replace-question = Remplacer toutes vos données sur cet appareil par celles du fichier ? Chaque course, bloc d’entraînement, entrée du journal et réglage cède la place au contenu du fichier. Vous pourrez annuler jusqu’à votre prochaine modification.
settings-replace-yes = Oui, remplacer mes données
settings-replace-no = Non, garder mes données

## Si un import tient dans le stockage du navigateur

settings-room-space = Espace : fusionnées, vos données occuperaient { $merged } du stockage de ce navigateur ; remplacées par le fichier, { $replaced } (chaque fois compté deux fois, car chaque enregistrement garde une copie de sauvegarde du précédent). Le navigateur dispose de { $room } pour Fresh Legs.
settings-room-both-fit = Les deux tiennent.
settings-room-merge-fits = La fusion tient ; le remplacement, non.
settings-room-replace-fits = La fusion ne tient pas ; le remplacement, oui. Pour fusionner, libérez d’abord de la place en retirant une partie de ce qui est enregistré :
settings-room-neither-fits = Aucun des deux ne tient : le fichier seul dépasse ce que ce navigateur garde pour un site, il ne peut donc pas être importé ici. Ouvrez-le dans l’application de bureau Fresh Legs, qui garde vos données sur le disque.

## L’écran « Ouvrir un fichier »

settings-open-title = Ouvrir un fichier
settings-open-waiting = En attente d’un fichier. Quand vous ouvrez ou partagez un export Fresh Legs avec cette application, il s’affiche ici avec son contenu, avant que quoi que ce soit ne change.
settings-open-import-instead = Importer plutôt depuis les Réglages
settings-open-refused = Impossible d’importer { $name } : { $problem }
settings-open-ways = Fusionner garde vos données et y ajoute celles du fichier ; pour ce qui a été modifié des deux côtés, la version la plus récente l’emporte. Remplacer rend vos données identiques à celles du fichier.
settings-open-merge = Fusionner avec mes données
settings-open-not-now = Pas maintenant
settings-open-go-today = Aller à Aujourd’hui
settings-open-your-data = Vos données dans les Réglages
