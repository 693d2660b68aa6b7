//! A document's own glossary of abbreviations ("HoS – Head of Service"),
//! so that owners written in a council's local shorthand get their names.
//! Found by shape: a two-column table whose first cells are abbreviations
//! and whose second cells spell them out.

use std::collections::HashMap;

use crate::model::{Block, Document};

/// The abbreviations a document spells out, as printed -> expansion.
pub fn from_document(doc: &Document) -> HashMap<String, String> {
    let mut entries = HashMap::new();
    for block in &doc.blocks {
        let Block::Table(t) = block else { continue };
        let pairs: Vec<(String, String)> = t
            .rows
            .iter()
            .filter(|r| !r.header && r.cells.len() == 2)
            .map(|r| (r.cells[0].text(), r.cells[1].text()))
            .filter(|(a, b)| !a.is_empty() && !b.is_empty())
            .collect();
        let spelled = pairs.iter().filter(|(a, b)| spells_out(a, b)).count();
        if pairs.len() >= 3 && spelled * 10 >= pairs.len() * 7 {
            for (a, b) in pairs.into_iter().filter(|(a, b)| spells_out(a, b)) {
                entries.insert(a, expansion(&b));
            }
        }
    }
    entries
}

/// True where `short` is an abbreviation ("CEx", "HR & OD", "O&S") and
/// `long` a longer phrase.
fn spells_out(short: &str, long: &str) -> bool {
    let letters = short.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = short.chars().filter(|c| c.is_uppercase()).count();
    short.chars().count() <= 10
        && (1..=8).contains(&letters)
        && capitals * 2 >= letters.min(4)
        && long.split_whitespace().count() >= 2
        && long.chars().count() > short.chars().count() + 3
}

/// The expansion without its bracketed gloss: "Monitoring Officer (Head of
/// Legal)" names the Monitoring Officer.
fn expansion(long: &str) -> String {
    let cut = long.find(" (").unwrap_or(long.len());
    long[..cut].trim().trim_end_matches(['.', ';', ',']).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cell, Row, Table};

    fn table(rows: &[(&str, &str)]) -> Document {
        Document {
            title: None,
            blocks: vec![Block::Table(Table {
                rows: rows
                    .iter()
                    .map(|(a, b)| Row {
                        cells: vec![Cell::from_text(a), Cell::from_text(b)],
                        ..Row::default()
                    })
                    .collect(),
                page: None,
            })],
            warnings: Vec::new(),
        }
    }

    #[test]
    fn a_glossary_table_is_read_and_other_tables_are_not() {
        let g = from_document(&table(&[
            ("AD", "Assistant Director"),
            ("HoS", "Head of Service"),
            ("MO", "Monitoring Officer (Head of Legal and Democratic Services)"),
            ("HR & OD", "Human Resources and Organisational Development"),
        ]));
        assert_eq!(g.get("HoS").map(String::as_str), Some("Head of Service"));
        assert_eq!(g.get("MO").map(String::as_str), Some("Monitoring Officer"));
        assert_eq!(
            g.get("HR & OD").map(String::as_str),
            Some("Human Resources and Organisational Development")
        );
        let plan = from_document(&table(&[
            ("Action", "Develop a vision for the district"),
            ("Lead officer", "Chief Executive"),
            ("Target date", "Mar-25"),
        ]));
        assert!(plan.is_empty());
    }
}
