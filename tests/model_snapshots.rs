//! Golden snapshots of the document model (`actionplan model`) of every
//! fixture PDF, so a change to the PDF reader shows as a diff of what it
//! reads, page by page, before any score moves.
//!
//! ```sh
//! cargo test --test model_snapshots                              # compare
//! ACTIONPLAN_BLESS=1 cargo test --test model_snapshots           # rewrite the snapshots, then review `git diff`
//! ```
//!
//! The snapshots are `tests/data/model/DOC/FORM.json`, the exact text
//! `actionplan model FILE` prints. A failure names each document that
//! changed and its first changed lines.

use std::path::{Path, PathBuf};

use actionplan::read::{read_bytes, sniff};

/// The environment variable that rewrites the snapshots instead of
/// comparing with them.
const BLESS: &str = "ACTIONPLAN_BLESS";
/// Changed lines shown per document in a failure.
const SHOWN: usize = 6;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// (PDF, snapshot) for every fixture PDF.
fn cases() -> Vec<(PathBuf, PathBuf)> {
    let mut cases = Vec::new();
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root().join("fixtures"))
        .expect("fixtures/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    docs.sort();
    for doc in docs {
        for form in ["word", "browser"] {
            let pdf = doc.join(format!("{form}.pdf"));
            if pdf.is_file() {
                let name = doc.file_name().unwrap();
                cases.push((
                    pdf,
                    root().join("tests/data/model").join(name).join(format!("{form}.json")),
                ));
            }
        }
    }
    cases
}

/// What `actionplan model` prints for the file.
fn model_text(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("fixture readable");
    let doc = read_bytes(&bytes, sniff(&bytes, path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::to_string_pretty(&doc).expect("model serialises") + "\n"
}

/// The first lines where `got` differs from `want`, as a short report.
fn first_changes(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let mut out = Vec::new();
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i).copied(), g.get(i).copied());
        if a != b {
            out.push(format!(
                "  line {}: -{}\n  line {}: +{}",
                i + 1,
                a.unwrap_or("<end>"),
                i + 1,
                b.unwrap_or("<end>")
            ));
            if out.len() == SHOWN {
                break;
            }
        }
    }
    out.join("\n")
}

#[test]
fn the_model_of_every_fixture_pdf_matches_its_snapshot() {
    let bless = std::env::var_os(BLESS).is_some();
    let cases = cases();
    assert_eq!(cases.len(), 18, "word.pdf and browser.pdf of the nine fixtures");
    let mut failures = Vec::new();
    for (pdf, snap) in &cases {
        let got = model_text(pdf);
        if bless {
            std::fs::create_dir_all(snap.parent().unwrap()).unwrap();
            std::fs::write(snap, &got).unwrap();
            continue;
        }
        match std::fs::read_to_string(snap) {
            Ok(want) if want == got => {}
            Ok(want) => failures.push(format!("{}:\n{}", pdf.display(), first_changes(&want, &got))),
            Err(_) => failures.push(format!("{}: no snapshot at {}", pdf.display(), snap.display())),
        }
    }
    assert!(
        failures.is_empty(),
        "the model changed (review, then {BLESS}=1 cargo test --test model_snapshots):\n{}",
        failures.join("\n")
    );
}

/// The comparison is not vacuous: a changed model is caught and shown.
#[test]
fn a_changed_model_is_reported_with_its_lines() {
    let report = first_changes("a\nb\nc\n", "a\nB\nc\n");
    assert!(
        report.contains("line 2: -b") && report.contains("line 2: +B"),
        "{report}"
    );
    assert!(first_changes("a\n", "a\n").is_empty());
}
