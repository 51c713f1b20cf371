## Today: what to do and why, the warnings and home care, the red-flag check, the soreness
## question, and the reasons the season plan and the calendar export give for each session.
# Each reason cites the rule of docs/RULES.md that produced it. Races are named by the runner.

## The screen
today-heading = Today
today-warnings = Warnings
today-what-to-do = What to do today
today-recommendations-label = Recommendations
today-nothing-to-do = Nothing to book or roll today: resting is the plan.
today-not-today = Not today
today-home-care = Home care
# The name of a race the runner's races no longer hold.
today-your-race = your race
# The race the plan tries the runner's pre-event approach at, once it is no longer on the calendar.
today-a-smaller-race = a smaller race
# $priority: the race's priority ("A race").
today-next-race = Next race · { $priority }
today-time-until = Time until { $race } starts
# $phase: one of the phases below.
today-phase = Phase: { $phase }
today-checklist = Checklist for today
today-open-checklists = Open checklists
today-no-race-heading = No race coming up
today-no-race-text = Your races are all behind you. Add the next one to plan around it.
today-first-run-heading = Plan your massage around your races
today-first-run-text = Add a race and Fresh Legs works out when deep work should stop, when a light flush helps, and what to do at home on the days in between.
today-add-next-race = Add your next race
today-add-first-race = Add your first race
today-set-preferences = Set your preferences
# Read out before a warning by screen readers.
today-stop = Stop:{ " " }
today-warning = Warning:{ " " }

## A recommendation's facts
# $time: when a flush opens later today ("18:30").
today-from = From { $time }
today-with-therapist = With a massage therapist
today-at-home-hands = At home · hands only
# $tools: the tools the routine uses, in order ("Foam roller, Massage ball").
today-at-home-tools = At home · { $tools }
today-at-start-hands = At the start · hands only
today-at-start-tool = At the start · { $tool }
today-minutes = { $minutes } min
today-therapist-decides = As long as your therapist advises
today-why = Why:{ " " }

## Where the runner stands against a race
today-phase-build = Build
today-phase-cutoff = Deep-work cut-off
today-phase-pre-event = Pre-event window
today-phase-race-day = Race day
today-phase-racing = Race under way
today-phase-finished = Just finished
today-phase-post-event = Post-event flush
today-phase-recovery = Recovery
# The spans on a race's timeline.
today-window-cutoff = Deep-work cut-off
today-window-no-touch = No-touch days
today-window-pre-event = Pre-event window
today-window-race = Race
today-window-post-event = Post-event flush
today-window-gap = No deep work yet

## What to do
today-advice-race-day-flush = If you want it, a short, light flush 15 to 45 minutes before the start, then your usual warm-up.
today-advice-pre-event-compression = Brisk compressions over your clothes; light and quick.
today-advice-pre-event-deep-tried = The firmer pre-event work you have tried before and know suits you.
today-advice-pre-event-deep = Firmer pre-event work, as you prefer: keep it short and no deeper than your legs already know.
today-advice-pre-event-light = Light flushing strokes with compressions, rocking and shaking; nothing deep.
# $routine: a built-in self-massage routine's name; $before_race: yes or no.
today-advice-home-flush = A short flush of your own instead: { $routine } ({ $minutes } min), { $before_race ->
    [yes] light and quick
   *[no] slow and gentle
}.
today-advice-post-event-flush = Slow, controlled flushing strokes, a touch firmer than pre-race work but lighter than a general massage, with some gentle assisted stretching.
today-advice-general = Deeper work on tight spots, trigger points and range of motion. Expect 24 to 36 hours of soreness, so keep hard running away from it.
# After the general advice, when the last session was too deep. $pressure: light, medium or deep.
today-advice-ask-lighter = Ask for { $pressure ->
    [light] light
    [medium] moderate
   *[deep] deep
} pressure this time.
# $areas: the injured areas ("calves and hamstrings").
today-advice-see-professional = Have your { $areas } seen by a qualified therapist or physio; they choose the treatment.

## The runner's pre-event approach, mid-sentence
today-approach-deep = deep pre-event work
today-approach-light-flush = a light flush
today-approach-compression = compressions over the clothes
# $days: 3 or 4.
today-approach-no-touch = no massage for { $days } days

