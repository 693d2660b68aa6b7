//! What a PDF page draws, as geometry: positioned glyphs and ruling lines.
//!
//! pdf-extract interprets the content streams and calls an `OutputDev` for
//! every character and every stroked or filled path. This device keeps them
//! in page coordinates with the origin at the top left (y grows downwards,
//! as on screen), which is what the layout and table code reasons in.

use pdf_extract::{ColorSpace, MediaBox, OutputDev, OutputError, Path, PathOp, Transform};

use crate::model::Rgb;

/// One character drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// The character(s) the font maps the code to.
    pub text: String,
    /// Left edge of the glyph's advance box.
    pub x0: f64,
    /// Right edge of the glyph's advance box.
    pub x1: f64,
    /// The baseline, from the top of the page.
    pub baseline: f64,
    /// The font size in page units (the glyph's height, roughly).
    pub size: f64,
}

impl Glyph {
    /// Glyphs for `text` set from `x` on `baseline`, each half `size` wide:
    /// pages built by hand for the layout tests.
    #[cfg(test)]
    pub(crate) fn run(text: &str, x: f64, baseline: f64, size: f64) -> Vec<Glyph> {
        let w = size * 0.5;
        text.chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                text: c.to_string(),
                x0: x + i as f64 * w,
                x1: x + (i as f64 + 1.0) * w,
                baseline,
                size,
            })
            .collect()
    }

    /// Top of the glyph box (ascender).
    pub fn top(&self) -> f64 {
        self.baseline - 0.8 * self.size
    }

    /// Bottom of the glyph box (descender).
    pub fn bottom(&self) -> f64 {
        self.baseline + 0.2 * self.size
    }

    /// Horizontal centre.
    pub fn cx(&self) -> f64 {
        (self.x0 + self.x1) / 2.0
    }

    /// Vertical centre.
    pub fn cy(&self) -> f64 {
        (self.top() + self.bottom()) / 2.0
    }
}

/// A straight horizontal or vertical line drawn on the page: a table rule,
/// or one edge of a filled cell rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule {
    /// True for a horizontal rule (constant y).
    pub horizontal: bool,
    /// The constant coordinate: y for horizontal, x for vertical.
    pub at: f64,
    /// Start of the extent along the rule.
    pub from: f64,
    /// End of the extent along the rule.
    pub to: f64,
    /// True for the edge of a shaded area rather than a drawn line: shading
    /// alone marks rows, not a ruled grid.
    pub shade: bool,
}

/// A filled rectangle and its colour: a shaded cell, a RAG swatch, a row's
/// zebra band.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fill {
    /// Left.
    pub x0: f64,
    /// Top.
    pub y0: f64,
    /// Right.
    pub x1: f64,
    /// Bottom.
    pub y1: f64,
    /// The colour painted.
    pub colour: Rgb,
}

impl Fill {
    /// True where the point lies inside.
    pub fn contains(&self, x: f64, y: f64) -> bool {
        (self.x0..=self.x1).contains(&x) && (self.y0..=self.y1).contains(&y)
    }

    fn area(&self) -> f64 {
        (self.x1 - self.x0) * (self.y1 - self.y0)
    }
}

/// The fill painted under a point: the smallest filled rectangle there
/// (a cell's own fill, not the band or background under it).
pub fn fill_under(fills: &[Fill], x: f64, y: f64) -> Option<&Fill> {
    fills
        .iter()
        .filter(|f| f.contains(x, y))
        .min_by(|a, b| a.area().total_cmp(&b.area()))
}

/// The colour painted under a point: the smallest filled rectangle there.
pub fn fill_at(fills: &[Fill], x: f64, y: f64) -> Option<Rgb> {
    fill_under(fills, x, y).map(|f| f.colour)
}

/// Everything collected from one page.
#[derive(Debug, Clone, Default)]
pub struct RawPage {
    /// 1-based page number.
    pub number: u32,
    /// Page width.
    pub width: f64,
    /// Page height.
    pub height: f64,
    /// Upright glyphs in drawing order.
    pub glyphs: Vec<Glyph>,
    /// Ruling lines and rectangle edges.
    pub rules: Vec<Rule>,
    /// Filled rectangles with their colours.
    pub fills: Vec<Fill>,
    /// Glyphs drawn at another angle than the page's text, left out.
    pub rotated: usize,
    /// Whether the page draws an image (set only for a page with no text:
    /// with an image it is likely a scan; without, a blank page).
    pub has_image: bool,
    /// Glyphs drawn turned by a quarter or half turn, kept until the page
    /// ends: where most of a page's text is turned (a landscape table
    /// printed on a portrait page), the page is turned to read it.
    turned: Vec<Turned>,
}

