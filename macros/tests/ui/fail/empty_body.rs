use cloud_errors::cloud_error;

#[cloud_error]
pub enum Code {
    /// The object does not exist.
    #[code("Object.NotFound", status = 404, empty_body = true)]
    ObjectNotFound,
    /// The bucket does not exist.
    #[code("Bucket.NotFound", statuses = [404, 410], empty_body = true)]
    BucketNotFound,
    /// The upload does not exist.
    #[code("Upload.NotFound", empty_body = true)]
    UploadNotFound,
    /// The key was moved.
    #[code("Key.Moved", status = 301, empty_body = "yes")]
    KeyMoved,
}

fn main() {}
