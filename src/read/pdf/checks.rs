//! Checks and repairs on a loaded PDF before any page is drawn, for the
//! shapes that would otherwise make the interpreter recurse, loop or
//! allocate without end:
//!
//! - [x] streams that inflate past a budget (a 2 MB file of zeros that
//!   inflates to gigabytes; one stream listed as a page's contents a
//!   hundred times): refused by name, before anything is inflated;
//! - [x] a page tree whose `/Parent` chain loops (looking up an inherited
//!   MediaBox climbs it for ever): the loop is cut, and a page with no
//!   MediaBox anywhere gets A4;
//! - [x] Form XObjects that draw themselves, directly or through others,
//!   or nest deeper than [`MAX_FORM_DEPTH`] (pdf-extract draws them by
//!   recursion, so either overflows the stack): the `Do` that closes the
//!   loop or passes the depth is taken out of the form's content;
//! - [ ] LZW and ASCII85 streams are not measured before they are decoded
//!   (their expansion is bounded by the format); the worker's memory cap
//!   covers them.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Read as _;

use super::parse_content;
use pdf_extract::{Dictionary, Document, Object, ObjectId, Stream};

use crate::read::ReadError;

/// Most bytes all of a PDF's streams but images may inflate to together.
pub const MAX_INFLATED: u64 = 512 << 20;

/// Most bytes one page's content streams may inflate to (each listed time
/// counted: the interpreter joins them into one buffer).
pub const MAX_PAGE_CONTENT: u64 = 64 << 20;

/// Form XObjects drawn inside one another past this depth are not drawn:
/// real documents nest two or three.
pub const MAX_FORM_DEPTH: usize = 24;

/// `/Parent` links followed up from a page before the chain is cut.
const MAX_PARENT_CHAIN: usize = 64;

/// A4 in points: the MediaBox of a page that declares none anywhere.
const DEFAULT_MEDIA_BOX: [i64; 4] = [0, 0, 595, 842];

/// Checks the document and repairs what it can; an error for what it
/// cannot read safely.
pub fn prepare(doc: &mut Document) -> Result<(), ReadError> {
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    let mut sizes = Sizes::default();
    check_inflation(doc, &pages, &mut sizes)?;
    for &page in &pages {
        cut_parent_loop(doc, page);
    }
    cut_form_recursion(doc, &pages, &mut sizes);
    Ok(())
}

/// Inflated sizes of streams, measured once each.
#[derive(Default)]
struct Sizes(HashMap<ObjectId, u64>);

impl Sizes {
    /// The bytes a stream object inflates to, counted up to one past `cap`
    /// without keeping them.
    fn of(&mut self, doc: &Document, id: ObjectId, cap: u64) -> u64 {
        if let Some(&n) = self.0.get(&id) {
            return n;
        }
        let n = doc
            .get_object(id)
            .and_then(Object::as_stream)
            .map(|s| inflated_size(s, cap))
            .unwrap_or(0);
        self.0.insert(id, n);
        n
    }
}

/// How many bytes a stream's content decodes to, counting at most one
/// byte past `cap`. Only Flate is measured by inflating; other filters
/// count as their raw length.
fn inflated_size(stream: &Stream, cap: u64) -> u64 {
    let flate = matches!(stream.filters().as_deref(), Ok([b"FlateDecode"]) | Ok([b"Fl"]));
    if !flate {
        return stream.content.len() as u64;
    }
    let count = |reader: &mut dyn std::io::Read| std::io::copy(&mut reader.take(cap + 1), &mut std::io::sink());
    match count(&mut flate2::read::ZlibDecoder::new(&stream.content[..])) {
        Ok(n) => n,
        // A broken zlib header or checksum: lopdf retries as raw deflate.
        Err(_) if stream.content.len() > 2 => {
            count(&mut flate2::read::DeflateDecoder::new(&stream.content[2..])).unwrap_or(0)
        }
        Err(_) => 0,
    }
}

fn is_image(stream: &Stream) -> bool {
    stream.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Image")
}

/// Refuses a document one of whose pages' contents inflate past
/// [`MAX_PAGE_CONTENT`] (checked first: the smaller budget is spent
/// sooner), or whose streams (images aside) inflate past [`MAX_INFLATED`].
fn check_inflation(doc: &Document, pages: &[ObjectId], sizes: &mut Sizes) -> Result<(), ReadError> {
    for (n, &page) in pages.iter().enumerate() {
        let mut content: u64 = 0;
        for id in doc.get_page_contents(page) {
            content = content.saturating_add(sizes.of(doc, id, MAX_PAGE_CONTENT));
            if content > MAX_PAGE_CONTENT {
                return Err(ReadError::PdfInflates {
                    what: format!("page {}'s content", n + 1),
                    limit: MAX_PAGE_CONTENT,
                });
            }
        }
    }
    let mut total: u64 = 0;
    let streams: Vec<ObjectId> = doc
        .objects
        .iter()
        .filter_map(|(id, o)| o.as_stream().ok().filter(|s| !is_image(s)).map(|_| *id))
        .collect();
    for id in streams {
        total = total.saturating_add(sizes.of(doc, id, MAX_INFLATED - total.min(MAX_INFLATED)));
        if total > MAX_INFLATED {
            return Err(ReadError::PdfInflates {
                what: "streams".into(),
                limit: MAX_INFLATED,
            });
        }
    }
    Ok(())
}

