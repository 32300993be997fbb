use cloud_errors::cloud_error;

#[cloud_error]
pub enum Code<T> {
    /// The disk is full.
    #[code("Disk.Full")]
    DiskFull,
}

fn main() {}
