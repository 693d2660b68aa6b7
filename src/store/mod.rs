//! The embedded SQLite store behind `refresh`, `changes` and `export`.
//!
//! It remembers, per document, what was last fetched (validators for
//! conditional GETs, the sha256 of the bytes last extracted) and, per action,
//! every version seen: a record's identity (see [`identity`]) has one row in
//! `records` and a row in `record_versions` each time its compared fields
//! change, with the run it appeared in and the run that superseded it. A
//! record that leaves its document gets a tombstone version. So the history
//! of any action across refreshes is a query, and [`Store::changes`] derives
//! new / changed / gone from it.
//!
//! Everything written for one document is one transaction: a crash part way
//! through a run leaves each document either fully updated or as it was.

pub mod changes;
pub mod identity;
pub mod plan;
pub mod schema;

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::time::Duration;

use rusqlite::{params, Connection, OptionalExtension};

use crate::fetch::Validators;
use crate::record::Record;
use crate::sources::Source;

pub use changes::{Change, ChangeKind};

/// Why the store could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite refused (the command line names the database file).
    #[error("{0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A stored record no longer parses.
    #[error("database holds a record that does not parse: {0}")]
    Json(#[from] serde_json::Error),
    /// The database was written by a newer actionplan.
    #[error(
        "the database is at schema version {found}, newer than this actionplan knows ({known}); upgrade actionplan"
    )]
    TooNew {
        /// The database's `user_version`.
        found: u32,
        /// The last version this build can migrate to.
        known: u32,
    },
    /// The database holds tables but not an actionplan store's: another
    /// program's file, which must not get our tables added to it.
    #[error("not an actionplan store ({detail}); give --db a store `actionplan refresh` made")]
    Foreign {
        /// What it holds instead ("it has tables of its own: …", "it is empty").
        detail: String,
    },
    /// A reading command found a store too old for its queries, which only
    /// `refresh` may migrate.
    #[error("the store is at schema version {found}, older than this actionplan's ({known}); run `actionplan refresh` on it once to upgrade it")]
    TooOld {
        /// The database's `user_version`.
        found: u32,
        /// The version this build reads.
        known: u32,
    },
}

/// The id of one refresh run.
pub type RunId = i64;

/// What the store knows about a document or page from earlier runs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoredDocument {
    /// Validators to send with the next request.
    pub validators: Validators,
    /// sha256 of the bytes last extracted (documents) or read (pages).
    pub sha256: Option<String>,
    /// For pages: the links found when the page last changed.
    pub links: Vec<String>,
    /// The actionplan version that last extracted it: a new version
    /// extracts unchanged bytes again, since it may read them better.
    pub extractor: Option<String>,
}

/// The version written with each extraction (see [`StoredDocument::extractor`]).
pub const EXTRACTOR_VERSION: &str = env!("CARGO_PKG_VERSION");

/// A document's details to record with its records.
#[derive(Debug, Clone)]
pub struct DocumentWrite<'a> {
    /// The URL as listed or linked: the lineage of its records.
    pub url: &'a str,
    /// The council.
    pub council: &'a str,
    /// The sources-file entry's URL.
    pub source_url: &'a str,
    /// The URL after redirects.
    pub final_url: &'a str,
    /// sha256 of the bytes.
    pub sha256: &'a str,
    /// Validators from the response.
    pub validators: &'a Validators,
}

/// How a document's records compare with the versions stored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RecordCounts {
    /// Identities not live before.
    pub new: usize,
    /// Identities whose compared fields changed.
    pub changed: usize,
    /// Identities whose compared fields are the same.
    pub unchanged: usize,
    /// Identities live before and absent now.
    pub gone: usize,
}

/// A run's totals, stored in `runs`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunTotals {
    /// Sources in this run's share.
    pub sources: usize,
    /// Documents and pages downloaded (200).
    pub fetched: usize,
    /// Documents and pages the server said were unchanged (304).
    pub not_modified: usize,
    /// Downloads whose bytes matched the stored sha256: not extracted again.
    pub unchanged: usize,
    /// Documents extracted.
    pub extracted: usize,
    /// Sources or documents that failed.
    pub failed: usize,
    /// Record counts over all extracted documents.
    pub records: RecordCounts,
}

