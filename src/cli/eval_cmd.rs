//! `actionplan eval`: score records against a gold file.

use actionplan::eval::{load_gold, load_records_jsonl, score, FIELDS};

use super::args::EvalArgs;

/// Runs the command; Ok(exit code).
pub fn run(args: &EvalArgs) -> anyhow::Result<i32> {
    let gold = load_gold(&args.gold)?;
    let records = load_records_jsonl(&args.records)?;
    let s = score(&gold, &records);
    if args.json {
        let fields: serde_json::Map<String, serde_json::Value> = FIELDS
            .iter()
            .map(|f| (f.to_string(), serde_json::json!(s.fields[f].accuracy())))
            .collect();
        let out = serde_json::json!({
            "document": s.document, "gold": s.gold, "extracted": s.extracted,
            "matched": s.matched, "spurious": s.spurious, "precision": s.precision,
            "recall": s.recall, "f1": s.f1, "fields": fields,
            "missed_samples": s.missed, "spurious_samples": s.spurious_samples,
        });
        return print(&format!("{}\n", serde_json::to_string_pretty(&out)?));
    }
    let mut text = format!("{}\n", s.summary_line());
    for m in &s.missed {
        text.push_str(&format!("  missed: {m}\n"));
    }
    for m in &s.spurious_samples {
        text.push_str(&format!("  spurious: {m}\n"));
    }
    for m in &s.misses {
        text.push_str(&format!(
            "  {} wrong for {:?}: want {}, got {}\n",
            m.field, m.gold_action, m.want, m.got
        ));
    }
    print(&text)
}

/// Writes to stdout; a reader that closed the pipe early is not an error.
fn print(text: &str) -> anyhow::Result<i32> {
    use std::io::Write;
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(0),
    }
}
