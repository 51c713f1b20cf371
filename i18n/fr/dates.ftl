# Noms des mois et des jours, et l’ordre d’une date : « jeu. 5 mars 2026 », « 1er mai ».
# $day est le jour (un nombre), $month et $weekday des noms ci-dessous, $year l’année.

dates-month-1 = janvier
dates-month-2 = février
dates-month-3 = mars
dates-month-4 = avril
dates-month-5 = mai
dates-month-6 = juin
dates-month-7 = juillet
dates-month-8 = août
dates-month-9 = septembre
dates-month-10 = octobre
dates-month-11 = novembre
dates-month-12 = décembre

dates-month-short-1 = janv.
dates-month-short-2 = févr.
dates-month-short-3 = mars
dates-month-short-4 = avr.
dates-month-short-5 = mai
dates-month-short-6 = juin
dates-month-short-7 = juil.
dates-month-short-8 = août
dates-month-short-9 = sept.
dates-month-short-10 = oct.
dates-month-short-11 = nov.
dates-month-short-12 = déc.

dates-weekday-1 = lundi
dates-weekday-2 = mardi
dates-weekday-3 = mercredi
dates-weekday-4 = jeudi
dates-weekday-5 = vendredi
dates-weekday-6 = samedi
dates-weekday-7 = dimanche

dates-weekday-short-1 = lun.
dates-weekday-short-2 = mar.
dates-weekday-short-3 = mer.
dates-weekday-short-4 = jeu.
dates-weekday-short-5 = ven.
dates-weekday-short-6 = sam.
dates-weekday-short-7 = dim.

# Le premier du mois s’écrit « 1er ».
dates-day-month = { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
dates-day-month-year = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
dates-weekday-day-month = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
dates-weekday-day-month-year = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
dates-long-weekday-day-month = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
dates-date-clock = { $date } à { $clock }
# Une heure sur 12 heures : le français garde 24 heures partout, ce message ne sert qu’à la parité.
dates-clock-twelve = { $hour }:{ $minute } { $half ->
        [am] AM
       *[pm] PM
    }
