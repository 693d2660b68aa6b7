//! Spreadsheet trackers (issue 18): a workbook, its PDF print, its CSV
//! export and its .xls/.ods saves give the same records. The fixtures in
//! `tests/data/sheets/` are made by `make_fixtures.py` (the workbooks, by
//! hand-written XML) and `render.sh` (LibreOffice Calc's print, export and
//! saves).

mod common;

use std::path::PathBuf;

use common::{actionplan, records, stderr, write};
use serde_json::Value;

fn sheet(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/sheets")
        .join(name)
}

/// The fields a reader's container could change, per record.
#[derive(Debug, PartialEq, Clone)]
struct Key {
    rec_id: Option<String>,
    rec_title: Option<String>,
    action: String,
    lead: Vec<String>,
    deadline: (Value, Value, Value),
    status: Value,
    rag: Value,
}

fn keys(paths: &[PathBuf]) -> Vec<Key> {
    let mut args = vec!["extract".into()];
    args.extend(paths.iter().map(|p| p.as_os_str().to_owned()));
    let out = actionplan(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    records(&out).iter().map(key).collect()
}

fn key(r: &Value) -> Key {
    let s = |v: &Value| v.as_str().map(str::to_string);
    Key {
        rec_id: s(&r["recommendation"]["id"]),
        rec_title: s(&r["recommendation"]["title"]),
        action: r["action"]["text"].as_str().unwrap().to_string(),
        lead: r["lead"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["name"].as_str().unwrap().to_string())
            .collect(),
        deadline: (
            r["deadline"]["kind"].clone(),
            r["deadline"]["start"].clone(),
            r["deadline"]["end"].clone(),
        ),
        status: r["status"].clone(),
        rag: r["rag"].clone(),
    }
}

#[test]
fn the_tracker_workbook_reads_as_its_pdf_print_does() {
    let xlsx = keys(&[sheet("tracker.xlsx")]);
    let pdf = keys(&[sheet("tracker.pdf")]);
    assert_eq!(xlsx.len(), 7, "{xlsx:#?}");
    assert_eq!(xlsx, pdf);
    // Merged recommendation cells reach every action under them.
    assert_eq!(xlsx[1].rec_id.as_deref(), Some("1"));
    assert_eq!(xlsx[3].rec_id.as_deref(), Some("2"));
    // A serial date shown dd/mm/yyyy, and a text date.
    assert_eq!(xlsx[0].deadline.2, "2024-11-30");
    assert_eq!(xlsx[2].deadline.1, "2025-03-01");
    // RAG given only as fills.
    let rags: Vec<&str> = xlsx.iter().map(|k| k.rag.as_str().unwrap()).collect();
    assert_eq!(rags, ["green", "amber", "red", "green", "amber", "green", "green"]);
    // The closed-actions sheet reads like any other; the hidden row, column
    // and sheet, the title, the note and the key give nothing.
    assert_eq!(xlsx[5].status, "complete");
    for k in &xlsx {
        assert!(
            !k.action.contains("superseded") && !k.action.contains("working draft"),
            "{k:?}"
        );
        assert!(!k.action.contains("FIN-204") && !k.action.contains("Note:"), "{k:?}");
    }
}

#[test]
fn its_csv_export_gives_the_same_records_but_what_csv_cannot_carry() {
    let xlsx = keys(&[sheet("tracker.xlsx")]);
    let csv = keys(&[sheet("tracker-open.csv"), sheet("tracker-closed.csv")]);
    // A CSV export keeps hidden rows (Excel's and LibreOffice's both do)
    // and has no colours: the hidden row's action is there, RAG is not.
    let (hidden, shown): (Vec<Key>, Vec<Key>) = csv.into_iter().partition(|k| k.action.contains("superseded"));
    assert_eq!(hidden.len(), 1);
    let colourless: Vec<Key> = xlsx.into_iter().map(|k| Key { rag: Value::Null, ..k }).collect();
    assert_eq!(shown, colourless);
}

#[test]
fn its_ods_save_reads_as_the_workbook_and_its_xls_save_gives_the_values() {
    let xlsx = keys(&[sheet("tracker.xlsx")]);
    // .ods: hidden rows and columns, merges and fills from its content.xml.
    assert_eq!(keys(&[sheet("tracker.ods")]), xlsx);
    // .xls: calamine gives its values and merges, not its fills or hidden
    // rows (the reader's open checklist item).
    let colourless: Vec<Key> = xlsx.into_iter().map(|k| Key { rag: Value::Null, ..k }).collect();
    let xls: Vec<Key> = keys(&[sheet("tracker.xls")])
        .into_iter()
        .filter(|k| !k.action.contains("superseded"))
        .collect();
    assert_eq!(xls, colourless);
}

#[test]
fn the_blind_tracker_reads_start_and_end_dates_as_the_spec_says() {
    let got = keys(&[sheet("blind.xlsx")]);
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(sheet("blind.gold.json")).unwrap()).unwrap();
    let gold = gold["records"].as_array().unwrap();
    assert_eq!(got.len(), gold.len());
    for (k, g) in got.iter().zip(gold) {
        assert!(k.action.starts_with(g["action_text"].as_str().unwrap()), "{k:?}");
        assert_eq!(k.rec_id.as_deref(), g["recommendation_id"].as_str());
        assert_eq!(k.deadline.0, g["deadline"]["kind"], "{k:?}");
        assert_eq!(
            (&k.deadline.1, &k.deadline.2),
            (&g["deadline"]["start"], &g["deadline"]["end"]),
            "{k:?}"
        );
        assert_eq!(k.rag, g["rag"], "{k:?}");
    }
    // The CSV export of the same sheet (RAG in words there) reads the same.
    assert_eq!(keys(&[sheet("blind.csv")]), got);
}

#[test]
fn a_folder_walk_reads_workbooks_and_csv_but_not_its_own_output() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "tracker.xlsx",
        &std::fs::read(sheet("tracker.xlsx")).unwrap(),
    );
    write(dir.path(), "blind.csv", &std::fs::read(sheet("blind.csv")).unwrap());
    let out_file = dir.path().join("actions.csv");
    for _ in 0..2 {
        // The second run finds the first run's actions.csv in the folder.
        let out = actionplan(&[
            "extract".as_ref(),
            dir.path().as_os_str(),
            "-o".as_ref(),
            out_file.as_os_str(),
        ]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = std::fs::read_to_string(&out_file).unwrap();
        assert_eq!(text.lines().count(), 1 + 7 + 4, "{text}");
    }
}

#[test]
fn a_workbook_on_standard_input_is_sniffed() {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_actionplan"))
        .args(["extract", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let bytes = std::fs::read(sheet("tracker.xlsx")).unwrap();
    child.stdin.take().unwrap().write_all(&bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = records(&out);
    assert_eq!(recs.len(), 7);
    assert_eq!(recs[0]["document"]["format"], "spreadsheet");
}
