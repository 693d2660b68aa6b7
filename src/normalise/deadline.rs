//! Deadlines to ISO periods, by the conventions of `spec/deadlines.md`.
//!
//! A cell is scanned left to right for date expressions (days, months,
//! quarters, seasons, years, financial years) and status words. One date
//! gives `date`; two joined by "-"/"to" give `range`; several separate
//! expressions give `multiple`; status words alone give their kind. Nothing
//! is guessed: anything else is `unparsed`, raw text kept.

use std::sync::LazyLock;

use chrono::{Datelike, Months, NaiveDate};
use regex::Regex;

use crate::model::collapse_ws;
use crate::record::{Deadline, DeadlineKind, Status};

/// What a deadline cell says: the normalised deadline and any status word it carries.
#[derive(Debug, Clone, PartialEq)]
pub struct DeadlineReading {
    /// The normalised deadline.
    pub deadline: Deadline,
    /// A status word printed in the cell ("Completed", "Ongoing").
    pub status: Option<Status>,
}

/// Month names and abbreviations, by month number.
const MONTH_WORDS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Status words and the kind they give when no date is printed.
const STATUS_WORDS: &[(&str, DeadlineKind, Option<Status>)] = &[
    (
        "no further action needed",
        DeadlineKind::Complete,
        Some(Status::NoFurtherAction),
    ),
    (
        "no further action required",
        DeadlineKind::Complete,
        Some(Status::NoFurtherAction),
    ),
    (
        "no further action",
        DeadlineKind::Complete,
        Some(Status::NoFurtherAction),
    ),
    ("completed", DeadlineKind::Complete, Some(Status::Complete)),
    ("launched", DeadlineKind::Complete, Some(Status::Complete)),
    ("complete", DeadlineKind::Complete, Some(Status::Complete)),
    ("on-going", DeadlineKind::Ongoing, Some(Status::Ongoing)),
    ("on going", DeadlineKind::Ongoing, Some(Status::Ongoing)),
    ("ongoing", DeadlineKind::Ongoing, Some(Status::Ongoing)),
    ("continuous", DeadlineKind::Ongoing, Some(Status::Ongoing)),
    ("to be confirmed", DeadlineKind::Tbc, None),
    ("tbc", DeadlineKind::Tbc, None),
    ("tba", DeadlineKind::Tbc, None),
    ("quarterly", DeadlineKind::Recurring, None),
    ("monthly", DeadlineKind::Recurring, None),
    ("annually", DeadlineKind::Recurring, None),
    ("annual", DeadlineKind::Recurring, None),
    ("weekly", DeadlineKind::Recurring, None),
    ("every six months", DeadlineKind::Recurring, None),
    ("every two years", DeadlineKind::Recurring, None),
    ("every year", DeadlineKind::Recurring, None),
    ("each year", DeadlineKind::Recurring, None),
    ("every quarter", DeadlineKind::Recurring, None),
    ("each quarter", DeadlineKind::Recurring, None),
    ("every month", DeadlineKind::Recurring, None),
    ("twice a year", DeadlineKind::Recurring, None),
    ("yearly", DeadlineKind::Recurring, None),
    ("biennially", DeadlineKind::Recurring, None),
    ("fortnightly", DeadlineKind::Recurring, None),
    ("six-monthly", DeadlineKind::Recurring, None),
    ("bi-annually", DeadlineKind::Recurring, None),
];

const MONTH: &str = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?";

