use cloud_errors::cloud_error;

#[cloud_error]
pub struct Code {
    pub code: String,
}

fn main() {
    // The struct is kept as written: only the misplaced attribute is reported.
    let _ = Code { code: String::new() };
}
