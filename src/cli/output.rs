//! What every command shares about its output and its one-document input:
//! the format from `-f` or `-o`'s extension, the output opened as the
//! library's [`Output`] (`-` is stdout), usage errors told apart from
//! failures (exit code 2, not 1), a closed pipe told apart from both, and
//! `model`/`tables` reading a file, a URL or standard input.

#[cfg(not(unix))]
use std::io::IsTerminal as _;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::ValueEnum;

use actionplan::write::output::is_stdout;
use actionplan::write::{Output, WriteError};

/// A mistake on the command line found after parsing (a format that
/// contradicts `-o`'s extension, a bad `--since`): exit code 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// The format named by an output file's extension: `jsonl` (.jsonl,
/// .ndjson), `json`, `csv`; None for a name without an extension.
fn extension_format(path: &Path) -> Result<Option<&'static str>, UsageError> {
    let Some(ext) = path.extension() else {
        return Ok(None);
    };
    match ext.to_string_lossy().to_ascii_lowercase().as_str() {
        "jsonl" | "ndjson" => Ok(Some("jsonl")),
        "json" => Ok(Some("json")),
        "csv" => Ok(Some("csv")),
        other => Err(UsageError(format!(
            "{}: cannot tell the format from .{other}: name it .jsonl, .ndjson, .json or .csv, or give -f",
            actionplan::escape::path(path)
        ))),
    }
}

/// The output format: `-f` if given, else the one `-o`'s extension names,
/// else `default`. An extension that contradicts `-f`, that this command
/// does not write, or that is unknown (without `-f`) is a usage error, not
/// a silent default. A name without an extension (`-`, `/dev/stdout`,
/// `records`) takes the default.
pub fn choose_format<F: ValueEnum + Copy + PartialEq>(
    flag: Option<F>,
    output: Option<&Path>,
    default: F,
) -> Result<F, UsageError> {
    let name = |f: F| {
        f.to_possible_value()
            .map(|v| v.get_name().to_string())
            .unwrap_or_default()
    };
    let Some(path) = output.filter(|p| !is_stdout(p)) else {
        return Ok(flag.unwrap_or(default));
    };
    let implied = match extension_format(path) {
        Ok(i) => i,
        Err(_) if flag.is_some() => None,
        Err(e) => return Err(e),
    };
    let Some(implied) = implied else {
        return Ok(flag.unwrap_or(default));
    };
    let shown = actionplan::escape::path(path);
    let Ok(from_name) = F::from_str(implied, true) else {
        let known: Vec<String> = F::value_variants().iter().map(|f| name(*f)).collect();
        return Err(UsageError(format!(
            "{shown}: this command writes {}, not {implied}",
            known.join(" or ")
        )));
    };
    match flag {
        Some(f) if f != from_name => Err(UsageError(format!(
            "-f {} contradicts the output's name {shown} ({implied}); drop one or make them agree",
            name(f)
        ))),
        _ => Ok(from_name),
    }
}

/// Opens the output: the file `-o` names (`-` is stdout), else stdout.
pub fn open_output(path: Option<&Path>) -> anyhow::Result<Output> {
    match path {
        None => Ok(Output::stdout()),
        Some(p) => Output::create(p).with_context(|| format!("{}: cannot write", actionplan::escape::path(p))),
    }
}

/// Whether an error is a reader going away (`| head -1`): the command then
/// stops quietly, as cat and grep do.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<WriteError>().is_some_and(WriteError::is_broken_pipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}

/// The one input of `model` and `tables`: a file, `-` (or nothing, with
/// stdin a pipe) for standard input, or an http(s) URL.
pub enum OneInput {
    /// A file on disk.
    File(PathBuf),
    /// Standard input.
    Stdin,
    /// A URL to fetch.
    Url(String),
}

/// The name standard input goes by in messages and records.
pub const STDIN_NAME: &str = "-";

