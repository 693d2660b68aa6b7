//! Throughput of the whole pipeline (read, segment, normalise) on the
//! bundled fixtures, in both text forms. Run: `cargo bench`.

use std::path::{Path, PathBuf};

use actionplan::extract::{extract_bytes, ExtractOptions};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn inputs() -> Vec<(PathBuf, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut out = Vec::new();
    for dir in std::fs::read_dir(root).expect("fixtures").flatten() {
        for name in ["seed.txt", "source.html"] {
            let p = dir.path().join(name);
            if let Ok(bytes) = std::fs::read(&p) {
                out.push((p, bytes));
            }
        }
    }
    out
}

fn pipeline(c: &mut Criterion) {
    let docs = inputs();
    let opts = ExtractOptions::default();
    let bytes: usize = docs.iter().map(|d| d.1.len()).sum();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("all fixtures", |b| {
        b.iter(|| {
            docs.iter()
                .map(|(p, bytes)| extract_bytes(bytes, p, &opts).map(|r| r.len()).unwrap_or(0))
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
