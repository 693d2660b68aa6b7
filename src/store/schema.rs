//! The store's schema and its migrations.
//!
//! `PRAGMA user_version` holds how many of [`MIGRATIONS`] a database has had;
//! opening it applies the rest in order, all in one exclusive transaction
//! that reads the version inside it: two processes opening a new database
//! at once take turns, and the second finds nothing left to do. Steps are
//! only ever appended, never edited, so every database reaches the same
//! schema whatever version it started from.

use rusqlite::Connection;

use super::StoreError;

/// The migration steps, in order; step N takes a database to version N.
pub const MIGRATIONS: &[&str] = &[
    // 1: sources, documents, runs, records and their versions.
    r#"
    CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        council TEXT NOT NULL,
        url TEXT NOT NULL,
        kind TEXT NOT NULL,                 -- document | page
        first_run INTEGER NOT NULL,
        last_run INTEGER NOT NULL,
        UNIQUE (council, url)
    );
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,           -- RFC 3339, UTC
        finished_at TEXT,
        shard TEXT,                         -- "K/N" or null for all
        sources INTEGER NOT NULL DEFAULT 0,
        fetched INTEGER NOT NULL DEFAULT 0,
        not_modified INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        extracted INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0,
        records_new INTEGER NOT NULL DEFAULT 0,
        records_changed INTEGER NOT NULL DEFAULT 0,
        records_gone INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,           -- as listed or linked: the lineage of its records
        kind TEXT NOT NULL,                 -- document | page
        council TEXT NOT NULL,
        source_url TEXT NOT NULL,           -- the sources-file entry it came from
        final_url TEXT,                     -- after redirects
        sha256 TEXT,                        -- of the bytes last extracted
        etag TEXT,
        last_modified TEXT,
        links TEXT,                         -- pages: JSON array of the links found
        fetched_at TEXT,                    -- last downloaded
        changed_at TEXT,                    -- last time its bytes differed
        checked_at TEXT,                    -- last asked, downloaded or not
        last_run INTEGER,
        last_error TEXT
    );
    CREATE TABLE records (
        identity TEXT PRIMARY KEY,
        council TEXT NOT NULL,
        lineage TEXT NOT NULL,              -- the document URL its versions come from
        first_run INTEGER NOT NULL REFERENCES runs(id),
        current_version INTEGER             -- latest record_versions.id (a tombstone once gone)
    );
    CREATE INDEX records_lineage ON records (lineage);
    CREATE TABLE record_versions (
        id INTEGER PRIMARY KEY,
        identity TEXT NOT NULL REFERENCES records(identity),
        valid_from_run INTEGER NOT NULL REFERENCES runs(id),
        superseded_run INTEGER REFERENCES runs(id),
        gone INTEGER NOT NULL DEFAULT 0,    -- 1: a tombstone, the record left its document
        fields_hash TEXT,                   -- hash of the compared fields
        position INTEGER,                   -- order within its document
        record_json TEXT                    -- the record (null for a tombstone)
    );
    CREATE INDEX record_versions_identity ON record_versions (identity, id);
    CREATE INDEX record_versions_run ON record_versions (valid_from_run);
    "#,
    // 2: which actionplan version extracted a document, so an upgrade
    // re-reads documents whose bytes have not changed.
    r#"
    ALTER TABLE documents ADD COLUMN extractor TEXT;
    "#,
    // 3: documents keyed by council and URL: two councils may list the same
    // document (a joint plan), and each keeps its own records of it.
    r#"
    CREATE TABLE documents_by_council (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL,                  -- as listed or linked: the lineage of its records
        kind TEXT NOT NULL,                 -- document | page
        council TEXT NOT NULL,
        source_url TEXT NOT NULL,
        final_url TEXT,
        sha256 TEXT,
        etag TEXT,
        last_modified TEXT,
        links TEXT,
        fetched_at TEXT,
        changed_at TEXT,
        checked_at TEXT,
        last_run INTEGER,
        last_error TEXT,
        extractor TEXT,
        UNIQUE (council, url)
    );
    INSERT INTO documents_by_council
        SELECT id, url, kind, council, source_url, final_url, sha256, etag, last_modified, links,
               fetched_at, changed_at, checked_at, last_run, last_error, extractor FROM documents;
    DROP TABLE documents;
    ALTER TABLE documents_by_council RENAME TO documents;
    CREATE INDEX records_council_lineage ON records (council, lineage);
    "#,
    // 4: the live records with flat columns (the CSV's), so the store reads
    // in sqlite3, DuckDB or Datasette without json_extract.
    r#"
    CREATE VIEW current_records AS
    SELECT r.council AS council,
           r.identity AS identity,
           r.lineage AS lineage,
           json_extract(v.record_json, '$.document.path') AS document_path,
           json_extract(v.record_json, '$.document.url') AS document_url,
           json_extract(v.record_json, '$.document.title') AS document_title,
           json_extract(v.record_json, '$.document.date') AS document_date,
           json_extract(v.record_json, '$.recommendation.id') AS recommendation_id,
           json_extract(v.record_json, '$.recommendation.title') AS recommendation_title,
           json_extract(v.record_json, '$.action.id') AS action_id,
           json_extract(v.record_json, '$.action.text') AS action_text,
           (SELECT group_concat(json_extract(o.value, '$.name'), '; ')
              FROM json_each(v.record_json, '$.lead') AS o) AS lead,
           (SELECT group_concat(json_extract(o.value, '$.raw'), '; ')
              FROM json_each(v.record_json, '$.lead') AS o) AS lead_raw,
           json_extract(v.record_json, '$.deadline.raw') AS deadline_raw,
           json_extract(v.record_json, '$.deadline.kind') AS deadline_kind,
           json_extract(v.record_json, '$.deadline.start') AS deadline_start,
           json_extract(v.record_json, '$.deadline.end') AS deadline_end,
           json_extract(v.record_json, '$.status') AS status,
           json_extract(v.record_json, '$.rag') AS rag,
           json_extract(v.record_json, '$.progress') AS progress,
           json_extract(v.record_json, '$.location.page') AS page,
           v.valid_from_run AS since_run
      FROM records r JOIN record_versions v ON v.id = r.current_version
     WHERE v.gone = 0;
    "#,
];