/// One date expression: which form, and the regex for it. Tried in order
/// at each position, so a day wins over a month, a month over a year.
static FORMS: LazyLock<Vec<(Form, Regex)>> = LazyLock::new(|| {
    let m = MONTH;
    let y = r"(\d{4}|\d{2})";
    [
        (
            Form::DayMonthYear,
            format!(r"^(\d{{1,2}})\s*(?:st|nd|rd|th)?\s+{m}\s*,?\s*{y}\b"),
        ),
        (Form::Numeric, r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b".to_string()),
        (
            Form::Quarter,
            r"^q([1-4])\s*(\d{4})(?:\s*[/-]\s*(\d{4}|\d{2}))?\b".to_string(),
        ),
        (
            Form::FinancialYear,
            r"^(?:fy\s*)?(\d{4})\s*[/-]\s*(\d{4}|\d{2})\b".to_string(),
        ),
        (Form::MonthPair, format!(r"^{m}\s*(?:/|-|–|—|to)\s*{m}\s*[-–']?\s*{y}\b")),
        (
            Form::SeasonPair,
            r"^(spring|summer|autumn|fall|winter)\s*(?:/|-|–|—|to)\s*(spring|summer|autumn|fall|winter)\s*[-–']?\s*(\d{4}|\d{2})\b"
                .to_string(),
        ),
        (Form::MonthYear, format!(r"^{m}\s*[-–'’]?\s*{y}\b")),
        (
            Form::Season,
            r"^(spring|summer|autumn|fall|winter)\s*[-–']?\s*(\d{4}|\d{2})\b".to_string(),
        ),
        (
            Form::Part,
            r"^(early|mid|late|end of|end)\s*[-–]?\s*(\d{4})\b".to_string(),
        ),
        (Form::Year, r"^(\d{4})\b".to_string()),
        (Form::Month, format!(r"^{m}\b")),
    ]
    .into_iter()
    .map(|(f, p)| (f, Regex::new(&p).expect("valid regex")))
    .collect()
});

static BY_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    // Rule 7 ("by X", "no later than X") and rule 11 ("End of June 2025",
    // "End Q3 2024/25", "by the end of March"): the period's end, no start.
    Regex::new(r"(?:(?:\bby|\bbefore|no later than|\bnlt)\s*(?:the\s+)?(?:end\s+of\s+)?|\bend\s+(?:of\s+)?)$")
        .expect("valid regex")
});

/// Words before a date that make it a start, not a deadline ("From January
/// 2026", "Quarterly from July 2026", "Starting in May"): with no end
/// printed, the date says when work begins, not when it is due.
static START_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\bfrom|\bstarting|\bcommencing|\bbeginning)\s*(?:in\s+|on\s+)?$").expect("valid regex")
});

/// Words before a status word that make it a plan ("to be completed").
static FUTURE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\bto be|\bwill be|\bwill|\bto|\bbeing|\bbe)\s+$").expect("valid regex"));

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    DayMonthYear,
    Numeric,
    Quarter,
    FinancialYear,
    MonthPair,
    SeasonPair,
    MonthYear,
    Season,
    Part,
    Year,
    Month,
}

/// A period found in the text, with where it stood.
#[derive(Debug, Clone, Copy)]
struct Found {
    start: NaiveDate,
    end: NaiveDate,
    at: usize,
    to: usize,
    /// True where the period came from a month with no year (rule 9).
    guessed_year: bool,
    /// True where the expression is itself a range ("Jan/Feb 2024").
    range: bool,
}

/// Normalises a deadline cell. `doc_date` dates month names printed without
/// a year; without it such a month is `unparsed`.
pub fn normalise_deadline(raw: &str, doc_date: Option<NaiveDate>) -> DeadlineReading {
    let raw = collapse_ws(raw);
    if raw.is_empty() {
        return DeadlineReading {
            deadline: Deadline::none(),
            status: None,
        };
    }
    if let Some(joined) = range_cut_by_a_bullet(&raw, doc_date) {
        // Rule 8, a range whose dash a reader took for a list's bullet.
        let mut reading = normalise_deadline(&joined, doc_date);
        reading.deadline.raw = Some(raw.clone());
        return reading;
    }
    if let Some(parts) = listed_parts(&raw, doc_date) {
        // Rule 10: milestones listed with bullets or "(1) (2)", each its own.
        return DeadlineReading {
            deadline: Deadline {
                raw: Some(raw.clone()),
                kind: DeadlineKind::Multiple,
                start: None,
                end: None,
                parts,
            },
            status: None,
        };
    }
    let (lower, offsets) = lower_with_offsets(&raw);
    let raw_slice = |at: usize, to: usize| raw_slice(&raw, &offsets, at, to);
    let dates = scan_dates(&lower, doc_date);
    let statuses = scan_statuses(&lower);
    let status = statuses.first().and_then(|s| s.2);
    let make = |kind, start, end, parts| Deadline {
        raw: Some(raw.clone()),
        kind,
        start,
        end,
        parts,
    };
    // A date that only says when work starts is no deadline (rule 12: the
    // cell stays unparsed, or the status word beside it decides).
    let items: Vec<Item> = group_ranges(&lower, &dates)
        .into_iter()
        .filter(|it| it.is_range || !START_WORDS.is_match(&lower[..it.at]))
        .collect();
    let deadline = match (items.len(), statuses.len()) {
        (0, 0) => make(DeadlineKind::Unparsed, None, None, Vec::new()),
        (0, 1) => make(statuses[0].3, None, None, Vec::new()),
        (1, n) if n <= 1 => {
            let it = items[0];
            let (kind, start) = if it.is_range {
                (DeadlineKind::Range, Some(it.start))
            } else if BY_WORDS.is_match(&lower[..it.at]) {
                (DeadlineKind::Date, None)
            } else {
                (DeadlineKind::Date, Some(it.start))
            };
            make(kind, start, Some(it.end), Vec::new())
        }
        _ => {
            // Several deadlines in one cell: each part on its own, in order.
            let mut parts: Vec<(usize, Deadline)> = items
                .iter()
                .map(|it| {
                    let kind = if it.is_range {
                        DeadlineKind::Range
                    } else {
                        DeadlineKind::Date
                    };
                    (
                        it.at,
                        Deadline {
                            raw: Some(raw_slice(it.at, it.to)),
                            kind,
                            start: Some(it.start),
                            end: Some(it.end),
                            parts: Vec::new(),
                        },
                    )
                })
                .collect();
            for (at, to, _, kind) in &statuses {
                parts.push((
                    *at,
                    Deadline {
                        raw: Some(raw_slice(*at, *to)),
                        kind: *kind,
                        start: None,
                        end: None,
                        parts: Vec::new(),
                    },
                ));
            }
            parts.sort_by_key(|p| p.0);
            if items.len() == 1 && statuses.iter().all(|s| s.3 != DeadlineKind::Recurring) {
                // One date and status words: the date's kind, the word a status.
                let it = items[0];
                let start = Some(it.start);
                let kind = if it.is_range {
                    DeadlineKind::Range
                } else {
                    DeadlineKind::Date
                };
                make(kind, start, Some(it.end), Vec::new())
            } else {
                make(
                    DeadlineKind::Multiple,
                    None,
                    None,
                    parts.into_iter().map(|p| p.1).collect(),
                )
            }
        }
    };
    let status = match deadline.kind {
        DeadlineKind::Multiple => None,
        _ => status,
    };
    DeadlineReading { deadline, status }
}

