# Formularprüfungen: was an einem eingegebenen Wert nicht stimmt, neben dem Feld, um das es geht,
# mit dem Namen des Felds und seinen Grenzen (das Profil in den Einstellungen, die Herzfrequenzen,
# die Signale des Timers, ein Programm und seine Schritte), und warum eine Programmdatei
# abgelehnt wurde.
#
# Ein eingegebener Wert ($value, $text, $chars) wird gezeigt, wie er eingegeben wurde. Grenzen
# ($low, $high, $max) sind Zahlen.

## Listen und eingegebene ganze Zahlen

forms-list-and = { $rest } und { $last }
forms-enter-number = Gib eine Zahl ein.
forms-not-negative = Gib 0 oder mehr ein, nicht { $value }.
forms-too-big = { $value } ist weit mehr, als dieses Feld zulässt; prüfe die Zahl.
forms-not-whole = Gib eine ganze Zahl ein, etwa 3, nicht „{ $text }“.

## Das Profil (Einstellungen)

forms-display-name-long = Der Anzeigename hat { $chars } Zeichen; höchstens { $max } sind möglich.
forms-display-name-breaks = Der Anzeigename darf keine Zeilenumbrüche oder Tabulatoren enthalten.
forms-budget = Wähle 0 bis { $max } Massagen pro Monat, nicht { $value }.
forms-no-touch-days = Wähle { $low } oder { $high } Tage ohne Massage vor einem Wettkampf.
forms-cutoff = Der Stichtag für tiefe Massage vor einem { $race ->
        [a] A-Wettkampf
        [b] B-Wettkampf
       *[c] C-Wettkampf
    } kann { $low } bis { $high } Tage davor liegen, nicht { $value }.
forms-post-race-gap = Der Abstand nach einem Wettkampf kann { $low } bis { $high } Stunden betragen, nicht { $value }; üblich sind 72.
forms-per-block = Wähle pro Trainingsblock { $low } oder { $high } Massagen, nicht { $value }.
forms-per-year = Wähle pro Jahr { $low } bis { $high } Massagen, nicht { $value }; ab zwölf ist es ein monatliches Budget.
forms-general-spacing = Zwischen zwei Trainingsmassagen liegen { $low } bis { $high } Tage, nicht { $value }.
forms-soreness-limit = Die Grenze für Muskelkater kann { $low } bis { $high } Stunden betragen, nicht { $value }.
forms-get-ready = Der Countdown zum Bereitmachen kann 0 bis { $max } Sekunden dauern.

## Herzfrequenzen (Training)

forms-heart-range = { $rate ->
        [max] Die maximale Herzfrequenz
       *[resting] Der Ruhepuls
    } kann { $low } bis { $high } bpm betragen, nicht { $value }.
forms-heart-not-whole = { $rate ->
        [max] Die maximale Herzfrequenz
       *[resting] Der Ruhepuls
    } ist eine ganze Zahl von Schlägen pro Minute, etwa { $example }, nicht „{ $text }“.
forms-heart-resting-below = Der Ruhepuls ({ $resting }) muss unter der maximalen Herzfrequenz ({ $max }) liegen.

## Ein Programm und seine Schritte (der Programm-Editor und Programmdateien)

forms-step-seconds = Ein Schritt dauert zwischen { $low } und { $high } Sekunden; dieser dauert { $value }.
forms-step-pressure = Der Druck ist ein Bereich von 0 bis 10, die kleinere Zahl zuerst, z. B. 4–6.
forms-step-instruction-long = Die Anleitung hat { $chars } Zeichen; höchstens { $max } sind möglich.
forms-routine-name-missing = Gib dem Programm einen Namen.
forms-routine-name-long = Der Name hat { $chars } Zeichen; höchstens { $max } sind möglich.
forms-routine-name-breaks = Der Name darf keine Zeilenumbrüche oder Tabulatoren enthalten.
forms-routine-no-steps = Füge mindestens einen Schritt hinzu.
forms-routine-too-many-steps = Ein Programm hat höchstens { $max } Schritte; dieses hat { $value }.
forms-routine-step = Schritt { $number }: { $problem }

## Warum eine Programmdatei abgelehnt wurde (nichts daraus wird importiert)

forms-routines-not-json = Das sind keine lesbaren Programmdaten: { $problem }. Prüfe, ob du die exportierte .json-Datei gewählt oder alles eingefügt hast.
forms-routines-wrong-format = Diese JSON-Datei ist kein Programm-Export von Fresh Legs.
forms-routines-newer = Diese Datei stammt aus einer neueren Version von Fresh Legs (Format { $found }; diese App liest bis { $supported }). Aktualisiere die App und importiere sie dann erneut.
forms-routines-damaged = Die Programme in dieser Datei sind beschädigt: { $problem }. Exportiere sie erneut aus Fresh Legs.
forms-routines-empty = In dieser Datei sind keine Programme.
forms-routines-missing-id = Programm { $number } hat keine ID; exportiere es erneut aus Fresh Legs.
forms-routines-duplicate-id = Zwei Programme in dieser Datei haben dieselbe ID „{ $id }“.
forms-routines-built-in = „{ $name }“ ist ein vorgegebenes Programm oder nutzt dessen ID, und das ist schon in der App.
forms-routines-invalid = Programm { $number } („{ $name }“) kann nicht importiert werden: { $summary }
