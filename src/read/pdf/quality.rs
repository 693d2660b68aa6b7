//! Whether a page's text layer can be trusted, judged from the text alone,
//! so the user hears of a page that read nothing or reads as garbage
//! (warnings on the document's records and a line on stderr) rather than
//! getting quietly wrong records.
//!
//! - [x] a page with no text where others have some (a scan, an image of
//!   a table, text drawn as outlines);
//! - [x] characters with no Unicode meaning: U+FFFD, control characters,
//!   and private-use code points inside words (a font with no ToUnicode
//!   map whose codes were taken as they are); a lone private-use glyph
//!   (Word's Symbol-font bullets) is not counted;
//! - [x] lines drawn on top of each other (a text position the interpreter
//!   got wrong): many glyphs overlapping the one before them on a line;
//! - [x] glyph soup: words with symbols between letters (";utritionalg"),
//!   case flipping inside a word ("dDaireticotonr", two lines drawn over
//!   each other), long runs of Latin letters without a vowel;
//! - [ ] wrong letters that still look like words (a shifted encoding that
//!   maps letters to letters) cannot be seen from the text alone.

use super::collect::RawPage;

/// A page needs at least this many words before its words are judged.
const MIN_WORDS_JUDGED: usize = 20;
/// Share of its width a glyph may overlap the glyph before it (kerning
/// pairs overlap a little; a letter drawn into another line's letter,
/// by most of its width).
const OVERLAP: f64 = 0.5;
/// Share of a page's glyphs that may be drawn over their neighbours
/// before the page is reported.
const MAX_OVERLAP_SHARE: f64 = 0.2;
/// Share of a page's words that may look unlike words before the page is
/// reported (real text: well under 5%, names like "iPhone" and codes
/// like "XJ7" included).
const MAX_ODD_SHARE: f64 = 0.25;

/// The warnings for a document's pages: pages that read nothing and pages
/// whose text looks garbled, one line each, in page order.
pub fn page_warnings(pages: &[RawPage]) -> Vec<String> {
    let any_text = pages.iter().any(|p| !p.glyphs.is_empty());
    let mut out = Vec::new();
    for p in pages {
        if p.glyphs.is_empty() {
            // A blank page (a page break before the back cover) draws
            // nothing at all: nothing is missing.
            let draws_something = p.has_image || !p.rules.is_empty() || !p.fills.is_empty();
            if any_text && draws_something {
                out.push(format!(
                    "page {}: no text could be read (a scanned image, or text drawn as shapes); anything on it is missing",
                    p.number
                ));
            }
            continue;
        }
        let words = page_words(p);
        if words.len() < MIN_WORDS_JUDGED {
            continue;
        }
        let (over, drawn) = overlapping_glyphs(p);
        if over as f64 > MAX_OVERLAP_SHARE * drawn as f64 {
            out.push(format!(
                "page {}: its text looks garbled ({over} of {drawn} characters drawn over others: lines placed on top of each other); records from it may be wrong",
                p.number
            ));
            continue;
        }
        let odd = words.iter().filter(|w| looks_odd(w)).count();
        let share = odd as f64 / words.len() as f64;
        if share > MAX_ODD_SHARE {
            out.push(format!(
                "page {}: its text looks garbled ({odd} of {} words unlike words: a font without a Unicode map, or text drawn over text); records from it may be wrong",
                p.number,
                words.len()
            ));
        }
    }
    out
}

/// How many of a page's visible glyphs are drawn over the one before them
/// on their line (by more than [`OVERLAP`] of the narrower's width), and
/// how many visible glyphs there are. A glyph printed twice at one spot
/// (fake bold, a shadow) is not counted: the layout reads it once.
fn overlapping_glyphs(p: &RawPage) -> (usize, usize) {
    let mut glyphs: Vec<&super::collect::Glyph> = p
        .glyphs
        .iter()
        .filter(|g| !g.text.trim().is_empty() && g.x1 > g.x0)
        .collect();
    glyphs.sort_by(|a, b| {
        let band = |g: &super::collect::Glyph| (g.baseline / g.size.max(1.0) * 3.0).round() as i64;
        band(a).cmp(&band(b)).then(a.x0.total_cmp(&b.x0))
    });
    let over = glyphs
        .windows(2)
        .filter(|w| {
            let (a, b) = (w[0], w[1]);
            let same_line = (a.baseline - b.baseline).abs() < 0.3 * a.size.max(1.0);
            let narrower = (a.x1 - a.x0).min(b.x1 - b.x0);
            let doubled = a.text == b.text && (a.x0 - b.x0).abs() < 0.1 * a.size.max(1.0);
            same_line && !doubled && a.x1 - b.x0 > OVERLAP * narrower
        })
        .count();
    (over, glyphs.len())
}

