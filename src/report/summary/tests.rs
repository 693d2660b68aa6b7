//! The numbers each section shows, checked against records built by hand.

use chrono::NaiveDate;

use super::*;
use crate::record::{Deadline, DeadlineKind, DocumentInfo, Owner, OwnerKind, Rag, Record, Status};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A record of `council` with a deadline of `kind` ending `end`.
pub(crate) fn rec(
    council: &str,
    status: Option<Status>,
    rag: Option<Rag>,
    kind: DeadlineKind,
    end: Option<&str>,
) -> Record {
    Record {
        schema_version: 2,
        document: DocumentInfo {
            path: format!("{council}.html"),
            council: Some(council.to_string()),
            ..Default::default()
        },
        recommendation: None,
        action: crate::record::Action {
            id: None,
            text: format!("an action of {council}"),
        },
        lead: Vec::new(),
        deadline: Deadline {
            raw: end.map(|e| format!("by {e}")),
            kind,
            start: None,
            end: end.map(day),
            parts: Vec::new(),
        },
        status,
        rag,
        progress: None,
        location: Default::default(),
        warnings: Vec::new(),
        lineage: None,
    }
}

fn owner(name: &str) -> Owner {
    Owner {
        raw: name.to_string(),
        name: name.to_string(),
        kind: OwnerKind::Role,
    }
}

fn sample() -> Vec<Record> {
    use DeadlineKind::{Date, Ongoing, Range, Tbc, Unparsed};
    let mut v = vec![
        // Harrow: one overdue, one complete though past, one due later.
        rec(
            "Harrow",
            Some(Status::InProgress),
            Some(Rag::Amber),
            Date,
            Some("2024-02-29"),
        ),
        rec(
            "Harrow",
            Some(Status::Complete),
            Some(Rag::Green),
            Date,
            Some("2024-01-31"),
        ),
        rec("Harrow", None, None, Date, Some("2024-09-30")),
        // Brent: overdue by a range, not overdue on the day itself, tbc, unparsed.
        rec(
            "Brent",
            Some(Status::NotStarted),
            Some(Rag::Red),
            Range,
            Some("2024-03-31"),
        ),
        rec("Brent", Some(Status::Ongoing), None, Date, Some("2024-06-01")),
        rec("Brent", None, None, Tbc, None),
        rec("Brent", Some(Status::NoFurtherAction), None, Unparsed, None),
        rec("Brent", None, None, DeadlineKind::None, None),
        rec("Brent", None, None, Ongoing, None),
    ];
    v[0].lead = vec![owner("Chief Executive"), owner("Director of Finance")];
    v[1].lead = vec![owner("Chief Executive")]; // closed: not counted
    v[2].lead = vec![owner("Chief Executive"), owner("Chief Executive")]; // once per action
    v[3].lead = vec![owner("Director of Finance")];
    v[4].lead = vec![owner("Director of Finance")];
    v[6].deadline.raw = Some("when the budget allows".into());
    v[0].warnings = vec!["RAG \"Red/Green\" names two colours; left unrated".into()];
    v[3].warnings = vec![
        "RAG \"Amber/Green\" names two colours; left unrated".into(),
        "5 characters of rotated text were left out".into(),
    ];
    v
}

#[test]
fn overdue_counts_for_a_fixed_as_of() {
    let records = sample();
    let s = Summary::of(&records, day("2024-06-01"));
    // Harrow 0 (in progress, due Feb) and Brent 3 (not started, due March);
    // not the complete one, not the one due on the day itself.
    assert_eq!(s.overdue, vec![0, 3]);
    let harrow = s.councils.iter().find(|c| c.council == "Harrow").unwrap();
    let brent = s.councils.iter().find(|c| c.council == "Brent").unwrap();
    assert_eq!((harrow.overdue, brent.overdue), (1, 1));
    // A day later the Ongoing-status one due 2024-06-01 is overdue too.
    let later = Summary::of(&records, day("2024-06-02"));
    assert_eq!(later.overdue, vec![0, 3, 4]);
    // Before everything: none.
    assert!(Summary::of(&records, day("2023-01-01")).overdue.is_empty());
}

