//! pdf-extract (this reader's interpreter) against hayro-interpret and
//! pdf_oxide, by word agreement with poppler and by time.
//!
//! Each interpreter's upright glyphs go through the same word builder
//! (`actionplan::read::pdf::words_of_glyphs`, ruling lines left out for
//! all three), and the words are matched against `pdftotext -bbox-layout`
//! as `examples/textlayer.rs` matches them (same key folding, 2 pt slack).
//!
//! ```sh
//! cd benches/engines && cargo run --release -- ../../fixtures/*/*.pdf
//! ```
//!
//! Prints one row per document and engine, then pooled P/R/F1 and the CPU
//! time each interpreter spent drawing (glyphs only, words not included).

use std::collections::HashMap;
use std::process::Command;
use std::time::{Duration, Instant};

use actionplan::read::pdf::{drawn_glyphs, words_of_glyphs, Glyph, TextWord};
use hayro_interpret::font::GlyphRun;
use hayro_interpret::{
    interpret_page, BlendMode, ClipPath, Context, Device, DrawMode, DrawProps, Image, ImageDrawProps,
    InterpreterCache, InterpreterSettings, SoftMask,
};
use hayro_interpret::kurbo::{Affine, BezPath, Point, Rect, Vec2};
use unicode_normalization::UnicodeNormalization;

const SLACK: f64 = 2.0;

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

fn poppler_words(path: &str) -> Vec<W> {
    let Ok(out) = Command::new("pdftotext").args(["-bbox-layout", path, "-"]).output() else {
        return Vec::new();
    };
    let html = String::from_utf8_lossy(&out.stdout);
    let re = regex::Regex::new(
        r"<page |<word xMin=.([-0-9.]+). yMin=.([-0-9.]+). xMax=.([-0-9.]+). yMax=.([-0-9.]+).>([^<]*)</word>",
    )
    .unwrap();
    let mut page = 0;
    let mut words = Vec::new();
    for c in re.captures_iter(&html) {
        if c.get(1).is_none() {
            page += 1;
            continue;
        }
        let n = |i: usize| c[i].parse::<f64>().unwrap_or(0.0);
        words.push(W { page, key: key(&unescape(&c[5])), x0: n(1), y0: n(2), x1: n(3), y1: n(4) });
    }
    words
}

fn to_w(words: &[TextWord]) -> Vec<W> {
    words
        .iter()
        .flat_map(|w| {
            w.text.split_whitespace().map(|t| W {
                page: w.page,
                key: key(t),
                x0: w.x0,
                y0: w.top,
                x1: w.x1,
                y1: w.bottom,
            })
        })
        .collect()
}

fn matched(ours: &[W], theirs: &[W]) -> usize {
    let mut index: HashMap<(u32, &str), Vec<usize>> = HashMap::new();
    for (i, w) in ours.iter().enumerate() {
        index.entry((w.page, w.key.as_str())).or_default().push(i);
    }
    let mut used = vec![false; ours.len()];
    let mut n = 0;
    for t in theirs {
        if let Some(c) = index.get(&(t.page, t.key.as_str())) {
            if let Some(&i) = c.iter().find(|&&i| !used[i] && ours[i].overlaps(t)) {
                used[i] = true;
                n += 1;
            }
        }
    }
    n
}

/// Pages of glyphs: (page number, glyphs).
type Pages = Vec<(u32, Vec<Glyph>)>;

fn cpu_time() -> Duration {
    // user + system time of this process, from /proc/self/stat (ticks of 1/100 s).
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let rest = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|s| s.parse::<u64>().ok()).unwrap_or(0);
    Duration::from_millis((ticks(11) + ticks(12)) * 10)
}

fn pdf_extract(bytes: &[u8]) -> Result<Pages, String> {
    let pages = drawn_glyphs(bytes, None).map_err(|e| e.to_string())?;
    Ok(pages.into_iter().map(|(n, _, _, g)| (n, g)).collect())
}

struct Collect {
    glyphs: Vec<Glyph>,
}

