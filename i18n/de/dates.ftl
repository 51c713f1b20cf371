# Monats- und Wochentagsnamen und wie ein Datum zusammengesetzt wird: „Do., 5. März 2026“.
# $day ist der Tag (eine Zahl), $month und $weekday Namen von unten, $year das Jahr.

dates-month-1 = Januar
dates-month-2 = Februar
dates-month-3 = März
dates-month-4 = April
dates-month-5 = Mai
dates-month-6 = Juni
dates-month-7 = Juli
dates-month-8 = August
dates-month-9 = September
dates-month-10 = Oktober
dates-month-11 = November
dates-month-12 = Dezember

dates-month-short-1 = Jan.
dates-month-short-2 = Feb.
dates-month-short-3 = März
dates-month-short-4 = Apr.
dates-month-short-5 = Mai
dates-month-short-6 = Juni
dates-month-short-7 = Juli
dates-month-short-8 = Aug.
dates-month-short-9 = Sept.
dates-month-short-10 = Okt.
dates-month-short-11 = Nov.
dates-month-short-12 = Dez.

dates-weekday-1 = Montag
dates-weekday-2 = Dienstag
dates-weekday-3 = Mittwoch
dates-weekday-4 = Donnerstag
dates-weekday-5 = Freitag
dates-weekday-6 = Samstag
dates-weekday-7 = Sonntag

dates-weekday-short-1 = Mo.
dates-weekday-short-2 = Di.
dates-weekday-short-3 = Mi.
dates-weekday-short-4 = Do.
dates-weekday-short-5 = Fr.
dates-weekday-short-6 = Sa.
dates-weekday-short-7 = So.

dates-day-month = { $day }. { $month }
dates-day-month-year = { $day }. { $month } { $year }
dates-weekday-day-month = { $weekday }, { $day }. { $month }
dates-weekday-day-month-year = { $weekday }, { $day }. { $month } { $year }
dates-long-weekday-day-month = { $weekday }, { $day }. { $month }
dates-date-clock = { $date }, { $clock } Uhr
# Eine Uhrzeit auf der 12-Stunden-Uhr: Deutsch bleibt überall bei 24 Stunden, die Meldung dient nur der Vollständigkeit.
dates-clock-twelve = { $hour }:{ $minute } { $half ->
        [am] AM
       *[pm] PM
    }
