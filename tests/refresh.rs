//! Refresh, changes and export against a real HTTP server on 127.0.0.1,
//! started here on an ephemeral port and serving the fixtures: conditional
//! requests answered 304, some requests failed with 500 or answered slowly.
//! No network beyond loopback.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use actionplan::extract::{extract_bytes, ExtractOptions};
use actionplan::fetch::{FetchConfig, Fetcher};
use actionplan::refresh::{refresh, select_shard, RefreshOptions, RefreshReport};
use actionplan::sources::{parse_sources, Shard, Source, SourcesFile};
use actionplan::store::{ChangeKind, Store};

// ---------------------------------------------------------------- the server

/// A document the server holds.
#[derive(Clone)]
struct Doc {
    body: Vec<u8>,
    etag: String,
    last_modified: String,
}

#[derive(Default)]
struct State {
    docs: HashMap<String, Doc>,
    robots: Option<String>,
    /// Paths answered 500, always.
    failing: Vec<String>,
    /// Every path answered 500 (a host that is down behind its proxy).
    all_fail: bool,
    /// Paths answered 500 this many more times, then served.
    fail_first: HashMap<String, usize>,
    /// Paths answered only after this long.
    slow: HashMap<String, Duration>,
    /// Paths answered 302 with this Location.
    redirects: HashMap<String, String>,
    /// Send ETag and Last-Modified (off: a server with no validators).
    validators: bool,
    /// Send the ETag (off: Last-Modified only).
    etags: bool,
    /// The User-Agent of every request.
    agents: Vec<String>,
    /// (path, status) of every response.
    log: Vec<(String, u16)>,
}

struct TestServer {
    base: String,
    state: Arc<Mutex<State>>,
    server: Arc<tiny_http::Server>,
    thread: Option<thread::JoinHandle<()>>,
}

impl TestServer {
    fn start() -> TestServer {
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("bind loopback"));
        let port = server.server_addr().to_ip().expect("ip").port();
        let state = Arc::new(Mutex::new(State {
            validators: true,
            etags: true,
            ..State::default()
        }));
        let (s, st) = (server.clone(), state.clone());
        let thread = thread::spawn(move || {
            while let Ok(req) = s.recv() {
                let st = st.clone();
                thread::spawn(move || answer(req, &st));
            }
        });
        TestServer {
            base: format!("http://127.0.0.1:{port}"),
            state,
            server,
            thread: Some(thread),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn put(&self, path: &str, body: Vec<u8>, version: u32) {
        let doc = Doc {
            body,
            etag: format!("\"v{version}-{}\"", path.len()),
            last_modified: format!("Mon, 0{version} Jan 2024 10:00:00 GMT"),
        };
        self.state.lock().unwrap().docs.insert(path.to_string(), doc);
    }

    fn with<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        f(&mut self.state.lock().unwrap())
    }

    /// Responses with this status to this path so far.
    fn count(&self, path: &str, status: u16) -> usize {
        self.with(|s| s.log.iter().filter(|(p, c)| p == path && *c == status).count())
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn answer(req: tiny_http::Request, state: &Mutex<State>) {
    let path = req.url().to_string();
    let header = |name: &'static str| {
        req.headers()
            .iter()
            .find(|h| h.field.equiv(name))
            .map(|h| h.value.as_str().to_string())
    };
    let (if_none_match, if_modified_since) = (header("If-None-Match"), header("If-Modified-Since"));
    let (status, body, doc, delay, etags) = {
        let mut st = state.lock().unwrap();
        st.agents.push(header("User-Agent").unwrap_or_default());
        let delay = st.slow.get(&path).copied();
        let fail_now = match st.fail_first.get_mut(&path) {
            Some(n) if *n > 0 => {
                *n -= 1;
                true
            }
            _ => false,
        };
        if let Some(to) = st.redirects.get(&path) {
            (302, to.clone().into_bytes(), None, delay, st.etags)
        } else if st.all_fail || fail_now || st.failing.contains(&path) {
            (500, b"server error".to_vec(), None, delay, st.etags)
        } else if path == "/robots.txt" {
            match &st.robots {
                Some(r) => (200, r.clone().into_bytes(), None, delay, st.etags),
                None => (404, Vec::new(), None, delay, st.etags),
            }
        } else if let Some(d) = st.docs.get(&path) {
            let fresh = st.validators
                && (if_none_match.as_deref() == Some(d.etag.as_str())
                    || (if_none_match.is_none() && if_modified_since.as_deref() == Some(d.last_modified.as_str())));
            let validators = st.validators.then(|| d.clone());
            if fresh {
                (304, Vec::new(), validators, delay, st.etags)
            } else {
                (200, d.body.clone(), validators, delay, st.etags)
            }
        } else {
            (404, b"not found".to_vec(), None, delay, st.etags)
        }
    };
    if let Some(d) = delay {
        thread::sleep(d);
    }
    state.lock().unwrap().log.push((path, status));
    let mut resp = if status == 302 {
        tiny_http::Response::from_data(Vec::new())
            .with_status_code(302)
            .with_header(tiny_http::Header::from_bytes(&b"Location"[..], body).unwrap())
    } else {
        tiny_http::Response::from_data(body).with_status_code(status)
    };
    if let Some(d) = doc {
        if etags {
            resp = resp.with_header(tiny_http::Header::from_bytes(&b"ETag"[..], d.etag.as_bytes()).unwrap());
        }
        resp =
            resp.with_header(tiny_http::Header::from_bytes(&b"Last-Modified"[..], d.last_modified.as_bytes()).unwrap());
    }
    let _ = req.respond(resp);
}

// ---------------------------------------------------------------- fixtures

fn fixture(rel: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(rel)).expect("fixture")
}

/// Documents served, by path, and the council each is listed for.
const SERVED: &[(&str, &str)] = &[
    ("/docs/harrow-2023/source.html", "Harrow"),
    ("/docs/havering-2019/seed.txt", "Havering"),
    ("/docs/tower-hamlets-2024-04/source.html", "Tower Hamlets"),
    ("/docs/havering-2024-07/source.html", "Havering"),
    ("/docs/haringey-2024-12/source.html", "Haringey"),
    ("/docs/haringey-2024-12/seed.txt", "Haringey"),
];

const LISTING: &str = "/councils/haringey/peer-challenge.html";