/// A cell that lists its milestones ("• Draft to CLT – Oct 2024 • Launch –
/// TBC", "(1) Complete (2) Jun-25"): each listed part that reads as a
/// deadline, where two or more do.
fn listed_parts(raw: &str, doc_date: Option<NaiveDate>) -> Option<Vec<Deadline>> {
    let parts: Vec<&str> = if raw.contains(BULLETS) {
        raw.split(BULLETS).collect()
    } else if ENUMERATOR.find_iter(raw).count() >= 2 {
        ENUMERATOR.split(raw).collect()
    } else {
        return None;
    };
    let read: Vec<Deadline> = parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .map(|p| normalise_deadline(p, doc_date).deadline)
        .filter(|d| !matches!(d.kind, DeadlineKind::Unparsed | DeadlineKind::None))
        .collect();
    (read.len() >= 2).then_some(read)
}

/// Bullets a reader may have put in place of a dash ("Nov 2025 –" / "Mar" /
/// "2026", a range wrapped in a narrow cell, its next line read as a list
/// item because it opened with the dash).
const BULLETS: [char; 5] = ['•', '▪', '◦', '●', '■'];

/// A range cut over lines whose dash became a bullet: "Nov 2025 • Mar
/// 2026", one bullet between two single dates, the first not bulleted (a
/// list of milestones bullets every item). The text with the bullet read as
/// the dash, where the two read as one range; None otherwise.
fn range_cut_by_a_bullet(raw: &str, doc_date: Option<NaiveDate>) -> Option<String> {
    let (first, second) = raw.split_once(BULLETS)?;
    let (first, second) = (first.trim(), second.trim());
    if first.is_empty() || second.is_empty() || second.contains(BULLETS) {
        return None;
    }
    let single = |t: &str| {
        let d = normalise_deadline(t, doc_date).deadline;
        d.kind == DeadlineKind::Date && d.start.is_some()
    };
    if !single(first) || !single(second) {
        return None;
    }
    let joined = format!("{first} – {second}");
    let range = normalise_deadline(&joined, doc_date).deadline;
    (range.kind == DeadlineKind::Range && range.start <= range.end).then_some(joined)
}

/// "(1)", "(2)": the numbering of listed milestones.
static ENUMERATOR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\(\d{1,2}\)").expect("valid regex"));

