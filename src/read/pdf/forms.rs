//! Form XObjects placed where their page draws them, before any page is
//! drawn.
//!
//! pdf-extract 0.12 draws a form (`/Name Do`) as a fresh content stream:
//! without the transformation matrix in force at the `Do` and without the
//! form's own `/Matrix` (PDF 32000-1:2008, 8.10.1). A chart or a logo with
//! text placed by `cm` then lands at the page's corner, over other text.
//! Here each form a page draws from one place only gets that placement
//! (`Matrix × CTM`) written at the head of its content, so the interpreter
//! draws it where it belongs.
//!
//! - [x] forms drawn directly by page content, from one placement;
//! - [ ] a form drawn from two different placements (left as it was);
//! - [ ] forms inside forms (left as they were).

use std::collections::HashMap;

use super::parse_content;
use pdf_extract::{Dictionary, Document, Object, ObjectId};

/// A 2D affine matrix as PDF writes it: [a b c d e f].
type Matrix = [f64; 6];

const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m` applied first, then `then`.
fn concat(m: Matrix, then: Matrix) -> Matrix {
    let [a, b, c, d, e, f] = m;
    let [a2, b2, c2, d2, e2, f2] = then;
    [
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    ]
}

fn number(o: &Object) -> Option<f64> {
    match *o {
        Object::Integer(i) => Some(i as f64),
        Object::Real(r) => Some(f64::from(r)),
        _ => None,
    }
}

fn matrix_of(operands: &[Object]) -> Option<Matrix> {
    let n: Vec<f64> = operands.iter().filter_map(number).collect();
    (n.len() == 6 && operands.len() == 6).then(|| [n[0], n[1], n[2], n[3], n[4], n[5]])
}

fn dict_of<'a>(doc: &'a Document, o: &'a Object) -> Option<&'a Dictionary> {
    match o {
        Object::Reference(id) => doc.get_dictionary(*id).ok(),
        Object::Dictionary(d) => Some(d),
        _ => None,
    }
}

/// The forms a page's resources name: name -> form object.
fn page_forms(doc: &Document, page: ObjectId) -> HashMap<Vec<u8>, ObjectId> {
    let mut node = doc.get_dictionary(page).ok();
    let mut resources = None;
    for _ in 0..64 {
        let Some(n) = node else { break };
        if let Some(r) = n.get(b"Resources").ok().and_then(|o| dict_of(doc, o)) {
            resources = Some(r);
            break;
        }
        node = n
            .get(b"Parent")
            .ok()
            .and_then(|p| p.as_reference().ok())
            .and_then(|id| doc.get_dictionary(id).ok());
    }
    let Some(xobjects) = resources
        .and_then(|r| r.get(b"XObject").ok())
        .and_then(|o| dict_of(doc, o))
    else {
        return HashMap::new();
    };
    xobjects
        .iter()
        .filter_map(|(name, o)| {
            let id = o.as_reference().ok()?;
            let s = doc.get_object(id).and_then(Object::as_stream).ok()?;
            (s.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Form")).then(|| (name.clone(), id))
        })
        .collect()
}

/// Where each form is drawn from page content: form -> placements (CTM at
/// its `Do`).
fn placements(doc: &Document) -> HashMap<ObjectId, Vec<Matrix>> {
    let mut out: HashMap<ObjectId, Vec<Matrix>> = HashMap::new();
    for page in doc.get_pages().into_values() {
        let forms = page_forms(doc, page);
        if forms.is_empty() {
            continue;
        }
        let Ok(data) = doc.get_page_content(page) else { continue };
        let Some(content) = parse_content(&data) else { continue };
        let mut ctm = IDENTITY;
        let mut stack: Vec<Matrix> = Vec::new();
        for op in &content.operations {
            match op.operator.as_str() {
                "q" => stack.push(ctm),
                "Q" => ctm = stack.pop().unwrap_or(ctm),
                "cm" => {
                    if let Some(m) = matrix_of(&op.operands) {
                        ctm = concat(m, ctm);
                    }
                }
                "Do" => {
                    let name = op.operands.first().and_then(|o| o.as_name().ok());
                    if let Some(&id) = name.and_then(|n| forms.get(n)) {
                        out.entry(id).or_default().push(ctm);
                    }
                }
                _ => {}
            }
        }
    }
    out
}

fn same(a: &Matrix, b: &Matrix) -> bool {
    a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-6)
}

/// Writes each form's placement at the head of its content where the page
/// content draws it from one placement only. Returns how many forms moved.
pub fn place(doc: &mut Document) -> usize {
    let mut moved = 0;
    for (form, places) in placements(doc) {
        let first = places[0];
        if !places.iter().all(|p| same(p, &first)) {
            continue;
        }
        let Ok(stream) = doc.get_object_mut(form).and_then(Object::as_stream_mut) else {
            continue;
        };
        let own = stream
            .dict
            .get(b"Matrix")
            .ok()
            .and_then(|m| m.as_array().ok())
            .and_then(|a| matrix_of(a))
            .unwrap_or(IDENTITY);
        let m = concat(own, first);
        if same(&m, &IDENTITY) {
            continue;
        }
        let Ok(data) = stream.decompressed_content() else {
            continue;
        };
        let mut placed = format!("{} {} {} {} {} {} cm\n", m[0], m[1], m[2], m[3], m[4], m[5]).into_bytes();
        placed.extend_from_slice(&data);
        stream.set_plain_content(placed);
        moved += 1;
    }
    if moved > 0 {
        tracing::debug!("{moved} forms placed where their pages draw them");
    }
    moved
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_matrix_then_another() {
        let scale = [2.0, 0.0, 0.0, 2.0, 0.0, 0.0];
        let shift = [1.0, 0.0, 0.0, 1.0, 10.0, 20.0];
        assert_eq!(concat(scale, shift), [2.0, 0.0, 0.0, 2.0, 10.0, 20.0]);
        assert_eq!(concat(shift, scale), [2.0, 0.0, 0.0, 2.0, 20.0, 40.0]);
    }
}
