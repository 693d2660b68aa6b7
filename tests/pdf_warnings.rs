//! A PDF page the reader cannot trust is told to the user twice: as a
//! warning on every record of its document, and as a line on stderr naming
//! the file. Made at run time: a page of actions read cleanly, then a page
//! whose lines are drawn over one another (what a misread text position
//! gives), or a page that is only an image (a scan).

mod common;

use common::*;

/// A PDF of pages, each a content stream drawn with Helvetica as /F1 and
/// the image object 4 as /Im0 (a 4x4 grey square).
fn pdf_of_pages(contents: &[Vec<u8>]) -> Vec<u8> {
    let n = contents.len();
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 5 + 2 * i)).collect();
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")).into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec(),
        stream(
            "/Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8",
            &[0x80; 16],
        ),
    ];
    for (i, c) in contents.iter().enumerate() {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {} 0 R \
                 /Resources << /Font << /F1 3 0 R >> /XObject << /Im0 4 0 R >> >> >>",
                6 + 2 * i
            )
            .into_bytes(),
        );
        objects.push(stream("", c));
    }
    pdf_of(&objects)
}

/// A page with one recommendation and its action, lead and deadline.
fn actions_page() -> Vec<u8> {
    text_content(&[
        (72.0, 760.0, "Action plan"),
        (72.0, 730.0, "Recommendation 1: Improve the website"),
        (
            72.0,
            715.0,
            "Action: The council will publish a new website for residents",
        ),
        (72.0, 700.0, "Lead Officer: Director of Digital"),
        (72.0, 685.0, "Deadline: March 2025"),
    ])
}

/// Runs extract on the PDF; its records and stderr.
fn extract(pdf: &[u8]) -> (Vec<serde_json::Value>, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "plan.pdf", pdf);
    let out = actionplan(&["extract".as_ref(), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    (records(&out), stderr(&out))
}

fn warnings(record: &serde_json::Value) -> Vec<String> {
    record["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_clean_pdf_has_no_reader_warnings() {
    let (recs, err) = extract(&pdf_of_pages(&[actions_page()]));
    assert_eq!(recs.len(), 1, "{err}");
    assert!(warnings(&recs[0]).is_empty(), "{:?}", recs[0]);
    assert!(err.is_empty(), "{err}");
}

#[test]
fn lines_drawn_over_lines_are_a_warning_on_records_and_stderr() {
    // Two sentences drawn on the same lines, 2.5 points apart.
    let mut lines = Vec::new();
    for i in 0..8 {
        let y = 760.0 - 15.0 * i as f64;
        lines.push((
            72.0,
            y,
            "The council will publish its corporate plan after consulting residents",
        ));
        lines.push((
            74.5,
            y,
            "Partners and staff agreed priorities with the Director of Culture",
        ));
    }
    let (recs, err) = extract(&pdf_of_pages(&[actions_page(), text_content(&lines)]));
    assert_eq!(recs.len(), 1, "{err}");
    let w = warnings(&recs[0]);
    assert!(
        w.iter().any(|w| w.starts_with("page 2: its text looks garbled")),
        "{w:?}"
    );
    let line = err.lines().find(|l| l.contains("page 2: its text looks garbled"));
    assert!(
        line.is_some_and(|l| l.contains("plan.pdf")),
        "stderr names the file: {err}"
    );
}

#[test]
fn a_page_that_is_only_an_image_is_a_warning() {
    let scan = b"q 400 0 0 600 100 100 cm /Im0 Do Q".to_vec();
    let (recs, err) = extract(&pdf_of_pages(&[actions_page(), scan]));
    assert_eq!(recs.len(), 1, "{err}");
    assert!(
        warnings(&recs[0])
            .iter()
            .any(|w| w.starts_with("page 2: no text could be read")),
        "{:?}",
        recs[0]
    );
    assert!(err.contains("page 2: no text could be read"), "{err}");
}

#[test]
fn a_blank_page_is_not_a_warning() {
    let (recs, err) = extract(&pdf_of_pages(&[actions_page(), Vec::new()]));
    assert_eq!(recs.len(), 1, "{err}");
    assert!(warnings(&recs[0]).is_empty(), "{:?}", recs[0]);
}
