//! Readers: each input format to the one [`Document`] model.
//!
//! The format is sniffed from the bytes first (a PDF or zip signature, HTML
//! markup) and from the file name only when the bytes do not say; text is
//! decoded from UTF-8, UTF-16 (with BOM) or Windows-1252.

mod bounds;
pub mod char_grid;
mod decode;
pub mod docx;
pub mod html;
pub mod list_numbers;
pub mod pdf;
pub mod sheet;
pub mod tables;
pub mod text;

// Superscript ordinals and footnote marks: the one rule every reader applies.
pub(crate) mod inline;

use std::path::Path;

use crate::model::Document;

pub use decode::decode_text;

/// The input formats actionplan knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// HTML page or export.
    Html,
    /// Plain text or markdown with tab-separated tables and HTML fragments.
    Text,
    /// PDF.
    Pdf,
    /// Word .docx (and any other zip package, which the Word reader names).
    Docx,
    /// OpenDocument text .odt.
    Odt,
    /// A workbook: .xlsx, .xlsm, .xls, .ods.
    Sheet,
    /// Delimited text: .csv, .tsv.
    Csv,
}

impl InputFormat {
    /// The name written in `document.format`.
    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Html => "html",
            InputFormat::Text => "text",
            InputFormat::Pdf => "pdf",
            InputFormat::Docx => "docx",
            InputFormat::Odt => "odt",
            InputFormat::Sheet => "spreadsheet",
            InputFormat::Csv => "csv",
        }
    }
}

/// Why a document could not be read. Serializable, so a worker process
/// can hand it back to the parent ([`crate::isolate`]).
#[derive(Debug, Clone, PartialEq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum ReadError {
    /// The format is known but this build has no reader for it.
    #[error("{0} files are not supported yet")]
    Unsupported(String),
    /// An OLE2 compound file: legacy Word .doc (or .xls, .ppt).
    #[error("unsupported: legacy Word .doc (an OLE2 file); save it as .docx or PDF and read that")]
    LegacyOffice,
    /// The bytes are not text in any encoding we read.
    #[error("not a text document: {0}")]
    NotText(String),
    /// The document has no content at all.
    #[error("the file is empty")]
    Empty,
    /// A Word or OpenDocument file that is not a readable zip package.
    #[error("not a zip package: {0}")]
    NotZip(String),
    /// A package without a part the format requires (word/document.xml).
    #[error("the package has no {0}")]
    MissingPart(String),
    /// A package part that is not well-formed (broken XML, corrupt member).
    #[error("malformed document: {0}")]
    Malformed(String),
    /// A package whose members inflate past the limit (a zip bomb).
    #[error("the package inflates to more than {limit} bytes")]
    TooLargeDecompressed {
        /// The limit in bytes ([`docx::DocxLimits::max_decompressed`]).
        limit: u64,
    },
    /// A PDF whose pages are images: there is no text to read without OCR.
    #[error("the PDF has no text layer (a scan?): run it through OCR first, e.g. `ocrmypdf in.pdf out.pdf`")]
    NoTextLayer,
    /// An encrypted PDF that the password given (or none) does not open.
    #[error("{}", if *given { "the PDF is encrypted and the password given does not open it" } else { "the PDF is encrypted: give its password with --password" })]
    PdfPassword {
        /// Whether a password was given.
        given: bool,
    },
    /// A PDF whose streams inflate past the reader's budget (a bomb).
    #[error("the PDF's {what} inflates to more than {limit} bytes")]
    PdfInflates {
        /// What inflates: "streams", "page 3's content".
        what: String,
        /// The budget in bytes.
        limit: u64,
    },
    /// A PDF encrypted with a security handler other than the standard
    /// password one (a DRM plug-in's, say): no password opens it here.
    #[error("the PDF is encrypted with the {0} security handler, which only its own software opens (actionplan reads the standard password handler)")]
    PdfSecurityHandler(String),
    /// The underlying parser panicked on this input; caught and reported.
    #[error("the reader failed on this file ({0}); please report it with the file attached")]
    Panicked(String),
}

/// Whether the current thread is inside a reader whose panics are caught and
/// reported as [`ReadError::Panicked`] (see [`read_bytes_with`]). A program
/// installing a panic hook can use it to log such panics quietly instead of
/// printing a backtrace for an error that is already handled.
pub fn panic_is_caught() -> bool {
    pdf::engine::inside_guard()
}

