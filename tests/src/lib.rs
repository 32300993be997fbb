//! Integration tests of the workspace live in `tests/`, examples in `examples/`; this library only
//! runs the README's examples as doctests.

/// The README's examples, run as doctests (they use the crate as users do).
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
