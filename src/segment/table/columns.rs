//! An action table's columns, resolved once: which column holds each field.
//! Headers name the fields (the vocabulary); the cells below confirm them
//! (an action column holds prose, not counts), so a RAG summary's "Number
//! of actions" or a version table's "Changes" is not taken for actions.

use super::super::colour::rating_of_fill;
use super::super::labels::is_deadline_value;
use super::super::values::{
    as_id, is_coded_id, is_dotted_id, is_money, is_prose, is_rag_value, is_status_value, looks_like_owner,
};
use super::super::vocabulary::{header_field, marks_other_table, names_lead_and_deadline, Field};
use crate::model::Grid;

/// Which column holds each field of an action table.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct ColumnMap {
    /// The field each column's header names, as read.
    pub fields: Vec<Option<Field>>,
    /// The header texts, to know the header when a page repeats it.
    pub headers: Vec<String>,
    /// Numbers of recommendations or actions.
    pub number: Option<usize>,
    /// A second number column, nearer the action ("Rec no. | Recommendation
    /// | Action ref | Action"): the actions' numbers, the first column then
    /// numbering their recommendations.
    pub action_number: Option<usize>,
    /// The parent recommendation (the one nearest the action, where several).
    pub parent: Option<usize>,
    /// A summary of the recommendation.
    pub summary: Option<usize>,
    /// The action itself.
    pub action: usize,
    /// Lead officer.
    pub lead: Option<usize>,
    /// One column of owners and dates together ("Who and when").
    pub lead_and_deadline: Option<usize>,
    /// Lead councillor.
    pub lead_member: Option<usize>,
    /// Deadline or end date.
    pub deadline: Option<usize>,
    /// Start date.
    pub start: Option<usize>,
    /// Status.
    pub status: Option<usize>,
    /// RAG rating.
    pub rag: Option<usize>,
    /// Progress note.
    pub progress: Option<usize>,
}

/// Why a table with headers is not an action table, for `-vv`.
pub(crate) type Rejection = String;

/// Resolves a header row (and the body below it) into a column map.
pub(crate) fn resolve(headers: &[String], grid: &Grid<'_>, body_from: usize) -> Result<ColumnMap, Rejection> {
    let fields: Vec<Option<Field>> = headers.iter().map(|h| header_field(h)).collect();
    let first = |field: Field| fields.iter().position(|f| *f == Some(field));
    // A header cell spanning two columns ("Action" over "1.1 | Extend the
    // plan…") names both: the action is the one of them holding prose.
    let mut action = (0..fields.len())
        .filter(|&c| fields[c] == Some(Field::Action))
        .find(|&c| holds_prose(grid, body_from, c));
    if first(Field::Action).is_some() && action.is_none() {
        // Named an action column but holds figures: a summary, not a plan.
        return Err(format!(
            "the {:?} column holds no prose: not an action table",
            headers[first(Field::Action).unwrap_or(0)]
        ));
    }
    let both = headers.iter().position(|h| names_lead_and_deadline(h));
    let lead = first(Field::Lead).filter(|c| Some(*c) != both);
    // Of several columns named as dates ("Milestone", "End"), the one
    // whose cells read as dates.
    // A column of sums of money is never a deadline ("Spend to date").
    let deadline_columns: Vec<usize> = (0..fields.len())
        .filter(|&c| fields[c] == Some(Field::Deadline) && Some(c) != both && !holds_money(grid, body_from, c))
        .collect();
    let dated = |c: usize| {
        column_texts(grid, body_from, c)
            .iter()
            .filter(|t| is_deadline_value(t))
            .count()
    };
    let deadline = match deadline_columns.as_slice() {
        [] => None,
        [only] => Some(*only),
        several => several
            .iter()
            .copied()
            .max_by_key(|&c| (dated(c), std::cmp::Reverse(c))),
    };
    let mut parent = None;
    let mut summary = first(Field::Summary);
    if action.is_none() {
        if let Some(h) = headers.iter().find(|h| marks_other_table(h)) {
            return Err(format!("no action column, and {h:?} marks another kind of table"));
        }
        // "Recommendation | Lead | Timescale": the parent is the action.
        let stands_in = fields
            .iter()
            .position(|f| matches!(f, Some(Field::Recommendation | Field::Summary)))
            .filter(|&c| holds_prose(grid, body_from, c));
        // Else a column no header word names, holding prose, beside named
        // attributes of an action (two at least: a lead, a date, a rating):
        // the action under a name the vocabulary does not know yet.
        let attributes = [Field::Lead, Field::Deadline, Field::Status, Field::Rag, Field::Progress]
            .iter()
            .filter(|f| first(**f).is_some())
            .count()
            + usize::from(both.is_some());
        let unnamed = || {
            (0..fields.len())
                .filter(|&c| fields[c].is_none())
                .find(|&c| holds_prose(grid, body_from, c))
        };
        match stands_in {
            Some(c) if lead.is_some() || deadline.is_some() || both.is_some() => {
                action = Some(c);
                if summary == Some(c) {
                    summary = None;
                }
            }
            _ => match unnamed().filter(|_| attributes >= 2) {
                Some(c) => {
                    tracing::debug!(
                        "the {:?} column, unnamed but prose beside {attributes} attributes, is the action",
                        headers[c]
                    );
                    action = Some(c);
                }
                None => return Err(no_action_reason(&fields)),
            },
        }
    } else {
        let a = action.unwrap_or(0);
        parent = fields[..a].iter().rposition(|f| *f == Some(Field::Recommendation));
    }
    let action = action.unwrap_or(0);
    let number = first(Field::Number)
        .filter(|&c| c != action)
        .or_else(|| number_under_action_header(headers, grid, body_from, action));
    let action_number = second_number_column(&fields, grid, body_from, number, action);
    let map = ColumnMap {
        number,
        action_number,
        parent,
        summary,
        action,
        lead,
        lead_and_deadline: both,
        lead_member: first(Field::LeadMember),
        deadline,
        start: first(Field::StartDate),
        status: first(Field::Status),
        rag: first(Field::Rag),
        progress: first(Field::Progress),
        fields,
        headers: headers.to_vec(),
    };
    let evidence = [
        map.parent,
        map.summary,
        map.lead,
        map.lead_and_deadline,
        map.lead_member,
        map.deadline,
        map.status,
        map.rag,
        map.progress,
    ]
    .iter()
    .filter(|c| c.is_some())
    .count();
    if evidence == 0 {
        return Err(
            "an action column alone, with no lead, deadline, status, RAG, progress or recommendation column".into(),
        );
    }
    Ok(map)
}

