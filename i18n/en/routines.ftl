# Self-massage and stretching routines: the body areas, tools and sides a step names, the
# built-in routines' names and step instructions, what an injury changed in a routine, and how
# much self-massage suits the moment. The body areas are named on other screens too (the log,
# the body map, Today).
# English is the source and the fallback of every other language. The built-in routines are
# stored in English (a copy the runner makes, a session in the log); these words are only shown.

## Body areas: as a name, and mid-sentence

routines-area-feet = Feet
routines-area-calves = Calves
routines-area-achilles = Achilles
routines-area-shins = Shins
routines-area-quads = Quads
routines-area-hamstrings = Hamstrings
routines-area-it-band = IT band
routines-area-adductors = Adductors
routines-area-hip-flexors = Hip flexors
routines-area-glutes = Glutes
routines-area-lower-back = Lower back
routines-area-upper-back = Upper back
routines-in-sentence-feet = feet
routines-in-sentence-calves = calves
routines-in-sentence-achilles = Achilles
routines-in-sentence-shins = shins
routines-in-sentence-quads = quads
routines-in-sentence-hamstrings = hamstrings
routines-in-sentence-it-band = IT band
routines-in-sentence-adductors = adductors
routines-in-sentence-hip-flexors = hip flexors
routines-in-sentence-glutes = glutes
routines-in-sentence-lower-back = lower back
routines-in-sentence-upper-back = upper back
# Areas in a list mid-sentence: "calves, IT band and Achilles". $first: all but the last, joined
# by ", "; $last: the last one.
routines-area-list = { $first } and { $last }

## Tools and sides

routines-tool-foam-roller = Foam roller
routines-tool-stick = Massage stick
routines-tool-ball = Massage ball
routines-tool-none = None: a stretch
routines-side-left = Left
routines-side-right = Right
routines-side-both = Both sides
routines-side-each = Each side

## The built-in routines

routines-name-pre-race-flush = Pre-race light flush
routines-name-post-race-flush = Post-race flush
routines-name-post-race-stretch = Post-race stretches
routines-name-calves-hamstrings-stick = Calves and hamstrings with the stick
routines-name-hips-glutes-ball = Hips and glutes with the ball
routines-name-full-body = Full-body session
routines-name-hard-block = Hard-block targeted session

## A built-in step's instruction: where the tool goes (or the stretch), the pace, what to keep
## clear of. Read aloud and shown under the timer.

