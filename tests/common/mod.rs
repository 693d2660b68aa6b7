//! Helpers shared by the command-line suites: running the binary, the good
//! file mixed into every bad run, and builders of small hostile documents
//! (PDF, Word, OpenDocument, HTML) made at run time.
#![allow(dead_code)]

use std::ffi::OsString;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// Runs the binary with these arguments.
pub fn actionplan<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_actionplan"))
        .args(args)
        .output()
        .expect("run actionplan")
}

/// A bundled fixture's path.
pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(rel)
}

/// Its stderr as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Its stdout as JSON Lines records.
pub fn records(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// The good file mixed with the bad ones, and how many records it gives alone.
pub fn good() -> (PathBuf, usize) {
    static COUNT: OnceLock<usize> = OnceLock::new();
    let path = fixture("harrow-2023/source.html");
    let n = *COUNT.get_or_init(|| {
        let out = actionplan(&["extract".as_ref(), path.as_os_str()]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        records(&out).len()
    });
    assert!(n > 0);
    (path, n)
}

/// Writes a file in `dir`.
pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Runs `extract` on `bad` and the good file with `extra` arguments and
/// checks: exit 1, exactly one line on stderr, naming `bad` (as `name`
/// when given), starting `actionplan: `, no panic, and the good file's
/// records all written. Returns that line.
pub fn bad_named_good_kept(bad: &Path, name: Option<&str>, extra: &[&str]) -> String {
    let (good, n) = good();
    let mut args: Vec<OsString> = vec!["extract".into()];
    if !extra.contains(&"--timeout") {
        args.extend(["--timeout".into(), "60".into()]);
    }
    args.extend(extra.iter().map(OsString::from));
    args.push(bad.into());
    args.push(good.into());
    let out = actionplan(&args);
    let err = stderr(&out);
    let shown = name.map(str::to_string).unwrap_or_else(|| bad.display().to_string());
    assert_eq!(out.status.code(), Some(1), "{shown}: {err}");
    assert!(!err.contains("panicked at"), "{err}");
    assert_eq!(err.lines().count(), 1, "one line on stderr: {err}");
    let line = err.lines().next().unwrap_or_default().to_string();
    assert!(
        line.starts_with(&format!("actionplan: {shown}: ")),
        "names {shown}: {err}"
    );
    assert_eq!(records(&out).len(), n, "the good file's records are all written: {err}");
    line
}

/// Runs `extract` on a document that must be read: exit 0, nothing on
/// stderr, and its records.
pub fn read_fine(path: &Path, extra: &[&str]) -> Vec<serde_json::Value> {
    let mut args: Vec<OsString> = vec!["extract".into()];
    args.extend(extra.iter().map(OsString::from));
    args.push(path.into());
    let out = actionplan(&args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{}: {err}", path.display());
    assert!(err.is_empty(), "{err}");
    records(&out)
}

// ------------------------------------------------------------------- PDF

/// A PDF from object bodies (object i+1 is `objects[i]`; object 1 must be
/// the catalog), with a correct cross-reference table.
pub fn pdf_of(objects: &[Vec<u8>]) -> Vec<u8> {
    pdf_with_trailer(objects, "")
}

/// The same, with more entries in the trailer dictionary.
pub fn pdf_with_trailer(objects: &[Vec<u8>], trailer_extra: &str) -> Vec<u8> {
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        writeln!(pdf, "{} 0 obj", i + 1).unwrap();
        pdf.extend_from_slice(body);
        pdf.extend_from_slice(b"\nendobj\n");
    }
    let xref = pdf.len();
    writeln!(pdf, "xref\n0 {}\n0000000000 65535 f ", objects.len() + 1).unwrap();
    for o in offsets {
        writeln!(pdf, "{o:010} 00000 n ").unwrap();
    }
    write!(
        pdf,
        "trailer\n<< /Size {} /Root 1 0 R {trailer_extra}>>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    )
    .unwrap();
    pdf
}

/// A stream object's body: its dictionary entries and bytes, /Length right.
pub fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut s = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    s.extend_from_slice(data);
    s.extend_from_slice(b"\nendstream");
    s
}

/// A one-page PDF whose page draws `content` with Helvetica as /F1 and
/// `xobjects` (a resources entry such as `/X0 5 0 R`), plus more objects
/// from number 6 on.
pub fn one_page_pdf(content: &[u8], xobjects: &str, more: &[Vec<u8>]) -> Vec<u8> {
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
             /Resources << /Font << /F1 5 0 R >> /XObject << {xobjects} >> >> >>"
        )
        .into_bytes(),
        stream("", content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec(),
    ];
    objects.extend(more.iter().cloned());
    pdf_of(&objects)
}

/// A page's text: lines of `(x, y, text)` in Helvetica 10.
pub fn text_content(lines: &[(f64, f64, &str)]) -> Vec<u8> {
    let mut c = String::new();
    for (x, y, t) in lines {
        c.push_str(&format!("BT /F1 10 Tf {x} {y} Td ({t}) Tj ET\n"));
    }
    c.into_bytes()
}

/// A zlib stream of `n_mib` MiB of zeros, made without compressing them:
/// one deflate block for the first MiB, then the same block bytes again
/// for each further MiB (the window is all zeros each time), so a bomb of
/// gigabytes costs milliseconds to build.
pub fn zeros_zlib(n_mib: usize) -> Vec<u8> {
    use flate2::{Compress, Compression, FlushCompress};
    let mib = vec![0u8; 1 << 20];
    let mut c = Compress::new(Compression::default(), false);
    let mut out = Vec::with_capacity(64 << 10);
    let chunk = |c: &mut Compress| {
        let mut buf = Vec::with_capacity(64 << 10);
        let before = c.total_in();
        c.compress_vec(&mib, &mut buf, FlushCompress::Full).unwrap();
        assert_eq!(c.total_in() - before, mib.len() as u64);
        buf
    };
    let first = chunk(&mut c);
    let second = chunk(&mut c);
    let third = chunk(&mut c);
    assert_eq!(second, third, "a block of zeros after zeros is always the same");
    out.extend_from_slice(&[0x78, 0x9c]);
    out.extend_from_slice(&first);
    for _ in 1..n_mib {
        out.extend_from_slice(&second);
    }
    // The final, empty, stored block, then the Adler-32 of n MiB of zeros.
    out.extend_from_slice(&[0x01, 0x00, 0x00, 0xff, 0xff]);
    let len = (n_mib as u64) << 20;
    let b = (len % 65521) as u32;
    out.extend_from_slice(&((b << 16) | 1).to_be_bytes());
    out
}

// ------------------------------------------------------- Word and ODF

/// A zip of the members (a `mimetype` member stored, the rest deflated).
pub fn zip_of(members: &[(&str, &[u8])]) -> Vec<u8> {
    use zip::write::SimpleFileOptions;
    use zip::CompressionMethod;
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data) in members {
        let method = if *name == "mimetype" {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        };
        z.start_file(*name, SimpleFileOptions::default().compression_method(method))
            .unwrap();
        z.write_all(data).unwrap();
    }
    z.finish().unwrap().into_inner()
}

