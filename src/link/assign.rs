//! One-to-one assignment of update actions to base actions.
//!
//! Greedy by score: the best-scoring pair is taken first, then the best of
//! what is left, and so on, until no pair left reaches the threshold. On a
//! tie the pair whose positions in their documents are closer wins, so
//! identical actions pair up in order. Greedy rather than an optimal
//! assignment because a sure link (same words, same parent) should never
//! be given up to make two weak links possible.

/// A candidate pair: update index, base index, score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    /// Index of the action in the update.
    pub update: usize,
    /// Index of the action in the base.
    pub base: usize,
    /// The pair's link score, 0..=1.
    pub score: f64,
}

/// Pairs each update action with at most one base action and each base
/// action with at most one update action, best scores first, ignoring
/// pairs below `threshold`. Returns, per update index, the base index
/// and score it was given.
pub fn assign(
    mut candidates: Vec<Candidate>,
    updates: usize,
    bases: usize,
    threshold: f64,
) -> Vec<Option<(usize, f64)>> {
    let position_gap = |c: &Candidate| {
        let u = c.update as f64 / updates.max(1) as f64;
        let b = c.base as f64 / bases.max(1) as f64;
        (u - b).abs()
    };
    candidates.retain(|c| c.score >= threshold);
    candidates.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then(position_gap(x).total_cmp(&position_gap(y)))
            .then(x.update.cmp(&y.update))
            .then(x.base.cmp(&y.base))
    });
    let mut given = vec![None; updates];
    let mut taken = vec![false; bases];
    for c in candidates {
        if given[c.update].is_none() && !taken[c.base] {
            given[c.update] = Some((c.base, c.score));
            taken[c.base] = true;
        }
    }
    given
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(update: usize, base: usize, score: f64) -> Candidate {
        Candidate { update, base, score }
    }

    #[test]
    fn best_pairs_first_and_each_side_used_once() {
        let got = assign(vec![c(0, 0, 0.9), c(1, 0, 0.95), c(0, 1, 0.6)], 2, 2, 0.5);
        assert_eq!(got, vec![Some((1, 0.6)), Some((0, 0.95))]);
    }

    #[test]
    fn below_threshold_is_left_new() {
        let got = assign(vec![c(0, 0, 0.4)], 1, 1, 0.5);
        assert_eq!(got, vec![None]);
    }

    #[test]
    fn ties_pair_in_order() {
        let got = assign(vec![c(0, 0, 1.0), c(0, 1, 1.0), c(1, 0, 1.0), c(1, 1, 1.0)], 2, 2, 0.5);
        assert_eq!(got, vec![Some((0, 1.0)), Some((1, 1.0))]);
    }
}
