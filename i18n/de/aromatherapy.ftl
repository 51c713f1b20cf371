# Aromatherapie: der Ratgeber zu den Ölen, der Mischungsrechner und die Vorsichtshinweise.
#
# Zahl und Einheit hält ein geschütztes Leerzeichen zusammen ({"\u00A0"}), damit ein schmaler
# Bildschirm nie „0,4“ am Zeilenende und „%“ am Anfang der nächsten Zeile zeigt.
# $oil, $race und $alternative sind Namen; $why ist ein Hauptsatz, warum die Höchstmengen bei
# Sonne gelten (aromatherapy-sun-why-…); $max, $total, $strength, $share und $range sind schon
# geschriebene Prozentangaben (aromatherapy-percent, aromatherapy-percent-range).

## Prozentangaben

aromatherapy-percent = { NUMBER($value, maximumFractionDigits: 2) }{"\u00A0"}%
aromatherapy-percent-range = { NUMBER($low, maximumFractionDigits: 2) } bis { NUMBER($high, maximumFractionDigits: 2) }{"\u00A0"}%

## Der Bildschirm

aromatherapy-title = Aromatherapie
# $flag: das gemeldete Warnzeichen im Akkusativ („Du hast eine frische Verletzung gemeldet“).
aromatherapy-stop = Du hast { $flag } gemeldet: keine Massageöle auf die Haut, bis das ärztlich oder physiotherapeutisch abgeklärt ist. Lass es noch heute abklären.
# $phase: der Name der Phase, wie „Heute“ ihn zeigt.
aromatherapy-lead = { $race }: { $phase }.
aromatherapy-lead-fits = Öle mit dem Hinweis „Passt jetzt“ eignen sich für diese Phase ({ $goal ->
        [energising] belebend, vor dem Wettkampf
       *[calming] beruhigend, zur Regeneration
    }).
aromatherapy-lead-no-race = Gerade steht kein Wettkampf an, also nimm einfach ein Öl, das du magst; die Hinweise erscheinen in der Wettkampfwoche.
aromatherapy-warnings = Warnungen
aromatherapy-warning = Warnung:
aromatherapy-fits-now = Passt jetzt
aromatherapy-goal-energising = Belebend, vor dem Wettkampf
aromatherapy-goal-calming = Beruhigend, zur Regeneration

## Bevor du ein Öl auswählst

aromatherapy-cautions = Bevor du ein Öl auswählst
aromatherapy-safe-undiluted = Gib ein ätherisches Öl nie unverdünnt auf die Haut und schluck es nie.
aromatherapy-safe-strength = Für eine Körpermassage mischst du { $range } in ein Trägeröl: { $low_drops } bis { $high_drops }{"\u00A0"}Tropfen auf { $ml }{"\u00A0"}ml.
aromatherapy-safe-patch-test = Mach mit jedem neuen Öl einen Verträglichkeitstest: etwas von der verdünnten Mischung auf die Innenseite des Unterarms geben und 24 bis 48{"\u00A0"}Stunden abwarten, ob die Haut rot wird oder juckt.
aromatherapy-safe-try-early = Probier neue Öle schon Wochen vor der Wettkampfwoche aus, nie zum ersten Mal vor einem wichtigen Wettkampf.
aromatherapy-take-care = Zuerst beachten
aromatherapy-take-care-hint = Die Öle weiter unten verweisen hierher, statt das alles zu wiederholen.
aromatherapy-caution-lead = { $caution }:
aromatherapy-caution-pregnancy = Schwangerschaft und Stillzeit
aromatherapy-caution-pregnancy-text = frag deine Hebamme, deine Ärztin oder deinen Arzt, bevor du ätherische Öle verwendest.
aromatherapy-caution-children = Kinder
aromatherapy-caution-children-text = bewahre die Fläschchen außer Reichweite auf, verwende bei kleinen Kindern keine Öle ohne fachlichen Rat und niemals Pfefferminze in der Nähe des Gesichts eines Babys oder kleinen Kindes.
aromatherapy-caution-asthma = Asthma oder Duftempfindlichkeit
aromatherapy-caution-asthma-text = das Einatmen von Ölen kann einen Anfall auslösen; lass also Taschentuch und Diffuser weg oder probier zuerst nur einen ganz schwachen Hauch.
aromatherapy-caution-pets = Haustiere
aromatherapy-caution-pets-text = manche Öle schaden Katzen, Hunden und Vögeln; halte Fläschchen und Diffuser von ihnen fern und wasch dir die Hände, bevor du sie anfasst.
aromatherapy-caution-broken-skin = Offene, aufgescheuerte oder sonnenverbrannte Haut
aromatherapy-caution-broken-skin-text = nach einem Wettkampf häufig: dort keine Öle, bis die Haut verheilt ist.
aromatherapy-caution-old-oils = Alte Öle
aromatherapy-caution-old-oils-text = Zitrusöle und Lavendel oxidieren nach dem Öffnen und reizen dann die Haut. Bewahre sie gut verschlossen, kühl und dunkel auf und ersetze Zitrusöle etwa ein Jahr nach dem Öffnen.
aromatherapy-caution-sun-limits = Höchstmengen bei Sonne
aromatherapy-caution-sun-limits-text = die Höchstmenge eines phototoxischen Öls gilt für Haut, die innerhalb von 12 bis 24{"\u00A0"}Stunden Sonne oder Solarium abbekommt, und mehrere in einer Mischung zählen zusammen. Öle mit dem Hinweis „Nicht phototoxisch“ haben keine.

