//! The one document model every reader produces and the segmenter reads.
//!
//! Like pandoc's AST, it keeps only what the domain logic needs: headings,
//! paragraphs, lists and tables of rows and cells, each with the page it
//! starts on where the source has pages. Readers know file formats; nothing
//! after them does.

use serde::Serialize;

/// A whole document as a reader understood it.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Document {
    /// The document's own title where the source declares one (HTML `<title>`,
    /// PDF info dictionary); the segmenter falls back to the first heading.
    pub title: Option<String>,
    /// Top-level blocks in reading order.
    pub blocks: Vec<Block>,
    /// What the reader could not read, or could not read with confidence
    /// (a page with no text, a page whose text looks garbled), one line
    /// each: these go onto every record of the document, so a user sees
    /// them beside the records they may spoil.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// One unit of content in reading order.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// A heading; `level` 1 is the largest.
    Heading { level: u8, text: String, page: Option<u32> },
    /// A paragraph of running text, white space collapsed.
    Paragraph { text: String, page: Option<u32> },
    /// A bulleted or numbered list; each item is its text.
    List {
        ordered: bool,
        items: Vec<String>,
        page: Option<u32>,
    },
    /// A table.
    Table(Table),
}

impl Block {
    /// The page this block starts on, where known.
    pub fn page(&self) -> Option<u32> {
        match self {
            Block::Heading { page, .. } | Block::Paragraph { page, .. } | Block::List { page, .. } => *page,
            Block::Table(t) => t.page,
        }
    }

    /// The block's text as one line: bulleted items as "• " items,
    /// numbered ones after their printed numbers.
    pub fn text(&self) -> String {
        match self {
            Block::Heading { text, .. } | Block::Paragraph { text, .. } => text.clone(),
            // A numbered list's items carry their numbers as printed.
            Block::List {
                items, ordered: true, ..
            } => items.join(" "),
            Block::List { items, .. } => items.iter().map(|i| format!("• {i}")).collect::<Vec<_>>().join(" "),
            Block::Table(t) => t.row_texts().join(" "),
        }
    }
}

/// A table: rows of cells, with spans kept as the source gives them.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Table {
    /// Rows in order; header rows first, flagged by [`Row::header`].
    pub rows: Vec<Row>,
    /// The page the table starts on, where known.
    pub page: Option<u32>,
}

/// One table row.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Row {
    /// Cells in column order, spanned slots not repeated.
    pub cells: Vec<Cell>,
    /// True for a header row (`<th>` cells, `<thead>`, a repeated header).
    pub header: bool,
    /// The page the row starts on, where known.
    pub page: Option<u32>,
}

/// One table cell: its content as blocks, and how many rows/columns it spans.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Cell {
    /// Paragraphs, lists and nested tables inside the cell, in order. Each
    /// line a reader sees apart (a paragraph, a hard line break, a list
    /// item) is a block or item of its own, so a lead cell's two posts on two
    /// lines stay two lines ([`Cell::lines`]). A table nested in the cell (a
    /// milestone table in an action cell) is kept as a [`Block::Table`], one
    /// level deep: tables nested inside it are flattened to a paragraph per
    /// row ([`Table::flatten_nested`]).
    pub blocks: Vec<Block>,
    /// Rows covered, at least 1.
    pub row_span: usize,
    /// Columns covered, at least 1.
    pub col_span: usize,
    /// The cell's background colour where the source paints one (HTML
    /// `bgcolor`/`background`, Word shading, a filled rectangle under the
    /// cell in a PDF): some plans give a RAG rating only as a colour.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fill: Option<Rgb>,
}

impl Default for Cell {
    fn default() -> Self {
        Cell {
            blocks: Vec::new(),
            row_span: 1,
            col_span: 1,
            fill: None,
        }
    }
}

