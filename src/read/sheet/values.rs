//! Cell values as a spreadsheet shows them: numbers and dates through the
//! cell's number format code, the way Excel and LibreOffice render them in
//! a UK locale.

use calamine::{DataRef, ExcelDateTime};
use chrono::{Datelike, NaiveDate};

/// Built-in date formats Excel shows in the reader's locale rather than as
/// their code: id 14 is the short date (`dd/mm/yyyy` in the UK), 22 the
/// short date and time.
fn locale_format(id: Option<u32>) -> Option<&'static str> {
    match id {
        Some(14) => Some("dd/mm/yyyy"),
        Some(22) => Some("dd/mm/yyyy hh:mm"),
        _ => None,
    }
}

/// A cell's value as text, formatted by its number format code (`None`:
/// General) and built-in format id.
pub fn show(value: &DataRef<'_>, code: Option<&str>, id: Option<u32>) -> String {
    match value {
        DataRef::Empty => String::new(),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_string(),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        DataRef::Int(i) => show_number(*i as f64, code),
        DataRef::Float(f) => show_number(*f, code),
        DataRef::DateTime(dt) => show_datetime(dt, locale_format(id).or(code)),
        DataRef::DateTimeIso(s) => show_iso(s),
        DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => e.to_string(),
    }
}

/// A number under a non-date format: percentages scaled, whole numbers
/// without a decimal point, others as written.
pub fn show_number(v: f64, code: Option<&str>) -> String {
    let code = code.map(first_section).unwrap_or_default();
    let bare = literal_free(&code);
    if bare.contains('%') {
        let places = bare
            .split('.')
            .nth(1)
            .map_or(0, |d| d.chars().take_while(|c| *c == '0').count());
        return format!("{:.*}%", places, v * 100.0);
    }
    if let Some(places) = bare
        .split('.')
        .nth(1)
        .map(|d| d.chars().take_while(|c| *c == '0').count())
    {
        if places > 0 && bare.contains('0') {
            return format!("{v:.places$}");
        }
    }
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// An ISO date or date-time (OpenDocument's cell value) as a UK short date.
fn show_iso(s: &str) -> String {
    match NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d") {
        Ok(d) => format!("{:02}/{:02}/{:04}", d.day(), d.month(), d.year()),
        Err(_) => s.to_string(),
    }
}

/// The first section of a format code (the one positive numbers use).
fn first_section(code: &str) -> String {
    let mut out = String::new();
    let mut quoted = false;
    for ch in code.chars() {
        match ch {
            '"' => quoted = !quoted,
            ';' if !quoted => break,
            _ => {}
        }
        out.push(ch);
    }
    out
}

/// The code with quoted literals, escapes and `[...]` parts taken out.
fn literal_free(code: &str) -> String {
    let mut out = String::new();
    let mut chars = code.chars();
    while let Some(ch) = chars.next() {
        match ch {
            '"' => {
                for c in chars.by_ref() {
                    if c == '"' {
                        break;
                    }
                }
            }
            '\\' | '_' | '*' => {
                chars.next();
            }
            '[' => {
                for c in chars.by_ref() {
                    if c == ']' {
                        break;
                    }
                }
            }
            _ => out.push(ch),
        }
    }
    out
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// One token of a date format code.
#[derive(Debug, PartialEq)]
enum Tok {
    Lit(String),
    /// A run of one letter (y, m, d, h, s) and its length.
    Run(char, usize),
    AmPm,
}

fn tokens(code: &str) -> Vec<Tok> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let ch = chars[i];
        let lower = ch.to_ascii_lowercase();
        match ch {
            '"' => {
                let end = chars[i + 1..]
                    .iter()
                    .position(|&c| c == '"')
                    .map_or(chars.len(), |p| i + 1 + p);
                out.push(Tok::Lit(chars[i + 1..end].iter().collect()));
                i = end + 1;
            }
            '\\' => {
                if let Some(&c) = chars.get(i + 1) {
                    out.push(Tok::Lit(c.to_string()));
                }
                i += 2;
            }
            '_' | '*' => i += 2,
            '[' => {
                let end = chars[i..].iter().position(|&c| c == ']').map_or(chars.len(), |p| i + p);
                i = end + 1;
            }
            _ if code[char_offset(code, i)..].to_ascii_uppercase().starts_with("AM/PM") => {
                out.push(Tok::AmPm);
                i += 5;
            }
            _ if matches!(lower, 'y' | 'm' | 'd' | 'h' | 's') => {
                let n = chars[i..]
                    .iter()
                    .take_while(|c| c.to_ascii_lowercase() == lower)
                    .count();
                out.push(Tok::Run(lower, n));
                i += n;
            }
            _ => {
                out.push(Tok::Lit(ch.to_string()));
                i += 1;
            }
        }
    }
    out
}

fn char_offset(s: &str, chars: usize) -> usize {
    s.char_indices().nth(chars).map_or(s.len(), |(o, _)| o)
}