/// The dictionary an object is or refers to.
fn dict_of<'a>(doc: &'a Document, o: &'a Object) -> Option<&'a Dictionary> {
    doc.dereference(o).ok()?.1.as_dict().ok()
}

/// Whether a dictionary has a usable MediaBox (an array of four numbers).
fn has_media_box(doc: &Document, d: &Dictionary) -> bool {
    d.get(b"MediaBox")
        .ok()
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_array().ok())
        .is_some_and(|a| a.len() >= 4 && a.iter().take(4).all(|v| v.as_float().is_ok() || v.as_i64().is_ok()))
}

/// Follows a page's `/Parent` chain; where it loops (or runs on past
/// [`MAX_PARENT_CHAIN`]) removes the link that closes it, and gives a page
/// that finds no MediaBox on the way A4.
fn cut_parent_loop(doc: &mut Document, page: ObjectId) {
    let mut seen = HashSet::from([page]);
    let mut node = page;
    let mut media_box = doc.get_dictionary(page).is_ok_and(|d| has_media_box(doc, d));
    loop {
        let parent = doc
            .get_dictionary(node)
            .ok()
            .and_then(|d| d.get(b"Parent").ok())
            .and_then(|p| p.as_reference().ok());
        let Some(parent) = parent else { break };
        if !seen.insert(parent) || seen.len() > MAX_PARENT_CHAIN || doc.get_dictionary(parent).is_err() {
            tracing::warn!("the page tree loops back on itself; the loop is cut");
            if let Ok(d) = doc.get_object_mut(node).and_then(Object::as_dict_mut) {
                d.remove(b"Parent");
            }
            break;
        }
        media_box |= doc.get_dictionary(parent).is_ok_and(|d| has_media_box(doc, d));
        node = parent;
    }
    if !media_box {
        if let Ok(d) = doc.get_object_mut(page).and_then(Object::as_dict_mut) {
            d.set(
                "MediaBox",
                DEFAULT_MEDIA_BOX
                    .iter()
                    .map(|&v| Object::Integer(v))
                    .collect::<Vec<_>>(),
            );
        }
    }
}

/// Whether a page draws an image: its content names, for `Do`, an image
/// XObject of its resources or a form whose resources hold one, or holds
/// an inline image. A page with an image and no text is likely a scan.
pub fn page_has_image(doc: &Document, page: ObjectId) -> bool {
    let Ok(content) = doc.get_page_content(page) else {
        return false;
    };
    let is_image_id = |id: ObjectId| doc.get_object(id).and_then(Object::as_stream).is_ok_and(is_image);
    let holds_image = |id: ObjectId| {
        is_image_id(id)
            || doc
                .get_object(id)
                .and_then(Object::as_stream)
                .ok()
                .and_then(|form| form_resources(doc, form))
                .is_some_and(|inner| inner.values().any(|&i| is_image_id(i)))
    };
    let names = |name: &[u8]| {
        let mut needle = Vec::with_capacity(name.len() + 1);
        needle.push(b'/');
        needle.extend_from_slice(name);
        content.windows(needle.len()).any(|w| w == needle.as_slice())
    };
    let drawn = xobjects_of(doc, page_resources(doc, page))
        .iter()
        .any(|(name, &id)| names(name) && holds_image(id));
    let inline = content
        .windows(4)
        .any(|w| w[0].is_ascii_whitespace() && &w[1..3] == b"BI" && w[3].is_ascii_whitespace());
    drawn || inline
}

/// The XObjects a resources dictionary names: name -> object.
fn xobjects_of(doc: &Document, resources: Option<&Dictionary>) -> BTreeMap<Vec<u8>, ObjectId> {
    let Some(xo) = resources
        .and_then(|r| r.get(b"XObject").ok())
        .and_then(|o| dict_of(doc, o))
    else {
        return BTreeMap::new();
    };
    xo.iter()
        .filter_map(|(name, o)| o.as_reference().ok().map(|id| (name.clone(), id)))
        .collect()
}

