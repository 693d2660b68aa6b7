//! Bad inputs: nothing lost, nothing crashes. Every file here is built at run
//! time in a temporary folder (except one encrypted PDF in tests/data). For
//! each: the documented exit code, the file named in a one-line error on
//! stderr, no panic, no hang, and the good files' records still written.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

fn actionplan<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_actionplan"))
        .args(args)
        .output()
        .expect("run actionplan")
}

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(rel)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn records(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// The good file mixed with the bad ones, and how many records it gives alone.
fn good() -> (PathBuf, usize) {
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

/// Some pseudo-random bytes (xorshift), the same every run.
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

/// Checks a run where `bad` failed: exit 1, one line naming it on stderr,
/// no panic, and the good file's records all written.
fn assert_bad_named_good_kept(bad: &Path, extra: &[&str]) -> String {
    let (good, n) = good();
    let mut args: Vec<std::ffi::OsString> = vec!["extract".into()];
    if !extra.contains(&"--timeout") {
        args.extend(["--timeout".into(), "30".into()]);
    }
    args.extend(extra.iter().map(|a| a.into()));
    args.push(bad.into());
    args.push(good.into());
    let out = actionplan(&args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{}: {err}", bad.display());
    assert!(!err.contains("panicked"), "{err}");
    let name = bad.display().to_string();
    assert_eq!(err.lines().count(), 1, "one line on stderr: {err}");
    let lines: Vec<&str> = err.lines().filter(|l| l.contains(&name)).collect();
    assert_eq!(lines.len(), 1, "one line names {name}: {err}");
    assert!(lines[0].starts_with("actionplan: "), "{err}");
    assert_eq!(records(&out).len(), n, "the good file's records are all written: {err}");
    lines[0].to_string()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// A one-page PDF, xref and all, whose page draws `content`.
fn pdf_with_content(content: &str) -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>".to_string(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len() + 1),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        writeln!(pdf, "{} 0 obj\n{body}\nendobj", i + 1).unwrap();
    }
    let xref = pdf.len();
    writeln!(pdf, "xref\n0 {}\n0000000000 65535 f ", objects.len() + 1).unwrap();
    for o in offsets {
        writeln!(pdf, "{o:010} 00000 n ").unwrap();
    }
    write!(
        pdf,
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    )
    .unwrap();
    pdf
}

#[test]
fn empty_file() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "empty.pdf", b"");
    let line = assert_bad_named_good_kept(&bad, &[]);
    assert!(line.contains("empty"), "{line}");
}

#[test]
fn random_bytes_named_pdf_docx_html() {
    let dir = tempfile::tempdir().unwrap();
    for (i, name) in ["random.pdf", "random.docx", "random.html"].iter().enumerate() {
        let bad = write(dir.path(), name, &noise(64 * 1024, 0x9e37_79b9_7f4a_7c15 + i as u64));
        assert_bad_named_good_kept(&bad, &[]);
    }
}

#[test]
fn truncated_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let whole = std::fs::read(fixture("harrow-2023/word.pdf")).unwrap();
    let bad = write(dir.path(), "truncated.pdf", &whole[..whole.len() / 2]);
    assert_bad_named_good_kept(&bad, &[]);
}

#[test]
fn pdf_with_a_broken_xref() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = std::fs::read(fixture("harrow-2023/word.pdf")).unwrap();
    // Point startxref into the middle of nowhere and scramble every xref
    // table entry's offset digits.
    let at = bytes.windows(9).rposition(|w| w == b"startxref").expect("startxref");
    for b in bytes[at + 9..].iter_mut().take_while(|b| **b != b'%') {
        if b.is_ascii_digit() {
            *b = b'7';
        }
    }
    let mut i = 0;
    while let Some(p) = bytes[i..].windows(4).position(|w| w == b"xref").map(|p| p + i) {
        let end = (p + 400).min(bytes.len());
        for b in bytes[p + 4..end].iter_mut() {
            if b.is_ascii_digit() {
                *b = b'3';
            }
        }
        i = p + 4;
    }
    let bad = write(dir.path(), "broken-xref.pdf", &bytes);
    let (good, n) = good();
    let out = actionplan(&[
        "extract".as_ref(),
        "--timeout".as_ref(),
        "30".as_ref(),
        bad.as_os_str(),
        good.as_os_str(),
    ]);
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    // lopdf may rebuild the cross-reference table from the objects; either
    // way the run ends with a documented code and loses nothing.
    match out.status.code() {
        Some(0) => assert!(records(&out).len() >= n, "{err}"),
        Some(1) => {
            assert_eq!(records(&out).len(), n, "{err}");
            assert_eq!(
                err.lines().filter(|l| l.contains("broken-xref.pdf")).count(),
                1,
                "{err}"
            );
        }
        other => panic!("exit {other:?}: {err}"),
    }
}

