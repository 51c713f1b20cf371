# The Checklists screen: each race's list for the days before it and the days after, grouped by
# when each item is due, the built-in items and the runner's own. Today shows the items due with
# these words too.
# English is the source and the fallback of every other language.

checklists-title = Checklists
checklists-no-race-title = No race yet
checklists-no-race = Each race gets a list for the days before it and one for the days after. Add a race to see them.
checklists-race = Race
# $flag: the whole-body red flag the runner reported, worded mid-sentence (safety-reported-…).
checklists-on-hold = You reported { $flag }: the massage, booking, routine and oil items wait until a doctor or physio has cleared it.
# $list: the list's heading. Names its progress bar for screen readers.
checklists-progress = { $list } progress

## The two lists and the groups of each, as headings

checklists-list-pre = Before the race
checklists-list-post = After the race
checklists-group-two-days-before = Two days before
checklists-group-day-before = The day before
checklists-group-race-morning = Race morning
checklists-group-first-two-hours = First two hours after the finish
checklists-group-day-one = Day 1 after
checklists-group-days-two-to-three = Days 2–3 after

## The runner's own items

checklists-own-item = Your own item
checklists-own-item-when = When
checklists-add = Add item
# Said once an item is added. $item: the runner's words; $group: the group chosen, by its
# key, so each language can word it within the sentence.
checklists-added = Added “{ $item }” to { $group ->
        [two_days_before] two days before
        [day_before] the day before
        [race_morning] race morning
        [first_two_hours] first two hours after the finish
        [day_one] day 1 after
       *[days_two_to_three] days 2–3 after
    }.
checklists-edit-field = Edit item
checklists-save = Save item
checklists-cancel = Cancel
checklists-edit = Edit
checklists-remove = Remove
# The buttons' names for screen readers; $item, the item's words, tells the rows apart.
checklists-move-up-named = Move up: { $item }
checklists-move-down-named = Move down: { $item }
checklists-edit-named = Edit: { $item }
checklists-remove-named = Remove: { $item }
checklists-item-empty = Write what you want to remember.
# $chars: how many characters were typed; $max: how many an item may have.
checklists-item-too-long = That is { $chars } characters; keep it to { $max } or fewer.
checklists-item-one-line = Keep the item on one line.

## The built-in items

# $days: the days before a race the runner wants no massage at all.
checklists-no-touch = Hands-off days: you chose no massage for { $days ->
        [one] the day
       *[other] the { $days } days
    } before the race, so skip the rolling too.
checklists-book-pre-event-compression = Book your pre-event session for tomorrow: compressions over your clothes.
checklists-book-pre-event-deep = Book your pre-event session for tomorrow: the firmer work you already know suits you.
checklists-book-pre-event-light = Book your pre-event session for tomorrow: a light flush with compressions, rocking and shaking.
checklists-hydrate-two-days-before = Drink steadily through the day; keep a bottle within reach.
checklists-pre-event-compression = Pre-event massage: brisk compressions over your clothes, then leave it there.
checklists-pre-event-deep = Pre-event massage: the firmer work you like, with no new techniques.
checklists-pre-event-light = Pre-event massage: light flushing strokes, compressions, rocking and shaking. You should walk out feeling light and springy.
checklists-deep-work-note = Keep the deeper work short, and only as deep as you have already tried before a hard workout or a smaller race.
# $routine: the built-in self-massage routine's name; $minutes: how long it takes.
checklists-pre-race-routine = Self-massage: { $routine } ({ $minutes } min), easy pressure only.
checklists-hydrate-day-before = Keep drinking through the day; pale yellow urine is the aim.
checklists-sun-safe-oil = Outdoor race in daylight: if you use a citrus oil on your skin, pack a sun-safe one (bergamot FCF, distilled lemon or lime, sweet orange or mandarin).
checklists-morning-drink = Sip water with breakfast; no need to force down extra.
checklists-morning-short-session = Optional: a short, light session 15 to 45 minutes before the start, done before your warm-up.
checklists-warm-up-hands-on = Warm up as usual: easy jogging and drills. Massage never replaces it.
checklists-warm-up-hands-off = Warm up with easy jogging and drills: that is all the preparation your legs need.
checklists-refuel = Drink and eat something within the first hour.
checklists-static-stretch = Once you have walked and cooled down, gentle static stretches: hold each one, no bouncing.
checklists-post-event-flush = Post-event massage: a light flush with slow, controlled strokes, a little firmer than before the race but never deep.
# $routine: the built-in self-massage routine's name; $minutes: how long it takes.
checklists-post-race-routine = Gentle rolling from today: { $routine } ({ $minutes } min), stop well short of discomfort.
checklists-hydrate-after = Keep topping up fluids through the day.
# $date: the day general massage is allowed again ("Wednesday 28 October"); $time: from when
# ("12:30", on the 24-hour clock).
checklists-no-general-until = No deep (general) massage until { $date }, { $time }: tired muscles need the gap first.
checklists-soreness-check = Soreness check: rate how your legs feel. Race soreness should be easing by day 3; if it is not, or you see bruising, ask a professional.
