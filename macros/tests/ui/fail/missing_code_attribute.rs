use cloud_errors::cloud_error;

#[cloud_error]
pub enum Code {
    /// The disk is full.
    #[code("Disk.Full")]
    DiskFull,
    /// The volume is gone.
    VolumeGone,
}

fn main() {
    let _ = Code::VolumeGone.code();
}