/// The columns of a table with no header row (a PDF whose header line was
/// read as a paragraph above it), told by what the cells hold: a column of
/// ids, then one of prose, one of owners and one of dates. All four must be
/// found, each the majority of its column's cells, or it is no action table.
pub(crate) fn infer(grid: &Grid<'_>) -> Option<ColumnMap> {
    let width = grid.width;
    if width < 4 {
        return None;
    }
    let mostly = |c: usize, test: &dyn Fn(&str) -> bool| {
        let texts = column_texts(grid, 0, c);
        let hits = texts.iter().filter(|t| test(t)).count();
        texts.len() >= 2 && hits * 2 > texts.len()
    };
    let number = (0..width).find(|&c| mostly(c, &|t| as_id(t).is_some()))?;
    let action = (number + 1..width).find(|&c| holds_prose(grid, 0, c))?;
    let lead = (action + 1..width).find(|&c| mostly(c, &looks_like_owner))?;
    // The last column of dates (an end after a start), not one of statuses
    // ("Ongoing", "Complete" read as both).
    let deadline = (action + 1..width)
        .rev()
        .find(|&c| c != lead && mostly(c, &is_deadline_value) && !mostly(c, &is_status_value))?;
    // A start just before it: dates or dashes only, one date at least.
    let start = deadline.checked_sub(1).filter(|&c| {
        let texts = column_texts(grid, 0, c);
        let dash = |t: &str| !t.chars().any(char::is_alphanumeric);
        c > action
            && c != lead
            && texts.iter().any(|t| is_deadline_value(t))
            && texts.iter().all(|t| is_deadline_value(t) || dash(t))
    });
    let taken = [Some(number), Some(action), Some(lead), Some(deadline), start];
    let free = |c: &usize| *c > action && !taken.contains(&Some(*c));
    let status = (0..width).filter(free).find(|&c| mostly(c, &is_status_value));
    let rag = (0..width)
        .filter(free)
        .find(|&c| Some(c) != status && rated_by_word_or_fill(grid, c));
    let mut fields = vec![None; width];
    for (c, f) in [
        (Some(number), Field::Number),
        (Some(action), Field::Action),
        (Some(lead), Field::Lead),
        (Some(deadline), Field::Deadline),
        (start, Field::StartDate),
        (status, Field::Status),
        (rag, Field::Rag),
    ] {
        if let Some(c) = c {
            fields[c] = Some(f);
        }
    }
    Some(ColumnMap {
        fields,
        headers: vec![String::new(); width],
        number: Some(number),
        action,
        lead: Some(lead),
        deadline: Some(deadline),
        start,
        status,
        rag,
        ..ColumnMap::default()
    })
}

