//! The emitted code uses absolute paths only: it compiles next to items that shadow the prelude
//! and the standard library, without any import of cloud_errors.

#![allow(dead_code, non_camel_case_types)]

mod core {}
mod std {}
struct Option;
struct Result;
struct String;
struct Some;
trait Clone {}
trait ErrorCode {}

#[::cloud_errors::cloud_error(extends = ::cloud_errors::oci::Code)]
pub enum Code {
    /// A code.
    #[code("A", status = 400)]
    A,
}

fn main() {
    let code = Code::from_code("A");
    assert!(code.is_known());
    assert_eq!(code.code(), "A");
    assert!(Code::from_code("NotFound").is_known());
}
