//! Derives of other traits work written before the attribute as well as after it.

#[derive(PartialOrd)]
#[cloud_errors::cloud_error]
pub enum Code {
    /// A.
    #[code("A")]
    A,
    /// B.
    #[code("B")]
    B,
}

fn main() {
    assert!(Code::A < Code::B);
    assert!(Code::B < Code::Unknown(String::new()));
}
