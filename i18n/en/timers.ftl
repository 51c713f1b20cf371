# The Timers feature: the list of routines, the guided player and what it says aloud, the bar of
# the routine in progress, the routine editor, the session history and sharing routines.
# English is the source and the fallback of every other language.
#
# The player's spoken prompts (timers-say-*) are read aloud by the device's voice while the runner
# lies on the roller: short sentences, what to do first.

## The list of routines

timers-title = Timers
timers-lead = Guided self-massage with the phone on the floor beside you: big numbers, beeps, buzzes and spoken prompts.
timers-routines = Routines
timers-new-routine = New routine
timers-in-progress = In progress
timers-built-in = Built in
timers-yours = Yours
# $routine: the routine's name.
timers-start = Start { $routine }
timers-return-to = Return to { $routine }
timers-duplicate = Duplicate
timers-duplicate-label = Duplicate { $routine }
timers-edit = Edit
timers-edit-label = Edit { $routine }
timers-move-up-label = Move { $routine } up
timers-move-down-label = Move { $routine } down
# $reason: why the change could not be saved.
timers-not-copied = Not copied: { $reason }
timers-not-moved = Not moved: { $reason }
# A routine's length: "45 s", "6 min", "6 min 30 s". $minutes is given as plain digits, as
# English has always written it ("1000 min").
timers-length-seconds = { $seconds } s
timers-length-minutes = { $minutes } min
timers-length-both = { $minutes } min { $seconds } s
timers-no-tool = No tool

## Today's quick start

timers-quick-self-massage = Self-massage routine for today
timers-quick-stretches = Stretches after your race

## Session history

timers-history = Session history
timers-history-empty = Finished and stopped sessions appear here.
timers-history-week = { $count ->
        [one] { $count } session in the last 7 days.
       *[other] { $count } sessions in the last 7 days.
    }

## Sharing routines

timers-share = Share routines
timers-share-hint = Export your own routines to keep a copy or move them to another device; import a file exported from Fresh Legs.
timers-export = Export my routines
timers-import-file = Import from a file
timers-import-paste = Or paste routines JSON
timers-import = Import routines
timers-not-exported = Not exported: { $reason }
# $reason: what is wrong with the file, a sentence of its own.
timers-import-unread = Nothing imported. { $reason }
timers-import-not-saved = Nothing imported: { $reason }
# $count: to choose the plural by; $digits: the same as plain digits, to show.
timers-imported = { $count ->
        [one] Imported { $digits } routine.
       *[other] Imported { $digits } routines.
    }

## The player

timers-not-found = Routine not found
timers-not-found-hint = This routine may have been deleted.
timers-back = Back to timers
# $areas: the injured areas, as a list mid-sentence.
timers-nothing-to-play = Every step of this routine works an injured area or presses on one ({ $areas }), so there is nothing to play today.
# $playing: the routine in progress; $routine: the one the runner opened.
timers-other-in-progress = { $playing } is still in progress. Go back to it, or stop it (the part you did goes to your log) and start { $routine }.
timers-back-to = Back to { $playing }
timers-stop-and-start = Stop it and start { $routine }
timers-done = Done
timers-stopped = Stopped
timers-left-side = Left side
timers-right-side = Right side
timers-both-sides = Both sides
timers-guided = Guided routine: { $routine }
timers-leave-label = Leave the player
timers-leave = ‹ Leave
# $count: minutes away, to choose the plural by; $digits: the same as plain digits, to show.
timers-away = { $count ->
        [one] You left this routine { $digits } minute ago, part way through. Resume where you were, or stop and log what you did.
       *[other] You left this routine { $digits } minutes ago, part way through. Resume where you were, or stop and log what you did.
    }
timers-tap-for-sound = 🔈 Tap for sound
timers-sound-held = The browser holds the sound back until you tap.
timers-area = Area
timers-tool = Tool
timers-side = Side
timers-pressure = Pressure
timers-first-position = Get into position for the first step; the countdown says when to begin.
# $step: the next step, as timers-work-tool or timers-work-stretch say it.
timers-next = Next: { $step }
timers-last-step = Last step
timers-start-again = Start again
timers-previous = Previous step
timers-pause = Pause
timers-resume = Resume
timers-skip = Skip step
timers-stop = Stop
timers-how-to = How to
timers-keys = Keys: space pauses or resumes, arrows go back or skip, Esc asks before stopping.
timers-time-left = Time left in this step
timers-progress = Routine progress

