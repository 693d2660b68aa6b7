//! What the reading targets share: the CLI's own catching entry point, and a
//! panic hook that lets the panics it catches go by.

use actionplan::extract::{records_from_document, ExtractOptions};
use actionplan::read::{read_bytes_with, InputFormat, ReadOptions};
use actionplan::record::DocumentInfo;

/// libfuzzer-sys aborts on every panic, even one `catch_unwind` would
/// catch. pdf-extract and lopdf panic on bad input by design and the readers
/// catch that (it becomes `ReadError::Panicked`), so only a panic outside
/// the guard is a finding.
pub fn init() {
    let abort = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !actionplan::read::panic_is_caught() {
            abort(info);
        }
    }));
}

/// Reads `data` as `format` the way `actionplan extract` does (panics in
/// the readers caught), then segments and normalises whatever was read.
pub fn read_and_segment(data: &[u8], format: InputFormat) {
    let read = ReadOptions {
        pdf_password: None,
        // Small, so a zip bomb is refused quickly rather than inflated.
        max_decompressed: 16 * 1024 * 1024,
    };
    let Ok(doc) = read_bytes_with(data, format, &read) else {
        return;
    };
    let info = DocumentInfo {
        path: "fuzz".into(),
        url: None,
        sha256: String::new(),
        format: format.name().into(),
        council: None,
        title: None,
        date: None,
    };
    let opts = ExtractOptions {
        timeout: None,
        read,
        ..ExtractOptions::default()
    };
    let _ = records_from_document(&doc, info, &opts);
}
