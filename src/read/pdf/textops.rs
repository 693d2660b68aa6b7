//! Text operators the interpreter does not know, rewritten into ones it
//! does before any page is drawn.
//!
//! pdf-extract 0.12 has no case for the "next line and show" operators
//! `'` and `"` (PDF 32000-1:2008, 9.4.3): the strings they show are dropped
//! and the line never moves down, so every line drawn after one of them
//! lands on top of an earlier line. Word and browsers seldom write them;
//! Ghostscript's pdfwrite (print drivers, "optimise PDF" and archive steps)
//! writes them for most lines of running text. The spec defines both as
//! sequences of operators the interpreter handles:
//!
//! - `string '` is `T* string Tj`;
//! - `aw ac string "` is `aw Tw ac Tc string '`.
//!
//! So each is replaced by that sequence, in page contents and Form
//! XObjects alike, and only in streams that use them (the rest are only
//! inflated, once, here instead of in the interpreter, and scanned). Inline images in a
//! rewritten stream are left out: they draw no text, and lopdf cannot
//! write them back.

use super::parse_content;
use pdf_extract::content::{Content, Operation};
use pdf_extract::{Document, Object, ObjectId};

/// Rewrites `'` and `"` into the operators they stand for, in every page
/// content stream and Form XObject of `doc`. Returns how many streams were
/// rewritten.
pub fn normalise(doc: &mut Document) -> usize {
    let mut ids: Vec<ObjectId> = doc
        .get_pages()
        .into_values()
        .flat_map(|page| doc.get_page_contents(page))
        .collect();
    ids.extend(doc.objects.iter().filter_map(|(&id, o)| {
        let s = o.as_stream().ok()?;
        (s.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Form")).then_some(id)
    }));
    ids.sort_unstable();
    ids.dedup();
    let mut rewritten = 0;
    for id in ids {
        let Ok(stream) = doc.get_object_mut(id).and_then(Object::as_stream_mut) else {
            continue;
        };
        let Ok(data) = stream.decompressed_content() else {
            continue;
        };
        if !mentions_quote_ops(&data) {
            // Inflated once here, kept inflated: the interpreter would
            // inflate it again otherwise.
            if stream.filters().is_ok_and(|f| !f.is_empty()) {
                stream.set_plain_content(data);
            }
            continue;
        }
        let Some(content) = parse_content(&data) else { continue };
        let Some(operations) = expand(&content.operations) else {
            continue;
        };
        let Ok(bytes) = (Content { operations }).encode() else {
            continue;
        };
        stream.set_plain_content(bytes);
        rewritten += 1;
    }
    if rewritten > 0 {
        tracing::debug!("{rewritten} content streams had ' or \" text operators rewritten");
    }
    rewritten
}

/// Whether the bytes hold a `'` or `"` that could be an operator: one
/// followed by white space, a delimiter or the end. A quote inside a
/// literal string may match too; the parse that follows decides.
fn mentions_quote_ops(data: &[u8]) -> bool {
    data.iter().enumerate().any(|(i, &b)| {
        (b == b'\'' || b == b'"')
            && data
                .get(i + 1)
                .is_none_or(|n| n.is_ascii_whitespace() || b"()<>[]{}/%".contains(n))
    })
}

/// The operations with each `'` and `"` spelled out, or `None` where there
/// was none.
fn expand(ops: &[Operation]) -> Option<Vec<Operation>> {
    if !ops.iter().any(|op| op.operator == "'" || op.operator == "\"") {
        return None;
    }
    let mut out = Vec::with_capacity(ops.len() + ops.len() / 2);
    for op in ops {
        match (op.operator.as_str(), op.operands.as_slice()) {
            ("'", [.., text]) => {
                out.push(Operation::new("T*", vec![]));
                out.push(Operation::new("Tj", vec![text.clone()]));
            }
            ("\"", [.., aw, ac, text]) => {
                out.push(Operation::new("Tw", vec![aw.clone()]));
                out.push(Operation::new("Tc", vec![ac.clone()]));
                out.push(Operation::new("T*", vec![]));
                out.push(Operation::new("Tj", vec![text.clone()]));
            }
            // Too few operands: a broken operator, drawn as nothing.
            ("'" | "\"", _) => {}
            // lopdf cannot write an inline image back (it keeps no data for
            // one it skipped), and an image draws no text: left out.
            ("BI", _) => {}
            _ => out.push(op.clone()),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use pdf_extract::StringFormat;

    fn ops(src: &str) -> Vec<Operation> {
        Content::decode(src.as_bytes()).unwrap().operations
    }

    fn names(ops: &[Operation]) -> Vec<&str> {
        ops.iter().map(|o| o.operator.as_str()).collect()
    }

    #[test]
    fn quote_is_next_line_then_show() {
        let out = expand(&ops("BT 12 TL (a) Tj (b) ' ET")).unwrap();
        assert_eq!(names(&out), ["BT", "TL", "Tj", "T*", "Tj", "ET"]);
        assert_eq!(
            out[4].operands,
            vec![Object::String(b"b".to_vec(), StringFormat::Literal)]
        );
    }

    #[test]
    fn double_quote_sets_spacing_first() {
        let out = expand(&ops("BT 2 1 (c) \" ET")).unwrap();
        assert_eq!(names(&out), ["BT", "Tw", "Tc", "T*", "Tj", "ET"]);
        assert_eq!(out[1].operands, vec![Object::Integer(2)]);
        assert_eq!(out[2].operands, vec![Object::Integer(1)]);
    }

    #[test]
    fn inline_images_do_not_survive_a_rewrite() {
        let src = "BT (a) ' ET q BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI Q";
        let out = expand(&ops(src)).unwrap();
        assert!(!names(&out).contains(&"BI"));
        let bytes = Content { operations: out }.encode().unwrap();
        assert!(Content::decode(&bytes).is_ok(), "the rewrite parses again");
    }

    #[test]
    fn streams_without_them_are_left_alone() {
        assert!(expand(&ops("BT (it's) Tj ET")).is_none());
        assert!(!mentions_quote_ops(b"BT <0041> Tj ET"));
        assert!(mentions_quote_ops(b"BT (x)'\nET"));
        assert!(mentions_quote_ops(b"BT <0041>'"));
    }
}
