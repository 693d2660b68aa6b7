//! Word tables: `w:gridSpan` as a column span and `w:vMerge` (or the legacy
//! `w:hMerge`) as spans on the origin cell, continued slots left out as the
//! model wants; `w:tblHeader` rows flagged as header rows; rows and cells
//! wrapped in content controls read; tracked row deletions dropped, a
//! merge the deleted row started going on below it with its content.

use std::collections::HashMap;

use super::body::{blocks, on, Ctx};
use super::build::Blocks;
use super::xml::{El, Node, Ns};
use crate::model::{Cell, Rgb, Row, Table};

/// How a cell takes part in a vertical merge.
#[derive(PartialEq)]
enum VMerge {
    None,
    Restart,
    Continue,
}

/// Reads a `w:tbl`.
pub fn read_table(ctx: &Ctx<'_>, tbl: &El) -> Table {
    let mut rows: Vec<Row> = Vec::new();
    // Grid column -> (row, cell index) of the merge origin open at that column.
    let mut open: HashMap<usize, (usize, usize)> = HashMap::new();
    // Grid column -> the content of a merge whose first row was deleted.
    let mut orphaned: HashMap<usize, Vec<crate::model::Block>> = HashMap::new();
    for tr in children_through_wrappers(tbl, "tr") {
        let trpr = tr.child(Ns::W, "trPr");
        if trpr.and_then(|p| p.child(Ns::W, "del")).is_some() {
            // A tracked row deletion, read as accepted; a merge it started
            // goes on in the rows below with its content.
            deleted_row(ctx, tr, &mut open, &mut orphaned);
            continue;
        }
        let header = trpr
            .and_then(|p| p.child(Ns::W, "tblHeader"))
            .is_some_and(|h| on(h.attr("val")));
        let mut col = trpr
            .and_then(|p| p.child(Ns::W, "gridBefore"))
            .and_then(|g| g.attr("val"))
            .and_then(|v| v.trim().parse::<usize>().ok())
            .unwrap_or(0)
            .min(1000);
        let cells_here = children_through_wrappers(tr, "tc");
        if cells_here.is_empty() {
            continue;
        }
        let r = rows.len();
        let mut row = Row {
            cells: Vec::new(),
            header,
            page: None,
        };
        if col > 0 {
            // Grid columns skipped before the first cell: an empty cell keeps
            // the row's cells under their headers.
            row.cells.push(Cell {
                col_span: col,
                ..Cell::default()
            });
        }
        let mut next_open = HashMap::new();
        for tc in cells_here {
            let tcpr = tc.child(Ns::W, "tcPr");
            let span = tcpr
                .and_then(|p| p.child(Ns::W, "gridSpan"))
                .and_then(|g| g.attr("val"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(1)
                .clamp(1, 1000);
            let mut content = Blocks::default();
            blocks(&Ctx { in_cell: true, ..*ctx }, tc, &mut content);
            let cell_blocks = content.finish_cell();
            // Legacy horizontal merge (Word 97): a continued cell widens the one before.
            let hmerge_continue = tcpr
                .and_then(|p| p.child(Ns::W, "hMerge"))
                .is_some_and(|h| h.attr("val").map(str::trim) != Some("restart"));
            if hmerge_continue {
                if let Some(prev) = row.cells.last_mut() {
                    prev.col_span += span;
                    prev.blocks.extend(cell_blocks);
                    col += span;
                    continue;
                }
            }
            let vmerge = match tcpr.and_then(|p| p.child(Ns::W, "vMerge")) {
                None => VMerge::None,
                Some(v) if v.attr("val").map(str::trim) == Some("restart") => VMerge::Restart,
                Some(_) => VMerge::Continue,
            };
            let origin = open.get(&col).copied().filter(|&(orow, oi)| {
                rows.get(orow)
                    .and_then(|row: &Row| row.cells.get(oi))
                    .is_some_and(|c| c.col_span == span)
            });
            let orphan = orphaned.remove(&col).filter(|_| vmerge == VMerge::Continue);
            match (vmerge, origin) {
                // The first row left of a merge whose first row was deleted:
                // the merge starts again here, holding its content.
                (VMerge::Continue, _) if orphan.is_some() => {
                    next_open.insert(col, (r, row.cells.len()));
                    let mut merged = orphan.unwrap_or_default();
                    merged.extend(cell_blocks);
                    row.cells.push(Cell {
                        blocks: merged,
                        row_span: 1,
                        col_span: span,
                        fill: cell_fill(tc),
                    });
                }
                (VMerge::Continue, Some((orow, oi))) => {
                    if let Some(cell) = rows.get_mut(orow).and_then(|row| row.cells.get_mut(oi)) {
                        cell.row_span += 1;
                        cell.blocks.extend(cell_blocks);
                    }
                    next_open.insert(col, (orow, oi));
                }
                (vmerge, _) => {
                    if vmerge == VMerge::Restart {
                        next_open.insert(col, (r, row.cells.len()));
                    }
                    row.cells.push(Cell {
                        blocks: cell_blocks,
                        row_span: 1,
                        col_span: span,
                        fill: cell_fill(tc),
                    });
                }
            }
            col += span;
        }
        open = next_open;
        rows.push(row);
    }
    Table { rows, page: None }
}

/// Reads a row deleted by a tracked change: where one of its cells starts
/// a vertical merge, the merge's content waits for the first row left
/// ([`read_table`] starts the merge again there), and the merge open
/// above at that column ends; a cell continuing a merge keeps it open;
/// any other cell ends the merge above it.
fn deleted_row(
    ctx: &Ctx<'_>,
    tr: &El,
    open: &mut HashMap<usize, (usize, usize)>,
    orphaned: &mut HashMap<usize, Vec<crate::model::Block>>,
) {
    let mut col = tr
        .child(Ns::W, "trPr")
        .and_then(|p| p.child(Ns::W, "gridBefore"))
        .and_then(|g| g.attr("val"))
        .and_then(|v| v.trim().parse::<usize>().ok())
        .unwrap_or(0)
        .min(1000);
    for tc in children_through_wrappers(tr, "tc") {
        let tcpr = tc.child(Ns::W, "tcPr");
        let span = tcpr
            .and_then(|p| p.child(Ns::W, "gridSpan"))
            .and_then(|g| g.attr("val"))
            .and_then(|v| v.trim().parse::<usize>().ok())
            .unwrap_or(1)
            .clamp(1, 1000);
        match tcpr.and_then(|p| p.child(Ns::W, "vMerge")) {
            Some(v) if v.attr("val").map(str::trim) == Some("restart") => {
                let mut content = Blocks::default();
                blocks(&Ctx { in_cell: true, ..*ctx }, tc, &mut content);
                let mut kept = content.finish_cell();
                if kept.is_empty() {
                    kept = struck_text(tc);
                }
                open.remove(&col);
                orphaned.insert(col, kept);
            }
            Some(_) => {}
            None => {
                open.remove(&col);
                orphaned.remove(&col);
            }
        }
        col += span;
    }
}

/// The text of a cell's paragraphs as struck out (`w:delText`), a
/// paragraph each: Word marks the text of a merge's first cell deleted
/// with its row, while the merged cell, and so its text, stays on screen
/// over the rows below.
fn struck_text(tc: &El) -> Vec<crate::model::Block> {
    let mut out = Blocks::default();
    for p in tc.elements().filter(|e| e.is(Ns::W, "p")) {
        let mut text = String::new();
        let mut stack: Vec<&El> = vec![p];
        while let Some(el) = stack.pop() {
            if el.is(Ns::W, "delText") || el.is(Ns::W, "t") {
                text.push_str(&el.text());
                continue;
            }
            stack.extend(el.elements().collect::<Vec<_>>().into_iter().rev());
        }
        out.paragraph(&text);
    }
    out.finish()
}

/// A cell's background: its own shading (`w:tcPr/w:shd`), else the shading
/// or highlight of a run inside it (a coloured "chip" of text).
fn cell_fill(tc: &El) -> Option<Rgb> {
    let shd_fill = |shd: &El| shd.attr("fill").and_then(Rgb::from_hex);
    if let Some(fill) = tc
        .child(Ns::W, "tcPr")
        .and_then(|p| p.child(Ns::W, "shd"))
        .and_then(shd_fill)
    {
        return Some(fill);
    }
    let mut stack: Vec<&El> = vec![tc];
    let mut seen = 0usize;
    while let Some(el) = stack.pop() {
        seen += 1;
        if seen > 10_000 {
            break;
        }
        if el.is(Ns::W, "rPr") || el.is(Ns::W, "pPr") {
            if let Some(fill) = el.child(Ns::W, "shd").and_then(shd_fill) {
                return Some(fill);
            }
            if let Some(fill) = el
                .child(Ns::W, "highlight")
                .and_then(|h| h.attr("val"))
                .and_then(highlight_colour)
            {
                return Some(fill);
            }
            continue;
        }
        if el.is(Ns::W, "tbl") {
            continue; // a nested table's colours are its own
        }
        stack.extend(el.elements().collect::<Vec<_>>().into_iter().rev());
    }
    None
}

/// Word's named highlight colours (`w:highlight w:val`).
fn highlight_colour(name: &str) -> Option<Rgb> {
    Some(match name {
        "red" => Rgb(255, 0, 0),
        "darkRed" => Rgb(128, 0, 0),
        "green" => Rgb(0, 255, 0),
        "darkGreen" => Rgb(0, 128, 0),
        "yellow" => Rgb(255, 255, 0),
        "darkYellow" => Rgb(128, 128, 0),
        _ => return None,
    })
}

/// The `w:name` children of an element, looking through content controls
/// and custom XML wrappers (which may hold rows or cells).
fn children_through_wrappers<'e>(el: &'e El, name: &str) -> Vec<&'e El> {
    let mut found = Vec::new();
    for n in &el.children {
        let Node::El(e) = n else { continue };
        if e.is(Ns::W, name) {
            found.push(e);
        } else if e.is(Ns::W, "sdt") {
            if let Some(content) = e.child(Ns::W, "sdtContent") {
                found.extend(children_through_wrappers(content, name));
            }
        } else if e.is(Ns::W, "customXml") {
            found.extend(children_through_wrappers(e, name));
        }
    }
    found
}
