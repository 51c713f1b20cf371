//! The few things that work differently per platform, each behind one small function.

pub mod download;
