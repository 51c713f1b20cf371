# Der Bildschirm „Training“: eigene Trainingsdateien importieren, fragliche Aktivitäten prüfen,
# die vorgeschlagenen Blöcke und Wettkämpfe, die Herzfrequenzen für die Belastung und jeder
# Import mit seinen Aktivitäten. Dazu die Namen der Blockarten und warum eine Datei nicht
# gelesen werden konnte. Der Läufer wird geduzt.

training-title = Training
training-lead = Deine eigenen Trainingsdateien zeigen deine harten Wochen, dein Tempotraining und deine Wettkämpfe – so richtet sich der Massageplan danach, ohne dass du jeden Block eintippen musst.
training-kept = { $activities } aus deinen Dateien übernommen.
training-load-heading = Trainingsbelastung
training-activities = { $count ->
        [one] { $digits } Aktivität
       *[other] { $digits } Aktivitäten
    }
training-save = Speichern
training-cancel = Abbrechen
training-undo = Rückgängig
training-keep = Behalten
training-remove = Entfernen
training-not-saved = Nicht gespeichert: { $reason }

## Blockarten

training-kind-base = Grundlage
training-kind-build = Aufbau
training-kind-peak = Spitze (hart)
training-kind-taper = Tapering
training-kind-recovery = Regeneration
training-block-base = Grundlagenblock
training-block-build = Aufbaublock
training-block-peak = Spitzenblock (hart)
training-block-taper = Tapering-Block
training-block-recovery = Regenerationsblock

## Prüfung der Blockdaten

training-block-date-away = { $date } liegt mehr als { $years } Jahre in der Zukunft – prüf bitte das Jahr.
training-block-date-ago = { $date } liegt mehr als { $years } Jahre zurück – prüf bitte das Jahr.
training-block-end-before-start = Der Block endet, bevor er beginnt. Wähle ein Enddatum am oder nach dem Starttag.
training-block-too-long = Ein Block dauert höchstens { $max } Tage (eine Saison); dieser dauert { $days }.

## Vorschläge

training-review-heading = Was deine Dateien vorschlagen
training-review-empty = Nichts Neues zu prüfen. Blöcke und Wettkämpfe aus deinen Dateien erscheinen hier, damit du sie übernehmen kannst; übernommene findest du unter „Wettkämpfe“.
training-review-hint = Übernimm, was stimmt: Der Plan legt die Massagen dann darum herum. Passt ein Datum oder die Art nicht, bearbeite den Vorschlag vorher; was nicht stimmt, verwirfst du.
training-accept = Übernehmen
training-edit = Bearbeiten
training-dismiss = Verwerfen
training-accepted = Übernommen: { $title }.
training-dismissed = Verworfen: { $title }.
training-edit-first = Bitte erst bearbeiten: { $reasons }
training-block-added = Hinzugefügt: { $block }.
training-race-added = { $name } hinzugefügt.
training-edit-block = Vorgeschlagenen Block bearbeiten
training-edit-race = Vorgeschlagenen Wettkampf bearbeiten
training-race-name = Name des Wettkampfs
training-priority = Priorität
training-proposal-block = { $block }, { $start } – { $end }
training-proposal-race = Wettkampf: { $name }
training-reason-base = { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    } ruhiger Dauerlauf ohne Tempotraining{ $speed ->
        [yes] , mit Tempoeinheiten.
       *[no] .
    }
training-reason-build = { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    } mit Intervallen oder schnellen Läufen in den meisten Wochen.
training-reason-peak = { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    } mit deinem härtesten Training, eingeleitet durch einen deutlichen Belastungssprung gegenüber den Wochen davor{ $speed ->
        [yes] , mit Tempoeinheiten.
       *[no] .
    }
training-reason-taper = { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    } mit zurückgefahrener Belastung vor einem Wettkampf{ $speed ->
        [yes] , mit Tempoeinheiten.
       *[no] .
    }
training-reason-recovery = { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    } lockeres Training nach härteren Wochen{ $speed ->
        [yes] , mit Tempoeinheiten.
       *[no] .
    }