/// Decides the format from the bytes, then the file name.
pub fn sniff(bytes: &[u8], path: &Path) -> InputFormat {
    if bytes.starts_with(b"%PDF") || find(bytes, b"%PDF-", 1024) {
        return InputFormat::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") {
        // OpenDocument stores its mimetype uncompressed as the first member.
        let mimetype = bytes.get(30..38) == Some(b"mimetype");
        if mimetype && find(&bytes[38..], b"opendocument.spreadsheet", 64) {
            return InputFormat::Sheet;
        }
        let odf = mimetype && find(&bytes[38..], b"opendocument.text", 64);
        if odf {
            return InputFormat::Odt;
        }
        return if is_excel_package(bytes) {
            InputFormat::Sheet
        } else {
            InputFormat::Docx
        };
    }
    if bytes.starts_with(OLE2_MAGIC) && is_ole2_workbook(bytes) {
        return InputFormat::Sheet;
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
        || head.contains("<html") && head.contains("<body")
        || head.contains("<head>")
    {
        return InputFormat::Html;
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" | "xhtml" => InputFormat::Html,
        "pdf" => InputFormat::Pdf,
        "docx" | "docm" | "dotx" | "dotm" => InputFormat::Docx,
        "odt" => InputFormat::Odt,
        "xlsx" | "xlsm" | "xls" | "ods" | "xlsb" => InputFormat::Sheet,
        "csv" | "tsv" => InputFormat::Csv,
        _ => InputFormat::Text,
    }
}

/// A zip package with Excel's workbook part (`xl/workbook.xml`, or
/// `.bin` for .xlsb) and no Word document: member names are stored
/// uncompressed in the local headers and the central directory.
fn is_excel_package(bytes: &[u8]) -> bool {
    find(bytes, b"xl/workbook.", bytes.len()) && !find(bytes, b"word/document", bytes.len())
}

/// An OLE2 compound file holding an Excel workbook stream ("Workbook", or
/// "Book" for Excel 5), named in UTF-16 in its directory, and no Word
/// document stream (a .doc quoting the word stays a .doc).
fn is_ole2_workbook(bytes: &[u8]) -> bool {
    let utf16 = |s: &str| s.encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<u8>>();
    let word = find(bytes, &utf16("WordDocument"), bytes.len());
    !word && (find(bytes, &utf16("Workbook"), bytes.len()) || find(bytes, &utf16("Book\0"), bytes.len()))
}

fn find(hay: &[u8], needle: &[u8], within: usize) -> bool {
    hay[..hay.len().min(within)].windows(needle.len()).any(|w| w == needle)
}

/// Settings the readers take from the user.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ReadOptions {
    /// The user password for encrypted PDFs.
    pub pdf_password: Option<String>,
    /// Most bytes a Word or OpenDocument package may inflate to.
    pub max_decompressed: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            pdf_password: None,
            max_decompressed: docx::DocxLimits::default().max_decompressed,
        }
    }
}

/// The first bytes of an OLE2 compound file: legacy Word .doc, Excel .xls.
const OLE2_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Reads a document's bytes in the given format, with default settings.
pub fn read_bytes(bytes: &[u8], format: InputFormat) -> Result<Document, ReadError> {
    read_bytes_with(bytes, format, &ReadOptions::default())
}

/// Reads a document's bytes in the given format. A panic inside a reader
/// (pdf-extract and lopdf panic on some inputs by design) is caught and
/// becomes [`ReadError::Panicked`]. A cell spanning many rows keeps no more
/// text than its copies, one per row, can afford (see `bounds.rs`).
pub fn read_bytes_with(bytes: &[u8], format: InputFormat, opts: &ReadOptions) -> Result<Document, ReadError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ReadError::Empty);
    }
    if bytes.starts_with(OLE2_MAGIC) && format != InputFormat::Sheet {
        // A legacy .doc (or .xls, .ppt): binary, never text, so reading it
        // as text would only find "no actions".
        return Err(ReadError::LegacyOffice);
    }
    let read = || match format {
        InputFormat::Html => Ok(html::read_html(&decode_text(bytes, true)?)),
        InputFormat::Text => Ok(text::read_text(&decode_text(bytes, false)?)),
        InputFormat::Pdf => pdf::read_pdf(
            bytes,
            &pdf::PdfOptions {
                password: opts.pdf_password.clone(),
            },
        ),
        // One reader for both: it tells them apart by the package's mimetype.
        InputFormat::Docx | InputFormat::Odt => docx::read_docx_with(
            bytes,
            &docx::DocxLimits {
                max_decompressed: opts.max_decompressed,
            },
        ),
        InputFormat::Sheet => sheet::read_workbook(
            bytes,
            &sheet::SheetLimits {
                max_decompressed: opts.max_decompressed,
                ..sheet::SheetLimits::default()
            },
        ),
        InputFormat::Csv => sheet::read_delimited(bytes, &sheet::SheetLimits::default()),
    };
    let mut doc = pdf::engine::guarded(read).unwrap_or_else(|panic| Err(ReadError::Panicked(panic)))?;
    bounds::bound_spanned_text(&mut doc);
    Ok(doc)
}
