//! A plan's documents in the store: records identified by their lineage
//! key, so an action's versions continue from the plan to each update.
//!
//! The records of a plan share one lineage (`plan:` and the plan's name in
//! `records.lineage`). When a document of the plan is extracted, its
//! actions are linked ([`crate::link::link_pair`]) to the plan's live
//! records (those of the latest document applied): a linked action adds a
//! version to the record it continues (or none, if no compared field
//! changed), an unlinked one is a new record, and a live record no action
//! continues is gone, its tombstone keeping its last record (status and
//! all). So nothing is counted both gone and new.
//!
//! A document older (by its date) than the latest one applied is stored
//! but does not touch the records: re-reading the plan after its update
//! must not turn statuses back.

use std::collections::HashSet;

use rusqlite::params;

use super::identity::{fields_hash, identity};
use super::{insert_version, upsert_document, DocumentWrite, RecordCounts, RunId, Store, StoreError};
use crate::link::lineage::{continue_lineage, document_name};
use crate::link::{link_pair, LinkSettings};
use crate::record::{Lineage, Record};

/// The `records.lineage` value of a plan's records.
pub fn plan_lineage(plan: &str) -> String {
    format!("plan:{plan}")
}

/// One live record of a plan: identity, current version id, fields hash,
/// the record.
struct Live {
    identity: String,
    version: i64,
    hash: String,
    record: Record,
}

impl Store {
    /// Stores a newly extracted document of a plan and versions the plan's
    /// records (see the module documentation), in one transaction.
    pub fn apply_plan_extraction(
        &mut self,
        run: RunId,
        doc: &DocumentWrite<'_>,
        plan: &str,
        records: &[Record],
    ) -> Result<RecordCounts, StoreError> {
        let lineage = plan_lineage(plan);
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        upsert_document(&tx, run, doc)?;
        let live = live_records(&tx, doc.council, &lineage)?;
        let mut counts = RecordCounts::default();
        let date = records.iter().find_map(|r| r.document.date.clone());
        let latest = live.iter().filter_map(|l| l.record.document.date.clone()).max();
        if let (Some(d), Some(l)) = (&date, &latest) {
            if d < l {
                tracing::info!(
                    "{}: dated {d}, older than the plan's latest ({l}): records left as they are",
                    doc.url
                );
                tx.commit()?;
                return Ok(counts);
            }
        }
        let base: Vec<Record> = live.iter().map(|l| l.record.clone()).collect();
        let mut update = records.to_vec();
        let settings = LinkSettings::default();
        let links = link_pair(&base, &update, &settings);
        continue_lineage(&base, &mut update, &links, &settings);
        // Identities in use in this plan: a new action must not take one.
        let mut taken: HashSet<String> = live.iter().map(|l| l.identity.clone()).collect();
        let mut continued = HashSet::new();
        for (position, (record, link)) in update.iter_mut().zip(&links).enumerate() {
            let (id, old) = match link.base {
                Some(b) => {
                    continued.insert(b);
                    (live[b].identity.clone(), Some(&live[b]))
                }
                None => {
                    let id = fresh_identity(&tx, doc.council, &lineage, doc.url, record, &taken)?;
                    taken.insert(id.clone());
                    (id, None)
                }
            };
            record.lineage = Some(Lineage {
                key: id.clone(),
                since: match old {
                    Some(o) => o
                        .record
                        .lineage
                        .as_ref()
                        .map_or_else(|| document_name(&o.record), |l| l.since.clone()),
                    None => doc.url.to_string(),
                },
                score: record.lineage.as_ref().and_then(|l| l.score),
            });
            let hash = fields_hash(record);
            let json = serde_json::to_string(record)?;
            match old {
                Some(o) if o.hash == hash => {
                    tx.execute(
                        "UPDATE record_versions SET record_json = ?2, position = ?3 WHERE id = ?1",
                        params![o.version, json, position as i64],
                    )?;
                    counts.unchanged += 1;
                }
                Some(o) => {
                    tx.execute(
                        "UPDATE record_versions SET superseded_run = ?2 WHERE id = ?1",
                        params![o.version, run],
                    )?;
                    insert_version(&tx, &id, run, false, Some(&hash), Some(position), Some(&json))?;
                    counts.changed += 1;
                }
                None => {
                    tx.execute(
                        "INSERT INTO records (identity, council, lineage, first_run) VALUES (?1, ?2, ?3, ?4)",
                        params![id, doc.council, lineage, run],
                    )?;
                    insert_version(&tx, &id, run, false, Some(&hash), Some(position), Some(&json))?;
                    counts.new += 1;
                }
            }
        }
        for (b, l) in live.iter().enumerate() {
            if !continued.contains(&b) {
                tx.execute(
                    "UPDATE record_versions SET superseded_run = ?2 WHERE id = ?1",
                    params![l.version, run],
                )?;
                // The tombstone keeps the last record: gone, with its last status.
                let json = serde_json::to_string(&l.record)?;
                insert_version(&tx, &l.identity, run, true, None, None, Some(&json))?;
                counts.gone += 1;
            }
        }
        tx.commit()?;
        Ok(counts)
    }

    /// How many live records a council's plan has.
    pub fn live_plan_records(&self, council: &str, plan: &str) -> Result<usize, StoreError> {
        self.live_records(council, &plan_lineage(plan))
    }
}

/// The live records of a plan, in document order.
fn live_records(tx: &rusqlite::Transaction<'_>, council: &str, lineage: &str) -> Result<Vec<Live>, StoreError> {
    let mut stmt = tx.prepare(
        "SELECT r.identity, v.id, v.fields_hash, v.record_json FROM records r
         JOIN record_versions v ON v.id = r.current_version
         WHERE r.council = ?1 AND r.lineage = ?2 AND v.gone = 0 ORDER BY v.position, v.id",
    )?;
    let rows = stmt.query_map([council, lineage], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, Option<String>>(3)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (identity, version, hash, json) = row?;
        if let Some(json) = json {
            out.push(Live {
                identity,
                version,
                hash: hash.unwrap_or_default(),
                record: serde_json::from_str(&json)?,
            });
        }
    }
    Ok(out)
}

/// A new record's identity: council, plan, the document it first appears
/// in, its recommendation and action (see [`identity`]), made unique
/// against the plan's identities in use and every identity stored.
fn fresh_identity(
    tx: &rusqlite::Transaction<'_>,
    council: &str,
    lineage: &str,
    url: &str,
    record: &Record,
    taken: &HashSet<String>,
) -> Result<String, StoreError> {
    let scope = format!("{lineage}\u{1f}{url}");
    for n in 1.. {
        let id = identity(council, &scope, record, n);
        let stored: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM records WHERE identity = ?1)",
            [&id],
            |r| r.get(0),
        )?;
        if !taken.contains(&id) && !stored {
            return Ok(id);
        }
    }
    unreachable!("an unbounded search ends")
}