training-reason-race = Am { $date } um { $time } Uhr: { NUMBER($km, minimumFractionDigits: 1, maximumFractionDigits: 1) } km in { $count ->
        [one] { $digits } Minute
       *[other] { $digits } Minuten
    }, als Wettkampf gelaufen.
training-change-none = Die Vorschläge sind unverändert.
training-change-gone = Nicht mehr vorgeschlagen: { $titles }.
training-change-new = Neu vorgeschlagen: { $titles }.
training-change-separator = {"; "}

## Die übernommenen Aktivitäten

training-activity-title = { $name }, { $date }
training-sport-run = Lauf
training-sport-ride = Radfahrt
training-sport-swim = Schwimmen
training-sport-walk = Gehen
training-sport-other = Aktivität
training-activity-facts = { $time }, { NUMBER($km, minimumFractionDigits: 2, maximumFractionDigits: 2) } km
training-activity-row = { $title }: { $facts }
training-doubtful-heading = Bitte diese Aktivitäten prüfen
training-doubtful-hint = Sie zählen erst, wenn du sie behältst: Eine Datei war beschädigt, oder ihre Werte liefert keine funktionierende Uhr.
training-doubt-cut-short = Nur teilweise gelesen: Die Datei bricht ab, daher ist nur enthalten, was davor steht.
training-doubt-checksum = Nur teilweise gelesen: Die Prüfsumme der Datei stimmt nicht, einige Werte könnten also falsch sein.
training-doubt-garbled = Nur teilweise gelesen: Ab einer Stelle ergibt die Datei keinen Sinn mehr, daher ist nur enthalten, was davor steht.
training-doubt-no-session = Nur teilweise gelesen: Die Datei hat eine Aufzeichnung, aber nicht die Gesamtwerte, die eine Uhr am Ende speichert – Zeit und Strecke stammen also allein aus der Aufzeichnung.
training-doubt-timer = Die Stoppuhr zeigt { $timer }, mehr als die { $elapsed } von Start bis Ende; übernommen werden { $elapsed }.
training-doubt-too-fast = Mit durchschnittlich { $pace } ist das schneller, als { $sport ->
        [run] irgendjemand läuft
        [walk] irgendjemand geht
        [swim] irgendjemand schwimmt
       *[ride] irgendjemand Rad fährt
    }: vielleicht eine andere Sportart, oder das GPS lag daneben.
training-pace-kmh = { NUMBER($speed, maximumFractionDigits: 0) } km/h
training-pace-per-100m = { $time } pro 100 m
training-pace-per-km = { $time } pro km
training-kept-activity = { $title } behalten: Die Aktivität zählt ab jetzt.
training-not-kept = Nicht behalten: { $reason }
training-removed = Entfernt: { $what }. { $change }
training-not-removed = Nicht entfernt: { $reason }
training-put-back = Wiederhergestellt: { $activities }.
training-not-put-back = Nicht wiederhergestellt: { $reason }

## Die Importe

training-imports-heading = Deine Importe
training-import-title = Importiert am { $date } um { $time } Uhr: { $activities }
training-this-import = dieser Import ({ $activities })
training-undo-import = Diesen Import rückgängig machen
training-show-activities = Aktivitäten anzeigen
training-show-more = Mehr anzeigen
training-import-heading = Trainingsdateien importieren
training-import-hint = FIT-, GPX- oder TCX-Dateien deiner Uhr (auch gzip-komprimiert) oder die .zip aus Stravas „Download your data“. Sie werden auf diesem Gerät gelesen und nie hochgeladen; gespeichert wird nur eine Zusammenfassung jeder Aktivität, nie die Strecke.
training-choose-files = Dateien auswählen
training-drop-here = oder hierher ziehen.
training-reading = Lese { $done } von { $total }
training-import-cancelled = Import abgebrochen: Es wurde nichts hinzugefügt.
training-import-none = Es wurden keine Aktivitäten importiert.
training-import-nothing-new = { $count ->
        [one] Nichts Neues: Die Aktivität war schon da.
       *[other] Nichts Neues: Alle { $digits } Aktivitäten waren schon da.
    }
