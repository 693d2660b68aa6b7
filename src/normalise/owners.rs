//! Lead cells to owners, by the conventions of `spec/owners.md`: split a
//! cell into the posts, people and bodies it names, keep each as printed,
//! and add a canonical name and a kind.

use std::collections::HashMap;

use crate::model::collapse_ws;
use crate::record::{Owner, OwnerKind};

/// A user's glossary: abbreviation -> expansion, applied after the built-in
/// one and winning over it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Glossary {
    /// Abbreviation (as printed) to expansion.
    pub entries: HashMap<String, String>,
}

/// Built-in expansions of the abbreviations every council uses.
const EXPANSIONS: &[(&str, &str)] = &[
    ("CEO", "Chief Executive"),
    ("CE", "Chief Executive"),
    ("CEx", "Chief Executive"),
    ("Chief Exec", "Chief Executive"),
    ("S151", "Section 151 Officer"),
    ("s.151", "Section 151 Officer"),
    ("S151 Officer", "Section 151 Officer"),
    ("Section 151 Officer", "Section 151 Officer"),
    ("MO", "Monitoring Officer"),
    ("DCEO", "Deputy Chief Executive"),
    ("Deputy CEO", "Deputy Chief Executive"),
];

/// Statutory designations a post-holder carries alongside their post.
const STATUTORY: &[&str] = &[
    "S151 Officer",
    "Section 151 Officer",
    "s.151 Officer",
    "Monitoring Officer",
    "Head of Paid Service",
    "Deputy S151 Officer",
    "Deputy Monitoring Officer",
];

/// Words that make a phrase a post.
const POST_WORDS: &[&str] = &[
    "director",
    "head",
    "chief",
    "officer",
    "manager",
    "executive",
    "leader",
    "lead",
    "leads",
    "member",
    "assistant",
    "deputy",
    "corporate",
    "cabinet",
    "mayor",
    "councillor",
    "cllr",
    "portfolio",
    "monitoring",
    "section",
    "s151",
    "acting",
    "interim",
    "strategic",
    "service",
    "services",
];

/// Words a post or body title ends on, rarely starts with: a line opening
/// with one carries on the line before.
const TITLE_ENDS: &[&str] = &[
    "service",
    "services",
    "officer",
    "officers",
    "manager",
    "team",
    "board",
    "group",
    "groups",
    "committee",
    "panel",
    "partnership",
    "network",
    "forum",
    "office",
];

/// Words that make a phrase a body.
const BODY_WORDS: &[&str] = &[
    "team",
    "board",
    "group",
    "committee",
    "cabinet",
    "panel",
    "partnership",
    "network",
    "forum",
    "clt",
    "slt",
    "elt",
    "cmt",
    "smt",
    "groups",
    "office",
];

/// Splits a lead cell into owners and canonicalises each.
pub fn normalise_owners(raw: &str, glossary: &Glossary) -> Vec<Owner> {
    split(raw)
        .into_iter()
        .map(|part| {
            let name = canonical(&part, glossary);
            let kind = kind_of(&part);
            Owner { raw: part, name, kind }
        })
        .collect()
}

/// True for a token printed as an abbreviation ("COO", "AD-PPC", "AD-Trans.").
fn is_abbreviation(token: &str) -> bool {
    let t = token.trim_end_matches('.');
    let upper = t.chars().filter(|c| c.is_uppercase()).count();
    t.len() >= 2 && upper >= 2 && t.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.')
}

/// True where a phrase names a whole post, person-free: it holds a post or
/// body word, or is an abbreviation.
fn is_complete_post(phrase: &str) -> bool {
    let words: Vec<String> = phrase
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    if words.is_empty() {
        return false;
    }
    // A post's plural names posts as well ("Heads of Service",
    // "Directors"); a body's does not ("Policy & Partnerships").
    let first = words[0].as_str();
    let plural_post = first.strip_suffix('s').is_some_and(|w| POST_WORDS.contains(&w));
    let first_is_post = POST_WORDS.contains(&first) || BODY_WORDS.contains(&first) || plural_post;
    first_is_post || (words.len() == 1 && is_abbreviation(phrase.trim()))
}

