//! Which areas a step on one area presses on, and which lie next to it: how an injury reshapes a
//! routine (rule 7).

use crate::core::body::BodyArea;

/// The areas a step on `area` presses on besides itself. Calf work runs from the ankle up, so it
/// loads the Achilles tendon; quad rolling runs up to the hip, over the front of it.
pub fn presses_on(area: BodyArea) -> &'static [BodyArea] {
    match area {
        BodyArea::Calves => &[BodyArea::Achilles],
        BodyArea::Quads => &[BodyArea::HipFlexors],
        _ => &[],
    }
}

/// The areas beside `area` whose steps stay light while `area` is injured: close enough that
/// firm pressure would pull on it.
pub fn next_to(area: BodyArea) -> &'static [BodyArea] {
    use BodyArea::*;
    match area {
        Feet => &[Achilles, Calves],
        Calves => &[Shins, Feet, Hamstrings],
        Achilles => &[Feet],
        Shins => &[Calves],
        Quads => &[ItBand, Adductors],
        Hamstrings => &[Glutes, Calves, Adductors],
        ItBand => &[Quads, Glutes],
        Adductors => &[Quads, Hamstrings, HipFlexors],
        HipFlexors => &[Adductors, Glutes],
        Glutes => &[Hamstrings, ItBand, LowerBack],
        LowerBack => &[Glutes, UpperBack],
        UpperBack => &[LowerBack],
    }
}

/// Whether a step on `step_area` presses on `injured` (and so is left out).
pub fn presses(step_area: BodyArea, injured: BodyArea) -> bool {
    step_area == injured || presses_on(step_area).contains(&injured)
}

/// Whether a step on `step_area` lies beside `injured` (and so stays light).
pub fn beside(step_area: BodyArea, injured: BodyArea) -> bool {
    next_to(injured).contains(&step_area)
}
