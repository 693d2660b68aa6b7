//! Tables whose cell borders are drawn: rules to a grid of cells.
//!
//! Rules that touch each other form one table. Its distinct rule positions
//! cut it into elementary slots; two neighbouring slots belong to one
//! (merged) cell where no rule is drawn between them. That handles spans in
//! both directions, whatever the producer (Word draws rules, browsers draw
//! thin boxes).

use super::collect::Rule;

/// Positions closer than this are one rule (double borders, rounding).
const SNAP: f64 = 2.0;
/// Rules that come this close are taken to touch.
const TOUCH: f64 = 2.5;

/// A rectangle in page coordinates (top-left origin).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left.
    pub x0: f64,
    /// Top.
    pub y0: f64,
    /// Right.
    pub x1: f64,
    /// Bottom.
    pub y1: f64,
}

impl Rect {
    /// True where the point lies inside.
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x0 && x <= self.x1 && y >= self.y0 && y <= self.y1
    }
}

/// One cell of a ruled table, in slot coordinates.
#[derive(Debug, Clone, PartialEq)]
pub struct GridCell {
    /// First row slot.
    pub row: usize,
    /// First column slot.
    pub col: usize,
    /// Row slots covered.
    pub row_span: usize,
    /// Column slots covered.
    pub col_span: usize,
    /// Where it is on the page.
    pub rect: Rect,
}

/// A ruled table found on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct RuledTable {
    /// The table's outline.
    pub rect: Rect,
    /// Number of row slots.
    pub rows: usize,
    /// Number of column slots.
    pub cols: usize,
    /// Cells, in row-major order of their top-left slot.
    pub cells: Vec<GridCell>,
}

impl RuledTable {
    /// The column edges, read back from the cells: None where the cells'
    /// edges are not one per slot boundary.
    pub(super) fn col_edges(&self) -> Option<Vec<f64>> {
        edges(self.cells.iter().flat_map(|c| [c.rect.x0, c.rect.x1]), self.cols)
    }

    /// The row edges, read back from the cells, as `col_edges`.
    pub(super) fn row_edges(&self) -> Option<Vec<f64>> {
        edges(self.cells.iter().flat_map(|c| [c.rect.y0, c.rect.y1]), self.rows)
    }
}

/// Distinct positions (within a point) that number one more than `slots`.
fn edges(at: impl Iterator<Item = f64>, slots: usize) -> Option<Vec<f64>> {
    let mut at: Vec<f64> = at.collect();
    at.sort_by(f64::total_cmp);
    at.dedup_by(|a, b| (*a - *b).abs() < 1.0);
    (at.len() == slots + 1).then_some(at)
}

/// The slot between `edges` that `x` falls in; the last slot for a
/// position at or past the last edge.
pub(super) fn slot_of(edges: &[f64], x: f64) -> usize {
    edges
        .windows(2)
        .position(|w| x >= w[0] && x < w[1])
        .unwrap_or(edges.len().saturating_sub(2))
}

/// Finds the ruled tables among a page's rules.
pub fn ruled_tables(rules: &[Rule]) -> Vec<RuledTable> {
    let rules = merge(rules);
    let mut tables: Vec<RuledTable> = components(&rules)
        .into_iter()
        .flat_map(|group| split_stacked(&group.iter().map(|&i| rules[i]).collect::<Vec<_>>()))
        .filter_map(|part| table_of(&part))
        .collect();
    tables.sort_by(|a, b| a.rect.y0.total_cmp(&b.rect.y0));
    tables
}

