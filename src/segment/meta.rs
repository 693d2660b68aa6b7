//! Document metadata found in the text: council, title and date.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::model::{Block, Document};

/// What the document says about itself.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocMeta {
    /// Short council name ("Tower Hamlets").
    pub council: Option<String>,
    /// The document's title.
    pub title: Option<String>,
    /// The document's date: year, month and, where printed, day.
    pub date: Option<DocDate>,
}

/// A document date as precise as it is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocDate {
    /// First day of the period printed.
    pub first_day: NaiveDate,
    /// True where a day was printed, not just a month.
    pub has_day: bool,
}

impl DocDate {
    /// "YYYY-MM" or "YYYY-MM-DD", as the record carries it.
    pub fn iso(&self) -> String {
        if self.has_day {
            self.first_day.format("%Y-%m-%d").to_string()
        } else {
            self.first_day.format("%Y-%m").to_string()
        }
    }
}

/// London boroughs and other councils often named without "Council": the
/// names counted when no "X Council" form settles it.
const KNOWN_COUNCILS: &[&str] = &[
    "Barking and Dagenham",
    "Barnet",
    "Bexley",
    "Brent",
    "Bromley",
    "Camden",
    "Croydon",
    "Ealing",
    "Enfield",
    "Greenwich",
    "Hackney",
    "Hammersmith and Fulham",
    "Haringey",
    "Harrow",
    "Havering",
    "Hillingdon",
    "Hounslow",
    "Islington",
    "Kensington and Chelsea",
    "Kingston upon Thames",
    "Lambeth",
    "Lewisham",
    "Merton",
    "Newham",
    "Redbridge",
    "Richmond upon Thames",
    "Southwark",
    "Sutton",
    "Tower Hamlets",
    "Waltham Forest",
    "Wandsworth",
    "Westminster",
    "City of London",
    "Birmingham",
    "Bristol",
    "Leeds",
    "Liverpool",
    "Manchester",
    "Sheffield",
    "Nottingham",
    "Slough",
    "Thurrock",
    "Woking",
    "Croydon",
    "Northamptonshire",
    "Kent",
    "Essex",
    "Surrey",
];

static COUNCIL_FORMS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        r"(?:London|Royal) Borough of ([A-Z][\w'’]+(?:(?: upon| and| on)? [A-Z][\w'’]+){0,3})",
        r"\b([A-Z][\w'’]+(?: [A-Z][\w'’]+){0,2}?) (?:(?:Metropolitan Borough|Borough|County|City|District|Town|Parish) )?Council\b",
        r"\bCouncil of the City of ([A-Z][\w'’]+)",
    ]
    .iter()
    .map(|p| Regex::new(p).expect("valid regex"))
    .collect()
});

static MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(20\d\d|19\d\d)\b")
        .expect("valid regex")
});

static DMY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\s*$").expect("valid regex"));

/// Words that look like a council name in "X Council" but are not one.
const NOT_COUNCILS: &[&str] = &[
    "The", "This", "Our", "A", "Full", "Each", "Every", "Local", "County", "City", "Borough", "District", "Town",
];

/// Reads council, title and date from the document's text.
pub fn detect(doc: &Document) -> DocMeta {
    let title = doc
        .title
        .clone()
        .or_else(|| first_heading(doc))
        .filter(|t| !t.is_empty());
    DocMeta {
        council: council(doc, title.as_deref()),
        date: date(doc, title.as_deref()),
        title,
    }
}

/// The first heading, else the first short paragraph (a converted title).
fn first_heading(doc: &Document) -> Option<String> {
    let top = doc.blocks.iter().take(20);
    top.clone()
        .find_map(|b| match b {
            Block::Heading { text, .. } => Some(text.clone()),
            _ => None,
        })
        .or_else(|| {
            top.take(3).find_map(|b| match b {
                Block::Paragraph { text, .. } if text.chars().count() <= 150 => Some(text.clone()),
                _ => None,
            })
        })
}

