//! Link precision and recall against an answer file (`links.json`, as in
//! `../shared/corpus-updates/*/links.json`): for every action of the
//! update, the base action it continues (null for a new one).
//!
//! Extracted records are matched to the answer's actions by wording (one
//! to one, content-word Dice at least [`MATCH_AT_LEAST`]), so a
//! decision is judged whatever the layout. A decision is right when an
//! update action is linked to the base action the answer names, or left
//! new where the answer says null. Precision is right decisions over the
//! decisions made on update records (an update record that matches no
//! answer action counts only if it was linked, and then as wrong); recall
//! is right decisions over the answer's update actions.

use serde::Deserialize;

use crate::record::Record;

use super::assign::{assign, Candidate};
use super::similarity::text_similarity;
use super::Link;

/// How alike an extracted action's wording must be to an answer's to be
/// taken for it (extraction may lose or join a few words).
pub const MATCH_AT_LEAST: f64 = 0.6;

/// An answer file.
#[derive(Debug, Clone, Deserialize)]
pub struct LinkAnswers {
    /// One entry per update action.
    pub links: Vec<AnswerLink>,
    /// Base actions the update no longer has.
    #[serde(default)]
    pub removed: Vec<String>,
}

/// One update action and the base action it continues.
#[derive(Debug, Clone, Deserialize)]
pub struct AnswerLink {
    /// The update action's wording.
    pub update_action: String,
    /// The base action's wording, or null for a new action.
    pub base_action: Option<String>,
    /// The fields the answer says changed.
    #[serde(default)]
    pub changed: Vec<String>,
}

/// Link precision and recall, with the wrong decisions in words.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkScore {
    /// Right decisions over decisions made.
    pub precision: f64,
    /// Right decisions over the answer's update actions.
    pub recall: f64,
    /// Right decisions.
    pub right: usize,
    /// Decisions judged.
    pub decided: usize,
    /// The answer's update actions.
    pub expected: usize,
    /// One line per wrong or missing decision.
    pub misses: Vec<String>,
}

/// Matches records to answer texts one-to-one: per record, the answer index.
fn match_texts(records: &[Record], texts: &[&str]) -> Vec<Option<usize>> {
    let mut candidates = Vec::new();
    for (r, rec) in records.iter().enumerate() {
        for (t, text) in texts.iter().enumerate() {
            candidates.push(Candidate {
                update: r,
                base: t,
                score: text_similarity(&rec.action.text, text),
            });
        }
    }
    assign(candidates, records.len(), texts.len(), MATCH_AT_LEAST)
        .into_iter()
        .map(|g| g.map(|(t, _)| t))
        .collect()
}

/// Scores `links` (from [`super::link_pair`] on `base` and `update`)
/// against the answers.
pub fn score_links(base: &[Record], update: &[Record], links: &[Link], answers: &LinkAnswers) -> LinkScore {
    let update_texts: Vec<&str> = answers.links.iter().map(|l| l.update_action.as_str()).collect();
    let mut base_texts: Vec<&str> = answers.links.iter().filter_map(|l| l.base_action.as_deref()).collect();
    base_texts.extend(answers.removed.iter().map(String::as_str));
    base_texts.sort();
    base_texts.dedup();
    let update_match = match_texts(update, &update_texts);
    let base_match = match_texts(base, &base_texts);
    let (mut right, mut decided, mut misses) = (0, 0, Vec::new());
    let mut seen = vec![false; update_texts.len()];
    for link in links {
        let predicted = link.base.map(|b| base_match.get(b).copied().flatten());
        match update_match.get(link.update).copied().flatten() {
            Some(a) => {
                seen[a] = true;
                decided += 1;
                let want = answers.links[a].base_action.as_deref();
                let got = predicted.map(|p| p.map(|i| base_texts[i]));
                let ok = match (want, got) {
                    (None, None) => true,
                    (Some(w), Some(Some(g))) => w == g,
                    _ => false,
                };
                if ok {
                    right += 1;
                } else {
                    misses.push(format!(
                        "{:?}: linked to {:?}, answer {:?} (score {:.2})",
                        short(&answers.links[a].update_action),
                        got.map(|g| g.map(short)),
                        want.map(short),
                        link.score
                    ));
                }
            }
            None if link.base.is_some() => {
                decided += 1;
                misses.push(format!(
                    "record {:?} matches no answer action but was linked",
                    short(&update[link.update].action.text)
                ));
            }
            None => {}
        }
    }
    for (a, s) in seen.iter().enumerate() {
        if !s {
            misses.push(format!("{:?}: not extracted", short(&answers.links[a].update_action)));
        }
    }
    let ratio = |n: usize, d: usize| if d == 0 { 0.0 } else { n as f64 / d as f64 };
    LinkScore {
        precision: ratio(right, decided),
        recall: ratio(right, update_texts.len()),
        right,
        decided,
        expected: update_texts.len(),
        misses,
    }
}

fn short(s: &str) -> String {
    super::lineage::shorten(s, 60)
}
