//! Fuzzes the CSV/TSV reader and what follows it (segmenting, normalising).
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(
    init: common::init(),
    |data: &[u8]| common::read_and_segment(data, actionplan::read::InputFormat::Csv)
);
