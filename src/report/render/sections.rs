//! The report's sections: each draws numbers already computed in
//! [`crate::report::summary`] or [`crate::report::history`].

use std::fmt::Write as _;

use super::charts::{stacked_bars, Direction, Series, MAX_BARS};
use super::escape::esc;
use super::small_table;
use crate::record::Record;
use crate::report::history::{FieldChange, HistorySummary, Slip};
use crate::report::summary::{council_of, due_date, Summary, RAG_LABELS, STATUS_LABELS};
use crate::report::ReportError;

/// Colours of [`STATUS_LABELS`]: distinguishable with the common colour
/// blindnesses, and each series also named in the legend and table.
pub const STATUS_COLORS: [&str; 6] = ["#1b7837", "#2166ac", "#b2182b", "#67a9cf", "#7fbf7b", "#bababa"];
/// Colours of [`RAG_LABELS`].
pub const RAG_COLORS: [&str; 4] = ["#c0392b", "#e69f00", "#2e8b57", "#bababa"];
/// Colours of the timeline's closed, open and overdue series.
pub const TIMELINE_COLORS: [&str; 3] = ["#1b7837", "#67a9cf", "#b2182b"];

/// Most rows of a list (overdue actions, changes, unparsed deadlines)
/// written out; the table of every action holds the rest.
pub const MAX_LIST: usize = 200;

fn legend(out: &mut String, labels: &[&str], colors: &[&str]) {
    out.push_str("<ul class=\"legend\" aria-hidden=\"true\">");
    for (l, c) in labels.iter().zip(colors) {
        let _ = write!(out, "<li><span style=\"background:{c}\"></span>{}</li>", esc(l));
    }
    out.push_str("</ul>");
}

fn figure(out: &mut String, svg: &str, caption: &str, labels: &[&str], colors: &[&str]) {
    let _ = write!(out, "<figure>{svg}<figcaption>{}</figcaption>", esc(caption));
    legend(out, labels, colors);
    out.push_str("</figure>");
}

/// The headline numbers.
pub fn totals(out: &mut String, s: &Summary) {
    let cards = [
        ("councils", s.councils.len()),
        ("documents", s.documents),
        ("actions", s.actions),
        ("open", s.open),
        ("overdue", s.overdue.len()),
    ];
    out.push_str("<ul class=\"cards\">");
    for (name, n) in cards {
        let _ = write!(out, "<li class=\"card-{name}\"><strong>{n}</strong> {name}</li>");
    }
    out.push_str("</ul>");
}

