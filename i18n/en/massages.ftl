## The kinds of massage the app plans and logs, how a pre-event session was done, and the one
## 0–10 pressure scale every screen uses. Many screens show these words.

massages-kind-pre-event = Pre-event massage
massages-kind-post-event = Post-event massage
massages-kind-general = General massage
massages-kind-injury = Injury massage
massages-kind-self-massage = Self-massage

# The kind in a word or two, where the name would not fit (a choice in a narrow list).
massages-short-pre-event = Pre-event
massages-short-post-event = Post-event
massages-short-general = General
massages-short-injury = Injury
massages-short-self-massage = Self-massage

# The kind mid-sentence: "your log already has a general massage on this day".
massages-in-sentence-pre-event = pre-event massage
massages-in-sentence-post-event = post-event massage
massages-in-sentence-general = general massage
massages-in-sentence-injury = injury massage
massages-in-sentence-self-massage = self-massage

## The pressure scale: light up to 4, moderate 5–6, deep from 7 (of 10)
# The band's name at the start of a line.
massages-pressure-light = Light
massages-pressure-medium = Moderate
massages-pressure-deep = Deep
# The band's word inside a sentence ("deep pressure").
massages-pressure-word-light = light
massages-pressure-word-medium = moderate
massages-pressure-word-deep = deep
# A band as a choice with its figures. $name: the band's name above; $low, $high: the ends of
# the band; $max: the top of the scale (10).
massages-pressure-up-to = { $name } (up to { $high } of { $max })
massages-pressure-or-more = { $name } ({ $low } or more of { $max })
massages-pressure-range = { $name } ({ $low }–{ $high } of { $max })

## How a pre-event session was done (the log's form and the log)
massages-technique-light-flush = Light flush
massages-technique-compression = Compressions over the clothes
massages-technique-deep = Deeper work