training-import-added = { $activities } importiert.
training-import-again = { $count ->
        [one] { $digits } war schon da.
       *[other] { $digits } waren schon da.
    }
training-import-check = { $count ->
        [one] Eine wartet unter „Bitte diese Aktivitäten prüfen“ auf deine Entscheidung.
       *[other] { $digits } warten unter „Bitte diese Aktivitäten prüfen“ auf deine Entscheidung.
    }
training-import-not-saved = Nichts importiert: { $reason }

## Warum eine Datei nicht gelesen wurde

training-file-not-loaded = { $file } konnte nicht gelesen werden ({ $error }); versuch es noch einmal.
training-file-unsupported = { $file } kann Fresh Legs nicht lesen. Wähle eine .fit-, .gpx- oder .tcx-Datei (auch gzip-komprimiert, etwa .fit.gz) oder die .zip eines Strava-Exports.
training-file-too-large-activity = { $file } ist { $size } MB groß, mehr als die { $limit } MB, die Fresh Legs für eine einzelne Aktivitätsdatei liest. Das ist keine einzelne Aktivität – exportiere die Aktivität einzeln.
training-file-too-large-archive = { $file } ist { $size } MB groß, mehr als die { $limit } MB, die Fresh Legs für ein Archiv liest. Entpacke es und wähle stattdessen die Dateien aus seinem Ordner „activities“.
training-file-unpacks-too-large = { $file } ist entpackt größer als die { $limit } MB, die Fresh Legs für eine einzelne Aktivitätsdatei liest. Das ist keine einzelne Aktivität – exportiere die Aktivität einzeln.
training-file-entry-too-large = { $archive } enthält { $file }, das entpackt größer ist als die { $limit } MB, die Fresh Legs für eine einzelne Aktivitätsdatei liest. Entpacke das Archiv und wähle die gewünschten Aktivitätsdateien daraus aus.
training-file-cut-short = { $file } bricht ab (es endet vor seinem letzten Datensatz). Kopiere oder exportiere die Datei noch einmal von der Uhr oder aus der App.
training-file-checksum = { $file } ist unvollständig oder beschädigt (die Prüfsumme stimmt nicht). Exportiere die Datei noch einmal von der Uhr.
training-file-unreadable = { $file } ließ sich nicht als { $format }-Datei lesen ({ $detail }). Exportiere die Datei noch einmal von der Uhr oder aus der App.
training-file-no-times = { $file } hat keine Zeiten an den Trackpunkten, deshalb ist unklar, wann der Lauf war. Exportiere die Datei noch einmal mit Zeiten (als Aktivität, nicht als Route).
training-file-no-laps = { $file } hat keine Runden, deshalb ist die Dauer unbekannt. Exportiere die Aktivität noch einmal von der Uhr oder aus der App.
training-file-not-strava = { $file } enthält keine activities.csv und ist daher kein Strava-Export. Fordere auf Strava „Download your data“ an und wähle die .zip, die du bekommst.
training-file-no-activity = { $file } enthält keine aufgezeichnete Aktivität: weder eine Einheit noch einen Track mit Zeiten. Wähle die Datei, die deine Uhr nach einer Aktivität gespeichert hat.
training-file-not-an-activity = { $file } ist { $what }, keine aufgezeichnete Aktivität. Wähle die Datei, die deine Uhr nach einer Aktivität gespeichert hat (bei den meisten Uhren im Ordner „Activity“).
training-file-no-date = { $file } zählt die Zeiten ab dem Einschalten der Uhr und nennt nie das echte Datum, deshalb ist unklar, wann die Aktivität war. Exportiere sie aus einer App, die sie datiert (etwa Garmin Connect oder Strava).
training-file-only-short-legs = { $file } enthält nur Wechsel und Abschnitte unter einer Minute – nichts, was als Training zählt.
training-file-too-many-parts = { $file } enthält mehr als { $limit } Runden und Einheiten, mehr als jede Uhr bei einer Aktivität aufzeichnet. Das ist keine Aktivitätsdatei.
training-file-partly-timed = { $file } hat nur an { $timed } von { $points } Trackpunkten eine Zeit, zu wenige, um zu sagen, wann und wie lange die Aktivität war. Exportiere die Datei noch einmal mit Zeiten an jedem Punkt (als Aktivität, nicht als Route).
training-file-from-future = { $file } beginnt am { $start } (UTC), mehr als einen Tag nach jetzt. Prüf das Datum an der Uhr und exportiere die Aktivität dann noch einmal.
training-file-missing-in-archive = Die activities.csv in { $archive } nennt { $file }, aber das Archiv enthält die Datei nicht. Lade den Export noch einmal herunter.
training-file-bad-row = Zeile { $row } der activities.csv in { $archive } ist nicht lesbar: { $detail }. Lade den Export noch einmal herunter.
training-file-in-archive = In { $archive }: { $problem }
training-left-out = { $name } vom { $date } (in { $file }) wurde ausgelassen: { $reasons }
training-left-out-unnamed = Eine Aktivität vom { $date } (in { $file }) wurde ausgelassen: { $reasons }
training-reader-not-loaded = Das Lesemodul für Dateien ließ sich nicht laden ({ $error }). Lade die Seite neu und versuch es noch einmal.
training-reader-not-handed = { $file } ließ sich nicht an das Lesemodul übergeben ({ $error }). Importiere weniger Dateien auf einmal.
training-reader-stopped = Das Lesemodul hat aufgehört ({ $error }); es wurde nichts hinzugefügt. Lade die Seite neu und importiere die Dateien noch einmal.

