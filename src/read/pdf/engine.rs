//! The PDF interpreter behind the reader, kept behind a small trait so the
//! geometry code does not depend on which crate draws the pages.
//!
//! The primary is pdf-extract on lopdf. Both panic on some inputs by design
//! (unsupported CMaps, invalid content streams), so each page runs inside
//! `catch_unwind`: a page that panics is reported and skipped, and a panic
//! while loading becomes the document's error. Encryption is handled here
//! explicitly, because an undecrypted document yields no text without
//! complaint.

use std::panic::{catch_unwind, AssertUnwindSafe};

use pdf_extract::{Document as PdfDoc, Object};

use super::collect::{Collector, RawPage};
use super::fills::page_fills;
use crate::read::ReadError;

/// What an interpreter gives the layout code: pages of geometry and the
/// document's declared title.
#[derive(Debug, Default)]
pub struct Drawn {
    /// Pages in order.
    pub pages: Vec<RawPage>,
    /// The info dictionary's title, where set.
    pub title: Option<String>,
    /// Pages that failed, with the reason, in page order.
    pub failed_pages: Vec<(u32, String)>,
}

/// A PDF interpreter that draws pages into geometry.
pub trait PdfEngine {
    /// Interprets the PDF in `bytes`, decrypting with `password` (or the
    /// empty password) where it is encrypted.
    fn draw(&self, bytes: &[u8], password: Option<&str>) -> Result<Drawn, ReadError>;
}

/// pdf-extract 0.12 on lopdf 0.42: the primary engine.
#[derive(Debug, Default, Clone, Copy)]
pub struct PdfExtractEngine;

fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

thread_local! {
    /// How many [`guarded`] calls are running on this thread.
    static GUARDED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Whether a panic on this thread now would be caught by [`guarded`]: a
/// panic hook uses it to keep caught reader panics off stderr while still
/// reporting real bugs elsewhere.
pub fn inside_guard() -> bool {
    GUARDED.with(|g| g.get() > 0)
}

/// Runs `f`, turning a panic into an error message. While it runs,
/// [`inside_guard`] is true on this thread, so a program's panic hook can
/// keep the caught panic quiet.
pub fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    /// Leaves the guard on the way out, whether `f` returned or unwound.
    struct Leave;
    impl Drop for Leave {
        fn drop(&mut self) {
            GUARDED.with(|g| g.set(g.get() - 1));
        }
    }
    GUARDED.with(|g| g.set(g.get() + 1));
    let _leave = Leave;
    catch_unwind(AssertUnwindSafe(f)).map_err(panic_message)
}

/// A copy of the file with `startxref` pointing at its last cross-reference
/// table: the commonest damage (a file edited or cut and re-joined by hand)
/// leaves that offset wrong while the table itself is intact.
fn repair_startxref(bytes: &[u8]) -> Option<Vec<u8>> {
    let find_last = |needle: &[u8], before: usize| bytes[..before].windows(needle.len()).rposition(|w| w == needle);
    let start = find_last(b"startxref", bytes.len())?;
    let table = [&b"\nxref"[..], b"\rxref"]
        .iter()
        .filter_map(|n| find_last(n, start))
        .max()?
        + 1;
    let mut fixed = bytes[..start].to_vec();
    fixed.extend_from_slice(format!("startxref\n{table}\n%%EOF\n").as_bytes());
    (fixed != bytes).then_some(fixed)
}

/// The stream filters a PDF may name; any other `/Filter` name in a file
/// with an `/Encrypt` entry is its security handler.
const STREAM_FILTERS: &[&str] = &[
    "FlateDecode",
    "Fl",
    "LZWDecode",
    "LZW",
    "ASCII85Decode",
    "A85",
    "ASCIIHexDecode",
    "AHx",
    "RunLengthDecode",
    "RL",
    "CCITTFaxDecode",
    "CCF",
    "DCTDecode",
    "DCT",
    "JBIG2Decode",
    "JPXDecode",
    "Crypt",
    "Standard",
];

