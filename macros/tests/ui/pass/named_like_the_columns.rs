//! The emitted table's columns are statics inside the enum's `const _` block, named `CODES`,
//! `RETRY`, `SLOTS` and so on. An enum is a type and the statics are values, so an enum of the
//! same name neither hides a column nor is hidden by one.

#![allow(non_camel_case_types)]

use cloud_errors::{cloud_error, Retry};

#[cloud_error]
pub enum CODES {
    /// Too many requests.
    #[code("Throttled", status = 429, retry = "backoff", ja = "リクエストが多すぎます。")]
    Throttled,
}

mod other {
    #[cloud_errors::cloud_error]
    pub enum RETRY {
        /// Not found.
        #[code("NotFound", status = 404, ja = "見つかりません。")]
        NotFound,
    }
}

fn main() {
    assert_eq!(CODES::from_code("Throttled"), CODES::Throttled);
    assert_eq!(CODES::Throttled.retry(), Retry::Backoff);
    assert_eq!(CODES::Throttled.code(), "Throttled");
    assert_eq!(other::RETRY::from_code("NotFound").http_statuses(), &[404]);
    assert!(!other::RETRY::from_code("Throttled").is_known());
}