/// The one-line summary a refresh prints: "5 sources; 7 fetched, …".
impl std::fmt::Display for RunTotals {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} sources; {} fetched, {} not modified, {} unchanged, {} extracted, {} failed; \
             records {} new, {} changed, {} gone, {} unchanged",
            self.sources,
            self.fetched,
            self.not_modified,
            self.unchanged,
            self.extracted,
            self.failed,
            self.records.new,
            self.records.changed,
            self.records.gone,
            self.records.unchanged
        )
    }
}

/// One version of a record, as [`Store::history`] returns it.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordVersion {
    /// The run it appeared in.
    pub valid_from_run: RunId,
    /// The run that replaced it, if any.
    pub superseded_run: Option<RunId>,
    /// A tombstone: the record left its document in `valid_from_run`.
    pub gone: bool,
    /// The record (None for a tombstone).
    pub record: Option<Record>,
}

/// An open store.
pub struct Store {
    conn: Connection,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").finish_non_exhaustive()
    }
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl Store {
    /// Opens (creating if need be) a store file and brings its schema up to
    /// date. WAL mode and a busy timeout let workers on one machine share it.
    /// A database from a newer actionplan is refused before anything in it
    /// is changed.
    /// Another program's database (tables, none of ours) is refused too.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(60))?;
        schema::check_version(&conn, schema::MIGRATIONS)?;
        schema::check_ours(&conn)?;
        conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
        Store::setup(conn)
    }

    /// Opens an existing store for reading only (`export`, `changes`):
    /// nothing is written, not even the switch to WAL, so a store the user
    /// may only read will do; a database that is not an actionplan store,
    /// one from a newer actionplan, or one older than
    /// [`schema::READABLE_FROM`] is refused. Nothing is migrated.
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        use rusqlite::OpenFlags;
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(path, flags)?;
        conn.busy_timeout(Duration::from_secs(60))?;
        // A WAL store in a folder the user cannot write has no -shm file to
        // share and cannot make one: read it as an immutable file instead
        // (safe, since whoever may not write here cannot be writing it).
        let conn = match conn.query_row("PRAGMA user_version", [], |r| r.get::<_, u32>(0)) {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if matches!(e.code, rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly) =>
            {
                match std::path::absolute(path)
                    .ok()
                    .and_then(|p| url::Url::from_file_path(p).ok())
                {
                    Some(u) => {
                        let c = Connection::open_with_flags(format!("{u}?immutable=1"), flags)?;
                        c.busy_timeout(Duration::from_secs(60))?;
                        c
                    }
                    None => conn,
                }
            }
            _ => conn,
        };
        let known = schema::MIGRATIONS.len() as u32;
        let found = schema::check_version(&conn, schema::MIGRATIONS)?;
        schema::check_ours(&conn)?;
        if found == 0 {
            return Err(StoreError::Foreign {
                detail: "it is empty".into(),
            });
        }
        if found < schema::READABLE_FROM {
            return Err(StoreError::TooOld { found, known });
        }
        Ok(Store { conn })
    }

    /// A store in memory, for tests and one-off runs.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Store::setup(Connection::open_in_memory()?)
    }

    fn setup(mut conn: Connection) -> Result<Store, StoreError> {
        conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")?;
        schema::migrate(&mut conn, schema::MIGRATIONS)?;
        Ok(Store { conn })
    }

    /// The latest run's id, if any run was made.
    pub fn last_run(&self) -> Result<Option<RunId>, StoreError> {
        Ok(self.conn.query_row("SELECT max(id) FROM runs", [], |r| r.get(0))?)
    }

    /// The schema version (`PRAGMA user_version`).
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Starts a run; `shard` is recorded as given ("2/4").
    pub fn begin_run(&mut self, shard: Option<&str>) -> Result<RunId, StoreError> {
        self.conn.execute(
            "INSERT INTO runs (started_at, shard) VALUES (?1, ?2)",
            params![now(), shard],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Records a run's end and totals.
    pub fn finish_run(&mut self, run: RunId, t: &RunTotals) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE runs SET finished_at = ?2, sources = ?3, fetched = ?4, not_modified = ?5, unchanged = ?6,
             extracted = ?7, failed = ?8, records_new = ?9, records_changed = ?10, records_gone = ?11 WHERE id = ?1",
            params![
                run,
                now(),
                t.sources as i64,
                t.fetched as i64,
                t.not_modified as i64,
                t.unchanged as i64,
                t.extracted as i64,
                t.failed as i64,
                t.records.new as i64,
                t.records.changed as i64,
                t.records.gone as i64
            ],
        )?;
        Ok(())
    }

    /// Notes that a source was in this run.
    pub fn upsert_source(&mut self, run: RunId, source: &Source) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO sources (council, url, kind, first_run, last_run) VALUES (?1, ?2, ?3, ?4, ?4)
             ON CONFLICT (council, url) DO UPDATE SET last_run = excluded.last_run, kind = excluded.kind",
            params![source.council, source.location(), source.kind().name(), run],
        )?;
        Ok(())
    }

    /// What is stored about a council's document or page URL.
    pub fn document(&self, council: &str, url: &str) -> Result<Option<StoredDocument>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT etag, last_modified, sha256, links, extractor FROM documents WHERE council = ?1 AND url = ?2",
                [council, url],
                |r| {
                    Ok((
                        r.get::<_, Option<String>>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, Option<String>>(4)?,
                    ))
                },
            )
            .optional()?;
        Ok(match row {
            None => None,
            Some((etag, last_modified, sha256, links, extractor)) => Some(StoredDocument {
                extractor,
                validators: Validators { etag, last_modified },
                sha256,
                links: match links {
                    Some(l) => serde_json::from_str(&l)?,
                    None => Vec::new(),
                },
            }),
        })
    }

    /// Notes a check that needed no extraction: a 304, or bytes equal to
    /// those last extracted (then `validators` are the new ones to keep).
    pub fn note_checked(
        &mut self,
        run: RunId,
        council: &str,
        url: &str,
        validators: Option<&Validators>,
    ) -> Result<(), StoreError> {
        let t = now();
        match validators {
            Some(v) => self.conn.execute(
                "UPDATE documents SET checked_at = ?2, fetched_at = ?2, last_run = ?3, last_error = NULL,
                 etag = ?4, last_modified = ?5 WHERE url = ?1 AND council = ?6",
                params![url, t, run, v.etag, v.last_modified, council],
            )?,
            None => self.conn.execute(
                "UPDATE documents SET checked_at = ?2, last_run = ?3, last_error = NULL WHERE url = ?1 AND council = ?4",
                params![url, t, run, council],
            )?,
        };
        Ok(())
    }

    /// Notes a failure on a document already known (new ones are not added).
    pub fn note_error(&mut self, run: RunId, council: &str, url: &str, error: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE documents SET checked_at = ?2, last_run = ?3, last_error = ?4 WHERE url = ?1 AND council = ?5",
            params![url, now(), run, error, council],
        )?;
        Ok(())
    }

    /// Stores a page's download and the links found on it.
    pub fn save_page(
        &mut self,
        run: RunId,
        doc: &DocumentWrite<'_>,
        links: &[String],
        changed: bool,
    ) -> Result<(), StoreError> {
        let t = now();
        self.conn.execute(
            "INSERT INTO documents (url, kind, council, source_url, final_url, sha256, etag, last_modified, links,
                                    fetched_at, changed_at, checked_at, last_run)
             VALUES (?1, 'page', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?9, ?10)
             ON CONFLICT (council, url) DO UPDATE SET final_url = excluded.final_url, sha256 = excluded.sha256,
                etag = excluded.etag, last_modified = excluded.last_modified, links = excluded.links,
                fetched_at = excluded.fetched_at, checked_at = excluded.checked_at, last_run = excluded.last_run,
                changed_at = CASE WHEN ?11 THEN excluded.changed_at ELSE documents.changed_at END, last_error = NULL",
            params![
                doc.url,
                doc.council,
                doc.source_url,
                doc.final_url,
                doc.sha256,
                doc.validators.etag,
                doc.validators.last_modified,
                serde_json::to_string(links)?,
                t,
                run,
                changed
            ],
        )?;
        Ok(())
    }

    /// Stores a newly extracted document and its records, in one
    /// transaction: records whose compared fields changed get a new version,
    /// new identities are added, and identities of this lineage that are no
    /// longer in the document get a tombstone.
    pub fn apply_extraction(
        &mut self,
        run: RunId,
        doc: &DocumentWrite<'_>,
        records: &[Record],
    ) -> Result<RecordCounts, StoreError> {
        // Immediate: take the write lock up front, so workers sharing the
        // file wait their turn (busy timeout) instead of failing to upgrade.
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        upsert_document(&tx, run, doc)?;
        // The live versions of this lineage: identity -> (version id, hash).
        let mut live: HashMap<String, (i64, String)> = HashMap::new();
        {
            let mut stmt = tx.prepare(
                "SELECT r.identity, v.id, v.fields_hash FROM records r JOIN record_versions v ON v.id = r.current_version
                 WHERE r.council = ?1 AND r.lineage = ?2 AND v.gone = 0",
            )?;
            let rows = stmt.query_map([doc.council, doc.url], |r| {
                Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?))
            })?;
            for row in rows {
                let (id, vid, hash) = row?;
                live.insert(id, (vid, hash));
            }
        }
        let mut counts = RecordCounts::default();
        let mut seen: HashSet<String> = HashSet::new();
        let mut occurrences: HashMap<String, usize> = HashMap::new();
        for (position, record) in records.iter().enumerate() {
            let base = identity::identity(doc.council, doc.url, record, 1);
            let n = occurrences.entry(base.clone()).or_insert(0);
            *n += 1;
            let id = if *n == 1 {
                base
            } else {
                identity::identity(doc.council, doc.url, record, *n)
            };
            let hash = identity::fields_hash(record);
            let json = serde_json::to_string(record)?;
            seen.insert(id.clone());
            match live.get(&id) {
                Some((vid, old)) if *old == hash => {
                    // Same fields: keep the version, refresh its provenance.
                    tx.execute(
                        "UPDATE record_versions SET record_json = ?2, position = ?3 WHERE id = ?1",
                        params![vid, json, position as i64],
                    )?;
                    counts.unchanged += 1;
                }
                Some((vid, _)) => {
                    tx.execute(
                        "UPDATE record_versions SET superseded_run = ?2 WHERE id = ?1",
                        params![vid, run],
                    )?;
                    insert_version(&tx, &id, run, false, Some(&hash), Some(position), Some(&json))?;
                    counts.changed += 1;
                }
                None => {
                    tx.execute(
                        "INSERT INTO records (identity, council, lineage, first_run) VALUES (?1, ?2, ?3, ?4)
                         ON CONFLICT (identity) DO NOTHING",
                        params![id, doc.council, doc.url, run],
                    )?;
                    tx.execute(
                        "UPDATE record_versions SET superseded_run = ?2
                         WHERE identity = ?1 AND superseded_run IS NULL",
                        params![id, run],
                    )?;
                    insert_version(&tx, &id, run, false, Some(&hash), Some(position), Some(&json))?;
                    counts.new += 1;
                }
            }
        }
        for (id, (vid, _)) in &live {
            if !seen.contains(id) {
                tx.execute(
                    "UPDATE record_versions SET superseded_run = ?2 WHERE id = ?1",
                    params![vid, run],
                )?;
                insert_version(&tx, id, run, true, None, None, None)?;
                counts.gone += 1;
            }
        }
        tx.commit()?;
        Ok(counts)
    }

    /// How many live records a council's document lineage has.
    pub fn live_records(&self, council: &str, lineage: &str) -> Result<usize, StoreError> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM records r JOIN record_versions v ON v.id = r.current_version
             WHERE r.council = ?1 AND r.lineage = ?2 AND v.gone = 0",
            [council, lineage],
            |r| r.get(0),
        )?;
        Ok(n as usize)
    }

    /// The current version of every live record, by council, document and
    /// document order.
    pub fn current_records(&self) -> Result<Vec<Record>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT v.record_json FROM records r JOIN record_versions v ON v.id = r.current_version
             WHERE v.gone = 0 ORDER BY r.council, r.lineage, v.position",
        )?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for json in rows {
            out.push(serde_json::from_str(&json?)?);
        }
        Ok(out)
    }

    /// Every version of one record, oldest first.
    pub fn history(&self, identity: &str) -> Result<Vec<RecordVersion>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT valid_from_run, superseded_run, gone, record_json FROM record_versions
             WHERE identity = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([identity], |r| {
            Ok((
                r.get::<_, RunId>(0)?,
                r.get::<_, Option<RunId>>(1)?,
                r.get::<_, bool>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (valid_from_run, superseded_run, gone, json) = row?;
            out.push(RecordVersion {
                valid_from_run,
                superseded_run,
                gone,
                record: json.map(|j| serde_json::from_str(&j)).transpose()?,
            });
        }
        Ok(out)
    }

    /// The connection, for queries this API does not cover.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// Inserts or updates a document's row for a new extraction (inside the
/// caller's transaction).
fn upsert_document(tx: &rusqlite::Transaction<'_>, run: RunId, doc: &DocumentWrite<'_>) -> Result<(), StoreError> {
    let t = now();
    tx.execute(
        "INSERT INTO documents (url, kind, council, source_url, final_url, sha256, etag, last_modified,
                                fetched_at, changed_at, checked_at, last_run, extractor)
         VALUES (?1, 'document', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?8, ?9, ?10)
         ON CONFLICT (council, url) DO UPDATE SET source_url = excluded.source_url,
            final_url = excluded.final_url, sha256 = excluded.sha256, etag = excluded.etag,
            last_modified = excluded.last_modified, fetched_at = excluded.fetched_at,
            changed_at = excluded.changed_at, checked_at = excluded.checked_at, last_run = excluded.last_run,
            extractor = excluded.extractor, last_error = NULL",
        params![
            doc.url,
            doc.council,
            doc.source_url,
            doc.final_url,
            doc.sha256,
            doc.validators.etag,
            doc.validators.last_modified,
            t,
            run,
            EXTRACTOR_VERSION
        ],
    )?;
    Ok(())
}

fn insert_version(
    tx: &rusqlite::Transaction<'_>,
    identity: &str,
    run: RunId,
    gone: bool,
    hash: Option<&str>,
    position: Option<usize>,
    json: Option<&str>,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO record_versions (identity, valid_from_run, gone, fields_hash, position, record_json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![identity, run, gone, hash, position.map(|p| p as i64), json],
    )?;
    let vid = tx.last_insert_rowid();
    tx.execute(
        "UPDATE records SET current_version = ?2 WHERE identity = ?1",
        params![identity, vid],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::*;

    fn rec(text: &str, deadline: &str) -> Record {
        Record {
            schema_version: SCHEMA_VERSION,
            document: DocumentInfo {
                council: Some("Harrow".into()),
                ..DocumentInfo::default()
            },
            recommendation: Some(Recommendation {
                id: Some("1".into()),
                title: None,
                text: None,
            }),
            action: Action {
                id: None,
                text: text.into(),
            },
            lead: vec![],
            deadline: Deadline {
                raw: Some(deadline.into()),
                kind: DeadlineKind::Unparsed,
                start: None,
                end: None,
                parts: vec![],
            },
            status: None,
            rag: None,
            progress: None,
            location: Location::default(),
            warnings: vec![],
            lineage: None,
        }
    }

    fn doc<'a>(sha: &'a str, v: &'a Validators) -> DocumentWrite<'a> {
        DocumentWrite {
            url: "https://h/plan.html",
            council: "Harrow",
            source_url: "https://h/plan.html",
            final_url: "https://h/plan.html",
            sha256: sha,
            validators: v,
        }
    }

    #[test]
    fn versions_new_changed_gone_and_history() {
        let mut s = Store::open_in_memory().unwrap();
        let v = Validators::default();
        let r1 = s.begin_run(None).unwrap();
        let c = s
            .apply_extraction(
                r1,
                &doc("a", &v),
                &[rec("Agree plan", "May"), rec("Hire staff", "June")],
            )
            .unwrap();
        assert_eq!((c.new, c.changed, c.unchanged, c.gone), (2, 0, 0, 0));
        let r2 = s.begin_run(None).unwrap();
        let c = s
            .apply_extraction(
                r2,
                &doc("b", &v),
                &[rec("Agree plan", "July"), rec("Train staff", "June")],
            )
            .unwrap();
        assert_eq!((c.new, c.changed, c.unchanged, c.gone), (1, 1, 0, 1));
        let current = s.current_records().unwrap();
        assert_eq!(current.len(), 2);
        let id = identity::identity("Harrow", "https://h/plan.html", &rec("Agree plan", "x"), 1);
        let h = s.history(&id).unwrap();
        assert_eq!(h.len(), 2);
        assert_eq!(h[0].superseded_run, Some(r2));
        assert_eq!(h[1].record.as_ref().unwrap().deadline.raw.as_deref(), Some("July"));
        let changes = s.changes(None).unwrap();
        let kinds: Vec<_> = changes.iter().filter(|c| c.run == r2).map(|c| c.kind).collect();
        assert_eq!(kinds.len(), 3, "{changes:?}");
        assert!(changes
            .iter()
            .any(|c| c.kind == ChangeKind::Changed && c.field.as_deref() == Some("deadline")));
    }

    #[test]
    fn a_failure_mid_document_leaves_the_store_as_it_was() {
        let mut s = Store::open_in_memory().unwrap();
        let v = Validators::default();
        let r1 = s.begin_run(None).unwrap();
        s.apply_extraction(r1, &doc("a", &v), &[rec("Agree plan", "May")])
            .unwrap();
        // The third record's insert fails, after the document row and two
        // records were written inside the transaction.
        s.conn
            .execute_batch(
                "CREATE TRIGGER boom BEFORE INSERT ON record_versions WHEN NEW.position = 2
                 BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;",
            )
            .unwrap();
        let r2 = s.begin_run(None).unwrap();
        let recs = [rec("Agree plan", "June"), rec("Hire", "May"), rec("Train", "May")];
        let err = s.apply_extraction(r2, &doc("b", &v), &recs).unwrap_err();
        assert!(err.to_string().contains("disk on fire"), "{err}");
        assert_eq!(
            s.document("Harrow", "https://h/plan.html")
                .unwrap()
                .unwrap()
                .sha256
                .as_deref(),
            Some("a")
        );
        let current = s.current_records().unwrap();
        assert_eq!(current.len(), 1);
        assert_eq!(current[0].deadline.raw.as_deref(), Some("May"));
        let versions: i64 = s
            .conn
            .query_row("SELECT count(*) FROM record_versions", [], |r| r.get(0))
            .unwrap();
        assert_eq!(versions, 1);
        assert_eq!(s.live_records("Harrow", "https://h/plan.html").unwrap(), 1);
    }

    #[test]
    fn documents_keep_validators_and_page_links() {
        let mut s = Store::open_in_memory().unwrap();
        let v = Validators {
            etag: Some("\"e1\"".into()),
            last_modified: None,
        };
        let r = s.begin_run(Some("1/2")).unwrap();
        s.save_page(r, &doc("p", &v), &["https://h/a.pdf".into()], true)
            .unwrap();
        let d = s.document("Harrow", "https://h/plan.html").unwrap().unwrap();
        assert_eq!(d.validators, v);
        assert_eq!(d.links, vec!["https://h/a.pdf".to_string()]);
        assert!(s.document("Harrow", "https://h/other").unwrap().is_none());
    }

    #[test]
    fn two_councils_sharing_a_document_url_each_keep_their_records() {
        let mut s = Store::open_in_memory().unwrap();
        let v = Validators::default();
        let r = s.begin_run(None).unwrap();
        let harrow = doc("a", &v);
        let brent = DocumentWrite {
            council: "Brent",
            ..doc("a", &v)
        };
        let recs = [rec("Agree plan", "May"), rec("Hire", "June")];
        let c = s.apply_extraction(r, &harrow, &recs).unwrap();
        assert_eq!(c.new, 2);
        let c = s.apply_extraction(r, &brent, &recs).unwrap();
        assert_eq!((c.new, c.gone), (2, 0), "the second council's records are its own");
        assert_eq!(s.live_records("Harrow", harrow.url).unwrap(), 2);
        assert_eq!(s.live_records("Brent", harrow.url).unwrap(), 2);
        // Again (as --force does): nothing moves between them.
        let r2 = s.begin_run(None).unwrap();
        for d in [&harrow, &brent] {
            let c = s.apply_extraction(r2, d, &recs).unwrap();
            assert_eq!((c.new, c.changed, c.gone, c.unchanged), (0, 0, 0, 2));
        }
        assert!(s.document("Brent", harrow.url).unwrap().is_some());
        assert_eq!(s.current_records().unwrap().len(), 4);
    }

    #[test]
    fn a_newer_database_is_refused_before_it_is_changed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("newer.db");
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch("PRAGMA user_version = 99; CREATE TABLE t (x);")
                .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let err = Store::open(&path).unwrap_err();
        assert!(matches!(err, StoreError::TooNew { found: 99, .. }), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), before, "not switched to WAL");
        assert!(!dir.path().join("newer.db-wal").exists());
        let mode: String = Connection::open(&path)
            .unwrap()
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "delete");
    }
}
