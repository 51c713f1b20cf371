## Das Tagebuch: der Bildschirm, sein Formular, die Angaben zu jedem Eintrag und die Auswertung.
# Zahlen, die über 999 gehen können, kommen zweimal: $count wählt die Mehrzahl, $digits zeigt sie
# als reine Ziffern.

log-heading = Tagebuch
log-add-entry = Eintrag hinzufügen
log-history = Verlauf
log-nothing-yet = Noch nichts eingetragen. Massagen, Muskelkater, Verletzungen und Selbstmassagen, die du einträgst, erscheinen hier.
log-entries-label = Tagebucheinträge
log-showing = Du siehst die neuesten { $shown } von { $count ->
    [one] { $digits } Eintrag
   *[other] { $digits } Einträgen
}.
log-show-older = { $count ->
    [one] 1 älteren Eintrag zeigen
   *[other] { $count } ältere Einträge zeigen
}
log-watch-heading = Trainierst du mit einer Uhr?
log-watch-hint = Deine Trainingsdateien zeigen deine harten Wochen, dein Tempotraining und deine Wettkämpfe.
log-watch-import = Trainingsdateien importieren

## Ein Eintrag in der Liste
log-title-soreness = Muskelkater-Check
log-title-injury = Verletzung: { $area }
log-title-self-massage = Selbstmassage
log-title-red-flag = Warnzeichen: { $flag }
log-entry-name = { $title } vom { $when }
log-booked = { " " }· gebucht
log-edit = Bearbeiten
log-edit-label = { $title } bearbeiten
log-delete = Löschen
log-delete-label = { $title } löschen
log-mark-healed = Als verheilt markieren
log-cleared-by-professional = Von einer Fachkraft freigegeben
log-restored = Wiederhergestellt: { $name }.
log-not-restored = Nicht wiederhergestellt: { $reason }
log-deleted = Gelöscht: { $name }.
log-not-deleted = Nicht gelöscht: { $reason }

## Die Angaben unter der Überschrift eines Eintrags
log-detail-massage = { $therapist ->
    [yes] Beim Profi
   *[no] Ohne Profi
} · { $pressure ->
    [light] Leichter Druck
    [medium] Mittlerer Druck
   *[deep] Kräftiger Druck
}
log-detail-before-workout = Vor einer harten Einheit
log-detail-before-race = Vor dem Wettkampf: { $race }
log-detail-before-a-race = Vor einem Wettkampf
log-detail-notes = Notizen: { $notes }
log-detail-soreness = Muskelkater { $level }/10, { $hours } h nach der Massage{ $bruising ->
    [yes] , mit blauen Flecken
   *[no] {""}
}
log-detail-injury-active = { $tissue } · seit { $since } · noch nicht verheilt
log-detail-injury-healed = { $tissue } · seit { $since } · verheilt am { $healed }
log-detail-area = Bereich: { $area }
log-detail-cleared = Freigegeben am { $day }

## Gewebe
log-tissue-muscle = Muskel
log-tissue-tendon = Sehne
log-tissue-ligament = Band

## Das Formular
log-choice-massage = Eine Massage, die ich bekommen habe
log-choice-soreness = Wie stark mein Muskelkater ist
log-choice-injury = Eine Verletzung
log-choice-self-massage = Eine Selbstmassage, die ich gemacht habe
log-field-choice = Was möchtest du eintragen?
log-field-when = Wann
log-field-massage-kind = Art der Massage
log-field-pressure = Druck
log-field-technique = Ausführung
log-field-before = Zur Vorbereitung auf
log-before-nothing = Nichts Bestimmtes
log-before-workout = Eine harte Einheit
log-field-therapist = Beim Profi bekommen
log-field-notes = Notizen
log-field-after = Nach welcher Massage?
log-after-none = Keiner: nach einem Wettkampf oder einem harten Lauf
log-field-level = Muskelkater (0 = keiner, 10 = am schlimmsten)
log-field-bruising = Blaue Flecken
log-field-area = Wo ist die Verletzung?
log-field-tissue = Gewebe
log-field-started = Seit
log-field-healed = Verheilt am (leer lassen, solange sie anhält)
log-field-routine = Was du gemacht hast
log-field-minutes = Minuten
log-field-hours = Stunden seit dem Wettkampf oder Lauf
log-hours-after = { $count ->
    [one] { $digits } Stunde
   *[other] { $digits } Stunden
} nach dieser Massage.
log-hours-before = Diese Zeit liegt vor der Massage: Prüfe die Uhrzeit oder wähle eine andere Massage.
log-add = Eintragen
log-save = Änderungen speichern
log-fix-fields = Nicht gespeichert: Bitte korrigiere die markierten Felder.
log-changes-saved = Änderungen gespeichert.
log-added = In dein Tagebuch eingetragen.
log-not-saved = Nicht gespeichert: { $reason }

