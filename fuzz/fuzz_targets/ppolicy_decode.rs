#![no_main]
//! Any bytes as a ppolicy response control value: decoding never panics,
//! and whatever decodes re-decodes the same.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(r) = kleidi::directory::ppolicy::decode(data) {
        assert_eq!(kleidi::directory::ppolicy::decode(data), Ok(r));
    }
});
