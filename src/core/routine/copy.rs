//! The words a runner reads about self-massage: what each situation's session asks for and why.

use crate::core::routine::self_massage::SelfMassageContext;

/// What to do in a session for `context`, in the runner's words.
pub fn dose_what(context: SelfMassageContext) -> &'static str {
    match context {
        SelfMassageContext::RaceWeek => "A quick, light roll: 30 to 60 seconds per muscle, easy pressure, then move on.",
        SelfMassageContext::AfterRace => "Slow, gentle rolling of the legs; stop well short of discomfort.",
        SelfMassageContext::HardBlock => "Targeted work, 60 to 120 seconds per muscle at a moderate 4 to 6 out of 10; the stick suits calves and hamstrings.",
        SelfMassageContext::Everyday => "An all-round roll: about 90 seconds per muscle group, slow and moderate.",
    }
}

/// Why that much suits `context` (rule 8), mid-sentence.
pub fn dose_why(context: SelfMassageContext) -> &'static str {
    match context {
        SelfMassageContext::RaceWeek => {
            "race week calls for short, light sessions so the legs stay fresh"
        }
        SelfMassageContext::AfterRace => {
            "tired muscles recover better with gentle pressure than with hard work"
        }
        SelfMassageContext::HardBlock => {
            "hard and speed-work weeks tighten calves, hamstrings and hips, so give them longer"
        }
        SelfMassageContext::Everyday => {
            "regular home care between sessions adds up; deeper is not better, muscles guard"
        }
    }
}
