//! Option values for `<select>` elements: the same snake_case names the document stores, so
//! a form never invents a second spelling of an enum.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// The stored name of a unit-like enum value, e.g. `MassageKind::PreEvent` → `"pre_event"`.
pub fn key_of<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(key)) => key,
        _ => String::new(),
    }
}

/// The enum value stored under `key`, if there is one.
pub fn from_key<T: DeserializeOwned>(key: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(key.to_string())).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::body::BodyArea;
    use crate::core::massage::MassageKind;

    #[test]
    fn keys_round_trip_and_unknown_keys_are_none() {
        for kind in MassageKind::ALL {
            assert_eq!(from_key::<MassageKind>(&key_of(&kind)), Some(kind));
        }
        assert_eq!(key_of(&BodyArea::ItBand), "it_band");
        assert_eq!(from_key::<BodyArea>("elbow"), None);
    }
}