#[test]
fn encrypted_pdf_needs_its_password() {
    let enc = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/encrypted-user-password.pdf");
    let line = assert_bad_named_good_kept(&enc, &[]);
    assert!(line.contains("--password"), "{line}");
    let line = assert_bad_named_good_kept(&enc, &["--password", "wrong"]);
    assert!(line.contains("does not open"), "{line}");
    // The same document unencrypted, for the count.
    let plain = extract_alone(&fixture("havering-2019/word.pdf")).len();
    let out = actionplan(&[
        "extract".as_ref(),
        "--password".as_ref(),
        "user".as_ref(),
        enc.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(plain > 0);
    assert_eq!(records(&out).len(), plain);
}

#[test]
fn pdf_without_a_text_layer_asks_for_ocr() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "scan.pdf",
        &pdf_with_content("0 0 1 rg 100 100 200 300 re f"),
    );
    let line = assert_bad_named_good_kept(&bad, &[]);
    assert!(line.contains("no text layer") && line.contains("OCR"), "{line}");
}

#[test]
fn a_pdf_that_panics_the_interpreter_is_one_quiet_line() {
    let dir = tempfile::tempdir().unwrap();
    // Text in a font the page's resources do not define: pdf-extract panics.
    let bad = write(
        dir.path(),
        "no-font.pdf",
        &pdf_with_content("BT /F1 12 Tf 100 700 Td (Hi) Tj ET"),
    );
    // On the time-limited reader thread, and on a worker thread (no limit).
    for extra in [&[][..], &["--timeout", "0"][..]] {
        let line = assert_bad_named_good_kept(&bad, extra);
        assert!(line.contains("interpreter failed"), "{line}");
        let out = actionplan(&["extract".as_ref(), bad.as_os_str()]);
        assert_eq!(stderr(&out).lines().count(), 1, "no backtrace hint: {}", stderr(&out));
    }
}

#[test]
fn zip_bomb_in_a_docx() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bomb.docx");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    let deflated = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("[Content_Types].xml", deflated).unwrap();
    zip.write_all(
        br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#,
    )
    .unwrap();
    zip.start_file("word/document.xml", deflated).unwrap();
    zip.write_all(br#"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>"#)
        .unwrap();
    let spaces = vec![b' '; 1024 * 1024];
    for _ in 0..4 {
        zip.write_all(&spaces).unwrap();
    }
    zip.write_all(b"</w:t></w:r></w:p></w:body></w:document>").unwrap();
    zip.finish().unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() < 64 * 1024, "small on disk");
    let line = assert_bad_named_good_kept(&path, &["--max-decompressed", "1"]);
    assert!(line.contains("inflates"), "{line}");
}

#[test]
fn docx_that_is_not_a_zip() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "letter.docx", b"Dear Sir, this was saved as plain text.\n");
    let line = assert_bad_named_good_kept(&bad, &[]);
    assert!(line.contains("zip"), "{line}");
}