## Die Öle

aromatherapy-oil-sweet-orange = Orange süß
aromatherapy-oil-mandarin = Mandarine
aromatherapy-oil-bergamot = Bergamotte
aromatherapy-oil-bergamot-fcf = Bergamotte FCF
aromatherapy-oil-lemon-cold-pressed = Zitrone (kaltgepresst)
aromatherapy-oil-lemon-distilled = Zitrone (destilliert)
aromatherapy-oil-lime-cold-pressed = Limette (kaltgepresst)
aromatherapy-oil-lime-distilled = Limette (destilliert)
aromatherapy-oil-grapefruit = Grapefruit
aromatherapy-oil-bitter-orange = Bitterorange
aromatherapy-oil-peppermint = Pfefferminze
aromatherapy-oil-lavender = Lavendel fein
aromatherapy-how-rub-or-tissue = In ein Trägeröl gemischt zum kräftigen Einreiben der Beine, oder zwei Tropfen auf ein Taschentuch, um sie auf dem Weg zum Start einzuatmen.
aromatherapy-how-bergamot = Am Wettkampftag am besten von einem Taschentuch einatmen; auf der Haut nur gut verdünnt.
aromatherapy-how-peppermint = Ein, zwei Tropfen auf ein Taschentuch zum Einatmen, oder ein wenig in einem Trägeröl in die Beine einmassiert; es fühlt sich kühl an.
aromatherapy-how-lavender = In ein Trägeröl gemischt für eine langsame Beinmassage nach dem Wettkampf, oder auf ein Taschentuch neben dem Kopfkissen, damit du zur Ruhe kommst.
aromatherapy-bergamot-strongest = Das am stärksten phototoxische Öl im Ratgeber: an sonnigen Tagen lieber einatmen als einreiben.
aromatherapy-bergamot-fcf-sun-safe = Die Furocumarine, die mit Sonnenlicht reagieren, sind entfernt (FCF: furocumarinfrei), deshalb ist das die nicht phototoxische Bergamotte.
aromatherapy-peppermint-eyes = Brennt in den Augen: wasch dir nach dem Einreiben die Hände.
aromatherapy-peppermint-g6pd-heart = Nicht bei G6PD-Mangel; bei Herzrhythmusstörungen wie Vorhofflimmern vorher ärztlich abklären lassen.
aromatherapy-instead-bergamot = Bergamotte FCF
aromatherapy-instead-lemon = destillierte Zitrone
aromatherapy-instead-lime = destillierte Limette
aromatherapy-instead-grapefruit = Orange süß oder Mandarine
aromatherapy-instead-bitter-orange = Orange süß

## Die Karte eines Öls

aromatherapy-sun-limit = Bei Sonne max. { $max }
aromatherapy-sun-safe = Nicht phototoxisch
aromatherapy-details = Anwendung und Vorsichtshinweise
aromatherapy-sun-sensitising = Phototoxisch:
aromatherapy-sun-sensitising-max = auf Haut, die innerhalb eines Tages Sonne abbekommt, höchstens { $max }.
aromatherapy-sun-safe-choice = Nicht phototoxische Alternative: { $alternative }.
aromatherapy-oil-cautions = Vorsichtshinweise zu { $oil }
aromatherapy-see-also = Siehe auch oben:
aromatherapy-mark = Deine Erfahrung mit { $oil }
aromatherapy-mark-not-marked = Nicht markiert
aromatherapy-mark-new = Neu für mich (noch kein Verträglichkeitstest)
aromatherapy-mark-patch-tested = Verträglichkeitstest gemacht, vertrage ich gut
aromatherapy-new-oil = { $oil } ist neu für dich und { $race } ist { $days ->
        [0] in weniger als einem Tag
        [one] in { $days }{"\u00A0"}Tag
       *[other] in { $days }{"\u00A0"}Tagen
    }. Ein Verträglichkeitstest dauert 24 bis 48{"\u00A0"}Stunden, und ein erster Versuch gehört vor einen Trainingslauf: Lass das Öl bei diesem Wettkampf weg, oder teste es jetzt und heb es dir für danach auf.

