# Der Bildschirm „Wettkämpfe“: die Wettkämpfe mit Countdown und Zeitstrahl, das Formular und die
# Prüfungen eines Wettkampfs, die Trainingsblöcke, der Saisonplan und der Kalenderexport.
# Die Läuferin oder der Läufer wird geduzt. Zahlen setzt die App mit Dezimalkomma ein.

races-heading = Wettkämpfe
races-coming-up = Demnächst
races-none-ahead = Noch keine Wettkämpfe geplant. Trag unten einen ein, dann richtet sich der Plan danach.
races-coming-up-label = Kommende Wettkämpfe
races-later = Später
races-later-label = Spätere Wettkämpfe
races-finished-heading = Gelaufen
races-finished-hint = Gelaufene Wettkämpfe bleiben hier: Die Tage danach bestimmen deinen Regenerationsplan.
races-finished-label = Gelaufene Wettkämpfe
races-edit = Bearbeiten
races-delete = Löschen
races-not-saved = Nicht gespeichert: { $reason }
races-fix-fields = Nicht gespeichert: Bitte korrigiere die markierten Felder.
races-cancel-editing = Bearbeiten abbrechen
races-saved = Gespeichert: { $name }.
races-added = Hinzugefügt: { $name }.
races-deleted = Gelöscht: { $name }.
races-not-deleted = Nicht gelöscht: { $reason }
races-restored = Wiederhergestellt: { $name }.
races-not-restored = Nicht wiederhergestellt: { $reason }

## Wie wichtig ein Wettkampf ist

races-priority-a = A-Wettkampf
races-priority-b = B-Wettkampf
races-priority-c = C-Wettkampf

## Die Karte eines Wettkampfs

races-card-finished = Gelaufen
races-time-until = Zeit bis zum Start von { $name }
races-countdown-days = { $days } Tg. { $hours } Std. { $minutes } Min.
races-countdown-hours = { $hours } Std. { $minutes } Min. { $seconds } Sek.
races-countdown-started = Gestartet
races-when = { $date } um { $time } Uhr ({ $zone })
races-facts = { $priority } · { $distance } · { $outdoor ->
    [yes] Im Freien
   *[no] In der Halle
}
races-distance = { NUMBER($distance, maximumFractionDigits: 2) } { $unit ->
    [mi] mi
   *[km] km
}

## Der Zeitstrahl der Fenster eines Wettkampfs

races-timeline-label = Zeitstrahl rund um { $name }
races-window-row = { $window }: { $from } – { $to }
races-date-time = { $date } { $time }
races-general-again = Trainingsmassage wieder möglich: { $when }
races-today = Heute
races-today-is = Heute: { $when }.
races-today-before = Alles auf diesem Zeitstrahl liegt noch vor dir.
races-today-after = All das liegt hinter dir.

## Das Formular

races-form-add = Wettkampf hinzufügen
races-form-edit = Wettkampf bearbeiten
races-form-edit-named = { $name } bearbeiten
races-field-name = Name des Wettkampfs
races-field-date = Datum
races-field-start = Startzeit
races-field-distance = Distanz ({ $unit ->
    [mi] mi
   *[km] km
})
races-field-expected = Erwartete Zeit (h:mm, optional)
races-expected-hint = Lass das Feld leer, dann wird die Zeit aus der Distanz geschätzt. Die Fenster nach dem Wettkampf beginnen mit deinem Zieleinlauf.
races-field-priority = Priorität
races-field-outdoor = Im Freien
races-save-race = Wettkampf speichern
races-add-race = Wettkampf hinzufügen
races-presets-label = Übliche Distanzen
races-preset-5k = 5 km
races-preset-10k = 10 km
races-preset-half = Halbmarathon
races-preset-marathon = Marathon
races-same-minute = { $other } startet in derselben Minute. Speichere noch einmal, um beide Wettkämpfe zu behalten.
races-which-time = Welche { $time } Uhr?
races-choose-one = Bitte wählen
races-first-of-two = Die erste, bevor die Uhren zurückgestellt werden ({ $offset })
races-second-of-two = Die zweite, nachdem die Uhren zurückgestellt wurden ({ $offset })

## Das Feld für die Zeitzone

races-field-zone = Zeitzone
races-zone-hint = Die Zeitzone der Startlinie: eine Stadt (Tokio), ein Land (Japan), eine Abkürzung (JST) oder eine Zone (Asia/Tokyo).
races-zone-choices = Zeitzonen für „{ $typed }“

## Die Prüfungen eines Wettkampfs, jede mit ihrem Feld und ihrer Grenze

