//! Segmentation: finds recommendations and actions in the document model.
//!
//! Rules work on structure (column headers, spans, headings, "Lead Officer:"
//! lines), never on one council's wording; the vocabularies they use live in
//! [`vocabulary`]. The output is raw text per field: normalising it is the
//! next stage's job.

mod blocks;
mod colour;
mod draft;
pub mod glossary;
mod labels;
pub mod meta;
mod patterns;
mod table;
mod values;
pub mod vocabulary;

use std::borrow::Cow;

use crate::model::{Block, Cell, Document};

pub use meta::DocMeta;

/// One action as found, with each field's text as printed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawAction {
    /// The parent's number or label ("9a").
    pub rec_id: Option<String>,
    /// The parent's heading or first sentence.
    pub rec_title: Option<String>,
    /// The parent's full text.
    pub rec_text: Option<String>,
    /// The action's own number ("2.3").
    pub action_id: Option<String>,
    /// The whole action text.
    pub action_text: String,
    /// The lead cell or "Lead Officer:" line as printed.
    pub lead: Option<String>,
    /// The deadline cell as printed.
    pub deadline: Option<String>,
    /// A status cell as printed.
    pub status: Option<String>,
    /// A RAG cell as printed.
    pub rag: Option<String>,
    /// A progress or current-position cell as printed.
    pub progress: Option<String>,
    /// Page the action starts on.
    pub page: Option<u32>,
    /// 1-based table number, where the action came from a table.
    pub table: Option<u32>,
    /// 1-based row in that table, or block number outside tables.
    pub row: Option<u32>,
    /// Notes on anything uncertain.
    pub warnings: Vec<String>,
}

/// The parent an action answers, as the segmenter tracks it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parent {
    /// Number or label as printed.
    pub id: Option<String>,
    /// Heading or first sentence.
    pub title: Option<String>,
    /// Full text.
    pub text: Option<String>,
}

/// What the segmenter knows at a point in the document: the section's
/// recommendation (from a heading) and its lead officer line.
#[derive(Debug, Clone, Default)]
pub(crate) struct Context {
    /// The recommendation a heading opened, where one did.
    pub section: Option<Parent>,
    /// The last heading that was not a recommendation.
    pub heading: Option<String>,
    /// A heading numbered like a list ("4. Strengthen planning
    /// performance"): the parent of the actions its blocks hold, but not
    /// enough to make its numbered paragraphs actions (a report numbers its
    /// sections and paragraphs so too).
    pub numbered_heading: Option<Parent>,
    /// A heading numbered as an outline's first level ("1 Build a shared
    /// culture"): the parent of the actions whose numbers nest under its
    /// number ("1.2", "1.3"), and only of those.
    pub outline_heading: Option<Parent>,
    /// The section's lead officer ("Lead officer: X" under its heading).
    pub section_lead: Option<String>,
    /// The section's lead councillor.
    pub section_lead_member: Option<String>,
}

/// Finds every action in a document, in document order.
pub fn segment(doc: &Document) -> Vec<RawAction> {
    let mut seg = Segmenter::default();
    for (i, block) in doc.blocks.iter().enumerate() {
        seg.block(i, block);
    }
    seg.end_section();
    seg.out
}

/// Walks a document's blocks, section by section: a table is read as it
/// comes; other blocks wait until their section ends, then are read as a
/// block layout unless a table in the section gave the actions.
#[derive(Default)]
struct Segmenter<'d> {
    out: Vec<RawAction>,
    ctx: Context,
    tables: table::TableState,
    table_no: u32,
    /// Blocks of the current section not yet read (a one-row table read
    /// as a line of text).
    pending: Vec<(usize, Cow<'d, Block>)>,
    section_has_table: bool,
    /// The last block was a heading (a heading wrapped over two lines
    /// arrives as two).
    after_heading: bool,
}

