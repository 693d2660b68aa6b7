//! A report's input from a store: the current records, and the changes
//! since a date, read through the store's public queries.

use std::collections::{HashMap, HashSet};

use super::history::{FailedDocument, HistorySummary};
use super::ReportError;
use crate::record::Record;
use crate::store::changes::ChangeKind;
use crate::store::Store;

/// The current records of `store` and what changed in runs started at or
/// after `since` ("YYYY-MM-DD" or RFC 3339, UTC; everything when None).
pub fn read_store(store: &Store, since: Option<&str>) -> Result<(Vec<Record>, HistorySummary), ReportError> {
    let records = store.current_records()?;
    let changes = store.changes(since)?;
    // The action text of each changed record, from its latest version.
    let mut actions = HashMap::new();
    let mut asked = HashSet::new();
    for c in changes.iter().filter(|c| c.kind == ChangeKind::Changed) {
        if asked.insert(c.identity.clone()) {
            let versions = store.history(&c.identity)?;
            if let Some(text) = versions.iter().rev().find_map(|v| v.record.as_ref()) {
                actions.insert(c.identity.clone(), text.action.text.clone());
            }
        }
    }
    let failed = failed_documents(store)?;
    Ok((
        records,
        HistorySummary::of(&changes, &actions, failed, since.map(str::to_string)),
    ))
}

/// Documents whose last fetch or extraction failed (a success clears the
/// error).
pub fn failed_documents(store: &Store) -> Result<Vec<FailedDocument>, ReportError> {
    let mut stmt = store
        .connection()
        .prepare("SELECT council, url, last_error FROM documents WHERE last_error IS NOT NULL ORDER BY council, url")
        .map_err(crate::store::StoreError::from)?;
    let rows = stmt
        .query_map([], |r| {
            Ok(FailedDocument {
                council: r.get(0)?,
                url: r.get(1)?,
                error: r.get(2)?,
            })
        })
        .map_err(crate::store::StoreError::from)?;
    let mut out = Vec::new();
    for row in rows {
        out.push(row.map_err(crate::store::StoreError::from)?);
    }
    Ok(out)
}
