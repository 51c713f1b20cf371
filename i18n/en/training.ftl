# The Training screen: importing the runner's own training files, the activities in doubt, the
# blocks and races the files suggest, the heart rates the load is measured against, and each
# import with its activities. Also the names of the kinds of training block, which the Races
# screen shows too, and why a training file or an activity in it could not be read.
# English is the source and the fallback of every other language.
#
# Counts that can pass 999 (activities in an archive, minutes of an ultra) are given twice:
# $count, a number to choose the plural by, and $digits, the same count as plain digits to show
# (English has always written "1040 activities", without a thousands mark).

training-title = Training
training-lead = Your own training files show your hard weeks, speed work and races, so the massage plan can follow them without you typing each block.
# $activities: training-activities.
training-kept = { $activities } kept from your files.
training-load-heading = Training load
training-activities = { $count ->
        [one] { $digits } activity
       *[other] { $digits } activities
    }
training-save = Save
training-cancel = Cancel
training-undo = Undo
training-keep = Keep
training-remove = Remove
# $reason: why the change could not be saved.
training-not-saved = Not saved: { $reason }

## The kinds of training block: alone (a heading, a choice in a list) and as a block

training-kind-base = Base
training-kind-build = Build
training-kind-peak = Peak (hard)
training-kind-taper = Taper
training-kind-recovery = Recovery
training-block-base = Base block
training-block-build = Build block
training-block-peak = Peak (hard) block
training-block-taper = Taper block
training-block-recovery = Recovery block

## The checks of a training block's dates

# $date: the date as typed (2031-03-05); $years: how far from today a date may be.
training-block-date-away = { $date } is more than { $years } years away; check the year.
training-block-date-ago = { $date } is more than { $years } years ago; check the year.
training-block-end-before-start = The block ends before it starts; pick an end date on or after the start.
# $max: the longest block, in days; $days: this block's days, as digits.
training-block-too-long = A block lasts at most { $max } days (a season); this one lasts { $days }.

## What the files suggest

training-review-heading = What your files suggest
training-review-empty = Nothing new to review. Blocks and races found in your files appear here for you to accept; the ones you accept are on the Races screen.
training-review-hint = Accept what is right: the plan then places massage around it. Edit first if a date or kind is off; dismiss what is wrong.
training-accept = Accept
training-edit = Edit
training-dismiss = Dismiss
# $title: training-proposal-block or the race's title.
training-accepted = Accepted: { $title }.
training-dismissed = Dismissed: { $title }.
# $reasons: what the block or race checks found, in sentences.
training-edit-first = Edit it first: { $reasons }
# $block: training-block-….
training-block-added = Added a { $block }.
# $name: the race's name as the runner typed it.
training-race-added = Added { $name }.
training-edit-block = Edit the proposed block
training-edit-race = Edit the proposed race
training-race-name = Race name
training-priority = Priority
# A proposed block's heading. $block: training-block-…; $start, $end: its first and last days.
training-proposal-block = { $block }, { $start } – { $end }
# A race found in the files whose name does not already start with "Race". $name: the
# activity's name from the file.
training-proposal-race = Race: { $name }
# Why a block is proposed. $weeks: how long it lasts; $speed: "yes" when its weeks had speed work.
training-reason-base = { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } of steady running without speed work{ $speed ->
        [yes] , with speed work.
       *[no] .
    }
training-reason-build = { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } of intervals or fast running most weeks.
training-reason-peak = { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } of your heaviest training, begun by a jump in load well above the weeks before{ $speed ->
        [yes] , with speed work.
       *[no] .
    }
training-reason-taper = { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } of the load eased off before a race{ $speed ->
        [yes] , with speed work.
       *[no] .
    }
training-reason-recovery = { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } of a light spell after harder weeks{ $speed ->
        [yes] , with speed work.
       *[no] .
    }
# Why a race is proposed. $date, $time: its start; $km: its distance; $count and $digits: its
# minutes.
training-reason-race = On { $date } at { $time }: { NUMBER($km, minimumFractionDigits: 1, maximumFractionDigits: 1) } km in { $count ->
        [one] { $digits } minute
       *[other] { $digits } minutes
    }, run as a race.
# What removing activities did to the proposals. $titles: proposals' titles, joined by
# training-change-separator.
training-change-none = The proposals are as they were.
training-change-gone = No longer proposed: { $titles }.
training-change-new = Now proposed: { $titles }.
training-change-separator = {"; "}

## The activities kept

