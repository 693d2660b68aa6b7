//! The ICDAR 2013 table competition as a yardstick for the general table
//! extractor (`actionplan tables`, [`tables_of`]).
//!
//! For every PDF in a directory of the competition's files (`NAME.pdf`,
//! `NAME-reg.xml` for table regions, `NAME-str.xml` for cell structure) the
//! harness runs [`tables_of`] and scores two things:
//!
//! * **Structure: adjacency relations.** For each table, every non-empty cell
//!   is related to its nearest non-empty neighbour to the right in the same
//!   row and below in the same column; a cell spanning several rows (columns)
//!   is related to the neighbour along each of them (each neighbour once).
//!   A relation is `(text A, text B, horizontal|vertical)`. Gold relations
//!   come from the cells of `-str.xml`; extracted ones from the rows of each
//!   extracted table, each slot a one-by-one cell (a spanning cell's text sits
//!   in its first slot and the covered slots are "", so they are skipped like
//!   any empty cell; the rows carry no spans, so an extracted spanning header
//!   relates only to the cell under its first slot, where the gold relates
//!   it to every cell under it). Relations are matched as multisets per
//!   document: gold against those of the extracted tables on the pages that
//!   hold a gold table (tables on other pages are not structure errors, they
//!   are false detections, counted in the "extra" column). Precision, recall and F1 are
//!   pooled over all documents (sums of correct / found / gold relations).
//! * **Detection recall.** A gold region counts as detected when one
//!   extracted table on the same page has IoU >= 0.5 with it, or covers at
//!   least 90% of its area (the ICDAR region measure's "complete", with area
//!   standing in for characters; purity is not asked, so a table merged with
//!   its neighbour still detects both).
//!
//! Cell text is compared with all white space removed (including no-break
//! and zero-width spaces and the soft hyphen) and a minimal Unicode folding
//! so that the PDF's typography does not count against the engine: curly
//! quotes and primes to `'`/`"`, the dashes and minus sign to `-`, and the
//! f-ligatures spelt out. Coordinates: `-reg.xml` bounding boxes are PDF
//! points with the origin at the bottom left (checked against `pdftotext
//! -bbox`: eu-001's "THRESHOLD FOR RELEASES" is at y 533-543 in the gold and
//! 842 - 310.5 = 531.5 .. 541.1 in poppler's top-left words), the same frame
//! as [`PlainTable::bbox`]; pages are numbered from 1 in both.
//!
//! Four documents (eu-009a, us-011a, us-031a, us-035a) come with an
//! alternative ground truth (`...b-reg.xml`, `...b-str.xml`, no PDF of their
//! own): where the annotators allowed two readings the competition accepts
//! either, so each such document is scored against both and the better F1
//! is kept.
//!
//! Runs:
//! * `cargo test --test icdar` scores the subset in `tests/data/icdar2013/` and
//!   holds it to a floor ([`MIN_SUBSET_F1`], [`MIN_SUBSET_DETECTION`]).
//! * `cargo test --release --test icdar -- --ignored --nocapture` scores the
//!   full set in `$ICDAR_DIR` (default `../shared/external/icdar2013` from
//!   the crate root); `benches/icdar.sh` wraps it. `ICDAR_VERBOSE=1` also
//!   prints each document's missed and spurious relations.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::time::Instant;

use actionplan::read::pdf::{engine::guarded, PdfOptions};
use actionplan::read::sniff;
use actionplan::read::tables::{tables_of, PlainTable};
use quick_xml::escape::resolve_xml_entity;
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

/// The subset's pooled relation F1 must stay at or above this: a floor
/// just under the engine's score (0.558 when the harness was written, 0.633
/// after the sub-column and table-run work, 0.861 after spanning cells were
/// split and group headings kept), to be raised as the engine improves.
const MIN_SUBSET_F1: f64 = 0.84;
/// The subset's detection recall must stay at or above this (14 of 14
/// regions since 4c7b5b8; losing two regions fails).
const MIN_SUBSET_DETECTION: f64 = 0.85;

/// IoU at or above which an extracted table detects a gold region.
const MIN_IOU: f64 = 0.5;
/// Share of a gold region's area an extracted table must cover to detect it
/// whatever its IoU.
const MIN_COVER: f64 = 0.9;

// ---------------------------------------------------------------- gold files