/// A glyph drawn turned: its start on the page and its angle.
#[derive(Debug, Clone)]
struct Turned {
    /// Quarter turns anticlockwise: 1, 2 or 3.
    quarter: u8,
    x: f64,
    y: f64,
    advance: f64,
    size: f64,
    text: String,
}

impl RawPage {
    /// Turns the page so its dominant text reads left to right, where most
    /// of it is turned; what is left at another angle is counted as rotated.
    fn settle(&mut self) {
        let mut counts = [self.glyphs.len(), 0, 0, 0];
        for t in &self.turned {
            counts[t.quarter as usize] += 1;
        }
        let (best, _) = counts.iter().enumerate().max_by_key(|(_, n)| **n).unwrap_or((0, &0));
        if best == 0 {
            self.rotated += self.turned.len();
            self.turned.clear();
            return;
        }
        let (w, h) = (self.width, self.height);
        // Top-left page coordinates to the turned page's.
        let map = move |x: f64, y: f64| -> (f64, f64) {
            match best {
                1 => (h - y, x),
                2 => (w - x, h - y),
                _ => (y, w - x),
            }
        };
        self.rotated += self.glyphs.len() + self.turned.iter().filter(|t| t.quarter as usize != best).count();
        self.glyphs = self
            .turned
            .drain(..)
            .filter(|t| t.quarter as usize == best)
            .map(|t| {
                let (x0, baseline) = map(t.x, t.y);
                Glyph {
                    text: t.text,
                    x0,
                    x1: x0 + t.advance,
                    baseline,
                    size: t.size,
                }
            })
            .collect();
        self.rules = self
            .rules
            .iter()
            .map(|r| {
                let (a, b) = if r.horizontal {
                    ((r.from, r.at), (r.to, r.at))
                } else {
                    ((r.at, r.from), (r.at, r.to))
                };
                let (a, b) = (map(a.0, a.1), map(b.0, b.1));
                let horizontal = (a.1 - b.1).abs() < 0.5;
                Rule {
                    horizontal,
                    at: if horizontal { a.1 } else { a.0 },
                    from: if horizontal { a.0.min(b.0) } else { a.1.min(b.1) },
                    to: if horizontal { a.0.max(b.0) } else { a.1.max(b.1) },
                    shade: r.shade,
                }
            })
            .collect();
        self.fills = self
            .fills
            .iter()
            .map(|f| {
                let (a, b) = (map(f.x0, f.y0), map(f.x1, f.y1));
                Fill {
                    x0: a.0.min(b.0),
                    y0: a.1.min(b.1),
                    x1: a.0.max(b.0),
                    y1: a.1.max(b.1),
                    colour: f.colour,
                }
            })
            .collect();
        if best != 2 {
            std::mem::swap(&mut self.width, &mut self.height);
        }
    }
}

/// The `OutputDev` that records pages of geometry.
#[derive(Debug, Default)]
pub struct Collector {
    /// Finished pages.
    pub pages: Vec<RawPage>,
    current: Option<RawPage>,
    origin_y: f64,
    origin_x: f64,
    /// The coloured fills of the page about to be drawn (read by their own
    /// pass: pdf-extract does not report fill colours).
    pub next_fills: Vec<Fill>,
}

/// Rectangles thinner than this are rules, not shaded areas.
const THIN: f64 = 2.5;

impl Collector {
    /// The pages collected, the last one closed if the interpreter did not.
    pub fn finish(mut self) -> Vec<RawPage> {
        self.close_page();
        self.pages
    }

    fn close_page(&mut self) {
        if let Some(mut done) = self.current.take() {
            done.settle();
            self.pages.push(done);
        }
    }

    fn page(&mut self) -> Option<&mut RawPage> {
        self.current.as_mut()
    }

    /// Page coordinates (top-left origin) of a user-space point under `ctm`.
    fn to_page(&self, ctm: &Transform, x: f64, y: f64) -> (f64, f64) {
        let px = x * ctm.m11 + y * ctm.m21 + ctm.m31;
        let py = x * ctm.m12 + y * ctm.m22 + ctm.m32;
        (px - self.origin_x, self.origin_y - py)
    }