# $name: the activity's name from its file, or training-sport-…; $date: the day it started.
training-activity-title = { $name }, { $date }
# What an activity without a name is called.
training-sport-run = Run
training-sport-ride = Ride
training-sport-swim = Swim
training-sport-walk = Walk
training-sport-other = Activity
# $time: its time, as 59:18 or 1:02:03; $km: its distance.
training-activity-facts = { $time }, { NUMBER($km, minimumFractionDigits: 2, maximumFractionDigits: 2) } km
# An activity in a list of an import's activities. $title: training-activity-title; $facts:
# training-activity-facts or its time alone.
training-activity-row = { $title }: { $facts }
training-doubtful-heading = Check these activities
training-doubtful-hint = These count for nothing until you keep them: a file was damaged, or its figures are ones no watch in working order gives.
training-doubt-cut-short = Partly read: the file is cut short, so only what comes before the cut is here.
training-doubt-checksum = Partly read: the file's checksum does not match, so some of its figures may be wrong.
training-doubt-garbled = Partly read: part way through, the file stops making sense, so only what comes before is here.
training-doubt-no-session = Partly read: the file has a track but not the totals a watch saves at the end, so its time and distance come from the track alone.
# $timer, $elapsed: times, as 59:18 or 1:02:03.
training-doubt-timer = Its timer says { $timer }, longer than the { $elapsed } from its start to its end; { $elapsed } is kept.
# $pace: training-pace-…; $sport: run, walk, swim or ride (any other sport).
training-doubt-too-fast = At { $pace } on average it is faster than { $sport ->
        [run] anyone runs
        [walk] anyone walks
        [swim] anyone swims
       *[ride] anyone rides
    }: perhaps another sport, or the GPS went astray.
training-pace-kmh = { NUMBER($speed, maximumFractionDigits: 0) } km/h
# $time: minutes and seconds, as 2:17.
training-pace-per-100m = { $time } per 100 m
training-pace-per-km = { $time } per km
# $title: training-activity-title.
training-kept-activity = Kept { $title }: it counts from now on.
training-not-kept = Not kept: { $reason }
# $what: training-activity-title or training-this-import; $change: training-change-….
training-removed = Removed { $what }. { $change }
training-not-removed = Not removed: { $reason }
# $activities: training-activities.
training-put-back = Put back { $activities }.
training-not-put-back = Not put back: { $reason }

## The imports

training-imports-heading = Your imports
# $date, $time: when it was imported; $activities: training-activities.
training-import-title = Imported { $date } at { $time }: { $activities }
training-this-import = this import ({ $activities })
training-undo-import = Undo this import
training-show-activities = Show its activities
training-show-more = Show more
training-import-heading = Import training files
training-import-hint = FIT, GPX or TCX files from your watch (also gzipped), or the .zip of Strava's “Download your data”. They are read on this device and never uploaded; only a summary of each activity is kept, never the route.
training-choose-files = Choose files
training-drop-here = or drop them here.
# $done, $total: results read and expected, as digits.
training-reading = Reading { $done } of { $total }
training-import-cancelled = Import cancelled: nothing was added.
training-import-none = No activities were imported.
# Every activity of the files was already kept: $count and $digits, how many.
training-import-nothing-new = { $count ->
        [one] Nothing new: the activity was already here.
       *[other] Nothing new: all { $digits } activities were already here.
    }
# $activities: training-activities. Followed by training-import-again and training-import-check
# where they apply.
training-import-added = Imported { $activities }.
training-import-again = { $count ->
        [one] { $digits } was already here.
       *[other] { $digits } were already here.
    }
training-import-check = { $count ->
        [one] One waits for your word under “Check these activities”.
       *[other] { $digits } wait for your word under “Check these activities”.
    }
# $reason: why nothing could be saved.
training-import-not-saved = Nothing was imported: { $reason }

## Why a file, or an activity in it, was not read. $file: the file's name (the path inside the
## archive for a file in an export); $archive: the export's name.