/// One cell of the ground truth: inclusive row and column span, and text.
#[derive(Debug, Clone)]
struct Cell {
    r0: i64,
    c0: i64,
    r1: i64,
    c1: i64,
    text: String,
}

/// One table region of `-str.xml`: its page and cells.
#[derive(Debug, Clone)]
struct GoldTable {
    page: u32,
    cells: Vec<Cell>,
}

/// One table region of `-reg.xml`: its page and box `[x0, y0, x1, y1]`.
#[derive(Debug, Clone)]
struct GoldRegion {
    page: u32,
    bbox: [f64; 4],
}

/// A document's ground truth: regions and structure.
#[derive(Debug, Clone)]
struct Gold {
    regions: Vec<GoldRegion>,
    tables: Vec<GoldTable>,
}

fn attrs(e: &BytesStart<'_>) -> Result<HashMap<String, String>, String> {
    let mut out = HashMap::new();
    for a in e.attributes().with_checks(false) {
        let a = a.map_err(|e| e.to_string())?;
        let key = a.key.local_name().as_ref().to_string();
        let value = a.normalized_value(XmlVersion::Implicit1_0).map_err(|e| e.to_string())?;
        out.insert(key, value.into_owned());
    }
    Ok(out)
}

fn num<T: std::str::FromStr>(a: &HashMap<String, String>, key: &str) -> Result<T, String> {
    let v = a.get(key).ok_or_else(|| format!("missing attribute {key}"))?;
    v.trim().parse().map_err(|_| format!("bad {key}={v:?}"))
}

/// What the reader found: an element opening (or empty), text, or a close.
enum Ev {
    Open(String, HashMap<String, String>),
    Text(String),
    Close(String),
}

/// Reads an XML file into a flat list of events (the gold files are small
/// and regular; a flat walk with a little state is all they need).
fn events(xml: &str) -> Result<Vec<Ev>, String> {
    let mut reader = Reader::from_str(xml.trim_start_matches('\u{feff}'));
    let mut out = Vec::new();
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Start(s) => out.push(Ev::Open(s.local_name().as_ref().to_string(), attrs(&s)?)),
            Event::Empty(s) => {
                let name = s.local_name().as_ref().to_string();
                out.push(Ev::Open(name.clone(), attrs(&s)?));
                out.push(Ev::Close(name));
            }
            Event::End(e) => out.push(Ev::Close(e.local_name().as_ref().to_string())),
            Event::Text(t) => out.push(Ev::Text(t.xml10_content().into_owned())),
            Event::CData(t) => out.push(Ev::Text(t.xml10_content().into_owned())),
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c.to_string()),
                    Ok(None) => resolve_xml_entity(&r).map(str::to_string),
                    Err(_) => None,
                };
                if let Some(s) = resolved {
                    out.push(Ev::Text(s));
                }
            }
            Event::Eof => return Ok(out),
            _ => {}
        }
    }
}

/// Parses `-reg.xml`: every region's page and bounding box.
fn parse_reg(xml: &str) -> Result<Vec<GoldRegion>, String> {
    let mut out = Vec::new();
    let mut page = None;
    for ev in events(xml)? {
        match ev {
            Ev::Open(n, a) if n == "region" => page = Some(num(&a, "page")?),
            Ev::Open(n, a) if n == "bounding-box" => {
                let page = page.ok_or("bounding-box outside a region")?;
                let (x1, y1, x2, y2): (f64, f64, f64, f64) =
                    (num(&a, "x1")?, num(&a, "y1")?, num(&a, "x2")?, num(&a, "y2")?);
                out.push(GoldRegion {
                    page,
                    bbox: [x1.min(x2), y1.min(y2), x1.max(x2), y1.max(y2)],
                });
            }
            Ev::Close(n) if n == "region" => page = None,
            _ => {}
        }
    }
    Ok(out)
}