/// A date-time cell through its format code (a UK short date where the
/// code has no date parts, as for a bare serial number).
pub fn show_datetime(dt: &ExcelDateTime, code: Option<&str>) -> String {
    let (y, mo, d, h, mi, s, _) = dt.to_ymd_hms_milli();
    if dt.is_duration() {
        return format!("{h}:{mi:02}");
    }
    let code = code.map(first_section).unwrap_or_default();
    let toks = tokens(&code);
    if !toks
        .iter()
        .any(|t| matches!(t, Tok::Run('y' | 'd', _) | Tok::Run('m', _)))
    {
        return format!("{d:02}/{mo:02}/{y:04}");
    }
    let weekday =
        NaiveDate::from_ymd_opt(y.into(), mo.into(), d.into()).map(|n| n.weekday().num_days_from_monday() as usize);
    let twelve = toks.contains(&Tok::AmPm);
    let month = MONTHS.get(usize::from(mo).wrapping_sub(1)).copied().unwrap_or("");
    let mut out = String::new();
    for (k, tok) in toks.iter().enumerate() {
        match tok {
            Tok::Lit(l) => out.push_str(l),
            Tok::AmPm => out.push_str(if h < 12 { "AM" } else { "PM" }),
            Tok::Run('y', n) if *n <= 2 => out.push_str(&format!("{:02}", y % 100)),
            Tok::Run('y', _) => out.push_str(&format!("{y:04}")),
            Tok::Run('d', 1) => out.push_str(&d.to_string()),
            Tok::Run('d', 2) => out.push_str(&format!("{d:02}")),
            Tok::Run('d', 3) => out.push_str(weekday.map_or("", |w| &DAYS[w][..3])),
            Tok::Run('d', _) => out.push_str(weekday.map_or("", |w| DAYS[w])),
            Tok::Run('h', n) => {
                let hour = if twelve { (h + 11) % 12 + 1 } else { h };
                out.push_str(&if *n >= 2 {
                    format!("{hour:02}")
                } else {
                    hour.to_string()
                });
            }
            Tok::Run('s', n) => out.push_str(&if *n >= 2 { format!("{s:02}") } else { s.to_string() }),
            Tok::Run('m', n) => {
                // "m" after an hour or before seconds is minutes.
                let after_hour = toks[..k]
                    .iter()
                    .rev()
                    .find(|t| matches!(t, Tok::Run(..)))
                    .is_some_and(|t| matches!(t, Tok::Run('h', _)));
                let before_sec = toks[k + 1..]
                    .iter()
                    .find(|t| matches!(t, Tok::Run(..)))
                    .is_some_and(|t| matches!(t, Tok::Run('s', _)));
                if (after_hour || before_sec) && *n <= 2 {
                    out.push_str(&if *n == 2 { format!("{mi:02}") } else { mi.to_string() });
                } else {
                    match n {
                        1 => out.push_str(&mo.to_string()),
                        2 => out.push_str(&format!("{mo:02}")),
                        3 => out.push_str(month.get(..3).unwrap_or(month)),
                        4 => out.push_str(month),
                        _ => out.push_str(month.get(..1).unwrap_or(month)),
                    }
                }
            }
            Tok::Run(..) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::ExcelDateTimeType;

    fn date(serial: f64, is_1904: bool) -> ExcelDateTime {
        ExcelDateTime::new(serial, ExcelDateTimeType::DateTime, is_1904)
    }

    #[test]
    fn serial_dates_show_through_their_format() {
        // 45565 is 30 September 2024 in the 1900 system.
        assert_eq!(show_datetime(&date(45565.0, false), Some("dd/mm/yyyy")), "30/09/2024");
        assert_eq!(show_datetime(&date(45565.0, false), Some("mmm-yy")), "Sep-24");
        assert_eq!(
            show_datetime(&date(45565.0, false), Some("d mmmm yyyy")),
            "30 September 2024"
        );
        assert_eq!(
            show_datetime(&date(45565.0, false), Some("[$-809]dd\\/mm\\/yyyy;@")),
            "30/09/2024"
        );
        assert_eq!(
            show_datetime(&date(45565.0, false), Some("dddd d mmm")),
            "Monday 30 Sep"
        );
        // The same day in the 1904 system is 1462 days less.
        assert_eq!(
            show_datetime(&date(45565.0 - 1462.0, true), Some("dd/mm/yyyy")),
            "30/09/2024"
        );
        assert_eq!(
            show_datetime(&date(45565.5, false), Some("dd/mm/yyyy hh:mm")),
            "30/09/2024 12:00"
        );
        assert_eq!(
            show(&DataRef::DateTime(date(45565.0, false)), Some("m/d/yyyy"), Some(14)),
            "30/09/2024"
        );
    }

    #[test]
    fn numbers_show_through_their_format() {
        assert_eq!(show_number(0.5, Some("0%")), "50%");
        assert_eq!(show_number(3.0, None), "3");
        assert_eq!(show_number(2.5, Some("General")), "2.5");
        assert_eq!(show_number(2.0, Some("0.00")), "2.00");
        assert_eq!(
            show(&DataRef::DateTimeIso("2024-09-30".into()), None, None),
            "30/09/2024"
        );
    }
}
