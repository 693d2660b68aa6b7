//! Font dictionaries the interpreter misreads, put in the form it reads
//! right before any page is drawn.
//!
//! - [x] The `/W` (glyph widths) array of a CID font has two forms
//!   (PDF 32000-1:2008, 9.7.4.3): `c [w1 w2 …]` and `c_first c_last w`.
//!   pdf-extract 0.12 reads the second wrongly (no width at all for the
//!   range), so every glyph in it takes the default width: text drifts
//!   along its line and spills into the next cell. Browsers (Skia) write
//!   ranges for runs of equal widths, so most CID TrueType fonts from
//!   Chrome have them. Each range is rewritten in the first form.
//! - [x] A `/DW` (default width) given as a real number: pdf-extract wants an
//!   integer and panics on a real; it is rounded.
//! - [x] A Type1 font's built-in encoding under an `/Encoding` dictionary
//!   without `/BaseEncoding` (pdf-extract takes PDFDocEncoding as the
//!   base): see `type1.rs`.
//! - [x] A Type 3 font's `/Widths` are in its own glyph space, which its
//!   `/FontMatrix` maps to text space (9.6.5); pdf-extract divides them by
//!   1000 whatever the matrix, right only for the usual `[0.001 0 0 0.001
//!   0 0]`. A font rewritten with a unit matrix (cairo writes `[1 0 0 -1 0
//!   0]` with widths such as 0.556) then advances a thousandth of a glyph
//!   per glyph: every glyph of a run lands on the first one's spot, the
//!   `TJ` kerning alone moves them, and the words come out in scrambled
//!   letter order. The widths are rescaled to thousandths of text space.

use pdf_extract::{Document, Object, ObjectId};

/// Most glyphs one `c_first c_last w` range is spelled out to: a CID font
/// has at most 65,536 glyphs.
const MAX_RANGE: i64 = 1 << 16;

/// Rewrites every CID font's `/W` ranges and real `/DW`, and every Type 3
/// font's `/Widths`, into the forms the interpreter reads. Returns how many
/// fonts were changed.
pub fn normalise(doc: &mut Document) -> usize {
    normalise_cid(doc) + normalise_type3(doc)
}

/// The `/W` ranges and real `/DW` of CID fonts (see the module header).
fn normalise_cid(doc: &mut Document) -> usize {
    let cid_fonts: Vec<ObjectId> = doc
        .objects
        .iter()
        .filter(|(_, o)| {
            o.as_dict().is_ok_and(|d| {
                matches!(
                    d.get(b"Subtype").and_then(Object::as_name),
                    Ok(b"CIDFontType2") | Ok(b"CIDFontType0")
                )
            })
        })
        .map(|(&id, _)| id)
        .collect();
    let mut changed = 0;
    for id in cid_fonts {
        // The widths may sit in an object of their own.
        let w_ref = doc
            .get_dictionary(id)
            .ok()
            .and_then(|d| d.get(b"W").ok())
            .and_then(|o| o.as_reference().ok());
        let mut fixed = false;
        if let Some(w_id) = w_ref {
            if let Ok(Object::Array(w)) = doc.get_object_mut(w_id) {
                fixed |= spell_out_ranges(w);
            }
        }
        if let Ok(dict) = doc.get_dictionary_mut(id) {
            if let Ok(Object::Array(w)) = dict.get_mut(b"W") {
                fixed |= spell_out_ranges(w);
            }
            if let Ok(&Object::Real(dw)) = dict.get(b"DW") {
                dict.set("DW", Object::Integer(dw.round() as i64));
                fixed = true;
            }
        }
        changed += usize::from(fixed);
    }
    if changed > 0 {
        tracing::debug!("{changed} CID fonts had their widths put in the form the interpreter reads");
    }
    changed
}

