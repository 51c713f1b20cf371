//! How distances are shown: kilometres or miles (stored values are always kilometres).

use crate::core::words::message;
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

    /// A distance in kilometres as the runner reads it, e.g. "13.1 mi"; whole numbers lose the ".0".
    pub fn format_km(self, km: f64) -> String {
        let value = (self.from_km(km) * 100.0).round() / 100.0;
        format!("{value} {}", self.abbreviation())
    }
}
