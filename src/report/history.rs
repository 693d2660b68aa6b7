//! What changed in a store since a date: deadlines that moved, statuses
//! and RAGs that changed, per council; computed from
//! [`crate::store::changes::Change`]s before any HTML.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use crate::store::changes::{Change, ChangeKind};

/// Which way a deadline moved, judged by the end of its period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slip {
    /// The end is later: the deadline slipped.
    Later,
    /// The end is earlier.
    Earlier,
    /// Same end, or a side has no date (tbc, none, unparsed).
    Unclear,
}

/// One field of one action that changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    /// The council.
    pub council: String,
    /// The action's text (its latest version), for a reader to know it.
    pub action: String,
    /// deadline, status or rag.
    pub field: String,
    /// The value before.
    pub old: Option<String>,
    /// The value after.
    pub new: Option<String>,
    /// When the run that saw it started.
    pub run_time: String,
    /// The document it is in.
    pub document_url: String,
    /// For a deadline, which way it moved.
    pub slip: Slip,
}

/// One council's changes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CouncilChanges {
    /// The council.
    pub council: String,
    /// Deadlines whose end moved later.
    pub slipped: usize,
    /// Deadlines whose end moved earlier.
    pub brought_forward: usize,
    /// Other deadline changes (to or from a deadline with no date).
    pub deadline_other: usize,
    /// Status changes.
    pub status: usize,
    /// RAG changes.
    pub rag: usize,
    /// Actions that appeared.
    pub new: usize,
    /// Actions that left their document.
    pub gone: usize,
}

/// A document whose last fetch or extraction failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailedDocument {
    /// The council.
    pub council: String,
    /// The document's URL.
    pub url: String,
    /// Why.
    pub error: String,
}

/// The History section's numbers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HistorySummary {
    /// The `--since` given (a date or time), if any.
    pub since: Option<String>,
    /// Deadlines that changed, oldest first.
    pub deadlines: Vec<FieldChange>,
    /// Statuses that changed.
    pub statuses: Vec<FieldChange>,
    /// RAGs that changed.
    pub rags: Vec<FieldChange>,
    /// Per council, by name (councils with any change).
    pub councils: Vec<CouncilChanges>,
    /// Documents whose last refresh failed.
    pub failed: Vec<FailedDocument>,
}

/// The end date of a stored deadline value, `"raw [start..end]"` as
/// [`crate::store::identity::comparable_fields`] writes it.
pub fn period_end(value: &str) -> Option<NaiveDate> {
    let inner = value.rsplit_once('[')?.1.strip_suffix(']')?;
    let end = inner.split_once("..")?.1;
    NaiveDate::parse_from_str(end, "%Y-%m-%d").ok()
}

/// Which way a deadline moved from `old` to `new`.
pub fn slip(old: Option<&str>, new: Option<&str>) -> Slip {
    match (old.and_then(period_end), new.and_then(period_end)) {
        (Some(a), Some(b)) if b > a => Slip::Later,
        (Some(a), Some(b)) if b < a => Slip::Earlier,
        _ => Slip::Unclear,
    }
}