/// The council named most often, preferring explicit "X Council" forms.
fn council(doc: &Document, title: Option<&str>) -> Option<String> {
    let mut text = String::new();
    if let Some(t) = title {
        text.push_str(t);
        text.push('\n');
    }
    for b in &doc.blocks {
        text.push_str(&b.text());
        text.push('\n');
        if text.len() > 400_000 {
            break;
        }
    }
    let mut counts: HashMap<String, usize> = HashMap::new();
    for re in COUNCIL_FORMS.iter() {
        for c in re.captures_iter(&text) {
            let name = c[1].trim().to_string();
            let first = name.split(' ').next().unwrap_or("");
            if NOT_COUNCILS.contains(&first) {
                continue;
            }
            *counts.entry(name).or_default() += 3;
        }
    }
    for name in KNOWN_COUNCILS {
        let n = text.matches(name).count();
        if n > 0 {
            *counts.entry((*name).to_string()).or_default() += n;
        }
    }
    // A name in the title settles it.
    if let Some(t) = title {
        if let Some(name) = KNOWN_COUNCILS.iter().find(|n| t.contains(**n)) {
            return Some((*name).to_string());
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        .map(|(n, _)| n)
}

/// The first stand-alone date near the top, else a month and year in the
/// title, else the first month and year in a short line near the top (a
/// cover line: "Version 1.2 – agreed by Cabinet on 19 November 2024").
fn date(doc: &Document, title: Option<&str>) -> Option<DocDate> {
    standalone_date(doc)
        .or_else(|| title.and_then(parse_month_year))
        .or_else(|| {
            doc.blocks.iter().take(12).find_map(|b| match b {
                Block::Paragraph { text, .. } | Block::Heading { text, .. } if text.chars().count() <= 120 => {
                    parse_month_year(text)
                }
                _ => None,
            })
        })
}

/// A date standing alone on a short line near the top.
fn standalone_date(doc: &Document) -> Option<DocDate> {
    for b in doc.blocks.iter().take(12) {
        let text = match b {
            Block::Paragraph { text, .. } | Block::Heading { text, .. } => text,
            _ => continue,
        };
        if text.chars().count() > 40 {
            continue;
        }
        if let Some(d) = parse_dmy(text) {
            return Some(d);
        }
        if let Some(d) = parse_month_year(text) {
            return Some(d);
        }
    }
    None
}

fn parse_dmy(text: &str) -> Option<DocDate> {
    let c = DMY.captures(text)?;
    let day: u32 = c[1].parse().ok()?;
    let month: u32 = c[2].parse().ok()?;
    let mut year: i32 = c[3].parse().ok()?;
    if year < 100 {
        year += 2000;
    }
    Some(DocDate {
        first_day: NaiveDate::from_ymd_opt(year, month, day)?,
        has_day: true,
    })
}

fn parse_month_year(text: &str) -> Option<DocDate> {
    let c = MONTH_YEAR.captures(text)?;
    let month = MONTHS.iter().position(|m| c[1].eq_ignore_ascii_case(m))? as u32 + 1;
    let year: i32 = c[2].parse().ok()?;
    Some(DocDate {
        first_day: NaiveDate::from_ymd_opt(year, month, 1)?,
        has_day: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(title: Option<&str>, paras: &[&str]) -> Document {
        Document {
            title: title.map(str::to_string),
            blocks: paras
                .iter()
                .map(|t| Block::Paragraph {
                    text: t.to_string(),
                    page: None,
                })
                .collect(),
            warnings: Vec::new(),
        }
    }

    #[test]
    fn council_from_its_printed_forms() {
        let cases = [
            (Some("London Borough of Harrow Peer Review Response"), vec![], "Harrow"),
            (
                Some("2023 Corporate Peer Challenge in Haringey – Action Plan update"),
                vec![],
                "Haringey",
            ),
            (
                None,
                vec![
                    "Rutland County Council welcomed the peer team.",
                    "Rutland County Council agreed.",
                ],
                "Rutland",
            ),
            (None, vec!["The Havering offer.", "Havering residents"], "Havering"),
        ];
        for (title, paras, want) in cases {
            let d = doc(title, &paras);
            assert_eq!(detect(&d).council.as_deref(), Some(want), "{title:?} {paras:?}");
        }
    }

    #[test]
    fn date_from_a_standalone_line() {
        let d = doc(None, &["Action Plan", "December 2024"]);
        assert_eq!(detect(&d).date.map(|d| d.iso()).as_deref(), Some("2024-12"));
        let d = doc(None, &["Progress Update Report", "09/04/24"]);
        assert_eq!(detect(&d).date.map(|d| d.iso()).as_deref(), Some("2024-04-09"));
        let d = doc(Some("Corporate Peer Challenge – April 2024"), &[]);
        assert_eq!(detect(&d).date.map(|d| d.iso()).as_deref(), Some("2024-04"));
        let d = doc(
            Some("Council Action Plan"),
            &["Version 1.2 – agreed by Cabinet on 19 November 2024 – Policy and Performance"],
        );
        assert_eq!(detect(&d).date.map(|d| d.iso()).as_deref(), Some("2024-11"));
    }
}
