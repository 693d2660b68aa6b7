//! How alike two actions are, signal by signal: the wording of the action,
//! its recommendation, its lead and its own number.
//!
//! Every signal is a number in 0..=1, or `None` where one side does not
//! have it (no recommendation, no lead printed), so a missing value is
//! neither evidence for a link nor against it.

use std::collections::BTreeSet;

use crate::record::Record;
use crate::store::identity::normalise_text;

/// Words too common in action plans' grammar to say which action is which.
/// Grammar words only: never a plan's own subject words.
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "its", "of", "on", "or", "so",
    "that", "the", "their", "them", "this", "to", "with", "will", "we", "our", "are", "was", "which", "who",
];

/// The content words of a text: normalised (case, punctuation), grammar
/// words dropped, a plural "s" taken off, so "homes" and "home" agree.
pub fn content_words(text: &str) -> BTreeSet<String> {
    normalise_text(text)
        .split(' ')
        .filter(|w| !w.is_empty() && !STOP_WORDS.contains(w))
        .map(stem)
        .collect()
}

/// A light stem: the trailing "s" of a plural (not of "ss" or short words).
fn stem(word: &str) -> String {
    if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") {
        word[..word.len() - 1].to_string()
    } else {
        word.to_string()
    }
}

/// Dice's coefficient of two word sets: twice the shared words over the
/// sum of the sizes; 1.0 for two empty sets.
pub fn dice(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let shared = a.intersection(b).count() as f64;
    2.0 * shared / (a.len() + b.len()) as f64
}

/// How alike two actions' wording is (Dice over content words).
pub fn text_similarity(a: &str, b: &str) -> f64 {
    dice(&content_words(a), &content_words(b))
}

/// Whether two actions answer the same recommendation: 1.0 when both
/// print the same recommendation id; otherwise how alike the
/// recommendations' texts are (renumbered recommendations keep their
/// words); `None` when either has no recommendation.
pub fn recommendation_agreement(a: &Record, b: &Record) -> Option<f64> {
    let (ra, rb) = (a.recommendation.as_ref()?, b.recommendation.as_ref()?);
    let id = |r: &crate::record::Recommendation| r.id.as_deref().map(normalise_text).filter(|s| !s.is_empty());
    if let (Some(x), Some(y)) = (id(ra), id(rb)) {
        if x == y {
            return Some(1.0);
        }
    }
    let text = |r: &crate::record::Recommendation| r.text.clone().or_else(|| r.title.clone());
    match (text(ra), text(rb)) {
        (Some(x), Some(y)) => Some(text_similarity(&x, &y)),
        _ => match (id(ra), id(rb)) {
            (Some(_), Some(_)) => Some(0.0),
            _ => None,
        },
    }
}

/// Whether two actions have the same lead: the share of canonical owner
/// names in common (Jaccard); `None` when either names no lead.
pub fn lead_agreement(a: &Record, b: &Record) -> Option<f64> {
    let names = |r: &Record| -> BTreeSet<String> { r.lead.iter().map(|o| normalise_text(&o.name)).collect() };
    let (x, y) = (names(a), names(b));
    if x.is_empty() || y.is_empty() {
        return None;
    }
    let shared = x.intersection(&y).count() as f64;
    Some(shared / x.union(&y).count() as f64)
}

/// Whether two actions print the same number: `Some(1.0)` when both have
/// an id and it is the same. A different number is not evidence against a
/// link (an insertion renumbers every action after it), so it gives `None`.
pub fn id_agreement(a: &Record, b: &Record) -> Option<f64> {
    let id = |r: &Record| r.action.id.as_deref().map(normalise_text).filter(|s| !s.is_empty());
    match (id(a), id(b)) {
        (Some(x), Some(y)) if x == y => Some(1.0),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wording_is_compared_by_content_words() {
        assert_eq!(text_similarity("Publish the strategy.", "publish  a STRATEGY"), 1.0);
        assert_eq!(text_similarity("Buy homes", "buy home"), 1.0);
        let edited = text_similarity(
            "Report progress to Cabinet and the Audit Committee quarterly.",
            "Report progress to Cabinet, the Audit Committee and the Budget Group quarterly.",
        );
        assert!(edited > 0.7 && edited < 1.0, "{edited}");
        assert!(text_similarity("Publish a workforce strategy", "Procure a contact platform") < 0.1);
    }

    #[test]
    fn dice_of_empty_sets_is_one_and_disjoint_sets_zero() {
        let e = BTreeSet::new();
        let a: BTreeSet<String> = ["x".to_string()].into();
        assert_eq!(dice(&e, &e), 1.0);
        assert_eq!(dice(&a, &e), 0.0);
    }
}
