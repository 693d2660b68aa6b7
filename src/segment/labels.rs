//! Labels inside running text: "Responsible officer: X" lead-ins, a label
//! standing alone above its value, several labels on one line ("Lead
//! member: X Lead officer: Y"), and the tails councils add to an action
//! ("(Lead: Head of Legal; by end of March 2025)", "— Owner: X, Target: Y").
//! A label's value ends where the next label starts.

use super::vocabulary::{label_field, Field};
use crate::normalise::deadline::normalise_deadline;
use crate::record::DeadlineKind;

/// One labelled value found in text.
#[derive(Debug, Clone, PartialEq)]
pub struct Labelled {
    /// What the label names.
    pub field: Field,
    /// The value, trimmed; empty where the label stands alone.
    pub value: String,
}

/// An action's text with the tail of fields taken off it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tail {
    /// The text before the tail (the whole text where there is none).
    pub body: String,
    /// The tail's fields.
    pub fields: Vec<Labelled>,
    /// True where the tail is only a date in brackets, with no label: weak
    /// evidence that the text is an action ("Feedback report (April 2024)").
    pub bare: bool,
}

/// Most words a label runs to.
const MAX_LABEL_WORDS: usize = 6;

/// Fields a label may name in the middle of a text: the action's own
/// attributes. "Action" or "Recommendation" inside running text is prose
/// ("the following actions:"), not a label.
fn may_stand_inside(field: Field) -> bool {
    matches!(
        field,
        Field::Lead
            | Field::LeadMember
            | Field::Deadline
            | Field::StartDate
            | Field::Status
            | Field::Rag
            | Field::Progress
    )
}

/// A text that is only a label, with or without its colon ("Responsible
/// officer", "Target date:", "RAG rating"): its value follows on the next
/// line or in the next cell.
pub fn label_only(text: &str) -> Option<Field> {
    let t = text.trim().trim_end_matches([':', '：']).trim();
    if t.is_empty() || t.chars().count() > 60 {
        return None;
    }
    // "Complete" standing alone is a status, not a label for one.
    let ended_by_colon = text.trim_end().ends_with([':', '：']);
    if !ended_by_colon && (super::values::is_status_value(t) || super::values::is_rag_value(t)) {
        return None;
    }
    label_field(t).filter(|f| *f != Field::NotAction || text.trim_end().ends_with(':'))
}

/// A text that opens with a label: the label's field and the rest of the
/// text, split further where more labels follow. "Lead member: Cllr A Lead
/// officer: Chief Executive" gives two values.
pub fn leading_labels(text: &str) -> Option<Vec<Labelled>> {
    let (field, value) = leading_label(text)?;
    let (head, mut rest) = split_inner_labels(value);
    let mut out = vec![Labelled { field, value: head }];
    out.append(&mut rest);
    Some(out)
}

/// The field of a label that opens an action cell's text where the text is
/// an attribute of the action above, not an action: "Milestone: Appoint
/// the partner", "Update – on track" (a sub-row under its action, with its
/// own date or status). Only labels of an action's attributes count, ended
/// by a colon or a dash; "Action: …" or a sentence is not one.
pub fn sub_row_label(text: &str) -> Option<Field> {
    separated_label(text).map(|(f, _)| f).filter(|f| may_stand_inside(*f))
}

/// A progress note that names its action by number: "1.2 Progress: On
/// track…", "Action 3.1 – Update: Delayed…". The action's number and the
/// note, where a text opens with a number then a progress label; a report
/// prints these after the table of its actions.
pub fn numbered_progress(text: &str) -> Option<(String, String)> {
    let (id, rest) = super::values::split_action_number(text)?;
    let rest = rest.trim_start_matches(['–', '—', '-', ':']).trim_start();
    match separated_label(rest)? {
        (Field::Progress, note) if super::values::has_word(note) => Some((id, note.to_string())),
        _ => None,
    }
}

/// "Label: value" or "Label – value" at the start of a text, or a label
/// and a value with nothing between them where the value has the shape of
/// the field ("Target date 31/03/2025", "RAG Green": a term and its value
/// set on one line).
fn leading_label(text: &str) -> Option<(Field, &str)> {
    separated_label(text).or_else(|| unseparated_label(text))
}

