## The Log: the screen, its form, the entries' details and the insights under them.
# Counts that can pass 999 come twice: $count chooses the plural and $digits shows it as plain
# digits ("1826 entries"), as the Log has always written it.

log-heading = Log
log-add-entry = Add an entry
log-history = History
log-nothing-yet = Nothing logged yet. Massages, soreness, injuries and self-massage you add appear here.
log-entries-label = Log entries
# $shown is plain digits too.
log-showing = Showing the latest { $shown } of { $count ->
    [one] { $digits } entry
   *[other] { $digits } entries
}.
# At most one page (30) at a time.
log-show-older = { $count ->
    [one] Show 1 entry older
   *[other] Show { $count } entries older
}
log-watch-heading = Train with a watch?
log-watch-hint = Your training files show your hard weeks, speed work and races.
log-watch-import = Import training files

## An entry in the list
log-title-soreness = Soreness check-in
log-title-injury = Injury: { $area }
log-title-self-massage = Self-massage
log-title-red-flag = Red flag: { $flag }
# An entry named in a message: its heading and when, e.g. "Soreness check-in of Sat 5 Dec 2026, 18:00".
log-entry-name = { $title } of { $when }
log-booked = { " " }· booked
log-edit = Edit
log-edit-label = Edit { $title }
log-delete = Delete
log-delete-label = Delete { $title }
log-mark-healed = Mark healed
log-cleared-by-professional = Cleared by a professional
log-restored = Restored: { $name }.
log-not-restored = Not restored: { $reason }
log-deleted = Deleted: { $name }.
log-not-deleted = Not deleted: { $reason }

## The facts under an entry's heading
# $therapist is yes or no; $pressure is light, medium or deep.
log-detail-massage = { $therapist ->
    [yes] With a therapist
   *[no] By myself
} · { $pressure ->
    [light] Light pressure
    [medium] Moderate pressure
   *[deep] Deep pressure
}
log-detail-before-workout = Before a hard workout
log-detail-before-race = Before { $race }
# The race is no longer on the calendar.
log-detail-before-a-race = Before a race
log-detail-notes = Notes: { $notes }
# $bruising is yes or no.
log-detail-soreness = Soreness { $level }/10, { $hours } h after the massage{ $bruising ->
    [yes] , with bruising
   *[no] {""}
}
log-detail-injury-active = { $tissue } · since { $since } · still active
log-detail-injury-healed = { $tissue } · since { $since } · healed { $healed }
log-detail-area = Area: { $area }
log-detail-cleared = Cleared { $day }

## Tissues, lower case so they read inside a sentence
log-tissue-muscle = muscle
log-tissue-tendon = tendon
log-tissue-ligament = ligament

## The form
log-choice-massage = A massage I had
log-choice-soreness = How sore I am
log-choice-injury = An injury
log-choice-self-massage = Self-massage I did
log-field-choice = What to log
log-field-when = When
log-field-massage-kind = Kind of massage
log-field-pressure = Pressure
log-field-technique = How it was done
log-field-before = Before
log-before-nothing = Nothing in particular
log-before-workout = A hard workout
log-field-therapist = Given by a therapist
log-field-notes = Notes
log-field-after = After which massage
log-after-none = None: a race or a hard run
log-field-level = Soreness (0 = none, 10 = worst)
log-field-bruising = Bruising
log-field-area = Where is the injury?
log-field-tissue = Tissue
log-field-started = Started
log-field-healed = Healed (leave empty while it lasts)
log-field-routine = What you did
log-field-minutes = Minutes
log-field-hours = Hours since the race or run
log-hours-after = { $count ->
    [one] { $digits } hour
   *[other] { $digits } hours
} after that massage.
log-hours-before = This time is before that massage: check the time, or choose another massage.
log-add = Add to log
log-save = Save changes
log-fix-fields = Not saved: please fix the fields marked below.
log-changes-saved = Changes saved.
log-added = Added to your log.
log-not-saved = Not saved: { $reason }

## What the form and the checks of a stored entry refuse
log-error-when = Enter the date and time it happened.
log-error-date = Enter a date.
log-error-check-in-before = This check-in is dated before the massage it follows: check its time, or choose another massage.
log-error-long-ago = That is more than { $years } years ago; check the year.
log-error-book-ahead = Book at most { $days } days ahead.
log-error-future = That time is in the future; log things once they have happened (only a therapist's massage can be booked ahead).
# $count is plain digits.
log-error-notes = Keep notes to { $most } characters; these are { $count }.
# $hours is plain digits.
log-error-hours = Check in within { $most } hours of the massage, not { $hours }.
log-error-level = Soreness goes from 0 (none) to 10 (worst), not { $level }.
log-error-injury-start = The injury cannot start after the day you log it.
log-error-injury-heal = An injury cannot heal before it started.
log-error-area-missing = Say which area this is about.
log-error-area-whole-body = This one is about the whole body, not one area.

## Insights
log-insights = Insights
log-insights-empty = No sessions in the last { $weeks } weeks yet, so there is nothing to chart. Each massage or roller session you log fills in its week here.
log-first-session = Log your first session
log-guided-routine = Start a guided routine
# $professional and $home are plain digits.
log-chart-summary = Last { $weeks } weeks: { $count ->
    [one] { $digits } session
   *[other] { $digits } sessions
} ({ $professional } with a therapist, { $home } at home), in { $active } of { $weeks } weeks.
log-chart-caption = { $summary } Dark bars: with a therapist; light bars: at home.
log-table = Sessions per week as a table
log-table-week = Week of
log-table-therapist = Therapist
log-table-home = Home
log-streak = { $count ->
    [0] No home-care streak yet: a short roller session this week starts one.
    [one] Home-care streak: 1 week.
   *[other] Home-care streak: { $digits } weeks in a row.
}
log-blocks-heading = Therapist sessions per training block
log-blocks-none = Add training blocks to see how your massage budget is spread across them.
# A block's line: "Build · 1 Jul to 31 Aug 2026: 1 of 2 sessions".
log-block = { $block } · { $start } to { $end }: { $sessions }
# The budget as $count and $digits; $sessions is plain digits.
log-block-sessions = { $sessions } of { $count ->
    [one] { $digits } session
   *[other] { $digits } sessions
}
log-block-over-budget = { $sessions } of { $count ->
    [one] { $digits } session
   *[other] { $digits } sessions
} (over budget)
# The sessions as $count and $digits.
log-block-no-budget = { $count ->
    [one] { $digits } session
   *[other] { $digits } sessions
}, with no budget for this block
