//! Status and RAG values to their enumerations, by the words of
//! `vocabulary.md`: one list of status words, one of RAG words.

use crate::record::{Rag, Status};

/// Status words as printed in status, deadline and progress cells, longest
/// first so "not started" wins over "started".
const STATUS_WORDS: &[(&str, Status)] = &[
    ("no further action required", Status::NoFurtherAction),
    ("no further action needed", Status::NoFurtherAction),
    ("no further action", Status::NoFurtherAction),
    ("superseded", Status::NoFurtherAction),
    ("withdrawn", Status::NoFurtherAction),
    ("not yet started", Status::NotStarted),
    ("not started", Status::NotStarted),
    ("not yet due", Status::NotStarted),
    ("not due", Status::NotStarted),
    ("behind schedule", Status::InProgress),
    ("in progress", Status::InProgress),
    ("in-progress", Status::InProgress),
    ("under way", Status::InProgress),
    ("underway", Status::InProgress),
    ("on track", Status::InProgress),
    ("on-track", Status::InProgress),
    ("off track", Status::InProgress),
    ("at risk", Status::InProgress),
    ("delayed", Status::InProgress),
    ("slipped", Status::InProgress),
    ("started", Status::InProgress),
    ("business as usual", Status::Ongoing),
    ("on-going", Status::Ongoing),
    ("on going", Status::Ongoing),
    ("ongoing", Status::Ongoing),
    ("embedded", Status::Ongoing),
    ("bau", Status::Ongoing),
    ("completed", Status::Complete),
    ("complete", Status::Complete),
    ("achieved", Status::Complete),
    ("delivered", Status::Complete),
    ("closed", Status::Complete),
    ("done", Status::Complete),
];

fn fold(text: &str) -> String {
    crate::model::collapse_ws(&text.to_lowercase())
}

/// The status word a text opens with: the phrase, then the end or a
/// character that is not part of a word ("Complete.", "On track –",
/// "Delayed - ...", "Completed in December").
fn opening_status(text: &str) -> Option<Status> {
    let t = fold(text);
    let t = t.trim_start_matches(|c: char| !c.is_alphanumeric());
    STATUS_WORDS
        .iter()
        .find(|(w, _)| {
            t.strip_prefix(w)
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
        })
        .map(|(_, s)| *s)
}

/// The status a status cell states; None where it states none we know.
pub fn status_from_text(text: &str) -> Option<Status> {
    opening_status(text).or_else(|| percent_status(text))
}

/// A status given as a share done ("40%", "100 %"): none of it not
/// started, all of it complete, anything between in progress.
fn percent_status(text: &str) -> Option<Status> {
    let t = text.trim();
    let number = t.strip_suffix('%')?.trim();
    let done: f64 = number.parse().ok()?;
    Some(match done {
        d if d <= 0.0 => Status::NotStarted,
        d if d >= 100.0 => Status::Complete,
        _ => Status::InProgress,
    })
}

/// The status a progress update opens with ("COMPLETE ...", "On track.",
/// "Delayed – ..."): only the opening words count, as words later in a
/// narrative are not statements of the action's status.
pub fn status_from_progress(text: &str) -> Option<Status> {
    opening_status(text).or_else(|| completion_statement(text))
}

/// Verbs whose perfect passive states that a thing is finished.
const FINISHED_VERBS: &[&str] = &["completed", "delivered", "achieved", "finished"];

/// A note that is nothing but one sentence saying its subject is finished
/// ("The submission has been completed.", "All posts have now been
/// delivered"): the whole note is the status statement. A longer note, or
/// one that goes on ("... has been completed and a second phase ..."), is
/// narrative and states no status.
fn completion_statement(text: &str) -> Option<Status> {
    let t = fold(text);
    let sentence = t.trim().trim_end_matches(['.', '!']).trim_end();
    if sentence.is_empty() || sentence.contains(['.', ';', ':']) || sentence.split(' ').count() > 16 {
        return None;
    }
    let words: Vec<&str> = sentence.split(' ').collect();
    let n = words.len();
    let last = words.last()?;
    let finished = FINISHED_VERBS.contains(last) || *last == "complete";
    let before: Vec<&str> = words[..n - 1].iter().rev().take(3).copied().collect();
    let stated = match before.as_slice() {
        ["been", "has" | "have", ..] | ["been", "now", "has" | "have", ..] => finished,
        ["now", "is" | "are", ..] | ["is" | "are", ..] => *last == "complete" || *last == "completed",
        _ => false,
    };
    (n >= 3 && stated).then_some(Status::Complete)
}

