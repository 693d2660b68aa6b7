//! Argument definitions: what `--help` teaches.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Turn UK council action plans into clean, comparable records.
///
/// Reads council action plans (HTML pages, Word and OpenDocument files, text
/// or markdown conversions; PDF to come), finds each recommendation and
/// action, normalises deadlines to ISO periods and owners to canonical names,
/// and writes one record per action with its provenance.
#[derive(Debug, Parser)]
#[command(name = "actionplan", version, propagate_version = true)]
pub struct Cli {
    /// More detail on stderr: -v progress per file, -vv rule decisions.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    /// Only errors on stderr.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract action records from files and folders.
    ///
    /// Examples:
    ///   actionplan extract plan.html                      # JSON Lines to stdout
    ///   actionplan extract council-docs/ -o actions.csv   # every file in a folder, one CSV
    ///   actionplan extract a.txt b.html -f json -o all.json --council Harrow
    Extract(ExtractArgs),
    /// Score records against a hand-checked gold file.
    ///
    /// Prints precision, recall, F1 and per-field accuracy, then the misses.
    /// Example: actionplan eval fixtures/harrow-2023/gold.json records.jsonl
    Eval(EvalArgs),
    /// Print the document model a reader builds from a file, as JSON.
    ///
    /// The way to see why a layout is or is not segmented: headings,
    /// paragraphs, lists and tables exactly as the segmenter gets them.
    Model(ModelArgs),
}

/// `model` arguments.
#[derive(Debug, Args)]
pub struct ModelArgs {
    /// The file to read.
    pub input: PathBuf,
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
    /// .htm, .txt, .md, .docx, .odt files (unreadable ones are reported and
    /// skipped).
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Output format [default: from --output's extension, else jsonl].
    #[arg(short, long, value_enum)]
    pub format: Option<OutFormat>,
    /// Write to this file (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Documents read in parallel [default: one per core].
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Council name to record, overriding what the text says.
    #[arg(long, value_name = "NAME")]
    pub council: Option<String>,
    /// Start CSV output with a UTF-8 byte-order mark, so Excel reads accents right.
    #[arg(long)]
    pub bom: bool,
    /// Write one JSON line per failed input (path, stage, error) to FILE.
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
    /// Largest input file to read, in megabytes.
    #[arg(long, value_name = "MB", default_value_t = 200)]
    pub max_size: u64,
}

/// `eval` arguments.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// The gold file (gold.json).
    pub gold: PathBuf,
    /// The records to score (JSON Lines, as `extract` writes them).
    pub records: PathBuf,
    /// Print the score as JSON.
    #[arg(long)]
    pub json: bool,
}
