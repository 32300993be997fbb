//! Integration tests of the workspace live in `tests/`; this library is empty.

/// The README's Rust examples, run as doctests.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
