## Die Massagearten, die die App plant und einträgt, wie eine Vorwettkampfmassage gemacht wurde,
## und die eine Druckskala von 0 bis 10, die jeder Bildschirm nutzt.

massages-kind-pre-event = Vorwettkampfmassage
massages-kind-post-event = Nachwettkampfmassage
massages-kind-general = Trainingsmassage
massages-kind-injury = Massage bei Verletzungen
massages-kind-self-massage = Selbstmassage

massages-short-pre-event = Vorwettkampf
massages-short-post-event = Nachwettkampf
massages-short-general = Training
massages-short-injury = Verletzung
massages-short-self-massage = Selbstmassage

# Mitten im Satz; deutsche Nomen behalten ihren Großbuchstaben.
massages-in-sentence-pre-event = Vorwettkampfmassage
massages-in-sentence-post-event = Nachwettkampfmassage
massages-in-sentence-general = Trainingsmassage
massages-in-sentence-injury = Massage bei Verletzungen
massages-in-sentence-self-massage = Selbstmassage

## Die Druckskala: leicht bis 4, mittel 5–6, kräftig ab 7 (von 10)
massages-pressure-light = Leicht
massages-pressure-medium = Mittel
massages-pressure-deep = Kräftig
massages-pressure-word-light = leicht
massages-pressure-word-medium = mittel
massages-pressure-word-deep = kräftig
massages-pressure-up-to = { $name } (bis { $high } von { $max })
massages-pressure-or-more = { $name } (ab { $low } von { $max })
massages-pressure-range = { $name } ({ $low }–{ $high } von { $max })

## Wie eine Vorwettkampfmassage gemacht wurde
massages-technique-light-flush = Leichte Lockerung
massages-technique-compression = Kompressionen über der Kleidung
massages-technique-deep = Kräftigere Griffe
