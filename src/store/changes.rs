//! What changed between runs, derived from record versions.
//!
//! Each version after an identity's first is compared with the one before:
//! a first version (or one after a tombstone) is `new`, a tombstone is
//! `gone`, anything else is `changed`, one [`Change`] per compared field
//! that differs (deadline moved, status changed, owner changed, text
//! changed...).

use rusqlite::params;
use serde::Serialize;

use super::identity::comparable_fields;
use super::{RunId, Store, StoreError};
use crate::record::Record;

/// Column order of the CSV form of changes.
pub const CHANGE_COLUMNS: &[&str] = &[
    "council",
    "identity",
    "kind",
    "field",
    "old",
    "new",
    "run_time",
    "run",
    "document_url",
];

/// What happened to a record in a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// It appeared.
    New,
    /// It left its document.
    Gone,
    /// A compared field differs from the version before.
    Changed,
}

impl ChangeKind {
    /// "new", "gone" or "changed".
    pub fn name(self) -> &'static str {
        match self {
            ChangeKind::New => "new",
            ChangeKind::Gone => "gone",
            ChangeKind::Changed => "changed",
        }
    }
}

/// One line of `actionplan changes`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The council.
    pub council: String,
    /// The record's identity (see [`super::identity::identity`]).
    pub identity: String,
    /// New, gone or changed.
    pub kind: ChangeKind,
    /// The field that changed (changed only): action, recommendation, lead,
    /// deadline, status, rag, progress.
    pub field: Option<String>,
    /// The value before (changed), or the action text (gone).
    pub old: Option<String>,
    /// The value after (changed), or the action text (new).
    pub new: Option<String>,
    /// When the run that saw it started (RFC 3339, UTC).
    pub run_time: String,
    /// The run's id.
    pub run: RunId,
    /// The document the record is in.
    pub document_url: String,
}

impl Change {
    /// The CSV row, in [`CHANGE_COLUMNS`] order.
    pub fn csv_row(&self) -> Vec<String> {
        vec![
            self.council.clone(),
            self.identity.clone(),
            self.kind.name().to_string(),
            self.field.clone().unwrap_or_default(),
            self.old.clone().unwrap_or_default(),
            self.new.clone().unwrap_or_default(),
            self.run_time.clone(),
            self.run.to_string(),
            self.document_url.clone(),
        ]
    }
}

impl Store {
    /// Every change in runs started at or after `since` (RFC 3339 or a
    /// date "YYYY-MM-DD", compared as text in UTC), oldest first.
    pub fn changes(&self, since: Option<&str>) -> Result<Vec<Change>, StoreError> {
        let mut stmt = self.connection().prepare(
            "SELECT r.council, v.identity, r.lineage, v.valid_from_run, runs.started_at, v.gone, v.record_json,
                    (SELECT p.record_json FROM record_versions p
                      WHERE p.identity = v.identity AND p.id < v.id ORDER BY p.id DESC LIMIT 1)
             FROM record_versions v
             JOIN records r ON r.identity = v.identity
             JOIN runs ON runs.id = v.valid_from_run
             WHERE ?1 IS NULL OR runs.started_at >= ?1
             ORDER BY v.valid_from_run, r.council, r.lineage, v.position, v.id",
        )?;
        let rows = stmt.query_map(params![since], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, RunId>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, bool>(5)?,
                r.get::<_, Option<String>>(6)?,
                r.get::<_, Option<String>>(7)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (council, identity, document_url, run, run_time, gone, json, prev_json) = row?;
            let record: Option<Record> = json.map(|j| serde_json::from_str(&j)).transpose()?;
            let prev: Option<Record> = prev_json.map(|j| serde_json::from_str(&j)).transpose()?;
            // The document the version came from (a plan's records move
            // from document to document); the lineage where none is known.
            let document_url = record
                .as_ref()
                .filter(|_| !gone)
                .or(prev.as_ref())
                .map_or(document_url, |r| r.document.path.clone());
            let change = |kind, field: Option<&str>, old: Option<String>, new: Option<String>| Change {
                council: council.clone(),
                identity: identity.clone(),
                kind,
                field: field.map(str::to_string),
                old,
                new,
                run_time: run_time.clone(),
                run,
                document_url: document_url.clone(),
            };
            match (gone, record, prev) {
                (true, _, prev) => out.push(change(ChangeKind::Gone, None, prev.map(|p| p.action.text), None)),
                (false, Some(r), None) => out.push(change(ChangeKind::New, None, None, Some(r.action.text))),
                (false, Some(r), Some(p)) => {
                    for ((field, new), (_, old)) in comparable_fields(&r).into_iter().zip(comparable_fields(&p)) {
                        if new != old {
                            out.push(change(ChangeKind::Changed, Some(field), old, new));
                        }
                    }
                }
                (false, None, _) => {}
            }
        }
        Ok(out)
    }
}
