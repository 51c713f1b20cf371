# Pieces several screens share: a list's progress, a checklist's items, the message at the bottom
# of the screen, the notices about the runner's data, the training-load chart, the ways to make
# room, the body map, and what happens with files (saving, opening, showing the data folder).
# English is the source and the fallback of every other language.
#
# Counts that can pass 999 are given twice: $count, a number to choose the plural by, and
# $digits, the same count as plain digits to show.

## Progress and checklists

# "3 of 8 done": the ticked items of a list.
components-progress = { $done } of { $total } done
components-on-hold = On hold until a doctor or physio has cleared your red flag.
# $routine: the guided routine's name.
components-start-routine = Start { $routine }

## The message at the bottom of the screen

components-undo = Undo
components-close-message = Close this message

## The notices about the runner's data (at the top of every screen)

components-backup-opened = Your last good copy was opened instead, so only the most recent change may be missing.
components-started-empty = The app started with empty data.
# $place: where the unreadable data was kept; $opened: components-backup-opened or
# components-started-empty.
components-not-read = Your saved data could not be read. It was kept, unchanged, at { $place }. { $opened }
# $found: the version of the data's format, as plain digits.
components-newer = Your data was saved by a newer version of Fresh Legs (format { $found }). It is shown read-only so nothing gets lost: update the app to make changes.
# $problem: why the store could not save.
components-not-saved = Not saved: { $problem }
components-download-set-aside = Download what was set aside
components-dismiss = Dismiss
# $detail: why no copy could be kept aside.
components-stuck = Your saved data could not be read, and there is no room to keep a copy of it aside ({ $detail }). Nothing was changed: the app is open read-only, so the data stays where it is.
components-stuck-advice = Download it to keep it safe, then start fresh; or carry on read-only as it is.
components-download-unreadable = Download the unreadable data
components-start-fresh = Start fresh
components-start-fresh-waits = “Start fresh” deletes the unreadable data, so it waits until you have downloaded it.
# The screen shown when the data cannot be opened at all.
components-could-not-open = Fresh Legs could not open your data

## The training-load chart (Training and Races)

# What the chart shows, for screen readers and under it. $weeks: the weeks shown; $from: the
# first week's Monday; $hard: the weeks marked hard.
components-chart-summary = Training load for { $weeks } weeks from { $from }, { $hard ->
        [one] { $hard } week
       *[other] { $hard } weeks
    } marked hard.
components-chart-key = Taller bars are heavier weeks; hard ones are filled. Underneath: your training blocks, then, outlined, the blocks your files suggest.
components-chart-table = Show the weeks as a table
components-chart-week-of = Week of
components-chart-load = Load (TRIMP)
components-chart-per-day-week = Per day, this week
components-chart-per-day-28 = Per day, last 28 days
components-chart-notes = Notes
# A week's notes in the table, joined by commas: "hard, speed work, Peak (hard) block".
components-chart-hard = hard
components-chart-speed-work = speed work
components-chart-race = race
# $block: the kind of block as a block ("Peak (hard) block").
components-chart-proposed = proposed: { $block }

## Making room when the data does not fit

components-remove-training = Remove { $count ->
        [one] { $digits } imported training summary
       *[other] { $digits } imported training summaries
    } (the summaries of your watch's files; the blocks and races you accepted stay)
# $date: the day two years ago.
components-remove-old-log = Remove { $count ->
        [one] { $digits } log entry
       *[other] { $digits } log entries
    } from before { $date }
components-download-copy = Download a copy of your data
# $way: components-remove-…; $amount: an amount of storage ("7.3 MB").
components-frees = { $way } (frees about { $amount })
components-remove-question = { $way }? They cannot be brought back, except from a copy you downloaded.
components-removed = Removed. That freed about { $amount }, and your data is saved.
components-still-not-saved = Still not saved: { $problem }
components-remove-yes = Yes, remove them
components-remove-no = No, keep them

## The body map

components-front = Front
components-back = Back
components-body-map = Body map
# $area: the body area, as a sentence has it (lower case where the language writes it so).
components-body-map-lit = Body map: { $area } highlighted
components-nothing-yet = nothing yet
# $area: the area picked, or components-nothing-yet.
components-selected = Selected: { $area }

## Files: saving, opening, and the data folder

# The name of a kind of file in the computer's file dialog.
components-json-files = Fresh Legs files (.json)
components-calendar-files = Calendars (.ics)
# The title of the save dialog; $file: the file's name.
components-save-title = Save { $file }
# The buttons of the computer's file dialog; the letter after _ is the one Alt selects.
components-dialog-save = _Save
components-dialog-open = _Open
components-open-title = Open a Fresh Legs file
# $path: where the file went.
components-saved-to = Saved to { $path }
components-save-closed = Nothing saved: the save dialog was closed.
components-ready-to-share = { $file } is ready to share: pick where it goes.
components-downloaded = Downloaded { $file }: your browser keeps it with your other downloads.
components-no-dialog = No file dialog could open here.
components-paste-instead = Open the file in a text editor, copy all of it and paste it in the box below.
# $opener: the program that opens folders; $why: components-folder-…, or what the system said;
# $folder: the folder's path.
components-folder-not-opened = Could not open the folder ({ $opener }: { $why }). It is { $folder }.
# $code: the program's exit code, as plain digits.
components-folder-no-manager = it found no file manager to use, exit code { $code }
components-folder-stopped = it was stopped
