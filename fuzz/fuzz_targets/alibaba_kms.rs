//! Fuzzes the Alibaba KMS instance API envelope parser through `from_parts` (and `from_body`).

#![no_main]

use cloud_errors::envelopes::AlibabaKms;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| cloud_errors_fuzz::read::<AlibabaKms>(data));