/// The oldest schema version the reading commands (`export`, `changes`)
/// read as it is: their queries need only what version 3 has. An older
/// store must be migrated by `refresh` first.
pub const READABLE_FROM: u32 = 3;

/// The version of a database without changing it: a newer one than this
/// build knows is refused before anything is written (not even the switch
/// to WAL).
pub fn check_version(conn: &Connection, steps: &[&str]) -> Result<u32, StoreError> {
    let current: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let known = steps.len() as u32;
    if current > known {
        return Err(StoreError::TooNew { found: current, known });
    }
    Ok(current)
}

/// The tables every actionplan store has from its first version.
const OUR_TABLES: &[&str] = &["sources", "runs", "documents", "records", "record_versions"];

/// Refuses a database that is not an actionplan store: one that holds
/// tables but lacks ours (another program's file, whatever its
/// `user_version`). An empty database (a new store) passes.
pub fn check_ours(conn: &Connection) -> Result<(), StoreError> {
    let mut stmt = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")?;
    let tables: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
    if tables.is_empty() || OUR_TABLES.iter().all(|t| tables.iter().any(|n| n == t)) {
        return Ok(());
    }
    let mut shown: Vec<&str> = tables.iter().map(String::as_str).take(5).collect();
    if tables.len() > 5 {
        shown.push("…");
    }
    Err(StoreError::Foreign {
        detail: format!("it has tables of its own: {}", shown.join(", ")),
    })
}

/// Applies the steps a database has not had yet, in one exclusive
/// transaction (the version is read inside it, so a second process that
/// waited its turn sees the first one's work); returns the version reached.
/// A failing step leaves the database as it was.
pub fn migrate(conn: &mut Connection, steps: &[&str]) -> Result<u32, StoreError> {
    let known = steps.len() as u32;
    if check_version(conn, steps)? == known {
        return Ok(known);
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Exclusive)?;
    let current = check_version(&tx, steps)?;
    for (i, step) in steps.iter().enumerate().skip(current as usize) {
        tx.execute_batch(step)?;
        tx.execute_batch(&format!("PRAGMA user_version = {}", i + 1))?;
        tracing::info!("store schema migrated to version {}", i + 1);
    }
    tx.commit()?;
    Ok(known)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(conn: &Connection) -> u32 {
        conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn fresh_database_gets_every_step_once() {
        let mut conn = Connection::open_in_memory().unwrap();
        assert_eq!(migrate(&mut conn, MIGRATIONS).unwrap(), MIGRATIONS.len() as u32);
        assert_eq!(version(&conn), MIGRATIONS.len() as u32);
        // Again: nothing to do, no "table exists" error.
        migrate(&mut conn, MIGRATIONS).unwrap();
    }

    #[test]
    fn later_steps_apply_to_an_older_database_and_keep_its_rows() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn, &MIGRATIONS[..1]).unwrap();
        conn.execute(
            "INSERT INTO documents (url, kind, council, source_url, sha256) VALUES ('u', 'document', 'H', 'u', 'ab')",
            [],
        )
        .unwrap();
        assert_eq!(migrate(&mut conn, MIGRATIONS).unwrap(), MIGRATIONS.len() as u32);
        let (sha, extractor): (String, Option<String>) = conn
            .query_row("SELECT sha256, extractor FROM documents WHERE url = 'u'", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        assert_eq!((sha.as_str(), extractor), ("ab", None));
    }

    #[test]
    fn a_failing_step_leaves_the_version_alone() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn, &MIGRATIONS[..1]).unwrap();
        let steps = [MIGRATIONS[0], "CREATE TABLE t (x); THIS IS NOT SQL;"];
        assert!(migrate(&mut conn, &steps).is_err());
        assert_eq!(version(&conn), 1);
        let t: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master WHERE name = 't'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(t, 0, "the failed step's table was rolled back");
    }

    #[test]
    fn two_processes_migrating_a_new_file_at_once_both_succeed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shared.db");
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let path = path.clone();
                std::thread::spawn(move || {
                    let mut conn = Connection::open(&path).unwrap();
                    conn.busy_timeout(std::time::Duration::from_secs(30)).unwrap();
                    migrate(&mut conn, MIGRATIONS)
                })
            })
            .collect();
        for t in threads {
            assert_eq!(t.join().unwrap().unwrap(), MIGRATIONS.len() as u32);
        }
    }

    #[test]
    fn a_newer_database_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("PRAGMA user_version = 99").unwrap();
        let err = migrate(&mut conn, MIGRATIONS).unwrap_err();
        assert!(err.to_string().contains("newer"), "{err}");
    }
}