/// Parses `-str.xml`: every region's page and cells (end row and column
/// default to the start when absent; us-019 numbers its header row -1, so
/// indices are signed).
fn parse_str(xml: &str) -> Result<Vec<GoldTable>, String> {
    let mut out: Vec<GoldTable> = Vec::new();
    let mut cell: Option<Cell> = None;
    let mut in_content = false;
    for ev in events(xml)? {
        match ev {
            Ev::Open(n, a) if n == "region" => out.push(GoldTable {
                page: num(&a, "page")?,
                cells: Vec::new(),
            }),
            Ev::Open(n, a) if n == "cell" => {
                let r0: i64 = num(&a, "start-row")?;
                let c0: i64 = num(&a, "start-col")?;
                let r1 = if a.contains_key("end-row") {
                    num(&a, "end-row")?
                } else {
                    r0
                };
                let c1 = if a.contains_key("end-col") {
                    num(&a, "end-col")?
                } else {
                    c0
                };
                cell = Some(Cell {
                    r0,
                    c0,
                    r1: r1.max(r0),
                    c1: c1.max(c0),
                    text: String::new(),
                });
            }
            Ev::Open(n, _) if n == "content" => in_content = true,
            Ev::Close(n) if n == "content" => in_content = false,
            Ev::Text(t) if in_content => {
                if let Some(c) = cell.as_mut() {
                    c.text.push_str(&t);
                }
            }
            Ev::Close(n) if n == "cell" => {
                let c = cell.take().ok_or("unbalanced cell")?;
                out.last_mut().ok_or("cell outside a region")?.cells.push(c);
            }
            _ => {}
        }
    }
    Ok(out)
}

fn load_gold(dir: &Path, stem: &str) -> Result<Gold, String> {
    let read = |suffix: &str| {
        let p = dir.join(format!("{stem}-{suffix}.xml"));
        std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))
    };
    Ok(Gold {
        regions: parse_reg(&read("reg")?).map_err(|e| format!("{stem}-reg.xml: {e}"))?,
        tables: parse_str(&read("str")?).map_err(|e| format!("{stem}-str.xml: {e}"))?,
    })
}

// ---------------------------------------------------------------- relations

/// Cell text as compared: no white space, minimal Unicode folding (see the
/// module comment).
fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            c if c.is_whitespace() => {}
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{ad}' => {}
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '`' | '\u{b4}' => out.push('\''),
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => out.push('"'),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => out.push('-'),
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            c => out.push(c),
        }
    }
    out
}

/// Direction of an adjacency relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Dir {
    /// B is the next non-empty cell to the right of A.
    Right,
    /// B is the next non-empty cell below A.
    Down,
}

/// One adjacency relation: (text A, text B, direction).
type Rel = (String, String, Dir);

/// A multiset of relations.
type Bag = BTreeMap<Rel, usize>;

/// The adjacency relations of one table given as cells with spans. Cells
/// whose normalised text is empty are not cells for this purpose (their
/// neighbours look through them).
fn relations(cells: &[Cell]) -> Vec<Rel> {
    let cells: Vec<Cell> = cells
        .iter()
        .map(|c| Cell {
            text: norm(&c.text),
            ..c.clone()
        })
        .filter(|c| !c.text.is_empty())
        .collect();
    let mut at: HashMap<(i64, i64), usize> = HashMap::new();
    let (mut max_r, mut max_c) = (i64::MIN, i64::MIN);
    for (i, c) in cells.iter().enumerate() {
        for r in c.r0..=c.r1 {
            for k in c.c0..=c.c1 {
                at.entry((r, k)).or_insert(i);
            }
        }
        max_r = max_r.max(c.r1);
        max_c = max_c.max(c.c1);
    }
    let mut out = Vec::new();
    for (i, c) in cells.iter().enumerate() {
        let mut right = BTreeSet::new();
        for r in c.r0..=c.r1 {
            if let Some(j) = (c.c1 + 1..=max_c).find_map(|k| at.get(&(r, k)).copied().filter(|&j| j != i)) {
                right.insert(j);
            }
        }
        let mut down = BTreeSet::new();
        for k in c.c0..=c.c1 {
            if let Some(j) = (c.r1 + 1..=max_r).find_map(|r| at.get(&(r, k)).copied().filter(|&j| j != i)) {
                down.insert(j);
            }
        }
        out.extend(
            right
                .into_iter()
                .map(|j| (c.text.clone(), cells[j].text.clone(), Dir::Right)),
        );
        out.extend(
            down.into_iter()
                .map(|j| (c.text.clone(), cells[j].text.clone(), Dir::Down)),
        );
    }
    out
}

/// An extracted table's rows as one-by-one cells.
fn cells_of(rows: &[Vec<String>]) -> Vec<Cell> {
    let mut out = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            let (r, c) = (r as i64, c as i64);
            out.push(Cell {
                r0: r,
                c0: c,
                r1: r,
                c1: c,
                text: text.clone(),
            });
        }
    }
    out
}