## Why: each reason comes after its rule
# $rule: the rule's number; $why: one of the reasons below.
today-rule = Rule { $rule } · { $why }
today-reason-no-touch = you asked for no massage in the { $days } days before { $race }, so today is hands-off
today-reason-race-day = race day for { $race }: keep any massage brief and light, and never let it replace the warm-up
# $days: how many days until the race (1 is tomorrow); $approach: compression, deep or light.
today-reason-pre-event-soon = { $race } is { $days ->
    [1] tomorrow
   *[other] in { $days } days
}: { $approach ->
    [compression] quick compressions over the clothes a day or two out wake the legs without tiring them
    [deep] you like firmer work before a race, and a day or two out leaves time for any soreness to pass
   *[light] light work a day or two out should leave you feeling light and springy
}
today-reason-pre-event-flushes = today's light pre-event session also flushes the legs after { $race }
# $approach: one of the approaches above; $a_race: the A race it matters for.
today-reason-try-first = a low-stakes chance to try { $approach } before { $a_race }, where it matters more
# $days: days since the race (0 is today).
today-reason-post-event = { $race } { $days ->
    [0] is today
    [1] was yesterday
   *[other] was { $days } days ago
}: a flush between roughly 2 and 48 hours after the finish speeds recovery, while deep work would slow it
# $priority: the race's priority ("A race"); $length: half (or shorter), marathon or ultra.
today-reason-cutoff = { $race } ({ $priority }{ $length ->
    [marathon] , a marathon
    [ultra] , an ultra
   *[half] {""}
}) is close: deep work stops { $days } days before it so any soreness is gone by the start
today-reason-gap = { $race }{ $length ->
    [marathon] , a marathon,
    [ultra] , an ultra,
   *[half] {""}
} is only just behind you: deep work waits until { $hours } h after the finish
today-reason-no-budget = no therapist budget is set, so home care carries the load
# $budget: the therapist sessions a month.
today-reason-budget-spent = { $budget ->
    [one] this month's therapist session is
   *[other] this month's { $budget } therapist sessions are
} already used or booked
today-reason-no-budget-at-home = no therapist budget is set, so this one is yours to do at home
today-reason-budget-spent-at-home = { $budget ->
    [one] this month's therapist session is
   *[other] this month's { $budget } therapist sessions are
} used or booked, so do this one at home, lightly
# $days: days from today (0 is later today); $spacing: the runner's days between deep sessions.
today-reason-booked-within-spacing = a general massage is already booked { $days ->
    [0] later today
    [1] tomorrow
   *[other] in { $days } days
}; deep sessions stay at least { $spacing } days apart so each one can settle
today-reason-too-soon = your last general massage was { $days ->
    [one] 1 day
   *[other] { $days } days
} ago; steady spacing (every { $spacing } days or so) beats bunching them
today-reason-rhythm = regular deep work about every { $spacing } days ({ $budget } a month) catches tight spots early; clear of race cut-offs (rule 4)
# $block: the training block's name ("Peak (hard) block"); $speed_work: yes or no.
today-reason-tight-budget-block = a tight budget goes where it helps most: your { $block }{ $speed_work ->
    [yes] {" "}with speed work
   *[no] {""}
}, when calves, hamstrings and hips tighten; clear of race cut-offs (rule 4)
# A budget below one session a month. $sessions: how many; $per: year or block.
today-tight-budget = your { $sessions ->
    [one] one therapist session
   *[other] { $sessions } therapist sessions
} { $per ->
    [year] a year
   *[block] per training block
}
# $limit: today-tight-budget.
today-reason-tight-budget-a-races = { $limit } go to your A races and hardest blocks, so the rolling you do at home covers this race
today-reason-tight-budget-spent = { $limit } are already used or booked
today-reason-tight-budget-spent-at-home = { $limit } are used or booked, so do this one at home, lightly
today-reason-outside-blocks = { $limit } pay for sessions inside your training blocks, and this day is outside them, so do this one at home
# $kind: a kind of massage, mid-sentence.
today-reason-one-a-day-logged = your log already has a { $kind } on this day; one hands-on session a day is plenty
today-reason-one-a-day = the day's { $kind } is its hands-on session; one a day is plenty
# $until: the first day massage may touch the injury again.
today-reason-injury-fresh = your { $areas } injury is in its first 72 hours: have it assessed, and no massage on it until { $until }
today-reason-race-is-the-work = race day for { $race }: the race is the day's work, and the flush comes after the finish
today-reason-step-lighter = the last general massage left you too sore or bruised, so this one goes a step lighter
today-reason-keep-off = keep deep pressure off your { $areas }
today-reason-injury-professional = injured tissue needs work matched to the injury, which only a professional can judge
today-reason-planned-for = your season plan books this one for { $date }, the day that fits it best
today-reason-not-planned = your season plan has no room for this one within the budget and the race windows
today-reason-planned-passed = your season plan had this one for today, but its window closed earlier in the day
# $flag: the red flag, as what the runner reported.
today-reason-red-flag = you reported { $flag }: no massage or self-massage until a doctor or physio has cleared it

