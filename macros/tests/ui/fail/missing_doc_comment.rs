use cloud_errors::cloud_error;

#[cloud_error]
pub enum Code {
    #[code("Disk.Full")]
    DiskFull,
}

fn main() {}
