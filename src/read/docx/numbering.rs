//! word/numbering.xml: the numbers Word prints before list paragraphs and
//! numbered headings ("1.", "2.3", "(b)"), computed as Word computes them,
//! so "1.1" in a Ref column reaches the model although the document's text
//! never holds it.
//!
//! A numbering instance (`w:num`) points to an abstract definition
//! (`w:abstractNum`) of up to nine levels, each with a format (`w:numFmt`),
//! a start (`w:start`) and a text pattern (`w:lvlText`, "%1.%2" for the
//! first two levels' counters). Instances of one definition share their
//! counters unless one overrides a level (`w:lvlOverride`, its
//! `w:startOverride` or a whole `w:lvl`): then it counts on its own, from
//! the override's start. A level counting on resets every deeper level.

use std::cell::RefCell;
use std::collections::HashMap;

use super::xml::{El, Ns};
use crate::read::list_numbers::NumberStyle;

/// Levels Word defines per list.
const LEVELS: usize = 9;

/// One level of a list definition.
#[derive(Debug, Clone)]
struct Level {
    style: NumberStyle,
    /// The pattern: "%1.%2", "(%1)", "Action %1:".
    text: String,
    start: u32,
    /// `w:isLgl`: every counter in the pattern written in decimals.
    legal: bool,
}

impl Default for Level {
    fn default() -> Self {
        Level {
            style: NumberStyle::Decimal,
            text: String::new(),
            start: 1,
            legal: false,
        }
    }
}

/// A numbering instance: its definition and the levels it overrides.
#[derive(Debug, Clone, Default)]
struct Num {
    abstract_id: String,
    /// Level -> a start of its own.
    start_overrides: HashMap<u8, u32>,
    /// Level -> a whole level of its own.
    level_overrides: HashMap<u8, Level>,
}

/// The numbering definitions, and the counters as the body is read.
#[derive(Debug, Default)]
pub struct Numbering {
    abstracts: HashMap<String, HashMap<u8, Level>>,
    nums: HashMap<String, Num>,
    counters: RefCell<Counters>,
}

/// The counters: per counting list, per level, the last number given.
#[derive(Debug, Default)]
struct Counters {
    by_list: HashMap<String, [Option<u32>; LEVELS]>,
}

impl Numbering {
    /// Reads word/numbering.xml (its root element).
    pub fn parse(root: &El) -> Numbering {
        let mut n = Numbering::default();
        for e in root.elements() {
            if e.is(Ns::W, "abstractNum") {
                let Some(abs) = e.attr("abstractNumId") else { continue };
                let levels = e
                    .elements()
                    .filter(|l| l.is(Ns::W, "lvl"))
                    .filter_map(|l| Some((level_index(l)?, read_level(l))))
                    .collect();
                n.abstracts.insert(abs.to_string(), levels);
            } else if e.is(Ns::W, "num") {
                let abs = e.child(Ns::W, "abstractNumId").and_then(|a| a.attr("val"));
                let (Some(id), Some(abs)) = (e.attr("numId"), abs) else {
                    continue;
                };
                let mut num = Num {
                    abstract_id: abs.to_string(),
                    ..Num::default()
                };
                for o in e.elements().filter(|o| o.is(Ns::W, "lvlOverride")) {
                    let Some(level) = level_index(o) else { continue };
                    if let Some(start) = o.child(Ns::W, "startOverride").and_then(val_u32) {
                        num.start_overrides.insert(level, start);
                    }
                    if let Some(l) = o.child(Ns::W, "lvl") {
                        num.level_overrides.insert(level, read_level(l));
                    }
                }
                n.nums.insert(id.to_string(), num);
            }
        }
        n
    }

    /// The level's definition, an instance's override first.
    fn level(&self, num_id: &str, ilvl: u8) -> Option<&Level> {
        let num = self.nums.get(num_id)?;
        num.level_overrides
            .get(&ilvl)
            .or_else(|| self.abstracts.get(&num.abstract_id)?.get(&ilvl))
    }

    /// Whether level `ilvl` of numbering `num_id` is ordered (None if unknown).
    pub fn ordered(&self, num_id: &str, ilvl: u8) -> Option<bool> {
        self.level(num_id, ilvl).map(|l| l.style.counts())
    }

    /// Counts one paragraph at level `ilvl` of numbering `num_id` and gives
    /// the number Word prints before it ("2.1", "(c)"); None for a bullet,
    /// an unknown list or a level that prints nothing.
    pub fn next_label(&self, num_id: &str, ilvl: u8) -> Option<String> {
        let num = self.nums.get(num_id)?;
        let ilvl = ilvl.min(LEVELS as u8 - 1);
        let level = self.level(num_id, ilvl)?;
        // An instance that overrides a level counts on its own.
        let own = !num.start_overrides.is_empty() || !num.level_overrides.is_empty();
        let key = if own {
            format!("num:{num_id}")
        } else {
            format!("abs:{}", num.abstract_id)
        };
        let start_of = |lvl: u8| -> u32 {
            num.start_overrides
                .get(&lvl)
                .copied()
                .or_else(|| self.level(num_id, lvl).map(|l| l.start))
                .unwrap_or(1)
        };
        let mut counters = self.counters.borrow_mut();
        let slots = counters.by_list.entry(key).or_insert([None; LEVELS]);
        let i = ilvl as usize;
        slots[i] = Some(slots[i].map_or(start_of(ilvl), |n| n.saturating_add(1)));
        for deeper in slots.iter_mut().skip(i + 1) {
            *deeper = None;
        }
        if !level.style.counts() && !level.text.contains('%') {
            return None;
        }
        // "%1.%2": each counter in its own level's style.
        let mut label = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '%' {
                if let Some(d) = chars
                    .peek()
                    .and_then(|d| d.to_digit(10))
                    .filter(|d| (1..=9).contains(d))
                {
                    chars.next();
                    let lvl = (d - 1) as u8;
                    let n = slots[lvl as usize].unwrap_or_else(|| start_of(lvl));
                    let style = if level.legal {
                        NumberStyle::Decimal
                    } else {
                        self.level(num_id, lvl).map_or(NumberStyle::Decimal, |l| l.style)
                    };
                    label.push_str(&style.format(n));
                    continue;
                }
            }
            label.push(c);
        }
        let label = label.trim().to_string();
        (!label.is_empty() && level.style.counts()).then_some(label)
    }
}

/// `w:ilvl` of a `w:lvl` or `w:lvlOverride`.
fn level_index(e: &El) -> Option<u8> {
    e.attr("ilvl")?.trim().parse().ok().filter(|l| (*l as usize) < LEVELS)
}

fn val_u32(e: &El) -> Option<u32> {
    e.attr("val")?.trim().parse().ok()
}

fn read_level(l: &El) -> Level {
    let style = l
        .child(Ns::W, "numFmt")
        .and_then(|f| f.attr("val"))
        .map_or(NumberStyle::Decimal, NumberStyle::from_word);
    Level {
        style,
        text: l
            .child(Ns::W, "lvlText")
            .and_then(|t| t.attr("val"))
            .unwrap_or_default()
            .to_string(),
        start: l.child(Ns::W, "start").and_then(val_u32).unwrap_or(1),
        legal: l.child(Ns::W, "isLgl").is_some_and(|e| super::body::on(e.attr("val"))),
    }
}
