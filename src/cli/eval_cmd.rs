//! `actionplan eval`: score records against a gold file, one document at a
//! time.

use std::io::Write as _;

use anyhow::Context as _;

use actionplan::eval::{load_gold, parse_records, score, select_documents, Score, FIELDS};
use actionplan::write::Output;

use super::args::EvalArgs;
use super::output::{read_stdin, STDIN_NAME};

/// Most bytes of records read from standard input: 1 GiB.
const MAX_STDIN: u64 = 1 << 30;

/// Runs the command; Ok(exit code).
pub fn run(args: &EvalArgs) -> anyhow::Result<i32> {
    let gold = load_gold(&args.gold)?;
    let text = if args.records.as_os_str() == STDIN_NAME {
        String::from_utf8(read_stdin(MAX_STDIN)?).context("standard input is not UTF-8")?
    } else {
        std::fs::read_to_string(&args.records).map_err(|e| {
            anyhow::anyhow!(
                "{}: cannot read: {}",
                actionplan::escape::path(&args.records),
                super::inputs::plain_io(&e)
            )
        })?
    };
    let records = parse_records(&text, &args.records)?;
    let docs = select_documents(&gold, &args.gold, records, args.document.as_deref());
    let scores: Vec<Score> = if docs.is_empty() {
        vec![score(&gold, &[])]
    } else {
        docs.iter().map(|(_, recs)| score(&gold, recs)).collect()
    };
    let limit = if args.limit == 0 { usize::MAX } else { args.limit };
    let mut out = Vec::new();
    if args.json {
        let values: Vec<serde_json::Value> = docs
            .iter()
            .map(|(p, _)| p.as_str())
            .chain(std::iter::repeat(""))
            .zip(&scores)
            .map(|(path, s)| json_score(path, s, limit))
            .collect();
        let value = match values.len() {
            1 => values.into_iter().next().expect("one"),
            _ => serde_json::Value::Array(values),
        };
        out.extend(format!("{}\n", serde_json::to_string_pretty(&value)?).bytes());
    } else {
        for (i, s) in scores.iter().enumerate() {
            if let Some((path, _)) = docs.get(i).filter(|_| docs.len() > 1) {
                out.extend(format!("{path}\n").bytes());
            }
            out.extend(text_score(s, limit).bytes());
        }
    }
    let mut o = Output::stdout();
    o.write_all(&out)?;
    o.commit()?;
    Ok(0)
}

/// One document's figures as JSON, the listings capped at `limit`.
fn json_score(path: &str, s: &Score, limit: usize) -> serde_json::Value {
    let fields: serde_json::Map<String, serde_json::Value> = FIELDS
        .iter()
        .map(|f| (f.to_string(), serde_json::json!(s.fields[f].accuracy())))
        .collect();
    let cap = |v: &[String]| v.iter().take(limit).cloned().collect::<Vec<_>>();
    serde_json::json!({
        "document": s.document, "path": (!path.is_empty()).then_some(path),
        "gold": s.gold, "extracted": s.extracted,
        "matched": s.matched, "spurious": s.spurious, "precision": s.precision,
        "recall": s.recall, "f1": s.f1, "fields": fields,
        "missed_samples": cap(&s.missed), "spurious_samples": cap(&s.spurious_samples),
    })
}

/// One document's figures as text: the summary line, then the misses of
/// each kind, at most `limit` of each (the rest counted).
fn text_score(s: &Score, limit: usize) -> String {
    let mut text = format!("{}\n", s.summary_line());
    let mut list = |label: &str, items: Vec<String>| {
        for m in items.iter().take(limit) {
            text.push_str(&format!("  {m}\n"));
        }
        if items.len() > limit {
            text.push_str(&format!(
                "  … and {} more {label} (--limit 0 lists all)\n",
                items.len() - limit
            ));
        }
    };
    list("missed", s.missed.iter().map(|m| format!("missed: {m}")).collect());
    list(
        "spurious",
        s.spurious_samples.iter().map(|m| format!("spurious: {m}")).collect(),
    );
    list(
        "wrong fields",
        s.misses
            .iter()
            .map(|m| {
                format!(
                    "{} wrong for {:?}: want {}, got {}",
                    m.field, m.gold_action, m.want, m.got
                )
            })
            .collect(),
    );
    text
}
