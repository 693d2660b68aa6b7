//! The corpus PDFs after one pass through the tools that rewrite PDFs on
//! their way to a council website (a print driver or "optimise" step:
//! Ghostscript pdfwrite; poppler through cairo; qpdf packing objects into
//! object streams), scored against the same gold as the originals. Each
//! rewrite re-emits the text with other operators, fonts and object
//! layout; the records must not change with it.
//!
//! The files are made by `benches/rewrites.sh` and committed under
//! `tests/data/rewrites/DOC/FORM-TOOL.pdf`, so this needs none of the tools.
//! Before the reader spelled out the `'` and `"` text operators, five of
//! the eighteen Ghostscript rewrites scored F1 0.00 to 0.88 here.

use std::path::{Path, PathBuf};

use actionplan::eval::{load_gold, score};
use actionplan::extract::{extract_path, ExtractOptions};

/// The same floor the originals are held to (`tests/corpus.rs`).
const MIN_F1: f64 = 0.95;
/// The rewriting tools, as named in the files.
const TOOLS: &[&str] = &["gs", "cairo", "qpdf"];
/// The PDF forms of each corpus document that are rewritten.
const FORMS: &[&str] = &["word", "browser"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// Every (gold, rewritten PDF) pair: one per fixture document, form and tool.
fn cases() -> Vec<(PathBuf, PathBuf)> {
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root().join("fixtures"))
        .expect("fixtures/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("gold.json").is_file())
        .collect();
    docs.sort();
    let mut cases = Vec::new();
    for doc in docs {
        let name = doc.file_name().unwrap().to_owned();
        for form in FORMS {
            for tool in TOOLS {
                let pdf = root()
                    .join("tests/data/rewrites")
                    .join(&name)
                    .join(format!("{form}-{tool}.pdf"));
                cases.push((doc.join("gold.json"), pdf));
            }
        }
    }
    cases
}

/// The F1 of one rewritten PDF against its document's gold.
fn f1_of(gold: &Path, pdf: &Path) -> Result<f64, String> {
    let gold = load_gold(gold).map_err(|e| e.to_string())?;
    let records = extract_path(pdf, &ExtractOptions::default()).map_err(|e| e.to_string())?;
    let values: Vec<serde_json::Value> = records
        .iter()
        .map(|r| serde_json::to_value(r).expect("a record serialises"))
        .collect();
    Ok(score(&gold, &values).f1)
}

#[test]
fn every_rewrite_of_every_corpus_pdf_meets_the_floor() {
    let cases = cases();
    assert_eq!(
        cases.len(),
        9 * FORMS.len() * TOOLS.len(),
        "one rewrite per document, form and tool"
    );
    let missing: Vec<_> = cases.iter().filter(|(_, p)| !p.is_file()).collect();
    assert!(missing.is_empty(), "run benches/rewrites.sh: missing {missing:?}");
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).min(4);
    let results: Vec<(PathBuf, Result<f64, String>)> = std::thread::scope(|s| {
        let chunks: Vec<_> = cases.chunks(cases.len().div_ceil(threads)).collect();
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| s.spawn(move || chunk.iter().map(|(g, p)| (p.clone(), f1_of(g, p))).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a scoring thread"))
            .collect()
    });
    let mut failures = Vec::new();
    for (pdf, result) in &results {
        let rel = pdf.strip_prefix(root()).unwrap_or(pdf).display();
        match result {
            Ok(f1) => {
                println!("{rel}: F1 {f1:.3}");
                if *f1 < MIN_F1 {
                    failures.push(format!("{rel}: F1 {f1:.3}"));
                }
            }
            Err(e) => failures.push(format!("{rel}: {e}")),
        }
    }
    assert!(failures.is_empty(), "below F1 {MIN_F1}:\n{}", failures.join("\n"));
}