/// A page's resources, looked up the tree as the interpreter does (the
/// parent loops are cut by now, and the climb is bounded anyway).
fn page_resources(doc: &Document, page: ObjectId) -> Option<&Dictionary> {
    let mut node = doc.get_dictionary(page).ok()?;
    for _ in 0..MAX_PARENT_CHAIN {
        if let Some(r) = node.get(b"Resources").ok().and_then(|o| dict_of(doc, o)) {
            return Some(r);
        }
        node = doc
            .get_dictionary(node.get(b"Parent").ok()?.as_reference().ok()?)
            .ok()?;
    }
    None
}

/// A form's own resources, if it has them (else it draws with its caller's).
fn form_resources(doc: &Document, form: &Stream) -> Option<BTreeMap<Vec<u8>, ObjectId>> {
    let own = form.dict.get(b"Resources").ok().and_then(|o| dict_of(doc, o))?;
    Some(xobjects_of(doc, Some(own)))
}

fn is_form(doc: &Document, id: ObjectId) -> bool {
    doc.get_object(id)
        .and_then(Object::as_stream)
        .is_ok_and(|s| s.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Form"))
}

/// The names a content stream draws with `Do`, in order.
fn drawn_names(stream: &Stream) -> Vec<Vec<u8>> {
    let Ok(data) = stream.decompressed_content() else {
        return Vec::new();
    };
    let Some(content) = parse_content(&data) else {
        return Vec::new();
    };
    content
        .operations
        .iter()
        .filter(|op| op.operator == "Do")
        .filter_map(|op| op.operands.first().and_then(|o| o.as_name().ok()).map(<[u8]>::to_vec))
        .collect()
}

/// The walk over forms: which `Do`s to take out of which form.
struct FormWalk {
    /// Forms on the current path.
    path: Vec<ObjectId>,
    /// (form, whose resources it draws with) already walked.
    done: HashSet<(ObjectId, ObjectId)>,
    /// Form -> names whose `Do` comes out.
    cuts: HashMap<ObjectId, HashSet<Vec<u8>>>,
}

/// Takes out of Form XObjects each `Do` that draws a form already being
/// drawn (a loop) or draws one deeper than [`MAX_FORM_DEPTH`].
fn cut_form_recursion(doc: &mut Document, pages: &[ObjectId], sizes: &mut Sizes) {
    let mut walk = FormWalk {
        path: Vec::new(),
        done: HashSet::new(),
        cuts: HashMap::new(),
    };
    for &page in pages {
        let xobjects = xobjects_of(doc, page_resources(doc, page));
        for &id in xobjects.values() {
            visit(doc, sizes, &mut walk, id, &xobjects, page, 1);
        }
    }
    for (form, names) in walk.cuts {
        tracing::warn!(
            "a form drawing itself or nested more than {MAX_FORM_DEPTH} deep: {} of its drawings left out",
            names.len()
        );
        let Ok(stream) = doc.get_object_mut(form).and_then(Object::as_stream_mut) else {
            continue;
        };
        let Ok(data) = stream.decompressed_content() else {
            continue;
        };
        let Some(mut content) = parse_content(&data) else {
            stream.set_plain_content(Vec::new());
            continue;
        };
        content.operations.retain(|op| {
            op.operator != "Do"
                || op
                    .operands
                    .first()
                    .and_then(|o| o.as_name().ok())
                    .is_none_or(|n| !names.contains(n))
        });
        stream.set_plain_content(content.encode().unwrap_or_default());
        stream.dict.remove(b"DecodeParms");
    }
}

fn visit(
    doc: &Document,
    sizes: &mut Sizes,
    walk: &mut FormWalk,
    form: ObjectId,
    caller: &BTreeMap<Vec<u8>, ObjectId>,
    caller_ctx: ObjectId,
    depth: usize,
) {
    if !is_form(doc, form) {
        return;
    }
    let Ok(stream) = doc.get_object(form).and_then(Object::as_stream) else {
        return;
    };
    let (own, ctx) = match form_resources(doc, stream) {
        Some(own) => (Some(own), form),
        None => (None, caller_ctx),
    };
    if !walk.done.insert((form, ctx)) {
        return;
    }
    // A form too big to inflate is refused with the document's streams.
    if sizes.of(doc, form, MAX_PAGE_CONTENT) > MAX_PAGE_CONTENT {
        return;
    }
    let xobjects = own.as_ref().unwrap_or(caller);
    walk.path.push(form);
    for name in drawn_names(stream) {
        let Some(&target) = xobjects.get(&name) else { continue };
        if !is_form(doc, target) {
            continue;
        }
        if walk.path.contains(&target) || depth + 1 > MAX_FORM_DEPTH {
            walk.cuts.entry(form).or_default().insert(name);
        } else {
            visit(doc, sizes, walk, target, xobjects, ctx, depth + 1);
        }
    }
    walk.path.pop();
}
