//! Collects model blocks the way the HTML reader shapes them, shared by the
//! Word and OpenDocument walkers: consecutive list paragraphs become one
//! list, empty text makes no block, and a table nested in a cell is kept as a
//! table one level deep.

#[cfg(doc)]
use crate::model::Table;
use crate::model::{collapse_ws, Block};

/// Blocks in reading order, with the list being built.
#[derive(Debug, Default)]
pub struct Blocks {
    blocks: Vec<Block>,
    /// The open list: ordered?, items.
    list: Option<(bool, Vec<String>)>,
}

impl Blocks {
    /// Adds a list item; it joins the list just before it, if any.
    pub fn item(&mut self, ordered: bool, text: &str) {
        let text = collapse_ws(text);
        if text.is_empty() {
            return;
        }
        match &mut self.list {
            Some((_, items)) => items.push(text),
            None => self.list = Some((ordered, vec![text])),
        }
    }

    /// Appends text to the open list's last item (a paragraph continuing a
    /// list item); false when no list is open.
    pub fn continue_item(&mut self, text: &str) -> bool {
        let Some(last) = self.list.as_mut().and_then(|(_, items)| items.last_mut()) else {
            return false;
        };
        let text = collapse_ws(text);
        if !text.is_empty() {
            last.push(' ');
            last.push_str(&text);
        }
        true
    }

    /// Adds a paragraph (nothing for empty text).
    pub fn paragraph(&mut self, text: &str) {
        let text = collapse_ws(text);
        if !text.is_empty() {
            self.push(Block::Paragraph { text, page: None });
        }
    }

    /// Adds a heading (nothing for empty text).
    pub fn heading(&mut self, level: u8, text: &str) {
        let text = collapse_ws(text);
        if !text.is_empty() {
            self.push(Block::Heading {
                level,
                text,
                page: None,
            });
        }
    }

    /// Adds a block, closing any open list first.
    pub fn push(&mut self, block: Block) {
        self.close_list();
        self.blocks.push(block);
    }

    /// Appends blocks already built (a text box's content).
    pub fn extend(&mut self, blocks: Vec<Block>) {
        for b in blocks {
            self.push(b);
        }
    }

    fn close_list(&mut self) {
        if let Some((ordered, items)) = self.list.take() {
            self.blocks.push(Block::List {
                ordered,
                items,
                page: None,
            });
        }
    }

    /// The blocks, any open list closed.
    pub fn finish(mut self) -> Vec<Block> {
        self.close_list();
        self.blocks
    }

    /// The blocks for a table cell: as [`Blocks::finish`], a nested table
    /// kept as a table one level deep ([`Table::flatten_nested`]), as the
    /// HTML reader keeps it.
    pub fn finish_cell(self) -> Vec<Block> {
        let mut blocks = self.finish();
        for b in &mut blocks {
            if let Block::Table(t) = b {
                t.flatten_nested();
            }
        }
        blocks
    }
}
