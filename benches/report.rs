//! `actionplan report` on 10,000 records: the time to count and render
//! them (criterion), and the size of the page (printed). The records are
//! the fixtures' HTML forms' records repeated, each copy a council of its
//! own (50 councils) with its deadlines shifted by whole months, so the
//! charts, the timeline and the table have real variety. Run:
//! `cargo bench --bench report`. The target: under a second, under 5 MB.

use std::path::Path;

use actionplan::extract::{extract_path, ExtractOptions};
use actionplan::record::Record;
use actionplan::report::{report_html, ReportOptions};
use chrono::{Months, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// How many records the bench reports on.
const RECORDS: usize = 10_000;

fn base_records() -> Vec<Record> {
    let opts = ExtractOptions {
        timeout: None,
        ..ExtractOptions::default()
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut dirs: Vec<_> = std::fs::read_dir(root)
        .expect("fixtures")
        .flatten()
        .map(|d| d.path())
        .collect();
    dirs.sort();
    let mut out = Vec::new();
    for d in dirs {
        let p = d.join("source.html");
        if p.exists() {
            out.extend(extract_path(&p, &opts).expect("a fixture reads"));
        }
    }
    out
}

/// `RECORDS` records: copies of `base`, copy k a council "Name k" (k mod
/// 50) with its deadlines k mod 24 months later.
fn ten_thousand(base: &[Record]) -> Vec<Record> {
    let shift = |d: Option<NaiveDate>, m: u32| d.and_then(|d| d.checked_add_months(Months::new(m)));
    (0..RECORDS)
        .map(|i| {
            let copy = i / base.len();
            let mut r = base[i % base.len()].clone();
            let name = r.document.council.clone().unwrap_or_default();
            r.document.council = Some(format!("{name} {}", copy % 50));
            r.document.path = format!("{}/{copy}", r.document.path);
            let m = (copy % 24) as u32;
            r.deadline.start = shift(r.deadline.start, m);
            r.deadline.end = shift(r.deadline.end, m);
            r
        })
        .collect()
}

fn report(c: &mut Criterion) {
    let base = base_records();
    let records = ten_thousand(&base);
    let options = ReportOptions {
        title: "10,000 records".into(),
        as_of: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
    };
    let html = report_html(&records, None, &options).expect("a report");
    println!(
        "report of {} records ({} distinct from the fixtures): {} bytes ({:.2} MB)",
        records.len(),
        base.len(),
        html.len(),
        html.len() as f64 / 1e6
    );
    let mut group = c.benchmark_group("report");
    group.sample_size(10);
    group.throughput(Throughput::Elements(records.len() as u64));
    group.bench_function("10k records", |b| {
        b.iter(|| report_html(&records, None, &options).unwrap().len())
    });
    group.finish();
}

criterion_group!(benches, report);
criterion_main!(benches);
