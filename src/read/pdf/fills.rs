//! The colours a page fills its rectangles with. pdf-extract reports every
//! fill but not its colour for the common operators (`rg`, `g`, `k`), so
//! this pass reads the page's content stream for that alone: the graphics
//! state's matrix and fill colour, rectangles and four-cornered paths, and
//! the fills that paint them. A RAG rating shown only as a cell's colour
//! needs it; nothing else here depends on it.

use super::parse_content;
use pdf_extract::{Dictionary, Document as PdfDoc, Object, ObjectId};

use super::collect::Fill;
use crate::model::Rgb;

/// Most operators read per page, Form XObjects included: a hostile page
/// cannot make this pass run long.
const MAX_OPERATIONS: usize = 2_000_000;
/// Deepest nesting of Form XObjects followed.
const MAX_FORM_DEPTH: usize = 4;
/// Deepest `q` nesting kept.
const MAX_SAVED_STATES: usize = 64;

/// A 2D affine matrix as PDF writes it: [a b c d e f].
#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix([f64; 6]);

impl Matrix {
    const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    /// `self` applied first, then `then`.
    fn then(self, then: Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = then.0;
        Matrix([
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        ])
    }

    fn apply(self, x: f64, y: f64) -> (f64, f64) {
        let [a, b, c, d, e, f] = self.0;
        (a * x + c * y + e, b * x + d * y + f)
    }
}

#[derive(Debug, Clone, Copy)]
struct State {
    ctm: Matrix,
    fill: Option<Rgb>,
}

/// Reads the filled rectangles of one page, in the collector's top-left
/// page coordinates (origin at the media box's left and top).
pub fn page_fills(doc: &PdfDoc, page_id: ObjectId, origin: (f64, f64)) -> Vec<Fill> {
    let Ok(bytes) = doc.get_page_content(page_id) else {
        return Vec::new();
    };
    let resources = doc.get_page_resources(page_id).ok().and_then(|(own, inherited)| {
        own.cloned()
            .or_else(|| inherited.first().and_then(|id| doc.get_dictionary(*id).ok().cloned()))
    });
    let mut pass = Pass {
        doc,
        origin,
        fills: Vec::new(),
        budget: MAX_OPERATIONS,
    };
    pass.run(
        &bytes,
        resources.as_ref(),
        State {
            ctm: Matrix::IDENTITY,
            fill: Some(Rgb(0, 0, 0)),
        },
        0,
    );
    pass.fills
}

struct Pass<'d> {
    doc: &'d PdfDoc,
    origin: (f64, f64),
    fills: Vec<Fill>,
    budget: usize,
}

