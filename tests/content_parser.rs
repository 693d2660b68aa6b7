//! The fast content-stream parser patched into pdf-extract
//! (`vendor/pdf-extract/src/fast_content.rs`) gives exactly what lopdf's
//! parser gives, on every page content stream and Form XObject of the test
//! PDFs, and takes the fast path for most of them.

use std::path::{Path, PathBuf};

use pdf_extract::{content::Content, Document, Object};

fn pdfs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            pdfs(&p, out);
        } else if p.extension().is_some_and(|x| x == "pdf") {
            out.push(p);
        }
    }
}

#[test]
fn fast_content_parser_agrees_with_lopdf() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["fixtures", "tests/data"] {
        pdfs(&root.join(dir), &mut files);
    }
    assert!(files.len() > 50, "test PDFs found: {}", files.len());
    let (mut streams, mut fast) = (0, 0);
    for path in &files {
        let Ok(doc) = Document::load(path) else { continue };
        let mut contents: Vec<Vec<u8>> = doc
            .get_pages()
            .values()
            .filter_map(|&id| doc.get_page_content(id).ok())
            .collect();
        contents.extend(doc.objects.values().filter_map(|o| {
            let s = o.as_stream().ok()?;
            (s.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Form"))
                .then(|| s.decompressed_content().ok())
                .flatten()
        }));
        for data in contents {
            streams += 1;
            let Some(ours) = pdf_extract::fast_content::decode(&data) else {
                continue;
            };
            fast += 1;
            let lopdf = Content::decode(&data).map(|c| c.operations).unwrap_or_default();
            assert_eq!(
                ours.operations.len(),
                lopdf.len(),
                "{}: operation count",
                path.display()
            );
            for (a, b) in ours.operations.iter().zip(&lopdf) {
                assert_eq!(a.operator, b.operator, "{}", path.display());
                assert!(a.operands == b.operands, "{}: {a:?} vs {b:?}", path.display());
            }
        }
    }
    eprintln!("{fast} of {streams} content streams parsed on the fast path");
    assert!(fast * 10 >= streams * 8, "only {fast} of {streams} on the fast path");
}
