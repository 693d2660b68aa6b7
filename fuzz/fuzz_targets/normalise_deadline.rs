//! Fuzzes the deadline normaliser on arbitrary text, with and without a
//! document date (the first two bytes pick one).
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (date, text) = match data {
        [a, b, rest @ ..] => {
            let day = u16::from_le_bytes([*a, *b]);
            (NaiveDate::from_yo_opt(2000 + i32::from(day % 60), u32::from(day % 366) + 1), rest)
        }
        _ => (None, data),
    };
    let raw = String::from_utf8_lossy(text);
    let _ = actionplan::normalise::deadline::normalise_deadline(&raw, date);
});
