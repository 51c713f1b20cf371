# Programme für Selbstmassage und Dehnen: die Körperbereiche, Hilfsmittel und Seiten eines
# Schritts, die Namen und Anleitungen der vorgegebenen Programme, was eine Verletzung am Programm
# ändert und wie viel Selbstmassage gerade passt. Der Läufer wird geduzt. Die Anleitungen werden
# vorgelesen: kurze Sätze, wie ein Sportmasseur sie sagt.

## Körperbereiche: als Name und im Satz

routines-area-feet = Füße
routines-area-calves = Waden
routines-area-achilles = Achillessehne
routines-area-shins = Schienbeine
routines-area-quads = Oberschenkelvorderseite
routines-area-hamstrings = Oberschenkelrückseite
routines-area-it-band = IT-Band
routines-area-adductors = Adduktoren
routines-area-hip-flexors = Hüftbeuger
routines-area-glutes = Gesäß
routines-area-lower-back = Unterer Rücken
routines-area-upper-back = Oberer Rücken
routines-in-sentence-feet = Füße
routines-in-sentence-calves = Waden
routines-in-sentence-achilles = Achillessehne
routines-in-sentence-shins = Schienbeine
routines-in-sentence-quads = Oberschenkelvorderseite
routines-in-sentence-hamstrings = Oberschenkelrückseite
routines-in-sentence-it-band = IT-Band
routines-in-sentence-adductors = Adduktoren
routines-in-sentence-hip-flexors = Hüftbeuger
routines-in-sentence-glutes = Gesäß
routines-in-sentence-lower-back = unterer Rücken
routines-in-sentence-upper-back = oberer Rücken
routines-area-list = { $first } und { $last }

## Hilfsmittel und Seiten

routines-tool-foam-roller = Faszienrolle
routines-tool-stick = Massageroller
routines-tool-ball = Massageball
routines-tool-none = Keins: Dehnung
routines-side-left = Links
routines-side-right = Rechts
routines-side-both = Beide Seiten
routines-side-each = Jede Seite einzeln

## Die vorgegebenen Programme

routines-name-pre-race-flush = Leichte Lockerung vor dem Wettkampf
routines-name-post-race-flush = Lockerung nach dem Wettkampf
routines-name-post-race-stretch = Dehnen nach dem Wettkampf
routines-name-calves-hamstrings-stick = Waden und Oberschenkelrückseite mit dem Massageroller
routines-name-hips-glutes-ball = Hüfte und Gesäß mit dem Massageball
routines-name-full-body = Ganzkörper-Einheit
routines-name-hard-block = Gezielte Einheit für harte Trainingsblöcke

## Die Anleitung eines vorgegebenen Schritts: Position, Tempo, worauf du achtest

