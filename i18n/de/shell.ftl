# Der Rahmen um jeden Bildschirm: die Navigation und der Bildschirm „Mehr“.

skip-to-content = Zum Inhalt springen
nav-label = Hauptmenü

nav-today = Heute
nav-today-purpose = Was heute ansteht und warum.
nav-races = Wettkämpfe
nav-races-purpose = Deine Wettkämpfe, Trainingsblöcke und dein Saisonplan.
nav-checklists = Checklisten
nav-checklists-purpose = Was du vor und nach einem Wettkampf einpackst und erledigst.
nav-aromatherapy = Aromatherapie
nav-aromatherapy-purpose = Öle für die Massage, sichere Mengen und wann du sie meiden solltest.
nav-timers = Timer
nav-timers-purpose = Angeleitetes Faszienrollen und Dehnen.
nav-log = Tagebuch
nav-log-purpose = Deine Massagen, Muskelkater und Verletzungen.
nav-training = Training
nav-training-purpose = Lies die Dateien deiner Uhr ein: harte Wochen, Tempotraining, Wettkämpfe und Belastung.
nav-settings = Einstellungen
nav-settings-purpose = Deine Vorlieben, Farbschemata und deine Daten: exportieren, importieren, löschen.
nav-more = Mehr

## Die Seite für eine Adresse, die die App nicht kennt (ein altes Lesezeichen, ein Tippfehler)
not-found-heading = Seite nicht gefunden
not-found-text = Unter { $path } gibt es keine Seite. Deine Daten sind in Ordnung.
not-found-go-today = Zu Heute
