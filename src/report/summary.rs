//! The numbers a report shows, computed from records before any HTML.
//!
//! Definitions (the report's glossary repeats them):
//! - an action is **closed** when its status is complete or "no further
//!   action", or its deadline says complete; otherwise it is **open**;
//! - its **due date** is the end of its deadline's period (the latest end
//!   of a multiple deadline's parts); ongoing, recurring, tbc, none and
//!   unparsed deadlines have none;
//! - it is **overdue** when it is open and its due date is before the
//!   as-of day.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate};

use crate::record::{DeadlineKind, Rag, Record, Status};

/// Column names of [`CouncilCounts::status`], in order.
pub const STATUS_LABELS: [&str; 6] = [
    "Complete",
    "In progress",
    "Not started",
    "Ongoing",
    "No further action",
    "Not stated",
];

/// Column names of [`CouncilCounts::rag`], in order.
pub const RAG_LABELS: [&str; 4] = ["Red", "Amber", "Green", "Not rated"];

/// How many quarters either side of the as-of day the timeline draws; due
/// dates further off (a typo's 2099) are counted, not drawn.
pub const TIMELINE_HALF_WIDTH: i32 = 20;

/// The label a record without a council is counted under.
pub const NO_COUNCIL: &str = "(council not named)";

/// Everything the report's sections show.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The day deadlines were judged against.
    pub as_of: NaiveDate,
    /// Records counted.
    pub actions: usize,
    /// Distinct documents (URL, else path).
    pub documents: usize,
    /// One row per council, by name.
    pub councils: Vec<CouncilCounts>,
    /// Open actions (see the module doc).
    pub open: usize,
    /// Indices (into the records) of overdue actions, most overdue first.
    pub overdue: Vec<usize>,
    /// Actions per quarter of their due date, every quarter of the window.
    pub quarters: Vec<QuarterCounts>,
    /// Actions due before the timeline's first quarter.
    pub due_earlier: usize,
    /// Actions due after its last.
    pub due_later: usize,
    /// Actions with no usable deadline, by kind.
    pub no_deadline: NoDeadline,
    /// Owners (canonical names) by open actions held, most first.
    pub owners: Vec<(String, usize)>,
    /// Warnings by kind (their text up to the first detail), most first.
    pub warnings: Vec<(String, usize)>,
    /// Indices of records whose deadline could not be read.
    pub unparsed: Vec<usize>,
}

/// One council's counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CouncilCounts {
    /// The council's name.
    pub council: String,
    /// Its actions.
    pub actions: usize,
    /// Per status, in [`STATUS_LABELS`] order.
    pub status: [usize; 6],
    /// Per RAG, in [`RAG_LABELS`] order.
    pub rag: [usize; 4],
    /// Its overdue actions.
    pub overdue: usize,
}

/// One quarter of the deadline timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuarterCounts {
    /// "2024 Q1".
    pub label: String,
    /// Closed actions due in it.
    pub closed: usize,
    /// Open actions due in it and not overdue.
    pub open: usize,
    /// Overdue actions due in it.
    pub overdue: usize,
}

/// Actions whose deadline gives no date, by kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoDeadline {
    /// No deadline given.
    pub none: usize,
    /// "TBC".
    pub tbc: usize,
    /// Text that is not a readable deadline.
    pub unparsed: usize,
    /// Ongoing or recurring: no end by design.
    pub ongoing: usize,
}

/// Whether the record's action is closed (see the module doc).
pub fn is_closed(r: &Record) -> bool {
    matches!(r.status, Some(Status::Complete | Status::NoFurtherAction)) || r.deadline.kind == DeadlineKind::Complete
}

/// The record's due date: the end of its deadline's period, if it has one.
pub fn due_date(r: &Record) -> Option<NaiveDate> {
    match r.deadline.kind {
        DeadlineKind::Date | DeadlineKind::Range => r.deadline.end,
        DeadlineKind::Multiple => r.deadline.parts.iter().filter_map(|p| p.end).max().or(r.deadline.end),
        _ => None,
    }
}

/// Whether the record is overdue on `as_of`.
pub fn is_overdue(r: &Record, as_of: NaiveDate) -> bool {
    !is_closed(r) && due_date(r).is_some_and(|d| d < as_of)
}

/// The council a record is counted under.
pub fn council_of(r: &Record) -> &str {
    r.document
        .council
        .as_deref()
        .filter(|c| !c.trim().is_empty())
        .unwrap_or(NO_COUNCIL)
}

/// The kind of a warning: its text with the details that vary taken
/// out (quotations and parentheses become "…", numbers "N"), so
/// `RAG "Red/Green" names two colours` and the same with other colours
/// count together.
pub fn warning_kind(w: &str) -> String {
    let mut out = String::new();
    let mut close: Option<char> = None;
    let mut in_number = false;
    for c in w.chars() {
        if let Some(end) = close {
            if c == end {
                close = None;
            }
            continue;
        }
        if c.is_ascii_digit() || (in_number && c == '.') {
            if !in_number {
                out.push('N');
            }
            in_number = true;
            continue;
        }
        in_number = false;
        match c {
            '"' => {
                close = Some('"');
                out.push('…');
            }
            '“' => {
                close = Some('”');
                out.push('…');
            }
            '(' => {
                close = Some(')');
                out.push_str("(…)");
            }
            c => out.push(c),
        }
    }
    let kind = out.split_whitespace().collect::<Vec<_>>().join(" ");
    kind.chars().take(100).collect()
}