/// The page's words in drawing order: runs of glyphs split at white space
/// and at jumps back, down or across (a new text run). Linear in the
/// glyphs; lines drawn over lines are caught by [`overlapping_glyphs`].
fn page_words(p: &RawPage) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut last: Option<(f64, f64, f64)> = None;
    for g in &p.glyphs {
        let jump = last.is_some_and(|(x1, base, size)| {
            (g.baseline - base).abs() > 0.5 * size || g.x0 < x1 - 0.5 * size || g.x0 > x1 + 0.3 * size
        });
        if jump && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        for c in g.text.chars() {
            if c.is_whitespace() {
                if !cur.is_empty() {
                    words.push(std::mem::take(&mut cur));
                }
            } else {
                cur.push(c);
            }
        }
        last = Some((g.x1, g.baseline, g.size.max(1.0)));
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

fn private_use(c: char) -> bool {
    matches!(c as u32, 0xE000..=0xF8FF | 0xF0000..=0x10FFFF)
}

/// Whether a word looks unlike any word of running text.
fn looks_odd(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() == 1 && private_use(chars[0]) {
        // A symbol font's bullet or tick: fine on its own.
        return false;
    }
    if chars
        .iter()
        .any(|&c| c == '\u{fffd}' || c.is_control() || private_use(c))
    {
        return true;
    }
    // Symbols between letters.
    let core: Vec<char> = {
        let s = word.trim_matches(|c: char| !c.is_alphanumeric());
        s.chars().collect()
    };
    let symbol_inside = core
        .windows(3)
        .any(|w| w[0].is_alphabetic() && w[2].is_alphabetic() && ";<=>[\\]^`{|}~#$*".contains(w[1]));
    // A leading symbol glued to a word of letters: ";utritionalg".
    let symbol_glued =
        chars.len() >= 4 && ";<=>[\\]^`{|}~#$*".contains(chars[0]) && chars[1..].iter().all(|c| c.is_alphabetic());
    // lower, upper, lower inside one word, twice: lines drawn over lines.
    let flips = core
        .windows(3)
        .filter(|w| w[0].is_lowercase() && w[1].is_uppercase() && w[2].is_lowercase())
        .count();
    // Long runs of Latin letters with no vowel (English, French, German...).
    let latin: Vec<char> = core.iter().copied().filter(char::is_ascii_alphabetic).collect();
    let no_vowel = latin.len() >= 6
        && latin.len() == core.len()
        && !latin.iter().any(|c| "aeiouyAEIOUY".contains(*c))
        && latin.iter().any(char::is_ascii_lowercase);
    symbol_inside || symbol_glued || flips >= 2 || no_vowel
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::pdf::collect::Glyph;

    fn page(text: &str, number: u32) -> RawPage {
        let mut glyphs = Vec::new();
        let mut x = 0.0;
        for c in text.chars() {
            glyphs.push(Glyph {
                text: c.to_string(),
                x0: x,
                x1: x + 5.0,
                baseline: 100.0,
                size: 10.0,
            });
            x += 5.0;
        }
        let mut p = RawPage::default();
        p.number = number;
        p.glyphs = glyphs;
        p
    }

    const PLAIN: &str = "The council will publish its new corporate plan by March 2025, after \
        consulting residents, partners and staff on the priorities it sets out; iPhone and XJ7 too.";

    #[test]
    fn plain_text_passes() {
        assert!(page_warnings(&[page(PLAIN, 1)]).is_empty());
    }

    #[test]
    fn unmapped_codes_and_soup_are_reported() {
        let unmapped: String = PLAIN
            .chars()
            .map(|c| {
                if c.is_alphabetic() {
                    char::from_u32(0xE000 + c as u32).unwrap()
                } else {
                    c
                }
            })
            .collect();
        let w = page_warnings(&[page(&unmapped, 3)]);
        assert_eq!(w.len(), 1);
        assert!(w[0].starts_with("page 3: its text looks garbled"), "{w:?}");
        // Codes read through the wrong encoding: symbols inside words.
        let soup: String = PLAIN
            .chars()
            .map(|c| if "aeiou".contains(c) { '{' } else { c })
            .collect();
        assert_eq!(page_warnings(&[page(&soup, 1)]).len(), 1);
    }

    #[test]
    fn a_page_with_no_text_is_reported_when_others_have_some() {
        let mut empty = RawPage::default();
        empty.number = 2;
        empty.has_image = true;
        let mut blank = RawPage::default();
        blank.number = 3;
        assert!(
            page_warnings(&[page(PLAIN, 1), blank]).is_empty(),
            "a blank page is not reported"
        );
        let w = page_warnings(&[page(PLAIN, 1), empty.clone()]);
        assert_eq!(w.len(), 1);
        assert!(w[0].starts_with("page 2: no text"), "{w:?}");
        assert!(
            page_warnings(&[empty]).is_empty(),
            "a document with no text at all is an error instead"
        );
    }

    #[test]
    fn lines_drawn_over_lines_are_reported() {
        let mut p = page(PLAIN, 4);
        let shifted: Vec<Glyph> = page(PLAIN, 4)
            .glyphs
            .into_iter()
            .map(|g| Glyph {
                x0: g.x0 + 1.5,
                x1: g.x1 + 1.5,
                text: g.text.to_uppercase(),
                ..g
            })
            .collect();
        p.glyphs.extend(shifted);
        let w = page_warnings(&[p]);
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(w[0].contains("drawn over others"), "{w:?}");
    }

    #[test]
    fn lone_symbol_bullets_are_fine() {
        let bullets = format!("\u{f0b7} {PLAIN} \u{f0b7} {PLAIN}");
        assert!(page_warnings(&[page(&bullets, 1)]).is_empty());
    }
}
