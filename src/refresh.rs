//! A refresh: every source in the sources file (or one shard of them)
//! fetched, extracted where its bytes changed, and stored.
//!
//! Per document: a conditional GET with the stored validators (a 304 costs
//! nothing more), else the bytes' sha256 compared with the one last
//! extracted (equal: nothing to extract), else extraction and one store
//! transaction that versions the records. Pages are fetched the same way and
//! their matching links followed; a page that has not changed reuses the
//! links found last time. A failing source is reported and the run goes on.

use std::path::Path;

use sha2::{Digest, Sha256};
use url::Url;

use crate::extract::{extract_bytes, ExtractError, ExtractOptions};
use crate::fetch::{FetchError, Fetched, Fetcher};
use crate::isolate::{relog, run_job, Crash, Job, Reply};
use crate::record::Record;
use crate::sources::{discover_links_within, Shard, Source, SourceKind, SourcesFile, LINK_DISCOVERY_TIME};
use crate::store::{DocumentWrite, RunId, RunTotals, Store, StoreError, EXTRACTOR_VERSION};

/// How to refresh.
#[derive(Debug, Clone, Default)]
pub struct RefreshOptions {
    /// Only this share of the sources; None for all.
    pub shard: Option<Shard>,
    /// Extraction settings (the council is set per source).
    pub extract: ExtractOptions,
    /// Download and extract everything, ignoring validators and hashes.
    pub force: bool,
}

/// Why one source or document failed; the run carries on without it.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    /// It could not be fetched.
    #[error(transparent)]
    Fetch(#[from] FetchError),
    /// Its bytes could not be read as a document.
    #[error(transparent)]
    Extract(#[from] ExtractError),
    /// A document that had records now yields none: more likely a moved
    /// or broken page than an emptied plan, so its records are kept.
    #[error("{url}: no actions found in the new version; its {kept} stored records are kept (moved or broken page?)")]
    NoRecords {
        /// The document.
        url: String,
        /// Live records left as they were.
        kept: usize,
    },
    /// A page had no links matching the patterns.
    #[error("{url}: no links matching {patterns:?} on the page")]
    NoLinks {
        /// The page.
        url: String,
        /// The patterns in force.
        patterns: Vec<String>,
    },
}

/// One failure, as reported on stderr.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Failure {
    /// The council of the source.
    pub council: String,
    /// The URL that failed (a document, or the page).
    pub url: String,
    /// Why, naming the URL.
    pub reason: String,
}

/// What a refresh did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RefreshReport {
    /// The run's id in the store.
    pub run: RunId,
    /// Counts of fetches, extractions and record changes.
    pub totals: RunTotals,
    /// Each failed source or document.
    pub failures: Vec<Failure>,
}

/// Progress of a run, for a progress bar.
#[derive(Debug, Clone, Copy)]
pub enum Progress<'a> {
    /// The run is starting with this many sources.
    Started {
        /// Sources in this share.
        sources: usize,
    },
    /// A source is being worked on.
    Source {
        /// Its council.
        council: &'a str,
    },
    /// A source is done (successfully or not).
    SourceDone,
    /// Something failed (also in the report).
    Failed(&'a Failure),
}

/// The sources a shard takes, in file order.
pub fn select_shard(sources: &[Source], shard: Option<Shard>) -> Vec<&Source> {
    sources
        .iter()
        .filter(|s| shard.is_none_or(|sh| sh.contains(s)))
        .collect()
}

