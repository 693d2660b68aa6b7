//! Everything the command writes to stderr, in one form: `actionplan:
//! FILE: message`, one line each (control characters escaped), colour only
//! when asked for or on a terminal without `NO_COLOR`, nothing but errors
//! under `-q`, and never on the progress bar's line (a line is printed with
//! the bar suspended).

use std::io::Write as _;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use indicatif::ProgressBar;

use super::args::ColorWhen;

static COLOR: AtomicBool = AtomicBool::new(false);
static QUIET: AtomicBool = AtomicBool::new(false);
static BAR: Mutex<Option<ProgressBar>> = Mutex::new(None);

/// Settles colour and quietness for the run: `--color`, then `NO_COLOR`
/// (any non-empty value), then whether stderr is a terminal.
pub fn configure(when: ColorWhen, quiet: bool) {
    let color = match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::IsTerminal::is_terminal(&std::io::stderr())
        }
    };
    COLOR.store(color, Ordering::Relaxed);
    QUIET.store(quiet, Ordering::Relaxed);
}

/// Whether stderr is coloured in this run.
pub fn color() -> bool {
    COLOR.load(Ordering::Relaxed)
}

/// Whether `-q` was given.
pub fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// The severity of a line, which sets its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// A failure (red).
    Error,
    /// Something the user should look at (yellow); silenced by `-q`.
    Warning,
    /// `-v` detail (dim); silenced by `-q`.
    Info,
}

/// Prints one line: `actionplan: MESSAGE`, escaped to one line, coloured
/// by level when colour is on, with the progress bar out of the way.
pub fn line(level: Level, message: &str) {
    if level != Level::Error && quiet() {
        return;
    }
    let text = actionplan::escape::one_line(message);
    let prefix = if color() {
        let code = match level {
            Level::Error => "1;31",
            Level::Warning => "1;33",
            Level::Info => "2",
        };
        format!("\x1b[{code}mactionplan:\x1b[0m")
    } else {
        "actionplan:".to_string()
    };
    write_raw(format!("{prefix} {text}\n").as_bytes());
}

/// Writes bytes to stderr with the progress bar (if any) suspended, so a
/// line never lands on the bar's line.
pub fn write_raw(bytes: &[u8]) {
    let bar = BAR.lock().ok().and_then(|b| b.clone());
    let write = || {
        let _ = std::io::stderr().lock().write_all(bytes);
    };
    match bar {
        Some(bar) => bar.suspend(write),
        None => write(),
    }
}

/// A progress bar for a person watching a long run: shown only when stderr
/// is a terminal and `-q` was not given, else hidden; registered so that
/// every line printed meanwhile goes above it.
pub fn progress_bar(len: u64) -> ProgressBar {
    let bar = if !quiet() && std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        ProgressBar::new(len)
    } else {
        ProgressBar::hidden()
    };
    if let Ok(mut slot) = BAR.lock() {
        *slot = Some(bar.clone());
    }
    bar
}

/// Clears the bar and stops routing lines around it.
pub fn finish_bar(bar: &ProgressBar) {
    bar.finish_and_clear();
    if let Ok(mut slot) = BAR.lock() {
        *slot = None;
    }
}

/// The tracing layer's line format: the same `actionplan: message` as
/// [`line`], the level shown by colour (and named for debug and trace).
pub struct Format;

impl<S, N> tracing_subscriber::fmt::FormatEvent<S, N> for Format
where
    S: tracing::Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
    N: for<'a> tracing_subscriber::fmt::FormatFields<'a> + 'static,
{
    fn format_event(
        &self,
        ctx: &tracing_subscriber::fmt::FmtContext<'_, S, N>,
        mut writer: tracing_subscriber::fmt::format::Writer<'_>,
        event: &tracing::Event<'_>,
    ) -> std::fmt::Result {
        let mut message = String::new();
        tracing_subscriber::fmt::FormatFields::format_fields(
            ctx,
            tracing_subscriber::fmt::format::Writer::new(&mut message),
            event,
        )?;
        let level = *event.metadata().level();
        let (kind, tag) = match level {
            tracing::Level::ERROR => (Level::Error, ""),
            tracing::Level::WARN => (Level::Warning, ""),
            tracing::Level::INFO => (Level::Info, ""),
            tracing::Level::DEBUG => (Level::Info, "debug: "),
            tracing::Level::TRACE => (Level::Info, "trace: "),
        };
        // A line logged while a document is read (a PDF crate's warning)
        // names the document first: the `file` of the span it was logged in.
        let message = match span_file(ctx) {
            Some(file) if !message.starts_with(&file) => format!("{file}: {tag}{message}"),
            _ => format!("{tag}{message}"),
        };
        let text = actionplan::escape::one_line(&message);
        if color() {
            let code = match kind {
                Level::Error => "1;31",
                Level::Warning => "1;33",
                Level::Info => "2",
            };
            writeln!(writer, "\x1b[{code}mactionplan:\x1b[0m {text}")
        } else {
            writeln!(writer, "actionplan: {text}")
        }
    }
}

/// The `file` field of the innermost span around an event that has one.
fn span_file<S, N>(ctx: &tracing_subscriber::fmt::FmtContext<'_, S, N>) -> Option<String>
where
    S: tracing::Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
    N: for<'a> tracing_subscriber::fmt::FormatFields<'a> + 'static,
{
    let scope = ctx.event_scope()?;
    for span in scope {
        let ext = span.extensions();
        let Some(fields) = ext.get::<tracing_subscriber::fmt::FormattedFields<N>>() else {
            continue;
        };
        if let Some(rest) = fields.fields.split("file=").nth(1) {
            let value = rest.split(' ').next().unwrap_or(rest).trim_matches('"');
            if !value.is_empty() {
                return Some(value.to_string());
            }
        }
    }
    None
}

/// Where tracing lines go: stderr, around the progress bar.
pub struct BarAwareStderr;

impl std::io::Write for BarAwareStderr {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        write_raw(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for BarAwareStderr {
    type Writer = BarAwareStderr;

    fn make_writer(&'a self) -> Self::Writer {
        BarAwareStderr
    }
}
