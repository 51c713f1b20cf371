## Heute: was ansteht und warum, Warnungen und Pflege zu Hause, der Check auf Warnzeichen, die
## Frage nach dem Muskelkater und die Gründe, die Saisonplan und Kalenderexport nennen.

## Der Bildschirm
today-heading = Heute
today-warnings = Warnungen
today-what-to-do = Was heute ansteht
today-recommendations-label = Empfehlungen
today-nothing-to-do = Heute gibt es nichts zu buchen oder zu rollen: Ausruhen ist der Plan.
today-not-today = Nicht heute
today-home-care = Pflege zu Hause
today-your-race = dein Wettkampf
today-a-smaller-race = ein kleinerer Wettkampf
today-next-race = Nächster Wettkampf · { $priority }
today-time-until = Zeit bis zum Start von { $race }
today-phase = Phase: { $phase }
today-checklist = Checkliste für heute
today-open-checklists = Checklisten öffnen
today-no-race-heading = Kein Wettkampf in Sicht
today-no-race-text = Deine Wettkämpfe liegen alle hinter dir. Trag den nächsten ein, damit die App um ihn herum plant.
today-first-run-heading = Plane deine Massagen rund um deine Wettkämpfe
today-first-run-text = Trag einen Wettkampf ein, und Fresh Legs rechnet aus, wann tiefe Massage aufhören sollte, wann eine leichte Lockerung hilft und was du an den Tagen dazwischen zu Hause tun kannst.
today-add-next-race = Nächsten Wettkampf eintragen
today-add-first-race = Ersten Wettkampf eintragen
today-set-preferences = Deine Vorlieben einstellen
today-stop = Stopp:{ " " }
today-warning = Warnung:{ " " }

## Die Angaben zu einer Empfehlung
today-from = Ab { $time } Uhr
today-with-therapist = Beim Profi (Masseurin oder Masseur)
today-at-home-hands = Zu Hause · nur mit den Händen
today-at-home-tools = Zu Hause · { $tools }
today-at-start-hands = Am Start · nur mit den Händen
today-at-start-tool = Am Start · { $tool }
today-minutes = { $minutes } Min.
today-therapist-decides = So lange, wie deine Fachkraft es empfiehlt
today-why = Warum:{ " " }

## Wo du in Bezug auf einen Wettkampf stehst
today-phase-build = Aufbau
today-phase-cutoff = Keine tiefe Massage mehr
today-phase-pre-event = Zeit für die Vorwettkampfmassage
today-phase-race-day = Wettkampftag
today-phase-racing = Wettkampf läuft
today-phase-finished = Gerade im Ziel
today-phase-post-event = Lockerung nach dem Wettkampf
today-phase-recovery = Regeneration
today-window-cutoff = Keine tiefe Massage mehr
today-window-no-touch = Tage ohne Massage
today-window-pre-event = Zeit für die Vorwettkampfmassage
today-window-race = Wettkampf
today-window-post-event = Lockerung nach dem Wettkampf
today-window-gap = Noch keine tiefe Massage

## Was zu tun ist
today-advice-race-day-flush = Wenn du möchtest, eine kurze, leichte Lockerung 15 bis 45 Minuten vor dem Start, danach dein gewohntes Aufwärmen.
today-advice-pre-event-compression = Zügige Kompressionen über der Kleidung; leicht und kurz.
today-advice-pre-event-deep-tried = Die kräftigeren Griffe vor dem Wettkampf, die du schon ausprobiert hast und die dir bekanntermaßen guttun.
today-advice-pre-event-deep = Kräftigere Griffe vor dem Wettkampf, wie du es magst: kurz halten und nicht tiefer, als deine Beine es schon kennen.
today-advice-pre-event-light = Leichte, lockernde Striche mit Kompressionen und Schüttelungen; nichts Tiefes.
today-advice-home-flush = Stattdessen eine kurze Lockerung in Eigenregie: { $routine } ({ $minutes } Min.), { $before_race ->
    [yes] leicht und zügig
   *[no] langsam und sanft
}.
today-advice-post-event-flush = Langsame, kontrollierte lockernde Striche, etwas kräftiger als vor dem Wettkampf, aber leichter als eine Trainingsmassage, dazu sanftes begleitetes Dehnen.
today-advice-general = Tiefere Arbeit an verspannten Stellen, Triggerpunkten und der Beweglichkeit. Rechne mit 24 bis 36 Stunden Muskelkater und leg harte Läufe nicht in diese Zeit.
today-advice-ask-lighter = Bitte diesmal um { $pressure ->
    [light] leichten
    [medium] mittleren
   *[deep] kräftigen
} Druck.
today-advice-see-professional = Lass dich an folgenden Stellen von einer Fachkraft (Physiotherapie oder Sportmassage) untersuchen: { $areas }. Sie entscheidet über die Behandlung.

