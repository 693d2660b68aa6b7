//! Text patterns the segmenter recognises in blocks and cells: numbered
//! recommendation headings, first sentences, text carried on from a page
//! before.

use std::sync::LazyLock;

use regex::Regex;

use super::vocabulary::{same_word, NUMBERED_PARENTS};
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

/// A recommendation's number run into its title's capital: "Recommendation
/// 1Put …" (the word and number, as group 1).
static GLUED_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^((?i:\s*rec[a-z]*\.?\s*\d{1,3}))[A-Z][a-z]").expect("valid regex"));

/// A block that opens a numbered parent: its id and title. A paragraph
/// opens one where it reads "Recommendation N ...", or where it is a short
/// title that numbers a theme or priority (a heading the reader could not
/// tell from its size).
pub fn recommendation_heading(block: &Block) -> Option<Parent> {
    match block {
        Block::Heading { text, .. } => parse_parent_heading(text),
        Block::Paragraph { text, .. } if is_title_like(text) => parse_parent_heading(text),
        Block::Paragraph { text, .. } if text.chars().count() <= 400 => parse_recommendation(text),
        _ => None,
    }
}

/// True for a line set like a title: short, not ending a sentence.
pub fn is_title_like(text: &str) -> bool {
    let t = text.trim();
    t.chars().count() <= 80 && !t.ends_with(['.', ';', ',', ':'])
}

/// Parses "Recommendation N - Title" into a parent; None for other text.
pub fn parse_recommendation(text: &str) -> Option<Parent> {
    // Rules and banners drawn with characters ("==== RECOMMENDATION 1 ====").
    let decoration = |c: char| matches!(c, '=' | '*' | '#' | '_' | '~' | '-' | '–' | '—') || c.is_whitespace();
    let text = text.trim_start_matches(decoration).trim_end_matches(decoration);
    // "Recommendation 1Put the finances…": a PDF's text that lost the space
    // after the number.
    let spaced;
    let text = match GLUED_TITLE.captures(text) {
        Some(g) if !RECOMMENDATION.is_match(text) => {
            spaced = format!("{} {}", &g[1], &text[g[1].len()..]);
            spaced.as_str()
        }
        _ => text,
    };
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

/// "Theme 1: Building safety", "Priority 2 – Finance": a heading that
/// numbers a parent of another name ([`NUMBERED_PARENTS`]).
static NUMBERED_PARENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*([a-z]+)\s+(\d{1,2}[a-z]?|[a-z]\b)\s*(?:[-–—:.)]\s*(.*))?$").expect("valid regex")
});

/// Parses a heading that opens a parent: a recommendation, or a theme,
/// priority or objective with its number.
pub fn parse_parent_heading(text: &str) -> Option<Parent> {
    parse_recommendation(text).or_else(|| {
        let c = NUMBERED_PARENT.captures(text.trim())?;
        let word = c[1].to_lowercase();
        if !NUMBERED_PARENTS.iter().any(|w| same_word(&word, w)) {
            return None;
        }
        let rest = c.get(3).map(|m| m.as_str().trim()).unwrap_or("");
        Some(Parent {
            id: Some(c[2].to_string()),
            title: (!rest.is_empty()).then(|| first_sentence(rest)),
            text: (!rest.is_empty()).then(|| rest.to_string()),
        })
    })
}

/// "Objective: Tackling anti-social behaviour": a parent of another name
/// ([`NUMBERED_PARENTS`]) named by a label and a colon, with no number. A
/// parent only where a row holds nothing else (a group row of a table); as
/// running text the same words may be an action's own field.
pub fn labelled_parent(text: &str) -> Option<Parent> {
    let (word, rest) = text.trim().split_once(':')?;
    let word = word.trim().to_lowercase();
    let rest = rest.trim();
    let named = NUMBERED_PARENTS.iter().any(|w| same_word(&word, w));
    (named && !rest.is_empty() && rest.split_whitespace().count() <= 15).then(|| Parent {
        id: None,
        title: Some(first_sentence(rest)),
        text: Some(rest.to_string()),
    })
}

/// A list number opening a text ("4.", "12)", up to `max_digits` digits):
/// the number and what follows its punctuation, as written.
pub fn split_list_number(text: &str, max_digits: usize) -> Option<(&str, &str)> {
    let t = text.trim_start();
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if !(1..=max_digits).contains(&digits) {
        return None;
    }
    let rest = t[digits..].strip_prefix(['.', ')'])?;
    Some((&t[..digits], rest))
}

/// "4. Strengthen planning performance": a heading numbered as a list
/// item, its number and its words.
pub fn numbered_heading(text: &str) -> Option<Parent> {
    let (id, rest) = split_list_number(text.trim(), 2)?;
    let rest = rest.trim_start();
    if !rest.starts_with(char::is_alphabetic) {
        return None;
    }
    Some(Parent {
        id: Some(id.to_string()),
        title: Some(rest.to_string()),
        text: Some(rest.to_string()),
    })
}

/// "1 Build a shared leadership culture", "2Set out a plan" (a PDF that
/// lost the space): a heading numbered as an outline's first level prints
/// it, with no punctuation after the number. Its number and its words. A
/// parent only of the actions whose numbers nest under it ("1.2", "1.3"),
/// as "3 Year Plan" reads the same way.
pub fn outline_heading(text: &str) -> Option<Parent> {
    let t = text.trim();
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let rest = t[digits..].trim_start();
    let mut chars = rest.chars();
    let opens_word = chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase);
    (opens_word && rest.split_whitespace().count() >= 2).then(|| Parent {
        id: Some(t[..digits].to_string()),
        title: Some(rest.to_string()),
        text: Some(rest.to_string()),
    })
}

