//! Text patterns the segmenter recognises in blocks and cells: numbered
//! recommendation headings, first sentences, text carried on from a page
//! before.

use std::sync::LazyLock;

use regex::Regex;

use super::vocabulary::same_word;
use super::Parent;
use crate::model::Block;

/// "Recommendation 1 - Title", "Recommendation 9a: Title", "LGA
/// Recommendation 3. Title", "R4 – Title".
/// The word is checked against the vocabulary's spelling ("Recomendation 4"
/// is recommendation 4; "Record 4" is not).
static RECOMMENDATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:(?:lga|peer(?: team)?(?: challenge)?|key)\s+)?(rec[a-z]*\.?|r)\s*(?:no\.?\s*)?(\d{1,3}[a-z]?(?:\.\d{1,2})?)\b\s*[-–—:.)]?\s*(.*)$",
    )
    .expect("valid regex")
});

/// A block that opens a numbered recommendation: its id and title.
pub fn recommendation_heading(block: &Block) -> Option<Parent> {
    let text = match block {
        Block::Heading { text, .. } => text,
        Block::Paragraph { text, .. } if text.chars().count() <= 400 => text,
        _ => return None,
    };
    parse_recommendation(text)
}

/// Parses "Recommendation N - Title" into a parent; None for other text.
pub fn parse_recommendation(text: &str) -> Option<Parent> {
    let c = RECOMMENDATION.captures(text)?;
    let word = c[1].trim_end_matches('.').to_lowercase();
    let r_then_digit = word == "r" && text[c.get(1)?.end()..].starts_with(|ch: char| ch.is_ascii_digit());
    if !(word == "rec" || r_then_digit || same_word(&word, "recommendation")) {
        return None;
    }
    let id = c.get(2)?.as_str().to_string();
    let rest = c.get(3).map(|m| m.as_str().trim()).unwrap_or("");
    Some(Parent {
        id: Some(id),
        title: (!rest.is_empty()).then(|| first_sentence(rest)),
        text: (!rest.is_empty()).then(|| rest.to_string()),
    })
}

/// The first sentence of a text (the whole text if it has one sentence).
pub fn first_sentence(text: &str) -> String {
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, ch)) in bytes.iter().enumerate() {
        if matches!(ch, '.' | '?' | '!') {
            let next = bytes.get(k + 1).map(|&(_, c)| c);
            let after = bytes.get(k + 2).map(|&(_, c)| c);
            if next.is_none_or(char::is_whitespace) && after.is_none_or(|c| c.is_uppercase()) {
                let s = text[..=i].trim();
                if s.chars().count() >= 12 {
                    return s.to_string();
                }
            }
        }
    }
    text.trim().to_string()
}

/// True for text that continues a cell cut by a page break rather than
/// starting a new one: it opens with a lower-case letter.
pub fn is_continuation(text: &str) -> bool {
    text.trim_start().chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recommendation_headings_in_their_printed_forms() {
        let cases = [
            (
                "Recommendation 1 - Establish a long-term vision for the Borough",
                "1",
                "Establish a long-term vision for the Borough",
            ),
            ("Recommendation 1: Strategic Vision", "1", "Strategic Vision"),
            ("Recommendation 9a. Workforce", "9a", "Workforce"),
            ("LGA Recommendation 3 – Governance", "3", "Governance"),
            (
                "Recomendation 4: Tell the council’s story",
                "4",
                "Tell the council’s story",
            ),
            ("R4 – Workforce", "4", "Workforce"),
            ("Peer team recommendation 2: Finance", "2", "Finance"),
        ];
        for (text, id, title) in cases {
            let p = parse_recommendation(text).expect(text);
            assert_eq!(p.id.as_deref(), Some(id), "{text}");
            assert_eq!(p.title.as_deref(), Some(title), "{text}");
        }
        assert!(parse_recommendation("Recommendations and actions").is_none());
        assert!(parse_recommendation("The recommendation was accepted").is_none());
        assert!(parse_recommendation("Record 4: the figures").is_none());
        assert!(parse_recommendation("Recruitment 12 posts").is_none());
    }

    #[test]
    fn first_sentence_stops_at_a_full_stop() {
        assert_eq!(
            first_sentence("Work of this nature is under constant review. The calendar"),
            "Work of this nature is under constant review."
        );
        assert_eq!(first_sentence("e.g. a thing"), "e.g. a thing");
    }
}
