use cloud_errors::cloud_error;

#[cloud_error]
pub enum Code {
    /// The disk is full.
    #[code("Disk.Full", status = 507)]
    DiskFull,
    /// The volume is full.
    #[code("Disk.Full", status = 507)]
    VolumeFull,
}

fn main() {
    // The fallback enum keeps both variants and every method: no error here.
    let _ = (Code::DiskFull, Code::VolumeFull.retry());
}
