//! Superscripts in HTML, and in HTML fragments in converted text, as a
//! reader of the page sees them: an ordinal's suffix joins its number
//! ("15<sup>th</sup> May 2019" is "15th May 2019", a day the deadline
//! normaliser reads), and a footnote reference (a superscript number,
//! asterisk or dagger after a word: "approval<sup>27</sup>.") is dropped,
//! with the space before the punctuation after it, so it does not stay in
//! the action's text as "approval 27 .".
//!
//! [`is_footnote_mark`] is the same rule for readers that see a superscript
//! as a run of text set raised (Word, OpenDocument, PDF): a mark after a
//! word, a year or punctuation is dropped, so "March 2025¹" stays a date.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

/// A number followed by a superscript ordinal suffix.
static ORDINAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(\d)\s*<sup\b[^>]*>\s*(st|nd|rd|th)\s*</sup\s*>").expect("valid regex"));

/// What a footnote mark set as a superscript holds: up to three digits, or
/// a short list of them, or an asterisk or dagger.
const MARK: &str = r"(?:\[?\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]?|[*†‡])";

/// What a footnote mark follows: a word of three letters or more, a year
/// ("March 2025¹": the mark is no part of the date) or punctuation. "m²"
/// (a unit after a one-letter word) and "10⁶" (a power) are not marks.
const BEFORE: &str = r#"(?:\p{L}{3}|\b(?:1[89]|20)\d{2}|[.,;:)\]"'’])"#;

/// A superscript that holds only a footnote mark after a word, a year or
/// punctuation, in HTML.
static FOOTNOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)({BEFORE})\s*<sup\b[^>]*>\s*(?:<a\b[^>]*>\s*)?{MARK}\s*(?:</a\s*>\s*)?</sup\s*>(?:\s*([.,;:]))?"
    ))
    .expect("valid regex")
});

/// A superscript's whole text is a footnote mark.
static MARK_ONLY: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"^\s*{MARK}\s*$")).expect("valid regex"));

/// Text that ends where a footnote mark may follow.
static ENDS_BEFORE_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{BEFORE}\s*$")).expect("valid regex"));

/// True where `mark`, set as a superscript (Word's `w:vertAlign`, an ODT
/// `text-position` super, a PDF glyph raised and smaller than its line)
/// right after `before`, is a footnote mark a reader skips: the one rule
/// every reader applies, as [`superscripts`] applies it to HTML.
/// "Cabinet" then "2", "March 2025" then "1": a mark; "15" then "th", "m"
/// then "2": not.
pub fn is_footnote_mark(before: &str, mark: &str) -> bool {
    MARK_ONLY.is_match(mark) && ENDS_BEFORE_MARK.is_match(before)
}

/// The text with ordinal superscripts joined and footnote references
/// dropped; borrowed unchanged when it has no `<sup`.
pub fn superscripts(html: &str) -> Cow<'_, str> {
    if !html.contains("<sup") && !html.contains("<SUP") {
        return Cow::Borrowed(html);
    }
    let joined = ORDINAL.replace_all(html, "$1$2");
    // The mark goes, and so does the space a converter left between it
    // and the punctuation after it ("approval <sup>27</sup> ." is "approval.").
    Cow::Owned(FOOTNOTE.replace_all(&joined, "$1$2").into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_join_and_footnotes_go() {
        assert_eq!(superscripts("15 <sup>th</sup> May 2019"), "15th May 2019");
        assert_eq!(superscripts("28<sup>th</sup> February"), "28th February");
        assert_eq!(superscripts("approval <sup>27</sup> ."), "approval.");
        assert_eq!(superscripts("Freeport <sup>28</sup> , which"), "Freeport, which");
        assert_eq!(superscripts("Freeport<sup>2</sup> to"), "Freeport to");
        assert_eq!(superscripts("text<sup><a href=\"#f1\">1</a></sup>"), "text");
        assert_eq!(superscripts("(2024).<sup>3</sup>"), "(2024).");
        assert_eq!(superscripts("by March 2025<sup>1</sup>"), "by March 2025");
        assert_eq!(superscripts("by 10<sup>6</sup>"), "by 10<sup>6</sup>");
        // Real superscript content stays: a unit, a word.
        assert_eq!(superscripts("40 m<sup>2</sup>"), "40 m<sup>2</sup>");
        assert_eq!(superscripts("E = mc<sup>two</sup>"), "E = mc<sup>two</sup>");
        assert_eq!(superscripts("no markup"), "no markup");
    }

    #[test]
    fn one_rule_for_marks_in_every_reader() {
        assert!(is_footnote_mark("approved by Cabinet", "2"));
        assert!(is_footnote_mark("March 2025", "1"));
        assert!(is_footnote_mark("the plan.", "*"));
        assert!(is_footnote_mark("Cabinet", "1,2"));
        assert!(!is_footnote_mark("15", "th"));
        assert!(!is_footnote_mark("40 m", "2"));
        assert!(!is_footnote_mark("10", "6"));
        assert!(!is_footnote_mark("Cabinet", "1234"));
    }
}
