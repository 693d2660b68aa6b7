//! Layouts beyond the corpus, end to end: documents written to the shapes
//! other councils use (`tests/data/layouts/`) and two sets written blind
//! to the segmenter and measured before any rule was tuned on them
//! (`tests/data/heldout/`, `tests/data/unseen/`), each as HTML, Word and
//! Word's PDF. The floors
//! here sit a little below today's figures, so a rule that helps one layout
//! by breaking another fails here; the README gives the figures.

use std::path::{Path, PathBuf};
use std::process::Command;

use actionplan::eval::{load_gold, score};

const FORMS: &[&str] = &["source.html", "word.docx", "word.pdf"];
/// No document in any form below this F1.
const MIN_F1: f64 = 0.70;
/// Mean F1 over every document and form.
const MIN_MEAN_F1: f64 = 0.95;
/// Pooled accuracy of each field over every matched record.
const MIN_FIELD_ACCURACY: &[(&str, f64)] = &[
    ("rec_id", 0.95),
    ("action_id", 0.95),
    ("lead", 0.95),
    ("deadline_kind", 0.95),
    ("deadline_dates", 0.95),
    ("status", 0.95),
    ("rag", 0.90),
];

fn doc_dirs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut dirs: Vec<PathBuf> = ["layouts", "heldout", "unseen"]
        .iter()
        .flat_map(|set| std::fs::read_dir(root.join(set)).expect("test data set exists"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("gold.json").is_file())
        .collect();
    dirs.sort();
    dirs
}

fn extract(path: &Path) -> Vec<serde_json::Value> {
    let out = Command::new(env!("CARGO_BIN_EXE_actionplan"))
        .args(["extract", "-f", "jsonl"])
        .arg(path)
        .output()
        .expect("run actionplan");
    assert!(
        out.status.success(),
        "extract {} failed: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("utf-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON record per line"))
        .collect()
}

#[test]
fn layouts_beyond_the_corpus_hold_their_floors() {
    let dirs = doc_dirs();
    assert!(dirs.len() >= 22, "the layouts, held-out and unseen sets are bundled");
    let mut failures = Vec::new();
    let mut f1s = Vec::new();
    let mut pooled: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    for dir in &dirs {
        let gold = load_gold(&dir.join("gold.json")).expect("gold parses");
        for form in FORMS.iter().filter(|f| dir.join(f).is_file()) {
            let path = dir.join(form);
            let s = score(&gold, &extract(&path));
            println!("{}: {}", path.display(), s.summary_line());
            f1s.push(s.f1);
            if s.f1 < MIN_F1 {
                failures.push(format!("{}: F1 {:.3}", path.display(), s.f1));
            }
            for (field, _) in MIN_FIELD_ACCURACY {
                let fs = &s.fields[field];
                let e = pooled.entry(field).or_default();
                e.0 += fs.right;
                e.1 += fs.judged;
            }
        }
    }
    let mean = f1s.iter().sum::<f64>() / f1s.len() as f64;
    println!("{} runs, mean F1 {mean:.3}", f1s.len());
    if mean < MIN_MEAN_F1 {
        failures.push(format!("mean F1 {mean:.3} below {MIN_MEAN_F1}"));
    }
    for (field, floor) in MIN_FIELD_ACCURACY {
        let (right, judged) = pooled[field];
        let acc = right as f64 / judged.max(1) as f64;
        println!("{field}: {acc:.3} ({right}/{judged})");
        if acc < *floor {
            failures.push(format!("{field}: pooled accuracy {acc:.3} below {floor}"));
        }
    }
    assert!(failures.is_empty(), "below the floors:\n{}", failures.join("\n"));
}

/// Scores every form of every document in the blind set `name` (a folder
/// of `tests/data` with one folder per document holding `gold.json`), the
/// forms chosen by `is_form` on the file name, and fails where fewer than
/// `min_runs` were read or the mean F1 of all runs or of the PDF runs is
/// under its floor.
fn blind_set_holds(name: &str, is_form: fn(&str) -> bool, min_runs: usize, min_mean: f64, min_pdf_mean: f64) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name);
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("the blind set is bundled")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("gold.json").is_file())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 6, "the six {name} documents are bundled");
    let (mut all, mut pdfs) = (Vec::new(), Vec::new());
    for dir in &dirs {
        let gold = load_gold(&dir.join("gold.json")).expect("gold parses");
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .expect("document folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| is_form(p.file_name().and_then(|n| n.to_str()).unwrap_or_default()))
            .collect();
        files.sort();
        for path in files {
            let s = score(&gold, &extract(&path));
            println!("{}: {}", path.display(), s.summary_line());
            all.push(s.f1);
            if path.extension().is_some_and(|e| e == "pdf") {
                pdfs.push(s.f1);
            }
        }
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
    println!(
        "{name}: {} runs, mean F1 {:.3}; PDFs {:.3}",
        all.len(),
        mean(&all),
        mean(&pdfs)
    );
    assert!(all.len() >= min_runs, "every form of every {name} document was read");
    assert!(
        mean(&all) >= min_mean,
        "{name} mean F1 {:.3} below {min_mean}",
        mean(&all)
    );
    assert!(
        mean(&pdfs) >= min_pdf_mean,
        "{name} PDF mean F1 {:.3} below {min_pdf_mean}",
        mean(&pdfs)
    );
}

/// The third blind set (`tests/data/blind3/`), every form it has (HTML,
/// Word and PDFs from four producers): first measured at mean F1 0.552
/// before any tuning (`FIRST-MEASURE.txt`), 0.956 (PDFs 0.931) after this
/// set's failure families were fixed by general rules. Its floors hold
/// those gains; its worst documents (see the README) are below any per-run
/// floor worth setting, so only the means are held.
#[test]
fn the_third_blind_set_holds_its_means() {
    let is_form = |name: &str| name.ends_with(".pdf") || name == "source.html" || name == "word.docx";
    blind_set_holds("blind3", is_form, 30, 0.93, 0.90);
}

/// The fourth blind set (`tests/data/blind4/`): spreadsheets, a slide
/// deck, LaTeX, ReportLab, wkhtmltopdf, Word outline numbering, text
/// forms; every form but its build sources (`.tex`, `.pptx`). First
/// measured at mean F1 0.535 (PDFs 0.331) before any tuning
/// (`FIRST-MEASURE.txt`), 0.973 (PDFs 0.977) after its failure families
/// were fixed by general rules.
#[test]
fn the_fourth_blind_set_holds_its_means() {
    let is_form = |name: &str| !matches!(name.rsplit('.').next(), Some("json" | "tex" | "pptx"));
    blind_set_holds("blind4", is_form, 15, 0.94, 0.94);
}

/// The fifth blind set (`tests/data/blind5/`): merged title rows over a
/// header, tabbed Word paragraphs, HTML layout tables, Markdown, space-
/// aligned text, rotated and vertical-rule PDFs, PostScript; every form but
/// its PostScript source. First measured at mean F1 0.396 (PDFs 0.757)
/// before any tuning (`FIRST-MEASURE.txt`), 0.756 (PDFs 0.953) after four
/// of its families were fixed; the rest are open (see the README).
#[test]
fn the_fifth_blind_set_holds_its_means() {
    let is_form = |name: &str| !matches!(name.rsplit('.').next(), Some("json" | "ps"));
    blind_set_holds("blind5", is_form, 14, 0.70, 0.88);
}