/// True where an action's number nests under a parent's: "1.2" under "1",
/// "12.3a" under "12"; "11.2" is not under "1".
pub fn nests_under(action_id: &str, parent_id: &str) -> bool {
    action_id
        .strip_prefix(parent_id)
        .and_then(|rest| rest.strip_prefix('.'))
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// A text that runs a numbered list into itself ("... emergencies. 1.Buy
/// ... 2.Work ... 3.Report ..."): the text before the list and each item
/// without its number. The numbers must count up from 1, each after the end
/// of a sentence (or a colon) and before a capital letter; `min` items at
/// least. None where there is no such list.
pub fn inline_items(text: &str, min: usize) -> Option<(String, Vec<String>)> {
    let mut cuts: Vec<(usize, usize)> = Vec::new(); // item start, text start
    let mut expected = 1u32;
    for (i, _) in text.char_indices() {
        let want = expected.to_string();
        let rest = &text[i..];
        let Some(after) = rest.strip_prefix(want.as_str()) else {
            continue;
        };
        let Some(after) = after.strip_prefix(['.', ')']) else {
            continue;
        };
        let body = after.trim_start();
        let before = text[..i].trim_end();
        let sentence_end = before.ends_with(['.', '!', '?', ':', ';']) && before.len() < i;
        if sentence_end && body.starts_with(char::is_uppercase) {
            cuts.push((i, text.len() - body.len()));
            expected += 1;
        }
    }
    if cuts.len() < min.max(1) {
        return None;
    }
    let head = text[..cuts[0].0].trim().to_string();
    let items = cuts
        .iter()
        .enumerate()
        .map(|(k, &(_, from))| {
            let to = cuts.get(k + 1).map_or(text.len(), |n| n.0);
            text[from..to].trim().to_string()
        })
        .collect();
    Some((head, items))
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
    #[test]
    fn a_parent_named_by_its_label() {
        let cases = [
            ("Objective: Tackling anti-social behaviour", Some("Tackling anti-social behaviour")),
            ("Priority: A thriving local economy", Some("A thriving local economy")),
            ("Theme : Housing", Some("Housing")),
            // Not a parent's name: a field label, an empty name, prose.
            ("Status: On track", None),
            ("Objective:", None),
            ("Lead: Head of Housing", None),
            ("Objective: to make sure that every resident who calls the council gets an answer on the same working day and that calls are logged", None),
        ];
        for (text, want) in cases {
            assert_eq!(labelled_parent(text).and_then(|p| p.title).as_deref(), want, "{text:?}");
        }
    }

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
            // The space after the number lost by a PDF's text layer.
            (
                "Recommendation 1Put the finances on a sustainable footing",
                "1",
                "Put the finances on a sustainable footing",
            ),
            (
                "==== RECOMMENDATION 2 - IMPROVE THE BUDGET ====",
                "2",
                "IMPROVE THE BUDGET",
            ),
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
        assert!(parse_recommendation("Recruitment 12Posts").is_none());
    }

    #[test]
    fn headings_numbered_by_an_outline() {
        let cases = [
            (
                "1 Build a shared leadership culture",
                Some(("1", "Build a shared leadership culture")),
            ),
            ("2Set out a medium-term plan", Some(("2", "Set out a medium-term plan"))),
            ("12 Improve scrutiny", Some(("12", "Improve scrutiny"))),
            ("4. Strengthen planning", None),
            ("2024 Budget", None),
            ("1.2 Hold away days", None),
            ("3 homes were built", None),
            ("10 CEO", None),
            ("Purpose", None),
        ];
        for (text, want) in cases {
            let got = outline_heading(text);
            assert_eq!(
                got.as_ref()
                    .map(|p| (p.id.as_deref().unwrap_or(""), p.title.as_deref().unwrap_or(""))),
                want,
                "{text:?}"
            );
        }
        assert!(nests_under("1.2", "1"));
        assert!(nests_under("12.3a", "12"));
        assert!(!nests_under("11.2", "1"));
        assert!(!nests_under("1", "1"));
        assert!(!nests_under("2.1", "1"));
    }

    #[test]
    fn headings_that_number_a_parent_of_another_name() {
        let cases = [
            (
                "Theme 1: Building and fire safety",
                Some(("1", Some("Building and fire safety"))),
            ),
            ("Priority 2 – Finance", Some(("2", Some("Finance")))),
            ("Objective 3", Some(("3", None))),
            ("Theme A – Governance", Some(("A", Some("Governance")))),
            ("Recommendation 4: Workforce", Some(("4", Some("Workforce")))),
            ("Section 3: Financial implications", None),
            ("Priority 1 actions are due first", None),
            ("Appendix 2", None),
        ];
        for (text, want) in cases {
            let got = parse_parent_heading(text);
            let got = got
                .as_ref()
                .map(|p| (p.id.as_deref().unwrap_or(""), p.title.as_deref()));
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn lists_run_into_a_text() {
        let (head, items) = inline_items(
            "Reduce B&B use. 1.Buy 30 homes. 2. Convert two schemes. 3.Report monthly.",
            2,
        )
        .unwrap();
        assert_eq!(head, "Reduce B&B use.");
        assert_eq!(items, ["Buy 30 homes.", "Convert two schemes.", "Report monthly."]);
        // Numbers inside sentences are not a list.
        assert!(inline_items("Rose from 64 in 2022 to 171. 2 more were added.", 1).is_none());
        assert!(inline_items("See section 1. Then 3.1 applies.", 1).is_none());
        // One item is a list only where the caller says it may be.
        assert!(inline_items("Reduce B&B use. 1. Buy 30 homes.", 2).is_none());
        assert!(inline_items("Reduce B&B use. 1. Buy 30 homes.", 1).is_some());
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
