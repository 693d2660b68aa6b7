//! A plan's documents linked in order into one lineage per action, and the
//! timeline that lineage gives: per action and document, its status, RAG,
//! deadline and what changed.

use std::collections::HashMap;

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::record::{Lineage, Record};
use crate::store::identity::{comparable_fields, normalise_text};

use super::{link_pair, Link, LinkSettings};

/// The order in which a plan's documents are linked: by document date
/// when every document has one (a plan, then its updates), else the order
/// given. Equal dates keep the order given. `dates[i]` is document i's
/// date as "YYYY-MM" or "YYYY-MM-DD".
pub fn plan_order(dates: &[Option<String>]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..dates.len()).collect();
    if dates.iter().all(Option::is_some) {
        order.sort_by(|&a, &b| dates[a].cmp(&dates[b]));
    }
    order
}

/// How a document is named in a lineage: its URL where it was fetched,
/// else its path.
pub fn document_name(record: &Record) -> String {
    record
        .document
        .url
        .clone()
        .unwrap_or_else(|| record.document.path.clone())
}

/// A new lineage key: a hash of the first document's bytes (its sha256,
/// so moving a file does not change keys), the recommendation id, and the
/// action's number or normalised wording, with `occurrence` separating
/// identical actions of one document.
pub fn new_key(record: &Record, occurrence: usize) -> String {
    let rec = record
        .recommendation
        .as_ref()
        .and_then(|r| r.id.as_deref())
        .map(normalise_text)
        .unwrap_or_default();
    let action = match record
        .action
        .id
        .as_deref()
        .map(normalise_text)
        .filter(|s| !s.is_empty())
    {
        Some(id) => format!("id:{id}"),
        None => format!("text:{}", normalise_text(&record.action.text)),
    };
    let text = format!("{}\u{1f}{rec}\u{1f}{action}\u{1f}{occurrence}", record.document.sha256);
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// Gives every record of a first document a fresh lineage.
pub fn start_lineage(records: &mut [Record]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for r in records.iter_mut() {
        let base_key = new_key(r, 0);
        let n = seen.entry(base_key).or_insert(0);
        *n += 1;
        r.lineage = Some(Lineage {
            key: new_key(r, *n),
            since: document_name(r),
            score: None,
        });
    }
}

/// Gives every record of `update` its lineage from the links to `base`
/// (whose records already have theirs): a linked record continues its
/// base's key, a new one starts its own. A link scoring below
/// `settings.uncertain_below` adds a warning to the record naming the base
/// action and the score.
pub fn continue_lineage(base: &[Record], update: &mut [Record], links: &[Link], settings: &LinkSettings) {
    let mut fresh: Vec<usize> = Vec::new();
    for link in links {
        match link.base.and_then(|b| base.get(b).map(|r| (b, r))) {
            Some((_, b)) if b.lineage.is_some() => {
                let from = b.lineage.clone().expect("checked");
                let r = &mut update[link.update];
                if link.score < settings.uncertain_below {
                    r.warnings.push(format!(
                        "uncertain link (confidence {:.2}, below {:.2}) to the earlier action \"{}\"",
                        link.score,
                        settings.uncertain_below,
                        shorten(&b.action.text, 80)
                    ));
                }
                r.lineage = Some(Lineage {
                    key: from.key,
                    since: from.since,
                    score: Some(round2(link.score)),
                });
            }
            _ => fresh.push(link.update),
        }
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for i in fresh {
        let r = &mut update[i];
        let n = seen.entry(new_key(r, 0)).or_insert(0);
        *n += 1;
        r.lineage = Some(Lineage {
            key: new_key(r, *n),
            since: document_name(r),
            score: None,
        });
    }
}

/// Links a plan's documents, given in the order to link them: the first
/// starts every lineage, each later one continues the one before. Returns
/// the links of each document to the one before it (empty for the first).
pub fn link_plan(documents: &mut [Vec<Record>], settings: &LinkSettings) -> Vec<Vec<Link>> {
    let mut all = Vec::with_capacity(documents.len());
    for i in 0..documents.len() {
        if i == 0 {
            start_lineage(&mut documents[0]);
            all.push(Vec::new());
            continue;
        }
        let (before, after) = documents.split_at_mut(i);
        let base = &before[i - 1];
        let update = &mut after[0];
        let links = link_pair(base, update, settings);
        continue_lineage(base, update, &links, settings);
        all.push(links);
    }
    all
}

/// The compared fields (`action`, `recommendation`, `lead`, `deadline`,
/// `status`, `rag`, `progress`, as the store compares them) that differ
/// between an action and the one it continues.
pub fn changed_fields(old: &Record, new: &Record) -> Vec<&'static str> {
    comparable_fields(old)
        .into_iter()
        .zip(comparable_fields(new))
        .filter(|((_, a), (_, b))| normalised(a) != normalised(b))
        .map(|((name, _), _)| name)
        .collect()
}

fn normalised(v: &Option<String>) -> Option<String> {
    v.as_deref().map(normalise_text).filter(|s| !s.is_empty())
}

/// One line of `history --timeline`: an action in one document.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TimelineRow {
    /// The lineage key.
    pub key: String,
    /// The document (URL or path).
    pub document: String,
    /// The document's date, where it states one.
    pub date: Option<String>,
    /// `new` (first appearance), `same`, `changed`, or `gone` (in the
    /// document before, not in this one; its last values are repeated).
    pub kind: &'static str,
    /// The recommendation id.
    pub recommendation_id: Option<String>,
    /// The action's printed number.
    pub action_id: Option<String>,
    /// The action's wording.
    pub action: String,
    /// Status, as the record has it.
    pub status: Option<String>,
    /// RAG rating.
    pub rag: Option<String>,
    /// The deadline as printed.
    pub deadline: Option<String>,
    /// Lead owners' names, "; " between.
    pub lead: String,
    /// The fields changed since the document before, "; " between.
    pub changed: String,
    /// The link's confidence (none for a first appearance).
    pub score: Option<f64>,
}

