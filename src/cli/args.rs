//! Argument definitions: what `--help` teaches.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Turn UK council action plans into clean, comparable records.
///
/// Reads council action plans (PDF, Word and OpenDocument files, HTML pages,
/// text or markdown conversions), finds each recommendation and action,
/// normalises deadlines to ISO periods and owners to canonical names, and
/// writes one record per action with its provenance.
///
/// `-` as an input reads standard input (so does no input at all when stdin
/// is a pipe); `-o -` writes to standard output.
#[derive(Debug, Parser)]
#[command(name = "actionplan", version, propagate_version = true, after_help = EXIT_CODES)]
pub struct Cli {
    /// More detail on stderr: -v progress per file, -vv rule decisions.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    /// Only errors on stderr: no warnings, no progress bar.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Colour on stderr: auto (only on a terminal, and not when NO_COLOR is
    /// set), always or never.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto, global = true)]
    pub color: ColorWhen,
    #[command(subcommand)]
    pub command: Command,
}

/// Exit codes, as `--help` lists them for every command.
pub const EXIT_CODES: &str = "Exit codes:
  0  every input was read (and the output written)
  1  some input, store or output failed: each is named on stderr, the rest is still written
  2  bad usage: an unknown flag, a bad value, -f contradicting -o's extension
A reader that closes the pipe early (| head -1) ends the run quietly, with 0.";

/// When to colour stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Only when stderr is a terminal and NO_COLOR is not set.
    Auto,
    /// Always (for a pager that shows colour, `less -R`).
    Always,
    /// Never.
    Never,
}

