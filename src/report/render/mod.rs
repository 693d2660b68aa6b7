//! The report page: the numbers of a [`Summary`] (and a
//! [`HistorySummary`]) drawn as charts and tables, and every record in one
//! searchable, sortable table.
//!
//! One self-contained file: styles and the little script are inline, a
//! Content-Security-Policy forbids every fetch (so it shows the same from
//! disk, an e-mail attachment or a web server), and it works without the
//! script (the table is only not searchable then).

pub mod actions;
pub mod charts;
pub mod escape;
pub mod sections;

use std::fmt::Write as _;

use escape::esc;

use super::{HistorySummary, ReportError, ReportOptions, Summary};
use crate::record::Record;

const STYLE: &str = include_str!("style.css");
const SCRIPT: &str = include_str!("script.js");

/// The policy that keeps the page from loading anything: no network at
/// view time, and no script but its own inline one.
pub const CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// The whole page.
pub fn page(
    summary: &Summary,
    records: &[Record],
    history: Option<&HistorySummary>,
    options: &ReportOptions,
) -> Result<String, ReportError> {
    let mut out = String::with_capacity(4096 + records.len() * 420);
    let title = esc(&options.title);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\
         <meta name=\"generator\" content=\"actionplan {}\">\
         <title>{title}</title><style>{STYLE}</style></head><body>\n\
         <a class=\"skip\" href=\"#actions\">Skip to the table of every action</a>\n\
         <header><h1>{title}</h1><p class=\"sub\">Deadlines judged as of <strong>{}</strong>. \
         Made by actionplan {} from {} records.</p>",
        env!("CARGO_PKG_VERSION"),
        summary.as_of,
        env!("CARGO_PKG_VERSION"),
        summary.actions,
    );
    sections::totals(&mut out, summary);
    out.push_str(
        "<nav aria-label=\"Sections\"><ul><li><a href=\"#summary\">Summary</a></li>\
         <li><a href=\"#deadlines\">Deadlines</a></li><li><a href=\"#owners\">Owners</a></li>",
    );
    if history.is_some() {
        out.push_str("<li><a href=\"#history\">History</a></li>");
    }
    out.push_str(
        "<li><a href=\"#quality\">Data quality</a></li><li><a href=\"#actions\">Every action</a></li></ul></nav></header>\n<main>\n",
    );
    sections::summary(&mut out, summary)?;
    sections::deadlines(&mut out, summary, records)?;
    sections::owners(&mut out, summary)?;
    if let Some(h) = history {
        sections::history(&mut out, h)?;
    }
    sections::quality(&mut out, summary, records, history);
    actions::table(&mut out, records, summary.as_of);
    sections::glossary(&mut out);
    let _ = write!(out, "</main>\n<script>{SCRIPT}</script>\n</body></html>\n");
    Ok(out)
}

/// A table of `rows` (cells escaped here) with a caption and headers;
/// numeric columns (all but the first) are right-aligned by the CSS.
pub fn small_table(out: &mut String, caption: &str, headers: &[&str], rows: &[Vec<String>]) {
    let _ = write!(
        out,
        "<div class=\"scroll\"><table class=\"counts\"><caption>{}</caption><thead><tr>",
        esc(caption)
    );
    for h in headers {
        let _ = write!(out, "<th scope=\"col\">{}</th>", esc(h));
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            if i == 0 {
                let _ = write!(out, "<th scope=\"row\">{}</th>", esc(cell));
            } else {
                let _ = write!(out, "<td>{}</td>", esc(cell));
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
}
