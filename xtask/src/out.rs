//! The commands' progress output.

/// Prints a line of progress. A closed stdout (`cargo xtask generate | head`) is ignored rather than
/// a panic: the files are written either way, and the run's outcome is its exit code.
pub fn say(line: impl std::fmt::Display) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}
