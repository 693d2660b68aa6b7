//! Every form of `spec/deadlines.md` and every deadline of the corpus gold.

use super::*;

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// (document date "YYYY-MM", cell, kind, start, end)
type Case = (
    &'static str,
    &'static str,
    DeadlineKind,
    Option<&'static str>,
    Option<&'static str>,
);

#[rustfmt::skip]
const CASES: &[Case] = &[
        ("2020-01", "15 th May 2019 Cabinet", DeadlineKind::Date, Some("2019-05-15"), Some("2019-05-15")),
        ("2020-01", "31 December 2019", DeadlineKind::Date, Some("2019-12-31"), Some("2019-12-31")),
        ("2020-01", "April 2019", DeadlineKind::Date, Some("2019-04-01"), Some("2019-04-30")),
        ("2020-01", "April 2019 Completed", DeadlineKind::Date, Some("2019-04-01"), Some("2019-04-30")),
        ("2020-01", "Completed", DeadlineKind::Complete, None, None),
        // A start is not a deadline: "from X" with no end.
        ("2025-09", "From January 2026", DeadlineKind::Unparsed, None, None),
        ("2025-08", "From October 2025", DeadlineKind::Unparsed, None, None),
        ("2026-01", "Quarterly from July 2026", DeadlineKind::Recurring, None, None),
        ("2025-08", "Ongoing from October 2025", DeadlineKind::Ongoing, None, None),
        ("2025-08", "Starting in May 2026", DeadlineKind::Unparsed, None, None),
        ("2024-01", "From November 2023 to July 2024", DeadlineKind::Range, Some("2023-11-01"), Some("2024-07-31")),
        ("2024-01", "Launched from the Town Hall by March 2024", DeadlineKind::Date, None, Some("2024-03-31")),
        ("2020-01", "December 2019", DeadlineKind::Date, Some("2019-12-01"), Some("2019-12-31")),
        ("2020-01", "July 2020", DeadlineKind::Date, Some("2020-07-01"), Some("2020-07-31")),
        ("2020-01", "July 2023", DeadlineKind::Date, Some("2023-07-01"), Some("2023-07-31")),
        ("2020-01", "On-going", DeadlineKind::Ongoing, None, None),
        ("2020-01", "Ongoing", DeadlineKind::Ongoing, None, None),
        ("2020-01", "September 2019", DeadlineKind::Date, Some("2019-09-01"), Some("2019-09-30")),
        ("2023-09", "", DeadlineKind::None, None, None),
        ("2023-09", "Corporate Plan and budget to be agreed at Cabinet, February 2024", DeadlineKind::Date, Some("2024-02-01"), Some("2024-02-29")),
        ("2023-09", "No further action needed", DeadlineKind::Complete, None, None),
        ("2023-09", "Ongoing", DeadlineKind::Ongoing, None, None),
        ("2024-04", "", DeadlineKind::None, None, None),
        ("2024-04", "10 Apr 2024", DeadlineKind::Date, Some("2024-04-10"), Some("2024-04-10")),
        ("2024-04", "Apr-24", DeadlineKind::Date, Some("2024-04-01"), Some("2024-04-30")),
        ("2024-04", "Apr-25", DeadlineKind::Date, Some("2025-04-01"), Some("2025-04-30")),
        ("2024-04", "April 24", DeadlineKind::Date, Some("2024-04-01"), Some("2024-04-30")),
        ("2024-04", "April-24", DeadlineKind::Date, Some("2024-04-01"), Some("2024-04-30")),
        ("2024-04", "Aug 24", DeadlineKind::Date, Some("2024-08-01"), Some("2024-08-31")),
        ("2024-04", "Aug-24", DeadlineKind::Date, Some("2024-08-01"), Some("2024-08-31")),
        ("2024-04", "August 24", DeadlineKind::Date, Some("2024-08-01"), Some("2024-08-31")),
        ("2024-04", "Dec-23", DeadlineKind::Date, Some("2023-12-01"), Some("2023-12-31")),
        ("2024-04", "Dec-24", DeadlineKind::Date, Some("2024-12-01"), Some("2024-12-31")),
        ("2024-04", "Feb-24", DeadlineKind::Date, Some("2024-02-01"), Some("2024-02-29")),
        ("2024-04", "Jan-24", DeadlineKind::Date, Some("2024-01-01"), Some("2024-01-31")),
        ("2024-04", "Jul-24", DeadlineKind::Date, Some("2024-07-01"), Some("2024-07-31")),
        ("2024-04", "July 24", DeadlineKind::Date, Some("2024-07-01"), Some("2024-07-31")),
        ("2024-04", "July-24", DeadlineKind::Date, Some("2024-07-01"), Some("2024-07-31")),
        ("2024-04", "June - 24", DeadlineKind::Date, Some("2024-06-01"), Some("2024-06-30")),
        ("2024-04", "June 24", DeadlineKind::Date, Some("2024-06-01"), Some("2024-06-30")),
        ("2024-04", "June-24", DeadlineKind::Date, Some("2024-06-01"), Some("2024-06-30")),
        ("2024-04", "Mar-24", DeadlineKind::Date, Some("2024-03-01"), Some("2024-03-31")),
        ("2024-04", "March -24", DeadlineKind::Date, Some("2024-03-01"), Some("2024-03-31")),
        ("2024-04", "May", DeadlineKind::Date, Some("2024-05-01"), Some("2024-05-31")),
        ("2024-04", "May 24", DeadlineKind::Date, Some("2024-05-01"), Some("2024-05-31")),
        ("2024-04", "May- 24", DeadlineKind::Date, Some("2024-05-01"), Some("2024-05-31")),
        ("2024-04", "May-24", DeadlineKind::Date, Some("2024-05-01"), Some("2024-05-31")),
        ("2024-04", "Oct-24", DeadlineKind::Date, Some("2024-10-01"), Some("2024-10-31")),
        ("2024-04", "Ongoing", DeadlineKind::Ongoing, None, None),
        ("2024-04", "Ongoing - June 24", DeadlineKind::Date, Some("2024-06-01"), Some("2024-06-30")),
        ("2024-04", "Review Complete, implementation April", DeadlineKind::Date, Some("2024-04-01"), Some("2024-04-30")),
        ("2024-04", "Sept-24", DeadlineKind::Date, Some("2024-09-01"), Some("2024-09-30")),
        ("2024-04", "TBC", DeadlineKind::Tbc, None, None),
        ("2024-07", "", DeadlineKind::None, None, None),
        ("2024-07", "August 2024", DeadlineKind::Date, Some("2024-08-01"), Some("2024-08-31")),
        ("2024-07", "Complete", DeadlineKind::Complete, None, None),
        ("2024-07", "Ongoing", DeadlineKind::Ongoing, None, None),
        ("2024-12", "", DeadlineKind::None, None, None),
        ("2024-12", "April 2024", DeadlineKind::Date, Some("2024-04-01"), Some("2024-04-30")),
        ("2024-12", "Autumn 2023", DeadlineKind::Date, Some("2023-09-01"), Some("2023-11-30")),
        ("2024-12", "Brought to Cabinet by September 2024", DeadlineKind::Date, None, Some("2024-09-30")),
        ("2024-12", "Brought to Cabinet in March 2024", DeadlineKind::Date, Some("2024-03-01"), Some("2024-03-31")),
        ("2024-12", "By November 2023", DeadlineKind::Date, None, Some("2023-11-30")),
        ("2024-12", "January 2024", DeadlineKind::Date, Some("2024-01-01"), Some("2024-01-31")),
        ("2024-12", "January/February 2024", DeadlineKind::Range, Some("2024-01-01"), Some("2024-02-29")),
        ("2024-12", "Launched and disseminated September 2023", DeadlineKind::Date, Some("2023-09-01"), Some("2023-09-30")),
        ("2024-12", "November 2023", DeadlineKind::Date, Some("2023-11-01"), Some("2023-11-30")),
        ("2024-12", "November 2023 - July 2024", DeadlineKind::Range, Some("2023-11-01"), Some("2024-07-31")),
        ("2024-12", "November 2023- July 2024", DeadlineKind::Range, Some("2023-11-01"), Some("2024-07-31")),
        ("2024-12", "October 2023", DeadlineKind::Date, Some("2023-10-01"), Some("2023-10-31")),
        ("2024-12", "October 2023 New programme due to start in summer 2024 Ongoing", DeadlineKind::Multiple, None, None),
        ("2024-12", "On-going", DeadlineKind::Ongoing, None, None),
        ("2024-12", "Ongoing", DeadlineKind::Ongoing, None, None),
        ("2024-12", "Ongoing November 2023 January 2024 Ongoing December 2023 December 2023", DeadlineKind::Multiple, None, None),
        ("2024-12", "Planned for 2025/26 financial year", DeadlineKind::Date, Some("2025-04-01"), Some("2026-03-31")),
        ("2024-12", "Q4 2023 Q4 2023 On-going a. Q2 2023 b. Q2 2024 c. Q4 2023 d. Q2 2024 e. Q2 2024", DeadlineKind::Multiple, None, None),
        ("2024-12", "Quarterly", DeadlineKind::Recurring, None, None),
        ("2024-12", "September 2023 - March 2024", DeadlineKind::Range, Some("2023-09-01"), Some("2024-03-31")),
        ("2024-12", "September 2024", DeadlineKind::Date, Some("2024-09-01"), Some("2024-09-30")),
        ("2024-12", "The plan will be delivered by November 2024", DeadlineKind::Date, None, Some("2024-11-30")),
        ("2024-01", "Complete", DeadlineKind::Complete, None, None),
        ("2024-01", "COMPLETE", DeadlineKind::Complete, None, None),
        ("2024-01", "Continuous", DeadlineKind::Ongoing, None, None),
        ("2024-01", "TBA", DeadlineKind::Tbc, None, None),
        ("2024-01", "To be confirmed", DeadlineKind::Tbc, None, None),
        ("2024-01", "Monthly", DeadlineKind::Recurring, None, None),
        ("2024-01", "Annually", DeadlineKind::Recurring, None, None),
        ("2024-01", "Every six months", DeadlineKind::Recurring, None, None),
        ("2024-01", "May-24", DeadlineKind::Date, Some("2024-05-01"), Some("2024-05-31")),
        ("2024-01", "May 2024", DeadlineKind::Date, Some("2024-05-01"), Some("2024-05-31")),
        ("2024-01", "Jan-24", DeadlineKind::Date, Some("2024-01-01"), Some("2024-01-31")),
        ("2024-01", "31 December 2019", DeadlineKind::Date, Some("2019-12-31"), Some("2019-12-31")),
        ("2024-01", "31/03/2025", DeadlineKind::Date, Some("2025-03-31"), Some("2025-03-31")),
        ("2024-01", "Q4 2023", DeadlineKind::Date, Some("2023-10-01"), Some("2023-12-31")),
        ("2024-01", "Q4 2023/24", DeadlineKind::Date, Some("2024-01-01"), Some("2024-03-31")),
        ("2024-01", "Q4 2023-24", DeadlineKind::Date, Some("2024-01-01"), Some("2024-03-31")),
        ("2024-01", "Q1 2024/25", DeadlineKind::Date, Some("2024-04-01"), Some("2024-06-30")),
        ("2024-01", "Spring 2024", DeadlineKind::Date, Some("2024-03-01"), Some("2024-05-31")),
        ("2024-01", "Summer 2024", DeadlineKind::Date, Some("2024-06-01"), Some("2024-08-31")),
        ("2024-01", "Winter 2023", DeadlineKind::Date, Some("2023-12-01"), Some("2024-02-29")),
        ("2024-01", "Early 2024", DeadlineKind::Date, Some("2024-01-01"), Some("2024-04-30")),
        ("2024-01", "Mid 2024", DeadlineKind::Date, Some("2024-05-01"), Some("2024-08-31")),
        ("2024-01", "Late 2024", DeadlineKind::Date, Some("2024-09-01"), Some("2024-12-31")),
        ("2024-01", "End of 2024", DeadlineKind::Date, Some("2024-09-01"), Some("2024-12-31")),
        ("2024-01", "2024", DeadlineKind::Date, Some("2024-01-01"), Some("2024-12-31")),
        ("2024-01", "2024/25", DeadlineKind::Date, Some("2024-04-01"), Some("2025-03-31")),
        ("2024-01", "2024-25", DeadlineKind::Date, Some("2024-04-01"), Some("2025-03-31")),
        ("2024-01", "2024/2025", DeadlineKind::Date, Some("2024-04-01"), Some("2025-03-31")),
        ("2024-01", "FY 2024/25", DeadlineKind::Date, Some("2024-04-01"), Some("2025-03-31")),
        ("2024-01", "2025/26 financial year", DeadlineKind::Date, Some("2025-04-01"), Some("2026-03-31")),
        ("2024-01", "Before March 2024", DeadlineKind::Date, None, Some("2024-03-31")),
        ("2024-01", "No later than March 2024", DeadlineKind::Date, None, Some("2024-03-31")),
        ("2024-01", "Apr 2025 – Mar 2026", DeadlineKind::Range, Some("2025-04-01"), Some("2026-03-31")),
        ("2024-01", "Jan/Feb 2024", DeadlineKind::Range, Some("2024-01-01"), Some("2024-02-29")),
        ("2024-01", "Ongoing - June 24", DeadlineKind::Date, Some("2024-06-01"), Some("2024-06-30")),
        ("2024-01", "Something unclear", DeadlineKind::Unparsed, None, None),
        // Rule 11: the end of a month or quarter is a "by" deadline.
        ("2025-02", "End of June 2025", DeadlineKind::Date, None, Some("2025-06-30")),
        ("2025-01", "End Q3 2024/25", DeadlineKind::Date, None, Some("2024-12-31")),
        ("2025-01", "By end of March 2025", DeadlineKind::Date, None, Some("2025-03-31")),
        ("2025-01", "by the end of March 2025", DeadlineKind::Date, None, Some("2025-03-31")),
        // The newer corpus documents.
        ("2025-01", "Dec 24 - Mar 25", DeadlineKind::Range, Some("2024-12-01"), Some("2025-03-31")),
        ("2025-01", "Sept-24", DeadlineKind::Date, Some("2024-09-01"), Some("2024-09-30")),
        ("2025-01", "Monthly", DeadlineKind::Recurring, None, None),
        ("2025-01", "Ongoing - June 25", DeadlineKind::Date, Some("2025-06-01"), Some("2025-06-30")),
        ("2025-01", "April 2025 – March 2026", DeadlineKind::Range, Some("2025-04-01"), Some("2026-03-31")),
        ("2025-01", "May", DeadlineKind::Date, Some("2025-05-01"), Some("2025-05-31")),
        ("2024-11", "Jan", DeadlineKind::Date, Some("2025-01-01"), Some("2025-01-31")),
        ("2024-11", "Every two years", DeadlineKind::Recurring, None, None),
        ("2024-11", "• Public engagement – Summer 2024 • Partnership summit – Oct 2024 • Cabinet approval – Jan 2025", DeadlineKind::Multiple, None, None),
        ("2024-11", "• Strategy to Cabinet – Feb 2025 • CRM business case – TBC", DeadlineKind::Multiple, None, None),
        ("2025-02", "(1) Feb 2025 (2) Sept 2025 (3) 2026/27", DeadlineKind::Multiple, None, None),
        ("2025-02", "(1) Complete (2) Jun-25 (3) Dec-25", DeadlineKind::Multiple, None, None),
        ("2025-02", "Before 31 March 2025", DeadlineKind::Date, None, Some("2025-03-31")),
        ("2024-11", "Jan–Mar 2025", DeadlineKind::Range, Some("2025-01-01"), Some("2025-03-31")),
        ("2024-11", "Spring–Summer 2025", DeadlineKind::Range, Some("2025-03-01"), Some("2025-08-31")),
        ("2024-11", "Nov to Feb 2025", DeadlineKind::Range, Some("2024-11-01"), Some("2025-02-28")),
];

