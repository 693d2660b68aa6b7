//! `actionplan history`: a plan and its progress updates read, linked
//! action by action, and written with each record's lineage, or as a
//! timeline.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::{Args, ValueEnum};

use actionplan::extract::{extract_path, ExtractOptions};
use actionplan::link::eval::{score_links, LinkAnswers};
use actionplan::link::lineage::{link_plan, plan_order, shorten, timeline};
use actionplan::link::{Link, LinkSettings};
use actionplan::record::Record;
use actionplan::write::{write_records, Format, WriteOptions};

use super::output::open_output;

use super::args::ReadingArgs;

/// `history` arguments.
#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// The plan: the first document of the series.
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,
    /// Its progress updates (linked in date order where every document
    /// states a date, else in the order given).
    #[arg(required = true, value_name = "UPDATE")]
    pub updates: Vec<PathBuf>,
    /// Output format [default: from --output's extension, else jsonl].
    #[arg(short, long, value_enum)]
    pub format: Option<HistoryFormat>,
    /// Write to this file (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// One row per action and document (status, RAG, deadline, lead, what
    /// changed; `gone` where an action was dropped) instead of the records.
    #[arg(long)]
    pub timeline: bool,
    /// Print on stderr why each update action was linked or left new: its
    /// score and the signals behind it.
    #[arg(long)]
    pub explain: bool,
    /// Score the links of the last two documents against an answer file
    /// (links.json: each update action and the base action it continues)
    /// and print precision and recall on stderr.
    #[arg(long, value_name = "LINKS_JSON")]
    pub check: Option<PathBuf>,
    /// Council name to record, overriding what the text says.
    #[arg(long, value_name = "NAME")]
    pub council: Option<String>,
    #[command(flatten)]
    pub reading: ReadingArgs,
}

/// Formats `history` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HistoryFormat {
    /// One JSON object per line.
    Jsonl,
    /// CSV with a header row: the record's columns then lineage_key,
    /// lineage_since, lineage_score (or the timeline's columns).
    Csv,
}

/// Runs the command; Ok(exit code).
pub fn run(args: &HistoryArgs) -> anyhow::Result<i32> {
    let format = match (args.format, &args.output) {
        (Some(f), _) => f,
        (None, Some(p)) if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) => HistoryFormat::Csv,
        _ => HistoryFormat::Jsonl,
    };
    let opts = ExtractOptions {
        council: args.council.clone(),
        read: args.reading.read_options(),
        timeout: args.reading.timeout(),
        isolation: args.reading.isolation.isolation()?,
        ..ExtractOptions::default()
    };
    let paths: Vec<&PathBuf> = std::iter::once(&args.plan).chain(&args.updates).collect();
    let mut documents = Vec::with_capacity(paths.len());
    for path in &paths {
        let records = extract_path(path, &opts).with_context(|| format!("{}: cannot read", path.display()))?;
        if records.is_empty() {
            super::say(&format!("{}: no actions found", path.display()));
        }
        documents.push(records);
    }
    let dates: Vec<Option<String>> = documents
        .iter()
        .map(|d| d.first().and_then(|r| r.document.date.clone()))
        .collect();
    let order = plan_order(&dates);
    let mut documents: Vec<Vec<Record>> = order.iter().map(|&i| std::mem::take(&mut documents[i])).collect();
    let settings = LinkSettings::default();
    let links = link_plan(&mut documents, &settings);
    if args.explain {
        for i in 1..documents.len() {
            explain(&documents[i - 1], &documents[i], &links[i], &settings);
        }
    }
    if let Some(answers) = &args.check {
        check(answers, &documents, &links)?;
    }
    let bytes = if args.timeline {
        timeline_bytes(&documents, format)?
    } else {
        records_bytes(&documents.concat(), format)?
    };
    let mut out = open_output(args.output.as_deref())?;
    out.write_all(&bytes)?;
    out.commit()?;
    Ok(0)
}