/// True where most of a column's cells are ratings: a RAG word, or no text
/// on a rating's colour.
fn rated_by_word_or_fill(grid: &Grid<'_>, col: usize) -> bool {
    let cells: Vec<&crate::model::Cell> = grid
        .slots
        .iter()
        .filter_map(|row| row.get(col).copied().flatten())
        .filter(|s| s.origin)
        .map(|s| s.cell)
        .filter(|c| !c.is_empty() || c.fill.is_some())
        .collect();
    let rated = cells
        .iter()
        .filter(|c| {
            let t = c.text();
            if t.is_empty() {
                c.fill.and_then(rating_of_fill).is_some()
            } else {
                is_rag_value(&t)
            }
        })
        .count();
    cells.len() >= 2 && rated * 2 > cells.len()
}

fn no_action_reason(fields: &[Option<Field>]) -> Rejection {
    let named: Vec<&str> = fields.iter().flatten().map(|f| f.name()).collect();
    if named.is_empty() {
        "no header names a field".into()
    } else {
        format!("no action column (headers name: {})", named.join(", "))
    }
}

/// The last number column before the action where another number column
/// stands before it, its cells ids ("Rec no. | Peer recommendation | Action
/// ref | Action": "1.1", "1.2"): it numbers the actions, the first one
/// their recommendations.
fn second_number_column(
    fields: &[Option<Field>],
    grid: &Grid<'_>,
    body_from: usize,
    number: Option<usize>,
    action: usize,
) -> Option<usize> {
    let first = number?;
    let c = (first + 1..action).rev().find(|&c| fields[c] == Some(Field::Number))?;
    let texts = column_texts(grid, body_from, c);
    let ids = texts.iter().filter(|t| as_id(t).is_some()).count();
    (!texts.is_empty() && ids * 2 > texts.len()).then_some(c)
}

/// A column under the same spanned header as the action column, just
/// before it, whose cells are ids ("1.1", "2a"): the actions' numbers,
/// printed in a narrow column of their own beneath one "Action" header.
fn number_under_action_header(headers: &[String], grid: &Grid<'_>, body_from: usize, action: usize) -> Option<usize> {
    let c = action.checked_sub(1)?;
    if headers.get(c)? != headers.get(action)? {
        return None;
    }
    let texts = column_texts(grid, body_from, c);
    let ids = texts.iter().filter(|t| as_id(t).is_some()).count();
    (!texts.is_empty() && ids * 2 > texts.len()).then_some(c)
}

/// True where most of the column's non-empty body cells are sums of money:
/// a budget's column, whatever its header says.
fn holds_money(grid: &Grid<'_>, body_from: usize, col: usize) -> bool {
    let texts = column_texts(grid, body_from, col);
    let money = texts.iter().filter(|t| is_money(t)).count();
    !texts.is_empty() && money * 2 > texts.len()
}

/// True where at least half the column's non-empty body cells are prose.
fn holds_prose(grid: &Grid<'_>, body_from: usize, col: usize) -> bool {
    let texts: Vec<String> = column_texts(grid, body_from, col);
    let prose = texts.iter().filter(|t| is_prose(t)).count();
    !texts.is_empty() && prose * 2 >= texts.len()
}

/// The non-empty texts of a column's cells below the header, each once.
pub(crate) fn column_texts(grid: &Grid<'_>, body_from: usize, col: usize) -> Vec<String> {
    grid.slots
        .iter()
        .skip(body_from)
        .filter_map(|row| row.get(col).copied().flatten())
        .filter(|s| s.origin)
        .map(|s| s.cell.text())
        .filter(|t| !t.is_empty())
        .collect()
}

