//! Gutters: the x positions between columns of text that (almost) no text
//! crosses, found from the horizontal extents of pieces of text.

/// The middles of the gutters among `spans` (left and right edges of
/// pieces of text): stretches of x that at most `allowed` spans cross (a
/// title or a heading over several columns), at least `min_width` wide,
/// with text on both sides.
pub fn gutter_middles(spans: impl Iterator<Item = (f64, f64)>, allowed: usize, min_width: f64) -> Vec<f64> {
    let mut events: Vec<(f64, i32)> = spans.flat_map(|(a, b)| [(a, 1), (b, -1)]).collect();
    events.sort_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
    let allowed = allowed as i32;
    let mut out = Vec::new();
    let (mut depth, mut open, mut seen) = (0i32, None::<f64>, false);
    for (x, d) in events {
        let before = depth;
        depth += d;
        if seen && depth <= allowed && before > allowed {
            open = Some(x);
        } else if depth > allowed && before <= allowed {
            if let Some(start) = open.take() {
                if x - start >= min_width {
                    out.push((start + x) / 2.0);
                }
            }
        }
        seen |= depth > 0;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gutter_may_be_crossed_by_a_few_lines() {
        // Two columns, 10..50 and 100..150, on ten lines; one line's text
        // runs across (a heading over both).
        let mut spans = Vec::new();
        for _ in 0..10 {
            spans.extend([(10.0, 50.0), (100.0, 150.0)]);
        }
        spans.push((10.0, 150.0));
        assert_eq!(gutter_middles(spans.clone().into_iter(), 1, 5.0), vec![75.0]);
        assert!(gutter_middles(spans.into_iter(), 0, 5.0).is_empty());
    }

    #[test]
    fn narrow_gaps_are_not_gutters() {
        let spans = vec![(10.0, 50.0), (52.0, 90.0), (10.0, 50.0), (52.0, 90.0)];
        assert!(gutter_middles(spans.into_iter(), 0, 5.0).is_empty());
    }
}
