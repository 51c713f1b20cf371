//! The body from the front and the back, drawn from one table of regions: as a picture that
//! highlights the area being worked (the player) and as a picker for where an injury is (the log).

use crate::core::body::BodyArea;
use crate::core::routine::Side;
use crate::core::sorting;
use crate::core::words::{language, message, message_with, Arg, Language};
use crate::ui::form_keys::key_of;
use dioxus::prelude::*;

/// Which leg a shape belongs to; `None` for the trunk.
#[derive(Clone, Copy, PartialEq)]
enum Leg {
    Left,
    Right,
}

/// A rounded rectangle on one figure, drawn for the runner's left leg and mirrored for the right.
struct Region {
    area: Option<BodyArea>,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
    /// Mirrored onto both legs when true; trunk regions are drawn once.
    paired: bool,
}

const fn region(area: Option<BodyArea>, x: f64, y: f64, w: f64, h: f64, paired: bool) -> Region {
    Region {
        area,
        x,
        y,
        w,
        h,
        paired,
    }
}

/// Regions of the front view, in a 100-wide figure. The runner's left is the viewer's right here.
const FRONT: [Region; 9] = [
    region(None, 30.0, 34.0, 40.0, 50.0, false),
    region(None, 32.0, 84.0, 36.0, 34.0, false),
    region(None, 18.0, 36.0, 10.0, 76.0, true),
    region(Some(BodyArea::HipFlexors), 33.0, 118.0, 15.0, 16.0, true),
    region(Some(BodyArea::Quads), 32.0, 136.0, 16.0, 72.0, true),
    region(Some(BodyArea::ItBand), 28.0, 140.0, 4.0, 66.0, true),
    region(Some(BodyArea::Adductors), 44.0, 138.0, 5.0, 52.0, true),
    region(Some(BodyArea::Shins), 34.0, 214.0, 12.0, 74.0, true),
    region(Some(BodyArea::Feet), 32.0, 292.0, 16.0, 12.0, true),
];

/// Regions of the back view. The runner's left is the viewer's left.
const BACK: [Region; 10] = [
    region(Some(BodyArea::UpperBack), 30.0, 34.0, 40.0, 50.0, false),
    region(Some(BodyArea::LowerBack), 32.0, 84.0, 36.0, 34.0, false),
    region(None, 18.0, 36.0, 10.0, 76.0, true),
    region(Some(BodyArea::Glutes), 31.0, 118.0, 18.0, 26.0, true),
    region(Some(BodyArea::Hamstrings), 32.0, 146.0, 16.0, 62.0, true),
    region(Some(BodyArea::ItBand), 28.0, 140.0, 4.0, 66.0, true),
    region(Some(BodyArea::Adductors), 46.0, 146.0, 3.0, 40.0, true),
    region(Some(BodyArea::Calves), 33.0, 214.0, 15.0, 58.0, true),
    region(Some(BodyArea::Achilles), 37.0, 272.0, 6.0, 18.0, true),
    region(Some(BodyArea::Feet), 32.0, 292.0, 16.0, 12.0, true),
];

/// Where the back figure starts, to the right of the front one.
const BACK_OFFSET: f64 = 125.0;

