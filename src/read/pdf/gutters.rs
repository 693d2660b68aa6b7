//! Gutters: the x positions between columns of text that (almost) no text
//! crosses, found from the horizontal extents of pieces of text.

/// The middles of the gutters among `spans` (left and right edges of
/// pieces of text): stretches of x that at most `allowed` spans cross (a
/// title or a heading over several columns), at least `min_width` wide,
/// with text on both sides. Where a stretch holds a part at least
/// `min_width` wide that fewer spans cross, the gutter is the middle of the
/// widest such part crossed by fewest: a boundary through the clean white
/// beside a long cell, not through the cell.
pub fn gutter_middles(spans: impl Iterator<Item = (f64, f64)>, allowed: usize, min_width: f64) -> Vec<f64> {
    let mut events: Vec<(f64, i32)> = spans.flat_map(|(a, b)| [(a, 1), (b, -1)]).collect();
    events.sort_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
    let allowed = allowed as i32;
    let mut out = Vec::new();
    let (mut depth, mut open, mut seen) = (0i32, None::<f64>, false);
    // The clearest part of the open stretch so far: (depth, start, end).
    let mut clearest: Option<(i32, f64, f64)> = None;
    let mut last_x = f64::NEG_INFINITY;
    for (x, d) in events {
        let before = depth;
        if open.is_some() && x - last_x >= min_width {
            let better = clearest.is_none_or(|(cd, cs, ce)| before < cd || before == cd && x - last_x > ce - cs);
            if better {
                clearest = Some((before, last_x, x));
            }
        }
        last_x = x;
        depth += d;
        if seen && depth <= allowed && before > allowed {
            open = Some(x);
            clearest = None;
        } else if depth > allowed && before <= allowed {
            if let Some(start) = open.take() {
                if x - start >= min_width {
                    out.push(match clearest {
                        Some((_, a, b)) => (a + b) / 2.0,
                        None => (start + x) / 2.0,
                    });
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
    fn a_gutter_keeps_to_the_white_beside_a_long_cell() {
        // Ten lines: 10..50 then 70..100; one line's first cell runs on to
        // 60. The boundary is in 60..70, not through that cell.
        let mut spans = Vec::new();
        for _ in 0..10 {
            spans.extend([(10.0, 50.0), (70.0, 100.0)]);
        }
        spans.push((10.0, 60.0));
        assert_eq!(gutter_middles(spans.into_iter(), 1, 5.0), vec![65.0]);
    }

    #[test]
    fn narrow_gaps_are_not_gutters() {
        let spans = vec![(10.0, 50.0), (52.0, 90.0), (10.0, 50.0), (52.0, 90.0)];
        assert!(gutter_middles(spans.into_iter(), 0, 5.0).is_empty());
    }
}
