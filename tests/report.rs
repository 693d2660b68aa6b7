//! `actionplan report` end to end: on the records of the bundled fixtures,
//! with hostile document text, and self-contained (nothing fetched when it
//! is opened). The browser test is `tests/report_browser.rs`.

mod common;

use std::path::Path;

use actionplan::record::Record;
use actionplan::report::load::load_records;
use actionplan::report::summary::Summary;
use actionplan::report::{report_html, ReportOptions};
use common::{actionplan, fixture, stderr};

/// The fixtures' HTML forms (one per council: quick in a debug build).
pub fn fixture_htmls() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(fixture(""))
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path().join("source.html");
            p.exists().then(|| p.display().to_string())
        })
        .collect();
    v.sort();
    v
}

fn extract_to(dir: &Path) -> std::path::PathBuf {
    let jsonl = dir.join("records.jsonl");
    let mut args = vec!["extract".to_string()];
    args.extend(fixture_htmls());
    args.extend(["-o".into(), jsonl.display().to_string()]);
    let out = actionplan(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    jsonl
}

fn day(s: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn report_on_the_fixtures_records_shows_their_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = extract_to(dir.path());
    let html_path = dir.path().join("report.html");
    let out = actionplan(&[
        "report",
        jsonl.to_str().unwrap(),
        "-o",
        html_path.to_str().unwrap(),
        "--as-of",
        "2025-01-01",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = std::fs::read_to_string(&html_path).unwrap();
    let records = load_records(&jsonl).unwrap();
    assert!(records.len() > 50, "{}", records.len());
    let s = Summary::of(&records, day("2025-01-01"));
    assert!(
        !s.overdue.is_empty() && s.overdue.len() < records.len(),
        "a date that splits the fixtures"
    );
    // Every record is a row of the big table, every overdue one marked.
    let table = &html[html.find("<table id=\"all\"").unwrap()..];
    assert_eq!(
        table.matches("<tr>").count() + table.matches("<tr class=\"od\">").count(),
        records.len() + 1
    );
    assert_eq!(table.matches("<tr class=\"od\">").count(), s.overdue.len());
    assert!(html.contains(&format!(
        "<h3 id=\"overdue\">Overdue as of 2025-01-01: {}</h3>",
        s.overdue.len()
    )));
    assert!(html.contains(&format!("<strong>{}</strong> actions", records.len())));
    // One chart each: status, RAG, timeline, owners; each with a title and
    // a text alternative.
    assert_eq!(html.matches("<svg").count(), 4);
    assert_eq!(html.matches("role=\"img\"").count(), 4);
    assert_eq!(html.matches("<desc>").count(), 4);
    for c in &s.councils {
        let row = format!("<th scope=\"row\">{}</th>", c.council);
        assert!(html.contains(&row), "{} in the status table", c.council);
    }
    // Help teaches by example.
    let help = actionplan(&["report", "--help"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("Examples:\n  actionplan extract fixtures/"));
    // --since needs a store; bad dates are usage errors naming the flag.
    let x = dir.path().join("x.html");
    let x = x.to_str().unwrap();
    let bad = actionplan(&["report", jsonl.to_str().unwrap(), "-o", x, "--as-of", "June"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("--as-of \"June\""), "{}", stderr(&bad));
    let bad = actionplan(&["report", jsonl.to_str().unwrap(), "-o", x, "--since", "2024-01-01"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("--since needs --db"), "{}", stderr(&bad));
    assert!(!Path::new(x).exists(), "a refused run writes nothing");
}

fn hostile() -> Vec<Record> {
    let text = r#"<script>alert("x")</script><img src=x onerror=alert(1)>"#;
    let line = format!(
        r#"{{"schema_version":2,"document":{{"path":"javascript:alert(1)","url":"javascript:alert(2)","sha256":"","format":"html",
        "council":{t},"title":null,"date":null}},"recommendation":{{"id":{t},"title":null,"text":null}},
        "action":{{"id":"1","text":{t}}},"lead":[{{"raw":{t},"name":{t},"kind":"role"}}],
        "deadline":{{"raw":{t},"kind":"unparsed","start":null,"end":null,"parts":[]}},
        "status":"in_progress","rag":"red","progress":null,"location":{{"page":null,"table":null,"row":null}},"warnings":[{t}]}}"#,
        t = serde_json::to_string(text).unwrap()
    );
    let r: Record = serde_json::from_str(&line.replace('\n', "")).unwrap();
    vec![r.clone(), r]
}

#[test]
fn document_text_cannot_put_markup_or_script_in_the_page() {
    let options = ReportOptions {
        title: "<b>title</b>".into(),
        as_of: day("2025-01-01"),
    };
    let html = report_html(&hostile(), None, &options).unwrap();
    // Our one inline script, and no other.
    assert_eq!(html.matches("<script").count(), 1, "{html}");
    assert!(!html.contains("<img"));
    assert!(!html.contains("<b>title"));
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
    assert!(!html.contains("href=\"javascript:"), "no scheme from a document");
    // Parsed as a browser would: one script element, no image, no
    // event-handler attribute anywhere.
    let doc = scraper::Html::parse_document(&html);
    let all = scraper::Selector::parse("*").unwrap();
    let mut scripts = 0;
    for el in doc.select(&all) {
        let e = el.value();
        scripts += usize::from(e.name() == "script");
        assert_ne!(e.name(), "img");
        for (name, value) in e.attrs() {
            assert!(!name.starts_with("on"), "{name}={value}");
            assert!(
                !value.trim_start().to_lowercase().starts_with("javascript:"),
                "{name}={value}"
            );
        }
    }
    assert_eq!(scripts, 1);
}

#[test]
fn the_page_loads_nothing_from_anywhere() {
    let options = ReportOptions {
        title: "t".into(),
        as_of: day("2025-01-01"),
    };
    let html = report_html(&hostile(), None, &options).unwrap();
    assert!(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"));
    assert!(
        !html.contains("@import") && !html.contains("url("),
        "no fetch from the style sheet"
    );
    let doc = scraper::Html::parse_document(&html);
    let all = scraper::Selector::parse("*").unwrap();
    for el in doc.select(&all) {
        let e = el.value();
        assert!(
            !matches!(
                e.name(),
                "link" | "img" | "iframe" | "object" | "embed" | "video" | "audio"
            ),
            "{}",
            e.name()
        );
        for attr in ["src", "srcset", "data", "poster"] {
            assert!(e.attr(attr).is_none(), "{} {attr}", e.name());
        }
    }
}