/// The security handler of an encrypted PDF where it is not the standard
/// one: lopdf only knows that one, and says "invalid file trailer" or
/// asks for a password about any other.
fn unknown_security_handler(bytes: &[u8]) -> Option<String> {
    use std::sync::LazyLock;
    static FILTER: LazyLock<regex::bytes::Regex> =
        LazyLock::new(|| regex::bytes::Regex::new(r"/Filter\s*/([A-Za-z0-9_.#+-]{1,64})").expect("valid regex"));
    if !bytes.windows(8).any(|w| w == b"/Encrypt") {
        return None;
    }
    FILTER
        .captures_iter(bytes)
        .filter_map(|c| std::str::from_utf8(&c[1]).ok().map(str::to_string))
        .find(|name| !STREAM_FILTERS.contains(&name.as_str()))
}

fn load(bytes: &[u8], password: Option<&str>) -> Result<PdfDoc, ReadError> {
    if let Some(handler) = unknown_security_handler(bytes) {
        return Err(ReadError::PdfSecurityHandler(handler));
    }
    // A stream whose /Length lies would be dropped: make it true first.
    let repaired = super::repair::stream_lengths(bytes);
    let bytes = repaired.as_deref().unwrap_or(bytes);
    match load_as_is(bytes, password) {
        Err(ReadError::Malformed(why)) => match repair_startxref(bytes) {
            Some(fixed) => load_as_is(&fixed, password).map_err(|_| ReadError::Malformed(why)),
            None => Err(ReadError::Malformed(why)),
        },
        other => other,
    }
}

fn load_as_is(bytes: &[u8], password: Option<&str>) -> Result<PdfDoc, ReadError> {
    let options = match password {
        Some(p) => pdf_extract::LoadOptions::with_password(p),
        None => pdf_extract::LoadOptions::default(),
    };
    let mut doc = match guarded(|| PdfDoc::load_mem_with_options(bytes, options)) {
        Ok(Ok(doc)) => doc,
        Ok(Err(pdf_extract::Error::InvalidPassword)) => {
            return Err(ReadError::PdfPassword {
                given: password.is_some(),
            })
        }
        Ok(Err(e)) => return Err(ReadError::Malformed(format!("not a readable PDF: {e}"))),
        Err(panic) => return Err(ReadError::Panicked(format!("loading the PDF: {panic}"))),
    };
    if doc.is_encrypted() {
        // lopdf decrypts while loading when the password (or the empty
        // owner-only password) opens it; otherwise the text stays locked.
        let pw = password.unwrap_or("");
        match guarded(|| doc.decrypt(pw)) {
            Ok(Ok(())) | Ok(Err(pdf_extract::Error::NotEncrypted)) => {}
            Ok(Err(_)) | Err(_) => {
                return Err(ReadError::PdfPassword {
                    given: password.is_some(),
                })
            }
        }
    }
    Ok(doc)
}

fn title_of(doc: &PdfDoc) -> Option<String> {
    let info = doc.trailer.get(b"Info").ok()?;
    let dict = match info {
        Object::Reference(id) => doc.get_dictionary(*id).ok()?,
        Object::Dictionary(d) => d,
        _ => return None,
    };
    let title = match dict.get(b"Title").ok()? {
        Object::String(bytes, _) => decode_pdf_string(bytes),
        _ => return None,
    };
    let title = title.trim().to_string();
    (!title.is_empty()).then_some(title)
}