## Der Mischungsrechner

aromatherapy-calculator = Mischungsrechner
aromatherapy-calculator-hint = Ein Tropfen sind etwa { $ml }{"\u00A0"}ml. Die Tropfen werden abgerundet, damit die Mischung nie stärker wird als gewünscht.
# $why steht am Satzanfang; die App schreibt seinen ersten Buchstaben groß.
aromatherapy-sun-hint = { $why }, deshalb gilt für phototoxische Öle ihre Höchstmenge bei Sonne, und mehrere in einer Mischung zählen zusammen.
aromatherapy-sun-why-training = du trainierst draußen bei Tageslicht
aromatherapy-sun-why-race = { $race } findet draußen bei Tageslicht statt
aromatherapy-carrier = Trägeröl (ml)
aromatherapy-oil-number = Öl { $number }
aromatherapy-oil-dilution = Öl { $number }, Verdünnung (%)
aromatherapy-remove-oil = Öl { $number } entfernen
aromatherapy-remove = Entfernen
aromatherapy-add-oil = Öl hinzufügen
aromatherapy-blend-full = Eine Mischung enthält höchstens { $max } Öle.
aromatherapy-drops = { $drops }{"\u00A0"}Tropfen { $oil }
aromatherapy-drops-joiner = {" und "}
aromatherapy-result = { $rounding ->
        [down] auf { NUMBER($ml, maximumFractionDigits: 2) }{"\u00A0"}ml Trägeröl (abgerundet: die Mischung hat { $percent }).
       *[none] auf { NUMBER($ml, maximumFractionDigits: 2) }{"\u00A0"}ml Trägeröl.
    }
aromatherapy-result-error = Korrigiere das markierte Feld oben, dann siehst du die Tropfen (Trägeröl bis { $max }{"\u00A0"}ml).

## Was der Rechner ablehnt oder rät

aromatherapy-carrier-out-of-range = Gib eine Menge Trägeröl über 0 und bis { $max }{"\u00A0"}ml ein.
aromatherapy-percent-out-of-range = Gib eine Verdünnung über 0 und bis { $max } ein; für eine Körpermassage passen { $range }.
aromatherapy-blend-size = { $count ->
        [0] Wähle mindestens ein Öl.
       *[other] Eine Mischung hat höchstens { $max } Öle; diese hat { $count }.
    }
aromatherapy-oil-twice = { $oil } ist zweimal in der Mischung: gib dem Öl eine einzige Zeile mit seiner ganzen Menge.
aromatherapy-blend-too-strong = Zusammen ergeben die Öle { $total }; halte die ganze Mischung bei höchstens { $max }.
aromatherapy-under-one-drop = Das ist weniger als ein Tropfen { $oil }. Misch bei dieser Stärke mindestens { $ml }{"\u00A0"}ml Trägeröl an.
aromatherapy-stronger-than-massage = Stärker als die für eine Körpermassage üblichen { $range }: nur für eine kleine Stelle verwenden.
aromatherapy-over-sun-limit = Zu stark für Haut in der Sonne: { $oil } macht die Haut anfälliger für Sonnenbrand, und { $why }. Nimm höchstens { $max }.
aromatherapy-over-sun-limit-instead = Zu stark für Haut in der Sonne: { $oil } macht die Haut anfälliger für Sonnenbrand, und { $why }. Nimm höchstens { $max } oder stattdessen { $alternative }.
aromatherapy-sun-share = { $oil } mit { $strength } nutzt { $share } der Höchstmenge bei Sonne
aromatherapy-sun-share-separator = {"; "}
aromatherapy-blend-over-sun-limit = Zusammen zu stark für Haut in der Sonne, denn { $why }: { $shares }, insgesamt { $total }. Verringere die Mengen, bis die Anteile zusammen höchstens 100{"\u00A0"}% ergeben, oder wähle nicht phototoxische Öle.
