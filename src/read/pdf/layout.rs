//! Glyphs to words to lines, and lines to paragraphs and lists.
//!
//! pdf-extract's own word and line hints are unreliable (producers split and
//! join text runs freely), so both come from geometry here: glyphs that
//! share a baseline band form a line; a horizontal gap wider than a fraction
//! of the font size is a space.

use super::collect::Glyph;
use crate::model::{collapse_ws, Block};
use crate::read::inline::is_footnote_mark;

/// Gap between glyphs, as a fraction of the font size, that means a space
/// where the producer draws no space characters.
const SPACE_GAP: f64 = 0.18;
/// Gap that means a space even where the producer draws space characters:
/// their fonts' widths can be wrong (a browser's subset CID fonts), so only
/// a wide gap counts.
const WIDE_GAP: f64 = 2.0;

/// Glyphs in a line with no space glyph before its gaps are read as spaces
/// even on a page that draws its spaces (a shorter line may be one long
/// word or figure).
const NO_SPACE_LINE: usize = 20;

/// A gap inside a word this wide (in font sizes) may be a column gutter.
pub const COLUMN_GAP: f64 = 0.8;

/// How a page marks the spaces between words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spacing {
    /// Space characters are drawn: they, and wide gaps, split words.
    Drawn,
    /// No space characters: gaps split words.
    Gaps,
}

impl Spacing {
    /// Judges a page by its share of space characters.
    pub fn of(glyphs: &[Glyph]) -> Spacing {
        let spaces = glyphs.iter().filter(|g| g.text == " ").count();
        if spaces * 25 >= glyphs.len() && spaces > 0 {
            Spacing::Drawn
        } else {
            Spacing::Gaps
        }
    }

    fn gap(self) -> f64 {
        match self {
            Spacing::Drawn => WIDE_GAP,
            Spacing::Gaps => SPACE_GAP,
        }
    }
}

/// One word: glyphs with no space between them.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// The word's text.
    pub text: String,
    /// Left edge.
    pub x0: f64,
    /// Right edge.
    pub x1: f64,
    /// Font size of its first glyph.
    pub size: f64,
    /// Wide gaps inside the word, kept where drawn spaces decide the words:
    /// (gap start x, gap end x, byte offset in `text`). The alignment
    /// reader splits columns there when the gaps line up down a table.
    pub gaps: Vec<(f64, f64, usize)>,
}

/// One line of text: words on a shared baseline, left to right.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Words in reading order.
    pub words: Vec<Word>,
    /// Top of the tallest glyph.
    pub top: f64,
    /// Bottom of the lowest glyph.
    pub bottom: f64,
    /// The dominant baseline.
    pub baseline: f64,
    /// The largest font size on the line.
    pub size: f64,
}

impl Line {
    /// Left edge of the first word.
    pub fn x0(&self) -> f64 {
        self.words.first().map_or(0.0, |w| w.x0)
    }

    /// Right edge of the last word.
    pub fn x1(&self) -> f64 {
        self.words.last().map_or(0.0, |w| w.x1)
    }

    /// The line's text, words joined by single spaces.
    pub fn text(&self) -> String {
        self.words.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ")
    }
}

/// Groups glyphs into lines, top to bottom, each left to right.
pub fn lines_of(glyphs: &[&Glyph], spacing: Spacing) -> Vec<Line> {
    let mut sorted: Vec<&Glyph> = glyphs.to_vec();
    sorted.sort_by(|a, b| a.baseline.total_cmp(&b.baseline).then(a.x0.total_cmp(&b.x0)));
    // Bands of glyphs whose vertical extents overlap the band's core.
    let mut bands: Vec<Vec<&Glyph>> = Vec::new();
    let mut band_base = f64::NEG_INFINITY;
    let mut band_size: f64 = 0.0;
    for g in sorted {
        let tolerance = 0.4 * band_size.max(g.size).max(1.0);
        if bands.is_empty() || (g.baseline - band_base).abs() > tolerance {
            bands.push(Vec::new());
            band_base = g.baseline;
            band_size = g.size;
        } else if g.size > band_size {
            band_size = g.size;
        }
        if let Some(band) = bands.last_mut() {
            band.push(g);
        }
    }
    bands.into_iter().filter_map(|b| line_of_band(b, spacing)).collect()
}