/// The cell's owners as printed.
fn split(raw: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    for line in owner_lines(raw).iter().flat_map(|l| l.split([';', '/'])) {
        for piece in line.split(" + ") {
            for p in piece.split('+') {
                parts.extend(split_joined(&collapse_ws(p)));
            }
        }
    }
    parts.into_iter().filter(|p| !p.is_empty()).collect()
}

/// The cell's lines, a line that only carries on the one before joined to
/// it: a line break between two posts parts them ("Director of Finance" /
/// "Head of Policy"), while a post title wrapped over two lines ("Director
/// of Adult Social Care" / "and Health"), a parenthesis on a line of its own
/// ("(S151)") or a post's last words ("Corporate Director" / "Place") stay
/// with their post. A line starts an owner of its own where it names a
/// whole post (a post or body word first, or one abbreviation), or where it
/// and the line before both read as a person's name.
fn owner_lines(raw: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in raw.split('\n') {
        let line = collapse_ws(line.trim_start_matches(['•', '·', '▪', '◦']));
        if line.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(prev) if carries_on(prev, &line) => {
                prev.push(' ');
                prev.push_str(&line);
            }
            _ => out.push(line),
        }
    }
    out
}

/// True where `next`, the line after `prev`, only carries `prev` on.
fn carries_on(prev: &str, next: &str) -> bool {
    const CONNECTORS: &[&str] = &["and", "&", "of", "for", "the", "to", "with", "in", "-", "–", ","];
    let last = prev.rsplit(' ').next().unwrap_or("").to_lowercase();
    let first = next.split(' ').next().unwrap_or("").to_lowercase();
    if prev.ends_with([',', '&', '-', '–', '(']) || CONNECTORS.contains(&last.as_str()) {
        return true;
    }
    if next.starts_with(['(', '&', ',', '-', '–', ')']) || next.starts_with(|c: char| c.is_lowercase()) {
        return true;
    }
    if CONNECTORS.contains(&first.as_str()) {
        return true;
    }
    // A line opening with the word a post or body title ends on
    // ("Head of Democratic" / "Services", "Corporate Leadership" / "Team")
    // finishes the line before.
    if TITLE_ENDS.contains(&first.trim_matches(|c: char| !c.is_alphanumeric())) {
        return true;
    }
    let own_post = is_complete_post(next) || next.split(' ').all(is_abbreviation);
    let two_people = kind_of(prev) == OwnerKind::Person && kind_of(next) == OwnerKind::Person;
    !(own_post || two_people)
}

/// Splits ", " / " and " / " & " only between two complete posts, and a run
/// of abbreviations into one owner each.
fn split_joined(part: &str) -> Vec<String> {
    if part.is_empty() {
        return Vec::new();
    }
    let tokens: Vec<&str> = part.split(' ').collect();
    if tokens.len() > 1 && tokens.iter().all(|t| is_abbreviation(t)) {
        return tokens.iter().map(|t| t.to_string()).collect();
    }
    // Every place each separator stands, in turn: "Head of Repairs and
    // Maintenance and Head of Procurement" splits at its second "and".
    let cuts = [", ", " and ", " & "]
        .into_iter()
        .flat_map(|sep| part.match_indices(sep).map(move |(i, _)| (i, sep)));
    for (i, sep) in cuts {
        {
            let (left, right) = (&part[..i], &part[i + sep.len()..]);
            // "Director of HR & OD": the left side is a post that the right
            // side completes, unless the right starts a post of its own.
            // A bare abbreviation ("OD") on the right of "and"/"&" is part of
            // the post; after a comma it is an owner of its own.
            let right_ok =
                is_complete_post(right) && (sep == ", " || !is_abbreviation(right.trim()) || right.contains(' '));
            // "Director of Finance and S151 Officer": a statutory designation
            // after "and" is held by the same person.
            // By law the head of paid service, the S151 officer and the
            // monitoring officer are three people: "Chief Executive and
            // Monitoring Officer" names two.
            let left_lower = left.to_lowercase();
            let left_statutory = [
                "chief executive",
                "head of paid service",
                "s151",
                "section 151",
                "monitoring officer",
                "chief finance officer",
            ]
            .iter()
            .any(|p| left_lower.contains(p));
            let statutory =
                sep != ", " && !left_statutory && STATUTORY.iter().any(|d| right.trim().eq_ignore_ascii_case(d));
            if is_complete_post(left) && right_ok && !statutory && !left.to_lowercase().ends_with(" of") {
                let mut out = split_joined(left);
                out.extend(split_joined(right));
                return out;
            }
        }
    }
    vec![part.to_string()]
}

