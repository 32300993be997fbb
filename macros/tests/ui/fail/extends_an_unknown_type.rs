use cloud_errors::cloud_error;

#[cloud_error(extends = cloud_errors::nowhere::Code)]
enum Code {
    /// A code.
    #[code("A")]
    A,
}

fn main() {}