impl OneInput {
    /// Which input the command line gives; a usage error when there is
    /// none and stdin is a terminal (nothing would ever arrive).
    pub fn from_arg(arg: Option<&Path>) -> Result<OneInput, UsageError> {
        match arg {
            Some(p) if is_stdout(p) => Ok(OneInput::Stdin),
            Some(p) if super::extract_cmd::is_url(p) => Ok(OneInput::Url(p.to_string_lossy().into_owned())),
            Some(p) => Ok(OneInput::File(p.to_path_buf())),
            None if stdin_has_data() => Ok(OneInput::Stdin),
            None => Err(UsageError(
                "no input: name a file or URL, or pipe a document in (- reads standard input)".into(),
            )),
        }
    }

    /// Its name in messages: the path, the URL, or `-`.
    pub fn name(&self) -> String {
        match self {
            OneInput::File(p) => actionplan::escape::path(p),
            OneInput::Stdin => STDIN_NAME.into(),
            OneInput::Url(u) => actionplan::escape::one_line(u).into_owned(),
        }
    }

    /// The path the format is sniffed from (the content decides first).
    pub fn sniff_path(&self) -> PathBuf {
        match self {
            OneInput::File(p) => p.clone(),
            OneInput::Stdin => PathBuf::from(STDIN_NAME),
            OneInput::Url(u) => PathBuf::from(
                url::Url::parse(u)
                    .map(|u| u.path().to_string())
                    .unwrap_or_else(|_| u.clone()),
            ),
        }
    }

    /// Its bytes (at most `max` of them), or None when they cannot be had
    /// (said on stderr, naming the input).
    pub fn read(&self, max: u64) -> Option<Vec<u8>> {
        let result: anyhow::Result<Vec<u8>> = match self {
            OneInput::File(p) => actionplan::extract::read_capped(p, max).map_err(Into::into),
            OneInput::Stdin => read_stdin(max),
            OneInput::Url(u) => fetch(u, max),
        };
        match result {
            Ok(b) => Some(b),
            Err(e) => {
                let text = super::error_chain(&e);
                // A file's error already names it; the others are named here.
                if matches!(self, OneInput::File(_)) {
                    super::say(&text);
                } else {
                    super::say(&format!("{}: {text}", self.name()));
                }
                None
            }
        }
    }
}

/// Whether standard input is something to read when no input is named: a
/// pipe, a socket or a non-empty file (`cat plan.pdf | actionplan
/// extract`, `< plan.pdf`), not a terminal or /dev/null (as ripgrep
/// decides; an empty file counts as /dev/null, which some sandboxes
/// replace with one).
pub fn stdin_has_data() -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd as _;
        use std::os::unix::fs::FileTypeExt as _;
        let Ok(fd) = std::io::stdin().as_fd().try_clone_to_owned() else {
            return false;
        };
        std::fs::File::from(fd)
            .metadata()
            .is_ok_and(|m| (m.is_file() && m.len() > 0) || m.file_type().is_fifo() || m.file_type().is_socket())
    }
    #[cfg(not(unix))]
    {
        !std::io::stdin().is_terminal()
    }
}

/// Standard input, all of it up to `max` bytes.
pub fn read_stdin(max: u64) -> anyhow::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .context("cannot read standard input")?;
    if bytes.len() as u64 > max {
        anyhow::bail!("larger than the {} MB limit", max / (1024 * 1024));
    }
    Ok(bytes)
}

/// A URL's body, fetched as `extract` fetches (robots.txt honoured).
fn fetch(url: &str, max: u64) -> anyhow::Result<Vec<u8>> {
    use actionplan::fetch::{FetchConfig, Fetched, Fetcher};
    let fetcher = Fetcher::new(FetchConfig {
        max_bytes: max,
        // A URL typed on the command line is the user's own choice.
        allow_private: true,
        ..FetchConfig::default()
    });
    match fetcher.get(url, None)? {
        Fetched::Body(d) => Ok(d.bytes),
        Fetched::NotModified => anyhow::bail!("the server answered 304 Not Modified to a plain request"),
    }
}