## Deine Art der Vorwettkampfmassage, mitten im Satz
today-approach-deep = kräftige Vorwettkampfmassage
today-approach-light-flush = eine leichte Lockerung
today-approach-compression = Kompressionen über der Kleidung
today-approach-no-touch = keine Massage in den { $days } Tagen davor

## Warum: jeder Grund nach seiner Regel
today-rule = Regel { $rule } · { $why }
today-reason-no-touch = du wolltest in den { $days } Tagen vor { $race } keine Massage, also bleibt heute alles ohne Massage
today-reason-race-day = Wettkampftag für { $race }: eine Massage nur kurz und leicht, und nie anstelle des Aufwärmens
today-reason-pre-event-soon = { $race } ist { $days ->
    [1] morgen
   *[other] in { $days } Tagen
}: { $approach ->
    [compression] kurze Kompressionen über der Kleidung ein, zwei Tage vorher wecken die Beine, ohne sie zu ermüden
    [deep] du magst kräftigere Griffe vor einem Wettkampf, und ein, zwei Tage vorher bleibt Zeit, bis ein Muskelkater abgeklungen ist
   *[light] leichte Arbeit ein, zwei Tage vorher sollte dir leichte, spritzige Beine geben
}
today-reason-pre-event-flushes = die leichte Vorwettkampfmassage heute lockert auch die Beine nach { $race }
today-reason-try-first = eine Gelegenheit, bei der wenig auf dem Spiel steht, um { $approach } vor { $a_race } auszuprobieren, wo es mehr zählt
today-reason-post-event = { $race } { $days ->
    [0] ist heute
    [1] war gestern
   *[other] war vor { $days } Tagen
}: eine Lockerung etwa 2 bis 48 Stunden nach dem Zieleinlauf beschleunigt die Regeneration, tiefe Massage würde sie bremsen
today-reason-cutoff = { $race } ({ $priority }{ $length ->
    [marathon] , ein Marathon
    [ultra] , ein Ultra
   *[half] {""}
}) steht bevor: tiefe Massage endet { $days ->
    [one] einen Tag
   *[other] { $days } Tage
} vorher, damit jeder Muskelkater bis zum Start abgeklungen ist
today-reason-gap = { $race }{ $length ->
    [marathon] , ein Marathon,
    [ultra] , ein Ultra,
   *[half] {""}
} liegt gerade erst hinter dir: tiefe Massage wartet bis { $hours } Stunden nach dem Zieleinlauf
today-reason-no-budget = es ist kein Budget für Massagen beim Profi eingestellt, also trägt die Pflege zu Hause die Last
today-reason-budget-spent = { $budget ->
    [one] die Massage beim Profi in diesem Monat ist
   *[other] die { $budget } Massagen beim Profi in diesem Monat sind
} schon genutzt oder gebucht
today-reason-no-budget-at-home = es ist kein Budget für Massagen beim Profi eingestellt, also machst du diese hier selbst zu Hause
today-reason-budget-spent-at-home = { $budget ->
    [one] die Massage beim Profi in diesem Monat ist
   *[other] die { $budget } Massagen beim Profi in diesem Monat sind
} genutzt oder gebucht, also mach diese hier zu Hause, und zwar leicht
today-reason-booked-within-spacing = eine Trainingsmassage ist schon { $days ->
    [0] für später heute
    [1] für morgen
   *[other] in { $days } Tagen
} gebucht; tiefe Massagen liegen mindestens { $spacing } Tage auseinander, damit jede wirken kann
today-reason-too-soon = deine letzte Trainingsmassage war vor { $days ->
    [one] einem Tag
   *[other] { $days } Tagen
}; gleichmäßige Abstände (etwa alle { $spacing } Tage) sind besser als mehrere kurz hintereinander
today-reason-rhythm = regelmäßige tiefe Massage etwa alle { $spacing } Tage ({ $budget } im Monat) erwischt verspannte Stellen früh; mit Abstand zu den Stichtagen vor Wettkämpfen (Regel 4)
today-reason-tight-budget-block = ein knappes Budget kommt dorthin, wo es am meisten hilft: in deinen { $block }{ $speed_work ->
    [yes] {" "}mit Tempotraining
   *[no] {""}
}, wenn Waden, Oberschenkelrückseite und Hüften fest werden; mit Abstand zu den Stichtagen vor Wettkämpfen (Regel 4)
today-tight-budget = { $sessions ->
    [one] eine Massage beim Profi
   *[other] { $sessions } Massagen beim Profi
} { $per ->
    [year] pro Jahr
   *[block] pro Trainingsblock
}
today-reason-tight-budget-a-races = dein Budget ({ $limit }) geht an deine A-Wettkämpfe und härtesten Blöcke, also deckt das Rollen zu Hause diesen Wettkampf ab
today-reason-tight-budget-spent = dein Budget ({ $limit }) ist schon genutzt oder gebucht
today-reason-tight-budget-spent-at-home = dein Budget ({ $limit }) ist genutzt oder gebucht, also mach diese hier zu Hause, und zwar leicht
today-reason-outside-blocks = dein Budget ({ $limit }) zahlt für Massagen innerhalb deiner Trainingsblöcke, und dieser Tag liegt außerhalb, also mach diese hier zu Hause
today-reason-one-a-day-logged = dein Tagebuch hat an diesem Tag schon eine { $kind }; eine Massage am Tag reicht völlig
today-reason-one-a-day = die { $kind } ist die Massage dieses Tages; eine am Tag reicht völlig
today-reason-injury-fresh = deine Verletzung ({ $areas }) ist in ihren ersten 72 Stunden: lass sie untersuchen, und keine Massage darauf bis { $until }
today-reason-race-is-the-work = Wettkampftag für { $race }: der Wettkampf ist die Arbeit des Tages, die Lockerung kommt nach dem Zieleinlauf
today-reason-step-lighter = die letzte Trainingsmassage hat dir zu viel Muskelkater oder blaue Flecken hinterlassen, also geht diese eine Stufe leichter
today-reason-keep-off = kein kräftiger Druck auf diese Stellen: { $areas }
today-reason-injury-professional = verletztes Gewebe braucht eine Behandlung, die zur Verletzung passt, und das kann nur eine Fachkraft beurteilen
today-reason-planned-for = dein Saisonplan sieht diese Massage für { $date } vor, den Tag, der am besten passt
today-reason-not-planned = dein Saisonplan hat für diese Massage keinen Platz innerhalb des Budgets und der Zeitfenster um deine Wettkämpfe
today-reason-planned-passed = dein Saisonplan hatte diese Massage für heute vorgesehen, aber ihr Zeitfenster hat sich früher am Tag geschlossen
today-reason-red-flag = du hast { $flag } gemeldet: keine Massage und keine Selbstmassage, bis eine Ärztin, ein Arzt oder eine Physiotherapeutin bzw. ein Physiotherapeut es freigegeben hat