/// The WordprocessingML namespace declaration.
pub const W_NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

/// A .docx whose body is `body` (WordprocessingML).
pub fn docx(body: &str) -> Vec<u8> {
    let doc =
        format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:document {W_NS}><w:body>{body}</w:body></w:document>"#);
    zip_of(&[("word/document.xml", doc.as_bytes())])
}

/// A Word paragraph.
pub fn w_p(text: &str) -> String {
    format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")
}

/// An .odt whose office:text holds `body`.
pub fn odt(body: &str) -> Vec<u8> {
    let content = format!(
        r#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>{body}</office:text></office:body></office:document-content>"#
    );
    zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", content.as_bytes()),
    ])
}

// ------------------------------------------------------------------ HTML

/// An action table in HTML: a header row, then one row per (action, lead,
/// deadline).
pub fn action_table_html(rows: &[(&str, &str, &str)]) -> String {
    let mut html = String::from(
        "<html><head><title>Action plan</title></head><body><h1>Peer challenge action plan</h1>\
         <table><tr><th>Action</th><th>Lead Officer</th><th>Deadline</th></tr>",
    );
    for (a, l, d) in rows {
        html.push_str(&format!("<tr><td>{a}</td><td>{l}</td><td>{d}</td></tr>"));
    }
    html.push_str("</table></body></html>");
    html
}
