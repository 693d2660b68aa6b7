//! What a person reading the document sees (issue 17, items 3 to 6), in
//! every format each applies to, from small files built at run time: posts
//! on separate lines of a lead cell are separate owners; a merge whose
//! first row a tracked change deleted keeps the rows below; a milestone
//! table inside an action cell stays out of the action's text and gives
//! its deadline; a footnote mark set as a superscript is no part of a word
//! or a date.

mod common;

use common::{actionplan, docx, one_page_pdf, records, stderr, w_p, write, zip_of};
use serde_json::Value;

// ------------------------------------------------------------ helpers

/// Extracts `bytes` saved as `name` and returns its records.
fn extract(name: &str, bytes: &[u8]) -> Vec<Value> {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), name, bytes);
    let out = actionplan(&["extract".as_ref(), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    records(&out)
}

/// The record whose action text starts with `start`.
fn record<'a>(recs: &'a [Value], start: &str) -> &'a Value {
    recs.iter()
        .find(|r| r["action"]["text"].as_str().is_some_and(|t| t.starts_with(start)))
        .unwrap_or_else(|| panic!("no action starting {start:?} in {recs:#?}"))
}

/// A record's owners as printed.
fn leads(r: &Value) -> Vec<String> {
    r["lead"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["raw"].as_str().unwrap().to_string())
        .collect()
}

/// A Word table cell holding `inner` (paragraphs), with `props` in its
/// `w:tcPr`.
fn tc(props: &str, inner: &str) -> String {
    format!("<w:tc><w:tcPr>{props}</w:tcPr>{inner}</w:tc>")
}

/// A Word paragraph of runs already written.
fn p_runs(runs: &str) -> String {
    format!("<w:p>{runs}</w:p>")
}

/// A Word run of text.
fn r(text: &str) -> String {
    format!(r#"<w:r><w:t xml:space="preserve">{text}</w:t></w:r>"#)
}

/// A Word run set as a superscript.
fn sup(text: &str) -> String {
    format!(r#"<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>{text}</w:t></w:r>"#)
}

/// A Word action plan: a title, then a table with a header row
/// (Action | Lead officer | Deadline) and these rows, each cell's content
/// written already.
fn word_plan(rows: &[[String; 3]]) -> Vec<u8> {
    let mut body = w_p("Peer challenge action plan");
    body.push_str("<w:tbl><w:tr>");
    for h in ["Action", "Lead officer", "Deadline"] {
        body.push_str(&tc("", &w_p(h)));
    }
    body.push_str("</w:tr>");
    for row in rows {
        body.push_str("<w:tr>");
        for cell in row {
            body.push_str(&tc("", cell));
        }
        body.push_str("</w:tr>");
    }
    body.push_str("</w:tbl>");
    docx(&body)
}

const ODT_NS: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0""#;

/// An .odt action plan: a superscript text style "Sup", a title, then a
/// table (Action | Lead officer | Deadline) with these rows of cell XML.
fn odt_plan(rows: &[[&str; 3]]) -> Vec<u8> {
    let cell = |inner: &str| format!("<table:table-cell>{inner}</table:table-cell>");
    let mut table = String::from("<table:table><table:table-row>");
    for h in ["Action", "Lead officer", "Deadline"] {
        table.push_str(&cell(&format!("<text:p>{h}</text:p>")));
    }
    table.push_str("</table:table-row>");
    for row in rows {
        table.push_str("<table:table-row>");
        for c in row {
            table.push_str(&cell(c));
        }
        table.push_str("</table:table-row>");
    }
    table.push_str("</table:table>");
    let content = format!(
        r#"<office:document-content {ODT_NS}><office:automatic-styles><style:style style:name="Sup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style></office:automatic-styles><office:body><office:text><text:p>Peer challenge action plan</text:p>{table}</office:text></office:body></office:document-content>"#
    );
    zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", content.as_bytes()),
    ])
}

/// An HTML action plan (Action | Lead officer | Deadline) with these rows
/// of cell HTML.
fn html_plan(rows: &[[&str; 3]]) -> Vec<u8> {
    let mut html = String::from(
        "<html><head><title>Action plan</title></head><body><h1>Peer challenge action plan</h1>\
         <table><tr><th>Action</th><th>Lead officer</th><th>Deadline</th></tr>",
    );
    for [a, l, d] in rows {
        html.push_str(&format!("<tr><td>{a}</td><td>{l}</td><td>{d}</td></tr>"));
    }
    html.push_str("</table></body></html>");
    html.into_bytes()
}