impl HistorySummary {
    /// Sums `changes`; `actions` maps an identity to its action's text.
    pub fn of(
        changes: &[Change],
        actions: &HashMap<String, String>,
        failed: Vec<FailedDocument>,
        since: Option<String>,
    ) -> HistorySummary {
        let mut out = HistorySummary {
            since,
            failed,
            ..Default::default()
        };
        let mut councils: BTreeMap<&str, CouncilChanges> = BTreeMap::new();
        for c in changes {
            let counts = councils.entry(&c.council).or_insert_with(|| CouncilChanges {
                council: c.council.clone(),
                ..Default::default()
            });
            match c.kind {
                ChangeKind::New => counts.new += 1,
                ChangeKind::Gone => counts.gone += 1,
                ChangeKind::Changed => {
                    let field = c.field.as_deref().unwrap_or("");
                    let list = match field {
                        "deadline" => &mut out.deadlines,
                        "status" => {
                            counts.status += 1;
                            &mut out.statuses
                        }
                        "rag" => {
                            counts.rag += 1;
                            &mut out.rags
                        }
                        _ => continue,
                    };
                    let moved = if field == "deadline" {
                        slip(c.old.as_deref(), c.new.as_deref())
                    } else {
                        Slip::Unclear
                    };
                    if field == "deadline" {
                        match moved {
                            Slip::Later => counts.slipped += 1,
                            Slip::Earlier => counts.brought_forward += 1,
                            Slip::Unclear => counts.deadline_other += 1,
                        }
                    }
                    list.push(FieldChange {
                        council: c.council.clone(),
                        action: actions.get(&c.identity).cloned().unwrap_or_default(),
                        field: field.to_string(),
                        old: c.old.clone(),
                        new: c.new.clone(),
                        run_time: c.run_time.clone(),
                        document_url: c.document_url.clone(),
                        slip: moved,
                    });
                }
            }
        }
        out.councils = councils.into_values().collect();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(council: &str, kind: ChangeKind, field: Option<&str>, old: Option<&str>, new: Option<&str>) -> Change {
        Change {
            council: council.into(),
            identity: format!("id-{council}"),
            kind,
            field: field.map(Into::into),
            old: old.map(Into::into),
            new: new.map(Into::into),
            run_time: "2024-06-01T00:00:00.000Z".into(),
            run: 2,
            document_url: "https://example.gov.uk/a.html".into(),
        }
    }

    #[test]
    fn period_ends_are_read_from_stored_values() {
        assert_eq!(
            period_end("February 2024 [2024-02-01..2024-02-29]"),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        assert_eq!(period_end("by [..2024-03-31]"), NaiveDate::from_ymd_opt(2024, 3, 31));
        assert_eq!(period_end("TBC [tbc]"), None);
        assert_eq!(period_end("a [bracket] in text [2024-01-01..]"), None);
    }

    #[test]
    fn deadlines_slip_statuses_and_rags_change_per_council() {
        use ChangeKind::*;
        let changes = vec![
            change(
                "Harrow",
                Changed,
                Some("deadline"),
                Some("Feb [2024-02-01..2024-02-29]"),
                Some("Mar [2024-03-01..2024-03-31]"),
            ),
            change(
                "Harrow",
                Changed,
                Some("deadline"),
                Some("Mar [2024-03-01..2024-03-31]"),
                Some("Jan [2024-01-01..2024-01-31]"),
            ),
            change(
                "Harrow",
                Changed,
                Some("deadline"),
                Some("Mar [2024-03-01..2024-03-31]"),
                Some("TBC [tbc]"),
            ),
            change(
                "Brent",
                Changed,
                Some("deadline"),
                Some("Q1 [2024-01-01..2024-03-31]"),
                Some("Q3 [2024-07-01..2024-09-30]"),
            ),
            change(
                "Brent",
                Changed,
                Some("status"),
                Some("not_started"),
                Some("in_progress"),
            ),
            change("Brent", Changed, Some("rag"), Some("amber"), Some("red")),
            change("Brent", Changed, Some("lead"), Some("A"), Some("B")),
            change("Brent", New, None, None, Some("new action")),
            change("Brent", Gone, None, Some("old action"), None),
        ];
        let actions = HashMap::from([("id-Brent".to_string(), "Brent's action".to_string())]);
        let h = HistorySummary::of(&changes, &actions, Vec::new(), Some("2024-05-01".into()));
        assert_eq!(h.deadlines.len(), 4);
        assert_eq!(
            h.deadlines.iter().map(|d| d.slip).collect::<Vec<_>>(),
            [Slip::Later, Slip::Earlier, Slip::Unclear, Slip::Later]
        );
        assert_eq!(h.statuses.len(), 1);
        assert_eq!(h.statuses[0].old.as_deref(), Some("not_started"));
        assert_eq!(h.statuses[0].action, "Brent's action");
        assert_eq!(h.rags.len(), 1);
        let brent = &h.councils[0];
        assert_eq!(
            (
                brent.council.as_str(),
                brent.slipped,
                brent.status,
                brent.rag,
                brent.new,
                brent.gone
            ),
            ("Brent", 1, 1, 1, 1, 1)
        );
        let harrow = &h.councils[1];
        assert_eq!(
            (harrow.slipped, harrow.brought_forward, harrow.deadline_other),
            (1, 1, 1)
        );
    }
}
