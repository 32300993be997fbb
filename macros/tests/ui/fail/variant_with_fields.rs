use cloud_errors::cloud_error;

#[cloud_error]
pub enum Code {
    /// The disk is full.
    #[code("Disk.Full")]
    DiskFull { free_bytes: u64 },
    /// The quota is exceeded.
    #[code("Quota.Exceeded")]
    QuotaExceeded(u32),
}

fn main() {}
