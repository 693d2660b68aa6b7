//! A small element tree over quick-xml: the Word and OpenDocument readers
//! walk parts recursively, which a tree makes plain. Parts are a few hundred
//! kilobytes, so holding one in memory costs little; a node cap bounds the
//! tree (a part of tiny empty elements would otherwise cost far more as a
//! tree than as bytes), and a nesting cap keeps the walkers' recursion off
//! the stack's edge. Only the predefined XML entities are expanded: no DTD,
//! so no entity bombs.

use quick_xml::escape::resolve_xml_entity;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::{NsReader, XmlVersion};

use crate::read::ReadError;

/// Elements nested deeper than this make the part malformed (real documents
/// stay far below; a hostile one would otherwise overflow the stack).
const MAX_DEPTH: usize = 256;

/// Parse events (tags, text runs) in one part past this make it malformed:
/// a long real document has a few hundred thousand; this bounds the tree to
/// a few hundred megabytes whatever the part holds.
const MAX_EVENTS: usize = 4_000_000;

/// Attributes on one element past this make the part malformed: Word and
/// OpenDocument use a handful; a hostile part may give one element millions
/// (each costs two strings as a tree, far more than its bytes).
const MAX_ATTRIBUTES: usize = 1024;

/// The namespaces the readers look at, by their usual prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ns {
    /// WordprocessingML main (transitional or strict).
    W,
    /// Markup compatibility (`mc:AlternateContent`).
    Mc,
    /// OpenDocument text.
    Text,
    /// OpenDocument table.
    Table,
    /// OpenDocument office (body, document root).
    Office,
    /// OpenDocument drawing (frames, text boxes).
    Draw,
    /// OpenDocument style (paragraph styles).
    Style,
    /// Dublin Core (titles in core.xml / meta.xml).
    Dc,
    /// Anything else.
    Other,
}

fn ns_of(uri: &str) -> Ns {
    match uri {
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        | "http://purl.oclc.org/ooxml/wordprocessingml/main" => Ns::W,
        "http://schemas.openxmlformats.org/markup-compatibility/2006" => Ns::Mc,
        "urn:oasis:names:tc:opendocument:xmlns:text:1.0" => Ns::Text,
        "urn:oasis:names:tc:opendocument:xmlns:table:1.0" => Ns::Table,
        "urn:oasis:names:tc:opendocument:xmlns:office:1.0" => Ns::Office,
        "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" => Ns::Draw,
        "urn:oasis:names:tc:opendocument:xmlns:style:1.0" => Ns::Style,
        "http://purl.org/dc/elements/1.1/" => Ns::Dc,
        _ => Ns::Other,
    }
}

/// One element: its namespace, local name, attributes (by local name) and
/// children in document order.
#[derive(Debug, Clone)]
pub struct El {
    /// The element's namespace.
    pub ns: Ns,
    /// The local name, without prefix.
    pub name: String,
    /// Attributes as (local name, unescaped value).
    pub attrs: Vec<(String, String)>,
    /// Child elements and text.
    pub children: Vec<Node>,
}

/// A child of an element.
#[derive(Debug, Clone)]
pub enum Node {
    /// A child element.
    El(El),
    /// Character data (entities resolved).
    Text(String),
}

impl El {
    /// True when this element is `ns:name`.
    pub fn is(&self, ns: Ns, name: &str) -> bool {
        self.ns == ns && self.name == name
    }