/// The commands.
#[derive(Debug, Subcommand)]
#[command(after_help = EXIT_CODES)]
pub enum Command {
    /// Extract action records from files, folders, URLs or standard input.
    ///
    /// Records are written as each document is read, in input order. The
    /// format comes from -f, else from -o's extension (.jsonl/.ndjson, .json,
    /// .csv), else JSON Lines. CSV is safe to open in a spreadsheet: a cell
    /// starting with = + - @ (or a tab or CR) gets a leading ' so it is not
    /// run as a formula; --raw-csv writes cells exactly as read. JSON is
    /// always raw.
    ///
    /// Examples:
    ///   actionplan extract plan.html                      # JSON Lines to stdout
    ///   actionplan extract council-docs/ -o actions.csv   # every file in a folder, one CSV
    ///   actionplan extract a.txt b.html -f json -o all.json --council Harrow
    ///   actionplan extract https://example.gov.uk/docs/action-plan.html   # fetched, then read
    ///   curl -s https://example.gov.uk/plan.pdf | actionplan extract -    # standard input
    ///   actionplan extract council-docs/ | head -1        # the first record, as soon as it is read
    #[command(verbatim_doc_comment, after_help = EXIT_CODES)]
    Extract(ExtractArgs),
    /// Score records against a hand-checked gold file.
    ///
    /// Prints precision, recall, F1 and per-field accuracy, then the misses.
    /// The records (JSON Lines or a JSON array, as `extract` writes them; -
    /// for standard input) may hold many documents: only those of the gold
    /// file's document are scored (matched by file name, else by council),
    /// or those --document names.
    ///
    /// Examples:
    ///   actionplan eval fixtures/harrow-2023/gold.json records.jsonl
    ///   actionplan extract fixtures/ | actionplan eval fixtures/harrow-2023/gold.json -
    #[command(verbatim_doc_comment, after_help = EXIT_CODES)]
    Eval(EvalArgs),
    /// Print the tables of a document, rebuilt from the page where it is a PDF.
    ///
    /// The general table extractor, for documents that are not action plans
    /// and for seeing how a layout was read. JSON is an array of
    /// {"page": N, "bbox": [x0, y0, x1, y1], "rows": [[cell, ...], ...]}
    /// (PDF points, origin bottom left; a spanning cell's text in its first
    /// slot, "" in the slots it covers); CSV gives the same as blocks.
    ///
    /// CSV cells are made spreadsheet-safe as `extract`'s are (--raw-csv to
    /// turn that off).
    ///
    /// Examples:
    ///   actionplan tables report.pdf                   # JSON to stdout
    ///   actionplan tables report.pdf -o t.csv          # CSV, from the name
    ///   actionplan tables report.pdf --pages 3-5,9     # only tables starting on these pages
    ///   actionplan tables https://example.gov.uk/report.pdf -f csv
    #[command(verbatim_doc_comment, after_help = EXIT_CODES)]
    Tables(TablesArgs),
    /// Print the document model a reader builds from a file, as JSON.
    ///
    /// The way to see why a layout is or is not segmented: headings,
    /// paragraphs, lists and tables exactly as the segmenter gets them.
    ///
    /// Examples:
    ///   actionplan model plan.docx | less
    ///   actionplan model locked.pdf --password secret -o model.json
    ///   actionplan model https://example.gov.uk/docs/action-plan.html
    #[command(verbatim_doc_comment, after_help = EXIT_CODES)]
    Model(ModelArgs),
    /// Fetch every source in a sources file and store what changed.
    ///
    /// Each document is fetched with a conditional GET (ETag /
    /// If-Modified-Since from the last run), so an unchanged document is not
    /// downloaded; bytes equal to those last extracted are not extracted
    /// again. New, changed and vanished actions are versioned in the SQLite
    /// store (see `changes` and `export`). A source that fails is named on
    /// stderr and the others go on; exit code 1 if any failed.
    ///
    /// A sources file (TOML):
    ///   link_patterns = ["action plan", "peer challenge"]   # optional
    ///   [[source]]
    ///   council = "Harrow"
    ///   url = "https://example.gov.uk/documents/peer-review-response.pdf"
    ///   [[source]]
    ///   council = "Haringey"
    ///   page = "https://example.gov.uk/peer-challenge"   # matching links are followed
    ///
    /// A page's links are followed when their text, title or file name holds
    /// one of link_patterns (case-insensitive); the default patterns are:
    ///   "action plan", "peer challenge", "peer review", "progress update",
    ///   "progress report", "improvement plan"
    ///
    /// Examples:
    ///   actionplan refresh sources.toml                      # into ./actionplan.db
    ///   actionplan refresh sources.toml --db plans.db --shard 2/4   # this worker's quarter
    ///   actionplan refresh sources.toml --dry-run            # what it would fetch; pages only fetched
    #[command(verbatim_doc_comment, after_help = EXIT_CODES)]
    Refresh(RefreshArgs),
    /// List what is new, gone or changed between refreshes.
    ///
    /// One line per change: council, identity, kind (new, gone, changed),
    /// field (action, recommendation, lead, deadline, status, rag,
    /// progress), old and new values, run time.
    ///
    /// The store is opened read-only: a store you may only read will do, and
    /// a database that is not an actionplan store is refused, untouched.
    ///
    /// Examples:
    ///   actionplan changes                                   # everything, JSON Lines
    ///   actionplan changes --since 2024-06-01 -o changes.csv
    ///   actionplan changes --since 2026-11-30T14:55          # local time, or give a zone (Z, +01:00)
    ///   actionplan changes --run last --kind changed --council Harrow   # what the last refresh changed
    #[command(verbatim_doc_comment, after_help = EXIT_CODES)]
    Changes(ChangesArgs),
    /// Write the current records of every council in the store.
    ///
    /// The same record format as `extract` (CSV spreadsheet-safe unless
    /// --raw-csv), for a spreadsheet or a warehouse. The store is opened
    /// read-only; a database that is not an actionplan store is refused.
    ///
    /// Examples:
    ///   actionplan export -o all-councils.csv
    ///   actionplan export --council Harrow --council Havering -o two.csv
    ///   actionplan export --db plans.db -f jsonl | gzip > records.jsonl.gz
    ///
    /// For SQL, the store has a view with flat columns, one row per live record:
    ///   sqlite3 actionplan.db "SELECT council, action_text, deadline_end FROM current_records"
    #[command(verbatim_doc_comment, after_help = EXIT_CODES)]
    Export(ExportArgs),
    /// Follow each action across a plan and its progress updates.
    ///
    /// Reads the plan and every update, links each update action to the
    /// action it continues in the document before (same number and words,
    /// or words alike enough with the same recommendation and lead; one to
    /// one; below a score of 0.5 an action is new) and writes the records
    /// with a `lineage` (key, since, score). Links scoring below 0.75 carry
    /// a warning in the record.
    ///
    /// Examples:
    ///   actionplan history plan-2024.pdf update-2025-01.pdf          # linked records, JSON Lines
    ///   actionplan history plan.html jan.html jul.html --timeline -f csv -o timeline.csv
    ///   actionplan history plan.docx update.docx --explain > /dev/null   # why each link was made
    ///   actionplan history plan.txt update.txt --check links.json       # precision/recall on stderr
    #[command(verbatim_doc_comment, after_help = EXIT_CODES)]
    History(super::history_cmd::HistoryArgs),
    /// Print a shell completion script.
    ///
    /// Examples:
    ///   actionplan completions bash > ~/.local/share/bash-completion/completions/actionplan
    ///   actionplan completions zsh > "${fpath[1]}/_actionplan"
    ///   actionplan completions fish > ~/.config/fish/completions/actionplan.fish
    #[command(verbatim_doc_comment, after_help = EXIT_CODES)]
    Completions(CompletionsArgs),
    /// Print a man page (roff): the command's, or a subcommand's.
    ///
    /// Examples:
    ///   actionplan man | man -l -
    ///   actionplan man extract > ~/.local/share/man/man1/actionplan-extract.1
    #[command(verbatim_doc_comment, after_help = EXIT_CODES)]
    Man(ManArgs),
    /// Write one HTML page that shows records as charts and tables.
    ///
    /// Summary (per council, by status and RAG), deadlines (per quarter,
    /// overdue as of --as-of, none or unreadable), owners of open actions,
    /// history (with --db: deadlines moved, statuses and RAGs changed since
    /// --since), data quality, and a searchable, sortable table of every
    /// action with a link to its source. One self-contained file: no
    /// network when it is opened; prints and reads at phone width.
    ///
    /// Examples:
    ///   actionplan extract fixtures/ -o records.jsonl && actionplan report records.jsonl -o report.html
    ///   actionplan report a.jsonl b.json -o report.html --as-of 2025-03-31 --title "London 2025"
    ///   actionplan report --db plans.db -o report.html --since 2025-01-01   # with a History section
    #[command(verbatim_doc_comment, after_help = EXIT_CODES)]
    Report(super::report_cmd::ReportArgs),
    /// Serve one request from a parent actionplan on stdin (internal: how
    /// each document is read in a process of its own).
    #[command(name = "__worker", hide = true)]
    Worker,
}