routines-instruction = { $place } { $pace } { $care }
routines-pace-flush = Zügig und locker rollen: Die Beine sollen sich danach leicht anfühlen.
routines-pace-recovery = Langsam und sanft; nimm Druck raus, wenn eine Stelle sticht.
routines-pace-targeted = Langsam rollen und auf einer festen Stelle ein, zwei Atemzüge bleiben.
routines-pace-stretch = Ruhig bei leichtem Zug halten und atmen; nicht wippen.
routines-place-calves-roller = Wade auf die Rolle, Hände hinter dir, Hüfte hoch; von über dem Knöchel bis unter das Knie rollen.
routines-place-calves-stick = Im Sitzen, Fuß flach auf dem Boden: den Roller von über dem Knöchel bis unter das Knie die Wade hinaufführen.
routines-place-calves-ball = Im Sitzen, Ball unter der Wade, das andere Bein darüber für mehr Gewicht; in kurzen Zügen bewegen.
routines-place-calves-stretch = Hände an die Wand, dieses Bein gestreckt nach hinten, Ferse am Boden; nach vorn lehnen, bis die Wade zieht.
routines-place-shins-stick = Im Sitzen den Muskel direkt außen neben dem Schienbein rollen, vom Knöchel bis unter das Knie.
routines-place-shins = Knie dich hin, Vorderseite des Unterschenkels auf der Rolle, leicht nach innen gedreht, damit der Muskel neben dem Knochen das Gewicht trägt.
routines-place-quads-stick = Aufrecht sitzen und die Vorderseite des Oberschenkels von der Hüfte bis über das Knie abrollen.
routines-place-quads-stretch = Im Stehen, eine Hand an der Wand: diesen Fuß hinten fassen und die Ferse zum Gesäß ziehen, Knie zusammen.
routines-place-quads = Bauchlage auf den Unterarmen, Rolle unter dem Oberschenkel; von über dem Knie bis zur Hüfte rollen.
routines-place-hamstrings-roller = Rückseite des Oberschenkels auf die Rolle, Hände hinter dir; von über dem Knie bis zum Sitzbein rollen.
routines-place-hamstrings-stick = Fuß auf eine niedrige Stufe, die Rückseite des Oberschenkels von über dem Knie bis unter das Gesäß rollen.
routines-place-hamstrings-ball = Auf einem festen Stuhl sitzen, Ball unter dem Oberschenkel; das Knie langsam strecken und beugen.
routines-place-hamstrings-stretch = In Rückenlage, ein Handtuch um diesen Fuß: das gestreckte Bein heben, bis die Oberschenkelrückseite zieht.
routines-place-it-band-stick = Im Sitzen die Außenseite des Oberschenkels von der Hüfte bis über das Knie rollen.
routines-place-it-band = Seitlich auf die Rolle, oberer Fuß vorn auf dem Boden, um Gewicht abzunehmen; die Außenseite des Oberschenkels rollen.
routines-place-adductors-stick = Im Sitzen, Knie nach außen fallen lassen; die Innenseite des Oberschenkels von über dem Knie nach oben rollen.
routines-place-adductors-stretch = Aufrecht sitzen, Fußsohlen zusammen, Knie nach außen fallen lassen; aus der Hüfte leicht nach vorn neigen.
routines-place-adductors = Bauchlage, dieses Knie seitlich angewinkelt auf der Rolle; die Innenseite des Oberschenkels vom Knie aufwärts rollen.
routines-place-hip-flexors-ball = Bauchlage, Ball knapp innen neben dem Knochenvorsprung vorn an der Hüfte; das Gewicht langsam einsinken lassen.
routines-place-hip-flexors-stretch = Halber Kniestand auf diesem Knie: Becken aufrichten und nach vorn schieben, bis die Vorderseite der Hüfte zieht.
routines-place-hip-flexors = Bauchlage, Rolle knapp unter dem vorderen Hüftknochen; kleine, langsame Bewegungen.
routines-place-glutes-ball = Setz dich mit der Mitte dieser Gesäßhälfte auf den Ball; such eine empfindliche Stelle und bleib dort, während du atmest.
routines-place-glutes-stretch = In Rückenlage diesen Knöchel über das andere Knie legen; beide Beine zur Brust ziehen.
routines-place-glutes = Auf die Rolle setzen, diesen Knöchel über das andere Knie, und zu dieser Seite neigen.
routines-place-upper-back-ball = Ball zwischen Wand und dem Muskel neben dem Schulterblatt; anlehnen und langsam bewegen.
routines-place-upper-back = Rolle quer unter den Schulterblättern, Hände hinter dem Kopf; von der Mitte des Rückens bis zu den Schultern rollen.
routines-place-feet = Im Sitzen oder Stehen den Ball unter der Fußsohle von der Ferse bis zum Fußballen rollen.
routines-place-hands-only = Bearbeite die Umgebung nur mit den Händen.
routines-care-calves-tool = Kniekehle und Achillessehne auslassen.
routines-care-calves-stretch = Das hintere Knie gestreckt, aber nicht durchgedrückt.
routines-care-shins = Bleib auf dem Muskel, nie auf dem Knochen.
routines-care-quads-tool = Eine Handbreit über der Kniescheibe aufhören.
routines-care-quads-stretch = Rücken gerade; halt dich an der Wand fest.
routines-care-hamstrings-tool = Die Kniekehle auslassen.
routines-care-hamstrings-stretch = Das andere Bein locker, der untere Rücken bleibt am Boden.
routines-care-it-band = Hüftknochen und Knie auslassen; bei stechendem Schmerz weglassen.
routines-care-adductors-tool = Vor der Leiste aufhören.
routines-care-adductors-stretch = Die Knie nur so weit sinken lassen, wie es leicht geht.
routines-care-hip-flexors-tool = Sofort weg, wenn du einen Puls, Kribbeln oder Taubheit spürst.
routines-care-hip-flexors-stretch = Das vordere Knie bleibt über dem Knöchel.
routines-care-glutes-tool = Auf dem Muskel bleiben, weg vom Steißbein und vom unteren Rücken.
routines-care-glutes-stretch = Kopf und Schultern bleiben am Boden.
routines-care-upper-back = Nie den unteren Rücken oder den Nacken rollen.
routines-care-feet = Über dem Fußgewölbe nur leicht drücken.
routines-care-never-roll = Nie darüber rollen.

## Was eine Verletzung am Programm ändert, ein Satz pro verletztem Bereich

routines-injury-dropped = Wegen deiner Verletzung ({ $injured }): keine Schritte für { $dropped }.
routines-injury-softened = Wegen deiner Verletzung ({ $injured }): { $softened } nur leicht ({ $min }–{ $max } von 10).
routines-injury-both = Wegen deiner Verletzung ({ $injured }): keine Schritte für { $dropped }; { $softened } nur leicht ({ $min }–{ $max } von 10).

## Wie viel Selbstmassage gerade passt (Regel 8); die Begründungen stehen mitten im Satz

routines-dose-race-week = Kurz und leicht rollen: etwa { $seconds } s pro Muskel, wenig Druck, dann weiter.
routines-dose-after-race = Die Beine langsam und sanft rollen, etwa { $seconds } s pro Muskel; hör lange vor dem Unangenehmen auf.
routines-dose-hard-block = Gezielt arbeiten, etwa { $seconds } s pro Muskel mit mittlerem Druck (4 bis 6 von 10); der Massageroller passt gut für Waden und Oberschenkelrückseite.
routines-dose-everyday = Einmal rundum rollen: etwa { $seconds } s pro Muskelgruppe, langsam und mit mittlerem Druck.
routines-why-race-week = in der Wettkampfwoche bleiben die Beine mit kurzen, leichten Einheiten frisch
routines-why-after-race = müde Muskeln erholen sich mit sanftem Druck besser als mit harter Arbeit
routines-why-hard-block = harte Wochen und Tempotraining machen Waden, Oberschenkelrückseite und Hüfte fest, also gib ihnen mehr Zeit
routines-why-everyday = regelmäßige Pflege zu Hause zwischen den Massagen zahlt sich aus; fester ist nicht besser, die Muskeln spannen dagegen an

## Der Druck eines Schritts auf der Skala 0–10.
routines-pressure-one = { $word } ({ $level } von { $max })
routines-pressure-range = { $word } ({ $min }–{ $level } von { $max })
routines-pressure-between = { $low } bis { $high }