    fn add_segment(&mut self, a: (f64, f64), b: (f64, f64)) {
        self.add_edge(a, b, false);
    }

    fn add_edge(&mut self, a: (f64, f64), b: (f64, f64), shade: bool) {
        let Some(page) = self.page() else { return };
        let (dx, dy) = ((b.0 - a.0).abs(), (b.1 - a.1).abs());
        if dy < 0.5 && dx >= 1.0 {
            page.rules.push(Rule {
                horizontal: true,
                at: (a.1 + b.1) / 2.0,
                from: a.0.min(b.0),
                to: a.0.max(b.0),
                shade,
            });
        } else if dx < 0.5 && dy >= 1.0 {
            page.rules.push(Rule {
                horizontal: false,
                at: (a.0 + b.0) / 2.0,
                from: a.1.min(b.1),
                to: a.1.max(b.1),
                shade,
            });
        }
    }

    /// A rectangle: a thin one is a rule; a larger one gives its four edges
    /// (cell borders drawn as boxes, shaded header cells).
    fn add_rect(&mut self, ctm: &Transform, x: f64, y: f64, w: f64, h: f64, filled: bool) {
        let a = self.to_page(ctm, x, y);
        let b = self.to_page(ctm, x + w, y + h);
        let (x0, x1) = (a.0.min(b.0), a.0.max(b.0));
        let (y0, y1) = (a.1.min(b.1), a.1.max(b.1));
        let Some(page) = self.page() else { return };
        // A page-sized fill is a background, not a table.
        if filled && x1 - x0 > page.width * 0.9 && y1 - y0 > page.height * 0.9 {
            return;
        }
        if y1 - y0 < THIN && x1 - x0 >= 1.0 {
            self.add_segment(((x0), (y0 + y1) / 2.0), (x1, (y0 + y1) / 2.0));
        } else if x1 - x0 < THIN && y1 - y0 >= 1.0 {
            self.add_segment(((x0 + x1) / 2.0, y0), ((x0 + x1) / 2.0, y1));
        } else if x1 - x0 >= 1.0 && y1 - y0 >= 1.0 {
            for (p, q) in [
                ((x0, y0), (x1, y0)),
                ((x0, y1), (x1, y1)),
                ((x0, y0), (x0, y1)),
                ((x1, y0), (x1, y1)),
            ] {
                self.add_edge(p, q, filled);
            }
        }
    }

    fn add_path(&mut self, ctm: &Transform, path: &Path, filled: bool) {
        let mut start: Option<(f64, f64)> = None;
        let mut last: Option<(f64, f64)> = None;
        let mut points: Vec<(f64, f64)> = Vec::new();
        for op in &path.ops {
            match *op {
                PathOp::MoveTo(x, y) => {
                    let p = self.to_page(ctm, x, y);
                    start = Some(p);
                    last = Some(p);
                    points.push(p);
                }
                PathOp::LineTo(x, y) => {
                    let p = self.to_page(ctm, x, y);
                    if let Some(l) = last {
                        if !filled {
                            self.add_segment(l, p);
                        }
                    }
                    last = Some(p);
                    points.push(p);
                }
                PathOp::CurveTo(_, _, _, _, x, y) => {
                    last = Some(self.to_page(ctm, x, y));
                    points.clear();
                }
                PathOp::Rect(x, y, w, h) => self.add_rect(ctm, x, y, w, h, filled),
                PathOp::Close => {
                    if let (Some(l), Some(s)) = (last, start) {
                        if !filled {
                            self.add_segment(l, s);
                        }
                    }
                    last = start;
                }
            }
        }
        // A filled polygon of four axis-aligned corners is a rectangle.
        if filled && (4..=5).contains(&points.len()) {
            let xs = points.iter().map(|p| p.0);
            let ys = points.iter().map(|p| p.1);
            let (x0, x1) = (xs.clone().fold(f64::MAX, f64::min), xs.fold(f64::MIN, f64::max));
            let (y0, y1) = (ys.clone().fold(f64::MAX, f64::min), ys.fold(f64::MIN, f64::max));
            let axis_aligned = points.iter().all(|p| {
                ((p.0 - x0).abs() < 0.5 || (p.0 - x1).abs() < 0.5) && ((p.1 - y0).abs() < 0.5 || (p.1 - y1).abs() < 0.5)
            });
            if axis_aligned {
                // Already in page space: use the identity transform.
                let id = Transform::identity();
                let (ox, oy) = (self.origin_x, self.origin_y);
                self.add_rect(&id, x0 + ox, oy - y1, x1 - x0, y1 - y0, true);
            }
        }
    }
}

