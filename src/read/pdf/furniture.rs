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
    Regex::new(r"(?i)^\s*(page\s*)?[-–(]?\s*\d{1,4}\s*[-–)]?\s*((of|/)\s*\d{1,4})?\s*$").expect("valid regex")
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

/// Removes furniture lines from every page.
pub fn remove(pages: &mut [(u32, f64, Vec<PageItem>)]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (_, height, items) in pages.iter() {
        let mut here: Vec<String> = items
            .iter()
            .filter_map(|i| match i {
                PageItem::Line(l) if in_band(l.top, *height) => Some(mask(&l.text())),
                _ => None,
            })
            .collect();
        here.sort();
        here.dedup();
        for t in here {
            *seen.entry(t).or_default() += 1;
        }
    }
    let repeats = if pages.len() >= 3 { 3.max(pages.len() / 3) } else { 2 };
    for (_, height, items) in pages.iter_mut() {
        items.retain(|i| match i {
            PageItem::Line(l) if in_band(l.top, *height) => {
                let text = l.text();
                let recurring = seen.get(&mask(&text)).copied().unwrap_or(0) >= repeats;
                !(recurring || PAGE_NUMBER.is_match(&text))
            }
            _ => true,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_in_their_forms() {
        for t in ["3", "Page 3 of 18", "page 12", "- 4 -", "(5)", "7 / 20"] {
            assert!(PAGE_NUMBER.is_match(t), "{t}");
        }
        for t in ["Recommendation 3", "2024", "3. Action"] {
            // A bare year is a number too: it is only dropped in the margin band.
            assert_eq!(PAGE_NUMBER.is_match(t), t == "2024", "{t}");
        }
    }
}
