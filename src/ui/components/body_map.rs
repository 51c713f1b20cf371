//! The body from the front and the back, drawn from one table of regions: as a picture that
//! highlights the area being worked (the player) and as a picker for where an injury is (the log).

use crate::core::body::BodyArea;
use crate::core::routine::Side;
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
                        x: x + offset,
                        y: region.y,
                        w: region.w,
                        h: region.h,
                    }
                })
            })
        })
}

/// Heads and the "Front"/"Back" captions: the same in both uses.
#[component]
fn Figures() -> Element {
    rsx! {
        g { "aria-hidden": "true",
            circle { class: "body-part", cx: "50", cy: "18", r: "13" }
            circle { class: "body-part", cx: BACK_OFFSET + 50.0, cy: "18", r: "13" }
            text { class: "figure-label", x: "50", y: "318", text_anchor: "middle", "Front" }
            text { class: "figure-label", x: BACK_OFFSET + 50.0, y: "318", text_anchor: "middle", "Back" }
        }
    }
}

/// The body with `area` highlighted (only the leg on `side`), named for screen readers.
#[component]
pub fn BodyMap(area: Option<BodyArea>, side: Side) -> Element {
    let label = match area {
        Some(area) => format!("Body map: {} highlighted", area.label().to_lowercase()),
        None => "Body map".to_string(),
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
/// `selected` and the value passed to `onselect` are stored area keys (e.g. `"calves"`).
#[component]
pub fn BodyMapPicker(label: String, selected: String, onselect: EventHandler<String>) -> Element {
    let chosen = BodyArea::ALL
        .into_iter()
        .find(|area| key_of(area) == selected)
        .map_or("nothing yet", BodyArea::label);
    rsx! {
        div { class: "body-picker",
            svg { class: "body-map", view_box: "0 0 230 320", role: "radiogroup", "aria-label": "{label}",
                Figures {}
                g { "aria-hidden": "true",
                    for shape in shapes().filter(|shape| shape.area.is_none()) {
                        rect { class: "body-part", x: "{shape.x}", y: "{shape.y}", width: "{shape.w}", height: "{shape.h}", rx: "5" }
                    }
                }
                for area in BodyArea::ALL {
                    BodyRegion { key: "{key_of(&area)}", area, checked: key_of(&area) == selected, onselect }
                }
            }
            p { class: "body-map-choice", "Selected: {chosen}" }
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
            for shape in shapes().filter(|shape| shape.area == Some(area)) {
                rect { x: "{shape.x}", y: "{shape.y}", width: "{shape.w}", height: "{shape.h}", rx: "4" }
            }
        }
    }
}