fn unseparated_label(text: &str) -> Option<(Field, &str)> {
    let t = text.trim_start();
    let starts: Vec<usize> = t
        .char_indices()
        .filter(|&(i, c)| i > 0 && c.is_whitespace())
        .map(|(i, _)| i)
        .take(3)
        .collect();
    starts.into_iter().rev().find_map(|at| {
        let label = &t[..at];
        let field = label_field(label)?;
        let value = t[at..].trim();
        // "by June 2025", "Due March": a preposition, not a label.
        if label.chars().filter(|c| c.is_alphabetic()).count() < 4 && field != Field::Rag {
            return None;
        }
        let fits = match field {
            Field::Deadline | Field::StartDate => bare_deadline(value).is_some(),
            Field::Rag => super::values::is_rag_value(value),
            Field::Status => super::values::is_status_value(value),
            _ => false,
        };
        fits.then_some((field, value))
    })
}

fn separated_label(text: &str) -> Option<(Field, &str)> {
    let t = text.trim_start();
    let colon = t.find([':', '：']);
    if let Some(at) = colon {
        let label = &t[..at];
        // A label is one phrase: not the end of a sentence and the start of
        // another ("(s.151). Due"), nor a bracket.
        let one_phrase = !label.contains(". ") && !label.starts_with('(');
        if one_phrase && label.split_whitespace().count() <= MAX_LABEL_WORDS {
            if let Some(field) = label_field(label) {
                let after = t[at..].chars().next().map_or(1, char::len_utf8);
                return Some((field, t[at + after..].trim()));
            }
        }
    }
    // "Responsible Officer – X": a dash after a label the vocabulary knows.
    for dash in [" – ", " — ", " - "] {
        if let Some(at) = t.find(dash) {
            let label = &t[..at];
            if label.split_whitespace().count() <= 3 {
                if let Some(field) = label_field(label).filter(|f| may_stand_inside(*f)) {
                    return Some((field, t[at + dash.len()..].trim()));
                }
            }
        }
    }
    None
}