#[test]
fn per_status_and_rag_counts_per_council() {
    let s = Summary::of(&sample(), day("2024-06-01"));
    assert_eq!(s.actions, 9);
    assert_eq!(s.documents, 2);
    let names: Vec<&str> = s.councils.iter().map(|c| c.council.as_str()).collect();
    assert_eq!(names, ["Brent", "Harrow"], "by name");
    let harrow = &s.councils[1];
    assert_eq!(harrow.actions, 3);
    // Complete, In progress, Not started, Ongoing, No further action, Not stated
    assert_eq!(harrow.status, [1, 1, 0, 0, 0, 1]);
    // Red, Amber, Green, Not rated
    assert_eq!(harrow.rag, [0, 1, 1, 1]);
    let brent = &s.councils[0];
    assert_eq!(brent.status, [0, 0, 1, 1, 1, 3]);
    assert_eq!(brent.rag, [1, 0, 0, 5]);
    for c in &s.councils {
        assert_eq!(c.status.iter().sum::<usize>(), c.actions);
        assert_eq!(c.rag.iter().sum::<usize>(), c.actions);
    }
    // Closed: Harrow's complete one and Brent's no-further-action one.
    assert_eq!(s.open, 7);
}

#[test]
fn deadlines_per_quarter_and_without_a_date() {
    let s = Summary::of(&sample(), day("2024-06-01"));
    let labels: Vec<&str> = s.quarters.iter().map(|q| q.label.as_str()).collect();
    assert_eq!(
        labels,
        ["2024 Q1", "2024 Q2", "2024 Q3"],
        "first to last, gaps included"
    );
    let q1 = &s.quarters[0];
    assert_eq!((q1.closed, q1.open, q1.overdue), (1, 0, 2));
    let q2 = &s.quarters[1];
    assert_eq!((q2.closed, q2.open, q2.overdue), (0, 1, 0));
    let q3 = &s.quarters[2];
    assert_eq!((q3.closed, q3.open, q3.overdue), (0, 1, 0));
    assert_eq!(
        s.no_deadline,
        NoDeadline {
            none: 1,
            tbc: 1,
            unparsed: 1,
            ongoing: 1
        }
    );
    assert_eq!(s.unparsed, vec![6]);
    assert_eq!((s.due_earlier, s.due_later), (0, 0));
}

#[test]
fn far_off_due_dates_are_counted_not_drawn() {
    let records = vec![
        rec("A", None, None, DeadlineKind::Date, Some("2099-12-31")),
        rec("A", None, None, DeadlineKind::Date, Some("1999-12-31")),
        rec("A", None, None, DeadlineKind::Date, Some("2024-12-31")),
    ];
    let s = Summary::of(&records, day("2024-06-01"));
    assert_eq!((s.due_earlier, s.due_later), (1, 1));
    assert_eq!(s.quarters.len(), 1);
    assert_eq!(s.overdue, vec![1]);
}

#[test]
fn gaps_between_quarters_are_kept() {
    let records = vec![
        rec("A", None, None, DeadlineKind::Date, Some("2024-01-15")),
        rec("A", None, None, DeadlineKind::Date, Some("2025-01-15")),
    ];
    let s = Summary::of(&records, day("2024-06-01"));
    assert_eq!(s.quarters.len(), 5);
    assert_eq!(s.quarters[2].label, "2024 Q3");
    assert_eq!(
        s.quarters.iter().map(|q| q.closed + q.open + q.overdue).sum::<usize>(),
        2
    );
}

#[test]
fn owners_of_open_actions_most_first() {
    let s = Summary::of(&sample(), day("2024-06-01"));
    assert_eq!(
        s.owners,
        vec![
            ("Director of Finance".to_string(), 3),
            ("Chief Executive".to_string(), 2)
        ]
    );
}

#[test]
fn warnings_are_counted_by_kind() {
    let s = Summary::of(&sample(), day("2024-06-01"));
    assert_eq!(
        s.warnings,
        vec![
            ("RAG … names two colours; left unrated".to_string(), 2),
            ("N characters of rotated text were left out".to_string(), 1)
        ]
    );
}

#[test]
fn a_multiple_deadline_is_due_at_its_last_part() {
    let mut r = rec("A", None, None, DeadlineKind::Multiple, None);
    let part = |e: &str| Deadline {
        raw: None,
        kind: DeadlineKind::Date,
        start: None,
        end: Some(day(e)),
        parts: Vec::new(),
    };
    r.deadline.parts = vec![part("2024-03-31"), part("2024-12-31")];
    assert_eq!(due_date(&r), Some(day("2024-12-31")));
    assert!(!is_overdue(&r, day("2024-06-01")));
    assert!(is_overdue(&r, day("2025-01-01")));
    r.status = Some(Status::Complete);
    assert!(!is_overdue(&r, day("2025-01-01")));
}

#[test]
fn a_record_without_a_council_is_counted_under_a_label() {
    let mut r = rec("A", None, None, DeadlineKind::None, None);
    r.document.council = None;
    let s = Summary::of(&[r], day("2024-06-01"));
    assert_eq!(s.councils[0].council, NO_COUNCIL);
}
