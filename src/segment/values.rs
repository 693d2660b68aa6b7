//! The shapes values take, whatever field they stand in: an action's
//! printed number, prose against a figure, a RAG word or a status word.
//! Segmentation checks these to decide what a column or block holds, not
//! only what it is called.

use std::sync::LazyLock;

use regex::Regex;

use crate::normalise::status::{rag_from_text, status_from_text};

/// An action's number at the start of its text: "2.1 Develop...", "6.4.
/// Review...", "Action 4.2: Agree...", "Action 3 – Hold...", "1a) Set...",
/// after a list's own label where a list numbers them again ("1. 3.1 ...").
static ACTION_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:(?:action|act\.?)\s*(?:no\.?\s*)?(\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?)\b\s*[:.)–—-]?|(?:\(?[0-9a-z]{1,3}[.)]\s+)?(\d{1,3}(?:\.\d{1,3}){1,2}[a-z]?)(?:[.:)]|\s)|(\d{1,2}[a-z])\))\s*",
    )
    .expect("valid regex")
});

/// An action's printed number and the text after it, where the text opens
/// with one; the text is left whole otherwise. Only shapes that are numbers
/// of actions count: "2.1", "Action 4", "1a)" - not "3 new homes" or "2024".
pub fn split_action_number(text: &str) -> Option<(String, String)> {
    let Some(c) = ACTION_NUMBER.captures(text) else {
        return glued_number(text);
    };
    let id = c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3))?.as_str().to_string();
    let rest = text[c.get(0)?.end()..].trim().to_string();
    Some((id, rest))
}

/// A dotted number set hard against a capital ("3.1Not rated", where a
/// converter dropped the space between a reference and a badge).
fn glued_number(text: &str) -> Option<(String, String)> {
    let t = text.trim_start();
    let end = t.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
    let (id, rest) = t.split_at(end);
    (is_dotted_id(id) && !id.ends_with('.') && rest.starts_with(|c: char| c.is_uppercase()))
        .then(|| (id.to_string(), rest.trim().to_string()))
}

/// "Action 1.2", "Action 3:" standing alone (a line or heading that opens
/// an action whose fields follow): the number.
pub fn action_marker(text: &str) -> Option<String> {
    let (id, rest) = split_action_number(text)?;
    let explicit = text.trim_start().to_lowercase().starts_with("act");
    (explicit && rest.is_empty()).then_some(id)
}

/// A cell's text as an id: short, with a digit, nothing but letters, digits
/// and dots ("9a", "2.1", "R3").
pub fn as_id(text: &str) -> Option<String> {
    let t = text.trim().trim_end_matches(['.', ':', ')']);
    let numbered = !t.is_empty()
        && t.chars().count() <= 8
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-')
        && !t.starts_with('-')
        && !t.ends_with('-');
    if numbered {
        return Some(t.to_string());
    }
    // A letter or a small roman numeral standing alone in a number cell:
    // "a)", "(b)", "iv." number actions under their parent.
    let bare = t.trim_start_matches('(');
    let lettered = bare.chars().count() == 1 && bare.chars().all(|c| c.is_ascii_alphabetic());
    let roman = matches!(
        bare,
        "i" | "ii" | "iii" | "iv" | "v" | "vi" | "vii" | "viii" | "ix" | "x"
    );
    (lettered || roman).then(|| text.trim().to_string())
}

/// True for a coded id ("B1", "T12", "HS3a"): letters naming a group, then
/// the action's number within it. "R4" is a recommendation's own form.
pub fn is_coded_id(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', ':', ')']);
    let letters: String = t.chars().take_while(char::is_ascii_uppercase).collect();
    // "FIN-01", "HS 3": a separator between the group and the number.
    let rest = t[letters.len()..].trim_start_matches(['-', ' ', '/']);
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let tail = &rest[digits..];
    (1..=3).contains(&letters.len())
        && (1..=3).contains(&digits)
        && (tail.is_empty() || (tail.len() == 1 && tail.chars().all(|c| c.is_ascii_lowercase())))
        && !matches!(letters.as_str(), "R" | "REC")
}

/// True for an id with two or more levels ("2.1", "13.4a"): the number of
/// an action under its recommendation.
pub fn is_dotted_id(text: &str) -> bool {
    as_id(text).is_some_and(|id| {
        let parts: Vec<&str> = id.split('.').collect();
        parts.len() >= 2
            && parts
                .iter()
                .all(|p| p.chars().next().is_some_and(|c| c.is_ascii_digit()))
    })
}

/// True where a text holds a real word (three letters or more): a cell of
/// stray glyphs from a page break is not an action.
pub fn has_word(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic()).any(|w| w.chars().count() >= 3)
}

/// True for prose: four words or more, most of them words rather than
/// figures. An action is written as prose; a count or a date is not.
pub fn is_prose(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let wordy = words
        .iter()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count();
    words.len() >= 4 && wordy * 2 > words.len()
}

/// True where a short text is a RAG rating ("Amber", "R", "Amber/Green").
pub fn is_rag_value(text: &str) -> bool {
    let t = text.trim();
    t.split_whitespace().count() <= 3 && (rag_from_text(t).is_some() || is_two_colour_rating(t) || is_blue(t))
}

/// A rating of two colours ("Amber/Green", "Red-Amber"): `rag` is left null
/// and the rating kept in a warning, as `vocabulary.md` says.
pub fn is_two_colour_rating(text: &str) -> bool {
    let colours: Vec<String> = text
        .to_lowercase()
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    colours.len() == 2 && colours.iter().all(|w| matches!(w.as_str(), "red" | "amber" | "green"))
}