# $error: what the device said.
training-file-not-loaded = { $file } could not be read ({ $error }); try it again.
training-file-unsupported = { $file } is not a file Fresh Legs can read; pick a .fit, .gpx or .tcx file (also gzipped, as .fit.gz), or the .zip of a Strava export.
# $size: the file's size in whole megabytes, as digits; $limit: the largest read.
training-file-too-large-activity = { $file } is { $size } MB, more than the { $limit } MB Fresh Legs reads for one activity file; it is not a single activity, so export that activity on its own.
training-file-too-large-archive = { $file } is { $size } MB, more than the { $limit } MB Fresh Legs reads for an archive; unzip it and pick the files in its activities folder instead.
training-file-unpacks-too-large = { $file } unpacks to more than the { $limit } MB Fresh Legs reads for one activity file; it is not a single activity, so export that activity on its own.
training-file-entry-too-large = { $archive } holds { $file }, which unpacks to more than the { $limit } MB Fresh Legs reads for one activity file; unzip the archive and pick the activity files you want from it.
training-file-cut-short = { $file } is cut short (it ends before its last record); copy or export it again from the watch or app.
training-file-checksum = { $file } is cut short or damaged (its checksum does not match); export it again from the watch.
# $format: FIT, GPX, TCX, gzip, zip or CSV; $detail: what the reader found, in English.
training-file-unreadable = { $file } could not be read as a { $format } file ({ $detail }); export it again from the watch or app.
training-file-no-times = { $file } has no times on its track points, so when the run happened is unknown; export it again with times (an activity export, not a route).
training-file-no-laps = { $file } has no laps, so its duration is unknown; export the activity again from the watch or app.
training-file-not-strava = { $file } has no activities.csv, so it is not a Strava export; on Strava, ask for "Download your data" and pick the .zip they send.
training-file-no-activity = { $file } holds no recorded activity: no session and no track with times; pick the file your watch saved after an activity.
# $what: training-fit-….
training-file-not-an-activity = { $file } is { $what }, not a recorded activity; pick the file your watch saved after an activity (on most watches, in its Activity folder).
training-file-no-date = { $file } counts its times from when the watch was switched on and never gives the real date, so when the activity happened is unknown; export it from an app that dates it (such as Garmin Connect or Strava).
training-file-only-short-legs = { $file } holds only transitions and legs shorter than a minute, nothing to count as training.
# $limit: as digits.
training-file-too-many-parts = { $file } holds more than { $limit } laps and sessions, more than any watch records in one activity; it is not an activity file.
# $timed, $points: as digits.
training-file-partly-timed = { $file } has times on only { $timed } of its { $points } track points, too few to tell when and how long the activity was; export it again with times on every point (an activity export, not a route).
# $start: the date and time the file gives, in UTC, as 2026-03-05 07:30.
training-file-from-future = { $file } starts on { $start } (UTC), more than a day from now; check the date on the watch, then export the activity again.
training-file-missing-in-archive = { $archive }'s activities.csv names { $file }, but the archive does not hold it; download the export again.
# $row: the row's line number, as digits; $detail: what the reader found, in English.
training-file-bad-row = Row { $row } of activities.csv in { $archive } cannot be read: { $detail }; download the export again.
# $problem: one of the messages above, about a file inside the archive.
training-file-in-archive = In { $archive }: { $problem }
# An activity the file held that fails the checks every kept activity passes. $name: its name
# from the file; $date: the day it started; $reasons: training-check-….
training-left-out = { $name } of { $date } (in { $file }) was left out: { $reasons }
training-left-out-unnamed = An activity of { $date } (in { $file }) was left out: { $reasons }
# The web's file reader. $error: what the browser said.
training-reader-not-loaded = The file reader could not be loaded ({ $error }); reload the page and try again.
training-reader-not-handed = { $file } could not be handed to the file reader ({ $error }); import fewer files at once.
training-reader-stopped = The file reader stopped ({ $error }); nothing was added. Reload the page and import the files again.

## What a FIT file holds when it is not an activity, after "is"

training-fit-device = a device's description
training-fit-settings = a settings file
training-fit-sport = a sport's settings
training-fit-workout = a workout (a plan for a session)
training-fit-course = a course (a route to follow)
training-fit-schedule = a training schedule
training-fit-weight = a weight measurement
training-fit-totals = a file of totals
training-fit-goals = a file of goals
training-fit-blood-pressure = a blood pressure measurement
training-fit-monitoring = a day's monitoring (steps and heart rate through the day)
training-fit-summary = an activity summary without a session
training-fit-segment = a segment (a stretch to race on)
# $type: FIT's number for the kind of file, as digits.
training-fit-other = a FIT file of another kind (type { $type })

## The checks every activity kept passes

# $year: the year it starts in; $earliest: the first year kept; both as digits.
training-check-year = It starts in { $year }, before { $earliest }: the watch's clock was not set.
training-check-duration = An activity lasts more than no time and at most { $days } days.
training-check-heart-rate = A heart rate is { $low } to { $high } bpm.
training-check-pace-profile = A pace profile has at most { $bands } bands.

## The heart rates

training-heart-heading = Your heart rates
training-heart-hint = The load of a session with heart rate is measured against these. Left empty, the maximum is taken from your files and the resting rate is taken as 60 bpm.
# $max, $rest: the rates the load uses, in beats a minute.
training-heart-estimate = Until you set them, the load uses { NUMBER($max, maximumFractionDigits: 0) } bpm as your maximum and { NUMBER($rest, maximumFractionDigits: 0) } bpm at rest.
training-heart-max = Maximum (bpm)
training-heart-resting = Resting (bpm)
training-heart-save = Save heart rates
training-heart-fix = Not saved: please fix the fields marked below.
training-heart-saved = Saved your heart rates.
