//! Throughput of the whole pipeline (read, segment, normalise) on the
//! bundled fixtures: the text forms, the Word files and the PDFs, each a
//! group of its own. Run: `cargo bench`. `benches/bench.sh` times the CLI
//! against `pdftotext -layout` on the same PDFs.

use std::path::{Path, PathBuf};

use actionplan::extract::{extract_bytes, ExtractOptions};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn inputs(names: &[&str]) -> Vec<(PathBuf, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut out = Vec::new();
    for dir in std::fs::read_dir(root).expect("fixtures").flatten() {
        for name in names {
            let p = dir.path().join(name);
            if let Ok(bytes) = std::fs::read(&p) {
                out.push((p, bytes));
            }
        }
    }
    out
}

fn pipeline(c: &mut Criterion) {
    let opts = ExtractOptions {
        timeout: None,
        ..ExtractOptions::default()
    };
    let forms: [(&str, &[&str]); 3] = [
        ("text and html", &["seed.txt", "source.html"]),
        ("word", &["word.docx"]),
        ("pdf", &["word.pdf", "browser.pdf"]),
    ];
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    for (label, names) in forms {
        let docs = inputs(names);
        let bytes: usize = docs.iter().map(|d| d.1.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(label, |b| {
            b.iter(|| {
                docs.iter()
                    .map(|(p, bytes)| extract_bytes(bytes, p, &opts).map(|r| r.len()).unwrap_or(0))
                    .sum::<usize>()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
