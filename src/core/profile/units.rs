//! How distances are shown: kilometres or miles (stored values are always kilometres).

use crate::core::words::{self, message};
use serde::{Deserialize, Serialize};

/// Kilometres in one international mile.
pub const KM_PER_MILE: f64 = 1.609_344;

/// How distances are shown. Stored values are always kilometres.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Units {
    #[default]
    Km,
    Mi,
}

impl Units {
    pub const ALL: [Units; 2] = [Units::Km, Units::Mi];

    /// Stable key used in forms and in the stored document.
    pub fn key(self) -> &'static str {
        match self {
            Units::Km => "km",
            Units::Mi => "mi",
        }
    }

    /// The choice as the runner reads it, in the app's language.
    pub fn label(self) -> String {
        match self {
            Units::Km => message("settings-units-km"),
            Units::Mi => message("settings-units-mi"),
        }
    }

    pub fn from_key(key: &str) -> Option<Units> {
        Units::ALL.into_iter().find(|units| units.key() == key)
    }

    /// Short unit name for labels and amounts: "km" or "mi".
    pub fn abbreviation(self) -> &'static str {
        self.key()
    }

    /// A distance typed in these units, in kilometres.
    pub fn to_km(self, value: f64) -> f64 {
        match self {
            Units::Km => value,
            Units::Mi => value * KM_PER_MILE,
        }
    }

    /// A stored distance in kilometres, in these units.
    pub fn from_km(self, km: f64) -> f64 {
        match self {
            Units::Km => km,
            Units::Mi => km / KM_PER_MILE,
        }
    }

    /// A distance in kilometres as the runner reads it, in the app's language: "13.1 mi",
    /// "21,1 km" in German; up to two decimals, and whole numbers lose the ".0". Rounded to the
    /// hundredth first: 42.195 km is 42.2 (formatting alone gives 42.19, the float being just
    /// under 42.195).
    pub fn format_km(self, km: f64) -> String {
        let hundredths = (self.from_km(km) * 100.0).round() / 100.0;
        let value = words::decimal(hundredths, 0, 2, words::language());
        format!("{value} {}", self.abbreviation())
    }
}