impl<'d> Segmenter<'d> {
    fn block(&mut self, i: usize, block: &'d Block) {
        let after_heading = std::mem::replace(&mut self.after_heading, false);
        match block {
            Block::Table(t) => {
                self.table_no += 1;
                let (lead, member) = blocks::section_leads(&self.pending_refs(), &self.ctx);
                if self.ctx.section_lead.is_none() {
                    self.ctx.section_lead = lead;
                }
                if self.ctx.section_lead_member.is_none() {
                    self.ctx.section_lead_member = member;
                }
                if self.tables.segment(t, self.table_no, &self.ctx, &mut self.out) {
                    self.pending.clear();
                    self.section_has_table = true;
                } else if t.rows.len() == 1 {
                    // A box drawn round one line ("Lead officer: | Chief
                    // Executive"): read as that line.
                    let text = t.rows[0].cells.iter().map(Cell::text).collect::<Vec<_>>().join(" ");
                    let line = Block::Paragraph { text, page: t.page };
                    self.pending.push((i, Cow::Owned(line)));
                } else {
                    // Not actions, but a break: what stands either side of
                    // it does not run together.
                    self.pending.push((i, Cow::Borrowed(block)));
                }
            }
            Block::Heading { text, .. } => {
                self.after_heading = true;
                if let Some(parent) = patterns::recommendation_heading(block) {
                    self.new_section(Some(parent), None);
                } else if after_heading && patterns::is_continuation(text) {
                    // The second line of a wrapped heading.
                    match self.ctx.section.as_mut() {
                        Some(p) => {
                            p.title = p.title.take().map(|t| format!("{t} {text}"));
                            p.text = p.text.take().map(|t| format!("{t} {text}"));
                        }
                        None => {
                            self.ctx.heading = self.ctx.heading.take().map(|h| format!("{h} {text}"));
                        }
                    }
                } else if values::action_marker(text).is_some()
                    || (self.ctx.section.is_some() && values::split_action_number(text).is_some())
                {
                    // An action's own heading ("Action 2.1", "2.1 Refresh the
                    // MTFS"): part of the section's blocks.
                    self.pending.push((i, Cow::Borrowed(block)));
                } else {
                    self.new_section(None, Some(text.clone()));
                    self.ctx.numbered_heading = patterns::numbered_heading(text);
                    self.ctx.outline_heading = patterns::outline_heading(text);
                }
            }
            Block::Paragraph { text, .. } => match patterns::recommendation_heading(block) {
                Some(parent) => self.new_section(Some(parent), None),
                None if self.progress_after_table(text) => {}
                None => self.pending.push((i, Cow::Borrowed(block))),
            },
            Block::List { .. } => self.pending.push((i, Cow::Borrowed(block))),
        }
    }

    /// A progress note after a section's table that names its action by
    /// number ("1.2 Progress: On track…"): its text goes to that action, the
    /// latest with the number and no progress yet. False where the text is
    /// no such note or names no action read.
    fn progress_after_table(&mut self, text: &str) -> bool {
        if !self.section_has_table {
            return false;
        }
        let Some((id, note)) = labels::numbered_progress(text) else {
            return false;
        };
        let Some(act) = self
            .out
            .iter_mut()
            .rev()
            .find(|a| a.action_id.as_deref() == Some(id.as_str()) && a.progress.is_none())
        else {
            return false;
        };
        act.progress = Some(note);
        true
    }

    fn pending_refs(&self) -> Vec<(usize, &Block)> {
        self.pending.iter().map(|(i, b)| (*i, b.as_ref())).collect()
    }

    /// Reads the section that ends, then opens the next: under a
    /// recommendation, or under a plain heading.
    fn new_section(&mut self, parent: Option<Parent>, heading: Option<String>) {
        self.end_section();
        if parent.is_some() {
            // A running heading between the parts of one table (repeated on
            // every page) keeps the parent; a new recommendation does not.
            self.tables.new_section();
        }
        self.ctx.section = parent;
        self.ctx.numbered_heading = None;
        self.ctx.outline_heading = None;
        if heading.is_some() {
            self.ctx.heading = heading;
        }
        self.ctx.section_lead = None;
        self.ctx.section_lead_member = None;
    }

    fn end_section(&mut self) {
        if !self.section_has_table && !self.pending.is_empty() {
            let found = blocks::actions(&self.pending_refs(), &self.ctx);
            tracing::debug!(
                "blocks {}..{}: {} action(s) outside tables{}",
                self.pending.first().map_or(0, |p| p.0 + 1),
                self.pending.last().map_or(0, |p| p.0 + 1),
                found.actions.len(),
                self.ctx
                    .section
                    .as_ref()
                    .and_then(|s| s.id.as_deref())
                    .map(|id| format!(" under recommendation {id}"))
                    .unwrap_or_default()
            );
            self.out.extend(found.actions);
        }
        self.pending.clear();
        self.section_has_table = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Row, Table};

