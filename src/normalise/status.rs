//! Status and RAG cells to their enumerations.

use crate::record::{Rag, Status};

/// Status words as printed in status, deadline and progress cells, longest
/// first so "not started" wins over "started".
const STATUS_WORDS: &[(&str, Status)] = &[
    ("no further action", Status::NoFurtherAction),
    ("not started", Status::NotStarted),
    ("not yet started", Status::NotStarted),
    ("in progress", Status::InProgress),
    ("in-progress", Status::InProgress),
    ("underway", Status::InProgress),
    ("under way", Status::InProgress),
    ("on track", Status::InProgress),
    ("on-going", Status::Ongoing),
    ("ongoing", Status::Ongoing),
    ("completed", Status::Complete),
    ("complete", Status::Complete),
    ("done", Status::Complete),
    ("closed", Status::Complete),
];

fn fold(text: &str) -> String {
    crate::model::collapse_ws(&text.to_lowercase())
}

/// The status a status cell states; None where it states none we know.
pub fn status_from_text(text: &str) -> Option<Status> {
    let t = fold(text);
    STATUS_WORDS
        .iter()
        .find(|(w, _)| t == *w || t.starts_with(&format!("{w} ")) || t.starts_with(&format!("{w} -")))
        .map(|(_, s)| *s)
}

/// The status a progress update opens with ("COMPLETE ...", "Complete - ..."):
/// only an opening word counts, as narrative mentions are not statements.
pub fn status_from_progress(text: &str) -> Option<Status> {
    let t = fold(text);
    let first = t
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .find(|w| !w.is_empty())?;
    match first {
        "complete" | "completed" => Some(Status::Complete),
        _ => None,
    }
}

/// The RAG rating a RAG cell gives.
pub fn rag_from_text(text: &str) -> Option<Rag> {
    let t = fold(text);
    let first = t.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty())?;
    match first {
        "green" | "g" | "complete" | "completed" => Some(Rag::Green),
        "amber" | "a" | "orange" | "yellow" | "ag" | "ar" => Some(Rag::Amber),
        "red" | "r" => Some(Rag::Red),
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
            ("See update", None),
        ];
        for (text, want) in cases {
            assert_eq!(status_from_text(text), want, "{text}");
        }
    }

    #[test]
    fn progress_opening_words() {
        assert_eq!(
            status_from_progress("COMPLETE Inclusive Growth Strategy"),
            Some(Status::Complete)
        );
        assert_eq!(
            status_from_progress("Complete - The Chief Executive"),
            Some(Status::Complete)
        );
        assert_eq!(status_from_progress("Work will complete in May"), None);
    }

    #[test]
    fn rag_cells() {
        let cases = [
            ("Green", Some(Rag::Green)),
            ("AMBER", Some(Rag::Amber)),
            ("Orange", Some(Rag::Amber)),
            ("R", Some(Rag::Red)),
            ("", None),
            ("n/a", None),
        ];
        for (text, want) in cases {
            assert_eq!(rag_from_text(text), want, "{text:?}");
        }
    }
}