/// Joins collinear rules that overlap or touch, so a border drawn in pieces
/// (one per cell) is one rule.
pub(super) fn merge(rules: &[Rule]) -> Vec<Rule> {
    let mut out: Vec<Rule> = Vec::new();
    for horizontal in [true, false] {
        let mut these: Vec<Rule> = rules.iter().filter(|r| r.horizontal == horizontal).copied().collect();
        these.sort_by(|a, b| a.at.total_cmp(&b.at).then(a.from.total_cmp(&b.from)));
        // Snap positions into clusters first.
        let mut clusters: Vec<Vec<Rule>> = Vec::new();
        for r in these {
            match clusters.last_mut() {
                Some(c) if (r.at - c[0].at).abs() <= SNAP => c.push(r),
                _ => clusters.push(vec![r]),
            }
        }
        for mut c in clusters {
            let at = c.iter().map(|r| r.at).sum::<f64>() / c.len() as f64;
            c.sort_by(|a, b| a.from.total_cmp(&b.from));
            let mut cur: Option<Rule> = None;
            for r in c {
                match cur.as_mut() {
                    Some(k) if r.from <= k.to + TOUCH => {
                        k.to = k.to.max(r.to);
                        k.shade &= r.shade;
                    }
                    _ => {
                        out.extend(cur.take());
                        cur = Some(Rule { at, ..r });
                    }
                }
            }
            out.extend(cur);
        }
    }
    out
}

fn touches(h: &Rule, v: &Rule) -> bool {
    v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH
}

/// The representative of `i`'s set in a union-find forest (with path
/// halving): rules that touch, and slots no rule divides, are joined so.
fn find(p: &mut [usize], i: usize) -> usize {
    let mut i = i;
    while p[i] != i {
        p[i] = p[p[i]];
        i = p[i];
    }
    i
}

/// Groups rules that touch, directly or through others.
fn components(rules: &[Rule]) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..rules.len()).collect();
    for (i, a) in rules.iter().enumerate() {
        if !a.horizontal {
            continue;
        }
        for (j, b) in rules.iter().enumerate() {
            if !b.horizontal && touches(a, b) {
                let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                parent[ri] = rj;
            }
        }
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for i in 0..rules.len() {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(i);
    }
    groups.into_values().collect()
}

/// Rule positions closer than this are one column or row boundary: Word
/// draws each row's borders on its own, a few points apart.
const CLUSTER: f64 = 5.0;

/// A boundary: the rule positions clustered into it.
#[derive(Debug, Clone, Copy)]
struct Boundary {
    lo: f64,
    hi: f64,
    at: f64,
}

/// Splits rules that touch into the tables they draw: tables stacked one on
/// another share a border but not their column rules. A row band whose
/// vertical rules do not line up with those above starts a new table.
fn split_stacked(rules: &[Rule]) -> Vec<Vec<Rule>> {
    let by = positions(rules.iter().filter(|r| r.horizontal).map(|r| r.at).collect());
    if by.len() < 3 {
        return vec![rules.to_vec()];
    }
    let verticals_in = |y0: f64, y1: f64| -> Vec<f64> {
        let mid = (y0 + y1) / 2.0;
        rules
            .iter()
            .filter(|r| !r.horizontal && r.from <= mid && r.to >= mid)
            .map(|r| r.at)
            .collect()
    };
    // Cut positions: the boundaries where a new table starts.
    let mut cuts: Vec<f64> = Vec::new();
    let mut columns: Vec<f64> = verticals_in(by[0].at, by[1].at);
    for w in by.windows(2).skip(1) {
        let here = verticals_in(w[0].at, w[1].at);
        let within = |a: &[f64], b: &[f64]| a.iter().all(|x| b.iter().any(|c| (c - x).abs() <= SNAP));
        // A spanning row has fewer column rules, a row under it more: only
        // rules missing on both sides mean another table.
        let fits = within(&here, &columns) || within(&columns, &here);
        if fits {
            columns.extend(here);
        } else {
            cuts.push(w[0].at);
            columns = here;
        }
    }
    if cuts.is_empty() {
        return vec![rules.to_vec()];
    }
    let mut bounds = vec![f64::NEG_INFINITY];
    bounds.extend(cuts);
    bounds.push(f64::INFINITY);
    bounds
        .windows(2)
        .map(|w| {
            let (top, bottom) = (w[0], w[1]);
            rules
                .iter()
                .filter_map(|r| {
                    if r.horizontal {
                        (r.at >= top - SNAP && r.at <= bottom + SNAP).then_some(*r)
                    } else {
                        let (from, to) = (r.from.max(top), r.to.min(bottom));
                        (to - from > SNAP).then_some(Rule { from, to, ..*r })
                    }
                })
                .collect()
        })
        .collect()
}