/// Refreshes the sources into the store. Only store errors stop the run;
/// every other failure is in the report.
pub fn refresh(
    store: &mut Store,
    file: &SourcesFile,
    fetcher: &Fetcher,
    opts: &RefreshOptions,
    progress: &mut dyn FnMut(Progress<'_>),
) -> Result<RefreshReport, StoreError> {
    let shard_text = opts.shard.map(|s| format!("{}/{}", s.index, s.total));
    let run = store.begin_run(shard_text.as_deref())?;
    let sources = select_shard(&file.sources, opts.shard);
    let mut report = RefreshReport {
        run,
        ..RefreshReport::default()
    };
    report.totals.sources = sources.len();
    progress(Progress::Started { sources: sources.len() });
    let mut plans_done = std::collections::HashSet::new();
    for source in sources.iter().copied() {
        progress(Progress::Source {
            council: &source.council,
        });
        store.upsert_source(run, source)?;
        let mut ctx = Ctx {
            store,
            fetcher,
            run,
            source,
            extract: ExtractOptions {
                council: Some(source.council.clone()),
                ..opts.extract.clone()
            },
            report: &mut report,
            progress,
            force: opts.force,
        };
        match (source.kind(), source.plan_name()) {
            // A plan's documents listed one per source: read together the
            // first time the plan comes up, then stored oldest first.
            (SourceKind::Document, Some(plan)) => {
                if plans_done.insert((source.council.clone(), plan.clone())) {
                    let members: Vec<&Source> = sources
                        .iter()
                        .copied()
                        .filter(|s| {
                            s.kind() == SourceKind::Document
                                && s.council == source.council
                                && s.plan_name().as_deref() == Some(plan.as_str())
                        })
                        .collect();
                    ctx.plan_documents(&members)?;
                }
            }
            (SourceKind::Document, None) => ctx.document(source.location())?,
            (SourceKind::Page, _) => ctx.page(file)?,
        }
        progress(Progress::SourceDone);
    }
    store.finish_run(run, &report.totals)?;
    Ok(report)
}

/// One source's work in progress.
struct Ctx<'a, 'p> {
    store: &'a mut Store,
    fetcher: &'a Fetcher,
    run: RunId,
    source: &'a Source,
    extract: ExtractOptions,
    report: &'a mut RefreshReport,
    progress: &'a mut (dyn FnMut(Progress<'_>) + 'p),
    force: bool,
}

