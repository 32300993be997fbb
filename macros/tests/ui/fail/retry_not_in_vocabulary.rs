use cloud_errors::cloud_error;

#[cloud_error]
pub enum Code {
    /// The disk is full.
    #[code("Disk.Full", retry = "later")]
    DiskFull,
}

fn main() {}