impl<'a> Device<'a> for Collect {
    fn draw_path(&mut self, _: &BezPath, _: DrawProps<'a>, _: &DrawMode) {}
    fn push_clip_path(&mut self, _: &ClipPath) {}
    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'a>>, _: BlendMode) {}
    fn draw_glyph_run(&mut self, run: &GlyphRun<'_, 'a>, props: DrawProps<'a>, _: &DrawMode) {
        for g in run.glyphs() {
            let t: Affine = props.transform * g.transform();
            let o = t * Point::ZERO;
            let up: Vec2 = t * Point::new(0.0, 1000.0) - o;
            // Upright only, as this reader keeps them (y grows downward here).
            if up.x.abs() > 0.01 * up.y.abs() || up.y >= 0.0 {
                continue;
            }
            let adv = match &**g {
                hayro_interpret::font::Glyph::Outline(o) => o.advance_width(),
                hayro_interpret::font::Glyph::Type3(t) => t.advance_width(),
            }
            .unwrap_or(500.0) as f64;
            let end = t * Point::new(adv, 0.0);
            let text = match g.as_unicode() {
                Some(hayro_interpret::hayro_cmap::BfString::Char(c)) => c.to_string(),
                Some(hayro_interpret::hayro_cmap::BfString::String(s)) => s,
                None => '\u{fffd}'.to_string(),
            };
            self.glyphs.push(Glyph { text, x0: o.x, x1: end.x.max(o.x), baseline: o.y, size: -up.y });
        }
    }
    fn draw_image(&mut self, _: Image<'a, '_>, _: ImageDrawProps<'a>) {}
    fn pop_clip(&mut self) {}
    fn pop_transparency_group(&mut self) {}
}

fn hayro(bytes: &[u8]) -> Result<Pages, String> {
    let pdf = hayro_interpret::hayro_syntax::Pdf::new(bytes.to_vec()).map_err(|e| format!("{e:?}"))?;
    let cache = InterpreterCache::new();
    let mut out = Vec::new();
    for (i, page) in pdf.pages().iter().enumerate() {
        let c = page.initial_transform(true).as_coeffs();
        let (w, h) = page.render_dimensions();
        let mut ctx = Context::new(
            Affine::new(c),
            Rect::new(0.0, 0.0, w as f64, h as f64),
            &cache,
            pdf.xref(),
            InterpreterSettings::default(),
        );
        let mut dev = Collect { glyphs: Vec::new() };
        interpret_page(page, &mut ctx, &mut dev);
        out.push((i as u32 + 1, dev.glyphs));
    }
    Ok(out)
}

#[cfg(feature = "pdf_oxide")]
fn oxide(bytes: &[u8]) -> Result<Pages, String> {
    let doc = pdf_oxide::PdfDocument::from_bytes(bytes.to_vec()).map_err(|e| e.to_string())?;
    let n = doc.page_count().map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for i in 0..n {
        // Characters come in PDF user space (y up): to the page's top-left.
        let (x0, y0, x1, y1) = doc.get_page_media_box(i).unwrap_or((0.0, 0.0, 612.0, 792.0));
        let (left, top) = (x0.min(x1) as f64, y0.max(y1) as f64);
        let chars = doc.extract_chars(i).unwrap_or_default();
        let glyphs = chars
            .iter()
            .filter(|c| c.rotation_degrees.abs() < 0.5)
            .map(|c| Glyph {
                text: c.char.to_string(),
                x0: c.bbox.x as f64 - left,
                x1: (c.bbox.x + c.bbox.width) as f64 - left,
                baseline: top - c.origin_y as f64,
                size: c.font_size as f64,
            })
            .collect();
        out.push((i as u32 + 1, glyphs));
    }
    Ok(out)
}

#[cfg(not(feature = "pdf_oxide"))]
fn oxide(_: &[u8]) -> Result<Pages, String> {
    Err("built without pdf_oxide".into())
}

type Engine = fn(&[u8]) -> Result<Pages, String>;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let engines: [(&str, Engine); 3] = [("pdf-extract", pdf_extract), ("hayro", hayro), ("pdf_oxide", oxide)];
    let mut pooled = [(0usize, 0usize, 0usize, Duration::ZERO, 0usize); 3];
    let mut theirs_all = 0;
    println!("{:<44} {:>7} {:>12} {:>12} {:>12}", "document", "poppler", "pdf-extract", "hayro", "pdf_oxide");
    for path in &args {
        let Ok(bytes) = std::fs::read(path) else { continue };
        let theirs = poppler_words(path);
        theirs_all += theirs.len();
        let mut row = Vec::new();
        for (k, (_, engine)) in engines.iter().enumerate() {
            let start = cpu_time();
            let wall = Instant::now();
            let got = std::panic::catch_unwind(|| engine(&bytes));
            let spent = (cpu_time() - start).max(wall.elapsed().min(Duration::from_millis(10)));
            let pages = match got {
                Ok(Ok(p)) => p,
                Ok(Err(e)) => {
                    eprintln!("{path}: {}: {e}", engines[k].0);
                    pooled[k].4 += 1;
                    Vec::new()
                }
                Err(_) => {
                    eprintln!("{path}: {}: panicked", engines[k].0);
                    pooled[k].4 += 1;
                    Vec::new()
                }
            };
            let words: Vec<W> = pages.into_iter().flat_map(|(n, g)| to_w(&words_of_glyphs(n, g))).collect();
            let m = matched(&words, &theirs);
            let f = if words.is_empty() && theirs.is_empty() {
                1.0
            } else {
                2.0 * m as f64 / (words.len() + theirs.len()) as f64
            };
            pooled[k].0 += m;
            pooled[k].1 += words.len();
            pooled[k].3 += spent;
            row.push(f);
        }
        let short: String = path.chars().rev().take(44).collect::<Vec<_>>().into_iter().rev().collect();
        println!("{short:<44} {:>7} {:>12.3} {:>12.3} {:>12.3}", theirs.len(), row[0], row[1], row[2]);
    }
    for (k, (name, _)) in engines.iter().enumerate() {
        let (m, ours, _, t, failed) = pooled[k];
        let p = m as f64 / ours.max(1) as f64;
        let r = m as f64 / theirs_all.max(1) as f64;
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        println!(
            "POOLED {name}: {} docs, poppler {theirs_all} words, {name} {ours}, matched {m}: P {p:.3} R {r:.3} F1 {f:.3}; CPU {:.2} s; failed docs {failed}",
            args.len(),
            t.as_secs_f64()
        );
    }
}
