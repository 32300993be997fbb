use cloud_errors::cloud_error;

#[cloud_error]
#[derive(Clone, Debug, PartialOrd)]
pub enum Code {
    /// The disk is full.
    #[code("Disk.Full")]
    DiskFull,
}

fn main() {}
