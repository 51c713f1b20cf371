# The app's frame around every screen: the navigation and the More screen.
# English is the source and the fallback of every other language.

skip-to-content = Skip to content
nav-label = Main

nav-today = Today
nav-today-purpose = What to do today and why.
nav-races = Races
nav-races-purpose = Your races, training blocks and season plan.
nav-checklists = Checklists
nav-checklists-purpose = What to pack and do before and after a race.
nav-aromatherapy = Aromatherapy
nav-aromatherapy-purpose = Oils for massage, safe amounts and when to avoid them.
nav-timers = Timers
nav-timers-purpose = Guided foam rolling and stretching.
nav-log = Log
nav-log-purpose = Massage you had, soreness and injuries.
nav-training = Training
nav-training-purpose = Import your watch's files: hard weeks, speed work, races and load.
nav-settings = Settings
nav-settings-purpose = Your preferences, themes, and your data: export, import, delete.
nav-more = More

## The page for an address the app does not know (an old bookmark, a typo)
not-found-heading = Page not found
# $path: the address asked for ("/plans").
not-found-text = There is no page at { $path }. Your data is fine.
not-found-go-today = Go to Today
