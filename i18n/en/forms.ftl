# Form checks: what is wrong with a typed value, beside the field it is about, naming the field
# and its limits (the profile in Settings, the heart rates, the timer cues, a routine and its
# steps), and why a routines file was refused.
# English is the source and the fallback of every other language.
#
# A value the runner typed is given as they typed it ($value, $text, $chars): it is shown, not
# formatted. Limits ($low, $high, $max) are numbers.

## Lists and typed whole numbers

# The last two words of a list: "calves, quads and hamstrings". $rest: the words before, joined
# by commas.
forms-list-and = { $rest } and { $last }
forms-enter-number = Enter a number.
forms-not-negative = Enter 0 or more, not { $value }.
forms-too-big = { $value } is far more than this field allows; check the number.
forms-not-whole = Enter a whole number, like 3, not "{ $text }".

## The profile (Settings)

forms-display-name-long = Display name is { $chars } characters; keep it to { $max } or fewer.
forms-display-name-breaks = Display name cannot contain line breaks or tabs.
forms-budget = Choose 0 to { $max } massages a month, not { $value }.
forms-no-touch-days = Choose { $low } or { $high } no-touch days before a race.
# $race: a, b or c, the race's priority.
forms-cutoff = The cut-off before { $race ->
        [a] an A
        [b] a B
       *[c] a C
    } race can be { $low } to { $high } days, not { $value }.
forms-post-race-gap = The gap after a race can be { $low } to { $high } hours, not { $value }; 72 is the usual advice.
forms-per-block = Per training block, choose { $low } or { $high } sessions, not { $value }.
forms-per-year = Per year, choose { $low } to { $high } sessions, not { $value }; twelve or more is a monthly budget.
forms-general-spacing = Keep general massages { $low } to { $high } days apart, not { $value }.
forms-soreness-limit = The soreness limit can be { $low } to { $high } hours, not { $value }.
forms-get-ready = The get-ready countdown can be 0 to { $max } seconds.

## Heart rates (Training)

# $rate: max or resting, which heart rate the message is about.
forms-heart-range = { $rate ->
        [max] Maximum
       *[resting] Resting
    } heart rate can be { $low } to { $high } bpm, not { $value }.
# $example: a typical figure for that heart rate.
forms-heart-not-whole = { $rate ->
        [max] Maximum
       *[resting] Resting
    } heart rate is a whole number of beats a minute, such as { $example }, not “{ $text }”.
forms-heart-resting-below = Resting heart rate ({ $resting }) must be below the maximum ({ $max }).

## A routine and its steps (the routine editor, and routines files)

forms-step-seconds = A step lasts between { $low } and { $high } seconds; this one is { $value }.
forms-step-pressure = Pressure is a range from 0 to 10 with the lower number first, e.g. 4–6.
forms-step-instruction-long = The instruction is { $chars } characters; keep it to { $max } or fewer.
forms-routine-name-missing = Give the routine a name.
forms-routine-name-long = The name is { $chars } characters; keep it to { $max } or fewer.
forms-routine-name-breaks = The name cannot contain line breaks or tabs.
forms-routine-no-steps = Add at least one step.
forms-routine-too-many-steps = A routine has at most { $max } steps; this one has { $value }.
# $number: the step's place in the routine, from 1; $problem: one of the step messages above.
forms-routine-step = Step { $number }: { $problem }

## Why a routines file was refused (nothing in it is imported)

# $problem: what is wrong with the text, as a phrase.
forms-routines-not-json = This is not readable routine data: { $problem }. Check that you picked the exported .json file, or pasted all of it.
forms-routines-wrong-format = This JSON file is not a Fresh Legs routines export.
forms-routines-newer = This file was made by a newer version of Fresh Legs (format { $found }; this app reads up to { $supported }). Update the app, then import it again.
forms-routines-damaged = The routines in this file are damaged: { $problem }. Export them again from Fresh Legs.
forms-routines-empty = This file has no routines in it.
# $number: the routine's place in the file, from 1.
forms-routines-missing-id = Routine { $number } has no id; export it again from Fresh Legs.
forms-routines-duplicate-id = Two routines in this file share the id "{ $id }".
forms-routines-built-in = "{ $name }" is, or uses the id of, a built-in routine, which is already in the app.
# $summary: every problem found, one sentence after another.
forms-routines-invalid = Routine { $number } ("{ $name }") cannot be imported: { $summary }