fn quarter_index(d: NaiveDate) -> i32 {
    d.year() * 4 + (d.month0() as i32) / 3
}

fn status_slot(s: Option<Status>) -> usize {
    match s {
        Some(Status::Complete) => 0,
        Some(Status::InProgress) => 1,
        Some(Status::NotStarted) => 2,
        Some(Status::Ongoing) => 3,
        Some(Status::NoFurtherAction) => 4,
        None => 5,
    }
}

fn rag_slot(r: Option<Rag>) -> usize {
    match r {
        Some(Rag::Red) => 0,
        Some(Rag::Amber) => 1,
        Some(Rag::Green) => 2,
        None => 3,
    }
}

fn by_count_desc(map: HashMap<String, usize>) -> Vec<(String, usize)> {
    let mut v: Vec<_> = map.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

impl Summary {
    /// Counts `records` as of the day `as_of`.
    pub fn of(records: &[Record], as_of: NaiveDate) -> Summary {
        let mut councils: BTreeMap<&str, CouncilCounts> = BTreeMap::new();
        let mut documents = BTreeSet::new();
        let mut overdue = Vec::new();
        let mut no_deadline = NoDeadline::default();
        let mut owners: HashMap<String, usize> = HashMap::new();
        let mut warnings: HashMap<String, usize> = HashMap::new();
        let mut unparsed = Vec::new();
        let mut open = 0;
        let centre = quarter_index(as_of);
        let (first, last) = (centre - TIMELINE_HALF_WIDTH, centre + TIMELINE_HALF_WIDTH);
        let mut per_quarter: BTreeMap<i32, (usize, usize, usize)> = BTreeMap::new();
        let (mut due_earlier, mut due_later) = (0, 0);

        for (i, r) in records.iter().enumerate() {
            let name = council_of(r);
            let c = councils.entry(name).or_insert_with(|| CouncilCounts {
                council: name.to_string(),
                actions: 0,
                status: [0; 6],
                rag: [0; 4],
                overdue: 0,
            });
            c.actions += 1;
            c.status[status_slot(r.status)] += 1;
            c.rag[rag_slot(r.rag)] += 1;
            documents.insert(r.document.url.as_deref().unwrap_or(&r.document.path));
            let closed = is_closed(r);
            let late = is_overdue(r, as_of);
            if late {
                c.overdue += 1;
                overdue.push(i);
            }
            if !closed {
                open += 1;
                let mut seen = BTreeSet::new();
                for o in &r.lead {
                    if seen.insert(o.name.as_str()) {
                        *owners.entry(o.name.clone()).or_default() += 1;
                    }
                }
            }
            match r.deadline.kind {
                DeadlineKind::None => no_deadline.none += 1,
                DeadlineKind::Tbc => no_deadline.tbc += 1,
                DeadlineKind::Unparsed => {
                    no_deadline.unparsed += 1;
                    unparsed.push(i);
                }
                DeadlineKind::Ongoing | DeadlineKind::Recurring => no_deadline.ongoing += 1,
                _ => {}
            }
            if let Some(due) = due_date(r) {
                let q = quarter_index(due);
                if q < first {
                    due_earlier += 1;
                } else if q > last {
                    due_later += 1;
                } else {
                    let slot = per_quarter.entry(q).or_default();
                    match (closed, late) {
                        (true, _) => slot.0 += 1,
                        (false, false) => slot.1 += 1,
                        (false, true) => slot.2 += 1,
                    }
                }
            }
            for w in &r.warnings {
                *warnings.entry(warning_kind(w)).or_default() += 1;
            }
        }
        overdue.sort_by_key(|&i| (due_date(&records[i]), i));
        // Every quarter from the first to the last with an action, so gaps
        // show as gaps.
        let quarters = match (per_quarter.keys().next(), per_quarter.keys().next_back()) {
            (Some(&lo), Some(&hi)) => (lo..=hi)
                .map(|q| {
                    let (closed, open, overdue) = per_quarter.get(&q).copied().unwrap_or_default();
                    QuarterCounts {
                        label: format!("{} Q{}", q.div_euclid(4), q.rem_euclid(4) + 1),
                        closed,
                        open,
                        overdue,
                    }
                })
                .collect(),
            _ => Vec::new(),
        };
        Summary {
            as_of,
            actions: records.len(),
            documents: documents.len(),
            councils: councils.into_values().collect(),
            open,
            overdue,
            quarters,
            due_earlier,
            due_later,
            no_deadline,
            owners: by_count_desc(owners),
            warnings: by_count_desc(warnings),
            unparsed,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests;