/// A server holding every fixture document, a Haringey page linking two of
/// them (and two links that are not plans), and a robots.txt.
fn fixture_server() -> TestServer {
    let server = TestServer::start();
    for (path, _) in SERVED {
        server.put(path, fixture(path.trim_start_matches("/docs/")), 1);
    }
    let page = r#"<html><body><nav><a href="/contact.html">Contact us</a></nav>
        <h1>LGA Corporate Peer Challenge</h1>
        <p><a href="/docs/haringey-2024-12/source.html">Peer challenge action plan (December 2024)</a></p>
        <p><a href="../../docs/haringey-2024-12/seed.txt">Progress update, plain text</a></p>
        <p><a href="/privacy.pdf">Privacy notice</a></p>
        </body></html>"#;
    server.put(LISTING, page.as_bytes().to_vec(), 1);
    server.with(|s| s.robots = Some("User-agent: *\nDisallow: /private/\n".into()));
    server
}

/// The sources file for the fixture server: it is on loopback, which a
/// sources file must allow in so many words.
fn sources_toml(server: &TestServer) -> String {
    let mut text = String::from("allow_private = true\n\n");
    for (path, council) in SERVED.iter().filter(|(p, _)| !p.contains("haringey")) {
        text.push_str(&format!(
            "[[source]]\ncouncil = \"{council}\"\nurl = \"{}\"\n\n",
            server.url(path)
        ));
    }
    text.push_str(&format!(
        "[[source]]\ncouncil = \"Haringey\"\npage = \"{}\"\n",
        server.url(LISTING)
    ));
    text
}

fn sources(text: &str) -> SourcesFile {
    parse_sources(text, Path::new("sources.toml")).expect("sources parse")
}

/// Fast settings: no delays, one retry after 10 ms, one-second timeout.
fn fetcher() -> Fetcher {
    Fetcher::new(FetchConfig {
        timeout: Duration::from_secs(1),
        retries: 1,
        backoff: Duration::from_millis(10),
        host_delay: Duration::ZERO,
        allow_private: true,
        ..FetchConfig::default()
    })
}

fn run(store: &mut Store, file: &SourcesFile, shard: Option<Shard>) -> RefreshReport {
    let opts = RefreshOptions {
        shard,
        ..RefreshOptions::default()
    };
    refresh(store, file, &fetcher(), &opts, &mut |_| {}).expect("store works")
}

/// How many records the pipeline finds in the served documents.
fn expected_records() -> usize {
    SERVED
        .iter()
        .map(|(p, _)| {
            let rel = p.trim_start_matches("/docs/");
            extract_bytes(&fixture(rel), Path::new(rel), &ExtractOptions::default())
                .unwrap()
                .len()
        })
        .sum()
}

fn print_report(label: &str, r: &RefreshReport) {
    println!("{label}: {}", r.totals);
}

fn actionplan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_actionplan"))
        .args(args)
        .output()
        .expect("run actionplan")
}

// ---------------------------------------------------------------- the tests

#[test]
fn first_refresh_fetches_and_stores_everything() {
    let server = fixture_server();
    let file = sources(&sources_toml(&server));
    let mut store = Store::open_in_memory().unwrap();
    let r = run(&mut store, &file, None);
    print_report("first refresh", &r);
    assert!(r.failures.is_empty(), "{:?}", r.failures);
    let t = r.totals;
    assert_eq!(t.sources, 5);
    assert_eq!(t.fetched, 7, "6 documents and the listing page");
    assert_eq!((t.not_modified, t.unchanged, t.extracted), (0, 0, 6));
    let expected = expected_records();
    assert!(expected > 50, "the fixtures have records: {expected}");
    assert_eq!(t.records.new, expected);
    let current = store.current_records().unwrap();
    assert_eq!(current.len(), expected);
    for rec in &current {
        let url = rec.document.url.as_deref().expect("fetched records carry their URL");
        assert!(url.starts_with(&server.base), "{url}");
        let council = rec.document.council.as_deref().unwrap();
        let listed = SERVED.iter().find(|(p, _)| url.ends_with(p)).unwrap().1;
        assert_eq!(council, listed);
    }
    // The page's other links were not followed; robots.txt was asked once.
    assert_eq!(
        server.count("/contact.html", 404) + server.count("/privacy.pdf", 404),
        0
    );
    assert_eq!(server.count("/robots.txt", 200), 1);
    // Everything is "new" in the first run's changes.
    let changes = store.changes(None).unwrap();
    assert_eq!(changes.len(), expected);
    assert!(changes.iter().all(|c| c.kind == ChangeKind::New));
}

#[test]
fn second_refresh_downloads_nothing_unchanged_and_extracts_nothing() {
    let server = fixture_server();
    let file = sources(&sources_toml(&server));
    let mut store = Store::open_in_memory().unwrap();
    let first = run(&mut store, &file, None);
    let second = run(&mut store, &file, None);
    print_report("second refresh", &second);
    let t = second.totals;
    assert!(second.failures.is_empty(), "{:?}", second.failures);
    assert_eq!((t.fetched, t.not_modified, t.extracted), (0, 7, 0));
    // Issue 14: every live record stood, unchanged; the totals say so
    // rather than "0 unchanged".
    assert_eq!(t.records.unchanged, expected_records());
    assert_eq!((t.records.new, t.records.changed, t.records.gone), (0, 0, 0));
    for (path, _) in SERVED {
        assert_eq!(server.count(path, 200), 1, "{path} downloaded once");
        assert_eq!(server.count(path, 304), 1, "{path} asked conditionally");
    }
    assert!(store.changes(None).unwrap().iter().all(|c| c.run == first.run));

    // A server that sends no validators: everything is downloaded, but the
    // bytes hash the same, so nothing is extracted.
    server.with(|s| s.validators = false);
    let third = run(&mut store, &file, None);
    print_report("third refresh (no validators)", &third);
    let t = third.totals;
    assert_eq!((t.fetched, t.not_modified, t.unchanged, t.extracted), (7, 0, 7, 0));
    assert_eq!(t.records.unchanged, expected_records());
    assert_eq!(
        store
            .changes(None)
            .unwrap()
            .iter()
            .filter(|c| c.run != first.run)
            .count(),
        0
    );
}

