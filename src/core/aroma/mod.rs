//! Aromatherapy around races (rule 9): the oils and their cautions, the dilution calculator with its
//! sun-safety refusals, and the runner's own marks on oils; the warnings' words are in `copy`.

pub mod copy;
pub mod dilution;
pub mod marks;
pub mod oil;
pub mod oils;

pub use dilution::{
    format_percent, mix, sun_exposed, Mix, BODY_MASSAGE_PERCENT, DAYLIGHT_HOURS, DROP_ML,
    MAX_CARRIER_ML, MAX_PERCENT,
};
pub use marks::{
    new_oil_warnings, set_status, status_of, NewOilWarning, OilMark, OilStatus,
    NEW_OIL_WARNING_DAYS,
};
pub use oil::{Goal, Oil, GENERAL_SAFETY};
pub use oils::{oil, oils};