/// Default memory cap of one document's worker process, in megabytes:
/// several times the most any bundled fixture needs (see README, "Limits").
pub const DEFAULT_MAX_MEMORY_MB: u64 = 512;

/// How documents are read: each in a worker process of its own (the
/// default) or in this process.
#[derive(Debug, Args)]
pub struct IsolationArgs {
    /// Most memory one document may use while it is read, in megabytes: each
    /// document is read in a worker process capped at this, and one that
    /// needs more is reported ("killed: out of memory") while the others go on.
    #[arg(long, value_name = "MB", default_value_t = DEFAULT_MAX_MEMORY_MB,
          value_parser = clap::value_parser!(u64).range(32..=16 * 1024 * 1024))]
    pub max_memory: u64,
    /// Read documents in this process instead of a worker each: a little
    /// faster to start, but no memory cap, and a crash stops the whole run.
    #[arg(long)]
    pub in_process: bool,
}

impl IsolationArgs {
    /// The worker settings, or None to read in process.
    pub fn isolation(&self) -> anyhow::Result<Option<actionplan::isolate::Isolation>> {
        use anyhow::Context as _;
        if self.in_process {
            return Ok(None);
        }
        let program = std::env::current_exe().context("cannot find this program to start workers")?;
        let mut args = vec!["__worker".to_string()];
        let verbose = super::verbosity();
        if verbose > 0 {
            args.push(format!("-{}", "v".repeat(verbose.into())));
        }
        Ok(Some(actionplan::isolate::Isolation::new(
            program,
            args,
            Some(self.max_memory.saturating_mul(1024 * 1024)),
        )))
    }
}

