# Nombres de los meses y de los días, y el orden de una fecha: «jue, 5 mar 2026»,
# «jueves, 5 de marzo». $day es el día (un número), $month y $weekday nombres de abajo, $year el año.

dates-month-1 = enero
dates-month-2 = febrero
dates-month-3 = marzo
dates-month-4 = abril
dates-month-5 = mayo
dates-month-6 = junio
dates-month-7 = julio
dates-month-8 = agosto
dates-month-9 = septiembre
dates-month-10 = octubre
dates-month-11 = noviembre
dates-month-12 = diciembre

dates-month-short-1 = ene
dates-month-short-2 = feb
dates-month-short-3 = mar
dates-month-short-4 = abr
dates-month-short-5 = may
dates-month-short-6 = jun
dates-month-short-7 = jul
dates-month-short-8 = ago
dates-month-short-9 = sept
dates-month-short-10 = oct
dates-month-short-11 = nov
dates-month-short-12 = dic

dates-weekday-1 = lunes
dates-weekday-2 = martes
dates-weekday-3 = miércoles
dates-weekday-4 = jueves
dates-weekday-5 = viernes
dates-weekday-6 = sábado
dates-weekday-7 = domingo

dates-weekday-short-1 = lun
dates-weekday-short-2 = mar
dates-weekday-short-3 = mié
dates-weekday-short-4 = jue
dates-weekday-short-5 = vie
dates-weekday-short-6 = sáb
dates-weekday-short-7 = dom

dates-day-month = { $day } { $month }
dates-day-month-year = { $day } { $month } { $year }
dates-weekday-day-month = { $weekday }, { $day } { $month }
dates-weekday-day-month-year = { $weekday }, { $day } { $month } { $year }
# Con los nombres largos, como se escribe en una frase: «jueves, 5 de marzo».
dates-long-weekday-day-month = { $weekday }, { $day } de { $month }
dates-date-clock = { $date }, { $clock }
# Una hora en el reloj de 12 horas, donde la región lo usa (es-MX, es-US).
dates-clock-twelve = { $hour }:{ $minute } { $half ->
        [am] a. m.
       *[pm] p. m.
    }
