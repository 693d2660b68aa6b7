//! A table row cut by a page break, rejoined with its continuation.
//!
//! When a row does not fit on a page, its producer carries the rest of its
//! cells onto the next page as what looks like a new row. The tail is told
//! from a real new row by shape, not wording: its first column is empty, it
//! only has text in columns where the cut row had text, and that text
//! carries on mid-sentence (it opens in lower case, or the cut row's cell
//! stops without closing punctuation and the short columns are not filled
//! again). The tail's text moves into the cut row's cells; the emptied row
//! stays, so row spans below it keep their shape.

use crate::model::{Block, Cell, Row, Table};

/// Where a cell is: (row index, cell index within the row).
type At = (usize, usize);

/// For each row, each column: where the covering cell is.
fn positions(table: &Table) -> Vec<Vec<Option<At>>> {
    let mut slots: Vec<Vec<Option<At>>> = vec![Vec::new(); table.rows.len()];
    for (r, row) in table.rows.iter().enumerate() {
        let mut c = 0;
        for (i, cell) in row.cells.iter().enumerate() {
            while slots[r].get(c).is_some_and(Option::is_some) {
                c += 1;
            }
            for below in slots.iter_mut().skip(r).take(cell.row_span.max(1)) {
                for cc in c..c + cell.col_span.max(1) {
                    if below.len() <= cc {
                        below.resize(cc + 1, None);
                    }
                    below[cc] = Some((r, i));
                }
            }
            c += cell.col_span.max(1);
        }
    }
    slots
}

fn cell(table: &Table, at: At) -> &Cell {
    &table.rows[at.0].cells[at.1]
}

/// The pairs (cut cell, tail cell) that row `tail` of `lower` would carry
/// on from the last row of `upper` (the rows before `tail` in `lower` where
/// both are one table), or None where it is not the tail of a cut row.
fn tail_pairs(upper: &Table, cut: usize, lower: &Table, tail: usize) -> Option<Vec<(At, At)>> {
    if cut >= upper.rows.len() || tail >= lower.rows.len() {
        return None;
    }
    let (up, low) = (positions(upper), positions(lower));
    let (above, here) = (&up[cut], &low[tail]);
    let table = lower;
    let same = std::ptr::eq(upper, lower);
    if above.len() != here.len() || here.len() < 2 {
        return None;
    }
    let mut pairs = Vec::new();
    let (mut carried, mut lower, mut all_long) = (0, false, true);
    let (mut filled_above, mut filled_here) = (0, 0);
    for (c, (a, b)) in above.iter().zip(here).enumerate() {
        let (Some(a), Some(b)) = (*a, *b) else { return None };
        let (ca, cb) = (cell(upper, a), cell(table, b));
        let b_own = b.0 == tail && (c == 0 || here[c - 1] != Some(b));
        let a_start = c == 0 || above[c - 1] != Some(a);
        if a_start && !ca.is_empty() {
            filled_above += 1;
        }
        if !b_own || cb.is_empty() {
            continue;
        }
        filled_here += 1;
        if ca.is_empty() || (same && a == b) {
            return None;
        }
        let (before, after) = (ca.text(), cb.text());
        // The first column goes on only where it holds running text, never
        // where it holds numbers or labels.
        if c == 0 && before.len() < 40 {
            return None;
        }
        // A list carried on over the page counts as opening mid-sentence.
        let list_goes_on = matches!(ca.blocks.last(), Some(Block::List { .. }))
            && matches!(cb.blocks.first(), Some(Block::List { .. }));
        let opens_lower = list_goes_on || after.trim_start().chars().next().is_some_and(char::is_lowercase);
        let open_ended = !before.trim_end().ends_with(['.', '!', '?', ':', ';']);
        // A short column (lead, date) filled again with another short value
        // is a new row, unless the value above stops on a joining mark.
        // (or a word that cannot end a phrase: "Director of", "Update the").
        let last_word = before.split_whitespace().last().unwrap_or("").to_lowercase();
        let joining = before.trim_end().ends_with([',', '-', '&', '/', '+'])
            || matches!(
                last_word.as_str(),
                "and" | "of" | "the" | "for" | "to" | "in" | "with" | "on" | "a" | "an" | "by"
            );
        if before.len() < 40 && after.len() < 40 && !opens_lower && !joining {
            return None;
        }
        lower |= opens_lower;
        all_long &= before.len() >= 40;
        if opens_lower || open_ended {
            carried += 1;
        }
        pairs.push((a, b));
    }
    // Only long text carried on, and fewer columns filled than above: the
    // rest of a row, even where a new paragraph opens the page.
    let rest_of_text = all_long && filled_here > 0 && filled_here < filled_above;
    ((carried > 0 && (lower || filled_here <= filled_above)) || rest_of_text).then_some(pairs)
}