/// Splits a text at labels standing inside it: the text before the first
/// such label, then each label's value. A label inside a text must name an
/// attribute of the action, end in a colon, and start where a new part can
/// start: after punctuation, or with a capital letter.
pub fn split_inner_labels(text: &str) -> (String, Vec<Labelled>) {
    let mut cuts: Vec<(usize, usize, Field)> = Vec::new(); // label start, value start, field
    let mut depth = 0usize;
    for (at, ch) in text.char_indices() {
        match ch {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        // Labels inside brackets belong to a tail, read as one.
        if (ch != ':' && ch != '：') || depth > 0 {
            continue;
        }
        if let Some((start, field)) = label_before(text, at) {
            if cuts.last().is_none_or(|c| start >= c.1) {
                cuts.push((start, at + ch.len_utf8(), field));
            }
        }
    }
    // A label whose value has not the field's shape is prose: "RAG ratings:
    // G – on track; A – some risk" is a key, not a rating.
    let ends: Vec<usize> = cuts
        .iter()
        .skip(1)
        .map(|c| c.0)
        .chain(std::iter::once(text.len()))
        .collect();
    let fits: Vec<bool> = cuts
        .iter()
        .zip(&ends)
        .map(|(&(_, from, field), &to)| value_fits(field, &text[from..to]))
        .collect();
    let mut kept = Vec::new();
    for (cut, ok) in cuts.into_iter().zip(fits) {
        if ok {
            kept.push(cut);
        }
    }
    let cuts = kept;
    let head_end = cuts.first().map_or(text.len(), |c| c.0);
    let head = trim_separators(&text[..head_end]);
    let labelled = cuts
        .iter()
        .enumerate()
        .map(|(i, &(_, from, field))| {
            let to = cuts.get(i + 1).map_or(text.len(), |n| n.0);
            Labelled {
                field,
                value: trim_separators(&text[from..to]),
            }
        })
        .collect();
    (head, labelled)
}

/// True where a value found inside running text has the shape of its
/// field: a rating for a RAG (one, not a key of several), a status word
/// for a status, a short name for a lead.
fn value_fits(field: Field, value: &str) -> bool {
    let v = value.trim();
    match field {
        Field::Rag => {
            let ratings: std::collections::HashSet<String> = v
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| matches!(*w, "red" | "amber" | "green" | "r" | "a" | "g"))
                .map(|w| w.chars().next().unwrap_or(' ').to_string())
                .collect();
            ratings.len() <= 1
                && super::values::is_rag_value(&v.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        }
        Field::Status => crate::normalise::status::status_from_text(v).is_some(),
        Field::Lead | Field::LeadMember => v.split_whitespace().count() <= 16,
        _ => true,
    }
}

/// The label ending just before a colon at `colon`: the longest run of up
/// to six words that is a label of an attribute, starting at a boundary.
fn label_before(text: &str, colon: usize) -> Option<(usize, Field)> {
    let before = &text[..colon];
    // Word starts, nearest first, not crossing punctuation that ends a part.
    let mut starts: Vec<usize> = Vec::new();
    let mut in_word = false;
    for (i, c) in before.char_indices().rev() {
        if c.is_alphanumeric() || c == '\'' || c == '’' {
            in_word = true;
            continue;
        }
        if in_word {
            starts.push(i + c.len_utf8());
            in_word = false;
        }
        if !(c.is_whitespace() || c == '/' || c == '&' || c == '-') {
            break;
        }
        if starts.len() >= MAX_LABEL_WORDS {
            break;
        }
    }
    if in_word && starts.len() < MAX_LABEL_WORDS {
        starts.push(0);
    }
    starts
        .iter()
        .rev()
        .filter_map(|&start| {
            let field = label_field(&before[start..]).filter(|f| may_stand_inside(*f))?;
            let prev = before[..start].trim_end().chars().next_back();
            let at_boundary = prev.is_none_or(|p| ".;,(|–—•·\n".contains(p))
                || before[start..].chars().next().is_some_and(char::is_uppercase);
            at_boundary.then_some((start, field))
        })
        .next()
}

/// A value without the separators around it ("; ", " –", trailing ",").
fn trim_separators(text: &str) -> String {
    let t = text
        .trim()
        .trim_matches(|c: char| ";,–—|·•".contains(c) || c.is_whitespace());
    // An opening bracket left by the cut ("(Lead: X"), not one that closes
    // within the value ("(s.151)").
    let t = if t.starts_with('(') && !t.contains(')') {
        &t[1..]
    } else {
        t
    };
    crate::model::collapse_ws(t.trim())
}

/// A cell naming an owner and a date together ("Director of Finance / Q4
/// 2024/25", "Head of Finance – December 2025", "Chief Executive, by 31
/// March 2027", or the two on lines of their own): the owner and the date.
pub fn split_owner_and_date(lines: &[String]) -> (Option<String>, Option<String>) {
    // A last line of date words only ("Every six months", "June"): the date,
    // the lines above it the owner.
    if let [owners @ .., date] = lines {
        if !owners.is_empty() && (pure_deadline(date) || lone_month(date)) {
            return (Some(owners.join(" ")), Some(date.clone()));
        }
    }
    if let [owner, date] = lines {
        if bare_deadline(date).is_some() && !has_owner_tail(&format!("{owner} {date}")) {
            return (Some(owner.clone()), Some(date.clone()));
        }
    }
    let text = lines.join(" ");
    for sep in [" / ", " – ", " — ", " - ", ", ", ": "] {
        if let Some(at) = text.rfind(sep) {
            let (owner, date) = (text[..at].trim(), text[at + sep.len()..].trim());
            if !owner.is_empty() && bare_deadline(date).is_some() {
                return (Some(owner.to_string()), Some(date.to_string()));
            }
        }
    }
    if let Some((owner, date)) = owner_space_date(&text) {
        return (Some(owner), Some(date));
    }
    match bare_deadline(&text) {
        Some(d) => (None, Some(d)),
        None => ((!text.is_empty()).then_some(text), None),
    }
}

/// An owner then a date with only a space between ("Leader of the Council
/// Every six months", a cell's two lines run together): the longest tail of
/// date words only, opening with a word a deadline opens with, after a
/// head with an owner's shape.
fn owner_space_date(text: &str) -> Option<(String, String)> {
    let starts = text
        .char_indices()
        .filter(|&(i, c)| i > 0 && c == ' ')
        .map(|(i, _)| i + 1);
    starts.into_iter().find_map(|at| {
        let (owner, date) = (text[..at].trim(), text[at..].trim());
        let opener = date.split_whitespace().next()?;
        let joins = ["of", "the", "to", "and", "from", "-", "–", "—", "/", "&"];
        let opens = !joins.contains(&opener.to_lowercase().as_str()) && !is_bare_count(opener);
        (opens && pure_deadline(date) && super::values::looks_like_owner(owner))
            .then(|| (owner.to_string(), date.to_string()))
    })
}

/// True where a text run together from an owner's lines ends in an owner
/// then a date of its own ("… Section 151 Officer February 2026"): the
/// last line is then not a date alone but the owner's end and the date.
fn has_owner_tail(text: &str) -> bool {
    owner_space_date(text).is_some()
}

/// A figure that is no part of a date's opening: not a day (1-31, "1st"),
/// a year, a numeric date or a financial year ("151" in "Section 151").
fn is_bare_count(word: &str) -> bool {
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    let rest = &word[digits.len()..];
    let ordinal = ["", "st", "nd", "rd", "th", ","].contains(&rest);
    !digits.is_empty() && ordinal && digits.len() == 3
}

/// A deadline written in date words only ("Every six months", "By
/// September 2025", "Q1 2026"): no word of anything else.
fn pure_deadline(text: &str) -> bool {
    let only_dates = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .all(|w| w.is_empty() || is_date_word(w));
    only_dates && bare_deadline(text).is_some()
}

/// A month named alone ("June"): a deadline whose year the document's
/// date gives (deadlines rule 9).
fn lone_month(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.');
    let assumed = chrono::NaiveDate::from_ymd_opt(2000, 1, 1);
    !t.contains(' ') && is_date_word(t) && normalise_deadline(t, assumed).deadline.kind == DeadlineKind::Date
}

/// An action's text with a tail of fields taken off its end: "Review the
/// constitution (Lead: Head of Legal; by end of March 2025)" gives the
/// review, a lead and a deadline. A bare deadline in brackets ("(Ongoing)",
/// "(June 2025)") is a deadline too. Text without such a tail comes back
/// whole, with no fields.
pub fn take_tail(text: &str) -> Tail {
    let bracketed = take_bracketed_tail(text);
    if !bracketed.fields.is_empty() {
        return bracketed;
    }
    take_dash_tail(text).unwrap_or(bracketed)
}

/// A tail after a dash, without brackets or labels: "… – Chief Executive,
/// by March 2025", "… - Head of Finance and Head of Commercial Services,
/// December 2024", "… – by June 2025". The part after the last dash must
/// be an owner, then a deadline (or either alone where its shape is sure).
fn take_dash_tail(text: &str) -> Option<Tail> {
    let t = text.trim_end().trim_end_matches('.');
    let (at, dash) = [" – ", " — ", " - "]
        .iter()
        .filter_map(|d| t.rfind(d).map(|i| (i, *d)))
        .max_by_key(|(i, _)| *i)?;
    let head = t[..at].trim();
    let tail = t[at + dash.len()..].trim();
    // A labelled tail ("— Lead: X, timescale: Y") is read by its labels.
    if head.split_whitespace().count() < 3 || tail.is_empty() || leading_labels(tail).is_some() {
        return None;
    }
    let mut fields = Vec::new();
    let mut head = head;
    let (owner, when) = match tail.rsplit_once(", ") {
        Some((o, w)) if bare_deadline(w).is_some() => (Some(o), Some(w)),
        _ if bare_deadline(tail).is_some() => {
            // "... – Head of Finance – Q4 2025/26": the owner in the dash
            // part before the date.
            let before = [" – ", " — ", " - "]
                .iter()
                .filter_map(|d| head.rfind(d).map(|i| (i, d.len())))
                .max_by_key(|(i, _)| *i)
                .map(|(i, len)| (&head[..i], head[i + len..].trim()))
                .filter(|(h, o)| h.split_whitespace().count() >= 3 && super::values::looks_like_owner(o));
            match before {
                Some((h, o)) => {
                    head = h.trim();
                    (Some(o), Some(tail))
                }
                None => (None, Some(tail)),
            }
        }
        _ => (Some(tail), None),
    };
    if let Some(o) = owner {
        if !super::values::looks_like_owner(o) {
            return None;
        }
        fields.push(Labelled {
            field: Field::Lead,
            value: o.to_string(),
        });
    }
    if let Some(w) = when {
        fields.push(Labelled {
            field: Field::Deadline,
            value: w.to_string(),
        });
    }
    Some(Tail {
        body: head.to_string(),
        bare: owner.is_none(),
        fields,
    })
}

/// A tail in brackets: "(Lead: X; by Y)", "(Ongoing)".
fn take_bracketed_tail(text: &str) -> Tail {
    let whole = || Tail {
        body: text.trim().to_string(),
        ..Tail::default()
    };
    let t = text.trim_end();
    let t = t.strip_suffix('.').unwrap_or(t).trim_end();
    let Some(inner) = t.strip_suffix(')') else {
        return whole();
    };
    // The bracket that opens the tail.
    let mut depth = 0usize;
    let mut open = None;
    for (i, c) in inner.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth == 0 => {
                open = Some(i);
                break;
            }
            '(' => depth -= 1,
            _ => {}
        }
    }
    let Some(open) = open else {
        return whole();
    };
    let head = inner[..open].trim();
    let tail = &inner[open + 1..];
    let fields = tail_fields(tail);
    if head.is_empty() || fields.is_empty() {
        return whole();
    }
    Tail {
        body: head.to_string(),
        bare: !tail.contains([':', '：']) && fields.len() == 1,
        fields,
    }
}

