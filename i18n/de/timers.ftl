# Die Timer: die Liste der Programme, der geführte Player und was er ansagt, die Leiste des
# laufenden Programms, der Programm-Editor, der Verlauf und das Teilen von Programmen.
# Der Läufer wird geduzt. Die Ansagen (timers-say-*) spricht die Stimme des Geräts, während der
# Läufer auf der Rolle liegt: kurz, das Wichtigste zuerst.

## Die Liste der Programme

timers-title = Timer
timers-lead = Geführte Selbstmassage, das Handy neben dir auf dem Boden: große Zahlen, Pieptöne, Vibration und Ansagen.
timers-routines = Programme
timers-new-routine = Neues Programm
timers-in-progress = Läuft gerade
timers-built-in = Vorgegeben
timers-yours = Deins
timers-start = { $routine } starten
timers-return-to = Zurück zu { $routine }
timers-duplicate = Kopieren
timers-duplicate-label = { $routine } kopieren
timers-edit = Bearbeiten
timers-edit-label = { $routine } bearbeiten
timers-move-up-label = { $routine } nach oben
timers-move-down-label = { $routine } nach unten
timers-not-copied = Nicht kopiert: { $reason }
timers-not-moved = Nicht verschoben: { $reason }
timers-length-seconds = { $seconds } s
timers-length-minutes = { $minutes } Min.
timers-length-both = { $minutes } Min. { $seconds } s
timers-no-tool = Ohne Hilfsmittel

## Schnellstart auf „Heute“

timers-quick-self-massage = Dein Selbstmassage-Programm für heute
timers-quick-stretches = Dehnen nach deinem Wettkampf

## Verlauf

timers-history = Verlauf
timers-history-empty = Hier erscheinen deine beendeten und abgebrochenen Einheiten.
timers-history-week = { $count ->
        [one] { $count } Einheit in den letzten 7 Tagen.
       *[other] { $count } Einheiten in den letzten 7 Tagen.
    }

## Programme teilen

timers-share = Programme teilen
timers-share-hint = Exportiere deine eigenen Programme als Sicherung oder für ein anderes Gerät; importiere eine Datei, die Fresh Legs exportiert hat.
timers-export = Meine Programme exportieren
timers-import-file = Aus einer Datei importieren
timers-import-paste = Oder Programme als JSON einfügen
timers-import = Programme importieren
timers-not-exported = Nicht exportiert: { $reason }
timers-import-unread = Nichts importiert. { $reason }
timers-import-not-saved = Nichts importiert: { $reason }
timers-imported = { $count ->
        [one] { $digits } Programm importiert.
       *[other] { $digits } Programme importiert.
    }

## Der Player

timers-not-found = Programm nicht gefunden
timers-not-found-hint = Vielleicht wurde dieses Programm gelöscht.
timers-back = Zurück zu den Timern
timers-nothing-to-play = Jeder Schritt dieses Programms trifft eine verletzte Stelle oder drückt darauf ({ $areas }) – heute gibt es nichts abzuspielen.
timers-other-in-progress = { $playing } läuft noch. Geh zurück dorthin oder beende es (was du geschafft hast, kommt ins Tagebuch) und starte { $routine }.
timers-back-to = Zurück zu { $playing }
timers-stop-and-start = Beenden und { $routine } starten
timers-done = Fertig
timers-stopped = Beendet
timers-left-side = Linke Seite
timers-right-side = Rechte Seite
timers-both-sides = Beide Seiten
timers-guided = Geführtes Programm: { $routine }
timers-leave-label = Player verlassen
timers-leave = ‹ Verlassen
timers-away = { $count ->
        [one] Du hast dieses Programm vor { $digits } Minute mittendrin verlassen. Mach dort weiter, wo du warst, oder beende es und trag ein, was du geschafft hast.
       *[other] Du hast dieses Programm vor { $digits } Minuten mittendrin verlassen. Mach dort weiter, wo du warst, oder beende es und trag ein, was du geschafft hast.
    }
timers-tap-for-sound = 🔈 Tippen für Ton
timers-sound-held = Der Browser hält den Ton zurück, bis du tippst.
timers-area = Bereich
timers-tool = Hilfsmittel
timers-side = Seite
timers-pressure = Druck
timers-first-position = Geh für den ersten Schritt in Position; der Countdown sagt dir, wann es losgeht.
timers-next = Als Nächstes: { $step }
timers-last-step = Letzter Schritt
timers-start-again = Noch einmal
timers-previous = Schritt zurück
timers-pause = Pause
timers-resume = Weiter
timers-skip = Schritt vor
timers-stop = Beenden
timers-how-to = So geht’s
timers-keys = Tasten: Leertaste pausiert oder setzt fort, Pfeile gehen zurück oder weiter, Esc fragt vor dem Beenden.
timers-time-left = Restzeit dieses Schritts
timers-progress = Fortschritt des Programms

