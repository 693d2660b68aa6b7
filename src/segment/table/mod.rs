//! Action tables. A table is read one of two ways, whichever its shape
//! says: a header row naming the columns (one action per row, the parent
//! carried down through spanned, empty and continuation cells), or a first
//! column of labels (one action per action label). A table that is neither
//! (a RAG summary, a version history, a risk register, a glossary) gives no
//! actions; `-vv` says which way each table went and why.

mod cell_blocks;
mod columns;
mod labelled;
mod nested;
mod parent_cell;
mod rows;

use columns::ColumnMap;
use labelled::LabelTable;
use rows::RowReader;

use super::vocabulary::header_field;
use super::{Context, Parent, RawAction};
use crate::model::{Grid, Table};

/// What the last action table was, for a table carried on over a page.
#[derive(Debug, Clone, PartialEq)]
enum Last {
    /// A table with these columns.
    Columns(Box<ColumnMap>),
    /// A label table.
    Labels,
}

/// What carries over from one table to the next: the last action table's
/// shape (for a table continued without its header) and parent.
#[derive(Debug, Default)]
pub(crate) struct TableState {
    last: Option<Last>,
    last_parent: Option<Parent>,
}

impl TableState {
    /// A new section starts: a parent carried from the tables before no
    /// longer holds.
    pub fn new_section(&mut self) {
        self.last_parent = None;
    }

    /// Reads one table's actions into `out`; false where it holds none.
    /// The actions before it are passed in so that a label table cut by a
    /// page break can finish the last of them.
    pub fn segment(&mut self, table: &Table, table_no: u32, ctx: &Context, out: &mut Vec<RawAction>) -> bool {
        let grid = table.grid();
        if grid.width == 0 {
            return false;
        }
        let as_labels = labelled::label_rows(&grid);
        match as_labels {
            Ok(LabelTable::Actions(ref rows)) => {
                let rows = rows.clone();
                let found = labelled::actions(&rows, table.page, table_no, ctx);
                tracing::debug!(
                    "table {table_no}: label table, {} action(s) from labels {:?}",
                    found.len(),
                    label_names(&rows)
                );
                self.last = Some(Last::Labels);
                let any = !found.is_empty();
                out.extend(found);
                return any;
            }
            Ok(LabelTable::Columns(ref columns)) => {
                let found: Vec<RawAction> = columns
                    .iter()
                    .flat_map(|rows| labelled::actions(rows, table.page, table_no, ctx))
                    .collect();
                tracing::debug!(
                    "table {table_no}: label table on its side, {} action(s) across, labels {:?}",
                    found.len(),
                    columns.first().map(|rows| label_names(rows)).unwrap_or_default()
                );
                self.last = Some(Last::Labels);
                let any = !found.is_empty();
                out.extend(found);
                return any;
            }
            Ok(LabelTable::Continuation(ref rows)) if self.last == Some(Last::Labels) => {
                if let Some(prev) = out.last_mut() {
                    tracing::debug!("table {table_no}: the rest of the label table before, cut by a page");
                    labelled::continue_action(rows, prev);
                    return true;
                }
            }
            _ => {}
        }
        let why_not_labels = match as_labels {
            Err(why) => why,
            Ok(_) => "labels of attributes only, with no label table before".into(),
        };
        if self.header_table(table, &grid, table_no, ctx, out, &why_not_labels) {
            return true;
        }
        let found = cell_blocks::actions(table, table_no, ctx);
        if found.is_empty() {
            return false;
        }
        tracing::debug!(
            "table {table_no}: rows of a numbered parent and cells of labelled blocks, {} action(s)",
            found.len()
        );
        self.last = None;
        out.extend(found);
        true
    }

