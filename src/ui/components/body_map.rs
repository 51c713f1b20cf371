//! An inline picture of the body from the front and the back, highlighting the area being worked.

use crate::core::body::BodyArea;
use crate::core::routine::Side;
use dioxus::prelude::*;

/// Which leg a region belongs to; `None` for the trunk.
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

/// Front and back figures side by side; `area` (on `side`) is highlighted and named for screen readers.
#[component]
pub fn BodyMap(area: Option<BodyArea>, side: Side) -> Element {
    let label = match area {
        Some(area) => format!("Body map: {} highlighted", area.label().to_lowercase()),
        None => "Body map".to_string(),
    };
    rsx! {
        svg { class: "body-map", view_box: "0 0 230 320", role: "img", "aria-label": "{label}",
            Figure { regions: "front", offset: 0.0, area, side }
            Figure { regions: "back", offset: 125.0, area, side }
        }
    }
}

#[component]
fn Figure(regions: &'static str, offset: f64, area: Option<BodyArea>, side: Side) -> Element {
    let front = regions == "front";
    let list: &[Region] = if front { &FRONT } else { &BACK };
    // Screen x of the runner's left leg: mirrored in the front view, where the runner faces us.
    let shapes = list.iter().flat_map(|r| {
        let legs: &[Option<Leg>] = if r.paired {
            &[Some(Leg::Left), Some(Leg::Right)]
        } else {
            &[None]
        };
        legs.iter().map(move |leg| {
            let mirrored = matches!(
                (leg, front),
                (Some(Leg::Left), true) | (Some(Leg::Right), false)
            );
            let x = if mirrored { 100.0 - r.x - r.w } else { r.x };
            let on_side = !matches!(
                (leg, side),
                (Some(Leg::Left), Side::Right) | (Some(Leg::Right), Side::Left)
            );
            let lit = r.area.is_some() && r.area == area && on_side;
            (x + offset, r.y, r.w, r.h, lit, r.area.is_some())
        })
    });
    rsx! {
        g { class: "figure",
            circle { class: "body-part", cx: offset + 50.0, cy: "18", r: "13" }
            for (x, y, w, h, lit, named) in shapes {
                rect {
                    class: if lit { "body-part area lit" } else if named { "body-part area" } else { "body-part" },
                    x: "{x}", y: "{y}", width: "{w}", height: "{h}", rx: "5",
                }
            }
            text { class: "figure-label", x: offset + 50.0, y: "318", text_anchor: "middle",
                if front { "Front" } else { "Back" }
            }
        }
    }
}
