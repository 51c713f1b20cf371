//! Importing training files: the picker and drop area, the progress with Cancel, and the report.
//!
//! The files are read a few activities at a time with a pause between, so the page repaints and
//! the progress moves even with a thousand activities in an archive; on the web the reading
//! itself runs in a worker. Cancel ends the import's task, which ends the reader (and the
//! worker, part way through a file). Nothing is saved until the whole batch is read; a cancelled
//! batch changes nothing.

use crate::core::training::activity::Activity;
use crate::core::training::copy::import_summary;
use crate::core::training::files::{check_size, PickedFile, ACCEPT};
use crate::core::words::{message, message_with, Arg};
use crate::ui::clock::{sleep, use_clock};
use crate::ui::platform::training_reader::TrainingReader;
use crate::ui::state::{use_app_state, use_document_update, UpdateError};
use crate::ui::views::training::changes::add_import;
use dioxus::html::{FileData, HasFileData};
use dioxus::prelude::*;

/// Activities read between two pauses. A stretch of 12 takes about 35 ms in the browser (a
/// phone's worth of files at 1 s samples, twice that), so Cancel and the page still answer at
/// once, while each pause, which browsers stretch to at least 4 ms, stays a small share of the
/// import (at 4 a stretch, pauses were a quarter of a 3.7 s import of 1,040 activities).
const ACTIVITIES_PER_CHUNK: usize = 12;

/// Where an import is.
#[derive(Debug, Clone, PartialEq)]
enum Progress {
    Idle,
    Reading { done: usize, total: usize },
}

/// What the last import did, one line each; the problems name their files.
#[derive(Debug, Clone, Default, PartialEq)]
struct Report {
    summary: String,
    problems: Vec<String>,
}

#[component]
pub fn ImportPanel() -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let update = use_document_update();
    let mut reading = use_signal(|| Progress::Idle);
    let mut task = use_signal(|| None::<dioxus::core::Task>);
    let mut report = use_signal(Report::default);
    let mut dragging = use_signal(|| false);

    let run = move |files: Vec<FileData>| {
        if files.is_empty() || reading() != Progress::Idle {
            return;
        }
        let mut task = task;
        // Ends the import, saying how it went.
        let mut finish = move |summary: String, problems: Vec<String>| {
            reading.set(Progress::Idle);
            report.set(Report { summary, problems });
        };
        let started = spawn(async move {
            reading.set(Progress::Reading {
                done: 0,
                total: files.len(),
            });
            let mut problems = Vec::new();
            let picked = read_all(files, &mut problems).await;
            let now = clock.now().with_timezone(&clock.zone()).fixed_offset();
            let mut reader = match TrainingReader::open(picked, now).await {
                Ok(reader) => reader,
                Err(message) => return finish(message, problems),
            };
            let mut found: Vec<Activity> = Vec::new();
            loop {
                let step = match reader.read_some(ACTIVITIES_PER_CHUNK).await {
                    Ok(step) => step,
                    Err(message) => return finish(message, problems),
                };
                found.extend(step.activities);
                problems.extend(step.problems);
                reading.set(Progress::Reading {
                    done: step.done,
                    total: step.total,
                });
                if step.finished {
                    break;
                }
                sleep(std::time::Duration::ZERO).await;
            }
            // The reader (and its worker) ends here; from now on Cancel has nothing to stop.
            drop(reader);
            task.set(None);
            let doubtful = found.iter().filter(|a| !a.counts()).count();
            // Only the activities not already kept are sent, each as its own record.
            let (changes, counts) = add_import(&state.peek().document, found);
            let saved = update.send_all(changes);
            let summary = match saved {
                Ok(()) => import_summary(counts, doubtful),
                Err(UpdateError::NotSaved(reason)) => message_with(
                    "training-import-not-saved",
                    &[("reason", Arg::from(reason))],
                ),
            };
            finish(summary, problems);
        });
        task.set(Some(started));
    };
    // Dropping the task drops the reader, which ends the worker at once.
    let cancel = move |_| {
        if let Some(running) = task.take() {
            running.cancel();
        }
        reading.set(Progress::Idle);
        report.set(Report {
            summary: message("training-import-cancelled"),
            problems: Vec::new(),
        });
    };

    let current = report.read().clone();
    let drop_here = message("training-drop-here");
    rsx! {
        section { class: "card import-panel", "aria-labelledby": "import-heading",
            h2 { id: "import-heading", {message("training-import-heading")} }
            p { class: "hint", {message("training-import-hint")} }
            div {
                class: if dragging() { "drop-area dragging" } else { "drop-area" },
                ondragover: move |event| {
                    event.prevent_default();
                    dragging.set(true);
                },
                ondragleave: move |_| dragging.set(false),
                ondrop: move |event| {
                    event.prevent_default();
                    dragging.set(false);
                    run(event.files());
                },
                // The real input lies, transparent, over its label drawn as a button: the whole
                // button is the target, and keyboards and screen readers reach the input itself.
                span { class: "file-pick",
                    label { class: "button primary", r#for: "training-files", {message("training-choose-files")} }
                    input {
                        id: "training-files",
                        r#type: "file",
                        multiple: true,
                        accept: ACCEPT,
                        disabled: reading() != Progress::Idle,
                        onchange: move |event| run(event.files()),
                    }
                }
                span { class: "hint", " {drop_here}" }
            }
            if let Progress::Reading { done, total } = reading() {
                div { class: "import-progress",
                    label { r#for: "import-progress",
                        // As digits: an archive's thousand activities read "1040", as they always have.
                        {message_with("training-reading", &[("done", Arg::from(done.to_string())), ("total", Arg::from(total.to_string()))])}
                    }
                    progress { id: "import-progress", max: "{total.max(1)}", value: "{done}" }
                    button { r#type: "button", class: "button", onclick: cancel,
                        {message("training-cancel")}
                    }
                }
            }
            div { role: "status", class: "import-report",
                if !current.summary.is_empty() {
                    p { {current.summary.clone()} }
                }
                if !current.problems.is_empty() {
                    ul { class: "import-problems",
                        for (index, problem) in current.problems.iter().enumerate() {
                            li { key: "{index}", {problem.clone()} }
                        }
                    }
                }
            }
        }
    }
}

/// Reads every chosen file into memory, refusing by its size alone each one too large to read.
async fn read_all(files: Vec<FileData>, problems: &mut Vec<String>) -> Vec<PickedFile> {
    let mut picked = Vec::with_capacity(files.len());
    for file in files {
        let name = file.name();
        if let Err(too_big) = check_size(&name, file.size()) {
            problems.push(too_big.to_string());
            continue;
        }
        match file.read_bytes().await {
            Ok(bytes) => picked.push(PickedFile {
                name,
                // Without a copy where the bytes are not shared: an archive can be large.
                bytes: Vec::from(bytes),
            }),
            Err(error) => problems.push(message_with(
                "training-file-not-loaded",
                &[
                    ("file", Arg::from(name)),
                    ("error", Arg::from(error.to_string())),
                ],
            )),
        }
    }
    picked
}
