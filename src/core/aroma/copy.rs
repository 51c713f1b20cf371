//! The words a runner reads in the aromatherapy guide's warnings, worded from what the rules
//! found. The oils' own descriptions and cautions live with the oil table (`oils.rs`).

use crate::core::aroma::marks::NewOilWarning;

impl NewOilWarning {
    /// The warning as the runner reads it.
    pub fn message(&self) -> String {
        let when = match self.days_away {
            0 => "less than a day away".to_string(),
            1 => "1 day away".to_string(),
            n => format!("{n} days away"),
        };
        format!(
            "{} is new to you and {} is {when}. A patch test takes 24 to 48 hours and a first try belongs before a training run, so leave it out of this race or test it now and keep it for afterwards.",
            self.oil_name, self.race
        )
    }
}