/// Converter text: a title, then a tab-separated table (Action | Lead
/// officer | Deadline) whose cells may hold HTML fragments.
fn text_plan(rows: &[[&str; 3]]) -> Vec<u8> {
    let mut t = String::from("Peer challenge action plan\n\nAction\tLead officer\tDeadline\n");
    for [a, l, d] in rows {
        t.push_str(&format!("{a}\t{l}\t{d}\n"));
    }
    t.into_bytes()
}

// ----------------------------------------- 3. line breaks between owners

#[test]
fn word_posts_on_separate_lines_are_separate_owners() {
    let recs = extract(
        "plan.docx",
        &word_plan(&[
            [
                w_p("Set a balanced budget for next year."),
                p_runs(&format!(
                    "{}<w:r><w:br/></w:r>{}",
                    r("Director of Finance"),
                    r("Head of Policy")
                )),
                w_p("March 2026"),
            ],
            [
                w_p("Refresh the workforce strategy."),
                p_runs(&format!(
                    "{}<w:r><w:tab/></w:r>{}",
                    r("Director of HR"),
                    r("Head of Communications")
                )),
                w_p("June 2026"),
            ],
            [
                w_p("Review the constitution."),
                w_p("Monitoring Officer") + &w_p("Head of Democratic Services"),
                w_p("May 2026"),
            ],
            [
                // A parenthesis and a wrapped title on lines of their own
                // stay with their post; an action wrapped by a line break
                // reads as one sentence.
                p_runs(&format!(
                    "{}<w:r><w:br/></w:r>{}",
                    r("Publish the capital"),
                    r("strategy on the website.")
                )),
                p_runs(&format!(
                    "{}<w:r><w:br/></w:r>{}<w:r><w:br/></w:r>{}",
                    r("Director of Adult Social Care"),
                    r("and Health"),
                    r("(DASS)")
                )),
                w_p("July 2026"),
            ],
            [
                w_p("Agree the asset plan."),
                p_runs(&format!(
                    "{}<w:r><w:br/></w:r>{}",
                    r("Director of Finance"),
                    r("(S151)")
                )),
                w_p("July 2026"),
            ],
        ]),
    );
    assert_eq!(
        leads(record(&recs, "Set a balanced")),
        ["Director of Finance", "Head of Policy"]
    );
    assert_eq!(
        leads(record(&recs, "Refresh the workforce")),
        ["Director of HR", "Head of Communications"]
    );
    assert_eq!(
        leads(record(&recs, "Review the constitution")),
        ["Monitoring Officer", "Head of Democratic Services"]
    );
    let wrapped = record(&recs, "Publish the capital");
    assert_eq!(
        wrapped["action"]["text"],
        "Publish the capital strategy on the website."
    );
    assert_eq!(leads(wrapped), ["Director of Adult Social Care and Health (DASS)"]);
    assert_eq!(leads(record(&recs, "Agree the asset")), ["Director of Finance (S151)"]);
}

#[test]
fn odt_posts_on_separate_lines_are_separate_owners() {
    let recs = extract(
        "plan.odt",
        &odt_plan(&[
            [
                "<text:p>Set a balanced budget for next year.</text:p>",
                "<text:p>Director of Finance<text:line-break/>Head of Policy</text:p>",
                "<text:p>March 2026</text:p>",
            ],
            [
                "<text:p>Refresh the workforce strategy.</text:p>",
                "<text:p>Director of HR<text:tab/>Head of Communications</text:p>",
                "<text:p>June 2026</text:p>",
            ],
            [
                "<text:p>Review the constitution.</text:p>",
                "<text:p>Monitoring Officer</text:p><text:p>Head of Democratic Services</text:p>",
                "<text:p>May 2026</text:p>",
            ],
            [
                "<text:p>Agree the asset plan.</text:p>",
                "<text:p>Director of Finance<text:line-break/>(S151)</text:p>",
                "<text:p>July 2026</text:p>",
            ],
        ]),
    );
    assert_eq!(
        leads(record(&recs, "Set a balanced")),
        ["Director of Finance", "Head of Policy"]
    );
    assert_eq!(
        leads(record(&recs, "Refresh the workforce")),
        ["Director of HR", "Head of Communications"]
    );
    assert_eq!(
        leads(record(&recs, "Review the constitution")),
        ["Monitoring Officer", "Head of Democratic Services"]
    );
    assert_eq!(leads(record(&recs, "Agree the asset")), ["Director of Finance (S151)"]);
}

