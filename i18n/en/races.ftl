# The Races screen: the races with their countdowns and timelines, the race form and the checks
# of a race, the training blocks, the season plan and planner, and the calendar export.
# English is the source and the fallback of every other language.
#
# Counts that can pass 999 (the self-massage days of a long season, the characters of a pasted
# name) are given twice: $count, a number to choose the plural by, and $digits, the same count as
# plain digits to show. A year ($year) is text too: "2,026" is not a year.

races-heading = Races
races-coming-up = Coming up
races-none-ahead = No races ahead yet. Add one below and the plan takes shape around it.
races-coming-up-label = Races coming up
races-later = Later
races-later-label = Later races
races-finished-heading = Finished
races-finished-hint = Finished races stay here: the days after them shape your recovery plan.
races-finished-label = Finished races
races-edit = Edit
races-delete = Delete
# $reason: why the change could not be saved.
races-not-saved = Not saved: { $reason }
races-fix-fields = Not saved: please fix the fields marked below.
races-cancel-editing = Cancel editing
# $name: the race's name, or races-block-name.
races-saved = Saved { $name }.
races-added = Added { $name }.
races-deleted = Deleted { $name }.
races-not-deleted = Not deleted: { $reason }
races-restored = Restored { $name }.
races-not-restored = Not restored: { $reason }

## How much a race matters

races-priority-a = A race
races-priority-b = B race
races-priority-c = C race

## A race's card

races-card-finished = Finished
# The countdown's name for screen readers. $name: the race's name.
races-time-until = Time until { $name } starts
# The countdown. $days: whole days, as digits; $hours, $minutes, $seconds: two digits each.
races-countdown-days = { $days }d { $hours }h { $minutes }m
races-countdown-hours = { $hours }h { $minutes }m { $seconds }s
races-countdown-started = Started
# When a race starts, in its own zone. $date: its day; $time: 09:00; $zone: Europe/London.
races-when = { $date } at { $time } ({ $zone })
# $priority: races-priority-…; $distance: races-distance; $outdoor: yes or no.
races-facts = { $priority } · { $distance } · { $outdoor ->
    [yes] Outdoor
   *[no] Indoor
}
# A distance in the runner's units. $unit: km or mi.
races-distance = { NUMBER($distance, maximumFractionDigits: 2) } { $unit ->
    [mi] mi
   *[km] km
}

## The timeline of a race's windows

# $name: the race's name.
races-timeline-label = Timeline around { $name }
# $window: the window's name; $from, $to: races-date-time or a day.
races-window-row = { $window }: { $from } – { $to }
# A day with a time on the race's wall clock. $date: "5 Mar"; $time: "07:30".
races-date-time = { $date } { $time }
races-general-again = General work allowed again: { $when }
races-today = Today
races-today-is = Today is { $when }.
races-today-before = Today comes before everything on this timeline.
races-today-after = All of this is behind you.

## The race form

races-form-add = Add a race
races-form-edit = Edit the race
# $name: the race's stored name.
races-form-edit-named = Edit { $name }
races-field-name = Race name
races-field-date = Date
races-field-start = Start time
races-field-distance = Distance ({ $unit ->
    [mi] mi
   *[km] km
})
races-field-expected = Expected time (h:mm, optional)
races-expected-hint = Leave it empty to estimate it from the distance. The post-race windows open from your finish.
races-field-priority = Priority
races-field-outdoor = Outdoor
races-save-race = Save race
races-add-race = Add race
races-presets-label = Common distances
races-preset-5k = 5K
races-preset-10k = 10K
races-preset-half = Half
races-preset-marathon = Marathon
# $other: the name of the race already at that minute.
races-same-minute = { $other } starts at the same minute. Save again to keep both races.
# The night the clocks go back. $time: the start time as typed; $offset: "UTC+01:00".
races-which-time = Which { $time }?
races-choose-one = Choose one
races-first-of-two = The first, before the clocks go back ({ $offset })
races-second-of-two = The second, after the clocks go back ({ $offset })

## The time zone field

races-field-zone = Time zone
races-zone-hint = The start line's zone: a city (Tokyo), a country (Japan), an abbreviation (JST) or a zone (Asia/Tokyo).
# $typed: what the runner typed.
races-zone-choices = Time zones for “{ $typed }”

## The checks of a race, each naming its field and its limit

