# Teile, die mehrere Bildschirme teilen: der Fortschritt einer Liste, die Punkte einer Checkliste,
# die Meldung unten am Bildschirm, die Hinweise zu deinen Daten, das Diagramm der
# Trainingsbelastung, die Wege, Platz zu schaffen, die Körperkarte, und was mit Dateien geschieht
# (speichern, öffnen, den Datenordner zeigen).

## Fortschritt und Checklisten

components-progress = { $done } von { $total } erledigt
components-on-hold = Wartet, bis dein Warnzeichen ärztlich oder physiotherapeutisch freigegeben ist.
components-start-routine = { $routine } starten

## Die Meldung unten am Bildschirm

components-undo = Rückgängig
components-close-message = Diese Meldung schließen

## Die Hinweise zu deinen Daten

components-backup-opened = Stattdessen wurde deine letzte gute Kopie geöffnet, es fehlt also höchstens die letzte Änderung.
components-started-empty = Die App ist ohne Daten gestartet.
components-not-read = Deine gespeicherten Daten konnten nicht gelesen werden. Sie wurden unverändert aufbewahrt unter { $place }. { $opened }
components-newer = Deine Daten wurden von einer neueren Version von Fresh Legs gespeichert (Format { $found }). Sie werden schreibgeschützt angezeigt, damit nichts verloren geht: Aktualisiere die App, um Änderungen vorzunehmen.
components-not-saved = Nicht gespeichert: { $problem }
components-download-set-aside = Beiseitegelegtes herunterladen
components-dismiss = Schließen
components-stuck = Deine gespeicherten Daten konnten nicht gelesen werden, und es ist kein Platz, eine Kopie davon beiseitezulegen ({ $detail }). Es wurde nichts geändert: Die App ist schreibgeschützt geöffnet, die Daten bleiben also, wo sie sind.
components-stuck-advice = Lade sie herunter, um sie zu sichern, und fang dann neu an; oder mach schreibgeschützt weiter, wie es ist.
components-download-unreadable = Die unlesbaren Daten herunterladen
components-start-fresh = Neu anfangen
components-start-fresh-waits = „Neu anfangen“ löscht die unlesbaren Daten, deshalb wartet es, bis du sie heruntergeladen hast.
components-could-not-open = Fresh Legs konnte deine Daten nicht öffnen

## Das Diagramm der Trainingsbelastung

components-chart-summary = Trainingsbelastung über { $weeks } Wochen ab { $from }, { $hard ->
        [one] { $hard } Woche
       *[other] { $hard } Wochen
    } als hart markiert.
components-chart-key = Höhere Balken sind belastendere Wochen; harte sind ausgefüllt. Darunter: deine Trainingsblöcke, dann, umrandet, die Blöcke, die deine Dateien vorschlagen.
components-chart-table = Die Wochen als Tabelle zeigen
components-chart-week-of = Woche ab
components-chart-load = Belastung (TRIMP)
components-chart-per-day-week = Pro Tag, diese Woche
components-chart-per-day-28 = Pro Tag, letzte 28 Tage
components-chart-notes = Hinweise
components-chart-hard = hart
components-chart-speed-work = Tempotraining
components-chart-race = Wettkampf
components-chart-proposed = vorgeschlagen: { $block }

## Platz schaffen, wenn die Daten nicht passen

components-remove-training = { $count ->
        [one] { $digits } importierte Trainingszusammenfassung
       *[other] { $digits } importierte Trainingszusammenfassungen
    } entfernen (die Zusammenfassungen der Dateien deiner Uhr; die Blöcke und Wettkämpfe, die du übernommen hast, bleiben)
components-remove-old-log = { $count ->
        [one] { $digits } Tagebucheintrag
       *[other] { $digits } Tagebucheinträge
    } von vor dem { $date } entfernen
components-download-copy = Eine Kopie deiner Daten herunterladen
components-frees = { $way } (gibt etwa { $amount } frei)
components-remove-question = { $way }? Sie lassen sich nicht zurückholen, außer aus einer Kopie, die du heruntergeladen hast.
components-removed = Entfernt. Das hat etwa { $amount } freigegeben, und deine Daten sind gespeichert.
components-still-not-saved = Immer noch nicht gespeichert: { $problem }
components-remove-yes = Ja, entfernen
components-remove-no = Nein, behalten

## Die Körperkarte

components-front = Vorne
components-back = Hinten
components-body-map = Körperkarte
components-body-map-lit = Körperkarte: { $area } hervorgehoben
components-nothing-yet = noch nichts
components-selected = Ausgewählt: { $area }

## Dateien: speichern, öffnen und der Datenordner

components-json-files = Fresh-Legs-Dateien (.json)
components-calendar-files = Kalender (.ics)
components-save-title = { $file } speichern
components-dialog-save = _Speichern
components-dialog-open = Ö_ffnen
components-open-title = Eine Fresh-Legs-Datei öffnen
components-saved-to = Gespeichert unter { $path }
components-save-closed = Nichts gespeichert: Der Speichern-Dialog wurde geschlossen.
components-ready-to-share = { $file } ist bereit zum Teilen: Wähle, wohin es gehen soll.
components-downloaded = { $file } heruntergeladen: Dein Browser bewahrt es bei deinen anderen Downloads auf.
components-no-dialog = Hier konnte sich kein Dateidialog öffnen.
components-paste-instead = Öffne die Datei in einem Texteditor, kopiere alles und füge es unten in das Feld ein.
components-folder-not-opened = Der Ordner konnte nicht geöffnet werden ({ $opener }: { $why }). Er liegt unter { $folder }.
components-folder-no-manager = es wurde kein Dateimanager gefunden, Exit-Code { $code }
components-folder-stopped = es wurde abgebrochen
