//! One sheet's cells, as read from any container, laid out as model
//! blocks: hidden rows and columns left out, empty rows and columns
//! dropped, merges as spans on the origin cell, title rows above the table
//! and notes below it as paragraphs.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::model::{collapse_ws, Block, Cell, Rgb, Row, Table};

/// Most columns a sheet's table keeps (the leftmost): a tracker has a
/// dozen, and the model's grid is no wider; with the row cap this bounds a
/// sheet's table to about a million slots, whatever columns its cells use.
pub const MAX_COLUMNS: usize = crate::model::MAX_GRID_COLUMNS;

/// One cell as the sheet shows it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SheetCell {
    /// The text shown, lines kept (a cell's Alt+Enter breaks).
    pub text: String,
    /// The cell's background fill, where it has a solid one.
    pub fill: Option<Rgb>,
}

/// A merged range, both corners inclusive, as (row, column) from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Merge {
    /// Top-left corner.
    pub first: (u32, u32),
    /// Bottom-right corner.
    pub last: (u32, u32),
}

/// One sheet as read: cells by (row, column), merges, what is hidden.
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    /// The sheet's tab name.
    pub name: String,
    /// Cells by (row, column) from 0; empty cells may be absent.
    pub cells: BTreeMap<(u32, u32), SheetCell>,
    /// Merged ranges.
    pub merges: Vec<Merge>,
    /// Rows hidden (or of zero height).
    pub hidden_rows: HashSet<u32>,
    /// Column ranges hidden, both ends inclusive.
    pub hidden_cols: Vec<(u32, u32)>,
}

impl Sheet {
    fn col_hidden(&self, c: u32) -> bool {
        self.hidden_cols.iter().any(|&(a, b)| a <= c && c <= b)
    }

    fn visible(&self, (r, c): (u32, u32)) -> bool {
        !self.hidden_rows.contains(&r) && !self.col_hidden(c)
    }

    /// The sheet's content as blocks: title paragraphs, one table, note
    /// paragraphs (any may be absent). The sheet's name is not included;
    /// columns past [`MAX_COLUMNS`] are left out with a warning.
    pub fn to_blocks(&self, warnings: &mut Vec<String>) -> Vec<Block> {
        let has_text = |cell: &SheetCell| !cell.text.trim().is_empty();
        let rows: BTreeSet<u32> = self
            .cells
            .iter()
            .filter(|(&pos, cell)| self.visible(pos) && has_text(cell))
            .map(|(&(r, _), _)| r)
            .collect();
        let mut cols: BTreeSet<u32> = self
            .cells
            .iter()
            .filter(|(&(r, c), cell)| {
                rows.contains(&r) && !self.col_hidden(c) && (has_text(cell) || cell.fill.is_some())
            })
            .map(|(&(_, c), _)| c)
            .collect();
        if cols.len() > MAX_COLUMNS {
            warnings.push(format!(
                "sheet {:?} uses {} columns; only the first {MAX_COLUMNS} are read",
                self.name,
                cols.len()
            ));
            while cols.len() > MAX_COLUMNS {
                cols.pop_last();
            }
        }
        if rows.is_empty() || cols.is_empty() {
            return Vec::new();
        }
        let row_ix: HashMap<u32, usize> = rows.iter().enumerate().map(|(i, &r)| (r, i)).collect();
        let col_ix: HashMap<u32, usize> = cols.iter().enumerate().map(|(i, &c)| (c, i)).collect();
        let layout = self.spans(&rows, &cols);

        // The grid of kept cells: (row, col) indexes -> the cell placed there.
        let mut grid: Vec<Vec<Option<Cell>>> = vec![Vec::new(); rows.len()];
        for (&r, &ri) in &row_ix {
            let mut line = vec![None; cols.len()];
            for (&c, &ci) in &col_ix {
                if layout.covered.contains(&(ri, ci)) {
                    continue;
                }
                let (source, row_span, col_span) = match layout.origins.get(&(ri, ci)) {
                    Some(&(pos, rs, cs)) => (pos, rs, cs),
                    None => ((r, c), 1, 1),
                };
                let sheet_cell = self.cells.get(&source);
                let mut cell = sheet_cell.map(|s| text_cell(&s.text)).unwrap_or_default();
                cell.fill = sheet_cell.and_then(|s| s.fill);
                cell.row_span = row_span;
                cell.col_span = col_span;
                line[ci] = Some(cell);
            }
            grid[ri] = line;
        }

        // Rows with at most one cell of text at the top and bottom: a title
        // above the table, notes below it.
        // A row a merge reaches from above belongs to the table whatever it
        // holds; a painted cell (a RAG colour) counts as content.
        let lone = |i: usize| {
            let filled = grid[i].iter().flatten().filter(|c| !c.is_empty() || c.fill.is_some());
            !layout.continued_rows.contains(&i) && filled.count() <= 1
        };
        let first = (0..grid.len()).position(|i| !lone(i)).unwrap_or(grid.len());
        let last = (0..grid.len()).rposition(|i| !lone(i)).map_or(first, |i| i + 1);
        let paragraphs = |lines: &[Vec<Option<Cell>>]| -> Vec<Block> {
            lines
                .iter()
                .flat_map(|l| l.iter().flatten())
                .filter(|c| !c.is_empty())
                .map(|c| Block::Paragraph {
                    text: c.text(),
                    page: None,
                })
                .collect()
        };
        let mut blocks = paragraphs(&grid[..first]);
        let notes = paragraphs(&grid[last..]);
        if first < last {
            let table_rows = grid
                .drain(first..last)
                .enumerate()
                .map(|(i, line)| Row {
                    cells: line
                        .into_iter()
                        .flatten()
                        .map(|mut cell| {
                            // A span reaching past the table (into the notes) ends with it.
                            cell.row_span = cell.row_span.min(last - first - i).max(1);
                            cell
                        })
                        .collect(),
                    header: false,
                    page: None,
                })
                .collect();
            blocks.push(Block::Table(Table {
                rows: table_rows,
                page: None,
            }));
        }
        blocks.extend(notes);
        blocks
    }