#[test]
fn a_changed_deadline_is_exactly_its_change() {
    let server = fixture_server();
    let file = sources(&sources_toml(&server));
    let mut store = Store::open_in_memory().unwrap();
    let first = run(&mut store, &file, None);
    let before = store.current_records().unwrap();

    let path = "/docs/harrow-2023/source.html";
    let html = String::from_utf8(fixture("harrow-2023/source.html")).unwrap();
    assert_eq!(html.matches("February 2024").count(), 1);
    server.put(path, html.replace("February 2024", "March 2024").into_bytes(), 2);

    let second = run(&mut store, &file, None);
    print_report("after the deadline moved", &second);
    let t = second.totals;
    assert_eq!((t.fetched, t.not_modified, t.extracted), (1, 6, 1));
    assert_eq!((t.records.new, t.records.changed, t.records.gone), (0, 1, 0));
    let changes: Vec<_> = store
        .changes(None)
        .unwrap()
        .into_iter()
        .filter(|c| c.run == second.run)
        .collect();
    for c in &changes {
        println!("{}", serde_json::to_string(c).unwrap());
    }
    assert_eq!(changes.len(), 1, "{changes:?}");
    let c = &changes[0];
    assert_eq!(c.council, "Harrow");
    assert_eq!(c.kind, ChangeKind::Changed);
    assert_eq!(c.field.as_deref(), Some("deadline"));
    assert!(
        c.old
            .as_deref()
            .unwrap()
            .contains("February 2024 [2024-02-01..2024-02-29]"),
        "{c:?}"
    );
    assert!(
        c.new
            .as_deref()
            .unwrap()
            .contains("March 2024 [2024-03-01..2024-03-31]"),
        "{c:?}"
    );
    assert_eq!(c.document_url, server.url(path));

    // The record's history holds both versions; the export the new one.
    let history = store.history(&c.identity).unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].valid_from_run, first.run);
    assert_eq!(history[0].superseded_run, Some(second.run));
    assert_eq!(history[1].superseded_run, None);
    let after = store.current_records().unwrap();
    assert_eq!(after.len(), before.len());
    let moved: Vec<_> = after.iter().filter(|r| !before.contains(r)).collect();
    // The moved record, and Harrow's others whose provenance (sha256) is new.
    assert!(moved.iter().all(|r| r.document.council.as_deref() == Some("Harrow")));
    assert_eq!(
        moved
            .iter()
            .filter(|r| r.deadline.raw.as_deref().unwrap_or("").contains("March 2024"))
            .count(),
        1
    );

    // An action dropped from the document is "gone".
    let html2 = html.replace("February 2024", "March 2024");
    let start = html2.find("The Corporate Plan is being developed").unwrap();
    let mut cut = html2.clone();
    cut.replace_range(
        start..start + "The Corporate Plan is being developed".len(),
        "A new first step is being taken",
    );
    server.put(path, cut.into_bytes(), 3);
    let third = run(&mut store, &file, None);
    let kinds: Vec<ChangeKind> = store
        .changes(None)
        .unwrap()
        .into_iter()
        .filter(|c| c.run == third.run)
        .map(|c| c.kind)
        .collect();
    assert_eq!(kinds.len(), 2, "{kinds:?}");
    assert!(kinds.contains(&ChangeKind::Gone) && kinds.contains(&ChangeKind::New));
}