## Was der Player zu einem Abschnitt zeigt und sagt

timers-get-ready = Mach dich bereit
timers-switch-sides = Seite wechseln
timers-work-tool = { $side ->
        [left] { $area }, linke Seite, { $with }
        [right] { $area }, rechte Seite, { $with }
       *[none] { $area }, { $with }
    }
timers-work-stretch = { $side ->
        [left] { $area } dehnen, linke Seite
        [right] { $area } dehnen, rechte Seite
       *[none] { $area } dehnen
    }
timers-with-foam-roller = mit der Faszienrolle
timers-with-stick = mit dem Massageroller
timers-with-ball = mit dem Massageball
timers-step-of = Schritt { $number } von { $total }
timers-steps = { $count ->
        [one] { $count } Schritt
       *[other] { $count } Schritte
    }
timers-say-get-ready = Mach dich bereit.
timers-say-get-ready-first = Mach dich bereit. Zuerst: { $first }.
timers-say-step = { $step }.
timers-say-halfway = Halbzeit.
timers-say-switch-sides = Seite wechseln.
timers-say-switch-sides-next = Seite wechseln. Jetzt: { $next }.
timers-say-warning-next = { $seconds ->
        [one] Noch { $seconds } Sekunde. Danach: { $next }.
       *[other] Noch { $seconds } Sekunden. Danach: { $next }.
    }
timers-say-warning-last = { $seconds ->
        [one] Noch { $seconds } Sekunde. Der letzte Schritt.
       *[other] Noch { $seconds } Sekunden. Der letzte Schritt.
    }
timers-say-done = Programm geschafft. Gut gemacht!

## Das laufende Programm auf den anderen Bildschirmen

timers-running = Laufendes Programm
timers-running-step = { $side ->
        [left] { $step }, linke Seite
        [right] { $step }, rechte Seite
       *[none] { $step }
    }
timers-running-paused = Pausiert · { $step }
timers-running-return = Zurück
timers-leave-question = { $routine } verlassen?
timers-leave-text = Es kann weiterlaufen, während du dir einen anderen Bildschirm ansiehst: Die Leiste über der Navigation bringt dich zurück. Oder beende es jetzt, dann kommt das Geschaffte ins Tagebuch.
timers-keep-going = Im Hintergrund weiterlaufen lassen
timers-stop-and-log = Beenden und eintragen
timers-stay = Beim Programm bleiben
timers-nothing-logged = Beendet, bevor die Massage begann – nichts eingetragen.
timers-logged-complete = Programm geschafft: { $time } Massage im Verlauf eingetragen.
timers-logged-stopped = Beendet: { $time } Massage im Verlauf eingetragen.
timers-not-logged-complete = Programm geschafft, aber nicht eingetragen: { $reason }
timers-not-logged-stopped = Beendet, aber nicht eingetragen: { $reason }

## Der Programm-Editor

timers-built-in-hint = Vorgegebene Programme bleiben, wie sie sind. Mit „Kopieren“ auf dem Timer-Bildschirm machst du dir deine eigene Fassung.
timers-editor-not-found-hint = Vielleicht wurde es gelöscht.
timers-edit-routine = Programm bearbeiten
timers-routine-name = Name des Programms
timers-steps-heading = Schritte
timers-add-step = Schritt hinzufügen
timers-step-limit = Ein Programm hat höchstens { $max } Schritte; entferne einen, um einen neuen hinzuzufügen.
timers-save = Programm speichern
timers-cancel = Abbrechen
timers-delete = Programm löschen
timers-delete-confirm = Ja, { $routine } löschen
timers-fix-fields = Nicht gespeichert: Bitte korrigiere die markierten Felder.
timers-not-saved = Nicht gespeichert: { $reason }
timers-not-deleted = Nicht gelöscht: { $reason }
timers-step-number = Schritt { $number }
timers-seconds = Sekunden
timers-seconds-per-side = Sekunden pro Seite
timers-seconds-hint = { $min } bis { $max } Sekunden; 30–60 vor dem Laufen, 60–120 danach.
timers-what-to-do = Anleitung
timers-move-step-up = Schritt { $number } nach oben
timers-move-step-down = Schritt { $number } nach unten
timers-remove-step = Schritt { $number } entfernen
timers-up = ↑ Hoch
timers-down = ↓ Runter
timers-remove = Entfernen
