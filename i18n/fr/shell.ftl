# Le cadre de chaque écran : la navigation et l’écran « Plus ».

skip-to-content = Aller au contenu
nav-label = Menu principal

nav-today = Aujourd’hui
nav-today-purpose = Quoi faire aujourd’hui, et pourquoi.
nav-races = Courses
nav-races-purpose = Vos courses, vos blocs d’entraînement et le plan de votre saison.
nav-checklists = Listes
nav-checklists-purpose = Ce qu’il faut emporter et faire avant et après une course.
nav-aromatherapy = Aromathérapie
nav-aromatherapy-purpose = Les huiles de massage, les doses sûres et quand les éviter.
nav-timers = Minuteurs
nav-timers-purpose = Rouleau de massage et étirements guidés.
nav-log = Journal
nav-log-purpose = Vos massages, vos courbatures et vos blessures.
nav-training = Entraînement
nav-training-purpose = Importez les fichiers de votre montre : semaines dures, fractionné, courses et charge.
nav-settings = Réglages
nav-settings-purpose = Vos préférences, les thèmes et vos données : exporter, importer, supprimer.
nav-more = Plus

## La page d’une adresse que l’app ne connaît pas (un ancien favori, une faute de frappe)
not-found-heading = Page introuvable
not-found-text = Il n’y a pas de page à l’adresse { $path }. Vos données sont intactes.
not-found-go-today = Aller à Aujourd’hui
