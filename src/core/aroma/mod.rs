//! Aromatherapy around races (rule 9): the oils and their cautions, the blend calculator with its
//! sun-safety refusals, when sun limits apply, and the runner's own marks on oils; the words are
//! in `copy`, from the `aromatherapy` catalogue.

pub mod copy;
pub mod dilution;
pub mod figures;
pub mod marks;
pub mod oil;
pub mod oils;
pub mod sun;

pub use copy::percent;
pub use dilution::{mix, Mix, Part, PartMix, BLEND_FIELD, PERCENT_FIELDS};
pub use figures::{BODY_MASSAGE_PERCENT, DROP_ML, MAX_BLEND_OILS, MAX_CARRIER_ML, MAX_PERCENT};
pub use marks::{
    marked, new_oil_warnings, set_status, status_of, NewOilWarning, OilMark, OilStatus,
    NEW_OIL_WARNING_DAYS,
};
pub use oil::{Goal, Oil, SharedCaution};
pub use oils::{oil, oils};
pub use sun::{sun_exposed, sun_reason, SunReason, DAYLIGHT_HOURS, SUN_RACE_DAYS};
