use cloud_errors::cloud_error;

#[cloud_error]
pub enum Code {
    /// The disk is full.
    #[code("Disk.Full", status = 999)]
    DiskFull,
    /// The volume is full.
    #[code("Volume.Full", statuses = [507, 42, 70000])]
    VolumeFull,
}

fn main() {}
