//! Copies the message catalogues (`i18n/<language>/<feature>.ftl`) into the build's output
//! folder without their comments, which are for translators: `core/words/sources.rs` compiles
//! these copies in, so the web bundle does not carry about a sixth of English's bytes that no
//! runner reads. A line starting with `#` is a comment; a message's own lines are indented.

use std::path::Path;
use std::{env, fs};

fn main() {
    println!("cargo:rerun-if-changed=i18n");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("i18n");
    for language in fs::read_dir("i18n").expect("the i18n folder") {
        let language = language.expect("a language folder").path();
        if !language.is_dir() {
            continue;
        }
        let into = out.join(language.file_name().expect("a folder name"));
        fs::create_dir_all(&into).expect("the output folder");
        for file in fs::read_dir(&language).expect("a language's files") {
            let file = file.expect("a catalogue").path();
            if file.extension().is_some_and(|extension| extension == "ftl") {
                let text = fs::read_to_string(&file).expect("a catalogue's text");
                let messages: String = text
                    .lines()
                    .filter(|line| !line.starts_with('#'))
                    .flat_map(|line| [line, "\n"])
                    .collect();
                fs::write(into.join(file.file_name().expect("a file name")), messages)
                    .expect("the catalogue's copy");
            }
        }
    }
}