fn is_white(colorspace: &ColorSpace, color: &[f64]) -> bool {
    match colorspace {
        ColorSpace::DeviceGray | ColorSpace::CalGray(_) => color.first().is_some_and(|g| *g > 0.97),
        ColorSpace::DeviceRGB | ColorSpace::CalRGB(_) => color.len() >= 3 && color.iter().take(3).all(|c| *c > 0.97),
        ColorSpace::DeviceCMYK => color.len() >= 4 && color.iter().take(4).all(|c| *c < 0.03),
        // ICC-based and other spaces: judge by the component count.
        _ => match color.len() {
            1 | 3 => color.iter().all(|c| *c > 0.97),
            _ => false,
        },
    }
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        page_num: u32,
        media_box: &MediaBox,
        _: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.close_page();
        self.origin_x = media_box.llx;
        self.origin_y = media_box.ury;
        self.current = Some(RawPage {
            number: page_num,
            width: (media_box.urx - media_box.llx).abs(),
            height: (media_box.ury - media_box.lly).abs(),
            fills: std::mem::take(&mut self.next_fills),
            ..RawPage::default()
        });
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        self.close_page();
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        let _ = spacing;
        let (ox, oy) = (self.origin_x, self.origin_y);
        let Some(page) = self.page() else { return Ok(()) };
        let scale_x = trm.m11.hypot(trm.m12);
        let scale_y = trm.m21.hypot(trm.m22);
        let size = font_size * scale_y;
        let advance = width * font_size * scale_x;
        let x0 = trm.m31 - ox;
        if !size.is_finite() || !x0.is_finite() || size <= 0.0 {
            return Ok(());
        }
        // The reading direction, in quarter turns anticlockwise.
        let (dx, dy) = (trm.m11, trm.m12);
        let quarter = if dx.abs() >= 10.0 * dy.abs() {
            if dx > 0.0 {
                0
            } else {
                2
            }
        } else if dy.abs() >= 10.0 * dx.abs() {
            if dy > 0.0 {
                1
            } else {
                3
            }
        } else {
            page.rotated += 1;
            return Ok(());
        };
        if quarter != 0 {
            page.turned.push(Turned {
                quarter,
                x: x0,
                y: oy - trm.m32,
                advance: advance.max(0.0),
                size,
                text: expand_ligatures(text),
            });
            return Ok(());
        }
        page.glyphs.push(Glyph {
            text: expand_ligatures(text),
            x0,
            x1: x0 + advance.max(0.0),
            baseline: oy - trm.m32,
            size,
        });
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn stroke(
        &mut self,
        ctm: &Transform,
        colorspace: &ColorSpace,
        color: &[f64],
        path: &Path,
    ) -> Result<(), OutputError> {
        if !is_white(colorspace, color) {
            self.add_path(ctm, path, false);
        }
        Ok(())
    }

    fn fill(
        &mut self,
        ctm: &Transform,
        colorspace: &ColorSpace,
        color: &[f64],
        path: &Path,
    ) -> Result<(), OutputError> {
        if !is_white(colorspace, color) {
            self.add_path(ctm, path, true);
        }
        Ok(())
    }
}

/// A glyph's text with the Latin ligatures (U+FB00–FB06: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ)
/// spelled out as their letters. A font that draws "ffi" as one glyph maps
/// it to the ligature character, and "oﬃcer" would then match no word
/// list, search or gold text; the letters share the glyph's box.
pub(crate) fn expand_ligatures(text: &str) -> String {
    if !text.chars().any(|c| ('\u{fb00}'..='\u{fb06}').contains(&c)) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 2);
    for c in text.chars() {
        match c {
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ligature_glyphs_are_spelled_out() {
        assert_eq!(expand_ligatures("o\u{fb03}cer"), "officer");
        assert_eq!(expand_ligatures("\u{fb01}\u{fb02}\u{fb00}\u{fb04}"), "fiflffffl");
        assert_eq!(expand_ligatures("plain"), "plain");
    }
}