/// A PDF text string: UTF-16BE with a BOM, else PDFDocEncoding (read as
/// Latin-1, which agrees on the printable range).
fn decode_pdf_string(bytes: &[u8]) -> String {
    if bytes.starts_with(&[0xfe, 0xff]) {
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else if bytes.starts_with(&[0xef, 0xbb, 0xbf]) {
        String::from_utf8_lossy(&bytes[3..]).into_owned()
    } else {
        bytes.iter().map(|&b| b as char).collect()
    }
}

/// The top-left corner of a page's media box (inherited from its parents
/// where the page does not give one): the origin of page coordinates.
fn media_origin(doc: &PdfDoc, page: pdf_extract::ObjectId) -> (f64, f64) {
    let mut id = page;
    for _ in 0..32 {
        let Ok(dict) = doc.get_dictionary(id) else { break };
        if let Ok(b) = dict.get(b"MediaBox").and_then(|o| match o {
            Object::Reference(r) => doc.get_object(*r),
            other => Ok(other),
        }) {
            if let Ok(a) = b.as_array() {
                let n: Vec<f64> = a
                    .iter()
                    .filter_map(|o| match o {
                        Object::Integer(i) => Some(*i as f64),
                        Object::Real(r) => Some(f64::from(*r)),
                        _ => None,
                    })
                    .collect();
                if n.len() == 4 {
                    return (n[0].min(n[2]), n[1].max(n[3]));
                }
            }
        }
        match dict.get(b"Parent").and_then(Object::as_reference) {
            Ok(parent) => id = parent,
            Err(_) => break,
        }
    }
    (0.0, 792.0)
}

impl PdfEngine for PdfExtractEngine {
    fn draw(&self, bytes: &[u8], password: Option<&str>) -> Result<Drawn, ReadError> {
        let mut doc = load(bytes, password)?;
        guarded(|| super::checks::prepare(&mut doc))
            .unwrap_or_else(|panic| Err(ReadError::Panicked(format!("checking the PDF: {panic}"))))?;
        // A panic here leaves the streams as they were: still drawable.
        let _ = guarded(|| super::textops::normalise(&mut doc));
        let _ = guarded(|| super::fonts::normalise(&mut doc));
        let _ = guarded(|| super::type1::normalise(&mut doc));
        let pages = doc.get_pages();
        let numbers: Vec<u32> = pages.keys().copied().collect();
        if numbers.is_empty() {
            return Err(ReadError::Malformed("the PDF has no pages".into()));
        }
        let mut drawn = Drawn {
            title: title_of(&doc),
            ..Drawn::default()
        };
        // Fills are read by their own pass, which places forms itself: read
        // before the forms are placed for the interpreter.
        let mut fills: std::collections::HashMap<u32, Vec<super::collect::Fill>> = numbers
            .iter()
            .filter_map(|n| pages.get(n).map(|&id| (*n, id)))
            .map(|(n, id)| {
                (
                    n,
                    guarded(|| page_fills(&doc, id, media_origin(&doc, id))).unwrap_or_default(),
                )
            })
            .collect();
        let _ = guarded(|| super::forms::place(&mut doc));
        // One processor for all pages: each font is made (its ToUnicode
        // parsed) once per document, not once per page.
        let mut processor = pdf_extract::Processor::new();
        for n in numbers {
            let mut collector = Collector::default();
            collector.next_fills = fills.remove(&n).unwrap_or_default();
            match guarded(|| pdf_extract::output_doc_page_with(&doc, &mut collector, n, &mut processor)) {
                Ok(Ok(())) => {}
                Ok(Err(e)) => drawn.failed_pages.push((n, format!("{e:?}"))),
                Err(panic) => drawn
                    .failed_pages
                    .push((n, format!("the PDF interpreter failed: {panic}"))),
            }
            let mut pages = collector.finish();
            for page in pages.iter_mut().filter(|p| p.glyphs.is_empty()) {
                if let Some(&id) = doc.get_pages().get(&n) {
                    page.has_image = guarded(|| super::checks::page_has_image(&doc, id)).unwrap_or(false);
                }
            }
            drawn.pages.extend(pages);
        }
        Ok(drawn)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The CLI's panic hook keeps quiet only inside a guard: the flag is set
    /// while the guarded code runs, nests, and is cleared again after a
    /// return or a panic.
    #[test]
    fn inside_guard_only_while_guarded() {
        assert!(!inside_guard());
        let nested = guarded(|| guarded(inside_guard).unwrap() && inside_guard()).unwrap();
        assert!(nested);
        assert!(!inside_guard());
        let caught = guarded::<()>(|| panic!("boom"));
        assert_eq!(caught.unwrap_err(), "boom");
        assert!(!inside_guard(), "cleared after unwinding");
    }
}