routines-instruction = { $place } { $pace } { $care }
routines-pace-flush = Brisk, easy passes: leave the legs feeling light.
routines-pace-recovery = Slow and gentle; ease off if a spot bites.
routines-pace-targeted = Slow passes, pausing on a tight spot for a breath or two.
routines-pace-stretch = Hold still at an easy pull and breathe; no bouncing.
routines-place-calves-roller = Calf on the roller, hands behind you, hips up; roll from above the ankle to below the knee.
routines-place-calves-stick = Seated, foot flat, roll the stick up the calf from above the ankle to below the knee.
routines-place-calves-ball = Seated, ball under the calf, other leg crossed on top for weight; move in short strokes.
routines-place-calves-stretch = Hands on a wall, this leg straight behind you, heel down; lean in until the calf pulls.
routines-place-shins-stick = Seated, roll the muscle just outside the shin bone, from the ankle to below the knee.
routines-place-shins = Kneel with the front of the lower leg on the roller, turned in a little so the muscle beside the bone takes the weight.
routines-place-quads-stick = Sitting tall, roll down the front of the thigh from the hip to above the knee.
routines-place-quads-stretch = Standing, a hand on a wall, hold this foot behind you and bring the heel towards the buttock, knees together.
routines-place-quads = Face down on your forearms, roller under the thigh; roll from above the knee to the hip.
routines-place-hamstrings-roller = Back of the thigh on the roller, hands behind you; roll from above the knee to the sit bone.
routines-place-hamstrings-stick = Foot up on a low step, roll the back of the thigh from above the knee to below the buttock.
routines-place-hamstrings-ball = Sitting on a firm chair, ball under the thigh; slowly straighten and bend the knee.
routines-place-hamstrings-stretch = On your back, a towel round this foot, raise the straight leg until the back of the thigh pulls.
routines-place-it-band-stick = Seated, roll the outside of the thigh from the hip to above the knee.
routines-place-it-band = On your side on the roller, top foot on the floor in front to take weight off; roll the outside of the thigh.
routines-place-adductors-stick = Seated, knee dropped out, roll the inner thigh from above the knee upwards.
routines-place-adductors-stretch = Sit tall, soles of the feet together, knees dropped out; lean forward a little from the hips.
routines-place-adductors = Face down, this knee bent out to the side on the roller; roll the inner thigh from the knee upwards.
routines-place-hip-flexors-ball = Face down, ball just inside the bony point at the front of the hip; let your weight sink in slowly.
routines-place-hip-flexors-stretch = Half-kneeling on this knee, tuck the tailbone under and shift forward until the front of the hip pulls.
routines-place-hip-flexors = Face down, roller just below the front of the hip bone; small, slow movements.
routines-place-glutes-ball = Sit on the ball in the middle of this buttock; find a tender spot and hold it while you breathe.
routines-place-glutes-stretch = On your back, this ankle over the other knee; draw both legs towards your chest.
routines-place-glutes = Sit on the roller, this ankle over the other knee, and lean towards this side.
routines-place-upper-back-ball = Ball between the wall and the muscle beside the shoulder blade; lean in and move slowly.
routines-place-upper-back = Roller across the shoulder blades, hands behind the head; roll from mid-back to the shoulders.
routines-place-feet = Seated or standing, roll the ball under the sole from the heel to the ball of the foot.
routines-place-hands-only = Work around the area with your hands only.
routines-care-calves-tool = Keep off the back of the knee and the Achilles tendon.
routines-care-calves-stretch = Keep the back knee straight but not locked.
routines-care-shins = Stay on the muscle, never on the bone.
routines-care-quads-tool = Stop a hand's width above the kneecap.
routines-care-quads-stretch = Keep the back straight; hold a wall for balance.
routines-care-hamstrings-tool = Keep off the back of the knee.
routines-care-hamstrings-stretch = Keep the other leg relaxed and the lower back on the floor.
routines-care-it-band = Stay off the hip bone and the knee; skip it if it is sharp.
routines-care-adductors-tool = Stop short of the groin.
routines-care-adductors-stretch = Let the knees drop only as far as is easy.
routines-care-hip-flexors-tool = Move off at once if you feel a pulse, tingling or numbness.
routines-care-hip-flexors-stretch = Keep the front knee over the ankle.
routines-care-glutes-tool = Stay on the muscle, off the tailbone and the lower back.
routines-care-glutes-stretch = Keep the head and shoulders on the floor.
routines-care-upper-back = Never roll the lower back or the neck.
routines-care-feet = Press lightly over the arch.
routines-care-never-roll = Never roll over it.

## What an injury changed in a routine, one sentence per injured area. $injured: the injured
## area mid-sentence; $dropped: the areas left out; $softened: the areas kept light, both as
## routines-area-list gives them; $min, $max: the light pressure on the 0–10 scale.

routines-injury-dropped = Because of your injured { $injured }: no { $dropped } steps.
routines-injury-softened = Because of your injured { $injured }: { $softened } kept light ({ $min }–{ $max } of 10).
routines-injury-both = Because of your injured { $injured }: no { $dropped } steps; { $softened } kept light ({ $min }–{ $max } of 10).

## How much self-massage suits the moment (rule 8). $seconds: the routine's time per muscle.
## The reasons (routines-why-*) stand mid-sentence, after "because" or a colon.

routines-dose-race-week = A quick, light roll: about { $seconds } s per muscle, easy pressure, then move on.
routines-dose-after-race = Slow, gentle rolling of the legs, about { $seconds } s per muscle; stop well short of discomfort.
routines-dose-hard-block = Targeted work, about { $seconds } s per muscle at a moderate 4 to 6 out of 10; the stick suits calves and hamstrings.
routines-dose-everyday = An all-round roll: about { $seconds } s per muscle group, slow and moderate.
routines-why-race-week = race week calls for short, light sessions so the legs stay fresh
routines-why-after-race = tired muscles recover better with gentle pressure than with hard work
routines-why-hard-block = hard and speed-work weeks tighten calves, hamstrings and hips, so give them longer
routines-why-everyday = regular home care between sessions adds up; deeper is not better, muscles guard

## A step's pressure on the 0–10 scale: $word is its band ("Light") or two ("Light to moderate").
routines-pressure-one = { $word } ({ $level } of { $max })
routines-pressure-range = { $word } ({ $min }–{ $level } of { $max })
# $low is a band's name ("Light"), $high a band's word in a sentence ("moderate").
routines-pressure-between = { $low } to { $high }
