//! Word (.docx) and OpenDocument text (.odt) reader: a zip package of XML
//! parts to the document model.
//!
//! Both formats are read the same way: the zip is opened with a
//! decompression budget ([`DocxLimits`]), the main XML part is parsed into a
//! small element tree, and a walker turns paragraphs, lists and tables into
//! blocks shaped as the HTML reader shapes them (spans on the origin cell,
//! spanned slots left out, a nested table kept as a table one level deep).
//!
//! Pages: neither format records where pages break (Word's
//! `w:lastRenderedPageBreak` is only a hint from the last save), so every
//! block's `page` is `None`, as for HTML.

mod body;
mod build;
mod numbering;
mod odt;
mod package;
mod styles;
mod table;
mod xml;

#[cfg(test)]
mod tests;

use crate::model::{collapse_ws, Document};
use crate::read::ReadError;

use package::Package;
use xml::{El, Ns};

/// The default cap on bytes inflated from one package (512 MiB): far above
/// any real action plan, far below what a zip bomb would take.
pub const DEFAULT_MAX_DECOMPRESSED: u64 = 512 * 1024 * 1024;

/// Limits that keep a hostile package from exhausting memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocxLimits {
    /// Most bytes inflated from the package's members all together; past it
    /// reading fails with [`ReadError::TooLargeDecompressed`].
    pub max_decompressed: u64,
}

impl Default for DocxLimits {
    fn default() -> Self {
        DocxLimits {
            max_decompressed: DEFAULT_MAX_DECOMPRESSED,
        }
    }
}

/// Reads a .docx or .odt with the default limits.
pub fn read_docx(bytes: &[u8]) -> Result<Document, ReadError> {
    read_docx_with(bytes, &DocxLimits::default())
}

/// Reads a .docx or .odt (told apart by the zip's `mimetype` member, which
/// OpenDocument packages carry and Word packages do not).
pub fn read_docx_with(bytes: &[u8], limits: &DocxLimits) -> Result<Document, ReadError> {
    let mut pkg = Package::open(bytes, limits)?;
    let mimetype = pkg
        .read("mimetype")?
        .map(|m| String::from_utf8_lossy(&m).trim().to_string());
    if mimetype.is_some_and(|m| m.starts_with("application/vnd.oasis.opendocument")) {
        return odt::read(&mut pkg);
    }
    read_word(&mut pkg)
}

fn read_word(pkg: &mut Package<'_>) -> Result<Document, ReadError> {
    let main = main_part(pkg)?;
    let doc = xml::parse(&pkg.require(&main)?, &main)?;
    let styles = match pkg.read("word/styles.xml")? {
        Some(b) => styles::Styles::parse(&xml::parse(&b, "word/styles.xml")?),
        None => styles::Styles::default(),
    };
    let numbering = match pkg.read("word/numbering.xml")? {
        Some(b) => numbering::Numbering::parse(&xml::parse(&b, "word/numbering.xml")?),
        None => numbering::Numbering::default(),
    };
    let title = match pkg.read("docProps/core.xml")? {
        // A broken core.xml only loses the title.
        Some(b) => xml::parse(&b, "docProps/core.xml").ok().and_then(|r| title_of(&r)),
        None => None,
    };
    let body = doc
        .child(Ns::W, "body")
        .ok_or_else(|| ReadError::Malformed(format!("{main}: no w:body")))?;
    let ctx = body::Ctx {
        styles: &styles,
        numbering: &numbering,
        in_cell: false,
    };
    Ok(Document {
        title,
        blocks: body::read_blocks(&ctx, body),
        warnings: Vec::new(),
    })
}

/// The main document part: word/document.xml, or where the package
/// relationships point when a producer named it otherwise.
fn main_part(pkg: &mut Package<'_>) -> Result<String, ReadError> {
    const USUAL: &str = "word/document.xml";
    if pkg.has(USUAL) {
        return Ok(USUAL.to_string());
    }
    let rels = match pkg.read("_rels/.rels")? {
        Some(b) => xml::parse(&b, "_rels/.rels")?,
        None => return Err(ReadError::MissingPart(USUAL.to_string())),
    };
    let target = rels
        .elements()
        .filter(|r| r.name == "Relationship")
        .filter(|r| r.attr("Type").is_some_and(|t| t.ends_with("/officeDocument")))
        .find_map(|r| r.attr("Target"))
        .map(|t| t.trim_start_matches('/').to_string());
    target
        .filter(|t| pkg.has(t))
        .ok_or_else(|| ReadError::MissingPart(USUAL.to_string()))
}

/// `dc:title` of core.xml or meta.xml, when not blank.
fn title_of(root: &El) -> Option<String> {
    root.find(Ns::Dc, "title")
        .map(|t| collapse_ws(&t.text()))
        .filter(|t| !t.is_empty())
}