/// Distinct boundaries, clustered.
fn positions(mut at: Vec<f64>) -> Vec<Boundary> {
    at.sort_by(f64::total_cmp);
    let mut out: Vec<(f64, f64, f64, usize)> = Vec::new();
    for a in at {
        match out.last_mut() {
            Some(b) if a - b.1 <= CLUSTER => {
                b.1 = a;
                b.2 += a;
                b.3 += 1;
            }
            _ => out.push((a, a, a, 1)),
        }
    }
    out.into_iter()
        .map(|(lo, hi, sum, n)| Boundary {
            lo,
            hi,
            at: sum / n as f64,
        })
        .collect()
}

/// The table of a grid cut at `xs` and `ys` (at least two of each): slot
/// (r, c) is one cell with its right neighbour where `joined_right(r, c)`,
/// and with the slot below where `joined_down(r, c)`; each group's bounding
/// slots make its cell. Cells come in row-major order of their top-left
/// slot.
pub(super) fn join_slots(
    xs: &[f64],
    ys: &[f64],
    joined_right: impl Fn(usize, usize) -> bool,
    joined_down: impl Fn(usize, usize) -> bool,
) -> RuledTable {
    let (rows, cols) = (ys.len().saturating_sub(1), xs.len().saturating_sub(1));
    let idx = |r: usize, c: usize| r * cols + c;
    let mut parent: Vec<usize> = (0..rows * cols).collect();
    for r in 0..rows {
        for c in 0..cols {
            if c + 1 < cols && joined_right(r, c) {
                let (a, b) = (find(&mut parent, idx(r, c)), find(&mut parent, idx(r, c + 1)));
                parent[b] = a;
            }
            if r + 1 < rows && joined_down(r, c) {
                let (a, b) = (find(&mut parent, idx(r, c)), find(&mut parent, idx(r + 1, c)));
                parent[b] = a;
            }
        }
    }
    let mut bounds: std::collections::BTreeMap<usize, (usize, usize, usize, usize)> = Default::default();
    for r in 0..rows {
        for c in 0..cols {
            let root = find(&mut parent, idx(r, c));
            let e = bounds.entry(root).or_insert((r, c, r, c));
            e.0 = e.0.min(r);
            e.1 = e.1.min(c);
            e.2 = e.2.max(r);
            e.3 = e.3.max(c);
        }
    }
    let mut cells: Vec<GridCell> = bounds
        .into_values()
        .map(|(r0, c0, r1, c1)| GridCell {
            row: r0,
            col: c0,
            row_span: r1 - r0 + 1,
            col_span: c1 - c0 + 1,
            rect: Rect {
                x0: xs[c0],
                y0: ys[r0],
                x1: xs[c1 + 1],
                y1: ys[r1 + 1],
            },
        })
        .collect();
    cells.sort_by_key(|c| (c.row, c.col));
    RuledTable {
        rect: Rect {
            x0: xs[0],
            y0: ys[0],
            x1: xs[cols],
            y1: ys[rows],
        },
        rows,
        cols,
        cells,
    }
}

/// True where some rule of the orientation runs along the position `at`
/// over most of `from..to`.
pub(super) fn ruled_at(rules: &[Rule], horizontal: bool, at: f64, from: f64, to: f64) -> bool {
    ruled(rules, horizontal, Boundary { lo: at, hi: at, at }, from, to)
}

/// True where some rule of the orientation runs along the boundary over
/// most of `from..to`.
fn ruled(rules: &[Rule], horizontal: bool, at: Boundary, from: f64, to: f64) -> bool {
    let need = (to - from) * 0.5;
    let covered: f64 = rules
        .iter()
        .filter(|r| r.horizontal == horizontal && r.at >= at.lo - SNAP && r.at <= at.hi + SNAP)
        .map(|r| (r.to.min(to) - r.from.max(from)).max(0.0))
        .sum();
    covered >= need
}