#[test]
fn html_and_text_posts_on_separate_lines_are_separate_owners() {
    let rows = [
        [
            "Set a balanced budget for next year.",
            "Director of Finance<br>Head of Policy",
            "March 2026",
        ],
        [
            "Review the constitution.",
            "<p>Monitoring Officer</p><p>Head of Democratic Services</p>",
            "May 2026",
        ],
        [
            "Publish the capital<br>strategy on the website.",
            "Director of Adult Social Care<br>and Health",
            "July 2026",
        ],
        ["Agree the asset plan.", "Director of Finance<br>(S151)", "July 2026"],
    ];
    for (name, bytes) in [("plan.html", html_plan(&rows)), ("plan.txt", text_plan(&rows))] {
        let recs = extract(name, &bytes);
        assert_eq!(
            leads(record(&recs, "Set a balanced")),
            ["Director of Finance", "Head of Policy"],
            "{name}"
        );
        assert_eq!(
            leads(record(&recs, "Review the constitution")),
            ["Monitoring Officer", "Head of Democratic Services"],
            "{name}"
        );
        let wrapped = record(&recs, "Publish the capital");
        assert_eq!(
            wrapped["action"]["text"], "Publish the capital strategy on the website.",
            "{name}"
        );
        assert_eq!(leads(wrapped), ["Director of Adult Social Care and Health"], "{name}");
        assert_eq!(
            leads(record(&recs, "Agree the asset")),
            ["Director of Finance (S151)"],
            "{name}"
        );
    }
}

// ------------------------------- 4. a deleted row at the top of a merge

#[test]
fn word_rows_below_a_deleted_merge_start_keep_the_merge() {
    let del = r#"<w:trPr><w:del w:id="9" w:author="Editor" w:date="2025-01-01T00:00:00Z"/></w:trPr>"#;
    let restart = r#"<w:vMerge w:val="restart"/>"#;
    let cont = "<w:vMerge/>";
    let row = |trpr: &str, cells: [String; 3]| format!("<w:tr>{trpr}{}</w:tr>", cells.concat());
    let mut body = w_p("Peer challenge action plan");
    body.push_str("<w:tbl>");
    body.push_str(&row(
        "",
        [
            tc("", &w_p("Recommendation")),
            tc("", &w_p("Action")),
            tc("", &w_p("Lead officer")),
        ],
    ));
    body.push_str(&row(
        "",
        [
            tc(restart, &w_p("Recommendation 1: Set a balanced budget")),
            tc("", &w_p("Agree the medium term financial strategy.")),
            tc("", &w_p("Director of Finance")),
        ],
    ));
    body.push_str(&row(
        "",
        [
            tc(cont, ""),
            tc("", &w_p("Report savings to Cabinet monthly.")),
            tc("", &w_p("Director of Finance")),
        ],
    ));
    // The row that starts recommendation 2's merge, deleted with its own
    // action (as Word marks it: the row and its runs struck out).
    body.push_str(&row(
        del,
        [
            tc(
                restart,
                r#"<w:p><w:del w:id="10" w:author="Editor"><w:r><w:delText>Recommendation 2: Strengthen governance</w:delText></w:r></w:del></w:p>"#,
            ),
            tc(
                "",
                r#"<w:p><w:del w:id="11" w:author="Editor"><w:r><w:delText>A dropped action.</w:delText></w:r></w:del></w:p>"#,
            ),
            tc("", ""),
        ],
    ));
    body.push_str(&row(
        "",
        [
            tc(cont, ""),
            tc("", &w_p("Review the constitution.")),
            tc("", &w_p("Monitoring Officer")),
        ],
    ));
    body.push_str(&row(
        "",
        [
            tc(cont, ""),
            tc("", &w_p("Train members on the code of conduct.")),
            tc("", &w_p("Monitoring Officer")),
        ],
    ));
    body.push_str("</w:tbl>");
    let recs = extract("plan.docx", &docx(&body));
    assert!(
        !recs.iter().any(|r| r["action"]["text"] == "A dropped action."),
        "{recs:#?}"
    );
    assert_eq!(record(&recs, "Report savings")["recommendation"]["id"], "1");
    for start in ["Review the constitution", "Train members"] {
        let rec = &record(&recs, start)["recommendation"];
        assert_eq!(rec["id"], "2", "{start}: {rec}");
    }
}