/// The store every store command defaults to.
pub const DEFAULT_DB: &str = "actionplan.db";

/// `refresh` arguments.
#[derive(Debug, Args)]
pub struct RefreshArgs {
    /// The sources file (TOML; see above).
    #[arg(value_name = "SOURCES.toml")]
    pub sources: PathBuf,
    /// The SQLite store (created if missing).
    #[arg(long, value_name = "FILE", default_value = DEFAULT_DB)]
    pub db: PathBuf,
    /// Take only share K of N (1-based): N workers given 1/N..N/N cover
    /// every source exactly once, with no coordination.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<actionplan::sources::Shard>,
    /// Seconds to wait between two requests to one host.
    #[arg(long, value_name = "SECS", default_value_t = 1.0, value_parser = seconds)]
    pub delay: f64,
    /// Seconds allowed for one request, connect to last byte.
    #[arg(long, value_name = "SECS", default_value_t = 30.0, value_parser = seconds)]
    pub timeout: f64,
    /// Extra attempts after a server error (5xx, 429) or a failed connection.
    #[arg(long, value_name = "N", default_value_t = 2, value_parser = clap::value_parser!(u32).range(0..=20))]
    pub retries: u32,
    /// Seconds before the first retry; doubled for each one after.
    #[arg(long, value_name = "SECS", default_value_t = 1.0, value_parser = seconds)]
    pub backoff: f64,
    /// Largest document to download, in megabytes.
    #[arg(long, value_name = "MB", default_value_t = 50)]
    pub max_size: u64,
    /// Write one JSON line per failure (council, url, reason) to FILE.
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
    /// Download and extract every document again, ignoring ETags, dates
    /// and hashes (records still only get a version where fields changed).
    #[arg(long)]
    pub force: bool,
    /// List what a run would fetch, one JSON line per URL (council, kind,
    /// url, page, error), fetching only the pages to find their links;
    /// nothing is extracted or stored, and the store is not opened.
    #[arg(long)]
    pub dry_run: bool,
    /// Seconds one document may take to read before it is given up and
    /// reported (0 for no limit).
    #[arg(long, value_name = "SECONDS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(0..=MAX_SECONDS))]
    pub read_timeout: u64,
    #[command(flatten)]
    pub isolation: IsolationArgs,
}

/// The longest time limit or delay accepted: a week, in seconds (a larger
/// one is a mistake, and would overflow the clock arithmetic).
pub const MAX_SECONDS: u64 = 7 * 24 * 3600;

/// Parses a number of seconds: finite, not negative, at most [`MAX_SECONDS`].
fn seconds(text: &str) -> Result<f64, String> {
    let v: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("{text:?} is not a number of seconds"))?;
    if !v.is_finite() || v < 0.0 || v > MAX_SECONDS as f64 {
        return Err(format!("{text}: give 0 to {MAX_SECONDS} seconds"));
    }
    Ok(v)
}

/// `changes` output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ChangesFormat {
    /// One JSON object per line.
    Jsonl,
    /// CSV with a header row.
    Csv,
}

/// `changes` arguments.
#[derive(Debug, Args)]
pub struct ChangesArgs {
    /// The SQLite store `refresh` wrote.
    #[arg(long, value_name = "FILE", default_value = DEFAULT_DB)]
    pub db: PathBuf,
    /// Only changes seen in runs started on or after this date
    /// (YYYY-MM-DD, or an RFC 3339 time), UTC.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Output format [default: from --output's extension, else jsonl].
    #[arg(short, long, value_enum)]
    pub format: Option<ChangesFormat>,
    /// Write to this file instead of stdout (see OUTPUT FILES in `extract --help`).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// CSV: write values exactly as stored, without the leading ' that keeps
    /// a spreadsheet from running a value as a formula.
    #[arg(long)]
    pub raw_csv: bool,
    /// Only these councils' changes (case-insensitive; repeat for several).
    #[arg(long, value_name = "NAME")]
    pub council: Vec<String>,
    /// Only changes of these kinds (new, gone, changed; repeat or comma-separate).
    #[arg(long, value_enum, value_delimiter = ',')]
    pub kind: Vec<ChangeKindArg>,
    /// Only the changes one run made: its number, or "last".
    #[arg(long, value_name = "N|last", value_parser = parse_run)]
    pub run: Option<RunArg>,
}