/// The text lower-cased, and for each byte offset of it (and its end) the
/// offset in `raw` of the character it came from. Lower-casing changes byte
/// lengths ("K", the Kelvin sign, is three bytes and "k" one; "İ" is two
/// and "i̇" three), so offsets found in the copy must be mapped back before
/// they cut the original.
fn lower_with_offsets(raw: &str) -> (String, Vec<usize>) {
    let mut lower = String::with_capacity(raw.len());
    let mut offsets = Vec::with_capacity(raw.len() + 1);
    for (at, c) in raw.char_indices() {
        for l in c.to_lowercase() {
            lower.push(l);
            offsets.extend(std::iter::repeat_n(at, l.len_utf8()));
        }
    }
    offsets.push(raw.len());
    (lower, offsets)
}

/// The original-case text of the span `at..to` found in the lower-cased
/// copy: whole characters of `raw`, a character whose lowering the span
/// cuts included whole.
fn raw_slice(raw: &str, offsets: &[usize], at: usize, to: usize) -> String {
    let start = offsets.get(at).copied().unwrap_or(raw.len());
    let end = match (offsets.get(to), to.checked_sub(1).and_then(|t| offsets.get(t))) {
        // `to` falls inside one character's lowering: end after that character.
        (Some(&here), Some(&before)) if here == before => here + raw[here..].chars().next().map_or(0, char::len_utf8),
        (Some(&here), _) => here,
        (None, _) => raw.len(),
    };
    raw.get(start..end.max(start)).unwrap_or_default().to_string()
}

/// A date item after joining ranges.
#[derive(Debug, Clone, Copy)]
struct Item {
    start: NaiveDate,
    end: NaiveDate,
    at: usize,
    to: usize,
    is_range: bool,
}

/// Joins "X - Y" / "X to Y" pairs into ranges; a first part with a guessed
/// year takes the second part's year.
fn group_ranges(lower: &str, dates: &[Found]) -> Vec<Item> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < dates.len() {
        let a = dates[i];
        if let Some(b) = dates.get(i + 1) {
            let between = lower[a.to..b.at].trim();
            if matches!(between, "-" | "–" | "—" | "to" | "until" | "till" | "through") && b.end >= a.start {
                let mut start = a.start;
                if a.guessed_year {
                    // "September - December 2024": the year is the second's.
                    if let Some(s) = NaiveDate::from_ymd_opt(b.start.year(), a.start.month(), 1) {
                        start = if s > b.start {
                            s.with_year(b.start.year() - 1).unwrap_or(s)
                        } else {
                            s
                        };
                    }
                }
                out.push(Item {
                    start,
                    end: b.end,
                    at: a.at,
                    to: b.to,
                    is_range: true,
                });
                i += 2;
                continue;
            }
        }
        out.push(Item {
            start: a.start,
            end: a.end,
            at: a.at,
            to: a.to,
            is_range: a.range,
        });
        i += 1;
    }
    out
}

/// Status words: where each starts and ends, its status and the kind it gives.
fn scan_statuses(lower: &str) -> Vec<(usize, usize, Option<Status>, DeadlineKind)> {
    let mut out: Vec<(usize, usize, Option<Status>, DeadlineKind)> = Vec::new();
    for (word, kind, status) in STATUS_WORDS {
        let mut from = 0;
        while let Some(pos) = lower[from..].find(word) {
            let at = from + pos;
            let end = at + word.len();
            let before_ok = at == 0 || !lower[..at].chars().next_back().is_some_and(char::is_alphanumeric);
            let after_ok = !lower[end..].chars().next().is_some_and(char::is_alphanumeric);
            let overlaps = out.iter().any(|(a, b, _, _)| at < *b && end > *a);
            // "To be completed by May", "will be launched": a plan, not a status.
            let future = FUTURE.is_match(&lower[..at]);
            if before_ok && after_ok && !overlaps && !future {
                out.push((at, end, *status, *kind));
            }
            from = end;
        }
    }
    out.sort_by_key(|o| o.0);
    out
}

