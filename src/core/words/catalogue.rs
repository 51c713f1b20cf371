//! One language's messages with English behind them: a message the language lacks, or one
//! its translation cannot format (a variable it names that the app does not give), is said in
//! English rather than left out or shown as its id.

use crate::core::words::{decimal, pseudo, sources, Language};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use intl_memoizer::IntlLangMemoizer;
use std::borrow::Cow;

/// A value a message is given: words, or a number, which the message may format in the
/// language's own way and choose its plural by ("1 session", "2 sessions").
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

impl From<f64> for Arg<'_> {
    fn from(number: f64) -> Self {
        Arg::Number(number)
    }
}

impl From<i64> for Arg<'_> {
    fn from(number: i64) -> Self {
        Arg::Number(number as f64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(number: u32) -> Self {
        Arg::Number(f64::from(number))
    }
}

impl From<usize> for Arg<'_> {
    fn from(number: usize) -> Self {
        Arg::Number(number as f64)
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The messages of one language, ready to format.
pub struct Catalogue {
    language: Language,
    own: Bundle,
    /// English, behind every other language.
    english: Option<Bundle>,
    /// The pseudo-language of the translation check: every message wrapped and stretched.
    pseudo: bool,
}

impl Catalogue {
    /// English, from the catalogues compiled into every build.
    pub fn english() -> Catalogue {
        let files = sources::catalogue_files(Language::English).unwrap_or_default();
        Catalogue {
            language: Language::English,
            own: bundle(Language::English, files),
            english: None,
            pseudo: false,
        }
    }

    /// `language` from the catalogues compiled into this build; `None` where the build does not
    /// hold them (the web build holds English only).
    pub fn compiled(language: Language) -> Option<Catalogue> {
        let files = sources::catalogue_files(language)?;
        Some(Catalogue::from_files(language, files))
    }

    /// `language` from the text of its catalogue files, with English behind it. A message that
    /// does not parse is left out (English says it), and the rest of its file still counts.
    pub fn from_files<S: AsRef<str>>(language: Language, files: &[S]) -> Catalogue {
        if language == Language::English {
            return Catalogue {
                own: bundle(language, files),
                ..Catalogue::english()
            };
        }
        Catalogue {
            language,
            own: bundle(language, files),
            english: Some(Catalogue::english().own),
            pseudo: false,
        }
    }

    /// These messages with every message wrapped in ⟦ ⟧ and its words stretched by about 40 %: a
    /// screen drawn in it shows any text that does not come from a catalogue (it is unwrapped)
    /// and any box too tight for a longer language.
    pub fn into_pseudo(mut self) -> Catalogue {
        self.own.set_transform(Some(pseudo::stretch));
        self.pseudo = true;
        self
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// The message `id` given `args`, in this language or else in English.
    pub fn text(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let args = (!args.is_empty()).then(|| fluent_args(args));
        let found = format(&self.own, id, args.as_ref())
            .or_else(|| format(self.english.as_ref()?, id, args.as_ref()));
        match found {
            Some(text) if self.pseudo => pseudo::wrap(&text),
            Some(text) => text,
            // Only a message missing from English too; the catalogue tests find every id the
            // code uses in the English files, so a runner never meets this.
            None => id.to_string(),
        }
    }
}

fn bundle<S: AsRef<str>>(language: Language, files: &[S]) -> Bundle {
    let id = language.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new(vec![id]);
    // The marks that keep right-to-left names apart from the sentence; all four languages are
    // left-to-right, and the marks would show up in labels, searches and copied text.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match language {
        Language::English => number::<0>,
        Language::German => number::<1>,
        Language::French => number::<2>,
        Language::Spanish => number::<3>,
    }));
    // NUMBER(), so a translation can set how many decimals its language shows.
    let _ = bundle.add_builtins();
    for file in files {
        let resource = match FluentResource::try_new(file.as_ref().to_string()) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        // A message given twice keeps its first wording.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Fluent's number formatter for `Language::ALL[LANGUAGE]` (a function pointer cannot carry the
/// language, so there is one per language).
fn number<const LANGUAGE: usize>(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let options = &number.options;
    Some(decimal(
        number.value,
        options.minimum_fraction_digits.unwrap_or(0),
        options.maximum_fraction_digits.unwrap_or(6),
        Language::ALL[LANGUAGE],
    ))
}

fn fluent_args<'a>(args: &'a [(&str, Arg)]) -> FluentArgs<'a> {
    let mut fluent = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent.set(*name, FluentValue::from(text.as_ref())),
            Arg::Number(number) => fluent.set(*name, FluentValue::from(*number)),
        }
    }
    fluent
}

/// The message `id` of `bundle`, or `None` if it has none or cannot format it as given.
fn format(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}
