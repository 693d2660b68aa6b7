//! Linking: one action followed across a plan and its progress updates.
//!
//! Councils publish a plan, then updates of it as new documents. Given the
//! documents of one plan in order, [`link_pair`] pairs each action of an
//! update with the action it continues in the document before, and
//! [`lineage::link_plan`] chains those links into one [`Lineage`] per
//! action, so its history can be read across reports.
//!
//! Format-blind: only records are compared, never layout. The score of a
//! pair (see [`LinkSettings`]) is mostly how alike the action's wording is,
//! with the recommendation it answers, its lead and its printed number as
//! support:
//!
//! ```text
//! score = TEXT_WEIGHT × text + (1 − TEXT_WEIGHT) × mean(context signals present)
//! ```
//!
//! where text is Dice's coefficient over content words and the context
//! signals are: same recommendation (id, else wording), same lead (share of
//! owners), same action number (only when equal: an insertion renumbers
//! the rest, so a different number is no evidence). With no context signal
//! the score is the text alone. Pairs are then assigned one-to-one, best
//! first ([`assign`]); an action whose best remaining pair scores below
//! [`LinkSettings::threshold`] is new. A link below
//! [`LinkSettings::uncertain_below`] is kept but carries a warning.
//!
//! [`Lineage`]: crate::record::Lineage

pub mod assign;
pub mod eval;
pub mod lineage;
pub mod similarity;

use crate::record::Record;

use assign::{assign, Candidate};
use similarity::{id_agreement, lead_agreement, recommendation_agreement, text_similarity};

/// Share of the score given to the action's own wording; the rest is the
/// context (recommendation, lead, number). Wording leads: two different
/// actions often share a parent and a lead, one action rarely changes
/// most of its words.
pub const TEXT_WEIGHT: f64 = 0.65;

/// Least score for a link. With full context agreement (same
/// recommendation and lead) this asks for about a quarter of the content
/// words in common; with no context, half.
pub const LINK_THRESHOLD: f64 = 0.5;

/// Links scoring below this are kept but carry a warning: with full
/// context agreement, fewer than about 60% of content words in common.
pub const UNCERTAIN_BELOW: f64 = 0.75;

/// The thresholds of linking, with the documented defaults above.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinkSettings {
    /// Least score for a link; below it an update action is new.
    pub threshold: f64,
    /// Links below this score carry a warning in the record.
    pub uncertain_below: f64,
}

impl Default for LinkSettings {
    fn default() -> Self {
        LinkSettings {
            threshold: LINK_THRESHOLD,
            uncertain_below: UNCERTAIN_BELOW,
        }
    }
}

/// Why a pair scored what it did: each signal, `None` where one side
/// lacked it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Evidence {
    /// Likeness of the action's wording, 0..=1.
    pub text: f64,
    /// Same recommendation, 0..=1.
    pub recommendation: Option<f64>,
    /// Same lead, 0..=1.
    pub lead: Option<f64>,
    /// Same printed action number (1.0), or no evidence.
    pub id: Option<f64>,
}

impl Evidence {
    /// The signals of one pair of records.
    pub fn of(update: &Record, base: &Record) -> Evidence {
        Evidence {
            text: text_similarity(&update.action.text, &base.action.text),
            recommendation: recommendation_agreement(update, base),
            lead: lead_agreement(update, base),
            id: id_agreement(update, base),
        }
    }

    /// The combined score (see the module documentation).
    pub fn score(&self) -> f64 {
        let context: Vec<f64> = [self.recommendation, self.lead, self.id]
            .into_iter()
            .flatten()
            .collect();
        if context.is_empty() {
            return self.text;
        }
        let mean = context.iter().sum::<f64>() / context.len() as f64;
        TEXT_WEIGHT * self.text + (1.0 - TEXT_WEIGHT) * mean
    }

    /// The signals in words, for `history --explain`.
    pub fn describe(&self) -> String {
        let opt = |v: Option<f64>| v.map_or("n/a".to_string(), |v| format!("{v:.2}"));
        format!(
            "text {:.2}, recommendation {}, lead {}, number {}",
            self.text,
            opt(self.recommendation),
            opt(self.lead),
            opt(self.id)
        )
    }
}

/// What linking decided for one update action.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// Index of the action in the update.
    pub update: usize,
    /// The base action it continues, or None for a new action.
    pub base: Option<usize>,
    /// The link's score (for a new action, its best candidate's score).
    pub score: f64,
    /// The signals behind the link, or behind the best candidate of a new
    /// action (None when the base had no actions at all).
    pub evidence: Option<Evidence>,
    /// The best base candidate considered (the link itself when linked).
    pub best_candidate: Option<usize>,
}

/// Links every action of `update` to the action of `base` it continues,
/// one-to-one; the result has one [`Link`] per update action, in order.
pub fn link_pair(base: &[Record], update: &[Record], settings: &LinkSettings) -> Vec<Link> {
    let mut candidates = Vec::with_capacity(base.len() * update.len());
    let mut evidence = vec![Vec::with_capacity(base.len()); update.len()];
    for (u, ur) in update.iter().enumerate() {
        for (b, br) in base.iter().enumerate() {
            let e = Evidence::of(ur, br);
            candidates.push(Candidate {
                update: u,
                base: b,
                score: e.score(),
            });
            evidence[u].push(e);
        }
    }
    let given = assign(candidates, update.len(), base.len(), settings.threshold);
    given
        .into_iter()
        .enumerate()
        .map(|(u, g)| match g {
            Some((b, score)) => Link {
                update: u,
                base: Some(b),
                score,
                evidence: Some(evidence[u][b]),
                best_candidate: Some(b),
            },
            None => {
                let best = evidence[u]
                    .iter()
                    .enumerate()
                    .max_by(|x, y| x.1.score().total_cmp(&y.1.score()))
                    .map(|(b, e)| (b, *e));
                Link {
                    update: u,
                    base: None,
                    score: best.map_or(0.0, |(_, e)| e.score()),
                    evidence: best.map(|(_, e)| e),
                    best_candidate: best.map(|(b, _)| b),
                }
            }
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests;