## Warnings and home care
# $flag: the red flag's name; $area: where; $advice: what to do now.
today-notice-red-flag-area = { $flag } ({ $area }). { $advice }
today-notice-red-flag = { $flag }. { $advice }
# $area: the injured area; $tissue: muscle, tendon or ligament; $until: a day.
today-notice-injury-new = Your { $area } { $tissue } injury is new. Have it assessed by a doctor or physio; no massage on it, not even with a roller, until { $until } at the earliest, and then only as a professional advises.
today-notice-injury-active = Your { $area } { $tissue } injury is still active. Have it treated by a professional, who decides the approach, and keep roller, stick and ball pressure off it.
# $approach: the runner's pre-event approach; $race: the A race; $smaller: the race to try it at.
today-notice-untried-smaller-race = You have not logged { $approach } before a hard workout or a smaller race yet. Your plan tries it before { $smaller } on { $date }, ahead of { $race }.
today-notice-untried-workout = You have not logged { $approach } before a hard workout or a smaller race yet. Try it before a hard workout by { $date }, ahead of { $race }.
today-notice-untried-none-left = You have not logged { $approach } before a hard workout or a smaller race, and no day is left to try it before { $race }. Keep the session light and familiar, or skip it: what your legs already know is the safe choice.
today-notice-general-booked-before = A general massage is booked inside the cut-off before { $race }. Move it earlier, or to after the post-race gap.
today-notice-general-booked-after = A general massage is booked too soon after { $race }. Move it until after the post-race gap.
today-notice-general-had-before = You had a general massage inside the cut-off before { $race }. Keep things light and easy until the race.
today-notice-general-had-after = You had a general massage soon after { $race }. Keep the next days easy and go lighter next time.
# $what: long (soreness past the limit), bruising, or both; $hours: the runner's limit;
# $ask: one of the two requests below.
today-notice-too-deep = Your last general massage left { $what ->
    [long] soreness lasting beyond { $hours } hours
    [bruising] bruising
   *[both] bruising and soreness beyond { $hours } hours
}, so it was deeper than it should be. { $ask }
# $pressure: light, medium or deep, as the massage was logged.
today-too-deep-same = It was already logged as { $pressure ->
    [light] light
    [medium] moderate
   *[deep] deep
}: tell your therapist it was still too much, and ask for gentler work.
# $next: the pressure to ask for; $pressure: the one logged.
today-too-deep-lighter = Ask for { $next ->
    [light] light
    [medium] moderate
   *[deep] deep
} pressure next time instead of { $pressure ->
    [light] light
    [medium] moderate
   *[deep] deep
}.
today-notice-drink = Drink water steadily through the day rather than all at once.
today-notice-after-massage = You had a massage in the last day: a little extra water and an easy day help it settle.
today-notice-race-run-up = Keep sipping in the run-up to the race and stick to drinks you have used in training.
today-notice-after-race = Rehydrate, take short easy walks and sleep well while your legs come back.
today-why-red-flag = some problems make massage unsafe until a professional has looked at them; the app does not judge which
today-why-injury = the app never prescribes injury treatment, and deep self-massage on an injury can set it back
today-why-untried = people react differently to pre-event work, so find out on a day that matters less
today-why-general-inside = deep work needs clear days before a race and a gap after it, or soreness overlaps the race or the recovery
today-why-too-deep = a day to a day and a half of soreness after deep work is normal; longer, or bruising, means too deep
today-why-home-care = drinking well and home care between sessions are part of every plan

## What a short budget left out of the season plan (rule 5)
# $kind: a kind of massage, mid-sentence; $date: a short date ("Sat 5 Jun").
today-left-out-spent-on = the { $kind } on { $date }
# $block: base, build, peak, taper or recovery; $date: a long date; $instead: the sessions the
# budget went to (a list of today-left-out-spent-on, joined as forms-list-and joins it).
today-left-out-block = No deep session in your { $block ->
    [base] base
    [build] build
    [peak] peak (hard)
    [taper] taper
   *[recovery] recovery
} block around { $date }: the budget for that stretch goes to { $instead }.
today-left-out = No deep session around { $date }: the budget for that stretch goes to { $instead }.
today-left-out-at-home = The { $kind } on { $date } is one to do at home: the budget for that stretch goes to { $instead }.
today-swap-to-deep = Spend the budget on deep work first
today-swap-to-race = Spend the budget on race sessions first

## The soreness question, 24 and 48 hours after a general massage (rule 6)
today-follow-up-heading = How sore are you?
# $hours: 24 or more; $date: the massage's day ("Sat 5 Jun").
today-follow-up-text = About { $hours } hours have passed since your general massage on { $date }. A quick answer tells whether the pressure suited you.
today-follow-up-level = Soreness now (0 = none, 10 = worst)
today-follow-up-bruising = Any bruising
today-follow-up-save = Save check-in
today-follow-up-saved = Thanks: check-in saved.
# $reason: why the store could not save.
today-not-saved = Not saved: { $reason }

## The quick log and the red-flag check (rule 12)
today-quick-log = Log a massage, soreness or an injury
today-red-flags-heading = Is anything off?
today-red-flags-hint = Tick anything that applies today. This is not a diagnosis: a yes means see a doctor or physio first.
today-red-flags-where = Where?
today-red-flags-save = Save answers
today-red-flags-none = Nothing off: today's plan stands.
today-red-flags-saved = Saved to your log. See a doctor or physio; Today keeps massage away until they clear it.

## The season's calendar export
today-calendar-name = Fresh Legs season
# $priority: the race's priority; $distance: with its unit; $time: the start ("09:00"); $zone: the race's time zone.
today-calendar-race = { $priority } · { $distance } · starts { $time } ({ $zone })
# $name: the race or session the reminder is for.
today-calendar-reminder = Tomorrow: { $name }
# $why: the session's reasons.
today-calendar-session = { $minutes } min. { $why }