impl<'a> Ctx<'a, '_> {
    fn fail(&mut self, url: &str, err: SourceError) -> Result<(), StoreError> {
        let reason = err.to_string();
        tracing::debug!("{reason}");
        self.store.note_error(self.run, &self.source.council, url, &reason)?;
        let failure = Failure {
            council: self.source.council.clone(),
            url: url.to_string(),
            reason,
        };
        (self.progress)(Progress::Failed(&failure));
        self.report.failures.push(failure);
        self.report.totals.failed += 1;
        Ok(())
    }

    fn page(&mut self, file: &SourcesFile) -> Result<(), StoreError> {
        let url = self.source.location().to_string();
        let stored = self.store.document(&self.source.council, &url)?.filter(|_| !self.force);
        let links = match self
            .fetcher
            .get(&url, stored.as_ref().map(|s| &s.validators).filter(|v| !v.is_empty()))
        {
            Ok(Fetched::NotModified) => {
                self.report.totals.not_modified += 1;
                self.store.note_checked(self.run, &self.source.council, &url, None)?;
                stored.map(|s| s.links).unwrap_or_default()
            }
            Ok(Fetched::Body(d)) => {
                self.report.totals.fetched += 1;
                let sha = sha256_hex(&d.bytes);
                let changed = stored.as_ref().and_then(|s| s.sha256.as_deref()) != Some(sha.as_str());
                if !changed {
                    self.report.totals.unchanged += 1;
                }
                let base = Url::parse(&d.final_url)
                    .or_else(|_| Url::parse(&url))
                    .expect("checked URL");
                let links = match self.links(&d.bytes, &base, file) {
                    Ok(links) => links,
                    Err(e) => return self.fail(&url, e.into()),
                };
                tracing::info!("{url}: {} matching links", links.len());
                let doc = DocumentWrite {
                    url: &url,
                    council: &self.source.council,
                    source_url: &url,
                    final_url: &d.final_url,
                    sha256: &sha,
                    validators: &d.validators,
                };
                self.store.save_page(self.run, &doc, &links, changed)?;
                links
            }
            Err(e) => return self.fail(&url, e.into()),
        };
        if links.is_empty() {
            let patterns = file.patterns_for(self.source);
            return self.fail(
                &url,
                SourceError::NoLinks {
                    url: url.clone(),
                    patterns,
                },
            );
        }
        if self.source.plan_name().is_none() {
            for link in links {
                self.document(&link)?;
            }
            return Ok(());
        }
        // A plan: every changed document read first, then stored oldest first.
        let mut pending = Vec::new();
        for link in links {
            pending.extend(self.fetch_document(&link)?);
        }
        for p in plan_order(pending) {
            self.store_document(p)?;
        }
        Ok(())
    }

    /// The matching links on a page (see [`page_links`]).
    fn links(&self, bytes: &[u8], base: &Url, file: &SourcesFile) -> Result<Vec<String>, ExtractError> {
        page_links(bytes, base, file, self.source, &self.extract)
    }

    /// The documents of one plan, each named by a source of its own.
    fn plan_documents(&mut self, members: &[&'a Source]) -> Result<(), StoreError> {
        let mut pending = Vec::new();
        for member in members {
            self.source = member;
            pending.extend(self.fetch_document(member.location())?);
        }
        for p in plan_order(pending) {
            self.store_document(p)?;
        }
        Ok(())
    }

    fn document(&mut self, url: &str) -> Result<(), StoreError> {
        match self.fetch_document(url)? {
            Some(pending) => self.store_document(pending),
            None => Ok(()),
        }
    }

    /// Fetches and extracts one document; None where there is nothing to
    /// store (not modified, bytes unchanged, or a failure, reported).
    fn fetch_document(&mut self, url: &str) -> Result<Option<Pending>, StoreError> {
        // What was stored counts only if this version extracted it: a failed
        // extraction stores no hash and is retried next run rather than
        // answered with a 304; an upgraded actionplan reads everything anew.
        let stored = self
            .store
            .document(&self.source.council, url)?
            .filter(|s| !self.force && s.sha256.is_some() && s.extractor.as_deref() == Some(EXTRACTOR_VERSION));
        let validators = stored.as_ref().map(|s| &s.validators).filter(|v| !v.is_empty());
        let d = match self.fetcher.get(url, validators) {
            Ok(Fetched::NotModified) => {
                tracing::info!("{url}: not modified");
                self.report.totals.not_modified += 1;
                // Its live records stand, unchanged: the totals say so.
                self.report.totals.records.unchanged += self.store.live_records(&self.source.council, url)?;
                self.store.note_checked(self.run, &self.source.council, url, None)?;
                return Ok(None);
            }
            Ok(Fetched::Body(d)) => d,
            Err(e) => return self.fail(url, e.into()).map(|_| None),
        };
        self.report.totals.fetched += 1;
        let sha = sha256_hex(&d.bytes);
        if stored.as_ref().and_then(|s| s.sha256.as_deref()) == Some(sha.as_str()) {
            tracing::info!("{url}: downloaded, bytes unchanged");
            self.report.totals.unchanged += 1;
            self.report.totals.records.unchanged += self.store.live_records(&self.source.council, url)?;
            self.store
                .note_checked(self.run, &self.source.council, url, Some(&d.validators))?;
            return Ok(None);
        }
        let records = match extract_fetched(&d.bytes, url, &d.final_url, &self.extract) {
            Ok(r) => r,
            Err(e) => return self.fail(url, e.into()).map(|_| None),
        };
        Ok(Some(Pending {
            url: url.to_string(),
            source_url: self.source.location().to_string(),
            final_url: d.final_url,
            sha256: sha,
            validators: d.validators,
            records,
        }))
    }

    /// Stores one extracted document: by URL, or into its source's plan.
    fn store_document(&mut self, p: Pending) -> Result<(), StoreError> {
        let url = p.url.as_str();
        let plan = self.source.plan_name();
        if p.records.is_empty() {
            let kept = match &plan {
                Some(plan) => self.store.live_plan_records(&self.source.council, plan)?,
                None => self.store.live_records(&self.source.council, url)?,
            };
            if kept > 0 {
                return self.fail(url, SourceError::NoRecords { url: url.into(), kept });
            }
        }
        let doc = DocumentWrite {
            url,
            council: &self.source.council,
            source_url: &p.source_url,
            final_url: &p.final_url,
            sha256: &p.sha256,
            validators: &p.validators,
        };
        let records = &p.records;
        let counts = match &plan {
            Some(plan) => self.store.apply_plan_extraction(self.run, &doc, plan, records)?,
            None => self.store.apply_extraction(self.run, &doc, records)?,
        };
        tracing::info!(
            "{url}: extracted {} records ({} new, {} changed, {} unchanged, {} gone)",
            records.len(),
            counts.new,
            counts.changed,
            counts.unchanged,
            counts.gone
        );
        self.report.totals.extracted += 1;
        let t = &mut self.report.totals.records;
        t.new += counts.new;
        t.changed += counts.changed;
        t.unchanged += counts.unchanged;
        t.gone += counts.gone;
        Ok(())
    }
}