/// The fields of a bracketed tail, where every part of it is one: parts
/// split at ";" (and at "," before a label), each labelled, a "by X"
/// deadline, or a bare deadline.
fn tail_fields(tail: &str) -> Vec<Labelled> {
    let mut out = Vec::new();
    for part in tail.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        if let Some(mut labelled) = leading_labels(part) {
            if labelled.iter().all(|l| may_stand_inside(l.field)) {
                out.append(&mut labelled);
                continue;
            }
            return Vec::new();
        }
        let (head, mut labelled) = split_inner_labels(part);
        match bare_deadline(&head) {
            Some(d) => out.push(Labelled {
                field: Field::Deadline,
                value: d,
            }),
            None if head.is_empty() => {}
            None if labelled.is_empty() => match unlabelled_fields(&head) {
                Some(mut fields) => out.append(&mut fields),
                None => return Vec::new(),
            },
            None => return Vec::new(),
        }
        out.append(&mut labelled);
    }
    out
}

/// A part of a tail that names fields without labels: "(Green)",
/// "(Amber/Green)", "(Complete)" a rating or a status; "(Head of HR,
/// Spring 2026)", "(Monitoring Officer – TBC)" an owner and a date.
fn unlabelled_fields(head: &str) -> Option<Vec<Labelled>> {
    let h = head.trim();
    let rating = if super::values::is_rag_value(h) {
        Some(Field::Rag)
    } else if super::values::is_status_value(h) {
        Some(Field::Status)
    } else {
        None
    };
    if let Some(field) = rating {
        return Some(vec![Labelled {
            field,
            value: h.to_string(),
        }]);
    }
    let (owner, date) = owner_then_date(head)?;
    Some(vec![
        Labelled {
            field: Field::Lead,
            value: owner,
        },
        Labelled {
            field: Field::Deadline,
            value: date,
        },
    ])
}

