use cloud_errors::cloud_error;

#[cloud_error(extends = std::string::String)]
enum Code {
    /// A code.
    #[code("A")]
    A,
}

fn main() {
    let _ = Code::from_code("A");
}