/// A document fetched and extracted, waiting to be stored: a plan's
/// documents are stored in date order, whatever order its page lists them.
struct Pending {
    url: String,
    source_url: String,
    final_url: String,
    sha256: String,
    validators: crate::fetch::Validators,
    records: Vec<Record>,
}

/// The order to store a plan's documents in: by document date where every
/// one states a date (see [`crate::link::lineage::plan_order`]), else as
/// listed.
fn plan_order(pending: Vec<Pending>) -> Vec<Pending> {
    let dates: Vec<Option<String>> = pending
        .iter()
        .map(|p| p.records.iter().find_map(|r| r.document.date.clone()))
        .collect();
    let order = crate::link::lineage::plan_order(&dates);
    let mut slots: Vec<Option<Pending>> = pending.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

/// The matching links on a page: found in a worker process when
/// extraction is isolated (a page is as hostile as a document), else
/// here; at most the sources file's `max_links`, within a time limit.
/// `refresh` and its dry run both find links this way.
pub fn page_links(
    bytes: &[u8],
    base: &Url,
    file: &SourcesFile,
    source: &Source,
    extract: &ExtractOptions,
) -> Result<Vec<String>, ExtractError> {
    let patterns = file.patterns_for(source);
    let Some(iso) = &extract.isolation else {
        let html = String::from_utf8_lossy(bytes);
        return Ok(
            discover_links_within(&html, base, &patterns, file.max_links(), LINK_DISCOVERY_TIME)
                .into_iter()
                .map(String::from)
                .collect(),
        );
    };
    let job = Job::Links {
        base: base.to_string(),
        patterns,
        max_links: file.max_links(),
    };
    let path = std::path::Path::new(base.as_str());
    let limit = Some(LINK_DISCOVERY_TIME);
    let answer = run_job(iso, &job, bytes, limit).map_err(|crash| match crash {
        Crash::TimedOut(limit) => ExtractError::Timeout {
            path: path.into(),
            seconds: limit.as_secs(),
        },
        crash => ExtractError::Crashed {
            path: path.into(),
            crash,
        },
    })?;
    relog(base.as_str(), &answer.log, false);
    match answer.reply {
        Reply::Links(links) => Ok(links),
        Reply::Failed(source) => Err(ExtractError::Read {
            path: path.into(),
            source,
        }),
        other => Err(ExtractError::Crashed {
            path: path.into(),
            crash: Crash::Protocol(format!("links expected, got {other:?}")),
        }),
    }
}

/// Extracts records from downloaded bytes: the format is sniffed from the
/// content and the URL's file name; `document.path` is the URL as listed
/// and `document.url` the URL after redirects.
pub fn extract_fetched(
    bytes: &[u8],
    url: &str,
    final_url: &str,
    opts: &ExtractOptions,
) -> Result<Vec<Record>, ExtractError> {
    let name = Url::parse(final_url)
        .map(|u| u.path().to_string())
        .unwrap_or_else(|_| final_url.to_string());
    let mut records = extract_bytes(bytes, Path::new(&name), opts).map_err(|e| match e {
        ExtractError::Read { source, .. } => ExtractError::Read {
            path: url.into(),
            source,
        },
        other => other,
    })?;
    for r in &mut records {
        r.document.path = url.to_string();
        r.document.url = Some(final_url.to_string());
    }
    Ok(records)
}

/// Fetches one URL and extracts its records: `extract`'s way with URLs.
pub fn fetch_and_extract(fetcher: &Fetcher, url: &str, opts: &ExtractOptions) -> Result<Vec<Record>, SourceError> {
    match fetcher.get(url, None)? {
        Fetched::Body(d) => {
            if d.bytes.len() as u64 > opts.max_bytes {
                return Err(ExtractError::TooLarge {
                    path: url.into(),
                    size: d.bytes.len() as u64,
                    limit: opts.max_bytes,
                }
                .into());
            }
            Ok(extract_fetched(&d.bytes, url, &d.final_url, opts)?)
        }
        // Only a conditional request is answered 304, and this one is not.
        Fetched::NotModified => Ok(Vec::new()),
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}