fn line_of_band(mut band: Vec<&Glyph>, spacing: Spacing) -> Option<Line> {
    band.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    // A long line with no space glyph on a page that draws them (TeX body
    // text beside a chart whose labels have spaces): its gaps are its spaces.
    let spacing = if spacing == Spacing::Drawn
        && band.len() >= NO_SPACE_LINE
        && !band
            .iter()
            .any(|g| g.text.chars().all(|c| c.is_whitespace() || c == '\u{a0}'))
    {
        Spacing::Gaps
    } else {
        spacing
    };
    // Drop glyphs printed twice at the same spot (fake bold, shadows).
    band.dedup_by(|b, a| a.text == b.text && (a.x0 - b.x0).abs() < 0.1 * a.size.max(1.0));
    let size = band.iter().map(|g| g.size).fold(0.0, f64::max);
    let main = band
        .iter()
        .filter(|g| g.size >= size * 0.85)
        .map(|g| g.baseline)
        .fold(f64::NEG_INFINITY, f64::max);
    drop_footnote_marks(&mut band, size, main);
    let mut words: Vec<Word> = Vec::new();
    let mut last_x1 = f64::NEG_INFINITY;
    let mut last_char: Option<char> = None;
    for g in &band {
        let blank = g.text.chars().all(|c| c.is_whitespace() || c == '\u{a0}');
        let gap = g.x0 - last_x1;
        // Figures set in columns without space characters between them
        // ("2,636 147.8"): a gap between a figure and the next one splits
        // them, even where the page draws its spaces.
        // So is a list label before a number ("1." then, a tab on, "3.1").
        let figures = last_char.is_some_and(|c| c.is_ascii_digit() || c == ')' || c == '%' || c == '.')
            && g.text.starts_with(|c: char| c.is_ascii_digit() || c == '(' || c == '$');
        let gap_limit = if figures { SPACE_GAP.max(0.25) } else { spacing.gap() };
        let new_word = blank || gap > gap_limit * g.size || words.is_empty();
        last_char = g.text.chars().last().or(last_char);
        if blank {
            last_x1 = last_x1.max(g.x1);
            // A space glyph ends the word; the next glyph starts a new one.
            words.push(Word {
                text: String::new(),
                x0: g.x1,
                x1: g.x1,
                size: g.size,
                gaps: Vec::new(),
            });
            continue;
        }
        match words.last_mut() {
            Some(w) if !new_word && !w.text.is_empty() => {
                if gap > COLUMN_GAP * g.size {
                    w.gaps.push((w.x1, g.x0, w.text.len()));
                }
                w.text.push_str(&g.text);
                w.x1 = g.x1.max(w.x1);
            }
            Some(w) if w.text.is_empty() && !new_word => {
                w.text.push_str(&g.text);
                w.x0 = g.x0;
                w.x1 = g.x1;
                w.size = g.size;
            }
            _ => words.push(Word {
                text: g.text.clone(),
                x0: g.x0,
                x1: g.x1,
                size: g.size,
                gaps: Vec::new(),
            }),
        }
        last_x1 = g.x1;
    }
    words.retain(|w| !w.text.trim().is_empty());
    for w in &mut words {
        if w.text.contains(['\u{a0}', ' ']) {
            // Offsets into the text no longer hold once it is trimmed.
            w.gaps.clear();
            w.text = w.text.replace('\u{a0}', " ").trim().to_string();
        }
    }
    if words.is_empty() {
        return None;
    }
    Some(Line {
        words,
        top: band.iter().map(|g| g.top()).fold(f64::INFINITY, f64::min),
        bottom: band.iter().map(|g| g.bottom()).fold(f64::NEG_INFINITY, f64::max),
        baseline: main,
        size,
    })
}