fn per_council_chart(
    out: &mut String,
    s: &Summary,
    what: &str,
    labels: &[&str],
    colors: &[&str],
    values: impl Fn(usize, usize) -> usize,
) -> Result<(), ReportError> {
    let mut order: Vec<usize> = (0..s.councils.len()).collect();
    order.sort_by(|&a, &b| s.councils[b].actions.cmp(&s.councils[a].actions).then(a.cmp(&b)));
    let drawn: Vec<usize> = order.iter().copied().take(MAX_BARS).collect();
    let cats: Vec<String> = drawn.iter().map(|&i| s.councils[i].council.clone()).collect();
    let series: Vec<Series> = labels
        .iter()
        .zip(colors)
        .enumerate()
        .map(|(k, (l, c))| Series {
            label: l,
            color: c,
            values: drawn.iter().map(|&i| values(i, k)).collect(),
        })
        .collect();
    let title = format!("Actions by {what}, per council");
    let desc = drawn
        .iter()
        .map(|&i| {
            let parts: Vec<String> = labels
                .iter()
                .enumerate()
                .filter(|(k, _)| values(i, *k) > 0)
                .map(|(k, l)| format!("{} {}", values(i, k), l.to_lowercase()))
                .collect();
            format!("{}: {}", s.councils[i].council, parts.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ");
    let svg = stacked_bars(&title, &desc, &cats, &series, Direction::Horizontal)?;
    let mut caption = format!("{title} (stacked bars; the table beside it gives the numbers).");
    if s.councils.len() > MAX_BARS {
        let _ = write!(
            caption,
            " The {MAX_BARS} councils with most actions are drawn; the table lists all {}.",
            s.councils.len()
        );
    }
    out.push_str("<div class=\"pair\">");
    figure(out, &svg, &caption, labels, colors);
    let mut headers = vec!["Council"];
    headers.extend_from_slice(labels);
    headers.push("Total");
    let rows: Vec<Vec<String>> = (0..s.councils.len())
        .map(|i| {
            let mut row = vec![s.councils[i].council.clone()];
            row.extend((0..labels.len()).map(|k| values(i, k).to_string()));
            row.push(s.councils[i].actions.to_string());
            row
        })
        .collect();
    small_table(out, &format!("Actions by {what}, per council"), &headers, &rows);
    out.push_str("</div>");
    Ok(())
}

/// Summary: per council, by status and by RAG.
pub fn summary(out: &mut String, s: &Summary) -> Result<(), ReportError> {
    out.push_str("<section id=\"summary\" aria-labelledby=\"h-summary\"><h2 id=\"h-summary\">Summary</h2>");
    let _ = write!(
        out,
        "<p>{} actions from {} documents of {} councils; {} open, {} overdue as of {}.</p>",
        s.actions,
        s.documents,
        s.councils.len(),
        s.open,
        s.overdue.len(),
        s.as_of
    );
    out.push_str("<h3>By status</h3>");
    per_council_chart(out, s, "status", &STATUS_LABELS, &STATUS_COLORS, |i, k| {
        s.councils[i].status[k]
    })?;
    out.push_str("<h3>By RAG rating</h3>");
    per_council_chart(out, s, "RAG rating", &RAG_LABELS, &RAG_COLORS, |i, k| {
        s.councils[i].rag[k]
    })?;
    out.push_str("</section>\n");
    Ok(())
}

/// Deadlines: the timeline by quarter, the overdue list, deadlines
/// without a date.
pub fn deadlines(out: &mut String, s: &Summary, records: &[Record]) -> Result<(), ReportError> {
    out.push_str("<section id=\"deadlines\" aria-labelledby=\"h-deadlines\"><h2 id=\"h-deadlines\">Deadlines</h2>");
    let labels = ["Closed", "Open", "Overdue"];
    if s.quarters.is_empty() {
        out.push_str("<p>No action has a dated deadline.</p>");
    } else {
        let cats: Vec<String> = s.quarters.iter().map(|q| q.label.clone()).collect();
        let series = [
            Series {
                label: labels[0],
                color: TIMELINE_COLORS[0],
                values: s.quarters.iter().map(|q| q.closed).collect(),
            },
            Series {
                label: labels[1],
                color: TIMELINE_COLORS[1],
                values: s.quarters.iter().map(|q| q.open).collect(),
            },
            Series {
                label: labels[2],
                color: TIMELINE_COLORS[2],
                values: s.quarters.iter().map(|q| q.overdue).collect(),
            },
        ];
        let title = "Actions per quarter of their deadline";
        let desc = s
            .quarters
            .iter()
            .filter(|q| q.closed + q.open + q.overdue > 0)
            .map(|q| {
                format!(
                    "{}: {} closed, {} open, {} overdue",
                    q.label, q.closed, q.open, q.overdue
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        let svg = stacked_bars(title, &desc, &cats, &series, Direction::Vertical)?;
        let mut caption = format!("{title}, by the end of each deadline's period; overdue in red.");
        if s.quarters.len() > MAX_BARS {
            let _ = write!(
                caption,
                " The first {MAX_BARS} quarters are drawn; the table lists all."
            );
        }
        if s.due_earlier + s.due_later > 0 {
            let _ = write!(
                caption,
                " Not drawn: {} due more than five years before {} and {} more than five years after.",
                s.due_earlier, s.as_of, s.due_later
            );
        }
        out.push_str("<div class=\"pair\">");
        figure(out, &svg, &caption, &labels, &TIMELINE_COLORS);
        let rows: Vec<Vec<String>> = s
            .quarters
            .iter()
            .map(|q| {
                vec![
                    q.label.clone(),
                    q.closed.to_string(),
                    q.open.to_string(),
                    q.overdue.to_string(),
                ]
            })
            .collect();
        small_table(
            out,
            "Actions per quarter of their deadline",
            &["Quarter", "Closed", "Open", "Overdue"],
            &rows,
        );
        out.push_str("</div>");
    }
    let _ = write!(
        out,
        "<h3 id=\"overdue\">Overdue as of {}: {}</h3>",
        s.as_of,
        s.overdue.len()
    );
    if !s.overdue.is_empty() {
        out.push_str("<div class=\"scroll\"><table class=\"list\"><caption>Open actions whose deadline ended before the as-of day, most overdue first</caption><thead><tr><th scope=\"col\">Council</th><th scope=\"col\">Action</th><th scope=\"col\">Deadline</th><th scope=\"col\">Due</th><th scope=\"col\">Days over</th><th scope=\"col\">Status</th></tr></thead><tbody>");
        for &i in s.overdue.iter().take(MAX_LIST) {
            let r = &records[i];
            let due = due_date(r);
            let days = due.map(|d| (s.as_of - d).num_days()).unwrap_or(0);
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{days}</td><td>{}</td></tr>",
                esc(council_of(r)),
                esc(&r.action.text),
                esc(r.deadline.raw.as_deref().unwrap_or("")),
                due.map(|d| d.to_string()).unwrap_or_default(),
                r.status.map(status_name).unwrap_or("not stated"),
            );
        }
        out.push_str("</tbody></table></div>");
        if s.overdue.len() > MAX_LIST {
            let _ = write!(
                out,
                "<p>{} more: search the table of every action for “overdue”.</p>",
                s.overdue.len() - MAX_LIST
            );
        }
    }
    out.push_str("<h3>No usable deadline</h3>");
    let nd = &s.no_deadline;
    small_table(
        out,
        "Actions whose deadline gives no date",
        &["Kind", "Actions"],
        &[
            vec!["None given".into(), nd.none.to_string()],
            vec!["To be confirmed".into(), nd.tbc.to_string()],
            vec!["Not readable (see Data quality)".into(), nd.unparsed.to_string()],
            vec!["Ongoing or recurring (no end by design)".into(), nd.ongoing.to_string()],
        ],
    );
    out.push_str("</section>\n");
    Ok(())
}

/// Owners: who holds the most open actions.
pub fn owners(out: &mut String, s: &Summary) -> Result<(), ReportError> {
    out.push_str("<section id=\"owners\" aria-labelledby=\"h-owners\"><h2 id=\"h-owners\">Owners</h2>");
    if s.owners.is_empty() {
        out.push_str("<p>No open action names a lead.</p></section>\n");
        return Ok(());
    }
    let top: Vec<&(String, usize)> = s.owners.iter().take(20).collect();
    let cats: Vec<String> = top.iter().map(|(n, _)| n.clone()).collect();
    let series = [Series {
        label: "Open actions",
        color: "#2166ac",
        values: top.iter().map(|(_, c)| *c).collect(),
    }];
    let title = "Owners holding the most open actions";
    let desc = top
        .iter()
        .map(|(n, c)| format!("{n}: {c}"))
        .collect::<Vec<_>>()
        .join("; ");
    let svg = stacked_bars(title, &desc, &cats, &series, Direction::Horizontal)?;
    out.push_str("<div class=\"pair\">");
    figure(
        out,
        &svg,
        &format!(
            "{title} (canonical names; an action with two leads counts for each). {} owners in all.",
            s.owners.len()
        ),
        &["Open actions"],
        &["#2166ac"],
    );
    let rows: Vec<Vec<String>> = s
        .owners
        .iter()
        .take(50)
        .map(|(n, c)| vec![n.clone(), c.to_string()])
        .collect();
    small_table(
        out,
        "Open actions per owner (the first 50)",
        &["Owner", "Open actions"],
        &rows,
    );
    out.push_str("</div></section>\n");
    Ok(())
}

fn change_list(out: &mut String, caption: &str, changes: &[FieldChange]) {
    if changes.is_empty() {
        let _ = write!(out, "<p>{}: none.</p>", esc(caption));
        return;
    }
    let _ = write!(
        out,
        "<div class=\"scroll\"><table class=\"list\"><caption>{}</caption><thead><tr><th scope=\"col\">Council</th><th scope=\"col\">Action</th><th scope=\"col\">Was</th><th scope=\"col\">Now</th><th scope=\"col\">Seen</th></tr></thead><tbody>",
        esc(caption)
    );
    for c in changes.iter().take(MAX_LIST) {
        let mark = match c.slip {
            Slip::Later => " <span class=\"tag late\">later</span>",
            Slip::Earlier => " <span class=\"tag\">earlier</span>",
            Slip::Unclear => "",
        };
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}{mark}</td><td>{}</td></tr>",
            esc(&c.council),
            esc(&c.action),
            esc(c.old.as_deref().unwrap_or("—")),
            esc(c.new.as_deref().unwrap_or("—")),
            esc(c.run_time.get(..10).unwrap_or(&c.run_time)),
        );
    }
    out.push_str("</tbody></table></div>");
    if changes.len() > MAX_LIST {
        let _ = write!(
            out,
            "<p>{} more (see <code>actionplan changes</code>).</p>",
            changes.len() - MAX_LIST
        );
    }
}

/// History: what changed in the store since `--since`.
pub fn history(out: &mut String, h: &HistorySummary) -> Result<(), ReportError> {
    out.push_str("<section id=\"history\" aria-labelledby=\"h-history\"><h2 id=\"h-history\">History</h2>");
    let _ = write!(
        out,
        "<p>Changes seen by refreshes {}.</p>",
        match &h.since {
            Some(s) => format!("since {}", esc(s)),
            None => "since the store began".into(),
        }
    );
    if h.councils.is_empty() {
        out.push_str("<p>Nothing changed.</p></section>\n");
        return Ok(());
    }
    let cats: Vec<String> = h.councils.iter().map(|c| c.council.clone()).collect();
    let labels = ["Slipped", "Brought forward", "Other deadline change"];
    let colors = ["#b2182b", "#1b7837", "#bababa"];
    let series = [
        Series {
            label: labels[0],
            color: colors[0],
            values: h.councils.iter().map(|c| c.slipped).collect(),
        },
        Series {
            label: labels[1],
            color: colors[1],
            values: h.councils.iter().map(|c| c.brought_forward).collect(),
        },
        Series {
            label: labels[2],
            color: colors[2],
            values: h.councils.iter().map(|c| c.deadline_other).collect(),
        },
    ];
    let title = "Deadline changes per council";
    let desc = h
        .councils
        .iter()
        .map(|c| {
            format!(
                "{}: {} slipped, {} brought forward, {} other",
                c.council, c.slipped, c.brought_forward, c.deadline_other
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let svg = stacked_bars(title, &desc, &cats, &series, Direction::Horizontal)?;
    out.push_str("<div class=\"pair\">");
    figure(
        out,
        &svg,
        &format!("{title}: slipped means the deadline's period now ends later."),
        &labels,
        &colors,
    );
    let rows: Vec<Vec<String>> = h
        .councils
        .iter()
        .map(|c| {
            vec![
                c.council.clone(),
                c.slipped.to_string(),
                c.brought_forward.to_string(),
                c.deadline_other.to_string(),
                c.status.to_string(),
                c.rag.to_string(),
                c.new.to_string(),
                c.gone.to_string(),
            ]
        })
        .collect();
    small_table(
        out,
        "Changes per council",
        &[
            "Council",
            "Slipped",
            "Brought forward",
            "Other deadline",
            "Status",
            "RAG",
            "New",
            "Gone",
        ],
        &rows,
    );
    out.push_str("</div>");
    change_list(out, "Deadlines that moved", &h.deadlines);
    change_list(out, "Statuses that changed", &h.statuses);
    change_list(out, "RAG ratings that changed", &h.rags);
    out.push_str("</section>\n");
    Ok(())
}

/// Data quality: warnings by kind, unreadable deadlines, failed documents.
pub fn quality(out: &mut String, s: &Summary, records: &[Record], history: Option<&HistorySummary>) {
    out.push_str("<section id=\"quality\" aria-labelledby=\"h-quality\"><h2 id=\"h-quality\">Data quality</h2>");
    if s.warnings.is_empty() {
        out.push_str("<p>No record carries a warning.</p>");
    } else {
        let rows: Vec<Vec<String>> = s.warnings.iter().map(|(k, n)| vec![k.clone(), n.to_string()]).collect();
        small_table(
            out,
            "Warnings by kind (details that vary shown as … and N)",
            &["Warning", "Records"],
            &rows,
        );
    }
    let _ = write!(out, "<h3>Deadlines not read: {}</h3>", s.unparsed.len());
    if !s.unparsed.is_empty() {
        out.push_str("<div class=\"scroll\"><table class=\"list\"><caption>Deadline text that is not a date actionplan can read (never guessed)</caption><thead><tr><th scope=\"col\">Council</th><th scope=\"col\">Deadline as printed</th><th scope=\"col\">Action</th></tr></thead><tbody>");
        for &i in s.unparsed.iter().take(MAX_LIST) {
            let r = &records[i];
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(council_of(r)),
                esc(r.deadline.raw.as_deref().unwrap_or("")),
                esc(&r.action.text)
            );
        }
        out.push_str("</tbody></table></div>");
    }
    if let Some(h) = history {
        let _ = write!(
            out,
            "<h3>Documents that failed in their last refresh: {}</h3>",
            h.failed.len()
        );
        if !h.failed.is_empty() {
            let rows: Vec<Vec<String>> = h
                .failed
                .iter()
                .map(|f| vec![f.council.clone(), f.url.clone(), f.error.clone()])
                .collect();
            small_table(
                out,
                "Documents whose last fetch or extraction failed",
                &["Council", "Document", "Error"],
                &rows,
            );
        }
    }
    out.push_str("</section>\n");
}

/// How the report counts, in words.
pub fn glossary(out: &mut String) {
    out.push_str(
        "<section id=\"about\" aria-labelledby=\"h-about\"><h2 id=\"h-about\">How this report counts</h2><dl>\
         <dt>Closed</dt><dd>Status complete or no further action, or a deadline that says complete. Every other action is open.</dd>\
         <dt>Due</dt><dd>The last day of the deadline's period (“March 2024” is due 31 March 2024; of several deadlines, the last).</dd>\
         <dt>Overdue</dt><dd>Open, and due before the as-of day.</dd>\
         <dt>Owners</dt><dd>Canonical names of the leads of open actions; an action with two leads counts for each.</dd>\
         </dl></section>\n",
    );
}

/// A status as the page shows it.
pub fn status_name(s: crate::record::Status) -> &'static str {
    use crate::record::Status::*;
    match s {
        Complete => "complete",
        InProgress => "in progress",
        NotStarted => "not started",
        Ongoing => "ongoing",
        NoFurtherAction => "no further action",
    }
}
