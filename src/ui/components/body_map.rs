//! A small front and back body map for picking where an injury is: each region is a radio
//! button that works with a tap, a click, or Tab then Enter or Space.

use crate::core::body::BodyArea;
use crate::ui::form_keys::key_of;
use dioxus::prelude::*;

/// A region's shapes as (x, y, width, height) in the map's 240×250 coordinate space.
type Shapes = &'static [(u16, u16, u16, u16)];

/// Where each area is drawn: left figure from the front, right figure from the back.
const REGIONS: [(BodyArea, Shapes); 12] = [
    (BodyArea::HipFlexors, &[(33, 95, 44, 14)]),
    (BodyArea::Quads, &[(31, 112, 18, 46), (61, 112, 18, 46)]),
    (BodyArea::Adductors, &[(50, 112, 10, 36)]),
    (BodyArea::ItBand, &[(23, 112, 7, 46), (80, 112, 7, 46)]),
    (BodyArea::Shins, &[(35, 164, 12, 50), (63, 164, 12, 50)]),
    (BodyArea::Feet, &[(31, 220, 18, 12), (61, 220, 18, 12)]),
    (BodyArea::UpperBack, &[(163, 40, 44, 26)]),
    (BodyArea::LowerBack, &[(163, 68, 44, 22)]),
    (BodyArea::Glutes, &[(163, 92, 44, 20)]),
    (
        BodyArea::Hamstrings,
        &[(161, 115, 18, 46), (191, 115, 18, 46)],
    ),
    (BodyArea::Calves, &[(165, 165, 12, 40), (193, 165, 12, 40)]),
    (BodyArea::Achilles, &[(168, 207, 6, 16), (196, 207, 6, 16)]),
];

/// The map; `selected` and the value passed to `onselect` are stored area keys (e.g. `"calves"`).
#[component]
pub fn BodyMap(label: String, selected: String, onselect: EventHandler<String>) -> Element {
    let chosen = REGIONS
        .iter()
        .find(|(area, _)| key_of(area) == selected)
        .map_or("nothing yet", |(area, _)| area.label());
    rsx! {
        div { class: "body-map",
            svg {
                view_box: "0 0 240 250",
                role: "radiogroup",
                "aria-label": "{label}",
                g { class: "body-outline", "aria-hidden": "true",
                    circle { cx: "55", cy: "20", r: "14" }
                    rect { x: "33", y: "38", width: "44", height: "55", rx: "10" }
                    circle { cx: "185", cy: "20", r: "14" }
                    rect { x: "163", y: "38", width: "44", height: "55", rx: "10" }
                    text { x: "55", y: "246", "text-anchor": "middle", "Front" }
                    text { x: "185", y: "246", "text-anchor": "middle", "Back" }
                }
                for (area, shapes) in REGIONS {
                    BodyRegion { key: "{key_of(&area)}", area, shapes, checked: key_of(&area) == selected, onselect }
                }
            }
            p { class: "body-map-choice", "Selected: {chosen}" }
        }
    }
}

#[component]
fn BodyRegion(
    area: BodyArea,
    shapes: Shapes,
    checked: bool,
    onselect: EventHandler<String>,
) -> Element {
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
            for (x, y, width, height) in shapes.iter().copied() {
                rect { x: "{x}", y: "{y}", width: "{width}", height: "{height}", rx: "4" }
            }
        }
    }
}
