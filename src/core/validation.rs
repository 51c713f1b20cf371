//! Field-level validation results, shown next to the field they concern.

use crate::core::words::{message, message_with, Arg};
use chrono::{Months, NaiveDate};
use std::fmt;

/// One problem with one form field, in words a runner can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field's stable key (e.g. `"display_name"`), used by the UI to place the message.
    pub field: &'static str,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &'static str, message: impl Into<String>) -> Self {
        FieldError {
            field,
            message: message.into(),
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// All the problems found in one form; empty means valid.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    pub fn push(&mut self, field: &'static str, message: impl Into<String>) {
        self.0.push(FieldError::new(field, message));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The message for `field`, if it has one.
    pub fn for_field(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|error| error.field == field)
            .map(|error| error.message.as_str())
    }

    /// `Ok(())` when nothing was found, so callers can use `?`.
    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

/// Dates a runner types into a form lie at most this many years from today: further is a typo in
/// the year. Stored records are not held to it (old history stays), only what is entered.
pub const DATE_WINDOW_YEARS: u32 = 5;

/// Where a typed date falls against [`DATE_WINDOW_YEARS`] around `today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutsideWindow {
    TooFarAhead,
    TooLongAgo,
}

/// Whether `date` is more than [`DATE_WINDOW_YEARS`] from `today`, and on which side.
pub fn outside_window(date: NaiveDate, today: NaiveDate) -> Option<OutsideWindow> {
    let span = Months::new(DATE_WINDOW_YEARS * 12);
    if today
        .checked_add_months(span)
        .is_some_and(|limit| date > limit)
    {
        Some(OutsideWindow::TooFarAhead)
    } else if today
        .checked_sub_months(span)
        .is_some_and(|limit| date < limit)
    {
        Some(OutsideWindow::TooLongAgo)
    } else {
        None
    }
}

/// Words joined as a runner reads a list: "a", "a and b", "a, b and c".
pub fn list_words<S: AsRef<str>>(words: &[S]) -> String {
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => last.as_ref().to_string(),
        Some((last, rest)) => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            message_with(
                "forms-list-and",
                &[
                    ("rest", Arg::from(rest.join(", "))),
                    ("last", Arg::from(last.as_ref())),
                ],
            )
        }
    }
}

/// A whole number typed into a form, or what to say about it: a typed whole number that is
/// negative or too big for the field is named with its value, not called "not a whole number".
pub fn parse_count(text: &str) -> Result<u16, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(message("forms-enter-number"));
    }
    // The value is shown as typed (as digits), not as a number the language would format.
    let typed = |id: &str, value: i64| message_with(id, &[("value", Arg::from(value.to_string()))]);
    match trimmed.parse::<i64>() {
        Ok(value) if value < 0 => Err(typed("forms-not-negative", value)),
        Ok(value) => u16::try_from(value).map_err(|_| typed("forms-too-big", value)),
        Err(_) => Err(message_with(
            "forms-not-whole",
            &[("text", Arg::from(trimmed))],
        )),
    }
}
