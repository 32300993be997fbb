use cloud_errors::cloud_error;

#[cloud_error(base = cloud_errors::oci::Code)]
pub enum Code {
    /// The disk is full.
    #[code("Disk.Full")]
    DiskFull,
}

fn main() {}