/// What a RAG field says.
#[derive(Debug, Clone, PartialEq)]
pub enum RagReading {
    /// One of the three ratings.
    Rag(Rag),
    /// Two colours ("Amber/Green"): no single rating; kept in a warning.
    TwoColour(String),
    /// BRAG's blue: complete.
    Blue,
    /// Nothing we know.
    Unknown,
}

/// Reads a RAG field: a word ("Amber"), a letter ("A"), two colours, or
/// BRAG's blue.
pub fn read_rag(text: &str) -> RagReading {
    let t = fold(text);
    let words: Vec<&str> = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let colour = |w: &str| match w {
        "green" | "g" => Some(Rag::Green),
        "amber" | "a" | "orange" | "yellow" => Some(Rag::Amber),
        "red" | "r" => Some(Rag::Red),
        _ => None,
    };
    match words.as_slice() {
        [] => RagReading::Unknown,
        ["blue" | "b", ..] => RagReading::Blue,
        ["ag" | "ar" | "ga" | "ra", ..] => RagReading::TwoColour(text.trim().to_string()),
        [a, b, ..] if colour(a).is_some() && colour(b).is_some() && a != b => {
            RagReading::TwoColour(text.trim().to_string())
        }
        [first, ..] => match colour(first) {
            Some(r) => RagReading::Rag(r),
            None if matches!(*first, "complete" | "completed") => RagReading::Rag(Rag::Green),
            None => RagReading::Unknown,
        },
    }
}

/// The rating a RAG field gives, where it gives exactly one.
pub fn rag_from_text(text: &str) -> Option<Rag> {
    match read_rag(text) {
        RagReading::Rag(r) => Some(r),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_cells() {
        let cases = [
            ("COMPLETE", Some(Status::Complete)),
            ("Completed", Some(Status::Complete)),
            ("On-going", Some(Status::Ongoing)),
            ("In progress", Some(Status::InProgress)),
            ("Not started", Some(Status::NotStarted)),
            ("No further action needed", Some(Status::NoFurtherAction)),
            ("Delayed", Some(Status::InProgress)),
            ("At risk", Some(Status::InProgress)),
            ("Behind schedule", Some(Status::InProgress)),
            ("On track", Some(Status::InProgress)),
            ("Achieved", Some(Status::Complete)),
            ("Business as usual", Some(Status::Ongoing)),
            ("Superseded", Some(Status::NoFurtherAction)),
            ("Not due", Some(Status::NotStarted)),
            ("40%", Some(Status::InProgress)),
            ("100%", Some(Status::Complete)),
            ("0 %", Some(Status::NotStarted)),
            ("See update", None),
            ("Delivery plan drafted", None),
        ];
        for (text, want) in cases {
            assert_eq!(status_from_text(text), want, "{text}");
        }
    }

    #[test]
    fn progress_opening_words() {
        let cases = [
            ("COMPLETE Inclusive Growth Strategy", Some(Status::Complete)),
            ("Complete - The Chief Executive", Some(Status::Complete)),
            ("Completed in December 2024. Proposals", Some(Status::Complete)),
            ("On track. The first report is being drafted", Some(Status::InProgress)),
            ("Delayed – as agreed with the peer team", Some(Status::InProgress)),
            ("Not started. This depends on 1.1", Some(Status::NotStarted)),
            ("Ongoing. The schedule is", Some(Status::Ongoing)),
            ("Work will complete in May", None),
            ("The council's submission has been completed.", Some(Status::Complete)),
            ("All three posts have now been delivered", Some(Status::Complete)),
            ("The review is now complete.", Some(Status::Complete)),
            (
                "A review has been completed and no issues were found. However, more",
                None,
            ),
            ("Phase one has been completed; phase two is planned.", None),
            ("The plan has been drafted.", None),
            ("It has been completed", Some(Status::Complete)),
            ("Completion is expected", None),
            ("Delivery plans for three priorities", None),
        ];
        for (text, want) in cases {
            assert_eq!(status_from_progress(text), want, "{text}");
        }
    }

    #[test]
    fn rag_cells() {
        let cases = [
            ("Green", RagReading::Rag(Rag::Green)),
            ("AMBER", RagReading::Rag(Rag::Amber)),
            ("Orange", RagReading::Rag(Rag::Amber)),
            ("R", RagReading::Rag(Rag::Red)),
            ("A", RagReading::Rag(Rag::Amber)),
            ("Amber/Green", RagReading::TwoColour("Amber/Green".into())),
            ("Red - Amber", RagReading::TwoColour("Red - Amber".into())),
            ("Blue", RagReading::Blue),
            ("", RagReading::Unknown),
            ("n/a", RagReading::Unknown),
        ];
        for (text, want) in cases {
            assert_eq!(read_rag(text), want, "{text:?}");
        }
    }
}