## Was das Formular und die Prüfung gespeicherter Einträge ablehnen
log-error-when = Gib Datum und Uhrzeit ein.
log-error-date = Gib ein Datum ein.
log-error-check-in-before = Dieser Check liegt vor der Massage, auf die er folgt: Prüfe die Uhrzeit oder wähle eine andere Massage.
log-error-long-ago = Das ist mehr als { $years } Jahre her; prüfe das Jahr.
log-error-book-ahead = Buche höchstens { $days } Tage im Voraus.
log-error-future = Diese Zeit liegt in der Zukunft. Trag etwas erst ein, wenn es passiert ist (nur eine Massage beim Profi lässt sich im Voraus buchen).
log-error-notes = Notizen dürfen höchstens { $most } Zeichen lang sein; diese haben { $count }.
log-error-hours = Trag deinen Muskelkater innerhalb von { $most } Stunden nach der Massage ein, nicht nach { $hours }.
log-error-level = Muskelkater reicht von 0 (keiner) bis 10 (am schlimmsten), nicht { $level }.
log-error-injury-start = Die Verletzung kann nicht nach dem Tag beginnen, an dem du sie einträgst.
log-error-injury-heal = Eine Verletzung kann nicht verheilen, bevor sie begonnen hat.
log-error-area-missing = Gib an, welcher Bereich betroffen ist.
log-error-area-whole-body = Dieses Warnzeichen betrifft den ganzen Körper, nicht einen Bereich.

## Auswertung
log-insights = Auswertung
log-insights-empty = In den letzten { $weeks } Wochen gab es noch keine Einheiten, also gibt es nichts darzustellen. Jede Massage und jede Runde mit der Faszienrolle, die du einträgst, füllt hier ihre Woche.
log-first-session = Erste Einheit eintragen
log-guided-routine = Geführtes Programm starten
log-chart-summary = Letzte { $weeks } Wochen: { $count ->
    [one] { $digits } Einheit
   *[other] { $digits } Einheiten
} ({ $professional } beim Profi, { $home } zu Hause), in { $active } von { $weeks } Wochen.
log-chart-caption = { $summary } Dunkle Balken: beim Profi; helle Balken: zu Hause.
log-table = Einheiten pro Woche als Tabelle
log-table-week = Woche ab
log-table-therapist = Profi
log-table-home = Zu Hause
log-streak = { $count ->
    [0] Noch keine Serie zu Hause: Eine kurze Runde mit der Faszienrolle in dieser Woche beginnt eine.
    [one] Serie zu Hause: 1 Woche.
   *[other] Serie zu Hause: { $digits } Wochen in Folge.
}
log-blocks-heading = Massagen beim Profi pro Trainingsblock
log-blocks-none = Lege Trainingsblöcke an, um zu sehen, wie sich dein Massage-Budget auf sie verteilt.
log-block = { $block } · { $start } bis { $end }: { $sessions }
log-block-sessions = { $sessions } von { $count ->
    [one] { $digits } Massage
   *[other] { $digits } Massagen
}
log-block-over-budget = { $sessions } von { $count ->
    [one] { $digits } Massage
   *[other] { $digits } Massagen
} (über dem Budget)
log-block-no-budget = { $count ->
    [one] { $digits } Massage
   *[other] { $digits } Massagen
}, ohne Budget für diesen Block
