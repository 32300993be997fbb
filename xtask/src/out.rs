//! The commands' progress output.

/// Prints a line of progress. A closed stdout (`cargo xtask generate | head`) is ignored rather than
/// a panic: the files are written either way, and the run's outcome is its exit code.
pub fn say(line: impl std::fmt::Display) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}

/// Prints `error: <message>`: the run failed.
pub fn fail(message: impl std::fmt::Display) -> std::process::ExitCode {
    eprintln!("error: {message}");
    std::process::ExitCode::FAILURE
}