// ----------------------------- 5. a milestone table inside an action cell

/// Checks the milestone action: its text its own sentence, its deadline
/// the last milestone's date.
fn check_milestones(recs: &[Value], name: &str) {
    let r = record(recs, "Set a balanced budget");
    assert_eq!(
        r["action"]["text"], "Set a balanced budget for 2026/27 through Cabinet.",
        "{name}: {r:#}"
    );
    assert_eq!(r["deadline"]["raw"], "February 2026", "{name}: {r:#}");
    assert_eq!(r["deadline"]["end"], "2026-02-28", "{name}: {r:#}");
    // A row with its own deadline keeps it.
    let other = record(recs, "Review the constitution");
    assert_eq!(other["deadline"]["raw"], "May 2026", "{name}");
}

#[test]
fn word_milestone_table_in_an_action_cell() {
    let inner_row = |a: &str, b: &str| format!("<w:tr>{}{}</w:tr>", tc("", &w_p(a)), tc("", &w_p(b)));
    let milestones = format!(
        "<w:tbl>{}{}{}</w:tbl>",
        inner_row("Milestone", "Date"),
        inner_row("Draft MTFS", "September 2025"),
        inner_row("Budget set", "February 2026")
    );
    let recs = extract(
        "plan.docx",
        &word_plan(&[
            [
                w_p("Set a balanced budget for 2026/27 through Cabinet.") + &milestones + &w_p(""),
                w_p("Director of Finance"),
                String::new(),
            ],
            [
                w_p("Review the constitution."),
                w_p("Monitoring Officer"),
                w_p("May 2026"),
            ],
        ]),
    );
    check_milestones(&recs, "docx");
}

#[test]
fn odt_milestone_table_in_an_action_cell() {
    let milestones = "<table:table>\
        <table:table-row><table:table-cell><text:p>Milestone</text:p></table:table-cell><table:table-cell><text:p>Date</text:p></table:table-cell></table:table-row>\
        <table:table-row><table:table-cell><text:p>Draft MTFS</text:p></table:table-cell><table:table-cell><text:p>September 2025</text:p></table:table-cell></table:table-row>\
        <table:table-row><table:table-cell><text:p>Budget set</text:p></table:table-cell><table:table-cell><text:p>February 2026</text:p></table:table-cell></table:table-row>\
        </table:table>";
    let action = format!("<text:p>Set a balanced budget for 2026/27 through Cabinet.</text:p>{milestones}");
    let recs = extract(
        "plan.odt",
        &odt_plan(&[
            [&action, "<text:p>Director of Finance</text:p>", ""],
            [
                "<text:p>Review the constitution.</text:p>",
                "<text:p>Monitoring Officer</text:p>",
                "<text:p>May 2026</text:p>",
            ],
        ]),
    );
    check_milestones(&recs, "odt");
}

#[test]
fn html_milestone_table_in_an_action_cell() {
    let action = "<p>Set a balanced budget for 2026/27 through Cabinet.</p>\
        <table><tr><th>Milestone</th><th>Date</th></tr><tr><td>Draft MTFS</td><td>September 2025</td></tr>\
        <tr><td>Budget set</td><td>February 2026</td></tr></table>";
    let recs = extract(
        "plan.html",
        &html_plan(&[
            [action, "Director of Finance", ""],
            ["Review the constitution.", "Monitoring Officer", "May 2026"],
        ]),
    );
    check_milestones(&recs, "html");
}

