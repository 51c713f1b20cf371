# The red-flag check (rule 12), which Today asks and Log, Checklists and Aromatherapy recall:
# each question, each flag's short name, and the advice after a yes. No diagnosis: only who to
# see and what to leave alone until then.
# English is the source and the fallback of every other language.

## The questions, each answered with a tick

safety-question-calf-pain-or-swelling = Calf pain or swelling, above all after a long flight or drive
safety-question-fever-or-unwell = A fever, or feeling unwell
safety-question-broken-skin = Broken, chafed or sunburnt skin on an area
safety-question-fresh-injury = An injury in its first two or three days
safety-question-bone-stress = Pain in a bone that could be a stress injury
safety-question-dark-urine-or-heat-illness = Dark urine or signs of heat illness after a long race
safety-question-blood-thinners = Taking blood thinners
safety-question-pregnancy = Pregnancy

## Short names, for the log and the warnings

safety-flag-calf-pain-or-swelling = Calf pain or swelling
safety-flag-fever-or-unwell = Fever or feeling unwell
safety-flag-broken-skin = Broken or sore skin
safety-flag-fresh-injury = A fresh injury
safety-flag-bone-stress = Possible bone stress
safety-flag-dark-urine-or-heat-illness = Dark urine or heat illness
safety-flag-blood-thinners = Blood thinners
safety-flag-pregnancy = Pregnancy

## The same, mid-sentence, as what the runner reported: "You reported calf pain or swelling: …"

safety-reported-calf-pain-or-swelling = calf pain or swelling
safety-reported-fever-or-unwell = fever or feeling unwell
safety-reported-broken-skin = broken or sore skin
safety-reported-fresh-injury = a fresh injury
safety-reported-bone-stress = possible bone stress
safety-reported-dark-urine-or-heat-illness = dark urine or heat illness
safety-reported-blood-thinners = blood thinners
safety-reported-pregnancy = pregnancy

## What to do now

# A possible clot, or a body that is struggling after a long race.
safety-advice-today = See a doctor today, and no massage or rolling until they say it is fine.
# A flag on one area.
safety-advice-area = See a doctor or physio, and keep massage and rolling off that area until it is cleared.
# Any other flag, which stops all massage.
safety-advice-all = See a doctor or physio before any massage or self-massage, and wait until they clear it.