fn bag(rels: impl IntoIterator<Item = Rel>) -> Bag {
    let mut b = Bag::new();
    for r in rels {
        *b.entry(r).or_default() += 1;
    }
    b
}

fn size(b: &Bag) -> usize {
    b.values().sum()
}

/// Relations in both multisets (counted with multiplicity).
fn common(a: &Bag, b: &Bag) -> usize {
    a.iter().map(|(k, n)| (*n).min(b.get(k).copied().unwrap_or(0))).sum()
}

// ---------------------------------------------------------------- detection

fn area(b: &[f64; 4]) -> f64 {
    (b[2] - b[0]).max(0.0) * (b[3] - b[1]).max(0.0)
}

fn intersection(a: &[f64; 4], b: &[f64; 4]) -> f64 {
    area(&[a[0].max(b[0]), a[1].max(b[1]), a[2].min(b[2]), a[3].min(b[3])])
}

/// True when the extracted box detects the gold one (IoU or completeness).
fn detects(found: &[f64; 4], gold: &[f64; 4]) -> bool {
    let inter = intersection(found, gold);
    let union = area(found) + area(gold) - inter;
    let iou = if union > 0.0 { inter / union } else { 0.0 };
    let cover = if area(gold) > 0.0 { inter / area(gold) } else { 0.0 };
    iou >= MIN_IOU || cover >= MIN_COVER
}

// ---------------------------------------------------------------- scoring

/// One document's scores.
#[derive(Debug, Clone, Default)]
struct DocScore {
    name: String,
    /// Gold relations.
    gold: usize,
    /// Extracted relations (on pages with a gold table).
    found: usize,
    /// Extracted relations that match a gold one.
    correct: usize,
    /// Gold regions detected.
    detected: usize,
    /// Gold regions.
    regions: usize,
    /// Extracted tables on pages without a gold table.
    extra: usize,
    /// Seconds spent in the extractor.
    secs: f64,
    /// Which ground truth scored ("" or the alternative's letter).
    variant: String,
    /// Why the document could not be scored or read, if so.
    error: Option<String>,
}

