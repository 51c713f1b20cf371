# Die eigenen Worte der Desktop-App: ihre Menüleiste, und was sie sagt, wenn sie ihr Fenster
# nicht öffnen kann. „&“ markiert den Buchstaben, den Alt wählt.

desktop-no-display = Fresh Legs hat keinen Bildschirm gefunden, auf dem es sein Fenster öffnen kann: Starte es in einer Desktop-Sitzung, oder starte `make serve` und nutze die Web-App im Browser.
desktop-about-text = Plant Sportmassage und Selbstmassage rund um die Wettkämpfe von Läuferinnen und Läufern. Offline und privat.

## Datei

desktop-file = &Datei
desktop-import = &Importieren…
desktop-export = &Exportieren…
desktop-close-window = Fenster &schließen
desktop-quit = &Beenden

## Bearbeiten

desktop-edit = &Bearbeiten
desktop-undo = &Rückgängig
desktop-redo = &Wiederholen
desktop-cut = &Ausschneiden
desktop-copy = &Kopieren
desktop-paste = &Einfügen
desktop-select-all = Alles &markieren

## Ansicht

desktop-view = &Ansicht
desktop-zoom-in = Ver&größern
desktop-zoom-out = Ver&kleinern
desktop-actual-size = &Originalgröße

## Hilfe

desktop-help = &Hilfe
desktop-data-folder = &Datenordner anzeigen
desktop-about = Ü&ber Fresh Legs
