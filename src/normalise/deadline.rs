//! Placeholder until the deadline normaliser lands.
use crate::record::{Deadline, DeadlineKind, Status};
use chrono::NaiveDate;
/// What a deadline cell says.
pub struct DeadlineReading { pub deadline: Deadline, pub status: Option<Status> }
/// Placeholder.
pub fn normalise_deadline(raw: &str, _doc_date: Option<NaiveDate>) -> DeadlineReading {
    let raw = crate::model::collapse_ws(raw);
    if raw.is_empty() { return DeadlineReading { deadline: Deadline::none(), status: None }; }
    DeadlineReading { deadline: Deadline { raw: Some(raw), kind: DeadlineKind::Unparsed, start: None, end: None, parts: vec![] }, status: None }
}
