//! The report in a real browser: headless Chromium opens the page, and a
//! probe script appended to a copy of it checks that every chart rendered
//! (SVG present, non-zero size, bars drawn), that the table filters and
//! sorts, and that nothing is left off at phone width; the browser's
//! console must stay silent (a script error or a blocked fetch would speak
//! there). Screenshots of the first screen (desktop and phone) and a PDF
//! print are saved under `target/report-browser/`.
//!
//! Ignored by a plain `cargo test` (it needs Chromium); `.ci/run` installs
//! Chromium and runs it: `cargo test --test report_browser -- --ignored`.
//! `CHROMIUM=/path/to/chrome` picks the browser.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{actionplan, fixture, stderr};

/// The probe appended to a copy of the page (FILTER_WORD replaced).
const PROBE: &str = include_str!("data/report_probe.js");

fn chromium() -> String {
    if let Ok(c) = std::env::var("CHROMIUM") {
        return c;
    }
    for c in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
        if Command::new("sh")
            .args(["-c", &format!("command -v {c}")])
            .output()
            .is_ok_and(|o| o.status.success())
        {
            return c.to_string();
        }
    }
    panic!("no Chromium found: install it (apt-get install chromium) or set CHROMIUM");
}

/// Runs headless Chromium on `page` with `args`; (stdout, stderr).
fn browse(page: &Path, size: &str, args: &[String]) -> (String, String) {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--enable-logging=stderr",
            "--v=0",
            &format!("--user-data-dir={}", profile.path().display()),
            &format!("--window-size={size}"),
            "--virtual-time-budget=10000",
        ])
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("run Chromium");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn console_lines(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| l.contains(":CONSOLE")).collect()
}

fn artefacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/report-browser");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn report_of_fixtures(dir: &Path) -> PathBuf {
    let jsonl = dir.join("records.jsonl");
    let mut args = vec!["extract".to_string()];
    for council in [
        "harrow-2023",
        "havering-2024-07",
        "greyhaven-2024-07",
        "fenwick-2024-11",
        "lowbridge-2025-02",
    ] {
        args.push(fixture(&format!("{council}/source.html")).display().to_string());
    }
    args.extend(["-o".into(), jsonl.display().to_string()]);
    let out = actionplan(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let page = dir.join("report.html");
    let out = actionplan(&[
        "report",
        jsonl.to_str().unwrap(),
        "-o",
        page.to_str().unwrap(),
        "--as-of",
        "2025-01-01",
        "--title",
        "Five councils' action plans",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    page
}

fn probe(page: &Path, size: &str, word: &str) -> serde_json::Value {
    let html = std::fs::read_to_string(page).unwrap();
    let probed = page.with_file_name(format!("probed-{}.html", size.replace(',', "x")));
    let script = format!("<script>{}</script>", PROBE.replace("FILTER_WORD", word));
    std::fs::write(&probed, html.replace("</body>", &format!("{script}</body>"))).unwrap();
    let (dom, err) = browse(&probed, size, &["--dump-dom".into()]);
    assert!(
        console_lines(&err).is_empty(),
        "the console spoke:\n{}",
        console_lines(&err).join("\n")
    );
    let start = dom
        .rfind("<pre id=\"probe-result\">")
        .unwrap_or_else(|| panic!("the probe did not finish:\n{err}"));
    let json = &dom[start + "<pre id=\"probe-result\">".len()..];
    let json = &json[..json.find("</pre>").unwrap()];
    let json = json.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    serde_json::from_str(&json).unwrap()
}

#[test]
#[ignore = "needs Chromium: cargo test --test report_browser -- --ignored"]
fn the_report_renders_filters_and_sorts_in_chromium() {
    let dir = tempfile::tempdir().unwrap();
    let page = report_of_fixtures(dir.path());
    let desktop = probe(&page, "1280,900", "harrow");
    println!("desktop: {desktop}");
    let charts = desktop["charts"].as_array().unwrap();
    assert_eq!(charts.len(), 4, "status, RAG, timeline, owners");
    for c in charts {
        assert!(
            c["w"].as_f64().unwrap() > 200.0 && c["h"].as_f64().unwrap() > 100.0,
            "{c}"
        );
        assert!(c["rects"].as_u64().unwrap() > 3, "bars drawn: {c}");
        assert!(!c["title"].as_str().unwrap().is_empty(), "{c}");
    }
    let rows = desktop["rows"].as_u64().unwrap();
    let visible = desktop["visible"].as_u64().unwrap();
    assert!(visible > 0 && visible < rows, "the filter kept {visible} of {rows}");
    assert_eq!(desktop["visibleMatch"], true);
    assert_eq!(desktop["hiddenMatch"], false);
    assert_eq!(desktop["shownText"], format!("{visible} of {rows} actions shown"));
    assert_eq!(desktop["visibleAfterClear"].as_u64(), Some(rows));
    assert_eq!(desktop["sortedAscending"], true);
    assert_eq!(desktop["undatedLast"], true);
    assert_eq!(desktop["ariaSort"], "ascending");
    assert!(
        desktop["overflow"].as_f64().unwrap() <= 0.0,
        "no sideways scroll: {desktop}"
    );

    // At phone width the page does not scroll sideways (wide tables scroll
    // in their own box) and the charts still draw, within the screen.
    // (Headless Chromium widens a window narrower than about 500 px.)
    let phone = probe(&page, "390,844", "zzzz-no-such-word");
    println!("phone: {phone}");
    let width = phone["width"].as_f64().unwrap();
    assert!(width < 800.0, "the narrow layout applies: {phone}");
    assert!(phone["overflow"].as_f64().unwrap() <= 0.0, "{phone}");
    assert_eq!(phone["visible"].as_u64(), Some(0));
    for c in phone["charts"].as_array().unwrap() {
        let w = c["w"].as_f64().unwrap();
        assert!(w > 100.0 && w <= width, "{c}");
    }

    // Screenshots of the first screen, and a print.
    let out = artefacts();
    for (name, size) in [("first-screen.png", "1280,900"), ("phone.png", "390,844")] {
        let shot = out.join(name);
        let _ = std::fs::remove_file(&shot);
        let (_, err) = browse(&page, size, &[format!("--screenshot={}", shot.display())]);
        assert!(console_lines(&err).is_empty(), "{err}");
        let png = std::fs::read(&shot).unwrap_or_else(|e| panic!("{}: {e}\n{err}", shot.display()));
        assert!(
            png.starts_with(b"\x89PNG") && png.len() > 10_000,
            "{name}: {} bytes",
            png.len()
        );
    }
    let pdf = out.join("report.pdf");
    let _ = std::fs::remove_file(&pdf);
    let (_, err) = browse(
        &page,
        "1280,900",
        &[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".into(),
        ],
    );
    let bytes = std::fs::read(&pdf).unwrap_or_else(|e| panic!("{}: {e}\n{err}", pdf.display()));
    assert!(
        bytes.starts_with(b"%PDF") && bytes.len() > 10_000,
        "{} bytes",
        bytes.len()
    );
    println!("saved {}", out.display());
}
