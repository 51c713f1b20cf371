# Vos données : pourquoi elles n’ont pas pu être lues ou enregistrées, pourquoi un fichier importé
# a été refusé, et l’avis sur les enregistrements mis de côté. La raison de chaque mise de côté
# est enregistrée avec lui, en anglais (elle n’est pas ici).
#
# $location : où sont gardées les données (un dossier, ou le stockage de ce navigateur) ;
# $detail : l’erreur signalée par le système.

## Lecture et enregistrement

store-read = Impossible de lire vos données dans { $location } : { $detail }. Vérifiez que le dossier existe et qu’il est lisible.
store-write = Impossible d’enregistrer vos données dans { $location } : { $detail }. Votre dernière copie enregistrée est intacte ; libérez de l’espace ou vérifiez les autorisations, puis réessayez.
store-full = Il n’y a plus de place dans { $location }, votre dernière modification n’est donc pas enregistrée (votre dernière copie enregistrée est intacte). L’avis en haut propose des moyens de faire de la place.
store-set-aside = Impossible de mettre de côté les données illisibles conservées dans { $location } : { $detail }. Rien n’a été modifié.
store-newer = Vos données ont été écrites par une version plus récente de Fresh Legs (format { $found }, cette application connaît jusqu’au { $supported }). Elles sont ouvertes en lecture seule pour que rien ne se perde ; mettez l’application à jour pour faire des modifications.
store-changed-unreadable = Une autre copie de Fresh Legs a enregistré dans { $location } des données que celle-ci ne sait pas lire, donc rien n’a été enregistré par-dessus. Rechargez l’application pour voir ce qu’elles sont devenues.
store-no-data-dir = Aucun dossier où garder vos données n’a été trouvé. Indiquez dans FRESH_LEGS_DATA_DIR un dossier où vous pouvez écrire.

## Quantités de stockage

store-kilobytes = { $amount } ko
store-megabytes = { $amount } Mo

## Pourquoi un fichier importé a été refusé

store-import-empty = Le fichier est vide. Rien n’a été modifié.
store-import-too-large = Le fichier fait { $megabytes } Mo, plus que les 10 Mo qu’un export pourrait jamais atteindre, ce n’est donc pas un export de Fresh Legs. Rien n’a été modifié.
store-import-not-text = Le fichier n’est pas du texte : certains de ses octets ne sont pas de l’UTF-8, ce n’est donc pas un export de Fresh Legs. Rien n’a été modifié.
store-import-truncated = Le fichier s’arrête trop tôt : il semble coupé, peut-être par un téléchargement ou une copie inachevés. Rien n’a été modifié.
store-import-malformed = Ce n’est pas un export de Fresh Legs ({ $detail }). Rien n’a été modifié.
store-import-newer = Le fichier vient d’une version plus récente de Fresh Legs (format { $found }) ; mettez l’application à jour pour l’importer. Rien n’a été modifié.
store-import-partial = Le fichier est incomplet, comme s’il avait été coupé ou modifié à la main : il y manque { $missing }. Exportez-le de nouveau depuis Fresh Legs. Rien n’a été modifié.
store-list-or = { $rest } ou { $last }
store-file-unreadable = Impossible de lire { $name } : { $problem }

## Les parties d’un export

store-section-profile = les réglages
store-section-races = les courses
store-section-blocks = les blocs d’entraînement
store-section-log = le journal
store-section-checklists = les listes de préparation des courses
store-section-oil-marks = les notes sur les huiles
store-section-routines = vos séances guidées
store-section-activities = l’entraînement importé
store-section-tombstones = la liste des suppressions

## L’avis sur les enregistrements mis de côté

store-set-aside-document = Une copie de données enregistrées qui n’a pas pu être ouverte est gardée ici jusqu’à ce que vous fermiez cet avis ; téléchargez-la pour la conserver.
store-set-aside-records = { $count ->
        [one] { $digits } enregistrement n’a pas pu être utilisé et a été mis de côté, tel quel
       *[other] { $digits } enregistrements n’ont pas pu être utilisés et ont été mis de côté, tels quels
    } : { $records }. Tout le reste a été chargé.
store-record-race-named-dated = la course « { $name } » du { $date }
store-record-race-named = la course « { $name } »
store-record-race-dated = la course du { $date }
store-record-log-dated = { $kind ->
        [massage] le massage
        [soreness] le suivi des courbatures
        [injury] la blessure
        [self-massage] l’automassage
        [red-flag] la réponse sur les signes d’alerte
       *[entry] l’entrée
    } du { $date } dans votre journal
store-record-log-kind = { $kind ->
        [massage] un massage
        [soreness] un suivi des courbatures
        [injury] une blessure
        [self-massage] un automassage
       *[red-flag] une réponse sur les signes d’alerte
    } dans votre journal
store-record-block-dated = le bloc d’entraînement du { $start } au { $end }
store-record-routine = la séance guidée « { $name } »
store-record-activity = l’activité importée « { $name } »
store-record-in = { $section ->
        [races] une course
        [blocks] un bloc d’entraînement
        [log] une entrée du journal
        [checklists] une liste de préparation de course
        [oil_marks] une note sur une huile
        [routines] une séance guidée
        [activities] une activité importée
        [tombstones] une trace de suppression
        [profile] un réglage
       *[other] un enregistrement
    }

## Le stockage de l’application web, tel que les messages ci-dessus le nomment
store-browser-storage = le stockage de ce navigateur pour ce site
store-browser-kept-under = { $place }, sous la clé « { $key } »
store-browser-not-allowed = le navigateur ne permet pas à ce site de stocker des données (navigation privée ?)
store-browser-refused-read = le navigateur a refusé de les lire
store-browser-refused-store = le navigateur a refusé de les stocker
store-browser-refused-change = le navigateur a refusé de les modifier
store-browser-full = le stockage du navigateur est plein
