//! The text-layer harness: the words this reader sees on each page, against
//! the words poppler's `pdftotext -bbox-layout` sees, matched on text and
//! place. Word precision (ours that poppler also has), recall (poppler's
//! that we also have) and F1, per document and pooled.
//!
//! ```sh
//! cargo run --release --example textlayer -- --label corpus fixtures/*/word.pdf
//! benches/textlayer.sh        # the ICDAR set, the corpus and its rewrites
//! ```
//!
//! Needs `pdftotext` (poppler-utils) on the PATH; a bench, not a test.
//! Two words match when their texts are equal after NFKC (ligatures, wide
//! forms) with quotes and dashes folded, and their boxes overlap once each
//! is grown by [`SLACK`] points; each word matches at most once. Words that
//! differ only in where they are split (poppler joins "2024-" and "26" on a
//! line break, say) count as misses on both sides: the measure is strict.

use std::collections::HashMap;
use std::process::Command;

use actionplan::read::pdf::{text_layer, TextWord};
use unicode_normalization::UnicodeNormalization;

/// Points each box is grown by before overlap is tested: the two readers
/// estimate glyph heights differently (font bounding box against size).
const SLACK: f64 = 2.0;
/// A document below this F1 should carry a warning that its text may be wrong.
const WARN_BELOW: f64 = 0.80;

/// One word from either side.
#[derive(Debug, Clone)]
struct W {
    page: u32,
    key: String,
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl W {
    fn overlaps(&self, o: &W) -> bool {
        self.x0 - SLACK < o.x1 && o.x0 - SLACK < self.x1 && self.y0 - SLACK < o.y1 && o.y0 - SLACK < self.y1
    }
}

/// The comparison key of a word's text.
fn key(text: &str) -> String {
    text.nfkc()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2032}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201f}' | '\u{2033}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            c => c,
        })
        .collect()
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Poppler's words: `pdftotext -bbox-layout FILE -`.
fn poppler_words(path: &str) -> Result<Vec<W>, String> {
    let out = Command::new("pdftotext")
        .args(["-bbox-layout", path, "-"])
        .output()
        .map_err(|e| format!("pdftotext: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "pdftotext failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    let html = String::from_utf8_lossy(&out.stdout);
    let page_re = regex::Regex::new(
        r"<page |<word xMin=.([-0-9.]+). yMin=.([-0-9.]+). xMax=.([-0-9.]+). yMax=.([-0-9.]+).>([^<]*)</word>",
    )
    .expect("valid regex");
    let mut page = 0;
    let mut words = Vec::new();
    for c in page_re.captures_iter(&html) {
        if c.get(1).is_none() {
            page += 1;
            continue;
        }
        let n = |i: usize| c[i].parse::<f64>().unwrap_or(0.0);
        words.push(W {
            page,
            key: key(&unescape(&c[5])),
            x0: n(1),
            y0: n(2),
            x1: n(3),
            y1: n(4),
        });
    }
    Ok(words)
}

/// This reader's words, split at any white space left inside one.
fn our_words(path: &str) -> Result<(Vec<W>, usize), String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let layer = text_layer(&bytes, None).map_err(|e| e.to_string())?;
    let split = |w: &TextWord| -> Vec<W> {
        w.text
            .split_whitespace()
            .map(|t| W {
                page: w.page,
                key: key(t),
                x0: w.x0,
                y0: w.top,
                x1: w.x1,
                y1: w.bottom,
            })
            .collect()
    };
    Ok((layer.words.iter().flat_map(split).collect(), layer.failed_pages.len()))
}

/// Matched pairs: each of theirs matched to at most one of ours on the same
/// page with the same key and overlapping boxes. With `TEXTLAYER_VERBOSE`
/// set, the first unmatched words of each side are printed.
fn matched(ours: &[W], theirs: &[W]) -> usize {
    let mut index: HashMap<(u32, &str), Vec<usize>> = HashMap::new();
    for (i, w) in ours.iter().enumerate() {
        index.entry((w.page, w.key.as_str())).or_default().push(i);
    }
    let mut used = vec![false; ours.len()];
    let mut n = 0;
    for t in theirs {
        let Some(cands) = index.get(&(t.page, t.key.as_str())) else {
            continue;
        };
        if let Some(&i) = cands.iter().find(|&&i| !used[i] && ours[i].overlaps(t)) {
            used[i] = true;
            n += 1;
        } else if verbose() {
            eprintln!("  poppler only: p{} {:?} at ({:.1}, {:.1})", t.page, t.key, t.x0, t.y0);
        }
    }
    if verbose() {
        for (w, _) in ours.iter().zip(&used).filter(|(_, u)| !**u) {
            eprintln!("  ours only:    p{} {:?} at ({:.1}, {:.1})", w.page, w.key, w.x0, w.y0);
        }
    }
    n
}

fn verbose() -> bool {
    std::env::var_os("TEXTLAYER_VERBOSE").is_some()
}

/// Whether the records of this document would carry a text warning.
fn warned(path: &str) -> bool {
    let Ok(bytes) = std::fs::read(path) else { return false };
    actionplan::read::pdf::read_pdf_full(&bytes, &Default::default()).is_ok_and(|r| !r.warnings.is_empty())
}

fn prf(m: usize, ours: usize, theirs: usize) -> (f64, f64, f64) {
    let p = if ours == 0 { 0.0 } else { m as f64 / ours as f64 };
    let r = if theirs == 0 { 1.0 } else { m as f64 / theirs as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut label = "set".to_string();
    if args.first().map(String::as_str) == Some("--label") && args.len() > 1 {
        label = args.remove(1);
        args.remove(0);
    }
    let quiet = std::env::var_os("TEXTLAYER_QUIET").is_some();
    let (mut all_m, mut all_o, mut all_t) = (0, 0, 0);
    let mut low_unwarned = Vec::new();
    println!(
        "{:<44} {:>7} {:>7} {:>7} {:>6} {:>6} {:>6}",
        "document", "poppler", "ours", "matched", "P", "R", "F1"
    );
    for path in &args {
        let theirs = match poppler_words(path) {
            Ok(w) => w,
            Err(e) => {
                println!("{path}: {e}");
                continue;
            }
        };
        let (ours, failed) = match our_words(path) {
            Ok(w) => w,
            Err(e) => (Vec::new(), usize::from(!e.is_empty())),
        };
        let m = matched(&ours, &theirs);
        let (p, r, f) = prf(m, ours.len(), theirs.len());
        all_m += m;
        all_o += ours.len();
        all_t += theirs.len();
        let mut note = String::new();
        if failed > 0 {
            note.push_str(&format!(" {failed} pages failed"));
        }
        if f < WARN_BELOW {
            if warned(path) {
                note.push_str(" (warned)");
            } else {
                note.push_str(" (NOT WARNED)");
                low_unwarned.push(path.clone());
            }
        }
        if !quiet || f < WARN_BELOW {
            let short: String = path
                .chars()
                .rev()
                .take(44)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            println!(
                "{short:<44} {:>7} {:>7} {m:>7} {p:>6.3} {r:>6.3} {f:>6.3}{note}",
                theirs.len(),
                ours.len()
            );
        }
    }
    let (p, r, f) = prf(all_m, all_o, all_t);
    println!(
        "POOLED {label}: {} docs, poppler {all_t} words, ours {all_o}, matched {all_m}: P {p:.3} R {r:.3} F1 {f:.3}; below {WARN_BELOW} without a warning: {}",
        args.len(),
        low_unwarned.len()
    );
}