races-error-date = Enter the race date.
races-error-start = Enter the start time, like 09:30.
# $years: how far from today a race may be.
races-error-date-away = Race date is more than { $years } years away; check the year.
races-error-date-ago = Race date is more than { $years } years ago; check the year.
races-error-name-empty = Give the race a name.
# $count, $digits: the name's characters; $most: the longest name.
races-error-name-long = Race name is { $count ->
    [one] { $digits } character
   *[other] { $digits } characters
}; keep it to { $most } or fewer.
# $zone: Europe/Berlin; $time: the start time, 02:30.
races-error-clocks-skip = In { $zone } the clocks skip { $time } on that day; check the time zone or the start time.
# $distance: the distance as digits, as it was typed.
races-error-distance-zero = Enter a distance greater than 0 km (this one is { $distance } km).
# $most: the longest distance, in km.
races-error-distance-long = Distance is { $distance } km, over the { $most } km limit; check the number.
# $unit: km or mi; $example: a distance to type.
races-error-distance-unreadable = Enter the distance as a number of { $unit ->
    [mi] miles
   *[km] kilometres
}, like { $example }.
races-error-expected-zero = Expected time must be more than 0:00; leave it empty to estimate it from the distance.
# $hours: the longest expected time, in hours; $time: the typed time, 250:00.
races-error-expected-long = Expected time can be up to { $hours } hours; { $time } is more than that.
# $typed: what the runner typed.
races-error-expected-unreadable = "{ $typed }" is not a time; type hours and minutes like 4:30, or leave it empty.
races-error-zone-empty = Choose the time zone of the start line.
races-error-zone-unknown = "{ $typed }" is not a time zone we know: type a city (Tokyo), a country (Japan) or an abbreviation (JST), or a zone such as Europe/London.
# $count: how many zones the word could mean.
races-error-zone-ambiguous = "{ $typed }" could mean { $count ->
    [one] 1 zone
   *[other] { $count } different zones
}: choose the one below that your start line keeps.
# $time: the start time; $zone: Europe/London.
races-error-repeated-hour = { $time } happens twice in { $zone } that night, as the clocks go back; choose which one below.

## Training blocks

races-blocks-heading = Training blocks
races-blocks-hint = Mark your hard weeks: on a small budget, deep massage goes where training bites most.
races-load-heading = Training load from your files
# $count: how many proposals wait.
races-review-proposals = Review what your files suggest ({ $count })
# A block in the list. $start, $end: its first and last days; $count, $digits: its days;
# $speed: yes when it has speed work.
races-block-facts = { $start } – { $end } · { $count ->
    [one] { $digits } day
   *[other] { $digits } days
}{ $speed ->
    [yes] {" "}· speed work
   *[no] {""}
}
# A block named in buttons and messages. $block: training-block-…; $start, $end: its days.
races-block-name = { $block }, { $start } to { $end }
races-block-form-add = Add a training block
races-block-form-edit = Edit training block
races-save-block = Save block
races-add-block = Add block
races-field-block-start = Block start
races-field-block-end = Block end
races-field-block-kind = Kind of block
races-field-speed-work = Speed work (intervals, fast sessions)
races-error-block-start = Enter the first day of the block.
races-error-block-end = Enter the last day of the block.

## What the budget cannot cover

races-left-out-heading = What the budget cannot cover
races-swapped = The plan now spends the budget the other way round.

## The season plan

races-season-heading = Season plan
races-season-label = Season timeline
# $from, $to: the season's first and last days; $races, $blocks, $sessions: how many of each.
races-season-summary = Season from { $from } to { $to }: { $races ->
    [one] 1 race
   *[other] { $races } races
}, { $blocks ->
    [one] 1 training block
   *[other] { $blocks } training blocks
} and { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
} to book. Each is listed in words on this screen.
races-row-blocks = Training blocks
races-row-races = Races
races-row-sessions = Sessions to book
races-legend-pre-event = Pre-event
races-legend-post-event = Post-event
races-legend-general = General · the line on the left is today
races-sessions-heading = Sessions to book
races-nothing-to-book = Nothing to book in this stretch: keep up the self-massage below.
races-sessions-label = Sessions to book
races-home-hide = Hide the self-massage days
# $count, $digits: the days with self-massage.
races-home-show = Self-massage on { $count ->
    [one] { $digits } day
   *[other] { $digits } days
}: show them
races-home-label = Self-massage days
# A planned session after its day. $kind: the kind of massage; $minutes: how long;
# $place: home or book.
races-session-what = { $kind } · { $minutes } min · { $place ->
    [home] at home
   *[book] book it
}
# Before the reason a session is planned.
races-why = Why:

## Finished races folded by season

# $year: the season; $count: its races.
races-fold-show = Show { $year } ({ $count ->
    [one] 1 race
   *[other] { $count } races
})
races-fold-hide = Hide { $year } ({ $count ->
    [one] 1 race
   *[other] { $count } races
})
races-finished-in = Finished in { $year }

## The season planner of wide windows

races-planner-heading = Season planner
# $from: today; $to: the season's last day.
races-planner-hint = From today, { $from }, to { $to }. Point at a session or reach it with Tab to read why it is there.
# A month along the top. $month: its short name; $year: the year.
races-planner-month = { $month } { $year }
races-planner-blocks-label = Training blocks in the season
races-planner-races-label = Races in the season
races-planner-sessions-label = Sessions to book in the season
# A block's days. $kind: its kind; $from, $to: its first and last days.
races-planner-block-title = { $kind }: { $from } to { $to }
races-planner-block-days = : { $from } to { $to }
# A session's button. $kind: the kind of massage; $day: its day.
races-planner-session = { $kind }, { $day }
# A session's tooltip heading. $day, $kind, $minutes as above.
races-planner-session-heading = { $day } · { $kind } · { $minutes } min

## The calendar export

races-calendar-heading = Calendar
races-calendar-hint = Put your races and the massages to book into any calendar app, each with a reminder the day before. Daily self-massage stays out, so your calendar stays readable.
races-export-calendar = Export calendar (.ics)
# $reason: why the file could not be written.
races-not-exported = Not exported: { $reason }
