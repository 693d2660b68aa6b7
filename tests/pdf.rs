//! The PDF reader against the HTML of the same documents: the same records
//! but for `location` and `document`, pages on every record, and the
//! `tables` command's contract shape.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn fixture_dirs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("fixtures/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("gold.json").is_file() && p.join("word.pdf").is_file())
        .collect();
    dirs.sort();
    dirs
}

fn run(args: &[&str], path: &Path) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_actionplan"))
        .args(args)
        .arg(path)
        .output()
        .expect("run actionplan");
    assert!(
        out.status.success(),
        "{args:?} {} failed: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn records(path: &Path) -> Vec<Value> {
    String::from_utf8(run(&["extract"], path))
        .expect("UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

/// What a record says, leaving out where it was found and the action's
/// wording (glyph spacing can differ by a character between renderings).
fn key(r: &Value) -> String {
    let leads: Vec<&Value> = r["lead"]
        .as_array()
        .map(|l| l.iter().map(|o| &o["name"]).collect())
        .unwrap_or_default();
    serde_json::json!([
        r["recommendation"]["id"],
        r["action"]["id"],
        leads,
        r["deadline"]["kind"],
        r["deadline"]["start"],
        r["deadline"]["end"],
        r["status"],
        r["rag"],
    ])
    .to_string()
}

fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_lowercase).collect()
}

/// Share of words in common, in order (longest common subsequence).
fn text_similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (words(a), words(b));
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let mut prev = vec![0usize; b.len() + 1];
    for x in &a {
        let mut cur = vec![0usize; b.len() + 1];
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y { prev[j] + 1 } else { prev[j + 1].max(cur[j]) };
        }
        prev = cur;
    }
    2.0 * prev[b.len()] as f64 / (a.len() + b.len()) as f64
}

#[test]
fn every_form_gives_the_records_its_html_gives() {
    let mut report = Vec::new();
    let mut failures = Vec::new();
    for dir in fixture_dirs() {
        let html = records(&dir.join("source.html"));
        let mut html_keys: HashMap<String, usize> = HashMap::new();
        for r in &html {
            *html_keys.entry(key(r)).or_default() += 1;
        }
        for form in ["word.docx", "word.odt", "word.pdf", "browser.pdf"] {
            let pdf = records(&dir.join(form));
            let mut left = html_keys.clone();
            let same = pdf
                .iter()
                .filter(|r| match left.get_mut(&key(r)) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        true
                    }
                    _ => false,
                })
                .count();
            let agreement = same as f64 / html.len().max(pdf.len()) as f64;
            // The action texts, record by record where the counts agree.
            let text = if html.len() == pdf.len() {
                html.iter()
                    .zip(&pdf)
                    .map(|(h, p)| {
                        text_similarity(
                            h["action"]["text"].as_str().unwrap_or(""),
                            p["action"]["text"].as_str().unwrap_or(""),
                        )
                    })
                    .fold(1.0, f64::min)
            } else {
                0.0
            };
            let name = format!("{}/{form}", dir.file_name().unwrap_or_default().to_string_lossy());
            report.push(format!(
                "{name}: {} html, {} pdf, {agreement:.3} agree, text >= {text:.3}",
                html.len(),
                pdf.len()
            ));
            if agreement < 0.95 {
                failures.push(format!("{name}: only {agreement:.3} of records agree with the HTML's"));
            }
        }
    }
    println!("{}", report.join("\n"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_pdf_record_has_the_page_its_action_starts_on() {
    for dir in fixture_dirs() {
        let path = dir.join("word.pdf");
        let recs = records(&path);
        assert!(!recs.is_empty());
        let mut last = 0;
        for r in &recs {
            let page = r["location"]["page"].as_u64().unwrap_or(0);
            assert!(page >= 1, "{}: no page on {r}", path.display());
            // Records come in document order, so their pages never go back.
            assert!(page >= last, "{}: page {page} after {last}", path.display());
            last = page;
        }
        assert_eq!(recs[0]["document"]["format"], "pdf");
    }
}

#[test]
fn tables_prints_the_contract_shape() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/harrow-2023/word.pdf");
    let tables: Value = serde_json::from_slice(&run(&["tables", "-f", "json"], &path)).expect("JSON");
    let tables = tables.as_array().expect("an array");
    assert!(!tables.is_empty());
    for t in tables {
        let page = t["page"].as_u64().expect("page");
        assert!(page >= 1);
        let bbox: Vec<f64> = t["bbox"]
            .as_array()
            .expect("bbox")
            .iter()
            .map(|v| v.as_f64().unwrap())
            .collect();
        assert_eq!(bbox.len(), 4);
        assert!(bbox[0] < bbox[2] && bbox[1] < bbox[3], "x0 < x1 and y0 < y1: {bbox:?}");
        let rows = t["rows"].as_array().expect("rows");
        let width = rows[0].as_array().unwrap().len();
        assert!(
            rows.iter().all(|r| r.as_array().unwrap().len() == width),
            "every row as wide as the table"
        );
    }
    // Harrow's plan is one table over seven pages: its header, then 14 rows.
    assert_eq!(tables.len(), 1);
    let header: Vec<&str> = tables[0]["rows"][0]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(
        header,
        ["", "Recommendation", "What are we going to do?", "Lead", "Timescale"]
    );
    let csv = String::from_utf8(run(&["tables", "-f", "csv"], &path)).expect("UTF-8");
    assert!(csv.starts_with("#table,1,page,1,bbox,"));
}