    fn cell(lines: &[&str], col_span: usize) -> Cell {
        Cell {
            blocks: lines
                .iter()
                .map(|t| Block::Paragraph {
                    text: t.to_string(),
                    page: None,
                })
                .collect(),
            row_span: 1,
            col_span,
            ..Cell::default()
        }
    }

    fn row(cells: Vec<Cell>, header: bool) -> Row {
        Row {
            cells,
            header,
            page: None,
        }
    }

    fn para(t: &str) -> Block {
        Block::Paragraph {
            text: t.into(),
            page: None,
        }
    }

    /// A progress report's section: a recommendation heading, a small
    /// table of actions and "who and when" cells, then progress notes that
    /// name their actions by number.
    fn report(table: Table) -> Document {
        Document {
            title: None,
            blocks: vec![
                Block::Heading {
                    level: 2,
                    text: "Recommendation 1: Plan the finances".into(),
                    page: None,
                },
                Block::Table(table),
                para("1.2 Progress: Delayed. The reviews start in May."),
                para("1.1 Progress: Complete. Agreed by Council."),
            ],
            warnings: Vec::new(),
        }
    }

    #[test]
    fn a_table_without_its_header_row_read_by_its_cells() {
        // The header line came out as a paragraph; the table opens with the
        // end of the paragraph above it, cut by the page.
        let text = |r: &[&str]| row(r.iter().map(|t| cell(&[t], 1)).collect(), false);
        let table = Table {
            rows: vec![
                text(&["", "and to stop drawing on reserves.", "", "", ""]),
                text(&[
                    "1a",
                    "Adopt a three-year financial strategy.",
                    "Director of Resources",
                    "February 2026",
                    "A balanced budget",
                ]),
                text(&[
                    "1b",
                    "Set up a fund for invest-to-save projects.",
                    "Head of Finance",
                    "April 2026",
                    "Fund in place",
                ]),
            ],
            page: None,
        };
        let doc = Document {
            title: None,
            blocks: vec![
                Block::Heading {
                    level: 2,
                    text: "Recommendation 1: Plan the finances".into(),
                    page: None,
                },
                para("WHAT WE WILL DO WHO WILL LEAD BY WHEN HOW WE WILL KNOW"),
                Block::Table(table),
            ],
            warnings: Vec::new(),
        };
        let got: Vec<_> = segment(&doc)
            .iter()
            .map(|a| {
                (
                    a.rec_id.clone(),
                    a.action_id.clone(),
                    a.lead.clone(),
                    a.deadline.clone(),
                )
            })
            .collect();
        let want = |id: &str, lead: &str, date: &str| {
            (
                Some("1".to_string()),
                Some(id.to_string()),
                Some(lead.to_string()),
                Some(date.to_string()),
            )
        };
        assert_eq!(
            got,
            [
                want("1a", "Director of Resources", "February 2026"),
                want("1b", "Head of Finance", "April 2026"),
            ]
        );
    }