    /// The value of the attribute with this local name.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// Child elements in order.
    pub fn elements(&self) -> impl Iterator<Item = &El> {
        self.children.iter().filter_map(|n| match n {
            Node::El(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// The first child element `ns:name`.
    pub fn child(&self, ns: Ns, name: &str) -> Option<&El> {
        self.elements().find(|e| e.is(ns, name))
    }

    /// The first descendant `ns:name` (depth first, self excluded).
    pub fn find(&self, ns: Ns, name: &str) -> Option<&El> {
        for e in self.elements() {
            if e.is(ns, name) {
                return Some(e);
            }
            if let Some(found) = e.find(ns, name) {
                return Some(found);
            }
        }
        None
    }

    /// All text below this element, concatenated.
    pub fn text(&self) -> String {
        let mut out = String::new();
        self.push_text(&mut out);
        out
    }

    fn push_text(&self, out: &mut String) {
        for n in &self.children {
            match n {
                Node::Text(t) => out.push_str(t),
                Node::El(e) => e.push_text(out),
            }
        }
    }
}

/// Parses a whole XML part into its root element.
pub fn parse(xml: &[u8], part: &str) -> Result<El, ReadError> {
    let text = std::str::from_utf8(xml).map_err(|e| ReadError::Malformed(format!("{part}: not UTF-8 XML ({e})")))?;
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = NsReader::from_str(text);
    let bad = |e: &dyn std::fmt::Display| ReadError::Malformed(format!("{part}: {e}"));
    // The open elements; the root is the first one closed at depth 0.
    let mut stack: Vec<El> = Vec::new();
    let mut events = 0usize;
    loop {
        let (res, event) = reader.read_resolved_event().map_err(|e| bad(&e))?;
        events += 1;
        if events > MAX_EVENTS {
            return Err(bad(&"too many elements"));
        }
        match event {
            Event::Start(s) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(bad(&"elements nested too deeply"));
                }
                let el = element(&res, &s, &mut events).map_err(|e| bad(&e))?;
                stack.push(el);
            }
            Event::Empty(s) => {
                let el = element(&res, &s, &mut events).map_err(|e| bad(&e))?;
                match stack.last_mut() {
                    Some(parent) => parent.children.push(Node::El(el)),
                    None => return Ok(el),
                }
            }
            Event::End(_) => {
                let Some(done) = stack.pop() else {
                    return Err(bad(&"unbalanced end tag"));
                };
                match stack.last_mut() {
                    Some(parent) => parent.children.push(Node::El(done)),
                    None => return Ok(done),
                }
            }
            Event::Text(t) => push_text(&mut stack, &t.xml10_content()),
            Event::CData(t) => push_text(&mut stack, &t.xml10_content()),
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c.to_string()),
                    Ok(None) => resolve_xml_entity(&r).map(str::to_string),
                    Err(_) => None,
                };
                if let Some(s) = resolved {
                    push_text(&mut stack, &s);
                }
            }
            Event::Eof => return Err(bad(&"no root element or unclosed elements")),
            _ => {}
        }
    }
}

fn push_text(stack: &mut [El], s: &str) {
    if let Some(top) = stack.last_mut() {
        if let Some(Node::Text(prev)) = top.children.last_mut() {
            prev.push_str(s);
        } else {
            top.children.push(Node::Text(s.to_string()));
        }
    }
}

/// One element with its attributes; each attribute counts as an event
/// towards [`MAX_EVENTS`], and more than [`MAX_ATTRIBUTES`] on one element
/// is an error.
fn element(res: &ResolveResult<'_>, s: &BytesStart<'_>, events: &mut usize) -> Result<El, String> {
    let ns = match res {
        ResolveResult::Bound(n) => ns_of(n.0),
        _ => Ns::Other,
    };
    let mut attrs = Vec::new();
    for a in s.attributes().with_checks(false) {
        let a = a.map_err(|e| e.to_string())?;
        *events += 1;
        if attrs.len() >= MAX_ATTRIBUTES || *events > MAX_EVENTS {
            return Err(format!(
                "an element with more than {} attributes",
                attrs.len().min(MAX_ATTRIBUTES)
            ));
        }
        let key = a.key.local_name().as_ref().to_string();
        let value = a
            .normalized_value(XmlVersion::Implicit1_0)
            .map_err(|e| e.to_string())?
            .into_owned();
        attrs.push((key, value));
    }
    Ok(El {
        ns,
        name: s.local_name().as_ref().to_string(),
        attrs,
        children: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_namespaces_entities_and_text() {
        let root = parse(
            br#"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:t w:x="a&amp;b">A &amp; B &#8212; C</w:t><other/></w:document>"#,
            "t",
        )
        .unwrap();
        assert!(root.is(Ns::W, "document"));
        let t = root.child(Ns::W, "t").unwrap();
        assert_eq!(t.attr("x"), Some("a&b"));
        assert_eq!(root.text(), "A & B \u{2014} C");
        assert!(root.child(Ns::Other, "other").is_some());
    }

    #[test]
    fn rejects_broken_and_too_deep_xml() {
        assert!(parse(b"<a><b></a>", "t").is_err());
        assert!(parse(b"", "t").is_err());
        let deep = "<a>".repeat(MAX_DEPTH + 1) + &"</a>".repeat(MAX_DEPTH + 1);
        assert!(matches!(parse(deep.as_bytes(), "t"), Err(ReadError::Malformed(_))));
    }

    #[test]
    fn attributes_are_counted() {
        let many = format!("<a {}/>", "x=\"\" ".repeat(MAX_ATTRIBUTES + 1));
        let err = parse(many.as_bytes(), "t").unwrap_err();
        assert!(err.to_string().contains("attributes"), "{err}");
        let fine = format!("<a {}/>", "x=\"\" ".repeat(MAX_ATTRIBUTES));
        assert_eq!(parse(fine.as_bytes(), "t").unwrap().attrs.len(), MAX_ATTRIBUTES);
    }
}