impl ColumnMap {
    /// True where the number column numbers actions ("2.1"), false where it
    /// numbers recommendations ("2"). Decided by what it holds: dotted ids
    /// are actions'; plain numbers are the recommendations' where a
    /// recommendation column stands to their right or nothing else gives
    /// the parent, and the actions' where a parent comes from elsewhere.
    pub fn numbers_actions(&self, grid: &Grid<'_>, body_from: usize, parent_elsewhere: bool) -> bool {
        let Some(n) = self.number else {
            return false;
        };
        if self.action_number.is_some() {
            return false;
        }
        let ids = column_texts(grid, body_from, n);
        // "2.1" numbers an action under recommendation 2.
        let dotted = ids.iter().filter(|t| is_dotted_id(t)).count();
        if !ids.is_empty() && dotted * 2 > ids.len() {
            return true;
        }
        // "B1" numbers an action in group B, where nothing else names a
        // parent ("S1" beside an auditor's recommendation is the
        // recommendation's).
        let coded = ids.iter().filter(|t| is_coded_id(t)).count();
        if !ids.is_empty() && coded * 2 > ids.len() && self.parent.is_none() && !parent_elsewhere {
            return true;
        }
        match self.parent {
            Some(p) => n > p,
            None => parent_elsewhere,
        }
    }

    /// The columns of attributes, for explaining the map.
    pub fn describe(&self, headers: &[String]) -> String {
        let name = |c: Option<usize>| c.and_then(|c| headers.get(c)).map(|h| format!("{h:?}"));
        [
            ("number", name(self.number)),
            ("action number", name(self.action_number)),
            ("recommendation", name(self.parent)),
            ("summary", name(self.summary)),
            ("action", name(Some(self.action))),
            ("lead", name(self.lead)),
            ("lead and deadline", name(self.lead_and_deadline)),
            ("lead member", name(self.lead_member)),
            ("deadline", name(self.deadline)),
            ("start", name(self.start)),
            ("status", name(self.status)),
            ("RAG", name(self.rag)),
            ("progress", name(self.progress)),
        ]
        .into_iter()
        .filter_map(|(f, h)| h.map(|h| format!("{f}={h}")))
        .collect::<Vec<_>>()
        .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cell, Row, Table};

    fn table(rows: &[&[&str]]) -> Table {
        Table {
            rows: rows
                .iter()
                .map(|r| Row {
                    cells: r.iter().map(|t| Cell::from_text(t)).collect(),
                    ..Row::default()
                })
                .collect(),
            page: None,
        }
    }

    fn resolve_table(rows: &[&[&str]]) -> Result<ColumnMap, Rejection> {
        let t = table(rows);
        let grid = t.grid();
        let headers: Vec<String> = rows[0].iter().map(|s| s.to_string()).collect();
        resolve(&headers, &grid, 1)
    }

    #[test]
    fn a_plan_maps_every_column() {
        let m = resolve_table(&[
            &["Ref", "Action", "Owner", "Milestones", "RAG", "Commentary"],
            &[
                "1.1",
                "Develop a vision with residents and partners",
                "CEx",
                "Mar-25",
                "",
                "On track.",
            ],
        ])
        .expect("an action table");
        assert_eq!(
            (m.number, m.action, m.lead, m.deadline, m.rag, m.progress),
            (Some(0), 1, Some(2), Some(3), Some(4), Some(5))
        );
    }

    #[test]
    fn an_action_header_naming_its_milestones_too_is_the_action_column() {
        let m = resolve_table(&[
            &["Ref", "Action and milestones", "Owner", "Due", "RAG"],
            &[
                "1.1",
                "Secure funding for the heritage quarter",
                "AD-REG",
                "Mar 2026",
                "G",
            ],
            &["", "Milestone: bid submitted", "", "Jun 2025", "Done"],
        ])
        .expect("an action table");
        assert_eq!((m.action, m.deadline), (1, Some(3)));
    }