## What the player shows and says about a segment

timers-get-ready = Get ready
timers-switch-sides = Switch sides
# A step as a short phrase. $area: the area's name; $side: left, right or none; $with: timers-with-*.
timers-work-tool = { $side ->
        [left] { $area }, left side, { $with }
        [right] { $area }, right side, { $with }
       *[none] { $area }, { $with }
    }
timers-work-stretch = { $side ->
        [left] { $area } stretch, left side
        [right] { $area } stretch, right side
       *[none] { $area } stretch
    }
timers-with-foam-roller = with the foam roller
timers-with-stick = with the massage stick
timers-with-ball = with the massage ball
timers-step-of = Step { $number } of { $total }
timers-steps = { $count ->
        [one] { $count } step
       *[other] { $count } steps
    }
# $first, $next: the step to come, as timers-work-tool or timers-work-stretch say it.
timers-say-get-ready = Get ready.
timers-say-get-ready-first = Get ready. First: { $first }.
timers-say-step = { $step }.
timers-say-halfway = Halfway.
timers-say-switch-sides = Switch sides.
timers-say-switch-sides-next = Switch sides. Next: { $next }.
timers-say-warning-next = { $seconds ->
        [one] { $seconds } second. Next: { $next }.
       *[other] { $seconds } seconds. Next: { $next }.
    }
timers-say-warning-last = { $seconds ->
        [one] { $seconds } second left. Last one.
       *[other] { $seconds } seconds left. Last one.
    }
timers-say-done = Routine complete. Nice work.

## The routine in progress, on every other screen

timers-running = Routine in progress
# $step: the step's title.
timers-running-step = { $side ->
        [left] { $step }, left side
        [right] { $step }, right side
       *[none] { $step }
    }
timers-running-paused = Paused · { $step }
timers-running-return = Return
timers-leave-question = Leave { $routine }?
timers-leave-text = It can keep going while you look at another screen: the bar above the navigation brings you back to it. Or stop it now, and the part you did goes to your log.
timers-keep-going = Keep going in the background
timers-stop-and-log = Stop and log what I did
timers-stay = Stay on the routine
# How a session ended, as the player and a notice say it. $time: the massage time, as 4:05.
timers-nothing-logged = Stopped before any massage time, so nothing was logged.
timers-logged-complete = Routine complete: { $time } of massage added to your history.
timers-logged-stopped = Stopped: { $time } of massage added to your history.
timers-not-logged-complete = Routine complete, but not logged: { $reason }
timers-not-logged-stopped = Stopped, but not logged: { $reason }

## The routine editor

timers-built-in-hint = Built-in routines stay as they are. Use “Duplicate” on the Timers screen to make your own version.
timers-editor-not-found-hint = It may have been deleted.
timers-edit-routine = Edit routine
timers-routine-name = Routine name
timers-steps-heading = Steps
timers-add-step = Add step
timers-step-limit = A routine holds at most { $max } steps; remove one to add another.
timers-save = Save routine
timers-cancel = Cancel
timers-delete = Delete routine
timers-delete-confirm = Yes, delete { $routine }
timers-fix-fields = Not saved: please fix the fields marked below.
timers-not-saved = Not saved: { $reason }
timers-not-deleted = Not deleted: { $reason }
timers-step-number = Step { $number }
timers-seconds = Seconds
timers-seconds-per-side = Seconds per side
timers-seconds-hint = { $min } to { $max } seconds; 30–60 before a run, 60–120 after.
timers-what-to-do = What to do
timers-move-step-up = Move step { $number } up
timers-move-step-down = Move step { $number } down
timers-remove-step = Remove step { $number }
timers-up = ↑ Up
timers-down = ↓ Down
timers-remove = Remove