/// A change's kind, as `--kind` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ChangeKindArg {
    /// Records seen for the first time.
    New,
    /// Records no longer in their document.
    Gone,
    /// Records whose compared fields changed.
    Changed,
}

/// Which run `--run` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunArg {
    /// A run by its number.
    Number(i64),
    /// The latest run in the store.
    Last,
}

/// Parses `--run`: a run number (from 1) or "last".
fn parse_run(text: &str) -> Result<RunArg, String> {
    if text.eq_ignore_ascii_case("last") {
        return Ok(RunArg::Last);
    }
    match text.parse::<i64>() {
        Ok(n) if n >= 1 => Ok(RunArg::Number(n)),
        _ => Err(format!("{text:?}: give a run number (from 1) or last")),
    }
}

/// `export` arguments.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The SQLite store `refresh` wrote.
    #[arg(long, value_name = "FILE", default_value = DEFAULT_DB)]
    pub db: PathBuf,
    /// Output format [default: from --output's extension, else jsonl].
    #[arg(short, long, value_enum)]
    pub format: Option<OutFormat>,
    /// Write to this file instead of stdout (see OUTPUT FILES in `extract --help`).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Start CSV output with a UTF-8 byte-order mark, so Excel reads accents right.
    #[arg(long)]
    pub bom: bool,
    /// CSV: write cells exactly as read, without the leading ' that keeps a
    /// spreadsheet from running a cell that starts with = + - @ as a formula.
    #[arg(long)]
    pub raw_csv: bool,
    /// Only these councils' records (case-insensitive; repeat for several).
    #[arg(long, value_name = "NAME")]
    pub council: Vec<String>,
}

/// `model` arguments.
#[derive(Debug, Args)]
pub struct ModelArgs {
    /// The file or http(s) URL to read; - (or nothing, with a pipe) for
    /// standard input.
    #[arg(value_name = "INPUT")]
    pub input: Option<PathBuf>,
    /// Write to this file instead of stdout (see OUTPUT FILES in `extract --help`).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub reading: ReadingArgs,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutFormat {
    /// One JSON object per line (the canonical form).
    Jsonl,
    /// One JSON array.
    Json,
    /// CSV with a header row, RFC 4180, CRLF line ends.
    Csv,
}

/// `extract` arguments.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files or folders to read; folders are walked recursively for .html,
    /// .htm, .xhtml, .txt, .text, .md, .markdown, .docx, .odt, .pdf, .xlsx, .xlsm, .xls, .ods, .csv, .tsv files (unreadable ones are reported and skipped; a file named
    /// twice is read once). http(s) URLs are fetched (robots.txt honoured)
    /// and read. - reads standard input (as does no input at all when stdin
    /// is a pipe); its format is sniffed from the content.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Output format [default: from --output's extension, else jsonl]; an
    /// extension that is none of .jsonl, .ndjson, .json, .csv, or that
    /// contradicts -f, is refused.
    #[arg(short, long, value_enum)]
    pub format: Option<OutFormat>,
    /// Write to this file instead of stdout; - is stdout. OUTPUT FILES: a
    /// regular file is written to a temporary file beside it and renamed
    /// into place (a failed run leaves it as it was), keeping an existing
    /// file's mode (a new one gets 0666 less the umask); a symlink is
    /// followed and stays a link; a device or FIFO (/dev/stdout) is
    /// written in place.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Documents read in parallel [default: one per core; at most 64].
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=64))]
    pub jobs: Option<u16>,
    /// Council name to record, overriding what the text says.
    #[arg(long, value_name = "NAME", value_parser = not_blank)]
    pub council: Option<String>,
    /// Start CSV output with a UTF-8 byte-order mark, so Excel reads accents right.
    #[arg(long)]
    pub bom: bool,
    /// CSV: write cells exactly as read, without the leading ' that keeps a
    /// spreadsheet from running a cell that starts with = + - @ as a formula.
    #[arg(long)]
    pub raw_csv: bool,
    /// Write one JSON line per failed input (path, stage, error) to FILE
    /// (written as -o is; an empty file when nothing failed).
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
    /// Largest input file to read, in megabytes.
    #[arg(long, value_name = "MB", default_value_t = 200)]
    pub max_size: u64,
    #[command(flatten)]
    pub reading: ReadingArgs,
}