/// A colour as red, green and blue levels (0-255): what a reader saw painted,
/// left to the segmenter to interpret.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Reads "#rgb", "#rrggbb" or "rrggbb" (Word's `w:fill`); None for
    /// anything else ("auto", names).
    pub fn from_hex(text: &str) -> Option<Rgb> {
        let h = text.trim().trim_start_matches('#');
        let digits: Vec<u8> = h
            .chars()
            .map(|c| c.to_digit(16).map(|d| d as u8))
            .collect::<Option<Vec<u8>>>()?;
        match digits.as_slice() {
            [r, g, b] => Some(Rgb(r * 17, g * 17, b * 17)),
            [r1, r2, g1, g2, b1, b2] => Some(Rgb(r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
            _ => None,
        }
    }

    /// Reads a colour the way CSS writes it: hex, `rgb(r, g, b)` or one of
    /// the colour names councils' pages use for ratings.
    pub fn from_css(text: &str) -> Option<Rgb> {
        let t = text.trim().to_ascii_lowercase();
        if t.starts_with('#') {
            return Rgb::from_hex(&t);
        }
        if let Some(inner) = t.strip_prefix("rgb(").or_else(|| t.strip_prefix("rgba(")) {
            let parts: Vec<u8> = inner
                .trim_end_matches(')')
                .split(',')
                .take(3)
                .filter_map(|p| p.trim().parse::<f64>().ok())
                .map(|v| v.clamp(0.0, 255.0) as u8)
                .collect();
            return match parts.as_slice() {
                [r, g, b] => Some(Rgb(*r, *g, *b)),
                _ => None,
            };
        }
        let named = match t.as_str() {
            "red" => Rgb(255, 0, 0),
            "green" => Rgb(0, 128, 0),
            "lime" => Rgb(0, 255, 0),
            "orange" => Rgb(255, 165, 0),
            "gold" => Rgb(255, 215, 0),
            "yellow" => Rgb(255, 255, 0),
            "amber" => Rgb(255, 191, 0),
            "white" => Rgb(255, 255, 255),
            "black" => Rgb(0, 0, 0),
            _ => return None,
        };
        Some(named)
    }
}

impl Cell {
    /// A cell holding one paragraph of text (empty text gives an empty cell).
    pub fn from_text(text: &str) -> Cell {
        let text = collapse_ws(text);
        let blocks = if text.is_empty() {
            Vec::new()
        } else {
            vec![Block::Paragraph { text, page: None }]
        };
        Cell {
            blocks,
            ..Cell::default()
        }
    }

    /// The cell's whole text on one line; list items as "• " items.
    pub fn text(&self) -> String {
        self.blocks
            .iter()
            .map(Block::text)
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The cell's text outside its nested tables, on one line: an action
    /// cell's own words without the milestone table set inside it.
    pub fn own_text(&self) -> String {
        self.blocks
            .iter()
            .filter(|b| !matches!(b, Block::Table(_)))
            .map(Block::text)
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The tables nested in the cell, in order.
    pub fn nested_tables(&self) -> impl Iterator<Item = &Table> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
    }

    /// The cell's lines as a reader sees them apart: each paragraph or
    /// heading, each list item ("• " items, numbered ones as printed), each
    /// row of a nested table. A line break inside a paragraph was already
    /// made two paragraphs by the reader.
    pub fn lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        for b in &self.blocks {
            match b {
                Block::List { items, ordered, .. } => out.extend(items.iter().map(|i| match ordered {
                    true => i.clone(),
                    false => format!("• {i}"),
                })),
                Block::Table(t) => out.extend(t.row_texts()),
                other => out.push(other.text()),
            }
        }
        out.retain(|l| !l.trim().is_empty());
        out
    }

    /// True when the cell holds no text.
    pub fn is_empty(&self) -> bool {
        self.blocks.iter().all(|b| b.text().trim().is_empty())
    }
}

/// A table laid out as a full grid: every slot names the cell that covers it.
#[derive(Debug, Clone)]
pub struct Grid<'a> {
    /// `slots[r][c]`: the covering cell, whether this slot is that cell's
    /// top-left origin, and the source row index of the origin.
    pub slots: Vec<Vec<Option<Slot<'a>>>>,
    /// Number of columns (the widest row).
    pub width: usize,
}

