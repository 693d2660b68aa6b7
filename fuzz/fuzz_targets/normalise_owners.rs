//! Fuzzes the owner normaliser on arbitrary text with the built-in glossary.
#![no_main]

use actionplan::normalise::owners::{normalise_owners, Glossary};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let raw = String::from_utf8_lossy(data);
    let _ = normalise_owners(&raw, &Glossary::default());
});