/// Closes a table left open at a page break: column rules that run on past
/// the last (or before the first) row rule end a row there.
fn close_open_ends(rules: &[Rule]) -> Vec<Rule> {
    let mut rules = rules.to_vec();
    let hs = rules.iter().filter(|r| r.horizontal);
    let (top, bottom) = hs.fold((f64::INFINITY, f64::NEG_INFINITY), |(t, b), r| {
        (t.min(r.at), b.max(r.at))
    });
    let vs = rules.iter().filter(|r| !r.horizontal);
    let (left, right) = vs.clone().fold((f64::INFINITY, f64::NEG_INFINITY), |(l, r), v| {
        (l.min(v.at), r.max(v.at))
    });
    let (reach_up, reach_down) = vs.fold((f64::INFINITY, f64::NEG_INFINITY), |(u, d), v| {
        (u.min(v.from), d.max(v.to))
    });
    if !(top.is_finite() && left.is_finite()) {
        return rules;
    }
    for (at, beyond) in [(reach_down, reach_down - bottom), (reach_up, top - reach_up)] {
        if beyond > 3.0 * SNAP {
            rules.push(Rule {
                horizontal: true,
                at,
                from: left,
                to: right,
                shade: false,
            });
        }
    }
    rules
}

/// The column boundaries with the table's open sides added: where two or
/// more row rules run on past the outermost column rule (a table drawn
/// without side borders, its first or last column ruled only above and
/// below), their common reach is the table's edge there.
fn open_sides(mut bx: Vec<Boundary>, hs: &[&Rule]) -> Vec<Boundary> {
    let (Some(left), Some(right)) = (bx.first().map(|b| b.lo), bx.last().map(|b| b.hi)) else {
        return bx;
    };
    let reach = 3.0 * SNAP;
    let mut lefts: Vec<f64> = hs.iter().filter(|r| r.from < left - reach).map(|r| r.from).collect();
    let mut rights: Vec<f64> = hs.iter().filter(|r| r.to > right + reach).map(|r| r.to).collect();
    lefts.sort_by(f64::total_cmp);
    rights.sort_by(f64::total_cmp);
    // The second-furthest reach: one long rule alone (a page rule the table
    // touches) does not open a column.
    if lefts.len() >= 2 {
        let at = lefts[1];
        bx.insert(0, Boundary { lo: at, hi: at, at });
    }
    if rights.len() >= 2 {
        let at = rights[rights.len() - 2];
        bx.push(Boundary { lo: at, hi: at, at });
    }
    bx
}

