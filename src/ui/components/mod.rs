//! Widgets shared by several screens.

mod below_the_fold;
mod body_map;
mod checklist_tick;
mod countdown;
mod field;
mod inputs;
mod load_banner;
mod load_chart;
mod main_nav;
mod make_room;
mod progress;
mod toast;
mod typed_text;

pub use below_the_fold::{use_first_view_painted, BelowTheFold};
pub use body_map::{BodyMap, BodyMapPicker};
pub use checklist_tick::{change_checklist, tick_id, ChecklistTick};
pub use countdown::Countdown;
pub use field::{error_id, Field};
pub use inputs::{Checkbox, NumberField, SelectField, TextArea, TextField};
pub use load_banner::LoadBanner;
pub use load_chart::LoadChart;
pub use main_nav::{behind_more, MainNav};
pub use make_room::MakeRoom;
pub use progress::ProgressRing;
pub use toast::{undo_label, use_toasts, use_toasts_provider, ToastAction, ToastRegion, Toasts};