/// BRAG's blue: the action is complete.
pub fn is_blue(text: &str) -> bool {
    matches!(text.trim().to_lowercase().as_str(), "blue" | "b")
}

/// Words that name a post, a person's office or a body: what an owner is
/// written with.
const OWNER_WORDS: &[&str] = &[
    "director",
    "head",
    "chief",
    "officer",
    "manager",
    "executive",
    "leader",
    "lead",
    "team",
    "board",
    "group",
    "committee",
    "cllr",
    "councillor",
    "portfolio",
    "member",
    "cabinet",
    "mayor",
    "s151",
    "secretary",
    "clerk",
    "coordinator",
    "partnership",
    "service",
    "services",
    "directorate",
    "controller",
    "adviser",
    "advisor",
];

/// True for a short text that names an owner: a post ("Head of Finance"),
/// a body ("CLT"), a councillor, or abbreviations ("AD-PPC").
pub fn looks_like_owner(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > 12 || !text.trim_start().starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    words.iter().any(|w| {
        let bare: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
        let lower = bare.to_lowercase();
        OWNER_WORDS.contains(&lower.as_str())
            || (bare.len() >= 2 && bare.len() <= 6 && bare.chars().filter(|c| c.is_uppercase()).count() >= 2)
    })
}

/// True where a text is a sum of money ("£910,000", "£1.2m", "(£35k)",
/// "-£4,500", "€20,000"): a budget's figure, never a date, however a
/// column holding it is headed ("Spend to date").
pub fn is_money(text: &str) -> bool {
    let t = text
        .trim()
        .trim_start_matches(['(', '-', '\u{2212}', '+'])
        .trim_end_matches([')', '.']);
    let Some(rest) = t.strip_prefix(['£', '$', '€']) else {
        return false;
    };
    let rest = rest.trim_start();
    let figures = rest.trim_end_matches(|c: char| c.is_alphabetic()).trim_end();
    let unit = rest[figures.len()..].trim().to_lowercase();
    figures.starts_with(|c: char| c.is_ascii_digit())
        && figures.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && matches!(unit.as_str(), "" | "k" | "m" | "bn" | "million" | "billion")
}

/// True where a short text is a status ("Complete", "On track", "Delayed").
pub fn is_status_value(text: &str) -> bool {
    text.split_whitespace().count() <= 5 && status_from_text(text).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_numbers_in_their_printed_forms() {
        let cases = [
            ("1.1 Develop a vision", Some(("1.1", "Develop a vision"))),
            ("6.4. Review hybrid working", Some(("6.4", "Review hybrid working"))),
            ("Action 4.2: Agree the plan", Some(("4.2", "Agree the plan"))),
            ("Action 3 – Hold a summit", Some(("3", "Hold a summit"))),
            ("13.4a Publish", Some(("13.4a", "Publish"))),
            ("1a) Set up a board", Some(("1a", "Set up a board"))),
            ("1. 3.1 Review the scheme", Some(("3.1", "Review the scheme"))),
            ("3.1Not rated", Some(("3.1", "Not rated"))),
            ("3 new homes will be built", None),
            ("2024 budget setting", None),
            ("Actions will follow", None),
        ];
        for (text, want) in cases {
            let got = split_action_number(text);
            assert_eq!(got.as_ref().map(|(a, b)| (a.as_str(), b.as_str())), want, "{text:?}");
        }
        assert_eq!(action_marker("Action 1.2").as_deref(), Some("1.2"));
        assert_eq!(action_marker("Action 7:").as_deref(), Some("7"));
        assert_eq!(action_marker("1.2 Develop"), None);
    }

    #[test]
    fn ids_in_a_number_cell() {
        let cases = [
            ("3", Some("3")),
            ("2.1", Some("2.1")),
            ("B1", Some("B1")),
            ("FIN-01", Some("FIN-01")),
            ("-", None),
            ("a)", Some("a)")),
            ("(b)", Some("(b)")),
            ("iv.", Some("iv.")),
            ("", None),
            ("Note", None),
            ("N/A", None),
        ];
        for (text, want) in cases {
            assert_eq!(as_id(text).as_deref(), want, "{text:?}");
        }
    }

    #[test]
    fn shapes_of_values() {
        assert!(is_prose("Develop a delivery plan for each priority"));
        assert!(!is_prose("15"));
        assert!(!is_prose("Q4 2024/25"));
        assert!(is_dotted_id("2.1"));
        assert!(!is_dotted_id("2"));
        assert!(is_coded_id("B1"));
        assert!(is_coded_id("HS12a"));
        assert!(is_coded_id("FIN-01"));
        assert!(!is_coded_id("R4"));
        assert!(!is_coded_id("2.1"));
        assert!(is_rag_value("Amber"));
        assert!(is_rag_value("Amber/Green"));
        assert!(is_two_colour_rating("Amber/Green"));
        assert!(!is_two_colour_rating("Amber"));
        assert!(is_status_value("On track"));
        for money in [
            "£910,000",
            "£1.2m",
            "(£35k)",
            "-£4,500",
            "€20,000",
            "£ 2.5 million",
            "$300",
        ] {
            assert!(is_money(money), "{money:?}");
        }
        for not_money in [
            "31/03/2026",
            "Q4 2025/26",
            "£",
            "Save £2m by 2026",
            "2,000 homes",
            "March 2026",
        ] {
            assert!(!is_money(not_money), "{not_money:?}");
        }
        assert!(!is_status_value("The board has met"));
    }
}
