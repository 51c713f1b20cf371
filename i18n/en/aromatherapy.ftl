# Aromatherapy: the oils guide, the blend calculator and the cautions.
# English is the source and the fallback of every other language.
#
# A figure and its unit are held together by a no-break space, written {"\u00A0"}, so a narrow
# screen never shows "0.4" at the end of one line and "%" at the start of the next.
# $oil, $race and $alternative are names; $why is a clause saying why sun limits hold
# (aromatherapy-sun-why-…); $max, $total, $strength, $share and $range are percentages
# already written out (aromatherapy-percent, aromatherapy-percent-range).

## Percentages, written once for every message that shows one

aromatherapy-percent = { NUMBER($value, maximumFractionDigits: 2) }{"\u00A0"}%
aromatherapy-percent-range = { NUMBER($low, maximumFractionDigits: 2) } to { NUMBER($high, maximumFractionDigits: 2) }{"\u00A0"}%

## The screen

aromatherapy-title = Aromatherapy
# $flag: a red flag as what the runner reported (safety-reported-…).
aromatherapy-stop = You reported { $flag }: no massage oils on the skin until a doctor or physio has cleared it. See one today.
# $phase: the name of the race's phase, as Today shows it.
aromatherapy-lead = { $race }: { $phase }.
aromatherapy-lead-fits = Oils marked “Fits now” suit this phase ({ $goal ->
        [energising] energising, before a race
       *[calming] calming, for recovery
    }).
aromatherapy-lead-no-race = No race is close, so any oil you enjoy will do; the marks appear in race week.
aromatherapy-warnings = Warnings
# Read out before each warning by screen readers only.
aromatherapy-warning = Warning:
aromatherapy-fits-now = Fits now
aromatherapy-goal-energising = Energising, before a race
aromatherapy-goal-calming = Calming, for recovery

## Before you choose an oil: how to use any oil, and the cautions several oils share

aromatherapy-cautions = Before you choose an oil
aromatherapy-safe-undiluted = Never put an essential oil on skin undiluted, and never swallow one.
# $low_drops and $high_drops: the drops $range makes in $ml of carrier oil.
aromatherapy-safe-strength = For a body massage, mix { $range } into a carrier oil: { $low_drops } to { $high_drops }{"\u00A0"}drops in { $ml }{"\u00A0"}ml.
aromatherapy-safe-patch-test = Patch-test every new oil: a little of the diluted mix on the inner forearm, then wait 24 to 48{"\u00A0"}hours for any redness or itching.
aromatherapy-safe-try-early = Try new oils weeks before race week, never for the first time before an important race.
aromatherapy-take-care = Take care first
aromatherapy-take-care-hint = The oils below point back here rather than repeat these.
# A shared caution's name at the start of its line, before what to do.
aromatherapy-caution-lead = { $caution }:
aromatherapy-caution-pregnancy = Pregnant or breastfeeding
aromatherapy-caution-pregnancy-text = ask your midwife or doctor before using essential oils.
aromatherapy-caution-children = Children
aromatherapy-caution-children-text = keep bottles out of reach, use no oils on a young child without advice, and never peppermint near a baby's or young child's face.
aromatherapy-caution-asthma = Asthma or a sensitivity to scents
aromatherapy-caution-asthma-text = breathing oils in can set it off, so skip the tissue and the diffuser or try the faintest trace first.
aromatherapy-caution-pets = Pets
aromatherapy-caution-pets-text = some oils harm cats, dogs and birds; keep bottles and diffusers away from them and wash your hands before you touch them.
aromatherapy-caution-broken-skin = Broken, chafed or sunburnt skin
aromatherapy-caution-broken-skin-text = common after a race: no oils there until it has healed.
aromatherapy-caution-old-oils = Old oils
aromatherapy-caution-old-oils-text = citrus oils and lavender go off once opened and then irritate skin. Keep them closed, cool and dark, and replace citrus oils about a year after opening.
aromatherapy-caution-sun-limits = Sun limits
aromatherapy-caution-sun-limits-text = a sun-sensitising oil's limit holds for skin that will see the sun or a sunbed within 12 to 24{"\u00A0"}hours, and several in one blend add up. Oils marked sun-safe have none.

## The oils

aromatherapy-oil-sweet-orange = Sweet orange
aromatherapy-oil-mandarin = Mandarin
aromatherapy-oil-bergamot = Bergamot
aromatherapy-oil-bergamot-fcf = Bergamot FCF
aromatherapy-oil-lemon-cold-pressed = Lemon (cold-pressed)
aromatherapy-oil-lemon-distilled = Lemon (distilled)
aromatherapy-oil-lime-cold-pressed = Lime (cold-pressed)
aromatherapy-oil-lime-distilled = Lime (distilled)
aromatherapy-oil-grapefruit = Grapefruit
aromatherapy-oil-bitter-orange = Bitter orange
aromatherapy-oil-peppermint = Peppermint
aromatherapy-oil-lavender = Lavender
# How to use most energising oils.
aromatherapy-how-rub-or-tissue = Mixed into a carrier oil for a brisk leg rub, or two drops on a tissue to breathe in on the way to the start.
aromatherapy-how-bergamot = Best breathed in from a tissue on race day; on the skin only well diluted.
aromatherapy-how-peppermint = A drop or two on a tissue to breathe in, or a little in a carrier oil rubbed into the legs; it feels cool.
aromatherapy-how-lavender = Mixed into a carrier oil for a slow post-race leg massage, or on a tissue by the pillow to help you wind down.
aromatherapy-bergamot-strongest = The strongest sun-sensitiser in the guide: on a sunny day, breathe it in rather than rub it in.
aromatherapy-bergamot-fcf-sun-safe = The compound that reacts with sunlight has been removed, so it is the sun-safe bergamot.
aromatherapy-peppermint-eyes = It stings the eyes: wash your hands after a rub.
aromatherapy-peppermint-g6pd-heart = Not for anyone with G6PD deficiency; with a heart rhythm problem such as atrial fibrillation, ask your doctor first.
# The sun-safe oils to use instead of a sun-sensitising one, mid-sentence.
aromatherapy-instead-bergamot = bergamot FCF
aromatherapy-instead-lemon = distilled lemon
aromatherapy-instead-lime = distilled lime
aromatherapy-instead-grapefruit = sweet orange or mandarin
aromatherapy-instead-bitter-orange = sweet orange

