# Einstellungen: das Profil und die Vorlieben, die eigenen Daten (exportieren, importieren,
# löschen) und der Bildschirm „Datei öffnen“.

settings-title = Einstellungen
settings-saved-as-you-go = Jede Änderung wird sofort gespeichert.
settings-not-saved = Nicht gespeichert: { $problem }

## Profil

settings-profile = Profil
# „(Language)“ führt, wer kein Deutsch liest, zur eigenen Sprache zurück.
settings-language = Sprache (Language)
settings-language-device = Wie auf diesem Gerät
settings-language-en = English
settings-language-de = Deutsch
settings-language-fr = Français
settings-language-es = Español
settings-display-name = Anzeigename
settings-units = Einheiten
settings-units-km = Kilometer
settings-units-mi = Meilen
settings-theme = Farbschema
settings-theme-system = Wie das System
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-theme-black = Tiefschwarz
settings-motion = Bewegung reduzieren
settings-motion-system = Wie auf diesem Gerät
settings-motion-reduce = An: Bildschirm bleibt ruhig
settings-motion-full = Aus: Animationen erlauben

## Massage

settings-massage = Massage
settings-budget = Massagen beim Profi pro Monat
settings-tight-per = Bei weniger als einer im Monat
settings-tight-none = Keine Massage beim Profi
settings-tight-block = Einige pro Trainingsblock
settings-tight-year = Einige pro Jahr
settings-tight-sessions = Wie viele
settings-tight-hint = Sie kommen in deine härtesten Trainingsblöcke und Wochen mit Tempotraining.
settings-pre-event = Vor einem Wettkampf mag ich am liebsten
settings-pre-event-light-flush = Leichte Lockerung (empfohlen)
settings-pre-event-compression = Kompressionen über der Kleidung
settings-pre-event-deep = Kräftige Griffe (schon ausprobiert)
settings-pre-event-no-touch = Keine Massage vor dem Wettkampf
settings-no-touch-days = Tage ohne Massage vor einem Wettkampf

## Hilfsmittel und Sonne

settings-tools = Deine Hilfsmittel
settings-tool-foam-roller = Faszienrolle
settings-tool-stick = Massageroller (Stick)
settings-tool-ball = Massageball
settings-sun = Sonne
settings-outdoors = Ich trainiere bei Tageslicht draußen
settings-outdoors-hint = Manche Zitrusöle machen die Haut lichtempfindlich; der Aromatherapie-Rechner hält sie dann jeden Tag bei ihrer Höchstmenge bei Sonne.

## Stichtage und Abstände

settings-cutoffs = Tiefe Massage mit Abstand zum Wettkampf
settings-cutoffs-hint = Nach einer tiefen Massage (Trainingsmassage) hast du ein, zwei Tage Muskelkater – deshalb ist so viele Tage vor einem Wettkampf Schluss damit.
settings-cutoff-a = Tage vor einem A-Wettkampf
settings-cutoff-b = Tage vor einem B-Wettkampf
settings-cutoff-c = Tage vor einem C-Wettkampf
settings-post-race-gap = Stunden nach einem Wettkampf bis zur nächsten tiefen Massage
settings-general-spacing = Tage zwischen zwei tiefen Massagen
settings-soreness-limit = Stunden Muskelkater nach tiefer Massage, die in Ordnung sind
settings-soreness-hint = Dauert er länger, liegt er bei 3 von 10 oder mehr oder hast du blaue Flecken, war die Massage zu tief, und die nächste wird sanfter.

## Signale des Timers

settings-cues = Signale des Timers
settings-cues-hint = Wie dir das Programm ansagt, was als Nächstes kommt, während das Handy auf dem Boden liegt.
settings-cue-beep = Piepton bei jedem Wechsel
settings-cue-vibrate = Vibrieren (wenn das Handy es kann)
settings-cue-speak = Nächsten Schritt ansagen
settings-get-ready = Countdown zum Bereitmachen (Sekunden)

## Deine Daten

settings-data = Deine Daten
settings-data-stays = Deine Daten bleiben auf diesem Gerät, in
settings-data-nothing-sent = Nichts wird irgendwohin gesendet.
settings-show-folder = Datenordner zeigen
settings-export = Exportieren
settings-export-hint = Eine Datei mit allem – als Sicherung oder zum Mitnehmen auf ein anderes Gerät.
settings-export-mine = Meine Daten exportieren
settings-import = Importieren
settings-import-file = Aus einer Datei importieren
settings-import-paste = Oder füge hier einen Export ein
settings-import-check = Eingefügte Daten prüfen
settings-import-cancel = Import abbrechen
settings-merge-mine = Mit meinen Daten zusammenführen
settings-replace-mine = Meine Daten ersetzen
settings-undo = Rückgängig
settings-delete = Alle Daten löschen
settings-delete-question = Damit löschst du jeden Wettkampf, jeden Trainingsblock, jeden Tagebucheintrag und jede Einstellung auf diesem Gerät. Das lässt sich nicht rückgängig machen; exportiere vorher, falls du sie noch brauchen könntest.
settings-delete-yes = Ja, alles löschen
settings-delete-no = Meine Daten behalten

