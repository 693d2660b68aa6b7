//! A record's identity across refreshes, and the fields compared between
//! versions.
//!
//! An action keeps its identity while its council, its document lineage (the
//! URL the sources file names or the page links to), its recommendation id
//! and its action id (or, where it has none, its normalised text) stay the
//! same, so a moved deadline or a new status is a change to one record, not
//! a record gone and another new.

use sha2::{Digest, Sha256};

use crate::record::{Deadline, Record};

/// The identity of a record: a hex hash of council, lineage, recommendation
/// id and action id or normalised action text. `occurrence` (1-based)
/// separates identical actions within one document.
pub fn identity(council: &str, lineage: &str, record: &Record, occurrence: usize) -> String {
    let rec_id = record
        .recommendation
        .as_ref()
        .and_then(|r| r.id.as_deref())
        .unwrap_or("")
        .trim()
        .to_lowercase();
    let action = match record.action.id.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(id) => format!("id:{}", id.to_lowercase()),
        None => format!("text:{}", normalise_text(&record.action.text)),
    };
    let mut key = format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}",
        council.trim().to_lowercase(),
        lineage.trim(),
        rec_id,
        action
    );
    if occurrence > 1 {
        key.push_str(&format!("\u{1f}#{occurrence}"));
    }
    hex(&Sha256::digest(key.as_bytes()))[..32].to_string()
}

/// Text reduced to lower-case letters and digits separated by single
/// spaces: punctuation, bullets, case and spacing do not change identity.
pub fn normalise_text(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The fields a change is reported in, as printable values (None = empty):
/// action text, recommendation, lead, deadline, status, RAG, progress.
/// Provenance (path, sha256, location) and warnings are not compared.
pub fn comparable_fields(record: &Record) -> Vec<(&'static str, Option<String>)> {
    let lead = record
        .lead
        .iter()
        .map(|o| o.name.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    vec![
        ("action", Some(record.action.text.clone())),
        (
            "recommendation",
            record
                .recommendation
                .as_ref()
                .and_then(|r| r.text.clone().or_else(|| r.title.clone())),
        ),
        ("lead", (!lead.is_empty()).then_some(lead)),
        ("deadline", deadline_value(&record.deadline)),
        ("status", record.status.map(|s| enum_name(&s))),
        ("rag", record.rag.map(|r| enum_name(&r))),
        ("progress", record.progress.clone()),
    ]
}

/// A hash of [`comparable_fields`]: equal hashes, no change to report.
pub fn fields_hash(record: &Record) -> String {
    let text = serde_json::to_string(&comparable_fields(record)).expect("strings serialise");
    hex(&Sha256::digest(text.as_bytes()))[..32].to_string()
}

/// "May-24 [2024-05-01..2024-05-31]", "Ongoing [ongoing]", or None.
fn deadline_value(d: &Deadline) -> Option<String> {
    let period = match (d.start, d.end) {
        (None, None) => enum_name(&d.kind),
        (s, e) => format!(
            "{}..{}",
            s.map(|d| d.to_string()).unwrap_or_default(),
            e.map(|d| d.to_string()).unwrap_or_default()
        ),
    };
    match &d.raw {
        Some(raw) => Some(format!("{raw} [{period}]")),
        None if period == "none" => None,
        None => Some(format!("[{period}]")),
    }
}

/// The serde name of a unit enum value ("in_progress").
fn enum_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::*;

    fn rec(rec_id: Option<&str>, action_id: Option<&str>, text: &str) -> Record {
        Record {
            schema_version: SCHEMA_VERSION,
            document: DocumentInfo::default(),
            recommendation: rec_id.map(|id| Recommendation {
                id: Some(id.into()),
                title: None,
                text: None,
            }),
            action: Action {
                id: action_id.map(str::to_string),
                text: text.into(),
            },
            lead: vec![],
            deadline: Deadline::none(),
            status: None,
            rag: None,
            progress: None,
            location: Location::default(),
            warnings: vec![],
            lineage: None,
        }
    }

    #[test]
    fn identity_ignores_spacing_case_and_punctuation_of_the_text() {
        let a = identity(
            "Harrow",
            "https://h/plan.html",
            &rec(Some("1"), None, "Agree the plan."),
            1,
        );
        let b = identity(
            "harrow ",
            "https://h/plan.html",
            &rec(Some("1"), None, "•  agree THE plan"),
            1,
        );
        assert_eq!(a, b);
        assert_eq!(a.len(), 32);
    }

    #[test]
    fn identity_separates_what_should_be_separate() {
        let base = identity("Harrow", "u", &rec(Some("1"), None, "Agree the plan"), 1);
        assert_ne!(base, identity("Brent", "u", &rec(Some("1"), None, "Agree the plan"), 1));
        assert_ne!(
            base,
            identity("Harrow", "v", &rec(Some("1"), None, "Agree the plan"), 1)
        );
        assert_ne!(
            base,
            identity("Harrow", "u", &rec(Some("2"), None, "Agree the plan"), 1)
        );
        assert_ne!(base, identity("Harrow", "u", &rec(Some("1"), None, "Agree a plan"), 1));
        assert_ne!(
            base,
            identity("Harrow", "u", &rec(Some("1"), None, "Agree the plan"), 2)
        );
    }

    #[test]
    fn an_action_id_keeps_identity_when_the_text_changes() {
        let a = identity("H", "u", &rec(Some("1"), Some("1.2"), "Agree the plan"), 1);
        let b = identity("H", "u", &rec(Some("1"), Some("1.2"), "Agree the revised plan"), 1);
        assert_eq!(a, b);
    }

    #[test]
    fn fields_hash_ignores_provenance_but_not_deadlines() {
        let a = rec(Some("1"), None, "Agree the plan");
        let mut moved = a.clone();
        moved.document.sha256 = "ff".into();
        moved.location.row = Some(9);
        moved.warnings.push("x".into());
        assert_eq!(fields_hash(&a), fields_hash(&moved));
        moved.deadline = Deadline {
            raw: Some("May-24".into()),
            kind: DeadlineKind::Date,
            start: chrono::NaiveDate::from_ymd_opt(2024, 5, 1),
            end: chrono::NaiveDate::from_ymd_opt(2024, 5, 31),
            parts: vec![],
        };
        assert_ne!(fields_hash(&a), fields_hash(&moved));
        let fields = comparable_fields(&moved);
        assert!(fields.contains(&("deadline", Some("May-24 [2024-05-01..2024-05-31]".into()))));
    }
}
