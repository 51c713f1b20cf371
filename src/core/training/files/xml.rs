//! Walking the elements of a GPX or TCX file by their local names (any namespace prefix), and
//! reading the times they hold.

use super::error::FileError;
use chrono::{DateTime, NaiveDateTime, Utc};
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

/// The local names of the open elements, outermost first, the current one last.
pub(super) struct Path(Vec<String>);

impl Path {
    /// Whether the innermost elements are `names`, e.g. `["Lap", "TotalTimeSeconds"]`.
    pub fn ends_with(&self, names: &[&str]) -> bool {
        self.0.len() >= names.len()
            && self.0[self.0.len() - names.len()..]
                .iter()
                .zip(names)
                .all(|(open, name)| open == name)
    }

    /// Whether an element named `name` is open anywhere above the current one.
    pub fn within(&self, name: &str) -> bool {
        self.0.iter().any(|open| open == name)
    }
}

/// An element opening, with its attributes by local name.
pub(super) struct Opened<'e>(&'e BytesStart<'e>);

impl Opened<'_> {
    /// The attribute named `local` (any prefix), unescaped.
    pub fn attr(&self, local: &str) -> Option<String> {
        let attr = self
            .0
            .attributes()
            .flatten()
            .find(|attr| attr.key.local_name().as_ref() == local.as_bytes())?;
        let value = attr.normalized_value(XmlVersion::Implicit1_0).ok()?;
        Some(value.into_owned())
    }
}

/// What the walk shows the reader of a format.
pub(super) trait Visitor {
    /// An element opened; `path` ends with it.
    fn open(&mut self, path: &Path, element: Opened);
    /// An element closed; `path` still ends with it, and `text` is its text (its children's left
    /// out), trimmed.
    fn close(&mut self, path: &Path, text: &str);
}

/// Walks every element of `bytes`. Badly formed XML, or a file cut off with elements still
/// open, is an error naming `file`.
pub(super) fn walk(
    file: &str,
    format: &'static str,
    bytes: &[u8],
    visitor: &mut impl Visitor,
) -> Result<(), FileError> {
    let mut reader = Reader::from_reader(bytes);
    let mut path = Path(Vec::new());
    // The text of each open element, so a text split by an entity (`&amp;`) comes out whole.
    let mut texts: Vec<String> = Vec::new();
    let bad = |detail: String| FileError::unreadable(file, format, detail);
    loop {
        let event = reader.read_event().map_err(|error| match error {
            // quick-xml's syntax errors all mean the input ended inside a tag, comment or
            // declaration: a file cut off, not bad XML.
            quick_xml::Error::Syntax(_) => FileError::CutShort { file: file.into() },
            error => bad(format!("{error} at byte {}", reader.error_position())),
        })?;
        match event {
            Event::Start(start) => {
                path.0.push(local_name(&start));
                texts.push(String::new());
                visitor.open(&path, Opened(&start));
            }
            Event::Empty(start) => {
                path.0.push(local_name(&start));
                visitor.open(&path, Opened(&start));
                visitor.close(&path, "");
                path.0.pop();
            }
            Event::End(_) => {
                let text = texts.pop().unwrap_or_default();
                visitor.close(&path, text.trim());
                path.0.pop();
            }
            Event::Text(text) => {
                if let (Some(open), Ok(text)) = (texts.last_mut(), text.decode()) {
                    open.push_str(&text);
                }
            }
            Event::CData(data) => {
                if let (Some(open), Ok(text)) = (texts.last_mut(), data.decode()) {
                    open.push_str(&text);
                }
            }
            Event::GeneralRef(entity) => {
                if let Some(open) = texts.last_mut() {
                    let name = entity.decode().unwrap_or_default();
                    match (entity.resolve_char_ref(), resolve_predefined_entity(&name)) {
                        (Ok(Some(c)), _) => open.push(c),
                        (_, Some(text)) => open.push_str(text),
                        _ => {}
                    }
                }
            }
            Event::Eof if path.0.is_empty() => return Ok(()),
            Event::Eof => return Err(FileError::CutShort { file: file.into() }),
            _ => {}
        }
    }
}

fn local_name(start: &BytesStart) -> String {
    String::from_utf8_lossy(start.local_name().as_ref()).into_owned()
}

/// A time as GPX and TCX write it (`2026-03-03T06:45:12Z`, `...12.250+01:00`), with the offset
/// in minutes when the text gives one other than `Z`. A time with no zone at all is read as UTC,
/// as the GPX schema says.
pub(super) fn parse_time(text: &str) -> Option<(DateTime<Utc>, Option<i32>)> {
    let text = text.trim();
    if let Ok(time) = DateTime::parse_from_rfc3339(text) {
        let zulu = text.ends_with(['Z', 'z']);
        let offset = (!zulu).then(|| time.offset().local_minus_utc() / 60);
        return Some((time.with_timezone(&Utc), offset));
    }
    let naive = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f").ok()?;
    Some((naive.and_utc(), None))
}

/// A number in an element's text, if it is one.
pub(super) fn number(text: &str) -> Option<f64> {
    text.trim().parse().ok().filter(|n: &f64| n.is_finite())
}