## Was eine FIT-Datei enthält, die keine Aktivität ist (nach „ist“)

training-fit-device = eine Gerätebeschreibung
training-fit-settings = eine Einstellungsdatei
training-fit-sport = die Einstellungen einer Sportart
training-fit-workout = ein Workout (der Plan für eine Einheit)
training-fit-course = ein Kurs (eine Strecke zum Nachlaufen)
training-fit-schedule = ein Trainingsplan
training-fit-weight = eine Gewichtsmessung
training-fit-totals = eine Datei mit Summen
training-fit-goals = eine Datei mit Zielen
training-fit-blood-pressure = eine Blutdruckmessung
training-fit-monitoring = die Tagesaufzeichnung (Schritte und Herzfrequenz über den Tag)
training-fit-summary = eine Aktivitätszusammenfassung ohne Einheit
training-fit-segment = ein Segment (ein Streckenabschnitt für Bestzeiten)
training-fit-other = eine FIT-Datei anderer Art (Typ { $type })

## Prüfungen jeder übernommenen Aktivität

training-check-year = Sie beginnt { $year }, also vor { $earliest }: Die Uhr war nicht richtig gestellt.
training-check-duration = Eine Aktivität dauert länger als null und höchstens { $days } Tage.
training-check-heart-rate = Eine Herzfrequenz liegt zwischen { $low } und { $high } bpm.
training-check-pace-profile = Ein Pace-Profil hat höchstens { $bands } Bereiche.

## Herzfrequenzen

training-heart-heading = Deine Herzfrequenzen
training-heart-hint = Daran wird die Belastung einer Einheit mit Herzfrequenz gemessen. Lässt du die Felder leer, wird das Maximum aus deinen Dateien genommen und ein Ruhepuls von 60 bpm angesetzt.
training-heart-estimate = Bis du sie einträgst, rechnet die Belastung mit { NUMBER($max, maximumFractionDigits: 0) } bpm als Maximum und { NUMBER($rest, maximumFractionDigits: 0) } bpm in Ruhe.
training-heart-max = Maximum (bpm)
training-heart-resting = Ruhepuls (bpm)
training-heart-save = Herzfrequenzen speichern
training-heart-fix = Nicht gespeichert: Bitte korrigiere die markierten Felder.
training-heart-saved = Deine Herzfrequenzen sind gespeichert.