## Warnungen und Pflege zu Hause
today-notice-red-flag-area = { $flag } ({ $area }). { $advice }
today-notice-red-flag = { $flag }. { $advice }
today-notice-injury-new = Deine Verletzung ({ $area }, { $tissue }) ist neu. Lass sie ärztlich oder physiotherapeutisch untersuchen; keine Massage darauf, auch nicht mit der Rolle, frühestens ab { $until }, und dann nur so, wie eine Fachkraft es rät.
today-notice-injury-active = Deine Verletzung ({ $area }, { $tissue }) ist noch nicht verheilt. Lass sie von einer Fachkraft behandeln, die über das Vorgehen entscheidet, und halte Faszienrolle, Stick und Ball davon fern.
today-notice-untried-smaller-race = Du hast { $approach } noch nie vor einem harten Training oder einem kleineren Wettkampf eingetragen. Dein Plan testet es vor { $smaller } am { $date }, vor { $race }.
today-notice-untried-workout = Du hast { $approach } noch nie vor einem harten Training oder einem kleineren Wettkampf eingetragen. Probier es bis { $date } vor einem harten Training aus, vor { $race }.
today-notice-untried-none-left = Du hast { $approach } noch nie vor einem harten Training oder einem kleineren Wettkampf eingetragen, und vor { $race } bleibt kein Tag mehr, um es auszuprobieren. Halte die Massage leicht und vertraut oder lass sie weg: Was deine Beine schon kennen, ist die sichere Wahl.
today-notice-general-booked-before = Eine Trainingsmassage ist nach dem Stichtag vor { $race } gebucht. Verschieb sie nach vorn oder hinter die Pause nach dem Wettkampf.
today-notice-general-booked-after = Eine Trainingsmassage ist zu kurz nach { $race } gebucht. Verschieb sie auf die Zeit nach der Pause nach dem Wettkampf.
today-notice-general-had-before = Du hattest nach dem Stichtag vor { $race } eine Trainingsmassage. Halte alles leicht und locker bis zum Wettkampf.
today-notice-general-had-after = Du hattest kurz nach { $race } eine Trainingsmassage. Lass die nächsten Tage locker angehen und wähle beim nächsten Mal weniger Druck.
today-notice-too-deep = Deine letzte Trainingsmassage hat { $what ->
    [long] Muskelkater über { $hours } Stunden hinaus
    [bruising] blaue Flecken
   *[both] blaue Flecken und Muskelkater über { $hours } Stunden hinaus
} hinterlassen, sie war also tiefer als sinnvoll. { $ask }
today-too-deep-same = Sie war schon als { $pressure ->
    [light] leicht
    [medium] mittel
   *[deep] kräftig
} eingetragen: Sag deiner Masseurin oder deinem Masseur, dass es trotzdem zu viel war, und bitte um sanftere Griffe.
today-too-deep-lighter = Bitte beim nächsten Mal um { $next ->
    [light] leichten
    [medium] mittleren
   *[deep] kräftigen
} statt { $pressure ->
    [light] leichten
    [medium] mittleren
   *[deep] kräftigen
} Druck.
today-notice-drink = Trink über den Tag verteilt regelmäßig Wasser statt alles auf einmal.
today-notice-after-massage = Du hattest in den letzten 24 Stunden eine Massage: etwas mehr Wasser und ein lockerer Tag helfen, dass sie wirkt.
today-notice-race-run-up = Trink in den Tagen vor dem Wettkampf immer wieder ein paar Schlucke und bleib bei Getränken, die du aus dem Training kennst.
today-notice-after-race = Trink ausreichend, geh kurze, lockere Spaziergänge und schlaf gut, während sich deine Beine erholen.
today-why-red-flag = manche Beschwerden machen Massage unsicher, bis eine Fachkraft sie angesehen hat; welche, beurteilt die App nicht
today-why-injury = die App verordnet nie eine Behandlung von Verletzungen, und kräftige Selbstmassage auf einer Verletzung kann sie zurückwerfen
today-why-untried = Menschen reagieren unterschiedlich auf Massage vor dem Wettkampf, also probier es an einem Tag aus, an dem weniger auf dem Spiel steht
today-why-general-inside = tiefe Massage braucht freie Tage vor einem Wettkampf und eine Pause danach, sonst fällt der Muskelkater in den Wettkampf oder die Regeneration
today-why-too-deep = ein bis anderthalb Tage Muskelkater nach tiefer Massage sind normal; länger, oder blaue Flecken, heißt: zu tief
today-why-home-care = ausreichend trinken und Pflege zu Hause zwischen den Massagen gehören zu jedem Plan

