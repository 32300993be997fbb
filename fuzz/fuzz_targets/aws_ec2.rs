//! Fuzzes the AWS ec2Query envelope parser through `from_parts` (and `from_body`).

#![no_main]

use cloud_errors::envelopes::AwsEc2;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| cloud_errors_fuzz::read::<AwsEc2>(data));
