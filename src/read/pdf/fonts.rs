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

use pdf_extract::{Document, Object, ObjectId};

/// Most glyphs one `c_first c_last w` range is spelled out to: a CID font
/// has at most 65,536 glyphs.
const MAX_RANGE: i64 = 1 << 16;

/// Rewrites every CID font's `/W` ranges and real `/DW` into the forms the
/// interpreter reads. Returns how many fonts were changed.
pub fn normalise(doc: &mut Document) -> usize {
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
    fn a_malformed_or_huge_range_is_left_alone() {
        let mut w = vec![Object::Integer(5), Object::Integer(2), Object::Integer(500)];
        assert!(!spell_out_ranges(&mut w));
        let mut w = vec![Object::Integer(0), Object::Integer(1 << 20), Object::Integer(500)];
        assert!(!spell_out_ranges(&mut w));
    }
}
