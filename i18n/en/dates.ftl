# Month and weekday names, and how the app puts a date together. $day is the day of the month (a
# number), $month and $weekday are names from below, $year is the year as written ("2026").
# English has two orders: $order is "month-first" where the device's region writes the month
# first (the United States) and "day-first" elsewhere; a language with one order ignores it.

dates-month-1 = January
dates-month-2 = February
dates-month-3 = March
dates-month-4 = April
dates-month-5 = May
dates-month-6 = June
dates-month-7 = July
dates-month-8 = August
dates-month-9 = September
dates-month-10 = October
dates-month-11 = November
dates-month-12 = December

dates-month-short-1 = Jan
dates-month-short-2 = Feb
dates-month-short-3 = Mar
dates-month-short-4 = Apr
dates-month-short-5 = May
dates-month-short-6 = Jun
dates-month-short-7 = Jul
dates-month-short-8 = Aug
dates-month-short-9 = Sep
dates-month-short-10 = Oct
dates-month-short-11 = Nov
dates-month-short-12 = Dec

dates-weekday-1 = Monday
dates-weekday-2 = Tuesday
dates-weekday-3 = Wednesday
dates-weekday-4 = Thursday
dates-weekday-5 = Friday
dates-weekday-6 = Saturday
dates-weekday-7 = Sunday

dates-weekday-short-1 = Mon
dates-weekday-short-2 = Tue
dates-weekday-short-3 = Wed
dates-weekday-short-4 = Thu
dates-weekday-short-5 = Fri
dates-weekday-short-6 = Sat
dates-weekday-short-7 = Sun

# "5 Mar" or "Mar 5"
dates-day-month = { $order ->
    [month-first] { $month } { $day }
   *[day-first] { $day } { $month }
}
# "5 Mar 2026" or "Mar 5, 2026"
dates-day-month-year = { $order ->
    [month-first] { $month } { $day }, { $year }
   *[day-first] { $day } { $month } { $year }
}
# "Thu 5 Mar" or "Thu, Mar 5"
dates-weekday-day-month = { $order ->
    [month-first] { $weekday }, { $month } { $day }
   *[day-first] { $weekday } { $day } { $month }
}
# "Thu 5 Mar 2026" or "Thu, Mar 5, 2026"
dates-weekday-day-month-year = { $order ->
    [month-first] { $weekday }, { $month } { $day }, { $year }
   *[day-first] { $weekday } { $day } { $month } { $year }
}
# "Thursday 5 March" or "Thursday, March 5", with the long names
dates-long-weekday-day-month = { $order ->
    [month-first] { $weekday }, { $month } { $day }
   *[day-first] { $weekday } { $day } { $month }
}
# A date and a time on the 24-hour clock: "Thu 5 Mar 2026, 07:30"
dates-date-clock = { $date }, { $clock }
# A time on the 12-hour clock, where the runner's locale reads one (en-US): $hour is 1–12,
# $minute two digits, $half am or pm.
dates-clock-twelve = { $hour }:{ $minute } { $half ->
        [am] AM
       *[pm] PM
    }