    #[test]
    fn a_progress_reports_small_tables_and_notes() {
        // As a web page or Word gives it: one header over the number and
        // the action, the owner and the date on lines of their own.
        let html = Table {
            rows: vec![
                row(
                    vec![cell(&["Action"], 2), cell(&["Lead officer and timescale"], 1)],
                    true,
                ),
                row(
                    vec![
                        cell(&["1.1"], 1),
                        cell(&["Extend the financial plan to five years."], 1),
                        cell(&["Director of Finance", "February 2026"], 1),
                    ],
                    false,
                ),
                row(
                    vec![
                        cell(&["1.2"], 1),
                        cell(&["Review the three largest services."], 1),
                        cell(&["Leader of the Council Every six months"], 1),
                    ],
                    false,
                ),
            ],
            page: None,
        };
        // As a PDF gives it: the number run into the text, each wrapped
        // line a row, the owner cut over two lines.
        let pdf = Table {
            rows: vec![
                row(
                    vec![cell(&["Action"], 1), cell(&["Lead officer and timescale"], 1)],
                    false,
                ),
                row(
                    vec![
                        cell(&["1.1Extend the financial plan to five"], 1),
                        cell(&["Director of"], 1),
                    ],
                    false,
                ),
                row(vec![cell(&["years."], 1), cell(&["Finance February 2026"], 1)], false),
                row(
                    vec![
                        cell(&["1.2Review the three largest services."], 1),
                        cell(&["Leader of the Council Every six months"], 1),
                    ],
                    false,
                ),
            ],
            page: None,
        };
        for (form, table) in [("html", html), ("pdf", pdf)] {
            let got = segment(&report(table));
            let seen: Vec<_> = got
                .iter()
                .map(|a| {
                    (
                        a.rec_id.as_deref(),
                        a.action_id.as_deref(),
                        a.action_text.as_str(),
                        a.lead.as_deref(),
                        a.deadline.as_deref(),
                        a.progress.as_deref(),
                    )
                })
                .collect();
            assert_eq!(
                seen,
                [
                    (
                        Some("1"),
                        Some("1.1"),
                        "Extend the financial plan to five years.",
                        Some("Director of Finance"),
                        Some("February 2026"),
                        Some("Complete. Agreed by Council.")
                    ),
                    (
                        Some("1"),
                        Some("1.2"),
                        "Review the three largest services.",
                        Some("Leader of the Council"),
                        Some("Every six months"),
                        Some("Delayed. The reviews start in May.")
                    ),
                ],
                "{form}"
            );
        }
    }
    /// A table's rows as plain cells (no header flag, as a PDF gives them).
    fn plain_table(rows: &[&[&str]]) -> Document {
        let text = |r: &[&str]| row(r.iter().map(|t| cell(&[t], 1)).collect(), false);
        Document {
            title: None,
            blocks: vec![Block::Table(Table {
                rows: rows.iter().map(|r| text(r)).collect(),
                page: None,
            })],
            warnings: Vec::new(),
        }
    }

    /// (recommendation id, action id, action text, deadline) of an action.
    type Summary = (Option<String>, Option<String>, String, Option<String>);

    /// Each action's [`Summary`].
    fn summary(doc: &Document) -> Vec<Summary> {
        segment(doc)
            .into_iter()
            .map(|a| (a.rec_id, a.action_id, a.action_text, a.deadline))
            .collect()
    }

    #[test]
    fn title_rows_above_the_header_row() {
        let header: &[&str] = &[
            "Rec no.",
            "Peer recommendation",
            "Action ref",
            "Action",
            "Lead",
            "Target date",
        ];
        let first: &[&str] = &[
            "1",
            "Set out a vision",
            "1.1",
            "Agree the vision with partners",
            "CX",
            "Mar 2026",
        ];
        let second: &[&str] = &["", "", "1.2", "Publish the vision and its measures", "HoP", "Jun 2026"];
        let want = vec![
            (
                Some("1".to_string()),
                Some("1.1".to_string()),
                "Agree the vision with partners".to_string(),
                Some("Mar 2026".to_string()),
            ),
            (
                Some("1".to_string()),
                Some("1.2".to_string()),
                "Publish the vision and its measures".to_string(),
                Some("Jun 2026".to_string()),
            ),
        ];
        let cases: Vec<Vec<&[&str]>> = vec![
            // The header at the top.
            vec![header, first, second],
            // Two title rows (a sheet's title, its date) above it.
            vec![
                &["Thornleigh Borough Council – Action Tracker", "", "", "", "", ""],
                &["Position at 30 November 2025", "", "", "", "", ""],
                header,
                first,
                second,
            ],
        ];
        for rows in cases {
            assert_eq!(summary(&plain_table(&rows)), want, "{:?}", rows[0]);
        }
    }