## An oil's card

aromatherapy-sun-limit = Sun limit { $max }
aromatherapy-sun-safe = Sun-safe
aromatherapy-details = How to use it, and its cautions
aromatherapy-sun-sensitising = Sun-sensitising:
aromatherapy-sun-sensitising-max = on skin that will see the sun within a day, at most { $max }.
aromatherapy-sun-safe-choice = Sun-safe choice: { $alternative }.
aromatherapy-oil-cautions = Cautions for { $oil }
aromatherapy-see-also = See also, above:
aromatherapy-mark = Your experience with { $oil }
aromatherapy-mark-not-marked = Not marked
aromatherapy-mark-new = New to me (not patch-tested)
aromatherapy-mark-patch-tested = Patch-tested, suits me
# $days: whole days until the race starts; 0 is less than a day.
aromatherapy-new-oil = { $oil } is new to you and { $race } is { $days ->
        [0] less than a day away
        [one] { $days }{"\u00A0"}day away
       *[other] { $days }{"\u00A0"}days away
    }. A patch test takes 24 to 48{"\u00A0"}hours and a first try belongs before a training run, so leave it out of this race or test it now and keep it for afterwards.

## The blend calculator

aromatherapy-calculator = Blend calculator
aromatherapy-calculator-hint = One drop is about { $ml }{"\u00A0"}ml. Drops are rounded down, so the blend is never stronger than you asked for.
# $why starts the sentence.
aromatherapy-sun-hint = { $why }, so sun-sensitising oils are held to their sun-safe strength, and several in one blend add up.
aromatherapy-sun-why-training = you train outdoors in daylight
aromatherapy-sun-why-race = { $race } is outdoors in daylight
aromatherapy-carrier = Carrier oil (ml)
# $number: the oil's row in the blend, from 1.
aromatherapy-oil-number = Oil { $number }
aromatherapy-oil-dilution = Oil { $number } dilution (%)
aromatherapy-remove-oil = Remove oil { $number }
aromatherapy-remove = Remove
aromatherapy-add-oil = Add an oil
aromatherapy-blend-full = A blend holds at most { $max } oils.
# One oil's drops in the result; several are joined by aromatherapy-drops-joiner.
aromatherapy-drops = { $drops ->
        [one] { $drops }{"\u00A0"}drop
       *[other] { $drops }{"\u00A0"}drops
    } of { $oil }
aromatherapy-drops-joiner = {" and "}
# After the drops. $rounding is "down" when whole drops make the blend weaker than asked;
# $percent is then its strength.
aromatherapy-result = { $rounding ->
        [down] in { NUMBER($ml, maximumFractionDigits: 2) }{"\u00A0"}ml of carrier oil (rounded down: the blend comes to { $percent }).
       *[none] in { NUMBER($ml, maximumFractionDigits: 2) }{"\u00A0"}ml of carrier oil.
    }
aromatherapy-result-error = Fix the field marked above to see the drops (carrier oil up to { $max }{"\u00A0"}ml).

## The calculator's refusals and advice

aromatherapy-carrier-out-of-range = Enter an amount of carrier oil above 0 and up to { $max }{"\u00A0"}ml.
aromatherapy-percent-out-of-range = Enter a dilution above 0 and up to { $max }; { $range } suits a body massage.
aromatherapy-blend-size = { $count ->
        [0] Choose at least one oil.
       *[other] A blend has at most { $max } oils; this one has { $count }.
    }
aromatherapy-oil-twice = { $oil } is in the blend twice: give it one row with its whole strength.
aromatherapy-blend-too-strong = Together the oils come to { $total }; keep the whole blend to { $max } or less.
aromatherapy-under-one-drop = That is less than one drop of { $oil }. Mix at least { $ml }{"\u00A0"}ml of carrier oil at this strength.
aromatherapy-stronger-than-massage = Stronger than the { $range } usual for a body massage: keep it to a small area.
aromatherapy-over-sun-limit = Too strong for skin in the sun: { $oil } makes skin burn more easily in sunlight, and { $why }. Keep it to { $max } or less.
aromatherapy-over-sun-limit-instead = Too strong for skin in the sun: { $oil } makes skin burn more easily in sunlight, and { $why }. Keep it to { $max } or less, or use { $alternative } instead.
# One sun-sensitising oil's part of a blend that is too strong in the sun: $share of its own limit.
aromatherapy-sun-share = { $oil } at { $strength } uses { $share } of its sun limit
aromatherapy-sun-share-separator = {"; "}
# $shares: every oil's aromatherapy-sun-share; $total: the shares added up.
aromatherapy-blend-over-sun-limit = Too strong together for skin in the sun, as { $why }: { $shares }, { $total } in all. Lower them until the shares add up to 100{"\u00A0"}% or less, or choose sun-safe oils.
