//! The table of every action: searchable and sortable by the page's
//! script, readable without it.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::escape::{push_esc, source_href};
use super::sections::status_name;
use crate::record::{Rag, Record};
use crate::report::summary::{council_of, due_date, is_overdue};

/// Headers of the table, in column order.
pub const COLUMNS: [&str; 9] = [
    "Council", "Rec.", "No.", "Action", "Lead", "Deadline", "Status", "RAG", "Source",
];

/// Writes the section holding the table of every record, in input order.
pub fn table(out: &mut String, records: &[Record], as_of: NaiveDate) {
    let _ = write!(
        out,
        "<section id=\"actions\" aria-labelledby=\"h-actions\"><h2 id=\"h-actions\">Every action</h2>\
         <div class=\"search\"><label for=\"q\">Filter the table</label> \
         <input id=\"q\" type=\"search\" placeholder=\"council, words, lead, status, overdue…\" autocomplete=\"off\"> \
         <output id=\"shown\" for=\"q\" aria-live=\"polite\">{n} of {n} actions shown</output></div>\
         <p class=\"hint\">Click a column's heading to sort by it. Deadlines sort by their end date.</p>\
         <div class=\"scroll\"><table id=\"all\" class=\"list\"><caption>All {n} actions</caption><thead><tr>",
        n = records.len()
    );
    for (i, c) in COLUMNS.iter().enumerate() {
        let _ = write!(
            out,
            "<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" data-col=\"{i}\">{c}</button></th>"
        );
    }
    out.push_str("</tr></thead><tbody>\n");
    for r in records {
        row(out, r, as_of);
    }
    out.push_str("</tbody></table></div></section>\n");
}

/// One row. End tags of cells and rows are left out, as HTML allows (the
/// next `<td>` or `<tr>` closes them): a tenth of the file at 10,000 rows.
fn row(out: &mut String, r: &Record, as_of: NaiveDate) {
    let late = is_overdue(r, as_of);
    out.push_str(if late { "<tr class=\"od\"><td>" } else { "<tr><td>" });
    push_esc(out, council_of(r));
    out.push_str("<td>");
    if let Some(id) = r.recommendation.as_ref().and_then(|x| x.id.as_deref()) {
        push_esc(out, id);
    }
    out.push_str("<td>");
    if let Some(id) = &r.action.id {
        push_esc(out, id);
    }
    out.push_str("<td>");
    push_esc(out, &r.action.text);
    out.push_str("<td>");
    for (i, o) in r.lead.iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        push_esc(out, &o.name);
    }
    match due_date(r) {
        Some(d) => {
            let _ = write!(out, "<td data-v=\"{d}\">");
        }
        None => out.push_str("<td data-v=\"\">"),
    }
    if let Some(raw) = &r.deadline.raw {
        push_esc(out, raw);
    }
    if late {
        out.push_str(" <span class=\"tag late\">overdue</span>");
    }
    out.push_str("<td>");
    out.push_str(r.status.map(status_name).unwrap_or(""));
    out.push_str("<td>");
    out.push_str(match r.rag {
        Some(Rag::Red) => "<b class=r>red</b>",
        Some(Rag::Amber) => "<b class=a>amber</b>",
        Some(Rag::Green) => "<b class=g>green</b>",
        None => "",
    });
    out.push_str("<td><a href=\"");
    push_esc(
        out,
        &source_href(r.document.url.as_deref(), &r.document.path, r.location.page),
    );
    out.push_str("\">");
    let name = r.document.url.as_deref().unwrap_or(&r.document.path);
    let name = name.rsplit('/').find(|s| !s.is_empty()).unwrap_or(name);
    push_esc(out, name);
    if let Some(p) = r.location.page {
        let _ = write!(out, " p.{p}");
    }
    out.push_str("</a>\n");
}