/// One position in a [`Grid`].
#[derive(Debug, Clone, Copy)]
pub struct Slot<'a> {
    /// The cell covering this position.
    pub cell: &'a Cell,
    /// True where this position is the cell's top-left corner.
    pub origin: bool,
    /// True where the cell reaches this row by a row span from above.
    pub spanned_down: bool,
}

/// Most slots a [`Table::grid`] lays out: a real table has a few thousand;
/// spans taken at their word could ask for billions (one row of a thousand
/// cells each a thousand columns wide, over a thousand rows), so past this
/// the grid is made narrower instead.
pub const MAX_GRID_SLOTS: usize = 4_000_000;

/// Columns a [`Table::grid`] is widened to by column spans: a span past
/// the table's edge (`colspan=1000` on a five-column table, meaning "to the
/// end") ends there, and a table is never made wider than this by spans
/// alone (a row with more cells than this still gets a column each).
pub const MAX_GRID_COLUMNS: usize = 64;

impl Table {
    /// Each row's text on one line, its cells' texts joined by spaces;
    /// rows with no text left out.
    pub fn row_texts(&self) -> Vec<String> {
        self.rows
            .iter()
            .map(|r| {
                r.cells
                    .iter()
                    .map(Cell::text)
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|t| !t.is_empty())
            .collect()
    }

    /// Flattens every table nested in this table's cells to a paragraph
    /// per row, so that a table nested in a cell is kept as structure one
    /// level deep only (a hostile file may nest thousands).
    pub fn flatten_nested(&mut self) {
        for cell in self.rows.iter_mut().flat_map(|r| r.cells.iter_mut()) {
            if !cell.blocks.iter().any(|b| matches!(b, Block::Table(_))) {
                continue;
            }
            let blocks = std::mem::take(&mut cell.blocks);
            cell.blocks = blocks
                .into_iter()
                .flat_map(|b| match b {
                    Block::Table(t) => t
                        .row_texts()
                        .into_iter()
                        .map(|text| Block::Paragraph { text, page: t.page })
                        .collect(),
                    other => vec![other],
                })
                .collect();
        }
    }

    /// Lays the table out as a grid, resolving row and column spans. Spans
    /// are clamped per table, not only per cell: the grid is at most
    /// [`MAX_GRID_COLUMNS`] wide and as wide as [`MAX_GRID_SLOTS`] allows
    /// for its rows (never narrower than its row with the most cells), a
    /// cell's column span ends at that width and its row span at the last
    /// row.
    pub fn grid(&self) -> Grid<'_> {
        let rows = self.rows.len().max(1);
        let most_cells = self.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
        let natural = self
            .rows
            .iter()
            .map(|r| r.cells.iter().fold(0usize, |w, c| w.saturating_add(c.col_span.max(1))))
            .max()
            .unwrap_or(0);
        let width_cap = natural
            .min(MAX_GRID_COLUMNS.max(most_cells))
            .min((MAX_GRID_SLOTS / rows).max(most_cells));
        // A row pushed right by cells spanning down from above may pass the
        // cap by at most its own cell count.
        let row_cap = width_cap.saturating_add(most_cells);
        let mut slots: Vec<Vec<Option<Slot<'_>>>> = vec![Vec::new(); self.rows.len()];
        for (r, row) in self.rows.iter().enumerate() {
            let mut c = 0;
            for cell in &row.cells {
                while slots[r].get(c).is_some_and(Option::is_some) {
                    c += 1;
                }
                if c >= row_cap {
                    break;
                }
                let col_span = cell.col_span.max(1).min(width_cap.saturating_sub(c)).max(1);
                for dr in 0..cell.row_span.max(1) {
                    let rr = r + dr;
                    if rr >= slots.len() {
                        break;
                    }
                    for dc in 0..col_span {
                        let cc = c + dc;
                        if slots[rr].len() <= cc {
                            slots[rr].resize(cc + 1, None);
                        }
                        slots[rr][cc] = Some(Slot {
                            cell,
                            origin: dr == 0 && dc == 0,
                            spanned_down: dr > 0,
                        });
                    }
                }
                c += col_span;
            }
        }
        let width = slots.iter().map(Vec::len).max().unwrap_or(0);
        for row in &mut slots {
            row.resize(width, None);
        }
        Grid { slots, width }
    }
}