#[test]
fn a_failing_host_does_not_stop_the_others() {
    let good = fixture_server();
    let bad = TestServer::start();
    bad.with(|s| s.all_fail = true);
    good.put("/docs/slow.html", fixture("harrow-2023/source.html"), 1);
    good.with(|s| {
        s.slow.insert("/docs/slow.html".into(), Duration::from_millis(1500));
        s.failing.push("/docs/flaky.html".into());
        // Slow but within the timeout, and a 500 that a retry gets past.
        s.slow.insert(
            "/docs/tower-hamlets-2024-04/source.html".into(),
            Duration::from_millis(300),
        );
        s.fail_first.insert("/docs/havering-2019/seed.txt".into(), 1);
    });
    good.put("/private/plan.html", fixture("harrow-2023/source.html"), 1);
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let failing = [
        ("Down", bad.url("/docs/plan.html")),
        ("Refused", format!("http://127.0.0.1:{closed}/plan.html")),
        ("Slow", good.url("/docs/slow.html")),
        ("Flaky", good.url("/docs/flaky.html")),
        ("Missing", good.url("/docs/missing.html")),
        ("Private", good.url("/private/plan.html")),
    ];
    let mut text = String::from("allow_private = true\n");
    for (council, url) in &failing {
        text.push_str(&format!("[[source]]\ncouncil = \"{council}\"\nurl = \"{url}\"\n\n"));
    }
    text.push_str(&sources_toml(&good).replacen("allow_private = true\n", "", 1));
    let file = sources(&text);
    let mut store = Store::open_in_memory().unwrap();
    let r = run(&mut store, &file, None);
    print_report("with failing hosts", &r);
    for f in &r.failures {
        println!("failure: {}: {}", f.council, f.reason);
    }
    assert_eq!(r.failures.len(), failing.len(), "{:?}", r.failures);
    for ((council, url), f) in failing.iter().zip(&r.failures) {
        assert_eq!(&f.council, council);
        assert_eq!(&f.url, url);
        assert!(
            f.reason.contains(url.as_str()),
            "the reason names the URL: {}",
            f.reason
        );
    }
    let reason = |c: &str| r.failures.iter().find(|f| f.council == c).unwrap().reason.clone();
    assert!(
        reason("Down").contains("HTTP 500 (after 2 attempts)"),
        "{}",
        reason("Down")
    );
    assert!(reason("Flaky").contains("HTTP 500"));
    assert!(reason("Missing").contains("HTTP 404"));
    assert!(!reason("Missing").contains("attempts"), "a 404 is not retried");
    assert!(reason("Private").contains("robots.txt"));
    assert!(reason("Slow").contains("timed out after 1s"), "{}", reason("Slow"));
    assert!(reason("Refused").contains("connection failed"), "{}", reason("Refused"));
    assert_eq!(good.count("/docs/flaky.html", 500), 2, "one try and one retry");
    assert_eq!(good.count("/private/plan.html", 200), 0, "robots.txt honoured");
    // The good sources all went in, the slow one and the one retried too.
    assert_eq!(r.totals.extracted, 6);
    assert_eq!(good.count("/docs/havering-2019/seed.txt", 500), 1);
    assert_eq!(good.count("/docs/havering-2019/seed.txt", 200), 1);
    assert_eq!(store.current_records().unwrap().len(), expected_records());

    // The command line names each failure on stderr and exits 1.
    let dir = tempfile::tempdir().unwrap();
    let sources_path = dir.path().join("sources.toml");
    std::fs::write(&sources_path, &text).unwrap();
    let db = dir.path().join("a.db");
    let out = actionplan(&[
        "refresh",
        sources_path.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
        "--delay",
        "0",
        "--retries",
        "0",
        "--timeout",
        "1",
        "--errors",
        dir.path().join("failed.jsonl").to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let failed = std::fs::read_to_string(dir.path().join("failed.jsonl")).unwrap();
    assert_eq!(failed.lines().count(), failing.len(), "{failed}");
    let line: serde_json::Value = serde_json::from_str(failed.lines().next().unwrap()).unwrap();
    assert_eq!(line["council"], "Down");
    assert_eq!(line["url"], serde_json::json!(bad.url("/docs/plan.html")));
    for (_, url) in &failing {
        assert!(stderr.contains(url.as_str()), "{url} missing from: {stderr}");
    }
}

#[test]
fn shards_are_deterministic_and_cover_every_source_once() {
    let many: String = (0..40)
        .map(|i| format!("[[source]]\ncouncil = \"Council {i}\"\nurl = \"https://c{i}.example.gov.uk/plan.pdf\"\n\n"))
        .collect();
    let file = sources(&many);
    let mut reversed = file.sources.clone();
    reversed.reverse();
    let key = |s: &Source| s.council.clone();
    let mut seen: Vec<String> = Vec::new();
    for k in 1..=3 {
        let shard = Some(Shard { index: k, total: 3 });
        let a: Vec<String> = select_shard(&file.sources, shard).into_iter().map(key).collect();
        let again: Vec<String> = select_shard(&file.sources, shard).into_iter().map(key).collect();
        let mut other_order: Vec<String> = select_shard(&reversed, shard).into_iter().map(key).collect();
        other_order.reverse();
        assert_eq!(a, again);
        assert_eq!(a, other_order, "the share does not depend on the file's order");
        assert!(!a.is_empty(), "40 sources over 3 shares leave none empty");
        seen.extend(a);
    }
    seen.sort();
    let mut all: Vec<String> = file.sources.iter().map(key).collect();
    all.sort();
    assert_eq!(seen, all, "every source exactly once");

    // Two workers with their own stores take the whole refresh between them.
    let server = fixture_server();
    let file = sources(&sources_toml(&server));
    let mut total_sources = 0;
    let mut total_records = 0;
    for k in 1..=2 {
        let mut store = Store::open_in_memory().unwrap();
        let r = run(&mut store, &file, Some(Shard { index: k, total: 2 }));
        assert!(r.failures.is_empty());
        total_sources += r.totals.sources;
        total_records += store.current_records().unwrap().len();
    }
    assert_eq!(total_sources, 5);
    assert_eq!(total_records, expected_records());
}

#[test]
fn command_line_refresh_changes_and_export() {
    let server = fixture_server();
    let dir = tempfile::tempdir().unwrap();
    let sources_path = dir.path().join("sources.toml");
    std::fs::write(&sources_path, sources_toml(&server)).unwrap();
    let db: PathBuf = dir.path().join("plans.db");
    let refresh_args = [
        "refresh",
        sources_path.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
        "--delay",
        "0",
    ];
    let out = actionplan(&refresh_args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("$ actionplan refresh (first)\n{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("7 fetched, 0 not modified, 0 unchanged, 6 extracted, 0 failed"),
        "{stderr}"
    );

    let csv = dir.path().join("all.csv");
    let out = actionplan(&["export", "--db", db.to_str().unwrap(), "-o", csv.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let rows = std::fs::read_to_string(&csv).unwrap().lines().count();
    assert_eq!(rows, expected_records() + 1, "a header and every record");

    let html = String::from_utf8(fixture("harrow-2023/source.html")).unwrap();
    server.put(
        "/docs/harrow-2023/source.html",
        html.replace("February 2024", "March 2024").into_bytes(),
        2,
    );
    let out = actionplan(&refresh_args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("$ actionplan refresh (second)\n{stderr}");
    assert!(
        stderr.contains("1 fetched, 6 not modified, 0 unchanged, 1 extracted, 0 failed"),
        "{stderr}"
    );
    assert!(stderr.contains("records 0 new, 1 changed, 0 gone"), "{stderr}");

    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let out = actionplan(&["changes", "--db", db.to_str().unwrap(), "--since", &today, "-f", "csv"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0));
    let changed: Vec<&str> = text.lines().filter(|l| l.contains(",changed,")).collect();
    println!("$ actionplan changes -f csv | grep changed\n{}", changed.join("\n"));
    assert_eq!(changed.len(), 1, "{text}");
    assert!(changed[0].starts_with("Harrow,") && changed[0].contains(",deadline,"));
    assert!(text.starts_with("council,identity,kind,field,old,new,run_time"));
    let out = actionplan(&["changes", "--db", db.to_str().unwrap(), "--since", "2999-01-01"]);
    assert_eq!(out.stdout, b"");
    let help = actionplan(&["refresh", "--help"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("Examples:\n  actionplan refresh sources.toml"));
    let out = actionplan(&["changes", "--db", dir.path().join("none.db").to_str().unwrap()]);
    // A missing store is a failure (1), not bad usage (2: issue 14), and
    // not an empty store either.
    assert_eq!(
        out.status.code(),
        Some(1),
        "a missing store is an error, not an empty one"
    );
}

#[test]
fn extract_reads_urls_and_refuses_other_schemes() {
    let server = fixture_server();
    let url = server.url("/docs/harrow-2023/source.html");
    let out = actionplan(&["extract", &url]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(first["document"]["url"], serde_json::json!(url));
    let out = actionplan(&["extract", "ftp://example.gov.uk/plan.pdf"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("only http and https"), "{stderr}");
}

#[test]
fn fetcher_names_itself_caps_sizes_waits_per_host_and_asks_if_modified() {
    use actionplan::fetch::{FetchError, Fetched};
    let server = fixture_server();
    server.with(|s| s.etags = false);
    let path = "/docs/harrow-2023/source.html";
    let url = server.url(path);
    let polite = Fetcher::new(FetchConfig {
        host_delay: Duration::from_millis(200),
        allow_private: true,
        ..FetchConfig::default()
    });
    let started = std::time::Instant::now();
    let Fetched::Body(first) = polite.get(&url, None).unwrap() else {
        panic!("an unconditional GET downloads")
    };
    assert_eq!(first.validators.etag, None);
    assert!(first.validators.last_modified.is_some());
    // Last-Modified alone is enough for a 304.
    assert_eq!(polite.get(&url, Some(&first.validators)).unwrap(), Fetched::NotModified);
    // robots.txt, the download and the 304: two waits of 200 ms.
    assert!(
        started.elapsed() >= Duration::from_millis(400),
        "{:?}",
        started.elapsed()
    );
    let agents = server.with(|s| s.agents.clone());
    assert_eq!(agents.len(), 3);
    let version = format!("actionplan/{}", env!("CARGO_PKG_VERSION"));
    assert!(agents.iter().all(|a| a.starts_with(&version)), "{agents:?}");

    let small = Fetcher::new(FetchConfig {
        max_bytes: 1000,
        host_delay: Duration::ZERO,
        allow_private: true,
        ..FetchConfig::default()
    });
    let err = small.get(&url, None).unwrap_err();
    assert!(matches!(err, FetchError::TooLarge { limit: 1000, .. }), "{err}");
    let err = small.get("file:///etc/passwd", None).unwrap_err();
    assert!(err.to_string().contains("only http and https"), "{err}");
}

#[test]
fn an_emptied_document_keeps_its_records_and_force_or_an_upgrade_reads_again() {
    let server = fixture_server();
    let file = sources(&sources_toml(&server));
    let mut store = Store::open_in_memory().unwrap();
    run(&mut store, &file, None);
    let expected = expected_records();

    // An upgraded actionplan re-reads documents whose bytes have not changed
    // (the page's links are reused on its 304).
    store
        .connection()
        .execute("UPDATE documents SET extractor = '0.0.0'", [])
        .unwrap();
    let upgraded = run(&mut store, &file, None);
    let t = upgraded.totals;
    assert_eq!((t.fetched, t.not_modified, t.extracted), (6, 1, 6));
    assert_eq!((t.records.unchanged, t.records.changed), (expected, 0));

    // --force downloads and extracts everything; no record changed.
    let forced = refresh(
        &mut store,
        &file,
        &fetcher(),
        &RefreshOptions {
            force: true,
            ..RefreshOptions::default()
        },
        &mut |_| {},
    )
    .unwrap();
    let t = forced.totals;
    assert_eq!((t.fetched, t.not_modified, t.extracted), (7, 0, 6));
    assert_eq!(t.records.unchanged, expected);

    // A document that now reads as no actions at all (a login page, a
    // "page moved" notice) is a failure, and its records stay.
    let path = "/docs/harrow-2023/source.html";
    server.put(
        path,
        b"<html><body><p>This page has moved.</p></body></html>".to_vec(),
        2,
    );
    let broken = run(&mut store, &file, None);
    assert_eq!(broken.failures.len(), 1, "{:?}", broken.failures);
    assert!(
        broken.failures[0].reason.contains("records are kept"),
        "{:?}",
        broken.failures
    );
    assert_eq!(broken.totals.records.gone, 0);
    assert_eq!(store.current_records().unwrap().len(), expected);
    assert!(store.changes(None).unwrap().iter().all(|c| c.kind == ChangeKind::New));
}

// ------------------------------------------------ hostile sources (issue 11)

#[test]
fn robots_rules_hold_at_every_redirect_and_an_oversize_robots_txt_still_counts() {
    use actionplan::fetch::FetchError;
    let server = fixture_server();
    server.put("/private/plan.html", fixture("harrow-2023/source.html"), 1);
    server.with(|s| {
        s.redirects
            .insert("/docs/moved.html".into(), "/private/plan.html".into());
        s.redirects
            .insert("/docs/away.html".into(), "file:///etc/passwd".into());
    });
    let err = fetcher().get(&server.url("/docs/moved.html"), None).unwrap_err();
    assert!(matches!(err, FetchError::Robots { .. }), "{err}");
    assert!(err.to_string().contains("redirected to"), "{err}");
    assert_eq!(server.count("/private/plan.html", 200), 0, "never fetched");
    // A redirect to file: is refused by name, not asked of the same host.
    let err = fetcher().get(&server.url("/docs/away.html"), None).unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("file:///etc/passwd") && text.contains("only http and https"),
        "{text}"
    );
    // A robots.txt over the document size limit is read up to its first
    // 512 KiB, not ignored.
    let padded = format!("User-agent: *\nDisallow: /private/\n{}", "# padding\n".repeat(20_000));
    server.with(|s| s.robots = Some(padded));
    let small = Fetcher::new(FetchConfig {
        max_bytes: 1000,
        host_delay: Duration::ZERO,
        allow_private: true,
        ..FetchConfig::default()
    });
    let err = small.get(&server.url("/private/plan.html"), None).unwrap_err();
    assert!(matches!(err, FetchError::Robots { .. }), "{err}");
}

#[test]
fn private_and_loopback_addresses_are_refused_unless_allowed() {
    use actionplan::fetch::FetchError;
    let server = fixture_server();
    let strict = Fetcher::new(FetchConfig {
        host_delay: Duration::ZERO,
        ..FetchConfig::default()
    });
    let port = server.base.rsplit(':').next().unwrap().to_string();
    // Refused before any connection is made: no traffic leaves loopback.
    for url in [
        server.url("/docs/harrow-2023/source.html"),
        format!("http://0x7f000001:{port}/docs/harrow-2023/source.html"),
        format!("http://localhost:{port}/x.html"),
        "http://10.1.2.3/plan.pdf".into(),
        "http://192.168.0.10/plan.pdf".into(),
        "http://172.16.5.4/plan.pdf".into(),
        "http://169.254.169.254/latest/meta-data/".into(),
        "http://[::1]/plan.pdf".into(),
        "http://[fd00::1]/plan.pdf".into(),
    ] {
        let err = strict.get(&url, None).unwrap_err();
        assert!(matches!(err, FetchError::Private { .. }), "{url}: {err}");
        assert!(err.to_string().contains("allow_private = true"), "{err}");
    }
    assert!(server.with(|s| s.log.is_empty()), "nothing reached the server");
    // A page's links to loopback are refused the same way in a refresh
    // whose sources file does not allow them.
    let text = sources_toml(&server).replacen("allow_private = true\n", "", 1);
    let file = sources(&text);
    assert!(!file.allow_private);
    let mut store = Store::open_in_memory().unwrap();
    let strict_run = refresh(&mut store, &file, &strict, &RefreshOptions::default(), &mut |_| {}).unwrap();
    assert_eq!(
        strict_run.failures.len(),
        file.sources.len(),
        "{:?}",
        strict_run.failures
    );
    assert!(strict_run
        .failures
        .iter()
        .all(|f| f.reason.contains("private or loopback")));
}

#[test]
fn links_per_page_are_capped_and_found_in_linear_time() {
    let server = fixture_server();
    // 20,000 matching links, and a page nested 180,000 <div>s deep.
    let many: String = (0..20_000)
        .map(|i| format!("<a href=\"/docs/action-plan-{i}.html\">Action plan {i}</a>\n"))
        .collect();
    server.put(
        "/councils/many.html",
        format!("<html><body>{many}</body></html>").into_bytes(),
        1,
    );
    let deep = format!(
        "<html><body>{}<a href=\"/docs/harrow-2023/source.html\">Action plan</a>{}</body></html>",
        "<div>".repeat(180_000),
        "</div>".repeat(180_000)
    );
    server.put("/councils/deep.html", deep.into_bytes(), 1);
    let text = format!(
        "allow_private = true\nmax_links = 3\n[[source]]\ncouncil = \"Many\"\npage = \"{}\"\n\n[[source]]\ncouncil = \"Deep\"\npage = \"{}\"\n",
        server.url("/councils/many.html"),
        server.url("/councils/deep.html")
    );
    let file = sources(&text);
    let mut store = Store::open_in_memory().unwrap();
    let started = std::time::Instant::now();
    let r = run(&mut store, &file, None);
    assert!(started.elapsed() < Duration::from_secs(60), "{:?}", started.elapsed());
    let asked = server.with(|s| {
        s.log
            .iter()
            .filter(|(p, _)| p.starts_with("/docs/action-plan-"))
            .count()
    });
    assert_eq!(asked, 3, "only max_links of the page's links are fetched");
    assert_eq!(
        r.totals.extracted, 1,
        "the deep page's link is found and read: {:?}",
        r.failures
    );
}

#[test]
fn two_councils_listing_one_document_each_keep_their_records() {
    let server = fixture_server();
    let url = server.url("/docs/harrow-2023/source.html");
    let text = format!(
        "allow_private = true\n[[source]]\ncouncil = \"Harrow\"\nurl = \"{url}\"\n\n[[source]]\ncouncil = \"Brent\"\nurl = \"{url}\"\n"
    );
    let file = sources(&text);
    let mut store = Store::open_in_memory().unwrap();
    let per_council = extract_bytes(
        &fixture("harrow-2023/source.html"),
        Path::new("source.html"),
        &ExtractOptions::default(),
    )
    .unwrap()
    .len();
    for force in [false, true, true] {
        let opts = RefreshOptions {
            force,
            ..RefreshOptions::default()
        };
        let r = refresh(&mut store, &file, &fetcher(), &opts, &mut |_| {}).unwrap();
        assert!(r.failures.is_empty(), "{:?}", r.failures);
        let current = store.current_records().unwrap();
        for council in ["Harrow", "Brent"] {
            let n = current
                .iter()
                .filter(|r| r.document.council.as_deref() == Some(council))
                .count();
            assert_eq!(n, per_council, "{council} (force {force})");
        }
        assert_eq!(r.totals.records.gone, 0, "force {force}");
    }
}

/// A sources file (on disk) for the command line: `docs` on the server,
/// in order, one council each.
fn sources_file(dir: &Path, server: &TestServer, docs: &[&str]) -> PathBuf {
    let mut text = String::from("allow_private = true\n");
    for (i, d) in docs.iter().enumerate() {
        text.push_str(&format!(
            "[[source]]\ncouncil = \"Council {i}\"\nurl = \"{}\"\n\n",
            server.url(d)
        ));
    }
    let p = dir.join("sources.toml");
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn a_document_that_kills_its_worker_does_not_stop_the_sources_after_it() {
    let server = fixture_server();
    // A 12 MB page: more than a 48 MB worker can read.
    let page = String::from_utf8(fixture("harrow-2023/source.html")).unwrap();
    let cut = page.rfind("</body>").unwrap();
    let mut big = page[..cut].to_string();
    while big.len() < 12 << 20 {
        big.push_str("<p>Background reading for the peer challenge, not an action.</p>\n");
    }
    big.push_str(&page[cut..]);
    server.put("/docs/huge.html", big.into_bytes(), 1);
    let dir = tempfile::tempdir().unwrap();
    let sources = sources_file(
        dir.path(),
        &server,
        &[
            "/docs/huge.html",
            "/docs/harrow-2023/source.html",
            "/docs/havering-2019/seed.txt",
        ],
    );
    let db = dir.path().join("plans.db");
    for run in 1..=2 {
        let out = actionplan(&[
            "refresh",
            sources.to_str().unwrap(),
            "--db",
            db.to_str().unwrap(),
            "--delay",
            "0",
            "--max-memory",
            "48",
        ]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "run {run}: {err}");
        let failures: Vec<&str> = err.lines().filter(|l| !l.contains(": run ")).collect();
        assert_eq!(failures.len(), 1, "run {run}: {err}");
        assert!(
            failures[0].contains("huge.html") && failures[0].contains("out of memory"),
            "{err}"
        );
        assert!(err.contains("1 failed"), "{err}");
        assert!(
            err.contains(if run == 1 { "2 extracted" } else { "0 extracted" }),
            "run {run}: {err}"
        );
    }
    let store = Store::open(&db).unwrap();
    let councils: std::collections::HashSet<String> = store
        .current_records()
        .unwrap()
        .into_iter()
        .filter_map(|r| r.document.council)
        .collect();
    assert_eq!(councils.len(), 2, "the sources after the crash: {councils:?}");
}

#[test]
fn refreshes_racing_on_a_new_store_all_succeed() {
    let server = fixture_server();
    let dir = tempfile::tempdir().unwrap();
    let sources = sources_file(dir.path(), &server, &["/docs/harrow-2023/source.html"]);
    let db = dir.path().join("new.db");
    let children: Vec<_> = (0..3)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_actionplan"))
                .args([
                    "refresh",
                    sources.to_str().unwrap(),
                    "--db",
                    db.to_str().unwrap(),
                    "--delay",
                    "0",
                ])
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{err}");
        assert!(!err.contains("already exists"), "{err}");
    }
}

#[test]
fn a_store_from_a_newer_version_or_a_corrupt_one_is_named_once() {
    let server = fixture_server();
    let dir = tempfile::tempdir().unwrap();
    let sources = sources_file(dir.path(), &server, &["/docs/harrow-2023/source.html"]);
    let newer = dir.path().join("newer.db");
    rusqlite_free_newer_db(&newer);
    let before = std::fs::read(&newer).unwrap();
    let out = actionplan(&["refresh", sources.to_str().unwrap(), "--db", newer.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "a failure, not bad usage: {err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("newer.db") && err.contains("newer than this actionplan"),
        "{err}"
    );
    assert_eq!(std::fs::read(&newer).unwrap(), before, "left exactly as it was");
    assert!(!dir.path().join("newer.db-wal").exists(), "not switched to WAL");
    // Not a database at all: named once, its cause said once.
    let corrupt = dir.path().join("corrupt.db");
    std::fs::write(&corrupt, vec![0x42u8; 64 * 1024]).unwrap();
    let out = actionplan(&["refresh", sources.to_str().unwrap(), "--db", corrupt.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "a failure, not bad usage: {err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("corrupt.db"), "{err}");
    assert_eq!(err.matches("not a database").count(), 1, "the cause once: {err}");
}

/// A store file at a schema version no actionplan knows yet.
fn rusqlite_free_newer_db(path: &Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
        .unwrap();
}

// ------------------------------------------------ a plan and its updates

const PLAN_PAGE: &str = "/councils/greyhaven/peer-challenge.html";
const PLAN_DOC: &str = "/docs/greyhaven/action-plan-july-2024.html";
const UPDATE_DOC: &str = "/docs/greyhaven/progress-update-january-2025.txt";

/// The Greyhaven page listing its action plan, and (`with_update`) the
/// January progress update above it, newest first as councils list them.
fn plan_page(server: &TestServer, with_update: bool, version: u32) {
    let update = if with_update {
        format!(r#"<p><a href="{UPDATE_DOC}">Action plan progress update, January 2025</a></p>"#)
    } else {
        String::new()
    };
    let page = format!(
        r#"<html><body><h1>Corporate Peer Challenge</h1>{update}
        <p><a href="{PLAN_DOC}">Peer challenge action plan (July 2024)</a></p></body></html>"#
    );
    server.put(PLAN_PAGE, page.into_bytes(), version);
}

fn plan_server() -> TestServer {
    let server = TestServer::start();
    server.put(PLAN_DOC, fixture("greyhaven-2024-07/source.html"), 1);
    server.put(UPDATE_DOC, fixture("updates/greyhaven-2025-01/seed.txt"), 1);
    server
}

fn plan_sources(server: &TestServer) -> SourcesFile {
    sources(&format!(
        "allow_private = true\n[[source]]\ncouncil = \"Greyhaven\"\nplan = \"Corporate Peer Challenge 2024\"\npage = \"{}\"\n",
        server.url(PLAN_PAGE)
    ))
}

/// The live record whose action starts with `text`.
fn live<'a>(records: &'a [actionplan::record::Record], text: &str) -> &'a actionplan::record::Record {
    records
        .iter()
        .find(|r| r.action.text.starts_with(text))
        .unwrap_or_else(|| panic!("no live record {text:?}"))
}

#[test]
fn a_page_gaining_an_update_continues_its_records() {
    let server = plan_server();
    plan_page(&server, false, 1);
    let file = plan_sources(&server);
    let mut store = Store::open_in_memory().unwrap();
    let first = run(&mut store, &file, None);
    assert!(first.failures.is_empty(), "{:?}", first.failures);
    assert_eq!(first.totals.records.new, 29);
    let before = store.current_records().unwrap();
    let key = |r: &actionplan::record::Record| r.lineage.as_ref().expect("plan records carry a lineage").key.clone();
    let vision = key(live(&before, "Run a borough-wide conversation"));
    let mtfs = key(live(&before, "Update the MTFS to cover a four-year period"));

    // The page gains the update: the records continue.
    plan_page(&server, true, 2);
    let second = run(&mut store, &file, None);
    print_report("update", &second);
    assert!(second.failures.is_empty(), "{:?}", second.failures);
    let t = second.totals.records;
    assert_eq!((t.new, t.gone), (2, 2), "two actions added, two dropped: {t:?}");
    assert_eq!(t.new + t.changed + t.unchanged, 29);
    let after = store.current_records().unwrap();
    assert_eq!(after.len(), 29);
    let continued = live(&after, "Run a borough-wide conversation");
    assert_eq!(key(continued), vision, "the same action keeps its key");
    assert!(continued.document.path.ends_with(UPDATE_DOC));
    assert!(continued.lineage.as_ref().unwrap().since.ends_with(PLAN_DOC));

    // `changes` reports the moves across the two documents.
    let changes: Vec<_> = store
        .changes(None)
        .unwrap()
        .into_iter()
        .filter(|c| c.run == second.run)
        .collect();
    let deadline = changes
        .iter()
        .find(|c| c.identity == vision && c.field.as_deref() == Some("deadline"))
        .expect("the moved deadline");
    assert!(deadline.old.as_deref().unwrap().contains("Mar-25"), "{deadline:?}");
    assert!(deadline.new.as_deref().unwrap().contains("Sept 2025"), "{deadline:?}");
    assert!(deadline.document_url.ends_with(UPDATE_DOC));
    let statuses = changes.iter().filter(|c| c.field.as_deref() == Some("status")).count();
    assert!(statuses >= 10, "{statuses} status changes: {changes:#?}");
    // Nothing counted both gone and new.
    let gone: std::collections::HashSet<&str> = changes
        .iter()
        .filter(|c| c.kind == ChangeKind::Gone)
        .map(|c| c.identity.as_str())
        .collect();
    let new: std::collections::HashSet<&str> = changes
        .iter()
        .filter(|c| c.kind == ChangeKind::New)
        .map(|c| c.identity.as_str())
        .collect();
    assert_eq!((gone.len(), new.len()), (2, 2));
    assert!(gone.is_disjoint(&new));
    // A removed-as-complete action is gone with its last status, not lost.
    assert!(gone.contains(mtfs.as_str()));
    let last = store.history(&mtfs).unwrap();
    let tomb = last.last().unwrap();
    assert!(tomb.gone);
    assert_eq!(
        tomb.record.as_ref().and_then(|r| r.status),
        Some(actionplan::record::Status::Complete)
    );

    // A third run with nothing new changes nothing.
    let third = run(&mut store, &file, None);
    let t = third.totals.records;
    assert_eq!((t.new, t.changed, t.gone), (0, 0, 0), "{t:?}");
}

#[test]
fn a_plan_found_with_its_update_is_stored_oldest_first() {
    let server = plan_server();
    plan_page(&server, true, 1);
    let file = plan_sources(&server);
    let mut store = Store::open_in_memory().unwrap();
    let r = run(&mut store, &file, None);
    assert!(r.failures.is_empty(), "{:?}", r.failures);
    // The plan's 29 actions, then the update's: 2 new, 2 gone.
    let t = r.totals.records;
    assert_eq!((t.new, t.gone), (31, 2), "{t:?}");
    let current = store.current_records().unwrap();
    assert_eq!(current.len(), 29);
    assert!(current.iter().all(|r| r.document.path.ends_with(UPDATE_DOC)));
}

#[test]
fn sources_naming_one_plan_are_one_plan_whatever_their_order() {
    let server = plan_server();
    let text = format!(
        "allow_private = true\n\
         [[source]]\ncouncil = \"Greyhaven\"\nplan = \"CPC\"\nurl = \"{}\"\n\n\
         [[source]]\ncouncil = \"Greyhaven\"\nplan = \"CPC\"\nurl = \"{}\"\n",
        server.url(UPDATE_DOC),
        server.url(PLAN_DOC)
    );
    let file = sources(&text);
    // Both land in one share: a plan is never split across stores.
    for k in 1..=4 {
        let shard = Shard { index: k, total: 4 };
        let n = select_shard(&file.sources, Some(shard)).len();
        assert!(n == 0 || n == 2, "share {k} holds {n} of the plan's 2 sources");
    }
    let mut store = Store::open_in_memory().unwrap();
    let r = run(&mut store, &file, None);
    assert!(r.failures.is_empty(), "{:?}", r.failures);
    let t = r.totals.records;
    assert_eq!((t.new, t.gone), (31, 2), "{t:?}");
    let current = store.current_records().unwrap();
    assert_eq!(current.len(), 29);
    assert!(current.iter().all(|r| r.document.path.ends_with(UPDATE_DOC)));
}

/// Issue 14: `refresh --dry-run` lists what a run would fetch, fetching
/// only the pages, and neither extracts nor opens the store.
#[test]
fn a_dry_run_lists_sources_and_links_and_fetches_only_pages() {
    let server = fixture_server();
    let dir = tempfile::tempdir().unwrap();
    let sources = dir.path().join("sources.toml");
    std::fs::write(&sources, sources_toml(&server)).unwrap();
    let db = dir.path().join("never.db");
    let out = actionplan(&[
        "refresh",
        sources.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
        "--dry-run",
        "--delay",
        "0",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let planned: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let docs: Vec<&str> = planned
        .iter()
        .filter(|p| p["kind"] == "document")
        .map(|p| p["url"].as_str().unwrap())
        .collect();
    assert_eq!(docs.len(), SERVED.len(), "{planned:?}");
    for (path, _) in SERVED {
        assert!(docs.contains(&server.url(path).as_str()), "{path} listed");
        assert_eq!(server.count(path, 200), 0, "{path} not fetched");
    }
    let page = planned.iter().find(|p| p["kind"] == "page").unwrap();
    assert_eq!(page["council"], "Haringey");
    assert_eq!(server.count(LISTING, 200), 1, "the page, and only it, fetched");
    assert!(!db.exists(), "the store is not even created");
}

#[test]
fn report_from_a_refreshed_store_shows_the_moved_deadline() {
    let server = fixture_server();
    let dir = tempfile::tempdir().unwrap();
    let sources_path = dir.path().join("sources.toml");
    std::fs::write(&sources_path, sources_toml(&server)).unwrap();
    let db: PathBuf = dir.path().join("plans.db");
    let db = db.to_str().unwrap();
    let refresh_args = ["refresh", sources_path.to_str().unwrap(), "--db", db, "--delay", "0"];
    assert_eq!(actionplan(&refresh_args).status.code(), Some(0));
    let html = String::from_utf8(fixture("harrow-2023/source.html")).unwrap();
    server.put(
        "/docs/harrow-2023/source.html",
        html.replace("February 2024", "March 2024").into_bytes(),
        2,
    );
    assert_eq!(actionplan(&refresh_args).status.code(), Some(0));

    let report = dir.path().join("report.html");
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let out = actionplan(&[
        "report",
        "--db",
        db,
        "-o",
        report.to_str().unwrap(),
        "--since",
        &today,
        "--as-of",
        "2024-03-15",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let page = std::fs::read_to_string(&report).unwrap();
    let history = &page[page.find("<section id=\"history\"").expect("a History section")..];
    let history = &history[..history.find("</section>").unwrap()];
    // Harrow's one moved deadline, old and new, marked later; its council
    // counted once as slipped.
    assert!(history.contains("February 2024 [2024-02-01..2024-02-29]"), "{history}");
    assert!(
        history.contains("March 2024 [2024-03-01..2024-03-31] <span class=\"tag late\">later</span>"),
        "{history}"
    );
    assert!(
        history.contains("<tr><th scope=\"row\">Harrow</th><td>1</td><td>0</td><td>0</td>"),
        "{history}"
    );
    assert_eq!(history.matches("<span class=\"tag late\">later</span>").count(), 1);
    // Every current record is in the table.
    let current = Store::open(Path::new(db)).unwrap().current_records().unwrap().len();
    assert!(page.contains(&format!("<caption>All {current} actions</caption>")));
    assert!(page.contains("<h3>Documents that failed in their last refresh: 0</h3>"));

    // A known document that now yields no action fails its refresh (its
    // records are kept); the report names it with the reason. (A document
    // that never fetched is not in the store, so not here: see `refresh
    // --errors`.)
    server.put(
        "/docs/harrow-2023/source.html",
        b"<html><body><p>Please sign in to view this page.</p></body></html>".to_vec(),
        3,
    );
    assert_eq!(actionplan(&refresh_args).status.code(), Some(1));
    let out = actionplan(&["report", "--db", db, "-o", report.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let page = std::fs::read_to_string(&report).unwrap();
    let quality = &page[page.find("<section id=\"quality\"").unwrap()..];
    assert!(
        quality.contains("<h3>Documents that failed in their last refresh: 1</h3>"),
        "{quality}"
    );
    let harrow_url = server.url("/docs/harrow-2023/source.html");
    assert!(
        quality.contains(&format!("<th scope=\"row\">Harrow</th><td>{harrow_url}</td>")),
        "{quality}"
    );

    // Since a day to come: nothing changed.
    let out = actionplan(&[
        "report",
        "--db",
        db,
        "-o",
        report.to_str().unwrap(),
        "--since",
        "2999-01-01",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(std::fs::read_to_string(&report)
        .unwrap()
        .contains("<p>Nothing changed.</p>"));
    // A missing store is named, not created.
    let none = dir.path().join("none.db");
    let out = actionplan(&["report", "--db", none.to_str().unwrap(), "-o", report.to_str().unwrap()]);
    // Exit 1, as `export` and `changes` give for a store that is not there.
    assert_eq!(out.status.code(), Some(1));
    assert!(!none.exists());
}