#[test]
fn every_printed_form_normalises_by_the_conventions() {
    let mut failures = Vec::new();
    for (doc, raw, kind, start, end) in CASES {
        let doc_date = date(&format!("{doc}-01"));
        let got = normalise_deadline(raw, Some(doc_date)).deadline;
        let want = (*kind, start.map(date), end.map(date));
        if (got.kind, got.start, got.end) != want {
            failures.push(format!(
                "{raw:?}: want {want:?}, got {:?}",
                (got.kind, got.start, got.end)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} wrong:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn status_words_beside_a_date_become_the_status() {
    let r = normalise_deadline("April 2019 Completed", None);
    assert_eq!(r.deadline.kind, DeadlineKind::Date);
    assert_eq!(r.status, Some(Status::Complete));
    let r = normalise_deadline("No further action needed", None);
    assert_eq!(
        (r.deadline.kind, r.status),
        (DeadlineKind::Complete, Some(Status::NoFurtherAction))
    );
}

#[test]
fn a_planned_completion_is_not_a_status() {
    let r = normalise_deadline("To be completed by May 2025", None);
    assert_eq!((r.deadline.kind, r.status), (DeadlineKind::Date, None));
    let r = normalise_deadline("Launched and disseminated September 2023", None);
    assert_eq!(
        (r.deadline.kind, r.status),
        (DeadlineKind::Date, Some(Status::Complete))
    );
}

#[test]
fn a_month_without_year_needs_the_document_date() {
    assert_eq!(normalise_deadline("May", None).deadline.kind, DeadlineKind::Unparsed);
    let r = normalise_deadline("May", Some(date("2024-04-09")));
    assert_eq!(r.deadline.start, Some(date("2024-05-01")));
}

#[test]
fn a_range_cut_over_lines_is_one_range() {
    // (cell as a reader joined its lines, kind, start, end)
    let doc = Some(date("2025-10-01"));
    let cases: &[(&str, DeadlineKind, Option<&str>, Option<&str>)] = &[
        // The dash opened a line, and the reader took it for a bullet.
        (
            "Nov 2025 • Mar 2026",
            DeadlineKind::Range,
            Some("2025-11-01"),
            Some("2026-03-31"),
        ),
        (
            "Nov 2025\n• Mar\n2026",
            DeadlineKind::Range,
            Some("2025-11-01"),
            Some("2026-03-31"),
        ),
        (
            "Q1 2026 ▪ Q3 2026",
            DeadlineKind::Range,
            Some("2026-01-01"),
            Some("2026-09-30"),
        ),
        // The dash kept: the lines run together.
        (
            "Nov 2025 –\nMar\n2026",
            DeadlineKind::Range,
            Some("2025-11-01"),
            Some("2026-03-31"),
        ),
        // Bulleted milestones stay several, each its own.
        ("• Nov 2025 • Mar 2026", DeadlineKind::Multiple, None, None),
        ("Nov 2025 • Mar 2026 • June 2026", DeadlineKind::Multiple, None, None),
        // Backwards, or a part that is no single date: not a range.
        ("Mar 2026 • Nov 2025", DeadlineKind::Multiple, None, None),
        ("Nov 2025 • Ongoing", DeadlineKind::Multiple, None, None),
    ];
    for (cell, kind, start, end) in cases {
        let d = normalise_deadline(cell, doc).deadline;
        assert_eq!(
            (d.kind, d.start, d.end),
            (*kind, start.map(date), end.map(date)),
            "{cell:?}"
        );
        assert_eq!(d.raw.as_deref(), Some(crate::model::collapse_ws(cell).as_str()));
    }
}

#[test]
fn multiple_keeps_each_part_in_order() {
    let r = normalise_deadline("a. Q2 2023 b. Q2 2024", None).deadline;
    assert_eq!(r.kind, DeadlineKind::Multiple);
    assert_eq!(r.parts.len(), 2);
    assert_eq!(r.parts[1].start, Some(date("2024-04-01")));
}

#[test]
fn may_the_verb_is_not_a_month() {
    let r = normalise_deadline("Dates may change", Some(date("2024-01-01")));
    assert_eq!(r.deadline.kind, DeadlineKind::Unparsed);
}

#[test]
fn parts_are_cut_from_the_original_where_lower_casing_changes_lengths() {
    // The Kelvin sign shrinks by two bytes when lower-cased and each dotted
    // capital I grows by one: the total length is the same, every offset
    // after the first is not.
    for text in [
        "K March 2024 İİ June 2025",
        "K March 2024 June 2025",
        "İ March 2024 and June 2025",
        "MARCH 2024 ΣΣ June 2025 K",
    ] {
        let r = normalise_deadline(text, None).deadline;
        assert_eq!(r.kind, DeadlineKind::Multiple, "{text}");
        let raws: Vec<&str> = r.parts.iter().map(|p| p.raw.as_deref().unwrap()).collect();
        assert_eq!(raws.len(), 2, "{text}: {raws:?}");
        assert!(raws[0].eq_ignore_ascii_case("march 2024"), "{text}: {raws:?}");
        assert_eq!(raws[1], "June 2025", "{text}: {raws:?}");
    }
}
