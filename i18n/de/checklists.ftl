# Die Checklisten: für jeden Wettkampf eine Liste für die Tage davor und eine für die Tage danach,
# nach Fälligkeit gruppiert, mit den festen Punkten und den eigenen Punkten der Läuferin oder des
# Läufers. „Heute“ zeigt die fälligen Punkte mit denselben Worten.

checklists-title = Checklisten
checklists-no-race-title = Noch kein Wettkampf
checklists-no-race = Zu jedem Wettkampf gehört eine Liste für die Tage davor und eine für die Tage danach. Trag einen Wettkampf ein, dann findest du sie hier.
checklists-race = Wettkampf
checklists-on-hold = Du hast { $flag } gemeldet: Alles rund um Massage, Termine, Programme und Öle wartet, bis du ärztlich oder physiotherapeutisch grünes Licht bekommen hast.
checklists-progress = Fortschritt: { $list }

## Die beiden Listen und ihre Abschnitte

checklists-list-pre = Vor dem Wettkampf
checklists-list-post = Nach dem Wettkampf
checklists-group-two-days-before = Zwei Tage vorher
checklists-group-day-before = Am Vortag
checklists-group-race-morning = Am Wettkampfmorgen
checklists-group-first-two-hours = In den ersten zwei Stunden nach dem Zieleinlauf
checklists-group-day-one = Am 1. Tag danach
checklists-group-days-two-to-three = Am 2. und 3. Tag danach

## Eigene Punkte

checklists-own-item = Eigener Punkt
checklists-own-item-when = Wann
checklists-add = Punkt hinzufügen
checklists-added = „{ $item }“ steht jetzt auf deiner Liste für { $group ->
        [two_days_before] zwei Tage vor dem Wettkampf
        [day_before] den Vortag
        [race_morning] den Wettkampfmorgen
        [first_two_hours] die ersten zwei Stunden nach dem Zieleinlauf
        [day_one] den 1. Tag danach
       *[days_two_to_three] den 2. und 3. Tag danach
    }.
checklists-edit-field = Punkt bearbeiten
checklists-save = Punkt speichern
checklists-cancel = Abbrechen
checklists-edit = Bearbeiten
checklists-remove = Entfernen
checklists-move-up-named = Nach oben: { $item }
checklists-move-down-named = Nach unten: { $item }
checklists-edit-named = Bearbeiten: { $item }
checklists-remove-named = Entfernen: { $item }
checklists-item-empty = Schreib auf, woran du denken willst.
checklists-item-too-long = Das sind { $chars } Zeichen; mehr als { $max } passen nicht hinein.
checklists-item-one-line = Schreib den Punkt in eine einzige Zeile.

## Die festen Punkte

checklists-no-touch = Massagefreie Tage: Du möchtest { $days ->
        [one] am Tag
       *[other] in den { $days } Tagen
    } vor dem Wettkampf keine Massage, also lass auch die Faszienrolle liegen.
checklists-book-pre-event-compression = Buche deine Vorwettkampfmassage für morgen: Kompressionen über der Kleidung.
checklists-book-pre-event-deep = Buche deine Vorwettkampfmassage für morgen: die kräftigeren Griffe, von denen du schon weißt, dass sie dir guttun.
checklists-book-pre-event-light = Buche deine Vorwettkampfmassage für morgen: eine leichte Lockerung mit Kompressionen und Schüttelungen.
checklists-hydrate-two-days-before = Trink über den Tag verteilt regelmäßig und hab immer eine Flasche griffbereit.
checklists-pre-event-compression = Massage vor dem Wettkampf: zügige Kompressionen über der Kleidung, und dabei bleibt es.
checklists-pre-event-deep = Massage vor dem Wettkampf: die kräftigeren Griffe, die du magst, aber keine neuen Techniken.
checklists-pre-event-light = Massage vor dem Wettkampf: leichte, lockernde Streichungen, Kompressionen und Schüttelungen. Danach sollten sich deine Beine leicht und spritzig anfühlen.
checklists-deep-work-note = Halte die kräftigen Griffe kurz und geh nur so tief, wie du es vor einer harten Einheit oder einem kleineren Wettkampf schon ausprobiert hast.
checklists-pre-race-routine = Selbstmassage: { $routine } ({ $minutes } Min.), nur mit leichtem Druck.
checklists-hydrate-day-before = Trink auch heute über den Tag verteilt; hellgelber Urin ist das Ziel.
checklists-sun-safe-oil = Wettkampf draußen bei Tageslicht: Wenn du ein Zitrusöl auf die Haut gibst, nimm eines mit, das die Haut nicht lichtempfindlich macht (Bergamotte FCF, destilliertes Zitronen- oder Limettenöl, Süßorange oder Mandarine).
checklists-morning-drink = Trink zum Frühstück schluckweise Wasser; zusätzlich etwas hinunterzwingen musst du nicht.
checklists-morning-short-session = Wenn du magst: eine kurze, leichte Massage 15 bis 45 Minuten vor dem Start, noch vor dem Aufwärmen.
checklists-warm-up-hands-on = Wärm dich wie gewohnt auf: lockeres Einlaufen und Lauf-ABC. Eine Massage ersetzt das nie.
checklists-warm-up-hands-off = Wärm dich mit lockerem Einlaufen und Lauf-ABC auf: Mehr Vorbereitung brauchen deine Beine nicht.
checklists-refuel = Trink und iss innerhalb der ersten Stunde etwas.
checklists-static-stretch = Sobald du ein Stück gegangen bist und dich abgekühlt hast, dehn dich sanft und statisch: Halte jede Dehnung, ohne zu wippen.
checklists-post-event-flush = Nachwettkampfmassage: eine leichte Lockerung mit langsamen, kontrollierten Streichungen, etwas kräftiger als vor dem Wettkampf, aber nie tief.
checklists-post-race-routine = Sanftes Rollen ab heute: { $routine } ({ $minutes } Min.). Hör auf, lange bevor es unangenehm wird.
checklists-hydrate-after = Füll über den Tag verteilt immer wieder Flüssigkeit nach.
checklists-no-general-until = Keine tiefe Massage (Trainingsmassage) bis { $date }, { $time } Uhr: Müde Muskeln brauchen erst diese Pause.
checklists-soreness-check = Muskelkater-Check: Bewerte, wie sich deine Beine anfühlen. Der Muskelkater vom Wettkampf sollte bis Tag 3 nachlassen. Falls nicht, oder wenn du blaue Flecken bemerkst, frag eine Fachkraft.