fn prf(correct: usize, found: usize, gold: usize) -> (f64, f64, f64) {
    let p = if found > 0 { correct as f64 / found as f64 } else { 0.0 };
    let r = if gold > 0 { correct as f64 / gold as f64 } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

/// Scores extracted tables against one ground truth.
fn score_against(gold: &Gold, found: &[PlainTable], verbose: bool, name: &str) -> DocScore {
    let gold_bag = bag(gold.tables.iter().flat_map(|t| relations(&t.cells)));
    let pages: BTreeSet<u32> = gold
        .tables
        .iter()
        .map(|t| t.page)
        .chain(gold.regions.iter().map(|r| r.page))
        .collect();
    let on_pages: Vec<&PlainTable> = found
        .iter()
        .filter(|t| t.page.is_some_and(|p| pages.contains(&p)))
        .collect();
    let found_bag = bag(on_pages.iter().flat_map(|t| relations(&cells_of(&t.rows))));
    let detected = gold
        .regions
        .iter()
        .filter(|g| {
            found
                .iter()
                .any(|t| t.page == Some(g.page) && t.bbox.is_some_and(|b| detects(&b, &g.bbox)))
        })
        .count();
    if verbose {
        let missed: Vec<_> = gold_bag
            .iter()
            .filter(|(k, n)| found_bag.get(*k).copied().unwrap_or(0) < **n)
            .collect();
        let spurious: Vec<_> = found_bag
            .iter()
            .filter(|(k, n)| gold_bag.get(*k).copied().unwrap_or(0) < **n)
            .collect();
        println!(
            "--- {name}: {} missed, {} spurious (distinct)",
            missed.len(),
            spurious.len()
        );
        for (k, _) in missed.iter().take(12) {
            println!("  missed   {:?}", k);
        }
        for (k, _) in spurious.iter().take(12) {
            println!("  spurious {:?}", k);
        }
    }
    DocScore {
        name: name.to_string(),
        gold: size(&gold_bag),
        found: size(&found_bag),
        correct: common(&gold_bag, &found_bag),
        detected,
        regions: gold.regions.len(),
        extra: found.len() - on_pages.len(),
        ..DocScore::default()
    }
}

/// The ground truths of a document: its own, and the alternative `b` one for
/// an `...a` document that has it.
fn gold_variants(dir: &Path, stem: &str) -> Vec<(String, Result<Gold, String>)> {
    let mut out = vec![(String::new(), load_gold(dir, stem))];
    if let Some(base) = stem.strip_suffix('a') {
        let alt = format!("{base}b");
        if dir.join(format!("{alt}-str.xml")).is_file() && dir.join(format!("{alt}-reg.xml")).is_file() {
            out.push(("b".to_string(), load_gold(dir, &alt)));
        }
    }
    out
}

/// Scores one PDF: extraction errors and panics score as nothing found.
fn score_doc(dir: &Path, pdf: &Path, verbose: bool) -> DocScore {
    let stem = pdf.file_stem().unwrap_or_default().to_string_lossy().into_owned();
    let start = Instant::now();
    let extracted = std::fs::read(pdf).map_err(|e| e.to_string()).and_then(|bytes| {
        let format = sniff(&bytes, pdf);
        match guarded(|| tables_of(&bytes, format, &PdfOptions::default())) {
            Ok(Ok(t)) => Ok(t),
            Ok(Err(e)) => Err(e.to_string()),
            Err(panic) => Err(format!("panic: {panic}")),
        }
    });
    let secs = start.elapsed().as_secs_f64();
    let (found, read_error) = match extracted {
        Ok(t) => (t, None),
        Err(e) => (Vec::new(), Some(e)),
    };
    let mut best: Option<DocScore> = None;
    for (variant, gold) in gold_variants(dir, &stem) {
        let gold = match gold {
            Ok(g) => g,
            Err(e) => {
                if best.is_none() {
                    best = Some(DocScore {
                        name: stem.clone(),
                        error: Some(e),
                        ..DocScore::default()
                    });
                }
                continue;
            }
        };
        let mut s = score_against(
            &gold,
            &found,
            verbose,
            &format!("{stem}{}", if variant.is_empty() { "" } else { "/b" }),
        );
        s.variant = variant;
        let better = match &best {
            None => true,
            Some(b) if b.error.is_some() && b.gold == 0 => true,
            Some(b) => prf(s.correct, s.found, s.gold).2 > prf(b.correct, b.found, b.gold).2,
        };
        if better {
            best = Some(s);
        }
    }
    let mut best = best.unwrap_or_default();
    best.name = stem;
    best.secs = secs;
    if read_error.is_some() {
        best.error = read_error;
    }
    best
}

/// The PDFs of a directory, by name.
fn pdfs(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("pdf")))
        .collect();
    out.sort();
    out
}

/// Pooled figures over a set of documents.
#[derive(Debug, Clone, Copy)]
struct Summary {
    docs: usize,
    precision: f64,
    recall: f64,
    f1: f64,
    detection: f64,
}

/// Scores every PDF in `dir`, prints the per-document table and the pooled
/// summary, and returns the summary.
fn evaluate(dir: &Path, label: &str) -> Summary {
    let verbose = std::env::var_os("ICDAR_VERBOSE").is_some_and(|v| !v.is_empty() && v != "0");
    let files = pdfs(dir);
    assert!(!files.is_empty(), "no PDFs in {}", dir.display());
    let start = Instant::now();
    let scores: Vec<DocScore> = files.iter().map(|p| score_doc(dir, p, verbose)).collect();
    let secs = start.elapsed().as_secs_f64();
    println!("ICDAR 2013 ({label}): {}", dir.display());
    println!(
        "{:<10} {:>6} {:>6} {:>7} {:>6} {:>6} {:>6} {:>7} {:>5} {:>6}  note",
        "doc", "gold", "found", "correct", "P", "R", "F1", "det", "extra", "secs"
    );
    for s in &scores {
        let (p, r, f) = prf(s.correct, s.found, s.gold);
        let mut note = String::new();
        if !s.variant.is_empty() {
            note.push_str(&format!("gold {} ", s.variant));
        }
        if let Some(e) = &s.error {
            note.push_str(&format!("ERROR {e}"));
        }
        println!(
            "{:<10} {:>6} {:>6} {:>7} {:>6.3} {:>6.3} {:>6.3} {:>3}/{:<3} {:>5} {:>6.2}  {}",
            s.name,
            s.gold,
            s.found,
            s.correct,
            p,
            r,
            f,
            s.detected,
            s.regions,
            s.extra,
            s.secs,
            note.trim_end()
        );
    }
    let sum = |f: fn(&DocScore) -> usize| scores.iter().map(f).sum::<usize>();
    let (gold, found, correct) = (sum(|s| s.gold), sum(|s| s.found), sum(|s| s.correct));
    let (detected, regions) = (sum(|s| s.detected), sum(|s| s.regions));
    let (precision, recall, f1) = prf(correct, found, gold);
    let detection = if regions > 0 {
        detected as f64 / regions as f64
    } else {
        0.0
    };
    let errors = scores.iter().filter(|s| s.error.is_some()).count();
    println!(
        "TOTAL {label}: {} docs, relations gold {gold} found {found} correct {correct}: \
         P {precision:.3} R {recall:.3} F1 {f1:.3}; detection {detected}/{regions} = {detection:.3}; \
         {} extra tables; {errors} errors; {secs:.1} s",
        scores.len(),
        sum(|s| s.extra)
    );
    Summary {
        docs: scores.len(),
        precision,
        recall,
        f1,
        detection,
    }
}

