//! Page furniture: running headers and footers, page numbers.
//!
//! Recognised by position and repetition, never by wording: a line in the
//! top or bottom margin band whose text (digits masked) recurs on several
//! pages, or that is only a page number ("3", "Page 3 of 18", "- 3 -").

use std::collections::HashMap;

use regex::Regex;
use std::sync::LazyLock;

use super::page::PageItem;

/// Share of the page height, at the top and at the bottom, where furniture
/// lives.
const BAND: f64 = 0.1;

static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    // A bare number of four digits is more likely a year (a title's last
    // line) than a page; "Page 1024" still counts.
    Regex::new(r"(?i)^\s*(?:page\s*[-–(]?\s*\d{1,4}|[-–(]?\s*\d{1,3})\s*[-–)]?\s*((of|/)\s*\d{1,4})?\s*$")
        .expect("valid regex")
});

fn mask(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_digit() {
                '#'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

fn in_band(top: f64, height: f64) -> bool {
    top < height * BAND || top > height * (1.0 - BAND)
}

/// The digit runs of a text, as numbers.
fn numbers(text: &str) -> Vec<i64> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|r| !r.is_empty() && r.len() <= 6)
        .filter_map(|r| r.parse().ok())
        .collect()
}

/// Lines set larger than the body text by more than this share are
/// titles: a number in them that moves with the page counts slides or
/// sections ("Recommendation 1" atop page 4, "Recommendation 2" atop page
/// 5), it does not count pages.
const TITLE_SIZE: f64 = 1.15;

/// True where lines of one masked shape, seen on these pages, are a
/// running head or foot: the same text on each page, or a number in them
/// that moves with the page number ("Page 3", "Agenda item 9 | 14") unless
/// they are `titles` (set larger than the body text). Body lines that only
/// share a shape ("Action 1.2" atop one page, "Action 4.1" atop another)
/// are not.
fn recurs_as_furniture(seen: &[(u32, String)], titles: bool) -> bool {
    if seen.windows(2).all(|w| w[0].1 == w[1].1) {
        return true;
    }
    if titles {
        return false;
    }
    let runs: Vec<Vec<i64>> = seen.iter().map(|(_, t)| numbers(t)).collect();
    let width = runs.iter().map(Vec::len).min().unwrap_or(0);
    (0..width).any(|i| {
        let offsets: Vec<i64> = seen
            .iter()
            .zip(&runs)
            .map(|((page, _), r)| r[i] - i64::from(*page))
            .collect();
        offsets.windows(2).all(|w| w[0] == w[1])
    })
}

/// Removes furniture lines from every page.
pub fn remove(pages: &mut [(u32, f64, Vec<PageItem>)]) {
    let body = super::body_font_size(pages);
    let mut seen: HashMap<String, Vec<(u32, String)>> = HashMap::new();
    // Shapes seen set at body size (or smaller) somewhere: not all titles.
    let mut plain: std::collections::HashSet<String> = Default::default();
    for (number, height, items) in pages.iter() {
        let mut here: Vec<(String, String)> = items
            .iter()
            .filter_map(|i| match i {
                PageItem::Line(l) if in_band(l.top, *height) => {
                    let text = l.text();
                    if l.size <= body * TITLE_SIZE {
                        plain.insert(mask(&text));
                    }
                    Some((mask(&text), text))
                }
                _ => None,
            })
            .collect();
        here.sort();
        here.dedup_by(|a, b| a.0 == b.0);
        for (masked, text) in here {
            seen.entry(masked).or_default().push((*number, text));
        }
    }
    let repeats = if pages.len() >= 3 { 3.max(pages.len() / 3) } else { 2 };
    let furniture: std::collections::HashSet<String> = seen
        .into_iter()
        .filter(|(masked, occurrences)| {
            occurrences.len() >= repeats && recurs_as_furniture(occurrences, !plain.contains(masked))
        })
        .map(|(masked, _)| masked)
        .collect();
    for (_, height, items) in pages.iter_mut() {
        items.retain(|i| match i {
            PageItem::Line(l) if in_band(l.top, *height) => {
                let text = l.text();
                !(furniture.contains(&mask(&text)) || PAGE_NUMBER.is_match(&text))
            }
            _ => true,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_heads_recur_as_text_or_with_the_page_number() {
        let at = |v: &[(u32, &str)]| v.iter().map(|(p, t)| (*p, t.to_string())).collect::<Vec<_>>();
        // (occurrences, set larger than the body text, furniture)
        let cases = [
            (
                at(&[(2, "Cabinet – 18 July 2024"), (3, "Cabinet – 18 July 2024")]),
                false,
                true,
            ),
            (
                at(&[
                    (2, "Agenda item 9 | 14"),
                    (3, "Agenda item 9 | 15"),
                    (5, "Agenda item 9 | 17"),
                ]),
                false,
                true,
            ),
            // Body lines that share a shape only.
            (
                at(&[(2, "Action 1.2"), (3, "Action 2.2"), (6, "Action 4.3")]),
                false,
                false,
            ),
            // Slide titles whose number moves with the page: content.
            (
                at(&[
                    (4, "Recommendation 1"),
                    (5, "Recommendation 2"),
                    (6, "Recommendation 3"),
                ]),
                true,
                false,
            ),
            // The same text on every page is a running head at any size.
            (
                at(&[(2, "Annual Report"), (3, "Annual Report"), (4, "Annual Report")]),
                true,
                true,
            ),
        ];
        for (seen, titles, want) in cases {
            assert_eq!(recurs_as_furniture(&seen, titles), want, "{seen:?}");
        }
    }

    #[test]
    fn page_numbers_in_their_forms() {
        for t in ["3", "Page 3 of 18", "page 12", "- 4 -", "(5)", "7 / 20"] {
            assert!(PAGE_NUMBER.is_match(t), "{t}");
        }
        for t in ["Recommendation 3", "2024", "3. Action"] {
            assert!(!PAGE_NUMBER.is_match(t), "{t}");
        }
    }
}