/// One line per update action: what it was linked to and why.
fn explain(base: &[Record], update: &[Record], links: &[Link], settings: &LinkSettings) {
    let name = |r: Option<&Record>| r.map_or(String::new(), |r| r.document.path.clone());
    for link in links {
        let u = &update[link.update];
        let why = link.evidence.map_or("no candidate".to_string(), |e| e.describe());
        let line = match link.base {
            Some(b) => format!(
                "{} #{} {:?} continues {} #{} {:?}: score {:.2}{} ({why})",
                name(Some(u)),
                link.update + 1,
                shorten(&u.action.text, 50),
                name(base.get(b)),
                b + 1,
                shorten(&base[b].action.text, 50),
                link.score,
                if link.score < settings.uncertain_below {
                    ", uncertain"
                } else {
                    ""
                },
            ),
            None => format!(
                "{} #{} {:?} is new: best candidate {} scored {:.2}, below {:.2} ({why})",
                name(Some(u)),
                link.update + 1,
                shorten(&u.action.text, 50),
                link.best_candidate.map_or("none".to_string(), |b| format!(
                    "#{} {:?}",
                    b + 1,
                    shorten(&base[b].action.text, 50)
                )),
                link.score,
                settings.threshold,
            ),
        };
        super::say(&line);
    }
}

/// Scores the last link step against an answer file and prints it.
fn check(path: &Path, documents: &[Vec<Record>], links: &[Vec<Link>]) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let answers: LinkAnswers =
        serde_json::from_str(&text).with_context(|| format!("{}: not a links.json answer file", path.display()))?;
    let n = documents.len();
    let s = score_links(&documents[n - 2], &documents[n - 1], &links[n - 1], &answers);
    super::say(&format!(
        "links: precision {:.3} ({}/{}), recall {:.3} ({}/{})",
        s.precision, s.right, s.decided, s.recall, s.right, s.expected
    ));
    for m in &s.misses {
        super::say(&format!("miss: {m}"));
    }
    Ok(())
}

/// The linked records: JSON Lines as `extract` writes them (with
/// `lineage`), or CSV with the lineage as three more columns.
fn records_bytes(records: &[Record], format: HistoryFormat) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    match format {
        HistoryFormat::Jsonl => write_records(
            &mut out,
            records,
            &WriteOptions {
                format: Format::Jsonl,
                bom: false,
                raw: false,
            },
        )?,
        HistoryFormat::Csv => {
            let mut plain = Vec::new();
            let opts = WriteOptions {
                format: Format::Csv,
                bom: false,
                raw: false,
            };
            write_records(&mut plain, records, &opts)?;
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(plain.as_slice());
            let mut writer = csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(&mut out);
            for (i, row) in reader.records().enumerate() {
                let mut row = row?;
                if i == 0 {
                    row.extend(["lineage_key", "lineage_since", "lineage_score"]);
                } else if let Some(l) = records.get(i - 1).and_then(|r| r.lineage.as_ref()) {
                    let score = l.score.map_or(String::new(), |s| format!("{s:.2}"));
                    row.extend([l.key.as_str(), l.since.as_str(), score.as_str()]);
                }
                writer.write_record(&row)?;
            }
            writer.flush()?;
        }
    }
    Ok(out)
}

/// The timeline, as JSON Lines or CSV.
fn timeline_bytes(documents: &[Vec<Record>], format: HistoryFormat) -> anyhow::Result<Vec<u8>> {
    let rows = timeline(documents);
    let mut out = Vec::new();
    match format {
        HistoryFormat::Jsonl => {
            for row in &rows {
                serde_json::to_writer(&mut out, row)?;
                out.push(b'\n');
            }
        }
        HistoryFormat::Csv => {
            let mut writer = csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(&mut out);
            for row in &rows {
                writer.serialize(row)?;
            }
            writer.flush()?;
        }
    }
    Ok(out)
}