    #[test]
    fn a_second_number_column_numbers_the_actions() {
        type Rows<'a> = &'a [&'a [&'a str]];
        let cases: &[(Rows, Option<usize>, Option<usize>)] = &[
            (
                &[
                    &["Rec no.", "Peer recommendation", "Action ref", "Action", "Lead"],
                    &["1", "Set out a vision", "1.1", "Agree the vision with partners", "CX"],
                    &["", "", "1.2", "Publish the vision and its measures", "HoP"],
                ],
                Some(0),
                Some(2),
            ),
            // One number column: nothing more.
            (
                &[
                    &["Ref", "Action", "Lead"],
                    &["1.1", "Agree the vision with partners", "CX"],
                ],
                Some(0),
                None,
            ),
            // A second "number" column of words is not the actions' numbers.
            (
                &[
                    &["No.", "Recommendation", "Item", "Action", "Lead"],
                    &[
                        "1",
                        "Set out a vision",
                        "Vision work",
                        "Agree the vision with partners",
                        "CX",
                    ],
                ],
                Some(0),
                None,
            ),
        ];
        for (rows, number, action_number) in cases {
            let m = resolve_table(rows).expect("an action table");
            assert_eq!((m.number, m.action_number), (*number, *action_number), "{:?}", rows[0]);
        }
    }

    #[test]
    fn a_recommendation_column_stands_in_for_a_missing_action_column() {
        let m = resolve_table(&[
            &["Recommendation", "Lead", "Timescale"],
            &["Review the constitution and publish it", "Monitoring Officer", "2025"],
        ])
        .expect("an action table");
        assert_eq!(m.action, 0);
    }

    #[test]
    fn summaries_registers_and_histories_are_not_action_tables() {
        for rows in [
            &[
                &["RAG", "Number of actions"][..],
                &["Green", "15"][..],
                &["Amber", "8"][..],
            ][..],
            &[
                &["Version", "Date", "Author", "Changes"][..],
                &["1.0", "15/10/2024", "Policy Team", "Action plan agreed by Cabinet"][..],
            ][..],
            &[
                &["Risk", "Likelihood", "Impact", "Owner", "Mitigation", "Review date"][..],
                &[
                    "Savings are not delivered in full",
                    "Medium",
                    "High",
                    "CLT",
                    "Tracker reported",
                    "Sep-24",
                ][..],
            ][..],
            &[
                &["Colour", "Meaning"][..],
                &["", "On track – milestones are being met"][..],
            ][..],
            &[&["Abbreviation", "Meaning"][..], &["CEx", "Chief Executive"][..]][..],
            // A budget: the "date" of "Spend to date" heads sums of money.
            &[
                &["Priority", "Budget 2025/26", "Spend to date", "Forecast"][..],
                &["A thriving local economy", "£1,850,000", "£910,000", "£1,800,000"][..],
                &[
                    "Safe and healthy neighbourhoods",
                    "£2,400,000",
                    "£1,150,000",
                    "£2,450,000",
                ][..],
            ][..],
            &[
                &["Version", "Date", "Author", "Summary of changes"][..],
                &[
                    "1.1",
                    "06/11/2024",
                    "R. Hollis",
                    "Lead officers confirmed for every action",
                ][..],
            ][..],
        ] {
            assert!(resolve_table(rows).is_err(), "{:?}", rows[0]);
        }
    }

    #[test]
    fn columns_told_by_their_cells_where_there_is_no_header() {
        let rows: &[&[&str]] = &[
            &["", "and to stop drawing on reserves.", "", ""],
            &[
                "1a",
                "Adopt a three-year financial strategy",
                "Director of Resources",
                "February 2026",
                "A balanced budget",
            ],
            &[
                "1b",
                "Set up a fund for invest-to-save projects",
                "Head of Finance",
                "April 2026",
                "Fund in place",
            ],
        ];
        let t = table(rows);
        let m = infer(&t.grid()).expect("an action table");
        assert_eq!((m.number, m.action, m.lead, m.deadline), (Some(0), 1, Some(2), Some(3)));
        // A start before the end, a status and a rating.
        let rows: &[&[&str]] = &[
            &[
                "W1",
                "Introduce a hybrid working policy",
                "Head of HR",
                "–",
                "Ongoing",
                "Ongoing",
                "Green",
            ],
            &[
                "W2",
                "Complete the pay and grading review",
                "Head of HR",
                "Sep-24",
                "Apr-26",
                "Delayed",
                "Amber",
            ],
            &[
                "W3",
                "Roll out training to all staff",
                "Head of ICT",
                "Oct-25",
                "Q4 2025/26",
                "On track",
                "Green",
            ],
        ];
        let m = infer(&table(rows).grid()).expect("an action table");
        assert_eq!(
            (m.start, m.deadline, m.status, m.rag),
            (Some(3), Some(4), Some(5), Some(6))
        );
        // Without owners, dates or ids it is no action table.
        for rows in [
            &[
                &["1", "Savings are not delivered in full", "Medium", "High"][..],
                &["2", "Staff leave faster than we recruit", "High", "High"][..],
            ][..],
            &[
                &[
                    "Finance",
                    "Adopt a three-year financial strategy",
                    "Director of Resources",
                    "February 2026",
                ][..],
                &[
                    "Funds",
                    "Set up a fund for invest-to-save projects",
                    "Head of Finance",
                    "April 2026",
                ][..],
            ][..],
        ] {
            assert!(infer(&table(rows).grid()).is_none(), "{:?}", rows[0]);
        }
    }

    #[test]
    fn a_rag_column_told_by_words_or_fills() {
        use crate::model::Rgb;
        let filled = |fill: Option<Rgb>| Cell {
            fill,
            ..Cell::from_text("")
        };
        let green = Some(Rgb(0, 176, 80));
        let amber = Some(Rgb(255, 192, 0));
        // (the column's cells) -> a RAG column
        let cases: [(Vec<Cell>, bool); 4] = [
            (vec![Cell::from_text("Green"), Cell::from_text("Amber")], true),
            (vec![filled(green), filled(amber), Cell::from_text("Red")], true),
            // Grey shading is no rating; nor are words that are not RAGs.
            (
                vec![filled(Some(Rgb(230, 238, 243))), filled(Some(Rgb(230, 238, 243)))],
                false,
            ),
            (vec![Cell::from_text("Outcome agreed"), filled(green)], false),
        ];
        for (cells, want) in cases {
            let t = Table {
                rows: cells
                    .into_iter()
                    .map(|c| Row {
                        cells: vec![c],
                        ..Row::default()
                    })
                    .collect(),
                page: None,
            };
            assert_eq!(rated_by_word_or_fill(&t.grid(), 0), want, "{:?}", t.rows);
        }
    }

    #[test]
    fn one_header_over_a_number_and_an_action_names_both() {
        // (header over two columns, body rows) -> (number, action)
        type Case<'a> = (&'a [&'a [&'a str]], Option<usize>, usize);
        let cases: [Case; 3] = [
            (
                &[
                    &["Action", "Action", "Who and when"],
                    &["1.1", "Extend the financial plan to five years", "CFO / March 2026"],
                    &["1.2", "Publish the assumptions behind the plan", "CFO / April 2026"],
                ],
                Some(0),
                1,
            ),
            // Prose in the first column under the header: no number column.
            (
                &[
                    &["Action", "Action", "Lead"],
                    &[
                        "Review the constitution this year",
                        "Tidy the delegations and rules",
                        "MO",
                    ],
                ],
                None,
                0,
            ),
            // Two columns named alike but not ids: no number.
            (
                &[
                    &["Action", "Action", "Lead"],
                    &["Finance", "Publish the assumptions behind the plan", "CFO"],
                    &["People", "Run a staff survey every two years", "HR"],
                ],
                None,
                1,
            ),
        ];
        for (rows, number, action) in cases {
            let m = resolve_table(rows).expect("an action table");
            assert_eq!((m.number, m.action), (number, action), "{:?}", rows[1]);
        }
    }

    #[test]
    fn dotted_numbers_number_actions() {
        let t = table(&[
            &["Ref", "Action", "Owner"],
            &["1.1", "Develop a vision with residents", "CEx"],
            &["1.2", "Refresh the Council Plan around priorities", "CEx"],
        ]);
        let grid = t.grid();
        let headers = vec!["Ref".to_string(), "Action".into(), "Owner".into()];
        let m = resolve(&headers, &grid, 1).expect("map");
        assert!(m.numbers_actions(&grid, 1, false));
        let t = table(&[
            &["No.", "Recommendation", "Action", "Who"],
            &[
                "1",
                "Set a vision for the borough",
                "Run a conversation with residents",
                "CEx",
            ],
        ]);
        let grid = t.grid();
        let headers = vec![
            "No.".to_string(),
            "Recommendation".into(),
            "Action".into(),
            "Who".into(),
        ];
        let m = resolve(&headers, &grid, 1).expect("map");
        assert!(!m.numbers_actions(&grid, 1, false));
    }
}
