# Der Warnzeichen-Check (Regel 12), den „Heute“ abfragt und an den Tagebuch, Checklisten und
# Aromatherapie erinnern: jede Frage, der kurze Name jedes Warnzeichens und der Rat nach einem Ja.
# Keine Diagnose: nur, wer das abklären soll und was bis dahin tabu ist.

## Die Fragen, jede zum Ankreuzen

safety-question-calf-pain-or-swelling = Schmerzen oder Schwellung in der Wade, vor allem nach einem langen Flug oder einer langen Autofahrt
safety-question-fever-or-unwell = Fieber oder ein allgemeines Krankheitsgefühl
safety-question-broken-skin = Offene, aufgescheuerte oder sonnenverbrannte Haut an einer Stelle
safety-question-fresh-injury = Eine Verletzung in ihren ersten zwei, drei Tagen
safety-question-bone-stress = Schmerzen in einem Knochen, die ein Ermüdungsbruch sein könnten
safety-question-dark-urine-or-heat-illness = Dunkler Urin oder Anzeichen einer Hitzeerkrankung nach einem langen Wettkampf
safety-question-blood-thinners = Einnahme von Blutverdünnern
safety-question-pregnancy = Schwangerschaft

## Kurze Namen, für das Tagebuch und die Warnungen

safety-flag-calf-pain-or-swelling = Wadenschmerzen oder Schwellung
safety-flag-fever-or-unwell = Fieber oder Krankheitsgefühl
safety-flag-broken-skin = Offene oder wunde Haut
safety-flag-fresh-injury = Frische Verletzung
safety-flag-bone-stress = Verdacht auf Ermüdungsbruch
safety-flag-dark-urine-or-heat-illness = Dunkler Urin oder Hitzeerkrankung
safety-flag-blood-thinners = Blutverdünner
safety-flag-pregnancy = Schwangerschaft

## Dasselbe mitten im Satz, als das, was du gemeldet hast: „Du hast eine frische Verletzung gemeldet: …“

safety-reported-calf-pain-or-swelling = Wadenschmerzen oder eine Schwellung
safety-reported-fever-or-unwell = Fieber oder ein Krankheitsgefühl
safety-reported-broken-skin = offene oder wunde Haut
safety-reported-fresh-injury = eine frische Verletzung
safety-reported-bone-stress = den Verdacht auf einen Ermüdungsbruch
safety-reported-dark-urine-or-heat-illness = dunklen Urin oder eine Hitzeerkrankung
safety-reported-blood-thinners = die Einnahme von Blutverdünnern
safety-reported-pregnancy = eine Schwangerschaft

## Was jetzt zu tun ist

safety-advice-today = Lass das noch heute ärztlich abklären, und keine Massage und kein Rollen, bis du das Okay hast.
safety-advice-area = Lass das ärztlich oder physiotherapeutisch abklären, und lass diese Stelle bei Massage und Rollen aus, bis sie freigegeben ist.
safety-advice-all = Lass das vor jeder Massage oder Selbstmassage ärztlich oder physiotherapeutisch abklären, und warte, bis du grünes Licht hast.