    #[test]
    fn a_merged_title_row_names_the_parent_above_the_header() {
        let title = "Recommendation 2 – Improve the use of performance data";
        let header: &[&str] = &["What", "Who", "When", "How we will know"];
        let body: &[&str] = &[
            "Agree a set of key indicators",
            "Head of Performance",
            "June 2026",
            "KPIs agreed",
        ];
        let merged = |first: Row| Document {
            title: None,
            blocks: vec![Block::Table(Table {
                rows: vec![
                    first,
                    row(header.iter().map(|t| cell(&[t], 1)).collect(), false),
                    row(body.iter().map(|t| cell(&[t], 1)).collect(), false),
                ],
                page: None,
            })],
            warnings: Vec::new(),
        };
        let titled = vec![(
            Some("2".to_string()),
            None,
            "Agree a set of key indicators".to_string(),
            Some("June 2026".to_string()),
        )];
        let untitled = vec![(
            None,
            None,
            "Agree a set of key indicators".to_string(),
            Some("June 2026".to_string()),
        )];
        let cases: Vec<(&str, Document, Vec<Summary>)> = vec![
            // One cell merged across the table (Word, Writer, a PDF's span).
            (
                "merged cell",
                merged(row(vec![cell(&[title], 4)], false)),
                titled.clone(),
            ),
            // The merged cell's text repeated in every cell it covered.
            ("repeated text", plain_table(&[&[title; 4], header, body]), titled),
            // A sheet's title over the header: no parent named (must not fire).
            (
                "sheet title",
                plain_table(&[&["Oakley Council action tracker", "", "", ""], header, body]),
                untitled,
            ),
        ];
        for (name, doc, want) in cases {
            assert_eq!(summary(&doc), want, "{name}");
        }
    }

    #[test]
    fn milestone_rows_belong_to_the_action_above() {
        let doc = plain_table(&[
            &["Ref", "Action and milestones", "Owner", "Due", "RAG"],
            &["1.1", "Deliver the town centre masterplan.", "AD-REG", "Late 2026", "G"],
            &["", "Milestone: Appoint the development partner", "", "Jul 2025", "Done"],
            &["", "Milestone: Submit the planning application", "", "Jan 2026", "Due"],
            &["1.2", "Launch a business grant scheme.", "AD-REG", "Jun 2025", "G"],
        ]);
        let want = vec![
            (
                None,
                Some("1.1".to_string()),
                "Deliver the town centre masterplan.".to_string(),
                Some("Late 2026".to_string()),
            ),
            (
                None,
                Some("1.2".to_string()),
                "Launch a business grant scheme.".to_string(),
                Some("Jun 2025".to_string()),
            ),
        ];
        assert_eq!(summary(&doc), want);
    }
    #[test]
    fn an_outline_heading_parents_the_actions_numbered_under_it() {
        let heading = |t: &str| Block::Heading {
            level: 1,
            text: t.into(),
            page: None,
        };
        let list = |items: &[&str]| Block::List {
            ordered: true,
            items: items.iter().map(|t| t.to_string()).collect(),
            page: None,
        };
        let doc = Document {
            title: None,
            blocks: vec![
                heading("1 Build a shared leadership culture"),
                list(&[
                    "1.1 The peer team found that relationships were good.",
                    "1.2 Hold joint away days twice a year.",
                ]),
                para("Lead officer: Chief Executive"),
                para("Target date: March 2026"),
                list(&[
                    "1.3 Introduce a member–officer protocol.",
                    "(a) Draft the protocol with the Standards Committee.",
                    "(b) Run training sessions for all members.",
                ]),
                para("Lead officer: Monitoring Officer"),
                para("Target date: June 2026"),
                // A heading numbered so, over paragraphs not numbered under it.
                heading("3 Year Plan"),
                para("What we will do: Agree the three-year plan"),
                para("Lead officer: Chief Executive"),
            ],
            warnings: Vec::new(),
        };
        let got: Vec<_> = segment(&doc)
            .into_iter()
            .map(|a| (a.rec_id, a.action_id, a.action_text, a.lead))
            .collect();
        let some = |t: &str| Some(t.to_string());
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(
            (&got[0].0, &got[0].1, got[0].3.as_deref()),
            (&some("1"), &some("1.2"), Some("Chief Executive"))
        );
        assert_eq!((&got[1].0, &got[1].1), (&some("1"), &some("1.3")));
        assert!(
            got[1].2.starts_with("Introduce a member–officer protocol."),
            "{:?}",
            got[1].2
        );
        assert_eq!((&got[2].0, &got[2].1), (&None, &None));
    }
}