## Was ein knappes Budget im Saisonplan auslässt (Regel 5)
today-left-out-spent-on = die { $kind } am { $date }
today-left-out-block = Keine tiefe Massage in deinem { $block ->
    [base] Grundlagenblock
    [build] Aufbaublock
    [peak] Spitzenblock (hart)
    [taper] Tapering-Block
   *[recovery] Regenerationsblock
} (vorgesehen war { $date }): Das Budget für diese Zeit geht an { $instead }.
today-left-out = Keine tiefe Massage (vorgesehen war { $date }): Das Budget für diese Zeit geht an { $instead }.
today-left-out-at-home = Die { $kind } am { $date } machst du zu Hause: Das Budget für diese Zeit geht an { $instead }.
today-swap-to-deep = Budget zuerst für tiefe Massage nutzen
today-swap-to-race = Budget zuerst für Wettkampfmassagen nutzen

## Die Frage nach dem Muskelkater, 24 und 48 Stunden nach einer Trainingsmassage (Regel 6)
today-follow-up-heading = Wie stark ist dein Muskelkater?
today-follow-up-text = Seit deiner Trainingsmassage am { $date } sind etwa { $hours } Stunden vergangen. Eine kurze Antwort zeigt, ob der Druck gepasst hat.
today-follow-up-level = Muskelkater jetzt (0 = keiner, 10 = am schlimmsten)
today-follow-up-bruising = Blaue Flecken
today-follow-up-save = Muskelkater-Check speichern
today-follow-up-saved = Danke: Muskelkater-Check gespeichert.
today-not-saved = Nicht gespeichert: { $reason }

## Schnell eintragen und der Check auf Warnzeichen (Regel 12)
today-quick-log = Massage, Muskelkater oder Verletzung eintragen
today-red-flags-heading = Stimmt etwas nicht?
today-red-flags-hint = Hake alles an, was heute zutrifft. Das ist keine Diagnose: Ein Ja heißt, erst ärztlich oder physiotherapeutisch abklären lassen.
today-red-flags-where = Wo?
today-red-flags-save = Antworten speichern
today-red-flags-none = Alles in Ordnung: Der Plan für heute bleibt.
today-red-flags-saved = In deinem Tagebuch gespeichert. Geh zu einer Ärztin, einem Arzt oder in die Physiotherapie; Heute hält Massage fern, bis es freigegeben ist.

## Der Kalenderexport der Saison
today-calendar-name = Fresh-Legs-Saison
today-calendar-race = { $priority } · { $distance } · Start { $time } Uhr ({ $zone })
today-calendar-reminder = Morgen: { $name }
today-calendar-session = { $minutes } Min. { $why }