/// The timeline of linked documents (in linking order, lineages set):
/// one row per action and document, plus a `gone` row for each action
/// of the document before that this one no longer has.
pub fn timeline(documents: &[Vec<Record>]) -> Vec<TimelineRow> {
    let mut rows = Vec::new();
    let mut before: HashMap<String, &Record> = HashMap::new();
    for doc in documents {
        let mut now: HashMap<String, &Record> = HashMap::new();
        for r in doc {
            let Some(lin) = &r.lineage else { continue };
            let (kind, changed) = match before.get(&lin.key) {
                None => ("new", Vec::new()),
                Some(old) => {
                    let c = changed_fields(old, r);
                    (if c.is_empty() { "same" } else { "changed" }, c)
                }
            };
            rows.push(row(r, &lin.key, kind, changed.join("; "), lin.score, None));
            now.insert(lin.key.clone(), r);
        }
        if let Some(first) = doc.first() {
            let mut gone: Vec<(&String, &&Record)> = before.iter().filter(|(k, _)| !now.contains_key(*k)).collect();
            gone.sort_by_key(|(_, r)| (r.location.page, r.location.table, r.location.row));
            for (key, old) in gone {
                rows.push(row(old, key, "gone", String::new(), None, Some(first)));
            }
        }
        before = now;
    }
    rows
}

/// A timeline row for record `r`; `in_doc` names the document of a `gone`
/// row (the one the action is missing from).
fn row(
    r: &Record,
    key: &str,
    kind: &'static str,
    changed: String,
    score: Option<f64>,
    in_doc: Option<&Record>,
) -> TimelineRow {
    let doc = in_doc.unwrap_or(r);
    let name = |v: String| v.trim_matches('"').to_string();
    TimelineRow {
        key: key.to_string(),
        document: document_name(doc),
        date: doc.document.date.clone(),
        kind,
        recommendation_id: r.recommendation.as_ref().and_then(|x| x.id.clone()),
        action_id: r.action.id.clone(),
        action: r.action.text.clone(),
        status: r.status.map(|s| name(serde_json::to_string(&s).unwrap_or_default())),
        rag: r.rag.map(|s| name(serde_json::to_string(&s).unwrap_or_default())),
        deadline: r.deadline.raw.clone(),
        lead: r.lead.iter().map(|o| o.name.as_str()).collect::<Vec<_>>().join("; "),
        changed,
        score,
    }
}

/// Text cut to `max` characters with an ellipsis.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max).collect::<String>())
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
