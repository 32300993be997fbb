use cloud_errors::cloud_error;

#[cloud_error]
pub enum Code {
    /// Something unknown.
    #[code("Unknown")]
    Unknown,
}

fn main() {}