    /// A table whose header row names its columns.
    fn header_table(
        &mut self,
        table: &Table,
        grid: &Grid<'_>,
        table_no: u32,
        ctx: &Context,
        out: &mut Vec<RawAction>,
        why_not_labels: &str,
    ) -> bool {
        // Header rows: the flagged rows at the top, but a row that is one
        // cell across the table is a group's title, not a column header.
        let flagged = table
            .rows
            .iter()
            .take_while(|r| r.header && r.cells.iter().filter(|c| !c.is_empty()).count() >= 2)
            .count();
        let mut tried = Vec::new();
        let mut found: Option<(ColumnMap, usize, usize)> = None;
        // (first header row, header rows): at the top, else under the
        // title rows a spreadsheet prints above its header.
        let titled = (1..=title_rows(grid))
            .filter(|&t| all_labels(&header_texts(grid, t, 1)))
            .map(|t| (t, 1));
        let candidates = [flagged, spanned_header_rows(table), 1]
            .into_iter()
            .filter(|&n| n > 0)
            .map(|n| (0, n))
            .chain(titled);
        for (start, n) in candidates {
            if found.is_some() || tried.iter().any(|(at, _)| *at == (start, n)) {
                continue;
            }
            match columns::resolve(&header_texts(grid, start, n), grid, start + n) {
                Ok(map) => found = Some((map, start, n)),
                Err(why) => tried.push(((start, n), why)),
            }
        }
        let inferred = (found.is_none() && flagged == 0)
            .then(|| columns::infer(grid))
            .flatten();
        let found_start = found.as_ref().map(|(_, start, _)| *start);
        let (map, header_rows, header) = match found {
            Some((map, start, n)) => {
                let header = header_texts(grid, start, n);
                if start > 0 {
                    tracing::debug!("table {table_no}: {start} title row(s) above the header row");
                }
                tracing::debug!("table {table_no}: header table, columns {}", map.describe(&header));
                (map, start + n, header)
            }
            None => match &self.last {
                // A table continued on a new page without its header.
                Some(Last::Columns(map)) if map.fields.len() == grid.width && flagged == 0 => {
                    tracing::debug!(
                        "table {table_no}: carries on the table before (same {} columns)",
                        grid.width
                    );
                    ((**map).clone(), 0, map.headers.clone())
                }
                // No header row at all: the columns told by their cells.
                _ if inferred.is_some() => {
                    let map = inferred.unwrap_or_default();
                    let names: Vec<String> = map
                        .fields
                        .iter()
                        .map(|f| f.map_or(String::new(), |f| f.name().to_string()))
                        .collect();
                    tracing::debug!(
                        "table {table_no}: no header row, columns told by their cells: {}",
                        map.describe(&names)
                    );
                    let headers = map.headers.clone();
                    (map, 0, headers)
                }
                _ => {
                    let why: Vec<String> = tried.into_iter().map(|(_, w)| w).collect();
                    tracing::debug!(
                        "table {table_no}: not an action table: as a header table, {}; as a label table, {why_not_labels}",
                        why.join("; ")
                    );
                    return false;
                }
            },
        };
        // The same columns as the table before: the same table carried on
        // over a page, so its parent carries on too.
        if self.last.as_ref() != Some(&Last::Columns(Box::new(map.clone()))) {
            self.last_parent = None;
        }
        self.last = Some(Last::Columns(Box::new(map.clone())));
        // A title row right above the header that names a recommendation
        // ("Recommendation 1 – …" merged across the table) is the parent
        // of the table's rows: read from it, as a spanning parent row.
        let title_parent = found_start
            .filter(|&start| start > 0)
            .and_then(|start| titled_parent(grid, start - 1));
        if title_parent.is_some() {
            self.last_parent = None;
        }
        let reader = RowReader {
            table,
            grid,
            cols: &map,
            ctx,
            table_no,
            header: &header,
            body_from: header_rows,
            parent: self.last_parent.take().or(title_parent),
        };
        let (found, parent) = reader.read();
        tracing::debug!("table {table_no}: {} action(s)", found.len());
        self.last_parent = parent;
        out.extend(found);
        true
    }
}

/// Header rows a reader did not flag, told by their shape: a first row
/// whose cells reach down over the rows below it ("Delivery" over "Lead
/// officer | Timescale"), every cell in them a short label. 0 where the
/// first row spans nothing.
fn spanned_header_rows(table: &Table) -> usize {
    let Some(first) = table.rows.first() else {
        return 0;
    };
    let rows = first.cells.iter().map(|c| c.row_span).max().unwrap_or(1).clamp(1, 3);
    let short = |c: &crate::model::Cell| c.text().split_whitespace().count() <= 6;
    let all_labels = table.rows.iter().take(rows).all(|r| r.cells.iter().all(short));
    if rows > 1 && rows < table.rows.len() && all_labels {
        rows
    } else {
        0
    }
}

fn label_names(rows: &[labelled::LabelRow]) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for f in rows.iter().filter_map(|r| r.field) {
        if !names.contains(&f.name()) {
            names.push(f.name());
        }
    }
    names
}

/// Most title rows looked through for a header row under them.
const MAX_TITLE_ROWS: usize = 3;

/// Title rows at the top of a table: rows of one filled cell (a sheet's
/// title, its "position at" date) printed above the header row of a
/// spreadsheet, at most [`MAX_TITLE_ROWS`], with rows below them. A header
/// row under them is looked for, as the vocabulary reads it.
fn title_rows(grid: &Grid<'_>) -> usize {
    if grid.width < 3 {
        return 0;
    }
    let filled = |r: usize| {
        // Each cell once, and each text once: a reader may give a merged
        // cell as its text repeated in every cell it covered.
        let mut texts: Vec<String> = Vec::new();
        for s in grid.slots[r].iter().flatten() {
            let t = s.cell.text();
            if !t.is_empty() && !texts.contains(&t) {
                texts.push(t);
            }
        }
        texts.len()
    };
    (0..grid.slots.len().saturating_sub(2).min(MAX_TITLE_ROWS))
        .take_while(|&r| filled(r) == 1)
        .count()
}

/// The parent named by title row `r` ("Recommendation 1 – Agree …" merged
/// across the table, or its text repeated in every cell): the parent of
/// the rows under the header. None for a sheet's title, which names none.
fn titled_parent(grid: &Grid<'_>, r: usize) -> Option<Parent> {
    let text = grid.slots[r]
        .iter()
        .flatten()
        .map(|s| s.cell.text())
        .find(|t| !t.is_empty())?;
    let p = super::patterns::parse_parent_heading(&text).filter(|p| p.id.is_some())?;
    Some(Parent { text: Some(text), ..p })
}

/// True where a row's filled cells (two at least) are all short names of
/// fields: a header row, not a body row that mentions a field's word.
fn all_labels(texts: &[String]) -> bool {
    let filled: Vec<&String> = texts.iter().filter(|t| !t.trim().is_empty()).collect();
    filled.len() >= 2
        && filled
            .iter()
            .all(|t| t.split_whitespace().count() <= 6 && header_field(t).is_some())
}

/// Reads the header rows' texts column by column, from row `start` (several
/// header rows are joined per column).
fn header_texts(grid: &Grid<'_>, start: usize, header_rows: usize) -> Vec<String> {
    (0..grid.width)
        .map(|c| {
            let mut parts: Vec<String> = Vec::new();
            for r in start..(start + header_rows).min(grid.slots.len()) {
                if let Some(s) = grid.slots[r][c] {
                    let t = s.cell.text();
                    if !t.is_empty() && parts.last() != Some(&t) {
                        parts.push(t);
                    }
                }
            }
            parts.join(" ")
        })
        .collect()
}