// ---------------------------------------------------------------- tests

/// The subset shipped with the crate, held to a floor.
#[test]
fn icdar2013_subset_holds_the_floor() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/icdar2013");
    let s = evaluate(&dir, "subset");
    assert_eq!(s.docs, 10, "the subset is ten documents");
    assert!(
        s.f1 >= MIN_SUBSET_F1,
        "subset relation F1 {:.3} (P {:.3}, R {:.3}) fell below {MIN_SUBSET_F1}",
        s.f1,
        s.precision,
        s.recall
    );
    assert!(
        s.detection >= MIN_SUBSET_DETECTION,
        "subset detection recall {:.3} fell below {MIN_SUBSET_DETECTION}",
        s.detection
    );
}

/// The full competition set (`$ICDAR_DIR`); reports, never fails on scores.
#[test]
#[ignore = "needs the full ICDAR 2013 set: ICDAR_DIR or ../shared/external/icdar2013"]
fn icdar2013_full() {
    let dir = std::env::var_os("ICDAR_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/external/icdar2013"));
    let s = evaluate(&dir, "full");
    assert!(s.docs > 0);
}

/// The relation measure on a small hand-made table with spans and blanks.
#[test]
fn relations_follow_spans_and_skip_blanks() {
    let cell = |r0, c0, r1, c1, t: &str| Cell {
        r0,
        c0,
        r1,
        c1,
        text: t.to_string(),
    };
    // | head (2 cols) |  x |
    // | a    |  " "   |  b |
    // | c    |   d    |    |
    let cells = vec![
        cell(0, 0, 0, 1, "head"),
        cell(0, 2, 0, 2, "x"),
        cell(1, 0, 1, 0, "a"),
        cell(1, 1, 1, 1, " "),
        cell(1, 2, 1, 2, "b"),
        cell(2, 0, 2, 0, "c"),
        cell(2, 1, 2, 1, "d"),
    ];
    let got: BTreeSet<Rel> = relations(&cells).into_iter().collect();
    let want: BTreeSet<Rel> = [
        ("head", "x", Dir::Right),
        ("head", "a", Dir::Down),
        ("head", "d", Dir::Down),
        ("x", "b", Dir::Down),
        ("a", "b", Dir::Right),
        ("a", "c", Dir::Down),
        ("c", "d", Dir::Right),
    ]
    .into_iter()
    .map(|(a, b, d)| (a.to_string(), b.to_string(), d))
    .collect();
    assert_eq!(got, want);
    assert_eq!(norm("A\u{a0}–\u{201c}ﬁ\u{201d}\n"), "A-\"fi\"");
    let a = bag(relations(&cells));
    assert_eq!(common(&a, &a), size(&a));
}

/// Detection: IoU or completeness, nothing for a sliver.
#[test]
fn detection_needs_overlap_or_cover() {
    let gold = [100.0, 100.0, 200.0, 200.0];
    assert!(detects(&[95.0, 95.0, 205.0, 205.0], &gold));
    assert!(detects(&[0.0, 0.0, 500.0, 800.0], &gold));
    assert!(!detects(&[100.0, 100.0, 200.0, 130.0], &gold));
    assert!(!detects(&[300.0, 100.0, 400.0, 200.0], &gold));
}