fn num(o: &Object) -> Option<f64> {
    match o {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

fn nums(ops: &[Object]) -> Vec<f64> {
    ops.iter().filter_map(num).collect()
}

fn level(v: f64) -> u8 {
    (v.clamp(0.0, 1.0) * 255.0).round() as u8
}

/// A colour from its components: one grey, three RGB or four CMYK.
fn colour(c: &[f64]) -> Option<Rgb> {
    match c.len() {
        1 => Some(Rgb(level(c[0]), level(c[0]), level(c[0]))),
        3 => Some(Rgb(level(c[0]), level(c[1]), level(c[2]))),
        4 => {
            let k = 1.0 - c[3];
            Some(Rgb(
                level((1.0 - c[0]) * k),
                level((1.0 - c[1]) * k),
                level((1.0 - c[2]) * k),
            ))
        }
        _ => None,
    }
}

impl Pass<'_> {
    fn run(&mut self, bytes: &[u8], resources: Option<&Dictionary>, mut state: State, depth: usize) {
        let Some(content) = parse_content(bytes) else {
            return;
        };
        let mut saved: Vec<State> = Vec::new();
        let mut rects: Vec<[f64; 4]> = Vec::new(); // user-space x, y, w, h
        let mut points: Vec<(f64, f64)> = Vec::new();
        for op in &content.operations {
            if self.budget == 0 {
                return;
            }
            self.budget -= 1;
            let n = nums(&op.operands);
            match op.operator.as_str() {
                "q" if saved.len() < MAX_SAVED_STATES => saved.push(state),
                "Q" => state = saved.pop().unwrap_or(state),
                "cm" if n.len() == 6 => {
                    state.ctm = Matrix([n[0], n[1], n[2], n[3], n[4], n[5]]).then(state.ctm);
                }
                "g" | "rg" | "k" | "sc" | "scn" => state.fill = colour(&n),
                "cs" => state.fill = None,
                "re" if n.len() == 4 => rects.push([n[0], n[1], n[2], n[3]]),
                "m" if n.len() == 2 => {
                    points.clear();
                    points.push((n[0], n[1]));
                }
                "l" if n.len() == 2 => points.push((n[0], n[1])),
                "f" | "F" | "f*" | "B" | "B*" | "b" | "b*" => {
                    if let Some(c) = state.fill {
                        for [x, y, w, h] in rects.drain(..) {
                            self.add(state.ctm, (x, y), (x + w, y + h), c);
                        }
                        if let Some((a, b)) = box_of(&points) {
                            self.add(state.ctm, a, b, c);
                        }
                    }
                    rects.clear();
                    points.clear();
                }
                "n" | "S" | "s" => {
                    rects.clear();
                    points.clear();
                }
                "Do" if depth < MAX_FORM_DEPTH => {
                    if let Some(name) = op.operands.first().and_then(|o| o.as_name().ok()) {
                        self.form(name, resources, state, depth);
                    }
                }
                _ => {}
            }
        }
    }

    /// Follows a Form XObject, under its own matrix and resources.
    fn form(&mut self, name: &[u8], resources: Option<&Dictionary>, state: State, depth: usize) {
        let doc = self.doc;
        let resolve = |o: &Object| -> Option<Object> {
            match o {
                Object::Reference(id) => doc.get_object(*id).ok().cloned(),
                other => Some(other.clone()),
            }
        };
        let Some(xobjects) = resources
            .and_then(|r| r.get(b"XObject").ok())
            .and_then(resolve)
            .and_then(|o| o.as_dict().ok().cloned())
        else {
            return;
        };
        let Some(Object::Stream(stream)) = xobjects.get(name).ok().and_then(resolve) else {
            return;
        };
        if stream.dict.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Form".as_slice()) {
            return;
        }
        let matrix = stream
            .dict
            .get(b"Matrix")
            .ok()
            .and_then(|m| m.as_array().ok())
            .map(|a| nums(a))
            .filter(|m| m.len() == 6)
            .map(|m| Matrix([m[0], m[1], m[2], m[3], m[4], m[5]]))
            .unwrap_or(Matrix::IDENTITY);
        let inner_resources = stream
            .dict
            .get(b"Resources")
            .ok()
            .and_then(resolve)
            .and_then(|o| o.as_dict().ok().cloned());
        let Ok(bytes) = stream
            .decompressed_content()
            .or_else(|_| Ok::<_, ()>(stream.content.clone()))
        else {
            return;
        };
        let inner = State {
            ctm: matrix.then(state.ctm),
            ..state
        };
        self.run(&bytes, inner_resources.as_ref().or(resources), inner, depth + 1);
    }

    /// Records a filled box given by two user-space corners.
    fn add(&mut self, ctm: Matrix, a: (f64, f64), b: (f64, f64), colour: Rgb) {
        let (ox, oy) = self.origin;
        let pa = ctm.apply(a.0, a.1);
        let pb = ctm.apply(b.0, b.1);
        let (x0, x1) = ((pa.0.min(pb.0)) - ox, (pa.0.max(pb.0)) - ox);
        let (y0, y1) = (oy - pa.1.max(pb.1), oy - pa.1.min(pb.1));
        if x1 - x0 >= 1.0 && y1 - y0 >= 1.0 && self.fills.len() < 100_000 {
            self.fills.push(Fill { x0, y0, x1, y1, colour });
        }
    }
}

/// The two corners of a path of four axis-aligned corners (a rectangle
/// drawn with lines), where it is one.
fn box_of(points: &[(f64, f64)]) -> Option<((f64, f64), (f64, f64))> {
    if !(4..=5).contains(&points.len()) {
        return None;
    }
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in points {
        x0 = x0.min(x);
        y0 = y0.min(y);
        x1 = x1.max(x);
        y1 = y1.max(y);
    }
    let on_corner = |&(x, y): &(f64, f64)| {
        ((x - x0).abs() < 0.5 || (x - x1).abs() < 0.5) && ((y - y0).abs() < 0.5 || (y - y1).abs() < 0.5)
    };
    points.iter().all(on_corner).then_some(((x0, y0), (x1, y1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_from_their_components() {
        assert_eq!(colour(&[0.0, 0.690, 0.314]), Some(Rgb(0, 176, 80)));
        assert_eq!(colour(&[1.0]), Some(Rgb(255, 255, 255)));
        assert_eq!(colour(&[0.0, 0.0, 0.0, 1.0]), Some(Rgb(0, 0, 0)));
        assert_eq!(colour(&[]), None);
    }

    #[test]
    fn matrices_compose_in_pdf_order() {
        let scale = Matrix([2.0, 0.0, 0.0, 2.0, 0.0, 0.0]);
        let shift = Matrix([1.0, 0.0, 0.0, 1.0, 10.0, 20.0]);
        // cm applies the new matrix before the current one.
        assert_eq!(scale.then(shift).apply(1.0, 1.0), (12.0, 22.0));
    }

    #[test]
    fn boxes_from_four_corners() {
        let square = [(0.0, 0.0), (10.0, 0.0), (10.0, 5.0), (0.0, 5.0)];
        assert_eq!(box_of(&square), Some(((0.0, 0.0), (10.0, 5.0))));
        let slanted = [(0.0, 0.0), (10.0, 2.0), (10.0, 5.0), (0.0, 5.0)];
        assert_eq!(box_of(&slanted), None);
    }
}