/// Rejoins row `tail` with the row above where it is the rest of a row cut
/// by a page break; true where it did.
pub fn rejoin(table: &mut Table, tail: usize) -> bool {
    if tail == 0 {
        return false;
    }
    let Some(cut) = last_filled(table, tail) else {
        return false;
    };
    let Some(pairs) = tail_pairs(table, cut, table, tail) else {
        return false;
    };
    // Cut cells lie above the tail row, tail cells in it.
    let (upper, lower) = table.rows.split_at_mut(tail);
    move_text(upper, lower, tail, pairs);
    true
}

/// Moves each tail cell's text into its cut cell; the tail rows are
/// numbered from `lower_from`.
fn move_text(upper: &mut [Row], lower: &mut [Row], lower_from: usize, pairs: Vec<(At, At)>) {
    for (a, b) in pairs {
        let moved = std::mem::take(&mut lower[b.0 - lower_from].cells[b.1].blocks);
        append(&mut upper[a.0].cells[a.1], moved);
    }
}

/// Rejoins row `tail` of `lower`, the first table on a new page, with the
/// last row of `upper`, the table the page before ended with, where it is
/// the rest of that row; true where it did.
pub fn rejoin_across(upper: &mut Table, lower: &mut Table, tail: usize) -> bool {
    let Some(cut) = last_filled(upper, upper.rows.len()) else {
        return false;
    };
    let Some(pairs) = tail_pairs(upper, cut, lower, tail) else {
        return false;
    };
    move_text(&mut upper.rows, &mut lower.rows, 0, pairs);
    true
}

/// The last row before `before` with any text: a row that runs over three
/// pages has its middle part emptied into the first already.
fn last_filled(table: &Table, before: usize) -> Option<usize> {
    (0..before.min(table.rows.len()))
        .rev()
        .find(|&r| table.rows[r].cells.iter().any(|c| !c.is_empty()))
}

fn append(cell: &mut Cell, more: Vec<Block>) {
    let mut blocks = more.into_iter();
    if let Some(first) = blocks.next() {
        match (cell.blocks.last_mut(), first) {
            (Some(Block::Paragraph { text, .. }), Block::Paragraph { text: t, .. }) => {
                text.push(' ');
                text.push_str(&t);
            }
            (Some(Block::List { items, .. }), Block::List { items: more, .. }) => items.extend(more),
            (_, first) => cell.blocks.push(first),
        }
    }
    cell.blocks.extend(blocks);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Row {
        Row {
            cells: cells.iter().map(|t| Cell::from_text(t)).collect(),
            header: false,
            page: None,
        }
    }

    fn table(rows: &[&[&str]]) -> Table {
        Table {
            rows: rows.iter().map(|r| row(r)).collect(),
            page: None,
        }
    }

    #[test]
    fn tails_and_new_rows_told_apart() {
        let cut: &[&str] = &[
            "3",
            "Review the",
            "CLT has set up an authority to oversee the work of",
            "S151",
            "Ongoing",
        ];
        let mut t = table(&[cut, &["", "operating model", "redesign and restructure.", "", ""]]);
        assert!(rejoin(&mut t, 1));
        assert_eq!(
            t.rows[0].cells[2].text(),
            "CLT has set up an authority to oversee the work of redesign and restructure."
        );
        assert!(t.rows[1].cells.iter().all(Cell::is_empty));
        // A new action under a recommendation spanning rows: its own lead.
        let done: &[&str] = &["3", "Review the model.", "Set up an authority.", "S151", "Ongoing"];
        assert!(!rejoin(
            &mut table(&[done, &["", "", "Report to Cabinet.", "CEX", "March 2025"]]),
            1
        ));
        // Text in a column the cut row left empty is a new row.
        let sparse: &[&str] = &["3", "Review the", "Set up an", "", ""];
        assert!(!rejoin(&mut table(&[sparse, &["", "", "the authority", "CEX", ""]]), 1));
        // A numbered row is never a tail.
        assert!(!rejoin(
            &mut table(&[cut, &["4", "operating model", "redesign", "", ""]]),
            1
        ));
        // Every column filled again, nothing opening in lower case: new row.
        let led: &[&str] = &[
            "",
            "Agree the strategy with partners and the wider sector",
            "COO AD-PPC",
            "May 2019",
        ];
        assert!(!rejoin(
            &mut table(&[led, &["", "Publish the plan", "COO AD-PPC", "June 2019"]]),
            1
        ));
    }

    #[test]
    fn a_tail_under_a_row_span_joins_the_spanning_cell() {
        let mut t = table(&[&["Area", "Remove the need for", "S151"], &["", "agency staff.", ""]]);
        t.rows[0].cells[0].row_span = 2;
        t.rows[1].cells.remove(0);
        assert!(rejoin(&mut t, 1));
        assert_eq!(t.rows[0].cells[1].text(), "Remove the need for agency staff.");
    }
}