/// Collapses runs of white space (including non-breaking spaces) to one space
/// and trims the ends: the form every text field of the model is kept in.
pub fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(|c: char| c.is_whitespace() || c == '\u{a0}') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(t: &str, rs: usize, cs: usize) -> Cell {
        Cell {
            row_span: rs,
            col_span: cs,
            ..Cell::from_text(t)
        }
    }

    #[test]
    fn grid_resolves_row_and_column_spans() {
        let t = Table {
            rows: vec![
                Row {
                    cells: vec![cell("a", 2, 1), cell("b", 1, 2)],
                    ..Row::default()
                },
                Row {
                    cells: vec![cell("c", 1, 1), cell("d", 1, 1)],
                    ..Row::default()
                },
            ],
            page: None,
        };
        let g = t.grid();
        assert_eq!(g.width, 3);
        let text = |r: usize, c: usize| g.slots[r][c].map(|s| s.cell.text());
        assert_eq!(text(0, 2).as_deref(), Some("b"));
        assert_eq!(text(1, 0).as_deref(), Some("a"));
        assert!(g.slots[1][0].unwrap().spanned_down);
        assert_eq!(text(1, 1).as_deref(), Some("c"));
        assert_eq!(text(1, 2).as_deref(), Some("d"));
    }

    #[test]
    fn grid_spans_are_clamped_per_table() {
        // One row of 1000 cells each 1000 wide, then 1000 one-cell rows.
        let mut rows = vec![Row {
            cells: vec![cell("x", 1, 1000); 1000],
            ..Row::default()
        }];
        rows.extend((0..1000).map(|_| Row {
            cells: vec![cell("a", 1000, 1)],
            ..Row::default()
        }));
        let t = Table { rows, page: None };
        let g = t.grid();
        assert!(
            g.width * g.slots.len() <= 2 * MAX_GRID_SLOTS,
            "{} x {}",
            g.width,
            g.slots.len()
        );
        assert!(g.width >= 1000, "every cell of the first row keeps a slot");
        let origins = g.slots[0].iter().flatten().filter(|s| s.origin).count();
        assert_eq!(origins, 1000);
    }

    #[test]
    fn spans_past_the_edge_end_at_the_column_cap() {
        // A fuzzer's slow unit: 20 cells 1000 columns wide over 20 rows
        // made a 20,000-column grid the segmenter took seconds over.
        let mut rows = vec![Row {
            cells: vec![cell("x", 1, 1000); 20],
            ..Row::default()
        }];
        rows.extend((0..20).map(|_| Row {
            cells: vec![cell("a", 1000, 1)],
            ..Row::default()
        }));
        let t = Table { rows, page: None };
        let g = t.grid();
        assert!(g.width <= MAX_GRID_COLUMNS + 20, "{}", g.width);
        let origins = g.slots[0].iter().flatten().filter(|s| s.origin).count();
        assert_eq!(origins, 20, "every cell keeps a slot");
    }

    #[test]
    fn colours_read_as_sources_write_them() {
        assert_eq!(Rgb::from_hex("00B050"), Some(Rgb(0, 176, 80)));
        assert_eq!(Rgb::from_hex("#fc0"), Some(Rgb(255, 204, 0)));
        assert_eq!(Rgb::from_hex("auto"), None);
        assert_eq!(Rgb::from_css("rgb(255, 192, 0)"), Some(Rgb(255, 192, 0)));
        assert_eq!(Rgb::from_css("Red"), Some(Rgb(255, 0, 0)));
        assert_eq!(Rgb::from_css("inherit"), None);
    }

    #[test]
    fn collapse_ws_folds_all_space_kinds() {
        assert_eq!(collapse_ws("  a\u{a0}\tb\n\nc "), "a b c");
    }
}
