use cloud_errors::cloud_error;

#[cloud_error]
pub enum Code {
    /// The disk is full.
    #[code("Disk.Full", retries = "backoff", http = 507)]
    DiskFull,
}

fn main() {}
