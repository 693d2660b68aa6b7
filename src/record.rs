//! The output record: one per action, the contract of `spec/record.md`.
//!
//! Field names and meanings are a public contract that datasets are built
//! on; a change to them is a new [`SCHEMA_VERSION`].

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Version of the record contract written in every record.
pub const SCHEMA_VERSION: u32 = 2;

/// One action extracted from a council document, with its provenance.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Record {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Where the record came from.
    pub document: DocumentInfo,
    /// The parent recommendation or objective, where the action has one.
    pub recommendation: Option<Recommendation>,
    /// The action itself.
    pub action: Action,
    /// Who is accountable, split and canonicalised.
    pub lead: Vec<Owner>,
    /// When it is due, normalised.
    pub deadline: Deadline,
    /// Stated status, where the document states one.
    pub status: Option<Status>,
    /// RAG rating, where a RAG column gives one.
    pub rag: Option<Rag>,
    /// The progress update attached to this action, if any.
    pub progress: Option<String>,
    /// Where in the document the action starts.
    pub location: Location,
    /// Plain-language notes on anything uncertain.
    pub warnings: Vec<String>,
    /// The action followed across a plan and its progress updates; only
    /// where records were linked (`history`, a refresh of a plan), absent
    /// otherwise. Added in schema version 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lineage: Option<Lineage>,
}

/// Which action across a plan's documents a record continues: see
/// [`crate::link`].
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Lineage {
    /// Stable id of the action, the same in every document that continues it.
    pub key: String,
    /// The document (URL, else path) the action first appeared in.
    pub since: String,
    /// Confidence of the link to the action it continues in the document
    /// before (0..=1; 1.0 when number, wording and context agree); null
    /// where the action first appears.
    pub score: Option<f64>,
}

/// Provenance of a record: the document it came from.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DocumentInfo {
    /// The input path as given on the command line.
    pub path: String,
    /// The URL it was fetched from, where it was fetched.
    pub url: Option<String>,
    /// Hex SHA-256 of the input bytes: identifies the exact version read.
    pub sha256: String,
    /// The input format: "html", "text", "pdf", "docx", "odt", "spreadsheet", "csv".
    pub format: String,
    /// Short council name ("Harrow"), from the text or `--council`.
    pub council: Option<String>,
    /// The document's title.
    pub title: Option<String>,
    /// The document's date as "YYYY-MM" or "YYYY-MM-DD".
    pub date: Option<String>,
}

/// The recommendation, objective or theme an action answers.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Recommendation {
    /// The number or label as printed ("9a"), null where none.
    pub id: Option<String>,
    /// The heading or the parent cell's first sentence.
    pub title: Option<String>,
    /// The parent's full text.
    pub text: Option<String>,
}

/// The action's own number and text.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Action {
    /// The action's number where printed ("2.3").
    pub id: Option<String>,
    /// The whole action, white space collapsed, bullets as "• " items.
    pub text: String,
}

/// One accountable owner from a lead cell.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Owner {
    /// As printed.
    pub raw: String,
    /// Canonical name (abbreviations expanded, case folded).
    pub name: String,
    /// What sort of owner this is.
    pub kind: OwnerKind,
}

/// The sorts of owner `owners.md` distinguishes.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum OwnerKind {
    /// A post ("Corporate Director Resources").
    Role,
    /// A named individual with no post words.
    Person,
    /// An elected member.
    Councillor,
    /// A team, board, group or committee.
    Body,
}

/// A normalised deadline: a kind and, where it has dates, an inclusive period.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Deadline {
    /// The cell as printed, white space collapsed; null where empty.
    pub raw: Option<String>,
    /// What sort of deadline this is.
    pub kind: DeadlineKind,
    /// First day of the period (null for "by X" and for kinds without dates).
    pub start: Option<NaiveDate>,
    /// Last day of the period.
    pub end: Option<NaiveDate>,
    /// The parts of a `multiple` deadline, each normalised on its own.
    pub parts: Vec<Deadline>,
}

impl Deadline {
    /// The deadline of an empty cell.
    pub fn none() -> Deadline {
        Deadline {
            raw: None,
            kind: DeadlineKind::None,
            start: None,
            end: None,
            parts: Vec::new(),
        }
    }
}

/// The kinds of deadline `deadlines.md` defines.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// One calendar period (a day, month, quarter, season, year).
    Date,
    /// From one period to another.
    Range,
    /// Continuous work with no end.
    Ongoing,
    /// Already done.
    Complete,
    /// To be confirmed.
    Tbc,
    /// Repeats (quarterly, monthly...).
    Recurring,
    /// Several deadlines in one cell; see `parts`.
    Multiple,
    /// Empty cell.
    None,
    /// Text that is not a deadline we can read; never guessed.
    Unparsed,
}

/// Stated status of an action.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Done.
    Complete,
    /// Under way.
    InProgress,
    /// Not yet begun.
    NotStarted,
    /// Continuous.
    Ongoing,
    /// Closed with nothing more to do.
    NoFurtherAction,
}

/// Red / amber / green rating.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Rag {
    /// On track or done.
    Green,
    /// At risk.
    Amber,
    /// Off track.
    Red,
}

/// Where an action starts in its document.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Location {
    /// 1-based page (null for HTML and text).
    pub page: Option<u32>,
    /// 1-based table number within the document (null outside tables).
    pub table: Option<u32>,
    /// 1-based row within the table, or block number outside tables.
    pub row: Option<u32>,
}