/// An owner then a date, unlabelled, in one part of a tail: both, where
/// the first has an owner's shape and the second a deadline's.
fn owner_then_date(part: &str) -> Option<(String, String)> {
    match split_owner_and_date(&[part.trim().to_string()]) {
        (Some(o), Some(d)) if super::values::looks_like_owner(&o) => Some((o, d)),
        _ => None,
    }
}

/// True where a text is a deadline and nothing else ("Q4 2024/25",
/// "31/03/26", "Ongoing", "TBC").
pub(crate) fn is_deadline_value(text: &str) -> bool {
    bare_deadline(text).is_some()
}

/// A part of a tail that is a deadline without a label ("by June 2025",
/// "Ongoing", "Q3 2025/26"): the deadline as printed.
fn bare_deadline(part: &str) -> Option<String> {
    let p = part.trim().trim_end_matches([',', '.']);
    let address = ["://", "www.", "@", ".pdf", ".htm"].iter().any(|a| p.contains(a));
    if p.is_empty() || address || p.split_whitespace().count() > 8 {
        return None;
    }
    // Nothing but a date's words: "Deadline extensions were agreed in
    // March 2025" holds a date, but is not one.
    let other_words = p
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .filter(|w| !w.is_empty() && !is_date_word(w))
        .count();
    if other_words > 1 {
        return None;
    }
    let kind = normalise_deadline(p, None).deadline.kind;
    matches!(
        kind,
        DeadlineKind::Date
            | DeadlineKind::Range
            | DeadlineKind::Ongoing
            | DeadlineKind::Recurring
            | DeadlineKind::Tbc
            | DeadlineKind::Complete
    )
    .then(|| p.to_string())
}

