//! `schemas/record.schema.json` is the published contract: real output of
//! the CLI on every fixture must validate against it, and records that break
//! the contract must not.

use std::path::Path;
use std::process::Command;

use serde_json::{json, Value};

fn schema() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/record.schema.json");
    let text = std::fs::read_to_string(&path).expect("read the schema");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

fn errors(validator: &jsonschema::Validator, record: &Value) -> Vec<String> {
    validator
        .iter_errors(record)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

/// Every record the CLI writes for the fixtures, as JSON values.
fn fixture_records() -> Vec<Value> {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let out = Command::new(env!("CARGO_BIN_EXE_actionplan"))
        .arg("extract")
        .arg(&fixtures)
        .output()
        .expect("run actionplan");
    assert!(
        out.status.success(),
        "extract failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn real_output_of_every_fixture_validates() {
    let validator = schema();
    let records = fixture_records();
    assert!(records.len() > 300, "only {} records from the fixtures", records.len());
    for record in &records {
        let errs = errors(&validator, record);
        assert!(errs.is_empty(), "{errs:?}\nin record {record}");
    }
    // The output exercises the schema's branches, so the test means something.
    let kinds: std::collections::BTreeSet<&str> =
        records.iter().filter_map(|r| r["deadline"]["kind"].as_str()).collect();
    for kind in ["date", "range", "ongoing", "multiple", "none"] {
        assert!(
            kinds.contains(kind),
            "no {kind} deadline in the fixtures' output: {kinds:?}"
        );
    }
}

fn good_record() -> Value {
    json!({
        "schema_version": 2,
        "document": {"path": "plan.html", "url": null, "sha256": "0".repeat(64), "format": "html",
                     "council": "Harrow", "title": "Action plan", "date": "2024-12"},
        "recommendation": {"id": "1", "title": "Vision", "text": "Vision. More."},
        "action": {"id": null, "text": "Develop a vision."},
        "lead": [{"raw": "CEX", "name": "Chief Executive", "kind": "role"}],
        "deadline": {"raw": "By September 2024", "kind": "date", "start": null, "end": "2024-09-30", "parts": []},
        "status": null, "rag": "green", "progress": null,
        "location": {"page": null, "table": 1, "row": 2},
        "warnings": []
    })
}

#[test]
fn a_hand_written_record_validates() {
    let validator = schema();
    assert_eq!(errors(&validator, &good_record()), Vec::<String>::new());
    let mut linked = good_record();
    linked["lineage"] = json!({"key": "0a1b2c3d4e5f6a7b", "since": "plan.html", "score": 0.82});
    assert_eq!(errors(&validator, &linked), Vec::<String>::new());
}

/// `history` output (records with a lineage) keeps the contract.
#[test]
fn real_history_output_validates() {
    let validator = schema();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_actionplan"))
        .arg("history")
        .arg(root.join("fixtures/greyhaven-2024-07/seed.txt"))
        .arg(root.join("fixtures/updates/greyhaven-2025-01/seed.txt"))
        .output()
        .expect("run actionplan");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let records: Vec<Value> = String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert!(records.len() > 50, "{} records", records.len());
    assert!(records.iter().all(|r| r["lineage"]["key"].is_string()));
    assert!(records.iter().any(|r| r["lineage"]["score"].is_number()));
    for record in &records {
        let errs = errors(&validator, record);
        assert!(errs.is_empty(), "{errs:?}\nin record {record}");
    }
}

/// Changes a good record into one that breaks the contract.
type Breaker = Box<dyn Fn(&mut Value)>;

#[test]
fn records_that_break_the_contract_are_rejected() {
    let validator = schema();
    let broken: Vec<(&str, Breaker)> = vec![
        (
            "missing field",
            Box::new(|r| drop(r.as_object_mut().unwrap().remove("warnings"))),
        ),
        ("unknown field", Box::new(|r| r["extra"] = json!(1))),
        ("wrong version", Box::new(|r| r["schema_version"] = json!(1))),
        ("bad status", Box::new(|r| r["status"] = json!("done"))),
        ("bad rag", Box::new(|r| r["rag"] = json!("blue"))),
        ("bad owner kind", Box::new(|r| r["lead"][0]["kind"] = json!("team"))),
        ("bad date", Box::new(|r| r["deadline"]["end"] = json!("30/09/2024"))),
        (
            "date kind without end",
            Box::new(|r| r["deadline"]["end"] = json!(null)),
        ),
        (
            "multiple with one part",
            Box::new(|r| {
                let part = r["deadline"].clone();
                r["deadline"]["kind"] = json!("multiple");
                r["deadline"]["parts"] = json!([part]);
            }),
        ),
        ("page 0", Box::new(|r| r["location"]["page"] = json!(0))),
        (
            "lineage without key",
            Box::new(|r| r["lineage"] = json!({"since": "a.html", "score": 1.0})),
        ),
        (
            "lineage score above 1",
            Box::new(|r| r["lineage"] = json!({"key": "k", "since": "a.html", "score": 1.5})),
        ),
        ("empty action", Box::new(|r| r["action"]["text"] = json!(""))),
        ("short hash", Box::new(|r| r["document"]["sha256"] = json!("abc"))),
        (
            "document date as words",
            Box::new(|r| r["document"]["date"] = json!("December 2024")),
        ),
    ];
    for (what, breaks) in broken {
        let mut record = good_record();
        breaks(&mut record);
        assert!(!validator.is_valid(&record), "{what}: accepted {record}");
    }
}