/// One rectangle placed in the picture's 230×320 space.
#[derive(Clone, Copy, PartialEq)]
struct Shape {
    area: Option<BodyArea>,
    leg: Option<Leg>,
    /// On the front figure (else the back one).
    front: bool,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

/// Every rectangle of both figures, legs mirrored so the runner's left is drawn where it is seen.
fn shapes() -> impl Iterator<Item = Shape> {
    [(&FRONT[..], 0.0, true), (&BACK[..], BACK_OFFSET, false)]
        .into_iter()
        .flat_map(|(regions, offset, front)| {
            regions.iter().flat_map(move |region| {
                let legs: &[Option<Leg>] = if region.paired {
                    &[Some(Leg::Left), Some(Leg::Right)]
                } else {
                    &[None]
                };
                legs.iter().map(move |&leg| {
                    // In the front view the runner faces us, so their left leg is on our right.
                    let mirrored = matches!(
                        (leg, front),
                        (Some(Leg::Left), true) | (Some(Leg::Right), false)
                    );
                    let x = if mirrored {
                        100.0 - region.x - region.w
                    } else {
                        region.x
                    };
                    Shape {
                        area: region.area,
                        leg,
                        front,
                        x: x + offset,
                        y: region.y,
                        w: region.w,
                        h: region.h,
                    }
                })
            })
        })
}

/// Legs further apart than this at an area are not bridged: the space between is other areas.
const WIDEST_BRIDGED_GAP: f64 = 16.0;

/// The figure an area is picked on: the one it is seen best from. Drawn on both figures, an
/// area picked on both would be one target spread over two figures, its middle between them.
fn picked_on_front(area: BodyArea) -> bool {
    matches!(
        area,
        BodyArea::HipFlexors
            | BodyArea::Quads
            | BodyArea::ItBand
            | BodyArea::Adductors
            | BodyArea::Shins
    )
}

/// The invisible strip between an area's two legs, part of the area's target in the picker: a
/// tap between the hamstrings is on the hamstrings, and an area's middle is never a dead gap.
fn bridge(area: BodyArea) -> Option<Shape> {
    let front = picked_on_front(area);
    let (regions, offset) = if front {
        (&FRONT[..], 0.0)
    } else {
        (&BACK[..], BACK_OFFSET)
    };
    let region = regions
        .iter()
        .find(|region| region.area == Some(area) && region.paired)?;
    let inner = region.x + region.w;
    let gap = 100.0 - 2.0 * inner;
    (gap > 0.0 && gap <= WIDEST_BRIDGED_GAP).then_some(Shape {
        area: Some(area),
        leg: None,
        front,
        x: offset + inner,
        y: region.y,
        w: gap,
        h: region.h,
    })
}

/// The shapes of `area`'s target in the picker with their class, the bridge first (beneath).
fn picker_target(area: BodyArea) -> impl Iterator<Item = (Shape, &'static str)> {
    let legs = shapes()
        .filter(move |shape| shape.area == Some(area) && shape.front == picked_on_front(area))
        .map(|shape| (shape, ""));
    bridge(area)
        .map(|strip| (strip, "body-gap"))
        .into_iter()
        .chain(legs)
}

/// The plain shapes of the picker: the trunk and arms, and each area's copy on the other figure.
fn picker_backdrop() -> impl Iterator<Item = Shape> {
    shapes().filter(|shape| {
        shape
            .area
            .is_none_or(|area| shape.front != picked_on_front(area))
    })
}

/// The areas in the order the picker draws them: wide bridges first, so a narrower one (the inner
/// thigh between the quads) is drawn over them and stays reachable.
fn picker_order() -> Vec<BodyArea> {
    let mut areas = BodyArea::ALL.to_vec();
    let size = |area: &BodyArea| bridge(*area).map_or(0.0, |strip| strip.w * strip.h);
    sorting::sort_by(&mut areas, |a, b| size(b).total_cmp(&size(a)));
    areas
}

/// Heads and the "Front"/"Back" captions: the same in both uses.
#[component]
fn Figures() -> Element {
    rsx! {
        g { "aria-hidden": "true",
            circle { class: "body-part", cx: "50", cy: "18", r: "13" }
            circle { class: "body-part", cx: BACK_OFFSET + 50.0, cy: "18", r: "13" }
            text { class: "figure-label", x: "50", y: "318", text_anchor: "middle", {message("components-front")} }
            text { class: "figure-label", x: BACK_OFFSET + 50.0, y: "318", text_anchor: "middle", {message("components-back")} }
        }
    }
}

/// An area's name inside a sentence: lower case, except in German, which writes every noun
/// with a capital.
fn in_a_sentence(name: String) -> String {
    match language() {
        Language::German => name,
        Language::English | Language::French | Language::Spanish => name.to_lowercase(),
    }
}

/// The body with `area` highlighted (only the leg on `side`), named for screen readers.
#[component]
pub fn BodyMap(area: Option<BodyArea>, side: Side) -> Element {
    let label = match area {
        Some(area) => message_with(
            "components-body-map-lit",
            &[("area", Arg::from(in_a_sentence(area.label())))],
        ),
        None => message("components-body-map"),
    };
    let on_side = move |leg: Option<Leg>| {
        !matches!(
            (leg, side),
            (Some(Leg::Left), Side::Right) | (Some(Leg::Right), Side::Left)
        )
    };
    rsx! {
        svg { class: "body-map", view_box: "0 0 230 320", role: "img", "aria-label": "{label}",
            Figures {}
            for shape in shapes() {
                rect {
                    class: match (shape.area, shape.area.is_some() && shape.area == area && on_side(shape.leg)) {
                        (_, true) => "body-part area lit",
                        (Some(_), false) => "body-part area",
                        (None, false) => "body-part",
                    },
                    x: "{shape.x}", y: "{shape.y}", width: "{shape.w}", height: "{shape.h}", rx: "5",
                }
            }
        }
    }
}

/// The body as a set of radio buttons, one per area (tap, click, or Tab then Enter or Space).
/// Each area is a target on the figure it is seen best from; its copy on the other figure is
/// drawn plain, as in the player's picture.
/// `selected` and the value passed to `onselect` are stored area keys (e.g. `"calves"`).
#[component]
pub fn BodyMapPicker(label: String, selected: String, onselect: EventHandler<String>) -> Element {
    let chosen = BodyArea::ALL
        .into_iter()
        .find(|area| key_of(area) == selected)
        .map_or_else(|| message("components-nothing-yet"), BodyArea::label);
    let chosen = message_with("components-selected", &[("area", Arg::from(chosen))]);
    rsx! {
        div { class: "body-picker",
            svg { class: "body-map", view_box: "0 0 230 320", role: "radiogroup", "aria-label": "{label}",
                Figures {}
                g { "aria-hidden": "true",
                    for shape in picker_backdrop() {
                        rect { class: "body-part", x: "{shape.x}", y: "{shape.y}", width: "{shape.w}", height: "{shape.h}", rx: "5" }
                    }
                }
                for area in picker_order() {
                    BodyRegion { key: "{key_of(&area)}", area, checked: key_of(&area) == selected, onselect }
                }
            }
            p { class: "body-map-choice", "{chosen}" }
        }
    }
}

/// Every shape of one area, as one radio button.
#[component]
fn BodyRegion(area: BodyArea, checked: bool, onselect: EventHandler<String>) -> Element {
    let key = key_of(&area);
    let pick = key.clone();
    rsx! {
        g {
            class: if checked { "body-region selected" } else { "body-region" },
            role: "radio",
            tabindex: "0",
            "aria-checked": if checked { "true" } else { "false" },
            "aria-label": area.label(),
            onclick: move |_| onselect.call(key.clone()),
            onkeydown: move |event: KeyboardEvent| {
                let space = event.key() == Key::Character(" ".to_string());
                if event.key() == Key::Enter || space {
                    event.prevent_default();
                    onselect.call(pick.clone());
                }
            },
            title { {area.label()} }
            for (shape, class) in picker_target(area) {
                rect { class, x: "{shape.x}", y: "{shape.y}", width: "{shape.w}", height: "{shape.h}", rx: "4" }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The area whose target is on top at (x, y), in the picker's drawing order; `None` for a gap
    /// or a plain shape.
    fn tapped(x: f64, y: f64) -> Option<BodyArea> {
        let inside = |shape: &Shape| {
            (shape.x..=shape.x + shape.w).contains(&x) && (shape.y..=shape.y + shape.h).contains(&y)
        };
        let mut top = None;
        if picker_backdrop().any(|shape| inside(&shape)) {
            top = Some(None);
        }
        for area in picker_order() {
            if picker_target(area).any(|(shape, _)| inside(&shape)) {
                top = Some(Some(area));
            }
        }
        top.flatten()
    }

    /// The middle of the box around an area's target: where a tap on "the area" lands.
    fn middle(area: BodyArea) -> (f64, f64) {
        let target: Vec<Shape> = picker_target(area).map(|(shape, _)| shape).collect();
        let left = target.iter().map(|s| s.x).fold(f64::MAX, f64::min);
        let right = target.iter().map(|s| s.x + s.w).fold(f64::MIN, f64::max);
        let top = target.iter().map(|s| s.y).fold(f64::MAX, f64::min);
        let bottom = target.iter().map(|s| s.y + s.h).fold(f64::MIN, f64::max);
        ((left + right) / 2.0, (top + bottom) / 2.0)
    }

    #[test]
    fn the_middle_of_every_area_selects_an_area_and_mostly_its_own() {
        for area in BodyArea::ALL {
            let (x, y) = middle(area);
            let hit = tapped(x, y);
            // The quads and the IT band lie either side of the inner thigh, so their middle is
            // the inner thigh itself: an area, never a gap.
            let expected = match area {
                BodyArea::Quads | BodyArea::ItBand => BodyArea::Adductors,
                other => other,
            };
            assert_eq!(hit, Some(expected), "{area:?} at ({x}, {y})");
        }
    }

    #[test]
    fn every_leg_shape_of_an_area_selects_it_at_its_own_centre() {
        for area in BodyArea::ALL {
            for (shape, _) in picker_target(area) {
                let (x, y) = (shape.x + shape.w / 2.0, shape.y + shape.h / 2.0);
                // The inner thigh lies over the quads' inner edge; everything else is its own.
                if area != BodyArea::Quads {
                    assert_eq!(tapped(x, y), Some(area), "{area:?} at ({x}, {y})");
                }
            }
        }
    }
}