/// Words a deadline is written with: months, seasons, figures and the
/// small words around them.
fn is_date_word(word: &str) -> bool {
    const WORDS: &[&str] = &[
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
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "spring",
        "summer",
        "autumn",
        "winter",
        "early",
        "mid",
        "late",
        "end",
        "by",
        "before",
        "of",
        "the",
        "to",
        "until",
        "from",
        "and",
        "no",
        "later",
        "than",
        "due",
        "ongoing",
        "on-going",
        "tbc",
        "tba",
        "quarterly",
        "monthly",
        "annually",
        "annual",
        "weekly",
        "every",
        "each",
        "two",
        "three",
        "four",
        "six",
        "twice",
        "a",
        "year",
        "years",
        "month",
        "months",
        "quarter",
        "fy",
        "financial",
        "complete",
        "completed",
        "-",
        "–",
        "—",
        "/",
        "&",
    ];
    let w = word
        .trim_matches(|c: char| c == '.' || c == ';' || c == ':')
        .to_lowercase();
    w.is_empty() || w.chars().any(|c| c.is_ascii_digit()) || WORDS.contains(&w.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(v: &[Labelled]) -> Vec<(Field, &str)> {
        v.iter().map(|l| (l.field, l.value.as_str())).collect()
    }

    #[test]
    fn sub_rows_open_with_an_attribute_label() {
        let cases = [
            ("Milestone: Appoint the development partner", Some(Field::Deadline)),
            ("Key milestone: Cabinet approval", Some(Field::Deadline)),
            ("Update: tender issued in May", Some(Field::Progress)),
            ("Progress – on track", Some(Field::Progress)),
            ("Action: Appoint the development partner", None),
            ("Recommendation: Build capacity", None),
            ("Appoint the development partner by March", None),
            ("Review the milestones: budget, staffing and data", None),
        ];
        for (text, want) in cases {
            assert_eq!(sub_row_label(text), want, "{text:?}");
        }
    }

    #[test]
    fn lead_ins_in_their_printed_forms() {
        let cases: &[(&str, &[(Field, &str)])] = &[
            (
                "Responsible officer: Head of Policy",
                &[(Field::Lead, "Head of Policy")],
            ),
            (
                "What we will do: Develop a plan.",
                &[(Field::Action, "Develop a plan.")],
            ),
            ("RAG: A", &[(Field::Rag, "A")]),
            (
                "Progess: Delayed by a month",
                &[(Field::Progress, "Delayed by a month")],
            ),
            ("Deadline:", &[(Field::Deadline, "")]),
            (
                "Lead member: Cllr Margaret Ellery, Leader of the Council Lead officer: Chief Executive",
                &[
                    (Field::LeadMember, "Cllr Margaret Ellery, Leader of the Council"),
                    (Field::Lead, "Chief Executive"),
                ],
            ),
            (
                "Responsible Officer – Director of Place",
                &[(Field::Lead, "Director of Place")],
            ),
            ("Target date 31/03/2025", &[(Field::Deadline, "31/03/2025")]),
            ("RAG rating Amber", &[(Field::Rag, "Amber")]),
            (
                "Owner: Head of HR, Target: March 2025",
                &[(Field::Lead, "Head of HR"), (Field::Deadline, "March 2025")],
            ),
        ];
        for (text, want) in cases {
            let got = leading_labels(text).unwrap_or_else(|| panic!("no label in {text:?}"));
            assert_eq!(pairs(&got), want.to_vec(), "{text:?}");
        }
        for prose in [
            "The peer team said: “Staff could not say what the priorities are.”",
            "The MTFS will set out:",
            "Green – on track, or complete",
            "Deadline extensions were agreed in March 2025",
            "Rating agencies",
        ] {
            assert_eq!(leading_labels(prose), None, "{prose:?}");
        }
        let contact = leading_labels("Contact officer: Tom Fairweather").expect("a label");
        assert_eq!(contact[0].field, Field::NotAction);
    }

    #[test]
    fn labels_alone_on_their_line() {
        assert_eq!(label_only("Responsible officer"), Some(Field::Lead));
        assert_eq!(label_only("Target date:"), Some(Field::Deadline));
        assert_eq!(label_only("RAG rating"), Some(Field::Rag));
        assert_eq!(label_only("Green"), None);
        assert_eq!(label_only("Complete"), None);
        assert_eq!(label_only("Status:"), Some(Field::Status));
        assert_eq!(label_only("Develop a plan"), None);
    }

    #[test]
    fn labels_inside_a_text() {
        let (head, rest) = split_inner_labels("Publish the strategy. Lead: Director of HR. Deadline: March 2025");
        assert_eq!(head, "Publish the strategy.");
        assert_eq!(
            pairs(&rest),
            vec![(Field::Lead, "Director of HR."), (Field::Deadline, "March 2025")]
        );
        let (_, rest) =
            split_inner_labels("We publish ratings. RAG ratings: G – on track; A – some risk; R – off track.");
        assert!(rest.is_empty());
        let (head, rest) = split_inner_labels("The Council will take the following actions: review and publish");
        assert_eq!(head, "The Council will take the following actions: review and publish");
        assert!(rest.is_empty());
        let (head, rest) = split_inner_labels("Agree the plan — Lead: Head of Legal, timescale: Q3 2025/26");
        assert_eq!(head, "Agree the plan");
        assert_eq!(
            pairs(&rest),
            vec![(Field::Lead, "Head of Legal"), (Field::Deadline, "Q3 2025/26")]
        );
    }

    #[test]
    fn owners_and_dates_in_one_cell() {
        let one = |t: &str| split_owner_and_date(&[t.to_string()]);
        assert_eq!(
            one("Director of Finance (S151) / Q4 2024/25"),
            (Some("Director of Finance (S151)".into()), Some("Q4 2024/25".into()))
        );
        assert_eq!(
            one("Director of Finance (S151), by 31 March 2027"),
            (
                Some("Director of Finance (S151)".into()),
                Some("by 31 March 2027".into())
            )
        );
        assert_eq!(
            one("Head of Procurement / Head of Legal Services"),
            (Some("Head of Procurement / Head of Legal Services".into()), None)
        );
        let two = split_owner_and_date(&["Chief Executive".to_string(), "Winter 2025".to_string()]);
        assert_eq!(two, (Some("Chief Executive".into()), Some("Winter 2025".into())));
    }

    #[test]
    fn progress_notes_that_name_their_action() {
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            (
                "1.2 Progress: On track. Reviews are complete.",
                Some(("1.2", "On track. Reviews are complete.")),
            ),
            (
                "Action 3.1 – Update: Delayed by a month.",
                Some(("3.1", "Delayed by a month.")),
            ),
            ("2a) Progress update: Complete.", Some(("2a", "Complete."))),
            // A number then another label, or no label: not a progress note.
            ("1.2 Lead officer: Head of Policy", None),
            ("1.2 Publish the plan by March.", None),
            ("Progress: On track.", None),
            ("1.2 Progress:", None),
        ];
        for (text, want) in cases {
            let got = numbered_progress(text);
            assert_eq!(got.as_ref().map(|(a, b)| (a.as_str(), b.as_str())), *want, "{text:?}");
        }
    }

    #[test]
    fn owners_then_dates_with_no_separator() {
        // (the cell's lines) -> (owner, date)
        let cases: &[(&[&str], Option<&str>, Option<&str>)] = &[
            (
                &["Leader of the Council Every six months"],
                Some("Leader of the Council"),
                Some("Every six months"),
            ),
            (
                &["Head of Planning / Head of ICT Summer 2026"],
                Some("Head of Planning / Head of ICT"),
                Some("Summer 2026"),
            ),
            // A figure in a post's name is no date's opening.
            (
                &["Director of Finance and Section 151 Officer February 2026"],
                Some("Director of Finance and Section 151 Officer"),
                Some("February 2026"),
            ),
            // The post wrapped onto the date's line.
            (
                &["Director of Finance and Section", "151 Officer Quarterly"],
                Some("Director of Finance and Section 151 Officer"),
                Some("Quarterly"),
            ),
            // A month alone on the last line: its year comes from the document.
            (
                &["Head of Environmental Services", "June"],
                Some("Head of Environmental Services"),
                Some("June"),
            ),
            (
                &["Chief Executive and Leader of the", "Council Autumn 2025"],
                Some("Chief Executive and Leader of the Council"),
                Some("Autumn 2025"),
            ),
            // No owner before the date words: not split.
            (&["Review in March 2026"], Some("Review in March 2026"), None),
            (&["Head of Policy"], Some("Head of Policy"), None),
        ];
        for (lines, owner, date) in cases {
            let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
            let got = split_owner_and_date(&lines);
            assert_eq!((got.0.as_deref(), got.1.as_deref()), (*owner, *date), "{lines:?}");
        }
    }

    #[test]
    fn tails_of_an_action() {
        type Case<'a> = (&'a str, &'a str, &'a [(Field, &'a str)]);
        let cases: &[Case] = &[
            (
                "Review the constitution (Lead: Head of Legal; by end of March 2025)",
                "Review the constitution",
                &[
                    (Field::Lead, "Head of Legal"),
                    (Field::Deadline, "by end of March 2025"),
                ],
            ),
            (
                "Publish a forward plan (Owner: Democratic Services Manager, Target: June 2025).",
                "Publish a forward plan",
                &[
                    (Field::Lead, "Democratic Services Manager"),
                    (Field::Deadline, "June 2025"),
                ],
            ),
            (
                "Keep the register up to date (Ongoing)",
                "Keep the register up to date",
                &[(Field::Deadline, "Ongoing")],
            ),
            (
                "Hold a summit (June 2025)",
                "Hold a summit",
                &[(Field::Deadline, "June 2025")],
            ),
            (
                "Work with the ICB (Integrated Care Board)",
                "Work with the ICB (Integrated Care Board)",
                &[],
            ),
            ("Refresh the MTFS (see 2.2)", "Refresh the MTFS (see 2.2)", &[]),
            (
                "Agree a new Council Plan with residents – Chief Executive, by March 2025",
                "Agree a new Council Plan with residents",
                &[(Field::Lead, "Chief Executive"), (Field::Deadline, "by March 2025")],
            ),
            (
                "Review all fees and charges - Head of Finance and Head of Commercial Services, December 2024",
                "Review all fees and charges",
                &[
                    (Field::Lead, "Head of Finance and Head of Commercial Services"),
                    (Field::Deadline, "December 2024"),
                ],
            ),
            (
                "Launch a programme for team leaders – Head of HR & OD, ongoing",
                "Launch a programme for team leaders",
                &[(Field::Lead, "Head of HR & OD"), (Field::Deadline, "ongoing")],
            ),
            (
                "Work with partners on the 2025–2030 plan – an ambitious programme",
                "Work with partners on the 2025–2030 plan – an ambitious programme",
                &[],
            ),
        ];
        for (text, head, want) in cases {
            let t = take_tail(text);
            assert_eq!((t.body.as_str(), pairs(&t.fields)), (*head, want.to_vec()), "{text:?}");
        }
        assert!(take_tail("Hold a summit (June 2025)").bare);
        assert!(!take_tail("Hold a summit (Lead: CEx; June 2025)").bare);
    }
}
