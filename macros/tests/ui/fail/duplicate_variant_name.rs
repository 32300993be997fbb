use cloud_errors::cloud_error;

#[cloud_error]
pub enum Code {
    /// The disk is full.
    #[code("Disk.Full")]
    Full,
    /// The volume is full.
    #[code("Volume.Full")]
    Full,
}

fn main() {
    let _ = Code::Full.code();
}
