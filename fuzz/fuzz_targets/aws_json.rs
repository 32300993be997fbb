//! Fuzzes the AWS awsJson envelope parser through `from_parts` (and `from_body`).

#![no_main]

use cloud_errors::envelopes::AwsJson;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| cloud_errors_fuzz::read::<AwsJson>(data));
