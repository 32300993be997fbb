use cloud_errors::cloud_error;

#[cloud_error]
pub enum Code {
    /// The disk is full.
    #[code(status = 507)]
    DiskFull,
    /// The volume is full.
    #[code]
    VolumeFull,
    /// The bucket is full.
    #[code(" Bucket.Full")]
    BucketFull,
}

fn main() {}
