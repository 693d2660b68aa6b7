//! Hostile documents (issue 11): each small, built here at run time, each
//! one that used to take a whole batch down (a panic, a stack overflow, an
//! allocation of gigabytes, a thread that never stops). For each: the
//! documented exit code, one line on stderr naming the file and the cause,
//! and the good file given in the same run still has all its records
//! written. Where the cause is fixed at its root the document is read (or
//! refused by name) without the worker dying; the worker process is what
//! makes the next unknown shape cost nothing but itself.

mod common;

use std::path::Path;

use common::*;

// ---------------------------------------------------- 1. Unicode offsets

#[test]
fn deadline_with_case_changing_letters_is_read_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    // The Kelvin sign and dotted capital I change length when lower-cased.
    let html = action_table_html(&[(
        "Publish the workforce strategy",
        "Director of HR",
        "K March 2024 İİ June 2025",
    )]);
    let p = write(dir.path(), "kelvin.html", html.as_bytes());
    let recs = read_fine(&p, &[]);
    assert_eq!(recs.len(), 1);
    let deadline = &recs[0]["deadline"];
    assert_eq!(deadline["raw"], "K March 2024 İİ June 2025");
    for part in deadline["parts"].as_array().into_iter().flatten() {
        let raw = part["raw"].as_str().unwrap();
        assert!(
            "K March 2024 İİ June 2025".contains(raw),
            "a part is a piece of the original text: {raw:?}"
        );
        assert!(raw.contains("March 2024") || raw.contains("June 2025"), "{raw:?}");
    }
}

// ------------------------------------------------ 2. PDF XObject recursion

fn form(content: &[u8], xobjects: &str) -> Vec<u8> {
    stream(
        &format!("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << {xobjects} >> >>"),
        content,
    )
}

#[test]
fn a_form_xobject_that_draws_itself_is_cut_not_a_stack_overflow() {
    let dir = tempfile::tempdir().unwrap();
    let mut content = text_content(&[(72.0, 700.0, "Recommendation 1 text before the form")]);
    content.extend_from_slice(b"/X0 Do\n");
    // Object 6: a form that draws itself.
    let pdf = one_page_pdf(&content, "/X0 6 0 R", &[form(b"/X0 Do", "/X0 6 0 R")]);
    let bad = write(dir.path(), "self-drawing.pdf", &pdf);
    let out = actionplan(&["extract".as_ref(), "--timeout".as_ref(), "60".as_ref(), bad.as_os_str()]);
    let err = stderr(&out);
    assert!(!err.contains("overflow"), "{err}");
    // No actions in it, but the page's text is read: exit 0.
    assert_eq!(out.status.code(), Some(0), "{err}");
}

#[test]
fn a_chain_of_5000_form_xobjects_is_cut_at_a_depth() {
    let dir = tempfile::tempdir().unwrap();
    let n = 5000;
    let mut forms = Vec::new();
    for i in 0..n {
        let id = 6 + i;
        let next = id + 1;
        if i + 1 < n {
            forms.push(form(b"/X0 Do", &format!("/X0 {next} 0 R")));
        } else {
            forms.push(form(b"BT /F1 10 Tf 72 600 Td (bottom) Tj ET", ""));
        }
    }
    let mut content = text_content(&[(72.0, 700.0, "Top of the page")]);
    content.extend_from_slice(b"/X0 Do\n");
    let pdf = one_page_pdf(&content, "/X0 6 0 R", &forms);
    let bad = write(dir.path(), "chain.pdf", &pdf);
    let (good, n_good) = good();
    let out = actionplan(&[
        "extract".as_ref(),
        "--timeout".as_ref(),
        "60".as_ref(),
        bad.as_os_str(),
        good.as_os_str(),
    ]);
    let err = stderr(&out);
    assert!(!err.contains("overflow"), "{err}");
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_eq!(records(&out).len(), n_good);
}

// ------------------------------------------------------------- 3. spans

