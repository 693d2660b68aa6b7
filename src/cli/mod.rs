//! Command-line interface: argument parsing, logging set-up and exit codes.
//!
//! Exit codes, the same in every command: 0 when every input succeeded, 1
//! when any input, the store or the output failed (each named on stderr;
//! the others' records are still written), 2 for bad usage only. A reader
//! that closes the pipe early (`| head -1`) ends the run quietly with 0.

mod args;
mod changes_cmd;
mod docs_cmd;
mod eval_cmd;
mod export_cmd;
mod extract_cmd;
mod history_cmd;
mod inputs;
mod model_cmd;
mod output;
mod pages;
mod refresh_cmd;
mod report_cmd;
mod stderr;
mod tables_cmd;
mod worker_cmd;

use std::sync::atomic::{AtomicU8, Ordering};

use clap::Parser;

pub use args::{Cli, Command};

/// Parses arguments, runs the command and returns the process exit code.
pub fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    VERBOSITY.store(cli.verbose, Ordering::Relaxed);
    stderr::configure(cli.color, cli.quiet);
    init_logging(cli.verbose, cli.quiet, matches!(cli.command, Command::Worker));
    quiet_caught_panics();
    let result = match &cli.command {
        Command::Worker => return worker_cmd::run(),
        Command::Extract(a) => extract_cmd::run(a),
        Command::Eval(a) => eval_cmd::run(a),
        Command::Model(a) => model_cmd::run(a),
        Command::Tables(a) => tables_cmd::run(a),
        Command::Refresh(a) => refresh_cmd::run(a),
        Command::Changes(a) => changes_cmd::run(a),
        Command::Export(a) => export_cmd::run(a),
        Command::History(a) => history_cmd::run(a),
        Command::Completions(a) => docs_cmd::completions(a),
        Command::Man(a) => docs_cmd::man(a),
        Command::Report(a) => report_cmd::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) if output::is_broken_pipe(&e) => 0,
        Err(e) => {
            say(&error_chain(&e));
            if e.downcast_ref::<output::UsageError>().is_some() {
                2
            } else {
                1
            }
        }
    }
}

/// Most bytes `model` and `tables` read from their one input (so a device
/// such as /dev/zero ends): 1 GiB.
pub const ONE_INPUT_MAX_BYTES: u64 = 1 << 30;

/// How many `-v` the command line gave: passed on to worker processes.
static VERBOSITY: AtomicU8 = AtomicU8::new(0);

/// The `-v` count of this run.
pub fn verbosity() -> u8 {
    VERBOSITY.load(Ordering::Relaxed)
}

/// Prints one problem as one line of stderr: `actionplan: MESSAGE`, with
/// any control character in it (a newline in a file name, a panic message
/// over several lines) escaped, so no message can forge a second line.
pub fn say(message: &str) {
    stderr::line(stderr::Level::Error, message);
}

/// Prints a warning in the same form (`actionplan: FILE: message`);
/// silenced by `-q`.
pub fn warn(message: &str) {
    stderr::line(stderr::Level::Warning, message);
}

/// An error and its causes joined with ": ", each said once: a cause whose
/// text its wrapper already holds, or that only restates the cause before
/// it with a code ("Error code 26: file is not a database" after "file is
/// not a database", as SQLite's errors nest), is not said again.
pub(crate) fn error_chain(e: &anyhow::Error) -> String {
    let mut out = String::new();
    let mut last = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if out.contains(&text) || (!last.is_empty() && text.contains(&last)) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
        last = text;
    }
    out
}

/// Opens a store for reading only (`export`, `changes`): it must already
/// exist (reading commands never create an empty database under a
/// mistyped name), a store the user may only read will do, and a database
/// that is not an actionplan store is refused without a byte written.
fn open_existing_store(path: &std::path::Path) -> anyhow::Result<actionplan::store::Store> {
    use anyhow::Context as _;
    let shown = actionplan::escape::path(path);
    if !path.exists() {
        anyhow::bail!("{shown}: no such store (run `actionplan refresh` first, or give --db)");
    }
    actionplan::store::Store::open_read_only(path).with_context(|| format!("{shown}: cannot open the store"))
}

/// Panics inside the readers (pdf-extract and lopdf panic on some inputs)
/// are caught and reported as that file's one-line error; the default hook
/// would also print the panic message and a backtrace hint, so those go to
/// the debug log instead. Panics anywhere else are bugs and still reported
/// in full by the default hook.
fn quiet_caught_panics() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if actionplan::read::panic_is_caught() {
            let thread = std::thread::current();
            tracing::debug!(
                "reader panicked (caught) on thread {}: {info}",
                thread.name().unwrap_or("unnamed")
            );
        } else {
            default(info);
        }
    }));
}

/// Quiet by default (warnings only); `-v` info, `-vv` debug; RUST_LOG wins.
/// A worker's log goes with each job's response (`LogSink`), not to stderr.
fn init_logging(verbose: u8, quiet: bool, worker: bool) {
    use tracing_subscriber::EnvFilter;
    let level = match (quiet, verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, 2) => "debug",
        _ => "trace",
    };
    // -v and -vv are about this tool's own decisions (which rule took or
    // left each table and block); the crates beneath it (html5ever's parser
    // notes, the PDF crates' recoveries) speak only at error level, or as
    // RUST_LOG asks.
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(format!("error,actionplan={level}")));
    // Colour only for a person at a terminal: never in a log file, a pipe
    // or a worker's log (which its parent reads line by line).
    let format = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .without_time();
    let _ = if worker {
        format
            .with_writer(actionplan::isolate::LogSink)
            .with_ansi(false)
            .try_init()
    } else {
        format
            // Colour is the line format's to give (see `stderr`), never
            // inside the fields, where it would hide a span's file name.
            .with_ansi(false)
            .event_format(stderr::Format)
            .with_writer(stderr::BarAwareStderr)
            .try_init()
    };
}
