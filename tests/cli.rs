//! The command line as a user meets it: exit codes, errors that name the
//! file, nothing lost when one input is bad, every output format.

use std::path::Path;
use std::process::{Command, Output};

fn actionplan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_actionplan"))
        .args(args)
        .output()
        .expect("run actionplan")
}

fn fixture(rel: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(rel)
        .display()
        .to_string()
}

fn stdout_lines(out: &Output) -> usize {
    String::from_utf8_lossy(&out.stdout).lines().count()
}

#[test]
fn bad_usage_exits_2() {
    assert_eq!(actionplan(&["extract"]).status.code(), Some(2));
    assert_eq!(actionplan(&["nonsense"]).status.code(), Some(2));
    assert_eq!(actionplan(&["extract", "x", "-f", "xml"]).status.code(), Some(2));
}

#[test]
fn help_teaches_with_examples() {
    let out = actionplan(&["extract", "--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("Examples"), "{help}");
    assert!(help.contains("--format"), "{help}");
}

#[test]
fn a_bad_input_is_named_and_the_good_ones_still_written() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.html");
    std::fs::write(&empty, "").unwrap();
    let missing = dir.path().join("missing.txt");
    let errors = dir.path().join("errors.jsonl");
    let good = fixture("harrow-2023/source.html");
    let out = actionplan(&[
        "extract",
        empty.to_str().unwrap(),
        &good,
        missing.to_str().unwrap(),
        "--errors",
        errors.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("empty.html"), "{stderr}");
    assert!(stderr.contains("missing.txt"), "{stderr}");
    assert_eq!(stdout_lines(&out), 14, "all of Harrow's records are still written");
    let failed = std::fs::read_to_string(&errors).unwrap();
    assert_eq!(failed.lines().count(), 2, "{failed}");
    for line in failed.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["path"].is_string() && v["stage"].is_string() && v["error"].is_string());
    }
}

#[test]
fn output_order_is_input_order_whatever_the_threads() {
    let a = fixture("harrow-2023/seed.txt");
    let b = fixture("havering-2019/source.html");
    let one = actionplan(&["extract", &a, &b, "-j", "1"]);
    let many = actionplan(&["extract", &a, &b, "-j", "4"]);
    assert_eq!(one.stdout, many.stdout);
    let first: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&one.stdout).lines().next().unwrap()).unwrap();
    assert!(first["document"]["path"]
        .as_str()
        .unwrap()
        .ends_with("harrow-2023/seed.txt"));
}

#[test]
fn csv_output_to_a_file_has_the_contract_columns() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("out.csv");
    let out = actionplan(&[
        "extract",
        &fixture("harrow-2023/source.html"),
        "-o",
        csv.to_str().unwrap(),
        "--bom",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with("\u{feff}document_path,document_url,council".as_bytes()));
    assert!(String::from_utf8_lossy(&bytes).contains("\r\n"));
}

#[test]
fn a_folder_is_walked_and_json_is_an_array() {
    let out = actionplan(&["extract", &fixture("harrow-2023"), "-f", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v.as_array().unwrap().len(),
        98,
        "seed.txt, source.html, word.docx, word.odt, word.pdf, browser.pdf and borderless.pdf, 14 each"
    );
}

#[test]
fn council_override_wins() {
    let out = actionplan(&["extract", &fixture("harrow-2023/seed.txt"), "--council", "Testshire"]);
    let first: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&out.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(first["document"]["council"], "Testshire");
}

#[test]
fn eval_scores_extracted_records() {
    let dir = tempfile::tempdir().unwrap();
    let recs = dir.path().join("r.jsonl");
    let out = actionplan(&[
        "extract",
        &fixture("harrow-2023/source.html"),
        "-o",
        recs.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let out = actionplan(&["eval", &fixture("harrow-2023/gold.json"), recs.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("F1=1.00"), "{text}");
}