#[test]
fn html_spans_are_capped_per_table() {
    let dir = tempfile::tempdir().unwrap();
    // One row of 1000 cells each 1000 columns wide, then 1000 rows: a grid
    // of a billion slots if spans are believed.
    let mut html = String::from("<html><body><table><tr>");
    html.push_str(&"<td colspan=1000>x</td>".repeat(1000));
    html.push_str("</tr>");
    html.push_str(&"<tr><td>a</td></tr>".repeat(1000));
    html.push_str("</table></body></html>");
    assert!(html.len() < 64 * 1024);
    let bad = write(dir.path(), "spans.html", html.as_bytes());
    let (good, n) = good();
    let out = actionplan(&[
        "extract".as_ref(),
        "--max-memory".as_ref(),
        "256".as_ref(),
        bad.as_os_str(),
        good.as_os_str(),
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "read within the cap: {err}");
    assert_eq!(records(&out).len(), n, "{err}");
}

#[test]
fn word_grid_spans_are_capped_per_table() {
    let dir = tempfile::tempdir().unwrap();
    let cell = r#"<w:tc><w:tcPr><w:gridSpan w:val="1000"/></w:tcPr><w:p/></w:tc>"#.repeat(1000);
    let rows = "<w:tr><w:tc><w:p/></w:tc></w:tr>".repeat(1000);
    let body = format!("<w:tbl><w:tr>{cell}</w:tr>{rows}</w:tbl>");
    let bytes = docx(&body);
    assert!(bytes.len() < 16 * 1024, "{}", bytes.len());
    let bad = write(dir.path(), "spans.docx", &bytes);
    let out = actionplan(&[
        "extract".as_ref(),
        "--max-memory".as_ref(),
        "256".as_ref(),
        bad.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn opendocument_spans_are_capped_per_table() {
    let dir = tempfile::tempdir().unwrap();
    let cell = r#"<table:table-cell table:number-columns-spanned="1000" table:number-rows-spanned="1000"><text:p>x</text:p></table:table-cell>"#.repeat(1000);
    let rows = "<table:table-row><table:table-cell/></table:table-row>".repeat(1000);
    let body = format!("<table:table><table:table-row>{cell}</table:table-row>{rows}</table:table>");
    let bad = write(dir.path(), "spans.odt", &odt(&body));
    let out = actionplan(&[
        "extract".as_ref(),
        "--max-memory".as_ref(),
        "256".as_ref(),
        bad.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

// ------------------------------------------------ 4. ODT repeat bomb

#[test]
fn nested_repeated_opendocument_cells_do_not_multiply() {
    let dir = tempfile::tempdir().unwrap();
    let mut inner = "<text:p>boom</text:p>".to_string();
    for _ in 0..5 {
        inner = format!(
            r#"<table:table><table:table-row><table:table-cell table:number-columns-repeated="64">{inner}</table:table-cell></table:table-row></table:table>"#
        );
    }
    let bytes = odt(&inner);
    assert!(bytes.len() < 2048, "{}", bytes.len());
    let bad = write(dir.path(), "repeat.odt", &bytes);
    let (good, n) = good();
    let started = std::time::Instant::now();
    let out = actionplan(&[
        "extract".as_ref(),
        "--max-memory".as_ref(),
        "256".as_ref(),
        bad.as_os_str(),
        good.as_os_str(),
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_eq!(records(&out).len(), n);
    assert!(started.elapsed().as_secs() < 30);
}

// ------------------------------------------------ 5. XML attributes

#[test]
fn an_element_with_millions_of_attributes_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    // 2 M attributes, all empty: 10 MB of XML that deflates to ~10 KB.
    let mut xml = format!(r#"<?xml version="1.0"?><w:document {W_NS}><w:body><w:p "#).into_bytes();
    xml.extend_from_slice(&b"a=\"\" ".repeat(2 << 20));
    xml.extend_from_slice(b"/></w:body></w:document>");
    let bytes = zip_of(&[("word/document.xml", &xml)]);
    assert!(bytes.len() < 1 << 20, "{}", bytes.len());
    let bad = write(dir.path(), "attributes.docx", &bytes);
    let line = bad_named_good_kept(&bad, None, &["--max-memory", "256"]);
    assert!(line.contains("attributes"), "{line}");
}

// ------------------------------------------------ 6. PDF decompression

#[test]
fn a_pdf_stream_that_inflates_to_gigabytes_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    // 2 GiB of zeros as the page's content stream, about 2 MB on disk.
    let bomb = zeros_zlib(2048);
    assert!(bomb.len() < 4 << 20, "{}", bomb.len());
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>".to_vec(),
    ];
    objects.push(stream("/Filter /FlateDecode", &bomb));
    let bad = write(dir.path(), "bomb.pdf", &pdf_of(&objects));
    let line = bad_named_good_kept(&bad, None, &[]);
    assert!(line.contains("inflate"), "{line}");
}

#[test]
fn one_stream_listed_a_hundred_times_is_counted_each_time() {
    let dir = tempfile::tempdir().unwrap();
    // One 100 MiB stream, the page's contents a hundred times over.
    let bomb = zeros_zlib(100);
    let contents = vec!["4 0 R"; 100].join(" ");
    let objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [{contents}] /Resources << >> >>")
            .into_bytes(),
        stream("/Filter /FlateDecode", &bomb),
    ];
    let bad = write(dir.path(), "listed.pdf", &pdf_of(&objects));
    let line = bad_named_good_kept(&bad, None, &[]);
    assert!(line.contains("inflate"), "{line}");
}

// ------------------------------------------------ 7. quadratic text

#[test]
fn a_row_spanned_megabyte_cell_is_not_copied_into_every_row() {
    let dir = tempfile::tempdir().unwrap();
    let big = "word ".repeat(200_000); // 1 MB
    let mut html = String::from(
        "<html><body><table><tr><th>Recommendation</th><th>Action</th><th>Lead Officer</th><th>Deadline</th></tr>",
    );
    html.push_str(&format!(
        "<tr><td rowspan=1000>{big}</td><td>Action number 0 to take</td><td>Chief Executive</td><td>March 2025</td></tr>"
    ));
    for i in 1..1000 {
        html.push_str(&format!(
            "<tr><td>Action number {i} to take</td><td>Chief Executive</td><td>March 2025</td></tr>"
        ));
    }
    html.push_str("</table></body></html>");
    let bad = write(dir.path(), "spanned.html", html.as_bytes());
    let out_path = dir.path().join("out.jsonl");
    let out = actionplan(&["extract".as_ref(), bad.as_os_str(), "-o".as_ref(), out_path.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let size = std::fs::metadata(&out_path).unwrap().len();
    assert!(size < 64 << 20, "{size} bytes of records from a 1 MB page");
    let text = std::fs::read_to_string(&out_path).unwrap();
    assert_eq!(text.lines().count(), 1000);
}

#[test]
fn a_long_word_vertical_merge_chain_is_linear() {
    let dir = tempfile::tempdir().unwrap();
    let para = w_p(&"text ".repeat(200)); // 1 KB per continued cell
    let header = format!(
        "<w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr>",
        w_p("Recommendation"),
        w_p("Action"),
        w_p("Lead Officer"),
        w_p("Deadline")
    );
    let mut rows = String::new();
    for i in 0..1000 {
        let merge = if i == 0 { r#"w:val="restart""# } else { "" };
        rows.push_str(&format!(
            "<w:tr><w:tc><w:tcPr><w:vMerge {merge}/></w:tcPr>{para}</w:tc><w:tc>{}</w:tc><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr>",
            w_p(&format!("Action number {i} to take")),
            w_p("Chief Executive"),
            w_p("March 2025")
        ));
    }
    let bad = write(
        dir.path(),
        "vmerge.docx",
        &docx(&format!("<w:tbl>{header}{rows}</w:tbl>")),
    );
    let out_path = dir.path().join("out.jsonl");
    let started = std::time::Instant::now();
    let out = actionplan(&["extract".as_ref(), bad.as_os_str(), "-o".as_ref(), out_path.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let size = std::fs::metadata(&out_path).unwrap().len();
    assert!(size < 64 << 20, "{size} bytes of records from a 1 MB chain");
    assert!(started.elapsed().as_secs() < 60);
}

// ------------------------------------------------ 8. threads that never stop

/// A PDF whose page tree's /Parent points back at its page, with no
/// MediaBox to find: looking one up climbs the loop for ever (a stack
/// overflow in a debug build, a spinning thread in a release build).
fn parent_loop_pdf() -> Vec<u8> {
    pdf_of(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 3 0 R >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_vec(),
        stream("", b"BT /F1 10 Tf 72 700 Td (Hello from a looping page tree) Tj ET"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec(),
    ])
}

#[test]
fn a_page_tree_loop_is_cut_and_the_page_read() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "loop.pdf", &parent_loop_pdf());
    let started = std::time::Instant::now();
    let out = actionplan(&["model".as_ref(), "--timeout".as_ref(), "20".as_ref(), bad.as_os_str()]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(started.elapsed().as_secs() < 20, "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("looping page tree"));
    for line in err.lines() {
        assert!(line.contains("loop.pdf"), "{err}");
    }
}

#[test]
fn segmenting_runs_inside_the_time_limit() {
    let dir = tempfile::tempdir().unwrap();
    // 600,000 paragraphs: the time limit covers the whole pipeline (read,
    // segment, normalise) in the worker, not the reader alone. The limit
    // leaves the good file's reading room on a loaded machine.
    let prose = "The council will act on this recommendation promptly.\n".repeat(600_000);
    let bad = write(dir.path(), "long.txt", prose.as_bytes());
    let started = std::time::Instant::now();
    let line = bad_named_good_kept(&bad, None, &["--timeout", "3"]);
    assert!(line.contains("gave up after 3 s"), "{line}");
    assert!(started.elapsed().as_secs() < 20, "stopped in {:?}", started.elapsed());
}

#[test]
fn tables_and_model_have_a_time_limit_too() {
    let dir = tempfile::tempdir().unwrap();
    let depth = 200_000;
    let html = format!(
        "<html><body>{}slow{}</body></html>",
        "<ul><li>".repeat(depth),
        "</li></ul>".repeat(depth)
    );
    let bad = write(dir.path(), "slow.html", html.as_bytes());
    for cmd in ["tables", "model"] {
        let started = std::time::Instant::now();
        let out = actionplan(&[cmd.as_ref(), "--timeout".as_ref(), "1".as_ref(), bad.as_os_str()]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{cmd}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("slow.html") && err.contains("gave up after 1 s"), "{err}");
        assert!(started.elapsed().as_secs() < 15, "{cmd} stopped at its limit");
    }
}

// ------------------------------------------------ 9. text reader memory

#[test]
fn a_text_file_reads_within_a_small_cap_and_one_that_cannot_is_named() {
    let dir = tempfile::tempdir().unwrap();
    // 8 MB of prose is read into a model under a 128 MB cap (`model`:
    // the reader alone, not the segmenter's time on 150,000 paragraphs).
    let prose = "The council will act on this recommendation promptly.\n".repeat(150_000);
    let p = write(dir.path(), "prose.txt", prose.as_bytes());
    let out = actionplan(&["model".as_ref(), "--max-memory".as_ref(), "128".as_ref(), p.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.len() > prose.len(), "the whole model is written");
    // One-letter lines cost a paragraph each, far more than their two
    // bytes: past the cap the file is named and the good file kept.
    let lines = "a\n".repeat(4 << 20);
    let bad = write(dir.path(), "lines.txt", lines.as_bytes());
    let line = bad_named_good_kept(&bad, None, &["--max-memory", "64"]);
    assert!(line.contains("killed: out of memory at 64 MiB"), "{line}");
}

// ------------------------------------------------ 10. special files

#[cfg(unix)]
#[test]
fn a_fifo_in_a_folder_is_named_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let (good, n) = good();
    std::fs::copy(&good, dir.path().join("a-good.html")).unwrap();
    let fifo = dir.path().join("b-pipe.html");
    let status = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(status.success());
    let out = actionplan(&["extract".as_ref(), dir.path().as_os_str()]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("b-pipe.html") && err.contains("FIFO"), "{err}");
    assert_eq!(records(&out).len(), n);
}

#[cfg(unix)]
#[test]
fn dev_zero_stops_at_max_size() {
    let line = bad_named_good_kept(Path::new("/dev/zero"), None, &["--max-size", "1"]);
    assert!(line.contains("input limit"), "{line}");
}

// ------------------------------------------------ 11. charset

#[test]
fn a_page_declaring_utf16_is_read_as_browsers_read_it() {
    let dir = tempfile::tempdir().unwrap();
    let (good, n) = good();
    let page = std::fs::read_to_string(&good).unwrap();
    let declared = page.replacen("<head>", "<head><meta charset=\"utf-16\">", 1);
    assert_ne!(declared, page);
    let p = write(dir.path(), "utf16-meta.html", declared.as_bytes());
    assert_eq!(read_fine(&p, &[]).len(), n);
    // The words in the body, not a declaration: they decide nothing.
    let body = page.replacen("<body>", "<body><p>Save as charset=utf-16 to break it</p>", 1);
    let p = write(dir.path(), "utf16-words.html", body.as_bytes());
    assert_eq!(read_fine(&p, &[]).len(), n);
}

// ------------------------------------------------ 12. command-line values

#[test]
fn absurd_numbers_are_usage_errors_before_anything_runs() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.db");
    let sources = write(
        dir.path(),
        "s.toml",
        b"allow_private = true\n[[source]]\ncouncil='A'\nurl='http://127.0.0.1:9/x.pdf'\n",
    );
    for flag in ["--delay", "--timeout", "--backoff"] {
        for value in ["1e19", "-1", "NaN", "inf"] {
            let out = actionplan(&[
                "refresh".as_ref(),
                sources.as_os_str(),
                "--db".as_ref(),
                db.as_os_str(),
                flag.as_ref(),
                value.as_ref(),
            ]);
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(2), "{flag} {value}: {err}");
            assert!(!err.contains("panicked"), "{err}");
            assert!(!db.exists(), "no store touched for a usage error");
        }
    }
    let (good, _) = good();
    for jobs in ["100000", "0"] {
        let out = actionplan(&["extract".as_ref(), "-j".as_ref(), jobs.as_ref(), good.as_os_str()]);
        assert_eq!(out.status.code(), Some(2), "-j {jobs}: {}", stderr(&out));
    }
    let out = actionplan(&[
        "extract".as_ref(),
        "--timeout".as_ref(),
        "18446744073709551615".as_ref(),
        good.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

// ------------------------------------------------ 19. messages

#[test]
fn a_newline_in_a_file_name_cannot_forge_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "evil\nactionplan: all fine.pdf", b"%PDF-1.4 nothing else");
    let shown = bad.display().to_string().replace('\n', "\\n");
    let line = bad_named_good_kept(&bad, Some(&shown), &[]);
    assert!(!line.contains('\n'));
}

#[test]
fn third_party_log_lines_name_the_file_and_have_no_colour() {
    let dir = tempfile::tempdir().unwrap();
    // A second content stream that is not zlib: lopdf logs two warnings.
    let pdf = pdf_of(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [4 0 R 6 0 R] /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_vec(),
        stream("", b"BT /F1 10 Tf 72 700 Td (Hello) Tj ET"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
        stream("/Filter /FlateDecode", b"\x78\x9cnot zlib at all"),
    ]);
    let p = write(dir.path(), "corrupt-deflate.pdf", &pdf);
    for mode in [&[][..], &["--in-process"][..]] {
        // Other crates' warnings show only when RUST_LOG asks for them.
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_actionplan"))
            .env("RUST_LOG", "actionplan=debug,lopdf=warn")
            .arg("extract")
            .args(mode)
            .arg(&p)
            .output()
            .unwrap();
        let err = stderr(&out);
        assert!(!err.contains('\u{1b}'), "no colour off a terminal: {err:?}");
        let lopdf: Vec<&str> = err.lines().filter(|l| l.contains("deflate")).collect();
        assert!(!lopdf.is_empty(), "lopdf's warnings are there at -vv: {err}");
        for line in lopdf {
            assert!(
                line.contains("corrupt-deflate.pdf"),
                "{mode:?}: every line names the file: {line}"
            );
        }
    }
}

#[test]
fn a_pdf_whose_stream_length_lies_is_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let content = text_content(&[
        (72.0, 700.0, "Action plan"),
        (72.0, 680.0, "The council will publish its workforce strategy"),
    ]);
    let mut body = b"<< /Length 9 >>\nstream\n".to_vec();
    body.extend_from_slice(&content);
    body.extend_from_slice(b"\nendstream");
    let pdf = pdf_of(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_vec(),
        body,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec(),
    ]);
    let p = write(dir.path(), "lying-length.pdf", &pdf);
    let out = actionplan(&["model".as_ref(), p.as_os_str()]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let model = String::from_utf8_lossy(&out.stdout);
    assert!(model.contains("workforce strategy"), "{model}");
}

#[test]
fn an_unknown_security_handler_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>".to_vec(),
        stream("", b"BT ET"),
    ];
    objects.push(b"<< /Filter /FooSecurity /V 1 /R 1 /O (x) /U (y) /P -4 >>".to_vec());
    let pdf = pdf_with_trailer(&objects, "/Encrypt 5 0 R /ID [<00> <00>] ");
    let bad = write(dir.path(), "foo-handler.pdf", &pdf);
    let line = bad_named_good_kept(&bad, None, &[]);
    assert!(line.contains("FooSecurity"), "{line}");
}

// ------------------------------------------------ the design: isolation

#[test]
fn memory_past_the_cap_kills_only_that_document() {
    let dir = tempfile::tempdir().unwrap();
    // A real 40 MB page needs more than 64 MB to read.
    let (good, _) = good();
    let page = std::fs::read_to_string(&good).unwrap();
    let cut = page.rfind("</body>").unwrap();
    let mut big = page[..cut].to_string();
    while big.len() < 40 << 20 {
        big.push_str("<p>Background reading for the peer challenge, not an action.</p>\n");
    }
    big.push_str(&page[cut..]);
    let bad = write(dir.path(), "big.html", big.as_bytes());
    // One job at a time: the good file after it is read by a fresh worker.
    let line = bad_named_good_kept(&bad, None, &["--max-memory", "64", "-j", "1"]);
    assert!(line.contains("killed: out of memory at 64 MiB"), "{line}");
}

#[test]
fn in_process_reading_gives_the_same_records() {
    let (good, n) = good();
    let isolated = read_fine(&good, &[]);
    let in_process = read_fine(&good, &["--in-process"]);
    assert_eq!(isolated.len(), n);
    assert_eq!(isolated, in_process);
}