#[test]
fn label_table_milestones_give_the_deadline() {
    // One label table per action: the action's value cell holds the
    // milestone table, and no row names a deadline.
    let html = "<html><body><h1>Peer challenge action plan</h1>\
        <table><tr><td>Action</td><td><p>Set a balanced budget for 2026/27 through Cabinet.</p>\
        <table><tr><td>Milestone</td><td>Date</td></tr><tr><td>Draft MTFS</td><td>September 2025</td></tr>\
        <tr><td>Budget set</td><td>February 2026</td></tr></table></td></tr>\
        <tr><td>Lead officer</td><td>Director of Finance<br>Head of Policy</td></tr>\
        <tr><td>RAG status</td><td>Green</td></tr></table></body></html>";
    let recs = extract("plan.html", html.as_bytes());
    let r = record(&recs, "Set a balanced budget");
    assert_eq!(
        r["action"]["text"],
        "Set a balanced budget for 2026/27 through Cabinet."
    );
    assert_eq!(r["deadline"]["raw"], "February 2026", "{r:#}");
    assert_eq!(leads(r), ["Director of Finance", "Head of Policy"]);
}

// ------------------------------------- 6. superscript footnote marks

/// Checks the footnoted action: no mark in its text, its deadline a date.
fn check_marks(recs: &[Value], name: &str) {
    let r = record(recs, "Approve the budget");
    assert_eq!(r["action"]["text"], "Approve the budget at Cabinet.", "{name}: {r:#}");
    assert_eq!(r["deadline"]["raw"], "March 2025", "{name}: {r:#}");
    assert_eq!(r["deadline"]["end"], "2025-03-31", "{name}: {r:#}");
    // An ordinal's superscript joins its number.
    let o = record(recs, "Hold the review");
    assert_eq!(o["deadline"]["end"], "2025-05-15", "{name}: {o:#}");
}

#[test]
fn word_and_odt_superscript_marks_are_dropped() {
    let recs = extract(
        "plan.docx",
        &word_plan(&[
            [
                p_runs(&format!("{}{}{}", r("Approve the budget at Cabinet"), sup("2"), r("."))),
                w_p("Director of Finance"),
                p_runs(&format!("{}{}", r("March 2025"), sup("1"))),
            ],
            [
                w_p("Hold the review."),
                w_p("Chief Executive"),
                p_runs(&format!("{}{}{}", r("15"), sup("th"), r(" May 2025"))),
            ],
        ]),
    );
    check_marks(&recs, "docx");
    let recs = extract(
        "plan.odt",
        &odt_plan(&[
            [
                r#"<text:p>Approve the budget at Cabinet<text:span text:style-name="Sup">2</text:span>.</text:p>"#,
                "<text:p>Director of Finance</text:p>",
                r#"<text:p>March 2025<text:span text:style-name="Sup">1</text:span></text:p>"#,
            ],
            [
                "<text:p>Hold the review.</text:p>",
                "<text:p>Chief Executive</text:p>",
                r#"<text:p>15<text:span text:style-name="Sup">th</text:span> May 2025</text:p>"#,
            ],
        ]),
    );
    check_marks(&recs, "odt");
}

#[test]
fn html_and_text_superscript_marks_are_dropped() {
    let rows = [
        [
            "Approve the budget at Cabinet<sup>2</sup>.",
            "Director of Finance",
            "March 2025<sup>1</sup>",
        ],
        ["Hold the review.", "Chief Executive", "15<sup>th</sup> May 2025"],
    ];
    check_marks(&extract("plan.html", &html_plan(&rows)), "html");
    check_marks(&extract("plan.txt", &text_plan(&rows)), "txt");
}

#[test]
fn pdf_superscript_marks_are_dropped() {
    // "Approve the budget at Cabinet" in Helvetica 10, then a "2" at 6 pt
    // raised 3.5 pt right after it; "by March 2025" then a raised "1".
    // Helvetica's widths: "Approve the budget at Cabinet" is 135.6 pt,
    // "by March 2025" 66.1 pt.
    let content = b"BT /F1 10 Tf 72 700 Td (Approve the budget at Cabinet) Tj ET\n\
        BT /F1 6 Tf 207.7 703.5 Td (2) Tj ET\n\
        BT /F1 10 Tf 72 680 Td (by March 2025) Tj ET\n\
        BT /F1 6 Tf 138.2 683.5 Td (1) Tj ET\n";
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "plan.pdf", &one_page_pdf(content, "", &[]));
    let out = actionplan(&["model".as_ref(), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let model = String::from_utf8_lossy(&out.stdout);
    assert!(model.contains("Approve the budget at Cabinet"), "{model}");
    assert!(!model.contains("Cabinet2"), "{model}");
    assert!(model.contains("by March 2025\""), "{model}");
}