races-error-date = Gib das Datum des Wettkampfs ein.
races-error-start = Gib die Startzeit ein, etwa 09:30.
races-error-date-away = Das Datum des Wettkampfs liegt mehr als { $years } Jahre in der Zukunft; prüf das Jahr.
races-error-date-ago = Das Datum des Wettkampfs liegt mehr als { $years } Jahre zurück; prüf das Jahr.
races-error-name-empty = Gib dem Wettkampf einen Namen.
races-error-name-long = Der Name des Wettkampfs hat { $digits } Zeichen; erlaubt sind höchstens { $most }.
races-error-clocks-skip = In { $zone } gibt es { $time } Uhr an diesem Tag nicht, weil die Uhren vorgestellt werden; prüf die Zeitzone oder die Startzeit.
races-error-distance-zero = Gib eine Distanz über 0 km ein (angegeben sind { $distance } km).
races-error-distance-long = Die Distanz beträgt { $distance } km und liegt über der Grenze von { $most } km; prüf die Zahl.
races-error-distance-unreadable = Gib die Distanz als Zahl in { $unit ->
    [mi] Meilen
   *[km] Kilometern
} ein, etwa { $example }.
races-error-expected-zero = Die erwartete Zeit muss über 0:00 liegen; lass das Feld leer, um sie aus der Distanz schätzen zu lassen.
races-error-expected-long = Die erwartete Zeit darf höchstens { $hours } Stunden betragen; { $time } ist mehr.
races-error-expected-unreadable = „{ $typed }“ ist keine Zeit; gib Stunden und Minuten ein, etwa 4:30, oder lass das Feld leer.
races-error-zone-empty = Wähl die Zeitzone der Startlinie.
races-error-zone-unknown = „{ $typed }“ kennen wir nicht als Zeitzone: Gib eine Stadt (Tokio), ein Land (Japan), eine Abkürzung (JST) oder eine Zone wie Europe/Berlin ein.
races-error-zone-ambiguous = „{ $typed }“ kann { $count ->
    [one] eine Zone
   *[other] { $count } verschiedene Zonen
} bedeuten: Wähl unten die, die an deiner Startlinie gilt.
races-error-repeated-hour = { $time } Uhr gibt es in dieser Nacht in { $zone } zweimal, weil die Uhren zurückgestellt werden; wähl unten, welche du meinst.

## Trainingsblöcke

races-blocks-heading = Trainingsblöcke
races-blocks-hint = Markier deine harten Wochen: Bei knappem Budget kommt die tiefe Massage dorthin, wo das Training am meisten fordert.
races-load-heading = Trainingsbelastung aus deinen Dateien
races-review-proposals = Vorschläge aus deinen Dateien prüfen ({ $count })
races-block-facts = { $start } – { $end } · { $count ->
    [one] { $digits } Tag
   *[other] { $digits } Tage
}{ $speed ->
    [yes] {" "}· mit Tempotraining
   *[no] {""}
}
races-block-name = { $block }, { $start } bis { $end }
races-block-form-add = Trainingsblock hinzufügen
races-block-form-edit = Trainingsblock bearbeiten
races-save-block = Block speichern
races-add-block = Block hinzufügen
races-field-block-start = Beginn des Blocks
races-field-block-end = Ende des Blocks
races-field-block-kind = Art des Blocks
races-field-speed-work = Tempotraining (Intervalle, schnelle Einheiten)
races-error-block-start = Gib den ersten Tag des Blocks ein.
races-error-block-end = Gib den letzten Tag des Blocks ein.

## Was das Budget nicht abdeckt

races-left-out-heading = Was das Budget nicht abdeckt
races-swapped = Der Plan setzt das Budget jetzt andersherum ein.

## Der Saisonplan

races-season-heading = Saisonplan
races-season-label = Zeitstrahl der Saison
races-season-summary = Saison von { $from } bis { $to }: { $races ->
    [one] 1 Wettkampf
   *[other] { $races } Wettkämpfe
}, { $blocks ->
    [one] 1 Trainingsblock
   *[other] { $blocks } Trainingsblöcke
} und { $sessions ->
    [one] 1 Massage
   *[other] { $sessions } Massagen
} zum Buchen. Auf diesem Bildschirm steht alles auch in Worten.
races-row-blocks = Trainingsblöcke
races-row-races = Wettkämpfe
races-row-sessions = Zu buchende Massagen
races-legend-pre-event = Vorwettkampf
races-legend-post-event = Nachwettkampf
races-legend-general = Trainingsmassage · die Linie links ist heute
races-sessions-heading = Zu buchende Massagen
races-nothing-to-book = In diesem Zeitraum ist nichts zu buchen: Bleib unten bei der Selbstmassage dran.
races-sessions-label = Zu buchende Massagen
races-home-hide = Tage mit Selbstmassage ausblenden
races-home-show = Selbstmassage an { $count ->
    [one] { $digits } Tag
   *[other] { $digits } Tagen
}: anzeigen
races-home-label = Tage mit Selbstmassage
races-session-what = { $kind } · { $minutes } Min. · { $place ->
    [home] zu Hause
   *[book] buchen
}
races-why = Warum:

## Gelaufene Wettkämpfe, nach Saison zusammengeklappt

races-fold-show = { $year } anzeigen ({ $count ->
    [one] 1 Wettkampf
   *[other] { $count } Wettkämpfe
})
races-fold-hide = { $year } ausblenden ({ $count ->
    [one] 1 Wettkampf
   *[other] { $count } Wettkämpfe
})
races-finished-in = Im Jahr { $year } gelaufen

## Der Saisonplaner breiter Fenster

races-planner-heading = Saisonplaner
races-planner-hint = Ab heute, { $from }, bis { $to }. Zeig auf eine Massage oder spring mit Tab zu ihr, um zu lesen, warum sie dort steht.
races-planner-month = { $month } { $year }
races-planner-blocks-label = Trainingsblöcke der Saison
races-planner-races-label = Wettkämpfe der Saison
races-planner-sessions-label = Zu buchende Massagen der Saison
races-planner-block-title = { $kind }: { $from } bis { $to }
races-planner-block-days = : { $from } bis { $to }
races-planner-session = { $kind }, { $day }
races-planner-session-heading = { $day } · { $kind } · { $minutes } Min.

## Der Kalenderexport

races-calendar-heading = Kalender
races-calendar-hint = Übernimm deine Wettkämpfe und die zu buchenden Massagen in jede Kalender-App, jeweils mit einer Erinnerung am Vortag. Die tägliche Selbstmassage bleibt draußen, damit dein Kalender übersichtlich bleibt.
races-export-calendar = Kalender exportieren (.ics)
races-not-exported = Nicht exportiert: { $reason }