/// The canonical name: abbreviations expanded (the user's glossary wins),
/// "Cllr" written out.
fn canonical(part: &str, glossary: &Glossary) -> String {
    let trimmed = part.trim();
    if let Some(exp) = glossary.entries.get(trimmed) {
        return exp.clone();
    }
    if let Some((_, exp)) = EXPANSIONS.iter().find(|(a, _)| a.eq_ignore_ascii_case(trimmed)) {
        return (*exp).to_string();
    }
    // An abbreviation the glossary spells out, inside a longer name
    // ("HoS Housing" -> "Head of Service Housing").
    let mut expanded = trimmed.to_string();
    let mut abbreviations: Vec<&String> = glossary.entries.keys().filter(|k| !k.is_empty()).collect();
    abbreviations.sort_by_key(|k| std::cmp::Reverse(k.len()));
    for abbr in abbreviations {
        expanded = replace_word(&expanded, abbr, &glossary.entries[abbr]);
    }
    let words: Vec<String> = expanded
        .split(' ')
        .map(|w| match w {
            "Cllr" | "Cllr." | "cllr" => "Councillor".to_string(),
            "CEO" => "Chief Executive".to_string(),
            other => other.to_string(),
        })
        .collect();
    words.join(" ")
}

/// Replaces `word` where it stands as a whole word (not inside another).
fn replace_word(text: &str, word: &str, with: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(word) {
        let before_ok = !rest[..at].chars().next_back().is_some_and(char::is_alphanumeric);
        let after = &rest[at + word.len()..];
        let after_ok = !after.chars().next().is_some_and(char::is_alphanumeric);
        out.push_str(&rest[..at]);
        out.push_str(if before_ok && after_ok { with } else { word });
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The kind of owner a phrase names.
fn kind_of(part: &str) -> OwnerKind {
    let lower = part.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| matches!(*w, "cllr" | "councillor" | "mayor")) || lower.contains("cabinet member") {
        return OwnerKind::Councillor;
    }
    if words.iter().any(|w| BODY_WORDS.contains(w))
        && !words.iter().any(|w| matches!(*w, "director" | "head" | "officer"))
    {
        return OwnerKind::Body;
    }
    if words.iter().any(|w| POST_WORDS.contains(w)) || is_abbreviation(part.trim()) {
        return OwnerKind::Role;
    }
    let capitalised = part
        .split_whitespace()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if capitalised && (2..=4).contains(&part.split_whitespace().count()) {
        return OwnerKind::Person;
    }
    OwnerKind::Role
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raws(cell: &str) -> Vec<String> {
        normalise_owners(cell, &Glossary::default())
            .into_iter()
            .map(|o| o.raw)
            .collect()
    }

    #[test]
    fn cells_split_into_the_owners_they_name() {
        let cases: &[(&str, &[&str])] = &[
            ("CEO/Monitoring Officer", &["CEO", "Monitoring Officer"]),
            ("AD-CCC + AD-PPC", &["AD-CCC", "AD-PPC"]),
            ("COO AD-PPC AD-Trans.", &["COO", "AD-PPC", "AD-Trans."]),
            (
                "SLT / All Thematic Steering Groups",
                &["SLT", "All Thematic Steering Groups"],
            ),
            (
                "Head of HR, Head of Communications",
                &["Head of HR", "Head of Communications"],
            ),
            (
                "Leader of the Council and Chief Executive",
                &["Leader of the Council", "Chief Executive"],
            ),
            ("Director of HR & OD", &["Director of HR & OD"]),
            (
                "Chief Finance Officer & Heads of Service",
                &["Chief Finance Officer", "Heads of Service"],
            ),
            ("Chief Executive and Directors", &["Chief Executive", "Directors"]),
            ("Head of HR & OD", &["Head of HR & OD"]),
            ("Head of Policy & Partnerships", &["Head of Policy & Partnerships"]),
            (
                "Head of Repairs and Maintenance and Head of Procurement",
                &["Head of Repairs and Maintenance", "Head of Procurement"],
            ),
            (
                "Director of Adult Social Care & Health",
                &["Director of Adult Social Care & Health"],
            ),
            (
                "Chief Executive and Monitoring Officer",
                &["Chief Executive", "Monitoring Officer"],
            ),
            (
                "Director of Finance and S151 Officer",
                &["Director of Finance and S151 Officer"],
            ),
            (
                "Director of Culture, Strategy and Engagement",
                &["Director of Culture, Strategy and Engagement"],
            ),
            (
                "Assistant Director for Strategy, Communications and Collaboration",
                &["Assistant Director for Strategy, Communications and Collaboration"],
            ),
            ("Director of Finance (S151)", &["Director of Finance (S151)"]),
            ("Corporate Director, Place", &["Corporate Director, Place"]),
            (
                "Assistant Director of Digital, Data & the Customer Experience",
                &["Assistant Director of Digital, Data & the Customer Experience"],
            ),
            (
                "Director of Regeneration + Member Portfolio Holder",
                &["Director of Regeneration", "Member Portfolio Holder"],
            ),
            (
                "COO, Director of HR, AD-Transformation",
                &["COO", "Director of HR", "AD-Transformation"],
            ),
            (
                "Head of Democratic Services/ CEO",
                &["Head of Democratic Services", "CEO"],
            ),
            ("Kathy Freeman", &["Kathy Freeman"]),
            // A line break parts two posts, not a post and its wrapped end.
            (
                "Director of Finance\nHead of Policy",
                &["Director of Finance", "Head of Policy"],
            ),
            ("Director of Finance\n(S151)", &["Director of Finance (S151)"]),
            (
                "Director of Adult Social Care\nand Health",
                &["Director of Adult Social Care and Health"],
            ),
            (
                "Director of Adult Social Care &\nHealth",
                &["Director of Adult Social Care & Health"],
            ),
            ("Corporate Director\nPlace", &["Corporate Director Place"]),
            ("Kathy Freeman\nJohn Smith", &["Kathy Freeman", "John Smith"]),
            ("CLT\nCOO", &["CLT", "COO"]),
            ("Head of Democratic\nServices", &["Head of Democratic Services"]),
            ("Corporate Leadership\nTeam", &["Corporate Leadership Team"]),
            (
                "• Director of HR\n• Head of Communications",
                &["Director of HR", "Head of Communications"],
            ),
            ("", &[]),
        ];
        for (cell, want) in cases {
            assert_eq!(raws(cell), want.to_vec(), "{cell:?}");
        }
    }

    #[test]
    fn canonical_names_and_kinds() {
        let g = Glossary::default();
        let one = |c: &str| normalise_owners(c, &g).remove(0);
        assert_eq!(one("CEO").name, "Chief Executive");
        assert_eq!(one("S151 Officer").name, "Section 151 Officer");
        assert_eq!(one("MO").name, "Monitoring Officer");
        assert_eq!(one("Deputy CEO").name, "Deputy Chief Executive");
        assert_eq!(one("Cllr J. Patel").name, "Councillor J. Patel");
        assert_eq!(one("Cllr J. Patel").kind, OwnerKind::Councillor);
        assert_eq!(one("CLT").kind, OwnerKind::Body);
        assert_eq!(one("Kathy Freeman").kind, OwnerKind::Person);
        assert_eq!(one("Corporate Director Resources").kind, OwnerKind::Role);
        assert_eq!(one("AD-CCC").name, "AD-CCC");
        let mut mine = Glossary::default();
        mine.entries.insert("AD-CCC".into(), "Assistant Director Comms".into());
        assert_eq!(normalise_owners("AD-CCC", &mine)[0].name, "Assistant Director Comms");
    }
}