/// Reader settings shared by the commands that read documents.
#[derive(Debug, Args)]
pub struct ReadingArgs {
    /// Password for encrypted PDFs (the user password; PDFs with only an
    /// owner password open without one).
    #[arg(long, value_name = "PASSWORD")]
    pub password: Option<String>,
    /// Seconds one document may take to read before it is given up and
    /// reported (0 for no limit).
    #[arg(long, value_name = "SECONDS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(0..=MAX_SECONDS))]
    pub timeout: u64,
    #[command(flatten)]
    pub isolation: IsolationArgs,
    /// Most a Word, OpenDocument or spreadsheet package may inflate to, in megabytes
    /// (guards against zip bombs).
    #[arg(long, value_name = "MB", default_value_t = 512)]
    pub max_decompressed: u64,
}

impl ReadingArgs {
    /// The library's reader settings.
    pub fn read_options(&self) -> actionplan::read::ReadOptions {
        actionplan::read::ReadOptions {
            pdf_password: self.password.clone(),
            max_decompressed: self.max_decompressed.saturating_mul(1024 * 1024),
        }
    }

    /// The per-document time limit.
    pub fn timeout(&self) -> Option<std::time::Duration> {
        time_limit(self.timeout)
    }
}

/// `tables` arguments.
#[derive(Debug, Args)]
pub struct TablesArgs {
    /// The document (PDF, HTML, Word, text) or http(s) URL whose tables to
    /// print; - (or nothing, with a pipe) for standard input.
    #[arg(value_name = "INPUT")]
    pub input: Option<PathBuf>,
    /// Output format [default: from --output's extension, else json].
    #[arg(short, long, value_enum)]
    pub format: Option<TablesFormat>,
    /// Write to this file instead of stdout (see OUTPUT FILES in `extract --help`).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Only tables that start on these pages (PDF): a list of pages and
    /// ranges, 1-based, as "3", "3-5" or "1,4-6".
    #[arg(long, value_name = "PAGES", value_parser = super::pages::parse_pages)]
    pub pages: Option<super::pages::Pages>,
    /// CSV: write cells exactly as read, without the leading ' that keeps a
    /// spreadsheet from running a cell that starts with = + - @ as a formula.
    #[arg(long)]
    pub raw_csv: bool,
    #[command(flatten)]
    pub reading: ReadingArgs,
}

/// Formats `tables` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TablesFormat {
    /// A JSON array of {"page", "bbox", "rows"}.
    Json,
    /// CSV blocks: a "#table,N,page,P,bbox,x0 y0 x1 y1" line, the rows, a blank line.
    Csv,
}

/// `eval` arguments.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// The gold file (gold.json).
    pub gold: PathBuf,
    /// The records to score (JSON Lines or a JSON array, as `extract`
    /// writes them); - for standard input.
    pub records: PathBuf,
    /// Score only the records whose document.path ends with this (a file
    /// name, or a path's tail) [default: the gold file's document, matched
    /// by file name, else by council; every record when neither matches].
    #[arg(long, value_name = "PATH")]
    pub document: Option<String>,
    /// Most misses listed of each kind (missed, spurious, wrong field); 0
    /// for all.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub limit: usize,
    /// Print the score as JSON.
    #[arg(long)]
    pub json: bool,
}

/// A value that must say something: `--council ""` would write records
/// whose council is empty, which the record contract does not allow.
fn not_blank(text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        return Err("give a name (an empty one would be written into every record)".into());
    }
    Ok(text.trim().to_string())
}

/// A time limit in whole seconds, 0 meaning none.
pub fn time_limit(seconds: u64) -> Option<std::time::Duration> {
    (seconds > 0).then(|| std::time::Duration::from_secs(seconds))
}

/// `completions` arguments.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `man` arguments.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// The subcommand whose page to print [default: the command's own].
    #[arg(value_name = "COMMAND")]
    pub command: Option<String>,
}