    /// Merges laid over the kept rows and columns: each merge's origin slot
    /// with its source cell and spans, and the slots it covers.
    fn spans(&self, rows: &BTreeSet<u32>, cols: &BTreeSet<u32>) -> Spans {
        let mut spans = Spans::default();
        let index = |set: &BTreeSet<u32>, a: u32, b: u32| -> Vec<usize> {
            set.iter()
                .enumerate()
                .filter(|(_, &v)| a <= v && v <= b)
                .map(|(i, _)| i)
                .collect()
        };
        for m in &self.merges {
            let rs = index(rows, m.first.0, m.last.0);
            let cs = index(cols, m.first.1, m.last.1);
            let (Some(&r0), Some(&c0)) = (rs.first(), cs.first()) else {
                continue;
            };
            if spans.covered.contains(&(r0, c0)) || spans.origins.contains_key(&(r0, c0)) {
                continue; // overlapping merges: the first wins
            }
            spans.origins.insert((r0, c0), (m.first, rs.len(), cs.len()));
            for &r in &rs {
                for &c in &cs {
                    if (r, c) != (r0, c0) {
                        spans.covered.insert((r, c));
                    }
                    if r != r0 {
                        spans.continued_rows.insert(r);
                    }
                }
            }
        }
        spans
    }
}

/// A merge's origin slot: the sheet cell holding its content, and the
/// kept rows and columns it spans.
type Origin = ((u32, u32), usize, usize);

/// Merges over kept slots (row and column indexes of the table).
#[derive(Default)]
struct Spans {
    /// Origin slot -> (the merge's source cell, rows spanned, columns spanned).
    origins: HashMap<(usize, usize), Origin>,
    /// Slots inside a merge other than its origin.
    covered: HashSet<(usize, usize)>,
    /// Rows a merge reaches from a row above.
    continued_rows: HashSet<usize>,
}

/// A cell holding a sheet cell's text, one paragraph per line.
fn text_cell(text: &str) -> Cell {
    let blocks = text
        .lines()
        .map(collapse_ws)
        .filter(|l| !l.is_empty())
        .map(|text| Block::Paragraph { text, page: None })
        .collect();
    Cell {
        blocks,
        ..Cell::default()
    }
}