fn table_of(rules: &[Rule]) -> Option<RuledTable> {
    // Shading alone, no drawn line: a shaded band, which the alignment
    // reader takes as a row of a borderless table.
    if rules.iter().all(|r| r.shade) {
        return None;
    }
    let rules = &close_open_ends(rules)[..];
    let hs: Vec<&Rule> = rules.iter().filter(|r| r.horizontal).collect();
    let vs: Vec<&Rule> = rules.iter().filter(|r| !r.horizontal).collect();
    if hs.len() < 2 || vs.len() < 2 {
        return None;
    }
    let by = positions(hs.iter().map(|r| r.at).collect());
    let bx = positions(vs.iter().map(|r| r.at).collect());
    if by.len() < 2 || bx.len() < 2 {
        return None;
    }
    // Only columns drawn as lines open sides: the edges of a fill (a
    // shaded cell, a badge) under row rules are no column frame.
    let drawn = positions(vs.iter().filter(|r| !r.shade).map(|r| r.at).collect());
    let bx = if drawn.len() >= 2 { open_sides(bx, &hs) } else { bx };
    let ys: Vec<f64> = by.iter().map(|b| b.at).collect();
    let xs: Vec<f64> = bx.iter().map(|b| b.at).collect();
    // Slots not separated by a rule are one cell.
    let table = join_slots(
        &xs,
        &ys,
        |r, c| !ruled(rules, false, bx[c + 1], ys[r], ys[r + 1]),
        |r, c| !ruled(rules, true, by[r + 1], xs[c], xs[c + 1]),
    );
    // One cell for the whole table is a box round some text, not a table.
    (table.cells.len() >= 2).then_some(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(at: f64, from: f64, to: f64) -> Rule {
        Rule {
            horizontal: true,
            at,
            from,
            to,
            shade: false,
        }
    }

    fn v(at: f64, from: f64, to: f64) -> Rule {
        Rule {
            horizontal: false,
            at,
            from,
            to,
            shade: false,
        }
    }

    #[test]
    fn row_rules_running_past_the_outer_column_rules_open_side_columns() {
        // Column rules at 100 and 200 only; the row rules run 0..300.
        let mut rules = vec![h(0.0, 0.0, 300.0), h(20.0, 0.0, 300.0), h(60.0, 0.0, 300.0)];
        rules.extend([v(100.0, 0.0, 60.0), v(200.0, 0.0, 60.0)]);
        let t = &ruled_tables(&rules)[0];
        assert_eq!((t.rows, t.cols), (2, 3));
        assert_eq!((t.rect.x0, t.rect.x1), (0.0, 300.0));
        // One long rule alone (a page rule touching the table) opens none.
        let mut one = vec![h(0.0, 100.0, 200.0), h(20.0, 100.0, 200.0), h(60.0, 0.0, 300.0)];
        one.extend([v(100.0, 0.0, 60.0), v(200.0, 0.0, 60.0)]);
        assert_eq!(ruled_tables(&one)[0].cols, 1);
    }

    #[test]
    fn a_full_grid_gives_every_cell() {
        let rules = vec![
            h(0.0, 0.0, 200.0),
            h(20.0, 0.0, 200.0),
            h(40.0, 0.0, 200.0),
            v(0.0, 0.0, 40.0),
            v(100.0, 0.0, 40.0),
            v(200.0, 0.0, 40.0),
        ];
        let t = ruled_tables(&rules);
        assert_eq!(t.len(), 1);
        assert_eq!((t[0].rows, t[0].cols, t[0].cells.len()), (2, 2, 4));
    }

    #[test]
    fn a_missing_rule_merges_cells_both_ways() {
        // Header spans both columns; left column spans the two body rows.
        let rules = vec![
            h(0.0, 0.0, 200.0),
            h(20.0, 0.0, 200.0),
            h(40.0, 100.0, 200.0),
            h(60.0, 0.0, 200.0),
            v(0.0, 0.0, 60.0),
            v(100.0, 20.0, 60.0),
            v(200.0, 0.0, 60.0),
        ];
        let t = &ruled_tables(&rules)[0];
        let spans: Vec<(usize, usize, usize, usize)> =
            t.cells.iter().map(|c| (c.row, c.col, c.row_span, c.col_span)).collect();
        assert_eq!(spans, vec![(0, 0, 1, 2), (1, 0, 2, 1), (1, 1, 1, 1), (2, 1, 1, 1)]);
    }

    #[test]
    fn borders_drawn_in_pieces_and_doubled_are_one_rule() {
        let rules = vec![
            h(0.0, 0.0, 100.0),
            h(0.5, 100.0, 200.0),
            h(20.0, 0.0, 200.0),
            h(21.0, 0.0, 200.0),
            v(0.0, 0.0, 21.0),
            v(100.2, 0.0, 21.0),
            v(200.0, 0.0, 21.0),
        ];
        let t = &ruled_tables(&rules)[0];
        assert_eq!((t.rows, t.cols), (1, 2));
    }

    #[test]
    fn stacked_tables_with_other_columns_are_split() {
        let rules = vec![
            h(0.0, 0.0, 200.0),
            h(20.0, 0.0, 200.0),
            h(40.0, 0.0, 200.0),
            h(60.0, 0.0, 200.0),
            v(0.0, 0.0, 60.0),
            v(200.0, 0.0, 60.0),
            v(100.0, 0.0, 20.0),
            v(100.0, 20.0, 40.0),
            v(130.0, 40.0, 60.0),
        ];
        let t = ruled_tables(&rules);
        assert_eq!(t.len(), 2);
        assert_eq!((t[0].rows, t[0].cols, t[1].rows, t[1].cols), (2, 2, 1, 2));
    }

    #[test]
    fn lone_underlines_and_boxes_are_not_tables() {
        assert!(ruled_tables(&[h(10.0, 0.0, 100.0)]).is_empty());
        let boxed = vec![
            h(0.0, 0.0, 100.0),
            h(50.0, 0.0, 100.0),
            v(0.0, 0.0, 50.0),
            v(100.0, 0.0, 50.0),
        ];
        assert!(ruled_tables(&boxed).is_empty());
    }
}
