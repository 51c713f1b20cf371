# Deine Daten: warum sie nicht gelesen oder gespeichert werden konnten, warum eine importierte
# Datei abgelehnt wurde, und der Hinweis auf beiseitegelegte Einträge. Warum ein Eintrag
# beiseitegelegt wurde, wird mit ihm gespeichert, auf Englisch (es steht nicht hier).
#
# $location: wo die Daten liegen (ein Ordner oder der Speicher dieses Browsers); $detail: was das
# System als Fehler gemeldet hat.

## Lesen und Speichern

store-read = Deine Daten unter { $location } konnten nicht gelesen werden: { $detail }. Prüfe, ob der Ordner existiert und lesbar ist.
store-write = Deine Daten konnten nicht unter { $location } gespeichert werden: { $detail }. Deine zuletzt gespeicherte Kopie ist unverändert; schaffe Platz oder prüfe die Berechtigungen und versuche es dann erneut.
store-full = In { $location } ist kein Platz mehr, daher ist deine letzte Änderung nicht gespeichert (deine zuletzt gespeicherte Kopie ist unverändert). Der Hinweis oben bietet Wege, Platz zu schaffen.
store-set-aside = Die unlesbaren Daten unter { $location } konnten nicht beiseitegelegt werden: { $detail }. Es wurde nichts geändert.
store-newer = Deine Daten wurden von einer neueren Version von Fresh Legs geschrieben (Format { $found }, diese App kennt bis { $supported }). Sie sind schreibgeschützt geöffnet, damit nichts verloren geht; aktualisiere die App, um Änderungen vorzunehmen.
store-changed-unreadable = Eine andere Kopie von Fresh Legs hat unter { $location } Daten gespeichert, die diese nicht lesen kann, daher wurde nichts darüber gespeichert. Lade die App neu, um zu sehen, was damit passiert ist.
store-no-data-dir = Es wurde kein Ordner für deine Daten gefunden. Setze FRESH_LEGS_DATA_DIR auf einen Ordner, in den du schreiben kannst.

## Speichermengen

store-kilobytes = { $amount } kB
store-megabytes = { $amount } MB

## Warum eine importierte Datei abgelehnt wurde

store-import-empty = Die Datei ist leer. Es wurde nichts geändert.
store-import-too-large = Die Datei ist { $megabytes } MB groß, mehr als die 10 MB, die ein Export je haben kann, also ist sie kein Export von Fresh Legs. Es wurde nichts geändert.
store-import-not-text = Die Datei ist kein Text: Einige ihrer Bytes sind kein UTF-8, also ist sie kein Export von Fresh Legs. Es wurde nichts geändert.
store-import-truncated = Die Datei endet zu früh: Sie sieht abgeschnitten aus, vielleicht durch einen unvollständigen Download oder eine unvollständige Kopie. Es wurde nichts geändert.
store-import-malformed = Das ist kein Export von Fresh Legs ({ $detail }). Es wurde nichts geändert.
store-import-newer = Die Datei stammt aus einer neueren Version von Fresh Legs (Format { $found }); aktualisiere die App, um sie zu importieren. Es wurde nichts geändert.
store-import-partial = Die Datei ist unvollständig, als wäre sie abgeschnitten oder von Hand bearbeitet worden: Es fehlt { $missing }. Exportiere sie erneut aus Fresh Legs. Es wurde nichts geändert.
store-list-or = { $rest } oder { $last }
store-file-unreadable = { $name } konnte nicht gelesen werden: { $problem }

## Die Teile eines Exports

store-section-profile = die Einstellungen
store-section-races = die Wettkämpfe
store-section-blocks = die Trainingsblöcke
store-section-log = das Tagebuch
store-section-checklists = die Wettkampf-Checklisten
store-section-oil-marks = die Notizen zu Ölen
store-section-routines = deine eigenen Programme
store-section-activities = das importierte Training
store-section-tombstones = die Liste der Löschungen

## Der Hinweis auf beiseitegelegte Einträge

store-set-aside-document = Eine Kopie gespeicherter Daten, die sich nicht öffnen ließ, bleibt hier, bis du diesen Hinweis schließt; lade sie herunter, um sie zu behalten.
store-set-aside-records = { $count ->
        [one] 1 Eintrag konnte nicht verwendet werden und wurde unverändert beiseitegelegt
       *[other] { $digits } Einträge konnten nicht verwendet werden und wurden unverändert beiseitegelegt
    }: { $records }. Alles andere wurde geladen.
store-record-race-named-dated = der Wettkampf „{ $name }“ am { $date }
store-record-race-named = der Wettkampf „{ $name }“
store-record-race-dated = der Wettkampf am { $date }
store-record-log-dated = { $kind ->
        [massage] die Massage
        [soreness] der Muskelkater-Check
        [injury] die Verletzung
        [self-massage] die Selbstmassage
        [red-flag] die Antwort zu Warnzeichen
       *[entry] der Eintrag
    } vom { $date } in deinem Tagebuch
store-record-log-kind = { $kind ->
        [massage] eine Massage
        [soreness] ein Muskelkater-Check
        [injury] eine Verletzung
        [self-massage] eine Selbstmassage
       *[red-flag] eine Antwort zu Warnzeichen
    } in deinem Tagebuch
store-record-block-dated = der Trainingsblock vom { $start } bis { $end }
store-record-routine = das Programm „{ $name }“
store-record-activity = die importierte Aktivität „{ $name }“
store-record-in = { $section ->
        [races] ein Wettkampf
        [blocks] ein Trainingsblock
        [log] ein Tagebucheintrag
        [checklists] eine Wettkampf-Checkliste
        [oil_marks] eine Notiz zu einem Öl
        [routines] ein Programm
        [activities] eine importierte Aktivität
        [tombstones] ein Löschvermerk
        [profile] eine Einstellung
       *[other] ein Eintrag
    }

## Der Speicher der Web-App, wie ihn die Meldungen oben nennen
store-browser-storage = dem Speicher dieses Browsers für diese Website
store-browser-kept-under = { $place }, unter dem Schlüssel „{ $key }“
store-browser-not-allowed = der Browser erlaubt dieser Website nicht, Daten zu speichern (privater Modus?)
store-browser-refused-read = der Browser hat das Lesen verweigert
store-browser-refused-store = der Browser hat das Speichern verweigert
store-browser-refused-change = der Browser hat die Änderung verweigert
store-browser-full = der Speicher des Browsers ist voll
