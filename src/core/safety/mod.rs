//! Red flags before any advice (rule 12 of docs/RULES.md): the short "Is anything off?" check, what each
//! answer rules out until a doctor or physio clears it, and the words the runner reads for it.

pub mod copy;
pub mod flag;

pub use flag::RedFlag;