/// Rescales each Type 3 font's `/Widths` from its glyph space to the
/// thousandths of text space pdf-extract takes them in (see the module
/// header). Returns how many fonts were changed.
fn normalise_type3(doc: &mut Document) -> usize {
    let type3: Vec<(ObjectId, f64)> = doc
        .objects
        .iter()
        .filter_map(|(&id, o)| {
            let d = o.as_dict().ok()?;
            if d.get(b"Subtype").and_then(Object::as_name).ok()? != b"Type3" {
                return None;
            }
            let a = match d.get(b"FontMatrix").ok()? {
                Object::Array(m) => number(m.first()?)?,
                Object::Reference(r) => match doc.get_object(*r).ok()? {
                    Object::Array(m) => number(m.first()?)?,
                    _ => return None,
                },
                _ => return None,
            };
            let scale = width_scale(a)?;
            Some((id, scale))
        })
        .collect();
    let mut changed = 0;
    // A widths array two fonts share is rescaled once.
    let mut done = std::collections::HashSet::new();
    for (id, scale) in type3 {
        let w_ref = doc
            .get_dictionary(id)
            .ok()
            .and_then(|d| d.get(b"Widths").ok())
            .and_then(|o| o.as_reference().ok());
        let widths = match w_ref {
            Some(w_id) if !done.insert(w_id) => continue,
            Some(w_id) => doc.get_object_mut(w_id).ok(),
            None => doc.get_dictionary_mut(id).ok().and_then(|d| d.get_mut(b"Widths").ok()),
        };
        if let Some(Object::Array(w)) = widths {
            rescale(w, scale);
            changed += 1;
        }
    }
    changed
}

/// The factor that turns a Type 3 font's widths into thousandths of text
/// space, given its `/FontMatrix`'s first entry; None when they already are
/// (the usual 0.001) or the matrix is degenerate.
fn width_scale(a: f64) -> Option<f64> {
    let scale = a * 1000.0;
    (scale.is_finite() && scale != 0.0 && (scale - 1.0).abs() > 1e-6).then_some(scale)
}

/// Multiplies every number of a `/Widths` array by `scale`.
fn rescale(w: &mut [Object], scale: f64) {
    for o in w.iter_mut() {
        if let Some(v) = number(o) {
            *o = Object::Real((v * scale) as f32);
        }
    }
}

fn number(o: &Object) -> Option<f64> {
    match *o {
        Object::Integer(i) => Some(i as f64),
        Object::Real(r) => Some(f64::from(r)),
        _ => None,
    }
}

/// Rewrites each `c_first c_last w` of a `/W` array as `c_first [w …]`.
/// True when anything changed. A malformed tail is left as it was.
fn spell_out_ranges(w: &mut Vec<Object>) -> bool {
    let mut out: Vec<Object> = Vec::with_capacity(w.len());
    let mut changed = false;
    let mut i = 0;
    while i < w.len() {
        match (w.get(i), w.get(i + 1), w.get(i + 2)) {
            (Some(first), Some(Object::Array(_)), _) => {
                out.push(first.clone());
                out.push(w[i + 1].clone());
                i += 2;
            }
            (Some(Object::Integer(first)), Some(Object::Integer(last)), Some(width))
                if number(width).is_some() && *last >= *first && last - first < MAX_RANGE =>
            {
                out.push(Object::Integer(*first));
                out.push(Object::Array(vec![width.clone(); (last - first + 1) as usize]));
                changed = true;
                i += 3;
            }
            _ => {
                out.extend(w[i..].iter().cloned());
                break;
            }
        }
    }
    if changed {
        *w = out;
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_become_arrays_and_arrays_stay() {
        let mut w = vec![
            Object::Integer(3),
            Object::Array(vec![Object::Real(277.8)]),
            Object::Integer(19),
            Object::Integer(21),
            Object::Real(556.2),
        ];
        assert!(spell_out_ranges(&mut w));
        assert_eq!(w.len(), 4);
        assert_eq!(w[2], Object::Integer(19));
        assert_eq!(w[3], Object::Array(vec![Object::Real(556.2); 3]));
        let before = w.clone();
        assert!(!spell_out_ranges(&mut w), "nothing left to rewrite");
        assert_eq!(w, before);
    }

    #[test]
    fn type3_widths_follow_the_font_matrix() {
        assert_eq!(width_scale(0.001), None, "the usual matrix needs nothing");
        assert_eq!(width_scale(0.0), None);
        let mut w = vec![Object::Real(0.556), Object::Integer(1)];
        rescale(&mut w, width_scale(1.0).unwrap());
        assert!(matches!(w[0], Object::Real(r) if (r - 556.0).abs() < 0.01));
        assert!(matches!(w[1], Object::Real(r) if (r - 1000.0).abs() < 0.01));
    }

    #[test]
    fn a_malformed_or_huge_range_is_left_alone() {
        let mut w = vec![Object::Integer(5), Object::Integer(2), Object::Integer(500)];
        assert!(!spell_out_ranges(&mut w));
        let mut w = vec![Object::Integer(0), Object::Integer(1 << 20), Object::Integer(500)];
        assert!(!spell_out_ranges(&mut w));
    }
}