/// Drops footnote marks set as superscripts from a line's glyphs (sorted
/// left to right): a run of glyphs smaller than the line and raised above
/// its baseline, set against the glyph before it, that the rule every
/// reader shares ([`is_footnote_mark`]) reads as a mark after a word, a
/// year or punctuation: "Cabinet²", "March 2025¹". An ordinal's raised
/// "th" and a unit's "m²" stay.
fn drop_footnote_marks(band: &mut Vec<&Glyph>, size: f64, main: f64) {
    let raised = |g: &Glyph| g.size <= 0.8 * size && main - g.baseline >= 0.2 * size && !g.text.trim().is_empty();
    if !band.iter().any(|g| raised(g)) {
        return;
    }
    let mut drop = vec![false; band.len()];
    let mut i = 0;
    while i < band.len() {
        if !raised(band[i]) || i == 0 {
            i += 1;
            continue;
        }
        let end = (i..band.len()).find(|&j| !raised(band[j])).unwrap_or(band.len());
        let prev = band[i - 1];
        let attached = band[i].x0 - prev.x1 < 0.3 * size && !raised(prev);
        let mark: String = band[i..end].iter().map(|g| g.text.as_str()).collect();
        // The words before the mark, as far back as the last space glyph.
        let from = band[..i]
            .iter()
            .rposition(|g| g.text.trim().is_empty())
            .map_or(0, |k| k + 1)
            .max(i.saturating_sub(12));
        let mut before = String::new();
        for (k, g) in band[from..i].iter().enumerate() {
            // A gap between glyphs is a space between words.
            if k > 0 && g.x0 - band[from + k - 1].x1 > 0.25 * g.size {
                before.push(' ');
            }
            before.push_str(&g.text);
        }
        if attached && is_footnote_mark(&before, &mark) {
            drop[i..end].iter_mut().for_each(|d| *d = true);
        }
        i = end;
    }
    let mut k = 0;
    band.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// Characters that open a bulleted list item.
const BULLETS: &[&str] = &[
    "•", "\u{f0b7}", "\u{f0a7}", "\u{f076}", "◦", "▪", "■", "●", "○", "", "-", "–", "o", "➢", "✓",
];

/// The line's text without its bullet, where it starts with one, and
/// where that text starts on the line (the indent its wrapped lines keep).
fn bullet_item(line: &Line) -> Option<(String, f64)> {
    let first = line.words.first()?;
    for b in BULLETS {
        if first.text == *b && line.words.len() > 1 {
            let text = line.words[1..]
                .iter()
                .map(|w| w.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            return Some((text, line.words[1].x0));
        }
        // "-Text" hyphen bullets are too easily a hyphenated word; only the
        // typographic bullets may touch their text.
        if b.chars().count() == 1
            && !b.is_ascii()
            && b != &"–"
            && first.text.starts_with(b)
            && first.text.len() > b.len()
        {
            let rest = first.text[b.len()..].to_string();
            let tail = line.words[1..].iter().map(|w| w.text.as_str());
            // The text starts after the bullet's share of the glued word.
            let share = 1.0 / first.text.chars().count() as f64;
            let text_x = first.x0 + (first.x1 - first.x0) * share;
            return Some((
                std::iter::once(rest.as_str()).chain(tail).collect::<Vec<_>>().join(" "),
                text_x,
            ));
        }
    }
    None
}

/// Joins lines into paragraphs and lists: a vertical gap wider than normal
/// leading starts a new paragraph; a bullet starts a list item, and lines
/// indented under it continue that item, as does a line wrapped back to the
/// bullet's x. `page` is stamped on each block.
pub fn blocks_of(lines: &[Line], page: Option<u32>) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut para: Vec<String> = Vec::new();
    let mut items: Vec<String> = Vec::new();
    let mut item_x: f64 = 0.0;
    let mut bullet_x: f64 = 0.0;
    let mut prev: Option<&Line> = None;
    let flush_para = |para: &mut Vec<String>, blocks: &mut Vec<Block>| {
        if !para.is_empty() {
            let text = collapse_ws(&para.join(" "));
            para.clear();
            if !text.is_empty() {
                blocks.push(Block::Paragraph { text, page });
            }
        }
    };
    let flush_items = |items: &mut Vec<String>, blocks: &mut Vec<Block>| {
        if !items.is_empty() {
            blocks.push(Block::List {
                ordered: false,
                items: items.drain(..).map(|i| collapse_ws(&i)).collect(),
                page,
            });
        }
    };
    let pitch = normal_pitch(lines);
    let right = lines.iter().map(Line::x1).fold(f64::NEG_INFINITY, f64::max);
    for line in lines {
        let size = line.size.max(prev.map_or(0.0, |p| p.size));
        let spaced = prev.is_some_and(|p| line.baseline - p.baseline > pitch.unwrap_or(1.3 * size) * 1.25);
        // A line that stopped short of the margin by more than the next
        // line's first word was ended by hand: a new paragraph (or a line
        // break, which the HTML reader also splits paragraphs at).
        let ended = prev.is_some_and(|p| {
            let first = line.words.first().map_or(0.0, |w| w.x1 - w.x0);
            let opens = &line.words[0].text;
            right - p.x1() > first + 0.6 * size
                && (opens.starts_with(|c: char| c.is_uppercase()) || is_numbering(opens))
        });
        // A numbered paragraph with a hanging indent: its first line starts
        // left of the lines that wrap under it, so a line that steps back
        // left to a number opens a new one.
        let outdented = prev.is_some_and(|p| p.x0() - line.x0() > 0.8 * size && is_numbering(&line.words[0].text));
        let broken = spaced || ended || outdented;
        // A line wrapped back to the bullet's own x (the item has no hanging
        // indent) carries the item on where the line above had no room for
        // its first word, or it opens in lower case.
        let wrapped = prev.is_some_and(|p| {
            let first = line.words.first().map_or(0.0, |w| w.x1 - w.x0);
            right - p.x1() <= first + 0.6 * size || line.words[0].text.starts_with(char::is_lowercase)
        });
        let under_bullet = wrapped && line.x0() >= bullet_x - 0.5 * line.size;
        if let Some((item, text_x)) = bullet_item(line) {
            flush_para(&mut para, &mut blocks);
            items.push(item);
            item_x = text_x;
            bullet_x = line.x0();
        } else if !items.is_empty() && !spaced && (line.x0() >= item_x - 0.5 * line.size || under_bullet) {
            if let Some(last) = items.last_mut() {
                join_line(last, &line.text());
            }
        } else {
            flush_items(&mut items, &mut blocks);
            if broken {
                flush_para(&mut para, &mut blocks);
            }
            match para.last_mut() {
                Some(last) => join_line(last, &line.text()),
                None => para.push(line.text()),
            }
        }
        prev = Some(line);
    }
    flush_para(&mut para, &mut blocks);
    flush_items(&mut items, &mut blocks);
    blocks
}

/// A paragraph's number: "1.2", "3.", "4)", "(b)", "a)".
fn is_numbering(word: &str) -> bool {
    let w = word.trim_start_matches('(').trim_end_matches([')', '.', ':']);
    let dotted = !w.is_empty()
        && w.split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
    let lettered = w.len() == 1 && w.chars().all(|c| c.is_ascii_lowercase()) && word != w;
    (dotted && w.len() <= 8) || lettered
}

/// Short words that can stand alone on a line.
const SHORT_WORDS: &[&str] = &[
    "a", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of", "on", "or",
    "so", "to", "up", "us", "we",
];

/// True where `next` is the last letters of a word a narrow cell broke
/// ("Timescal" / "e"): one or two lower-case letters alone on their line.
fn is_word_end(text: &str, next: &str) -> bool {
    next.len() <= 2
        && next.chars().all(|c| c.is_ascii_lowercase())
        && !SHORT_WORDS.contains(&next)
        && text.ends_with(|c: char| c.is_alphabetic())
}

/// The distance between baselines of lines in the same paragraph: the
/// smallest pitch where there are enough lines to trust it, but never more
/// than one-and-a-third line heights (so a run of one-line paragraphs is not
/// taken for one paragraph).
fn normal_pitch(lines: &[Line]) -> Option<f64> {
    let pitches: Vec<f64> = lines
        .windows(2)
        .map(|w| (w[1].baseline - w[0].baseline, w[0].size.max(w[1].size)))
        .filter(|(p, size)| *p > 0.8 * size)
        .map(|(p, _)| p)
        .collect();
    let least = pitches.iter().copied().fold(f64::INFINITY, f64::min);
    if !least.is_finite() {
        return None;
    }
    let size = lines.iter().map(|l| l.size).fold(0.0, f64::max);
    Some(if pitches.len() >= 3 {
        least
    } else {
        least.min(1.35 * size)
    })
}

/// Appends a wrapped line to text, closing up a word broken at a soft
/// hyphen or after a hyphen inside a word.
fn join_line(text: &mut String, next: &str) {
    let mut tail = text.chars().rev();
    let hard_hyphen = tail.next() == Some('-') && tail.next().is_some_and(char::is_alphanumeric);
    if text.ends_with('\u{ad}') {
        text.pop();
        text.push_str(next);
    } else if hard_hyphen && next.starts_with(char::is_alphanumeric) || is_word_end(text, next) {
        // Lines wrap after a hyphen that is part of the word ("AD-PPC",
        // "well-being"); producers do not hyphenate on their own.
        text.push_str(next);
    } else {
        text.push(' ');
        text.push_str(next);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyphs(text: &str, x: f64, baseline: f64, size: f64) -> Vec<Glyph> {
        Glyph::run(text, x, baseline, size)
    }

    fn lines(parts: &[(&str, f64, f64)]) -> Vec<Line> {
        let all: Vec<Glyph> = parts.iter().flat_map(|(t, x, y)| glyphs(t, *x, *y, 10.0)).collect();
        let refs: Vec<&Glyph> = all.iter().collect();
        lines_of(&refs, Spacing::Gaps)
    }

    #[test]
    fn space_glyphs_and_gaps_both_split_words() {
        let l = lines(&[("Lead officer", 10.0, 100.0), ("S151", 100.0, 100.4)]);
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].text(), "Lead officer S151");
    }

    #[test]
    fn lines_come_top_to_bottom() {
        let l = lines(&[("second", 10.0, 120.0), ("first", 10.0, 100.0)]);
        let texts: Vec<String> = l.iter().map(Line::text).collect();
        assert_eq!(texts, ["first", "second"]);
    }

    #[test]
    fn wide_gaps_make_paragraphs_and_bullets_make_items() {
        let l = lines(&[
            ("Heading words", 10.0, 100.0),
            ("Body starts here", 10.0, 120.0),
            ("and carries on", 10.0, 132.0),
            ("• first item", 10.0, 144.0),
            ("wrapped", 18.0, 156.0),
            ("• second", 10.0, 168.0),
        ]);
        let blocks = blocks_of(&l, Some(2));
        assert_eq!(
            blocks,
            vec![
                Block::Paragraph {
                    text: "Heading words".into(),
                    page: Some(2)
                },
                Block::Paragraph {
                    text: "Body starts here and carries on".into(),
                    page: Some(2)
                },
                Block::List {
                    ordered: false,
                    items: vec!["first item wrapped".into(), "second".into()],
                    page: Some(2)
                },
            ]
        );
    }

    #[test]
    fn a_line_wrapped_back_to_the_bullet_carries_the_item_on() {
        let texts = |blocks: Vec<Block>| blocks.iter().map(Block::text).collect::<Vec<_>>();
        // (lines, blocks as text)
        type Case<'a> = (Vec<(&'a str, f64, f64)>, Vec<&'a str>);
        let cases: Vec<Case> = vec![
            // No hanging indent: the word the line above had no room for.
            (
                vec![
                    ("• Commission a programme for the Management", 10.0, 100.0),
                    ("Team.", 10.0, 112.0),
                    ("• Next", 10.0, 124.0),
                ],
                vec!["• Commission a programme for the Management Team. • Next"],
            ),
            // Lower case at the bullet's x carries on too.
            (
                vec![("• Review fees", 10.0, 100.0), ("and charges", 10.0, 112.0)],
                vec!["• Review fees and charges"],
            ),
            // A short item, then a paragraph at the bullet's x: not the item's.
            (
                vec![
                    ("• short item", 10.0, 100.0),
                    ("Then a paragraph that runs on wide", 10.0, 112.0),
                ],
                vec!["• short item", "Then a paragraph that runs on wide"],
            ),
        ];
        for (parts, want) in cases {
            assert_eq!(texts(blocks_of(&lines(&parts), None)), want, "{parts:?}");
        }
    }

    #[test]
    fn figures_without_spaces_between_are_split_where_the_page_draws_spaces() {
        // "2,636" then "147.8" a third of an em apart, on a page that draws
        // its spaces: two figures, while letters that close keep one word.
        let mut g = glyphs("2,636", 10.0, 100.0, 10.0);
        g.extend(glyphs("147.8", 38.5, 100.0, 10.0));
        g.extend(glyphs("Of", 90.0, 100.0, 10.0));
        g.extend(glyphs("ficer", 103.5, 100.0, 10.0));
        let refs: Vec<&Glyph> = g.iter().collect();
        let words: Vec<String> = lines_of(&refs, Spacing::Drawn)[0]
            .words
            .iter()
            .map(|w| w.text.clone())
            .collect();
        assert_eq!(words, ["2,636", "147.8", "Officer"]);
    }

    #[test]
    fn superscript_footnote_marks_are_dropped() {
        // "Cabinet" then a raised, smaller "2"; "March 2025" then "1"; an
        // ordinal's raised "th" stays.
        let mut g = glyphs("Cabinet", 10.0, 100.0, 10.0);
        g.extend(glyphs("2", 45.0, 96.5, 6.0));
        g.extend(glyphs("by", 60.0, 100.0, 10.0));
        g.extend(glyphs("March", 80.0, 100.0, 10.0));
        g.extend(glyphs("2025", 110.0, 100.0, 10.0));
        g.extend(glyphs("1", 130.0, 96.5, 6.0));
        g.extend(glyphs("15", 150.0, 100.0, 10.0));
        g.extend(glyphs("th", 160.0, 96.5, 6.0));
        let refs: Vec<&Glyph> = g.iter().collect();
        assert_eq!(lines_of(&refs, Spacing::Gaps)[0].text(), "Cabinet by March 2025 15th");
    }

    #[test]
    fn doubled_glyphs_are_read_once() {
        let mut g = glyphs("Bold", 10.0, 100.0, 10.0);
        g.extend(glyphs("Bold", 10.02, 100.0, 10.0));
        let refs: Vec<&Glyph> = g.iter().collect();
        assert_eq!(lines_of(&refs, Spacing::Gaps)[0].text(), "Bold");
    }
}