## Was eine geprüfte Datei enthält

settings-file-races = { $count ->
    [one] { $digits } Wettkampf
   *[other] { $digits } Wettkämpfe
}
settings-file-blocks = { $count ->
    [one] { $digits } Trainingsblock
   *[other] { $digits } Trainingsblöcke
}
settings-file-log-entries = { $count ->
    [one] { $digits } Tagebucheintrag
   *[other] { $digits } Tagebucheinträge
}
settings-file-routines = { $count ->
    [one] { $digits } Programm
   *[other] { $digits } Programme
}
settings-file-activities = { $count ->
    [one] { $digits } importierte Aktivität
   *[other] { $digits } importierte Aktivitäten
}
settings-file-summary = Die Datei ist ein Export und enthält { $races }, { $blocks }, { $entries }, { $routines } und { $activities }.
settings-file-set-aside = { $count ->
    [one] { $digits } Eintrag darin war nicht verwendbar; er kommt unverändert und beiseitegelegt mit und lässt sich über den Hinweis herunterladen.
   *[other] { $digits } Einträge darin waren nicht verwendbar; sie kommen unverändert und beiseitegelegt mit und lassen sich über den Hinweis herunterladen.
}

## Was ein Import, ein Ersetzen, ein Rückgängigmachen oder ein Löschen bewirkt hat

settings-merged = Importiert: Die Datei ist mit deinen Daten zusammengeführt.
settings-replaced = Importiert: Deine Daten sind jetzt die der Datei.
settings-not-imported = Nicht importiert: { $problem }
settings-nothing-to-undo = Es gibt nichts rückgängig zu machen.
settings-undone = Rückgängig gemacht: Deine Daten sind wieder wie vor dem Import.
settings-not-undone = Nicht rückgängig gemacht: { $problem }
settings-erased = Alle Daten gelöscht. Fresh Legs ist auf diesem Gerät wie neu.
settings-not-deleted = Nicht gelöscht: { $problem }
settings-replace-question = Alle deine Daten auf diesem Gerät durch die der Datei ersetzen? Jeder Wettkampf, jeder Trainingsblock, jeder Tagebucheintrag und jede Einstellung hier weicht dem Inhalt der Datei. Du kannst es bis zu deiner nächsten Änderung rückgängig machen.
settings-replace-yes = Ja, meine Daten ersetzen
settings-replace-no = Nein, meine Daten behalten

## Ob ein Import in den Speicher des Browsers passt

settings-room-space = Speicherplatz: Zusammengeführt bräuchten deine Daten { $merged } vom Speicher dieses Browsers, durch die Datei ersetzt { $replaced } (jeweils doppelt gezählt, weil jedes Speichern eine Sicherungskopie des vorigen Stands behält). Der Browser hat { $room } für Fresh Legs.
settings-room-both-fit = Beides passt.
settings-room-merge-fits = Zusammenführen passt, Ersetzen nicht.
settings-room-replace-fits = Zusammenführen passt nicht, Ersetzen schon. Um zusammenzuführen, schaffe zuerst Platz, indem du etwas von dem entfernst, was jetzt gespeichert ist:
settings-room-neither-fits = Nichts davon passt: Schon die Datei allein braucht mehr, als dieser Browser für eine Website aufhebt, deshalb lässt sie sich hier nicht importieren. Öffne sie in der Desktop-App von Fresh Legs, die deine Daten auf der Festplatte speichert.

## Der Bildschirm „Datei öffnen“

settings-open-title = Datei öffnen
settings-open-waiting = Warte auf eine Datei. Wenn du einen Export von Fresh Legs mit dieser App öffnest oder teilst, erscheint er hier mit seinem Inhalt, bevor sich irgendetwas ändert.
settings-open-import-instead = Stattdessen in den Einstellungen importieren
settings-open-refused = { $name } lässt sich nicht importieren: { $problem }
settings-open-ways = Zusammenführen behält deine Daten und fügt die der Datei hinzu; was an beiden Orten bearbeitet wurde, gilt in der neueren Fassung. Ersetzen macht deine Daten genau zu denen der Datei.
settings-open-merge = In meine Daten übernehmen
settings-open-not-now = Nicht jetzt
settings-open-go-today = Zu „Heute“
settings-open-your-data = Deine Daten in den Einstellungen
