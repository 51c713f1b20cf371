//! How each cue sounds and feels: its tone and its vibration, and the tones of the cues still to
//! come, as the audio clock is handed them.

use crate::core::timer::cue::{Cue, CueKind};
use crate::core::timer::moment::Moment;
use crate::ui::platform::cues::Tone;

/// Higher tones for beginnings, lower for warnings, a long one for the end.
pub fn tone(kind: CueKind) -> Tone {
    let (hertz, millis) = match kind {
        CueKind::GetReady | CueKind::StepStart { .. } => (880, 250),
        CueKind::SwitchSides => (660, 250),
        CueKind::Halfway => (520, 120),
        CueKind::FiveSecondWarning => (440, 150),
        CueKind::Done => (1046, 600),
    };
    Tone { hertz, millis }
}

pub fn vibration(kind: CueKind) -> &'static [u32] {
    match kind {
        CueKind::GetReady | CueKind::Halfway | CueKind::FiveSecondWarning => &[80],
        CueKind::StepStart { .. } => &[200],
        CueKind::SwitchSides => &[100, 80, 100],
        CueKind::Done => &[300, 120, 300],
    }
}

/// `upcoming` cues as (milliseconds after `now`, tone), for the audio clock.
pub fn beep_plan(upcoming: &[Cue], now: Moment) -> Vec<(i64, Tone)> {
    upcoming
        .iter()
        .map(|cue| (cue.at.as_millis() - now.as_millis(), tone(cue.kind)))
        .collect()
}