/// Extracts one file alone; Ok(records) when it succeeds.
fn extract_alone(path: &Path) -> Vec<serde_json::Value> {
    let out = actionplan(&["extract".as_ref(), path.as_os_str()]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{}: {err}", path.display());
    assert!(!err.contains("panicked"), "{err}");
    records(&out)
}

fn action_texts(recs: &[serde_json::Value]) -> Vec<String> {
    recs.iter().map(|r| r["action"]["text"].to_string()).collect()
}

#[test]
fn html_in_windows_1252_and_with_a_bom() {
    let dir = tempfile::tempdir().unwrap();
    let (good, n) = good();
    let utf8 = std::fs::read_to_string(&good).unwrap();
    let want = action_texts(&extract_alone(&good));
    // Windows-1252, with a curly apostrophe (0x92) in the first action.
    let mut curly = utf8.replacen("<td>", "<td>Council\u{2019}s ", 1);
    curly = curly.replace("charset=\"utf-8\"", "").replace("charset=utf-8", "");
    let (cp1252, _, lossy) = encoding_rs::WINDOWS_1252.encode(&curly);
    assert!(!lossy, "the fixture is all Windows-1252");
    assert!(cp1252.contains(&0x92));
    let p = write(dir.path(), "cp1252.html", &cp1252);
    let recs = extract_alone(&p);
    assert_eq!(recs.len(), n);
    let all = serde_json::to_string(&recs).unwrap();
    assert!(all.contains("Council\u{2019}s"), "0x92 read as a curly apostrophe");
    assert!(!all.contains('\u{fffd}'), "no replacement characters");
    // UTF-8 with a byte-order mark: the same records as without.
    let mut bom = b"\xef\xbb\xbf".to_vec();
    bom.extend_from_slice(utf8.as_bytes());
    let p = write(dir.path(), "bom.html", &bom);
    assert_eq!(action_texts(&extract_alone(&p)), want);
}

#[test]
fn text_in_utf16_le_with_a_bom() {
    let dir = tempfile::tempdir().unwrap();
    let seed = fixture("harrow-2023/seed.txt");
    let want = action_texts(&extract_alone(&seed));
    assert!(!want.is_empty());
    let text = std::fs::read_to_string(&seed).unwrap();
    let mut bytes = vec![0xff, 0xfe];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let p = write(dir.path(), "utf16.txt", &bytes);
    assert_eq!(action_texts(&extract_alone(&p)), want);
}

#[test]
fn a_50_mb_html_file_is_read_in_reasonable_time() {
    let dir = tempfile::tempdir().unwrap();
    let (good, n) = good();
    let page = std::fs::read_to_string(&good).unwrap();
    // The real plan, then filler paragraphs up to 50 MB before </body>.
    let cut = page.rfind("</body>").unwrap_or(page.len());
    let mut big = String::with_capacity(51 * 1024 * 1024);
    big.push_str(&page[..cut]);
    let para = "<p>Background reading for the peer challenge, kept for the record and not an action.</p>\n";
    while big.len() < 50 * 1024 * 1024 {
        big.push_str(para);
    }
    big.push_str(&page[cut..]);
    let p = write(dir.path(), "big.html", big.as_bytes());
    let started = std::time::Instant::now();
    // Read as a tree, a 50 MB page takes about ten times its size: over
    // the default --max-memory of 512 MB, so the cap is raised for it.
    let out = actionplan(&[
        "extract".as_ref(),
        "--timeout".as_ref(),
        "300".as_ref(),
        "--max-memory".as_ref(),
        "1024".as_ref(),
        p.as_os_str(),
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(records(&out).len(), n, "{err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(300));
}

#[test]
fn deeply_nested_html_tables_do_not_overflow_the_stack() {
    let dir = tempfile::tempdir().unwrap();
    let depth = 5000;
    let mut html = String::from("<html><body>");
    html.push_str(&"<table><tr><td>".repeat(depth));
    html.push_str("Action: deep");
    html.push_str(&"</td></tr></table>".repeat(depth));
    html.push_str("</body></html>");
    let p = write(dir.path(), "nested.html", html.as_bytes());
    let (good, n) = good();
    let out = actionplan(&[
        "extract".as_ref(),
        "--timeout".as_ref(),
        "60".as_ref(),
        p.as_os_str(),
        good.as_os_str(),
    ]);
    let err = stderr(&out);
    assert!(!err.contains("panicked") && !err.contains("overflow"), "{err}");
    assert!(matches!(out.status.code(), Some(0) | Some(1)), "{err}");
    assert!(records(&out).len() >= n, "{err}");
}

#[test]
fn a_document_over_the_time_limit_is_given_up_and_named() {
    let dir = tempfile::tempdir().unwrap();
    // 40000 nested <div>s take reading many seconds (time grows with the
    // square of the depth; 20000 took ~25 s in a debug build but only ~1 s
    // in a release build, under the limit): well over the limit in either
    // build, which leaves the good file's reading room on a loaded machine.
    let depth = 40_000;
    let html = format!(
        "<html><body>{}slow{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let bad = write(dir.path(), "slow.html", html.as_bytes());
    let started = std::time::Instant::now();
    let line = assert_bad_named_good_kept(&bad, &["--timeout", "4"]);
    assert!(line.contains("gave up after 4 s"), "{line}");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(30),
        "the run does not wait for it"
    );
}

#[test]
fn a_folder_of_good_and_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    let (good, n) = good();
    std::fs::copy(&good, dir.path().join("a-good.html")).unwrap();
    std::fs::copy(fixture("harrow-2023/seed.txt"), dir.path().join("c-good.txt")).unwrap();
    let seed_n = extract_alone(&fixture("harrow-2023/seed.txt")).len();
    write(dir.path(), "b-empty.txt", b"");
    write(dir.path(), "d-random.pdf", &noise(4096, 7));
    write(dir.path(), "e-not-a-zip.docx", b"plain words");
    let errors = dir.path().join("errors.jsonl");
    let out = actionplan(&[
        "extract".as_ref(),
        dir.path().as_os_str(),
        "--errors".as_ref(),
        errors.as_os_str(),
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(records(&out).len(), n + seed_n, "{err}");
    for name in ["b-empty.txt", "d-random.pdf", "e-not-a-zip.docx"] {
        assert_eq!(err.lines().filter(|l| l.contains(name)).count(), 1, "{name}: {err}");
    }
    let failed = std::fs::read_to_string(&errors).unwrap();
    assert_eq!(failed.lines().count(), 3, "{failed}");
    for line in failed.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(
            v["path"].as_str().unwrap().starts_with(dir.path().to_str().unwrap()),
            "{line}"
        );
        assert_eq!(v["stage"], "read", "{line}");
        assert!(!v["error"].as_str().unwrap().is_empty(), "{line}");
    }
}

#[test]
fn a_symlink_loop_is_walked_once() {
    let dir = tempfile::tempdir().unwrap();
    let (good, n) = good();
    let sub = dir.path().join("plans");
    std::fs::create_dir(&sub).unwrap();
    std::fs::copy(&good, sub.join("plan.html")).unwrap();
    std::os::unix::fs::symlink(dir.path(), sub.join("up")).unwrap();
    std::os::unix::fs::symlink(&sub, sub.join("self")).unwrap();
    // A dangling link too: it names nothing readable.
    std::os::unix::fs::symlink(dir.path().join("gone.html"), sub.join("dangling.html")).unwrap();
    let out = actionplan(&[
        "extract".as_ref(),
        "--timeout".as_ref(),
        "30".as_ref(),
        dir.path().as_os_str(),
    ]);
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(records(&out).len(), n, "read once: {err}");
    assert_eq!(out.status.code(), Some(1), "the dangling link is reported: {err}");
    let dangling: Vec<&str> = err.lines().filter(|l| l.contains("dangling.html")).collect();
    assert_eq!(dangling.len(), 1, "{err}");
    assert!(dangling[0].contains("a link to something missing"), "{err}");
}

#[test]
fn an_unreadable_file() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "locked.html", b"<html><body><p>secret</p></body></html>");
    std::fs::set_permissions(&bad, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&bad).is_ok() {
        eprintln!("skipped: this user (root?) reads files whatever their mode");
        return;
    }
    let line = assert_bad_named_good_kept(&bad, &[]);
    assert!(line.contains("cannot read"), "{line}");
}

#[test]
fn errors_file_has_one_json_line_per_failed_input() {
    let dir = tempfile::tempdir().unwrap();
    let (good, _) = good();
    let empty = write(dir.path(), "empty.html", b"");
    let random = write(dir.path(), "random.pdf", &noise(2048, 3));
    let missing = dir.path().join("missing.txt");
    let errors = dir.path().join("errors.jsonl");
    let out = actionplan(&[
        "extract".as_ref(),
        empty.as_os_str(),
        good.as_os_str(),
        random.as_os_str(),
        missing.as_os_str(),
        "--errors".as_ref(),
        errors.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let failed = std::fs::read_to_string(&errors).unwrap();
    let lines: Vec<serde_json::Value> = failed.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3, "{failed}");
    let paths: Vec<&str> = lines.iter().map(|v| v["path"].as_str().unwrap()).collect();
    for p in [&empty, &random, &missing] {
        assert!(paths.contains(&p.to_str().unwrap()), "{failed}");
    }
    for v in &lines {
        assert!(["open", "read"].contains(&v["stage"].as_str().unwrap()), "{v}");
        assert!(!v["error"].as_str().unwrap().is_empty(), "{v}");
    }
}

#[test]
fn output_file_is_complete_or_absent() {
    let dir = tempfile::tempdir().unwrap();
    let (good, n) = good();
    let random = write(dir.path(), "random.pdf", &noise(2048, 5));
    // A failed input does not stop the good records being written.
    let csv_path = dir.path().join("out.csv");
    let out = actionplan(&[
        "extract".as_ref(),
        random.as_os_str(),
        good.as_os_str(),
        "-o".as_ref(),
        csv_path.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let mut reader = csv::Reader::from_path(&csv_path).unwrap();
    assert_eq!(reader.records().count(), n);
    // Nothing else left behind: no temporary files.
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["out.csv", "random.pdf"]);
    // An output that cannot be written: nothing half-written, exit 1 (a
    // failure, not bad usage), the output named with one cause and no
    // temporary file's name.
    let blocked = dir.path().join("no-such-folder").join("out.csv");
    let out = actionplan(&["extract".as_ref(), good.as_os_str(), "-o".as_ref(), blocked.as_os_str()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(!blocked.exists());
    assert_eq!(
        stderr(&out),
        format!(
            "actionplan: {}: cannot write: No such file or directory\n",
            blocked.display()
        )
    );
}
