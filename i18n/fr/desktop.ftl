# Les mots propres à l’application de bureau : sa barre de menus, et ce qu’elle dit quand elle ne
# peut pas ouvrir sa fenêtre. « & » marque la lettre que choisit Alt.

desktop-no-display = Fresh Legs n’a trouvé aucun écran où ouvrir sa fenêtre : lancez-le dans une session de bureau, ou lancez `make serve` et utilisez l’application web dans un navigateur.
desktop-about-text = Planifie le massage sportif et l’automassage autour des courses d’un coureur. Hors ligne et privé.

## Fichier

desktop-file = &Fichier
desktop-import = &Importer…
desktop-export = &Exporter…
desktop-close-window = &Fermer la fenêtre
desktop-quit = &Quitter

## Édition

desktop-edit = É&dition
desktop-undo = &Annuler
desktop-redo = &Rétablir
desktop-cut = Co&uper
desktop-copy = &Copier
desktop-paste = C&oller
desktop-select-all = &Tout sélectionner

## Affichage

desktop-view = &Affichage
desktop-zoom-in = Zoom &avant
desktop-zoom-out = Zoom a&rrière
desktop-actual-size = &Taille réelle

## Aide

desktop-help = Aid&e
desktop-data-folder = Afficher le dossier des &données
desktop-about = À &propos de Fresh Legs
