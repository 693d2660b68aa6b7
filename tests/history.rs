//! Linking across a plan and its progress update, measured: the reference
//! pair (Greyhaven, July 2024 plan and January 2025 update, bundled under
//! fixtures/) from every form of the update against every form of the
//! base, and the pairs of tests/data/updates/ (one per layout family, and
//! one written before any threshold was measured); then the `history`
//! command's outputs.

use std::path::{Path, PathBuf};
use std::process::Command;

use actionplan::extract::{extract_path, ExtractOptions};
use actionplan::link::eval::{score_links, LinkAnswers, LinkScore};
use actionplan::link::{link_pair, LinkSettings};
use actionplan::record::Record;

/// The floor the issue sets for link precision and recall.
const FLOOR: f64 = 0.95;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn extract(path: &Path) -> Vec<Record> {
    let records = extract_path(path, &ExtractOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    assert!(!records.is_empty(), "{}: no records", path.display());
    records
}

fn answers(path: &Path) -> LinkAnswers {
    serde_json::from_str(&std::fs::read_to_string(path).expect("links.json")).expect("answer file")
}

fn measure(base: &[Record], update: &[Record], answers: &LinkAnswers) -> LinkScore {
    let links = link_pair(base, update, &LinkSettings::default());
    score_links(base, update, &links, answers)
}

#[test]
fn reference_pair_links_from_every_form_to_every_form() {
    let base_dir = root().join("fixtures/greyhaven-2024-07");
    let update_dir = root().join("fixtures/updates/greyhaven-2025-01");
    let answers = answers(&update_dir.join("links.json"));
    let forms = ["seed.txt", "source.html", "word.docx", "word.pdf", "browser.pdf"];
    let bases: Vec<(&str, Vec<Record>)> = forms
        .iter()
        .chain(["word.odt"].iter())
        .map(|f| (*f, extract(&base_dir.join(f))))
        .collect();
    let updates: Vec<(&str, Vec<Record>)> = forms.iter().map(|f| (*f, extract(&update_dir.join(f)))).collect();
    let mut failures = Vec::new();
    for (bf, base) in &bases {
        for (uf, update) in &updates {
            let s = measure(base, update, &answers);
            eprintln!("{bf} -> {uf}: precision {:.3}, recall {:.3}", s.precision, s.recall);
            if s.precision < FLOOR || s.recall < FLOOR {
                failures.push(format!(
                    "{bf} -> {uf}: precision {:.3} recall {:.3}: {:?}",
                    s.precision, s.recall, s.misses
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Every pair of tests/data/updates/: a base and an update file of one
/// layout family and the answer made with them.
fn own_pairs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root().join("tests/data/updates"))
        .expect("tests/data/updates")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("links.json").is_file())
        .collect();
    dirs.sort();
    dirs
}

fn pair_files(dir: &Path) -> (PathBuf, PathBuf) {
    let find = |stem: &str| {
        std::fs::read_dir(dir)
            .expect("pair dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.file_stem().is_some_and(|s| s == stem))
            .unwrap_or_else(|| panic!("{}: no {stem}.*", dir.display()))
    };
    (find("base"), find("update"))
}

#[test]
fn own_pairs_link_in_every_layout_family() {
    let dirs = own_pairs();
    let families: std::collections::BTreeSet<String> = dirs
        .iter()
        .map(|d| {
            let v: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(d.join("links.json")).unwrap()).unwrap();
            v["family"].as_str().unwrap_or("").to_string()
        })
        .collect();
    for family in ["table", "numbered", "labelled"] {
        assert!(families.contains(family), "no {family} pair: {families:?}");
    }
    let mut failures = Vec::new();
    for dir in &dirs {
        let (base, update) = pair_files(dir);
        let answers = answers(&dir.join("links.json"));
        let (base, update) = (extract(&base), extract(&update));
        let s = measure(&base, &update, &answers);
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        eprintln!("{name}: precision {:.3}, recall {:.3}", s.precision, s.recall);
        // Every answer's action was extracted, so the pair tests linking.
        assert_eq!(s.decided, answers.links.len(), "{name}: {:?}", s.misses);
        if s.precision < FLOOR || s.recall < FLOOR {
            failures.push(format!("{name}: {:?}", s.misses));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The measure itself can fail: links shuffled score low.
#[test]
fn the_measure_sees_wrong_links() {
    let dir = root().join("tests/data/updates/table-governance");
    let (base, update) = pair_files(&dir);
    let (base, update) = (extract(&base), extract(&update));
    let answers = answers(&dir.join("links.json"));
    let mut links = link_pair(&base, &update, &LinkSettings::default());
    for l in links.iter_mut() {
        l.base = l.base.map(|b| (b + 1) % base.len());
    }
    let s = score_links(&base, &update, &links, &answers);
    assert!(s.precision < 0.5, "{s:?}");
}

fn run(args: &[&str]) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_actionplan"))
        .current_dir(root())
        .args(args)
        .output()
        .expect("run actionplan");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8(out.stdout).expect("UTF-8"),
        String::from_utf8(out.stderr).expect("UTF-8"),
    )
}

#[test]
fn timeline_rows_say_what_changed_and_what_went() {
    let (out, _) = run(&[
        "history",
        "tests/data/updates/numbered-economy/base.md",
        "tests/data/updates/numbered-economy/update.md",
        "--timeline",
        "-f",
        "csv",
    ]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let headers = reader.headers().expect("header").clone();
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let (kind, action, changed, status) = (col("kind"), col("action"), col("changed"), col("status"));
    let find = |k: &str, text: &str| {
        rows.iter()
            .find(|r| &r[kind] == k && r[action].starts_with(text))
            .unwrap_or_else(|| panic!("no {k} row for {text}: {rows:?}"))
    };
    assert!(find("changed", "Submit a bid")[changed].contains("deadline"));
    assert!(find("changed", "Submit a bid")[changed].contains("action"));
    assert!(find("changed", "Run exit interviews")[changed].contains("lead"));
    assert_eq!(&find("changed", "Agree a pay and grading")[changed], "status");
    assert_eq!(&find("gone", "Publish the annual workforce report")[status], "complete");
    assert_eq!(&find("new", "Introduce a hybrid working")[changed], "");
    // Nothing both gone and new: every update action is new or continued once.
    let gone = rows.iter().filter(|r| &r[kind] == "gone").count();
    assert_eq!(gone, 2, "{rows:?}");
}

#[test]
fn explain_and_uncertain_links_are_visible() {
    let (out, err) = run(&[
        "history",
        "tests/data/updates/table-governance/base.html",
        "tests/data/updates/table-governance/update.html",
        "--explain",
    ]);
    assert!(err.contains("is new: best candidate"), "{err}");
    assert!(err.contains("continues"), "{err}");
    assert!(err.contains("text 1.00, recommendation 1.00"), "{err}");
    let records: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let reworded = records
        .iter()
        .find(|r| {
            r["action"]["text"]
                .as_str()
                .unwrap()
                .starts_with("Make sure every surveyor")
        })
        .expect("the reworded action");
    assert!(
        reworded["warnings"].to_string().contains("uncertain link"),
        "{reworded}"
    );
    let sure = records
        .iter()
        .filter(|r| r["lineage"]["score"].as_f64() == Some(1.0))
        .count();
    assert!(sure >= 4, "{records:?}");
}

#[test]
fn check_prints_precision_and_recall() {
    let (_, err) = run(&[
        "history",
        "tests/data/updates/labelled-partnership/base.md",
        "tests/data/updates/labelled-partnership/update.md",
        "--check",
        "tests/data/updates/labelled-partnership/links.json",
        "-o",
        "/dev/null",
    ]);
    assert!(
        err.contains("links: precision 1.000 (6/6), recall 1.000 (6/6)"),
        "{err}"
    );
}

#[test]
fn csv_records_end_with_the_lineage_columns() {
    let (out, _) = run(&[
        "history",
        "tests/data/updates/table-governance/base.html",
        "tests/data/updates/table-governance/update.html",
        "-f",
        "csv",
    ]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let headers = reader.headers().expect("header").clone();
    let n = headers.len();
    assert_eq!(
        headers.iter().skip(n - 3).collect::<Vec<_>>(),
        vec!["lineage_key", "lineage_since", "lineage_score"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 8 + 7, "the plan's 8 actions and the update's 7");
    assert!(rows.iter().all(|r| r.len() == n && !r[n - 3].is_empty()));
    assert!(
        rows[..8].iter().all(|r| r[n - 1].is_empty()),
        "a first appearance has no score"
    );
}

/// What changed, per linked action, is what the answer says changed (the
/// answer does not list progress notes, which change in every update).
#[test]
fn reference_pair_changed_fields_match_the_answer() {
    use actionplan::link::lineage::changed_fields;
    use actionplan::link::similarity::text_similarity;
    let base = extract(&root().join("fixtures/greyhaven-2024-07/source.html"));
    let update = extract(&root().join("fixtures/updates/greyhaven-2025-01/word.docx"));
    let answers = answers(&root().join("fixtures/updates/greyhaven-2025-01/links.json"));
    let links = link_pair(&base, &update, &LinkSettings::default());
    let mut checked = 0;
    for answer in answers.links.iter().filter(|a| a.base_action.is_some()) {
        let (u, _) = update
            .iter()
            .enumerate()
            .map(|(i, r)| (i, text_similarity(&r.action.text, &answer.update_action)))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .expect("records");
        let b = links[u].base.expect("linked");
        let mut ours: Vec<&str> = changed_fields(&base[b], &update[u])
            .into_iter()
            .filter(|f| *f != "progress")
            .map(|f| if f == "action" { "text" } else { f })
            .collect();
        ours.sort();
        let mut want: Vec<&str> = answer.changed.iter().map(String::as_str).collect();
        want.sort();
        assert_eq!(ours, want, "{}", answer.update_action);
        checked += 1;
    }
    assert_eq!(checked, 27);
}
