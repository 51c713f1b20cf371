//! The store's tests (the document, named changes, saves between copies, merge, import, export,
//! migration, files) in one test binary.

#[path = "../common/mod.rs"]
mod common;
#[path = "../support/mod.rs"]
mod support;

mod changes;
mod crash;
mod export;
mod file;
mod import;
mod merge;
mod merge_lattice;
mod migrate;
mod sync;
mod tolerant;
mod window_size;
mod words_store;
