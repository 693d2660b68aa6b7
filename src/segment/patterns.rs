//! Text patterns the segmenter recognises in blocks and cells: numbered
//! recommendation headings, "Lead Officer:" lines, labelled fields.

use std::sync::LazyLock;

use regex::Regex;

use super::Parent;
use crate::model::Block;

/// "Recommendation 1 - Title", "Recommendation 9a: Title", "LGA
/// Recommendation 3. Title", "R4 – Title".
static RECOMMENDATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:(?:lga|peer(?: challenge)?|key)\s+)?(?:recommendation|rec\.?)\s*(?:no\.?\s*)?(\d{1,3}[a-z]?(?:\.\d{1,2})?)\b\s*[-–—:.)]?\s*(.*)$",
    )
    .expect("valid regex")
});

/// "Lead Officer: X", "Lead: X", "Responsible Officer – X", "SRO: X".
static LEAD_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:lead(?:\s+(?:officer|member|director))?s?|responsible\s+officer|senior\s+responsible\s+officer|sro|owner|accountable\s+officer|elt\s+lead)\s*[:–-]\s*(.+)$",
    )
    .expect("valid regex")
});

/// "By: X", "Deadline: X", "Timescale: X", "Target date: X".
static DEADLINE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:by|by when|deadline|timescales?|target(?:\s+date)?|due(?:\s+date)?|completion date|when)\s*[:–-]\s*(.+)$")
        .expect("valid regex")
});

/// "Action 2.1: X", "Action 3 – X", "2.1 X" at the start of a paragraph.
static ACTION_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:action\s+(\d{1,3}(?:\.\d{1,3})*[a-z]?)\s*[:.–-]?|(\d{1,3}\.\d{1,3}[a-z]?)[:.)]?)\s+(.+)$")
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
    let id = c.get(1)?.as_str().to_string();
    let rest = c.get(2).map(|m| m.as_str().trim()).unwrap_or("");
    Some(Parent {
        id: Some(id),
        title: (!rest.is_empty()).then(|| first_sentence(rest)),
        text: (!rest.is_empty()).then(|| rest.to_string()),
    })
}

/// The lead named by a "Lead Officer: X" paragraph.
pub fn lead_line(block: &Block) -> Option<String> {
    match block {
        Block::Paragraph { text, .. } | Block::Heading { text, .. } => lead_in_text(text),
        _ => None,
    }
}

/// The lead named by a "Lead Officer: X" line of text.
pub fn lead_in_text(text: &str) -> Option<String> {
    if text.chars().count() > 200 {
        return None;
    }
    LEAD_LINE
        .captures(text)
        .map(|c| c[1].trim().to_string())
        .filter(|s| !s.is_empty())
}

/// The deadline named by a "By: X" / "Deadline: X" line of text.
pub fn deadline_in_text(text: &str) -> Option<String> {
    if text.chars().count() > 200 {
        return None;
    }
    DEADLINE_LINE
        .captures(text)
        .map(|c| c[1].trim().to_string())
        .filter(|s| !s.is_empty())
}

/// An action number and the rest, for "Action 2.1: X" / "2.1 X".
pub fn action_prefix(text: &str) -> Option<(String, String)> {
    let c = ACTION_PREFIX.captures(text)?;
    let id = c.get(1).or_else(|| c.get(2))?.as_str().to_string();
    Some((id, c[3].trim().to_string()))
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
        ];
        for (text, id, title) in cases {
            let p = parse_recommendation(text).expect(text);
            assert_eq!(p.id.as_deref(), Some(id), "{text}");
            assert_eq!(p.title.as_deref(), Some(title), "{text}");
        }
        assert!(parse_recommendation("Recommendations and actions").is_none());
        assert!(parse_recommendation("The recommendation was accepted").is_none());
    }

    #[test]
    fn lead_and_deadline_lines() {
        assert_eq!(
            lead_in_text("Lead Officer: Chief Executive").as_deref(),
            Some("Chief Executive")
        );
        assert_eq!(
            lead_in_text("Lead: Director of Finance").as_deref(),
            Some("Director of Finance")
        );
        assert_eq!(lead_in_text("Leadership matters: a lot"), None);
        assert_eq!(deadline_in_text("By: March 2024").as_deref(), Some("March 2024"));
        assert_eq!(
            deadline_in_text("Timescale – Q4 2023/24").as_deref(),
            Some("Q4 2023/24")
        );
    }

    #[test]
    fn action_prefixes() {
        assert_eq!(action_prefix("Action 6.1: Do it"), Some(("6.1".into(), "Do it".into())));
        assert_eq!(
            action_prefix("2.3 The Council will"),
            Some(("2.3".into(), "The Council will".into()))
        );
        assert_eq!(action_prefix("2024 was a year"), None);
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
