//! Every mistake is reported at once, each at its own tokens, and the user's code that uses the
//! enum gets no error of its own.

use cloud_errors::{cloud_error, ErrorCode};

#[cloud_error]
pub enum Code {
    /// The disk is full.
    #[code("Disk.Full", status = 600, retry = "maybe")]
    DiskFull,
    /// The volume is full.
    #[code("Disk.Full", category = "full", colour = "red")]
    VolumeFull,
    /// Bad option values.
    #[code("Bad.Values", status = "404", statuses = [400], messages = "one", ja = "")]
    BadValues,
}

fn retry_of<C: ErrorCode>(code: &str) -> cloud_errors::Retry {
    C::from_code(code).retry()
}

fn main() {
    let code = Code::from_code("Disk.Full");
    assert!(code == Code::DiskFull || code == Code::VolumeFull);
    let _ = (code.http_statuses(), code.to_string(), retry_of::<Code>("x"));
}
