//! `actionplan report`: one self-contained HTML file that shows the picture
//! before the rows.
//!
//! Two stages, kept apart so the numbers can be tested without HTML:
//! [`summary`] counts what the records say (per council, per status and
//! RAG, per quarter, overdue as of a date, owners of open actions, data
//! quality), [`history`] what changed in a store since a date, and
//! [`render`] draws those numbers (SVG charts from plotters, tables, a
//! searchable table of every action). [`store_input`] reads a store through
//! its public queries.
//!
//! Every text from a document is hostile: it reaches the page only through
//! [`render::escape`].

pub mod history;
pub mod load;
pub mod render;
pub mod store_input;
pub mod summary;

pub use history::HistorySummary;
pub use summary::Summary;

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The charting crate failed to draw a chart.
    #[error("cannot draw the chart {chart:?}: {message}")]
    Chart {
        /// The chart's title.
        chart: String,
        /// What plotters said.
        message: String,
    },
    /// The store could not be read.
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    /// A records file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// A line of a records file is not a record.
    #[error("{path}: line {line}: not a record: {message}")]
    Parse {
        /// The file.
        path: String,
        /// 1-based line (1 for a JSON array).
        line: usize,
        /// What serde said.
        message: String,
    },
    /// A stored record could not be parsed.
    #[error("a stored record is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// What a report is about, besides the records.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    /// The page's title.
    pub title: String,
    /// The day deadlines are judged against (overdue: ended before it).
    pub as_of: chrono::NaiveDate,
}

/// The whole report as one HTML string: summary first, then rendering.
pub fn report_html(
    records: &[crate::record::Record],
    history: Option<&HistorySummary>,
    options: &ReportOptions,
) -> Result<String, ReportError> {
    let summary = Summary::of(records, options.as_of);
    render::page(&summary, records, history, options)
}
