//! The pseudo-language of the translation check: English with its letters accented and its
//! words about 40 % longer (German runs about that much longer than English), every message
//! wrapped in ⟦ ⟧, so a screen shows at a glance what is not from a catalogue and what would
//! not fit.

use std::borrow::Cow;

/// A letter with an accent, still readable: "Today" becomes "Ţöðåý".
fn accented(letter: char) -> char {
    match letter {
        'a' => 'å',
        'e' => 'é',
        'i' => 'ï',
        'o' => 'ö',
        'u' => 'ü',
        'y' => 'ý',
        'c' => 'ç',
        'n' => 'ñ',
        'd' => 'ð',
        'A' => 'Å',
        'E' => 'É',
        'I' => 'Ï',
        'O' => 'Ö',
        'U' => 'Ü',
        'T' => 'Ţ',
        other => other,
    }
}

/// The text of a message's own words (not the values put into it) accented and stretched: each
/// word, with the space after it, longer by 2 characters in 5, its vowels doubled first.
pub fn stretch(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    for word in text.split_inclusive(' ') {
        let mut extra = (word.chars().count() * 2).div_ceil(5);
        for letter in word.chars() {
            out.push(accented(letter));
            if extra > 0 && "aeiouyAEIOUY".contains(letter) {
                out.push(accented(letter));
                extra -= 1;
            }
        }
        // Words with too few vowels make up the rest at their end.
        let end = out.trim_end().len();
        let tail = out.split_off(end);
        out.extend(std::iter::repeat_n('~', extra));
        out.push_str(&tail);
    }
    Cow::Owned(out)
}

/// A whole message between the marks a check looks for.
pub fn wrap(text: &str) -> String {
    format!("⟦{text}⟧")
}
