//! Superscripts in HTML, and in HTML fragments in converted text, as a
//! reader of the page sees them: an ordinal's suffix joins its number
//! ("15<sup>th</sup> May 2019" is "15th May 2019", a day the deadline
//! normaliser reads), and a footnote reference (a superscript number,
//! asterisk or dagger after a word: "approval<sup>27</sup>.") is dropped,
//! with the space before the punctuation after it, so it does not stay in
//! the action's text as "approval 27 .".

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

/// A number followed by a superscript ordinal suffix.
static ORDINAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(\d)\s*<sup\b[^>]*>\s*(st|nd|rd|th)\s*</sup\s*>").expect("valid regex"));

/// A superscript that holds only a footnote mark (up to three digits, or a
/// short list of them, or an asterisk or dagger) after a word of three
/// letters or more or after punctuation: "m<sup>2</sup>" (a unit) stays.
static FOOTNOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)(\p{L}{3}|[.,;:)\]"'’])\s*<sup\b[^>]*>\s*(?:<a\b[^>]*>\s*)?(?:\[?\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]?|[*†‡])\s*(?:</a\s*>\s*)?</sup\s*>(?:\s*([.,;:]))?"#,
    )
    .expect("valid regex")
});

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
        // Real superscript content stays: a unit, a word.
        assert_eq!(superscripts("40 m<sup>2</sup>"), "40 m<sup>2</sup>");
        assert_eq!(superscripts("E = mc<sup>two</sup>"), "E = mc<sup>two</sup>");
        assert_eq!(superscripts("no markup"), "no markup");
    }
}