/// Every date expression in the text, left to right.
fn scan_dates(lower: &str, doc_date: Option<NaiveDate>) -> Vec<Found> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < lower.len() {
        let boundary = at == 0 || !lower[..at].chars().next_back().is_some_and(char::is_alphanumeric);
        if boundary {
            if let Some((found, len)) = date_at(&lower[at..], doc_date) {
                out.push(Found {
                    at,
                    to: at + len,
                    ..found
                });
                at += len;
                continue;
            }
        }
        at += lower[at..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    MONTH_WORDS.iter().find(|(m, _)| *m == w).map(|(_, n)| *n)
}

fn year_of(text: &str) -> Option<i32> {
    let y: i32 = text.parse().ok()?;
    Some(if text.len() == 2 { 2000 + y } else { y })
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    ymd(y, m, 1)?.checked_add_months(Months::new(1))?.pred_opt()
}

fn months(y: i32, from: u32, count: u32) -> Option<(NaiveDate, NaiveDate)> {
    let start = ymd(y, from, 1)?;
    let end = start.checked_add_months(Months::new(count))?.pred_opt()?;
    Some((start, end))
}

/// A season of a year: spring Mar-May, summer Jun-Aug, autumn Sep-Nov,
/// winter Dec to the next February (rule 5).
fn season(name: &str, y: i32) -> Option<(NaiveDate, NaiveDate)> {
    match name {
        "spring" => months(y, 3, 3),
        "summer" => months(y, 6, 3),
        "autumn" | "fall" => months(y, 9, 3),
        _ => Some((ymd(y, 12, 1)?, month_end(y + 1, 2)?)),
    }
}

/// A date expression at the start of `s`: its period and length.
fn date_at(s: &str, doc_date: Option<NaiveDate>) -> Option<(Found, usize)> {
    for (form, re) in FORMS.iter() {
        let Some(c) = re.captures(s) else { continue };
        let len = c.get(0)?.end();
        let mut guessed_year = false;
        let period = match form {
            Form::DayMonthYear => {
                let d = ymd(year_of(&c[3])?, month_number(&c[2])?, c[1].parse().ok()?)?;
                Some((d, d))
            }
            Form::Numeric => {
                let d = ymd(year_of(&c[3])?, c[2].parse().ok()?, c[1].parse().ok()?)?;
                Some((d, d))
            }
            Form::Quarter => {
                let q: u32 = c[1].parse().ok()?;
                let y: i32 = c[2].parse().ok()?;
                match c.get(3) {
                    Some(second) if year_of(second.as_str()).is_some_and(|s| s % 100 == (y + 1) % 100) => {
                        // Financial quarter: Q1 = Apr-Jun ... Q4 = Jan-Mar of the second year.
                        if q == 4 {
                            months(y + 1, 1, 3)
                        } else {
                            months(y, 3 * q + 1, 3)
                        }
                    }
                    Some(_) => None,
                    None => months(y, 3 * q - 2, 3),
                }
            }
            Form::FinancialYear => {
                let y: i32 = c[1].parse().ok()?;
                let second = year_of(&c[2])?;
                if second % 100 != (y + 1) % 100 || !(1990..2100).contains(&y) {
                    None
                } else {
                    months(y, 4, 12)
                }
            }
            Form::MonthPair => {
                let y = year_of(&c[3])?;
                let (a, b) = (month_number(&c[1])?, month_number(&c[2])?);
                let start_year = if a > b { y - 1 } else { y };
                Some((ymd(start_year, a, 1)?, month_end(y, b)?))
            }
            Form::MonthYear => {
                let y = year_of(&c[2])?;
                let m = month_number(&c[1])?;
                Some((ymd(y, m, 1)?, month_end(y, m)?))
            }
            Form::Season => season(&c[1], year_of(&c[2])?),
            Form::SeasonPair => {
                // "Spring–Summer 2025": from the first season's start to the
                // second's end, the year the second's.
                let y = year_of(&c[3])?;
                let (first, last) = (season(&c[1], y)?, season(&c[2], y)?);
                let start = if first.0 > last.0 {
                    season(&c[1], y - 1)?.0
                } else {
                    first.0
                };
                Some((start, last.1))
            }
            Form::Part => {
                let y: i32 = c[2].parse().ok()?;
                match &c[1] {
                    "early" => months(y, 1, 4),
                    "mid" => months(y, 5, 4),
                    _ => months(y, 9, 4),
                }
            }
            Form::Year => {
                let y: i32 = c[1].parse().ok()?;
                if (1990..2100).contains(&y) {
                    months(y, 1, 12)
                } else {
                    None
                }
            }
            Form::Month => {
                // "may" is a verb as well as a month: bare, it counts only
                // at the very end of the cell ("implementation May").
                if &c[1] == "may" && len != s.len() {
                    None?;
                }
                let m = month_number(&c[1])?;
                let doc = doc_date?;
                let window = doc.checked_sub_months(Months::new(6))?;
                let mut y = window.year();
                if m < window.month() {
                    y += 1;
                }
                guessed_year = true;
                Some((ymd(y, m, 1)?, month_end(y, m)?))
            }
        };
        if let Some((start, end)) = period {
            return Some((
                Found {
                    start,
                    end,
                    at: 0,
                    to: len,
                    guessed_year,
                    range: matches!(form, Form::MonthPair | Form::SeasonPair),
                },
                len,
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests;
