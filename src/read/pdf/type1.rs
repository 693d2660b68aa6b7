//! Simple Type1 fonts' encodings, put in the one form the interpreter reads
//! right.
//!
//! A simple font's encoding is a base encoding with `/Differences` laid
//! over it (PDF 32000-1:2008, 9.6.6). When `/BaseEncoding` is absent, the
//! base is the font program's own built-in encoding if the font is
//! embedded, and StandardEncoding if it is not (and not symbolic).
//! pdf-extract 0.12 takes PDFDocEncoding as the base instead, so an
//! embedded Type1 font with its own encoding (TeX fonts, subsets
//! re-numbered by their producer) reads as the wrong letters wherever its
//! `/Differences` do not reach ("Nutritional" as ";utritionalg"); and it
//! panics on the name `StandardEncoding`, losing the page.
//!
//! - [x] The built-in encoding of an embedded Type1 program (`/FontFile`):
//!   the `/Encoding` array of its cleartext part, or StandardEncoding.
//! - [x] StandardEncoding named as `/Encoding` or `/BaseEncoding`, and the
//!   base of a non-embedded, non-symbolic Type1 font with no base named.
//! - [x] `/Differences` entries the interpreter panics on (codes past 255,
//!   objects that are neither a code nor a name) are dropped.
//! - [ ] The built-in encoding of a CFF program (`/FontFile3`): pdf-extract
//!   reads it itself, but lets it win over `/Differences` where they clash.
//! - [ ] Glyph names outside the Adobe Glyph List (`uni20AC`, `g123`) still
//!   read as PDFDocEncoding.
//!
//! Each such font gets an `/Encoding` dictionary whose `/Differences` spell
//! out every code (so pdf-extract's PDFDocEncoding base no longer shows
//! through), and its `/FontFile` is unlinked once read: pdf-extract parses
//! the whole program only to find that encoding, slowly, and panics on a
//! program it cannot lex.

use std::collections::BTreeMap;

use pdf_extract::{Dictionary, Document, Object, ObjectId};

/// Base encodings pdf-extract has tables for.
const KNOWN_BASES: [&[u8]; 3] = [b"WinAnsiEncoding", b"MacRomanEncoding", b"MacExpertEncoding"];

/// Font descriptor flag: the font uses symbols outside the standard Latin
/// set (PDF 32000-1:2008, 9.8.2, bit 3).
const SYMBOLIC: i64 = 1 << 2;

/// Bytes of a font program's cleartext part read at most when its
/// `/Length1` is missing or wrong: real headers are a few kilobytes.
const MAX_CLEARTEXT: usize = 64 << 10;

/// A code-to-glyph-name encoding.
type Encoding = BTreeMap<u8, Vec<u8>>;

/// Rewrites the encoding of every simple Type1 font whose encoding the
/// interpreter would misread. Returns how many fonts were changed.
pub fn normalise(doc: &mut Document) -> usize {
    // Read every font first: fonts may share a descriptor, and a font
    // program is unlinked only after all its fonts have been read.
    let fonts: Vec<ObjectId> = doc
        .objects
        .iter()
        .filter(|(_, o)| {
            o.as_dict().is_ok_and(|d| {
                matches!(
                    d.get(b"Subtype").and_then(Object::as_name),
                    Ok(b"Type1") | Ok(b"MMType1")
                ) && d.get(b"Type").and_then(Object::as_name).map_or(true, |t| t == b"Font")
            })
        })
        .map(|(&id, _)| id)
        .collect();
    let plans: Vec<(ObjectId, Plan)> = fonts
        .into_iter()
        .filter_map(|id| plan(doc, id).map(|p| (id, p)))
        .collect();
    let changed = plans.len();
    for (id, plan) in plans {
        if let Some(descriptor) = plan.unlink_program {
            if let Ok(d) = doc.get_dictionary_mut(descriptor) {
                d.remove(b"FontFile");
            }
        }
        if let Ok(font) = doc.get_dictionary_mut(id) {
            font.set("Encoding", Object::Dictionary(plan.encoding));
        }
    }
    if changed > 0 {
        tracing::debug!("{changed} Type1 fonts had their encodings spelled out");
    }
    changed
}

/// What is to change in one font.
struct Plan {
    /// The encoding dictionary to write.
    encoding: Dictionary,
    /// The descriptor whose `/FontFile` has been read and can go.
    unlink_program: Option<ObjectId>,
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    match o {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(o),
        other => other,
    }
}

/// The change one font needs, or none.
fn plan(doc: &Document, id: ObjectId) -> Option<Plan> {
    let font = doc.get_dictionary(id).ok()?;
    let encoding = font.get(b"Encoding").ok().map(|o| deref(doc, o));
    let descriptor_id = font.get(b"FontDescriptor").ok().and_then(|o| o.as_reference().ok());
    let descriptor = match font.get(b"FontDescriptor").ok().map(|o| deref(doc, o)) {
        Some(Object::Dictionary(d)) => Some(d),
        _ => None,
    };
    let program = descriptor.and_then(|d| d.get(b"FontFile").ok()).map(|o| deref(doc, o));
    let builtin = match program {
        Some(Object::Stream(s)) => builtin_encoding(s),
        _ => None,
    };
    // Only a program in a descriptor of its own object can be unlinked
    // (a direct descriptor sits in the font, which is rewritten anyway).
    let unlink_program = builtin.as_ref().and(descriptor_id);
    let other_program = descriptor.is_some_and(|d| d.has(b"FontFile2") || d.has(b"FontFile3"));
    let symbolic = descriptor
        .and_then(|d| d.get(b"Flags").ok())
        .and_then(|f| f.as_i64().ok())
        .is_some_and(|f| f & SYMBOLIC != 0)
        || matches!(
            font.get(b"BaseFont").and_then(Object::as_name),
            Ok(b"Symbol") | Ok(b"ZapfDingbats")
        );
    // The base where none is named: the program's own, else (for a font
    // that is not embedded and not symbolic) StandardEncoding.
    let implied_base = || -> Option<Encoding> {
        if let Some(b) = &builtin {
            Some(b.clone())
        } else if program.is_none() && !other_program && !symbolic {
            Some(standard())
        } else {
            None
        }
    };
    let (base_name, base, differences, malformed) = match encoding {
        Some(Object::Name(n)) if KNOWN_BASES.contains(&n.as_slice()) => return None,
        Some(Object::Name(n)) if n == b"StandardEncoding" => (None, Some(standard()), Encoding::new(), true),
        Some(Object::Dictionary(d)) => {
            let (differences, malformed) = differences_of(doc, d);
            match d.get(b"BaseEncoding").and_then(Object::as_name) {
                Ok(n) if KNOWN_BASES.contains(&n) => (Some(n.to_vec()), None, differences, malformed),
                Ok(b"StandardEncoding") => (None, Some(standard()), differences, true),
                // Any other base name panics the interpreter: read as absent.
                Ok(_) => (None, implied_base(), differences, true),
                Err(_) => (None, implied_base(), differences, malformed),
            }
        }
        // No encoding, a name the interpreter has no table for (it panics),
        // or an object of the wrong type.
        None => (None, implied_base(), Encoding::new(), false),
        Some(_) => (None, implied_base(), Encoding::new(), true),
    };
    if base.is_none() && !malformed && unlink_program.is_none() {
        return None;
    }
    let mut full = base.unwrap_or_default();
    full.extend(differences);
    let mut dict = Dictionary::new();
    dict.set("Type", Object::Name(b"Encoding".to_vec()));
    if let Some(n) = base_name {
        dict.set("BaseEncoding", Object::Name(n));
    }
    dict.set("Differences", Object::Array(differences_array(&full)));
    Some(Plan {
        encoding: dict,
        unlink_program,
    })
}

/// The `/Differences` of an encoding dictionary, and whether any entry was
/// dropped as one the interpreter would panic on.
fn differences_of(doc: &Document, d: &Dictionary) -> (Encoding, bool) {
    let mut out = Encoding::new();
    let mut malformed = false;
    let Ok(array) = d.get(b"Differences").map(|o| deref(doc, o)) else {
        return (out, false);
    };
    let Ok(array) = array.as_array() else {
        return (out, true);
    };
    let mut code: Option<i64> = None;
    for o in array {
        match deref(doc, o) {
            Object::Integer(i) => code = Some(*i),
            Object::Name(n) => {
                match code.and_then(|c| u8::try_from(c).ok()) {
                    Some(c) => {
                        out.insert(c, n.clone());
                    }
                    None => malformed = true,
                }
                code = code.map(|c| c + 1);
            }
            _ => malformed = true,
        }
    }
    (out, malformed)
}

/// An encoding as a `/Differences` array: each run of consecutive codes
/// after its first code.
fn differences_array(e: &Encoding) -> Vec<Object> {
    let mut out = Vec::with_capacity(e.len() + 16);
    let mut next: Option<u8> = None;
    for (&code, name) in e {
        if next != Some(code) {
            out.push(Object::Integer(i64::from(code)));
        }
        out.push(Object::Name(name.clone()));
        next = code.checked_add(1);
    }
    out
}

fn standard() -> Encoding {
    STANDARD_ENCODING
        .iter()
        .map(|&(c, n)| (c, n.as_bytes().to_vec()))
        .collect()
}

/// The built-in encoding of an embedded Type1 font program: the
/// `/Encoding` its cleartext part defines. None when it cannot be read.
fn builtin_encoding(s: &pdf_extract::Stream) -> Option<Encoding> {
    let data = s.get_plain_content().ok()?;
    // A program embedded as PFB keeps its 6-byte segment header.
    let data = match data.as_slice() {
        [0x80, 0x01, _, _, _, _, rest @ ..] => rest,
        d => d,
    };
    let length1 = s
        .dict
        .get(b"Length1")
        .and_then(Object::as_i64)
        .ok()
        .and_then(|l| usize::try_from(l).ok())
        .filter(|&l| l > 0 && l <= data.len());
    let clear = match length1 {
        Some(l) => &data[..l],
        None => &data[..data.len().min(MAX_CLEARTEXT)],
    };
    parse_encoding(clear)
}

/// One PostScript token of a font's cleartext part.
#[derive(Debug, PartialEq)]
enum Token<'a> {
    /// A literal name, without its slash.
    Name(&'a [u8]),
    /// An integer.
    Int(i64),
    /// Anything else: operators, other numbers, delimiters.
    Word(&'a [u8]),
}

fn is_delimiter(b: u8) -> bool {
    matches!(b, b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%')
}

/// The PostScript tokens of `data`, strings and comments skipped.
fn tokens(data: &[u8]) -> impl Iterator<Item = Token<'_>> {
    let mut i = 0;
    std::iter::from_fn(move || loop {
        let b = *data.get(i)?;
        if b.is_ascii_whitespace() || b == 0 {
            i += 1;
        } else if b == b'%' {
            while data.get(i).is_some_and(|&c| c != b'\n' && c != b'\r') {
                i += 1;
            }
        } else if b == b'(' {
            // A string: skip to its balancing parenthesis.
            let mut depth = 0usize;
            while let Some(&c) = data.get(i) {
                i += 1;
                match c {
                    b'\\' => i += 1,
                    b'(' => depth += 1,
                    b')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
            }
        } else if b == b'/' {
            let start = i + 1;
            i = start;
            while data
                .get(i)
                .is_some_and(|&c| !c.is_ascii_whitespace() && !is_delimiter(c))
            {
                i += 1;
            }
            return Some(Token::Name(&data[start..i]));
        } else if is_delimiter(b) {
            i += 1;
            return Some(Token::Word(&data[i - 1..i]));
        } else {
            let start = i;
            while data
                .get(i)
                .is_some_and(|&c| !c.is_ascii_whitespace() && !is_delimiter(c))
            {
                i += 1;
            }
            let word = &data[start..i];
            return Some(
                std::str::from_utf8(word)
                    .ok()
                    .and_then(|w| w.parse::<i64>().ok())
                    .map_or(Token::Word(word), Token::Int),
            );
        }
    })
}

/// The `/Encoding` a Type1 cleartext part defines: `StandardEncoding`, or
/// an array filled by `dup CODE /name put`, up to its `def`.
fn parse_encoding(clear: &[u8]) -> Option<Encoding> {
    let mut toks = tokens(clear).take_while(|t| *t != Token::Word(b"eexec"));
    toks.find(|t| *t == Token::Name(b"Encoding"))?;
    let mut out = Encoding::new();
    let mut recent: [Option<Token>; 2] = [None, None];
    match toks.next()? {
        Token::Word(b"StandardEncoding") => return Some(standard()),
        Token::Int(_) => {}
        _ => return None,
    }
    for t in toks {
        match t {
            Token::Word(b"put") => {
                if let [Some(Token::Int(code)), Some(Token::Name(name))] = &recent {
                    if let Ok(code) = u8::try_from(*code) {
                        out.insert(code, name.to_vec());
                    }
                }
            }
            Token::Word(b"def") => break,
            _ => {}
        }
        recent = [recent[1].take(), Some(t)];
    }
    out.retain(|_, name| name.as_slice() != b".notdef");
    Some(out)
}

/// Adobe StandardEncoding (PDF 32000-1:2008, Annex D.2): code and glyph name.
const STANDARD_ENCODING: [(u8, &str); 149] = [
    (32, "space"),
    (33, "exclam"),
    (34, "quotedbl"),
    (35, "numbersign"),
    (36, "dollar"),
    (37, "percent"),
    (38, "ampersand"),
    (39, "quoteright"),
    (40, "parenleft"),
    (41, "parenright"),
    (42, "asterisk"),
    (43, "plus"),
    (44, "comma"),
    (45, "hyphen"),
    (46, "period"),
    (47, "slash"),
    (48, "zero"),
    (49, "one"),
    (50, "two"),
    (51, "three"),
    (52, "four"),
    (53, "five"),
    (54, "six"),
    (55, "seven"),
    (56, "eight"),
    (57, "nine"),
    (58, "colon"),
    (59, "semicolon"),
    (60, "less"),
    (61, "equal"),
    (62, "greater"),
    (63, "question"),
    (64, "at"),
    (65, "A"),
    (66, "B"),
    (67, "C"),
    (68, "D"),
    (69, "E"),
    (70, "F"),
    (71, "G"),
    (72, "H"),
    (73, "I"),
    (74, "J"),
    (75, "K"),
    (76, "L"),
    (77, "M"),
    (78, "N"),
    (79, "O"),
    (80, "P"),
    (81, "Q"),
    (82, "R"),
    (83, "S"),
    (84, "T"),
    (85, "U"),
    (86, "V"),
    (87, "W"),
    (88, "X"),
    (89, "Y"),
    (90, "Z"),
    (91, "bracketleft"),
    (92, "backslash"),
    (93, "bracketright"),
    (94, "asciicircum"),
    (95, "underscore"),
    (96, "quoteleft"),
    (97, "a"),
    (98, "b"),
    (99, "c"),
    (100, "d"),
    (101, "e"),
    (102, "f"),
    (103, "g"),
    (104, "h"),
    (105, "i"),
    (106, "j"),
    (107, "k"),
    (108, "l"),
    (109, "m"),
    (110, "n"),
    (111, "o"),
    (112, "p"),
    (113, "q"),
    (114, "r"),
    (115, "s"),
    (116, "t"),
    (117, "u"),
    (118, "v"),
    (119, "w"),
    (120, "x"),
    (121, "y"),
    (122, "z"),
    (123, "braceleft"),
    (124, "bar"),
    (125, "braceright"),
    (126, "asciitilde"),
    (161, "exclamdown"),
    (162, "cent"),
    (163, "sterling"),
    (164, "fraction"),
    (165, "yen"),
    (166, "florin"),
    (167, "section"),
    (168, "currency"),
    (169, "quotesingle"),
    (170, "quotedblleft"),
    (171, "guillemotleft"),
    (172, "guilsinglleft"),
    (173, "guilsinglright"),
    (174, "fi"),
    (175, "fl"),
    (177, "endash"),
    (178, "dagger"),
    (179, "daggerdbl"),
    (180, "periodcentered"),
    (182, "paragraph"),
    (183, "bullet"),
    (184, "quotesinglbase"),
    (185, "quotedblbase"),
    (186, "quotedblright"),
    (187, "guillemotright"),
    (188, "ellipsis"),
    (189, "perthousand"),
    (191, "questiondown"),
    (193, "grave"),
    (194, "acute"),
    (195, "circumflex"),
    (196, "tilde"),
    (197, "macron"),
    (198, "breve"),
    (199, "dotaccent"),
    (200, "dieresis"),
    (202, "ring"),
    (203, "cedilla"),
    (205, "hungarumlaut"),
    (206, "ogonek"),
    (207, "caron"),
    (208, "emdash"),
    (225, "AE"),
    (227, "ordfeminine"),
    (232, "Lslash"),
    (233, "Oslash"),
    (234, "OE"),
    (235, "ordmasculine"),
    (241, "ae"),
    (245, "dotlessi"),
    (248, "lslash"),
    (249, "oslash"),
    (250, "oe"),
    (251, "germandbls"),
];

#[cfg(test)]
mod tests {
    use super::*;

    const TEX_HEADER: &[u8] = b"%!PS-AdobeFont-1.0: CMR10 003.002\n\
        /FontName /CMR10 def\n/PaintType 0 def\n/FontMatrix [0.001 0 0 0.001 0 0 ]readonly def\n\
        /Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n\
        dup 0 /Gamma put\ndup 12/fi put\ndup 78 /N put\n dup 117 /u put\n\
        readonly def\n/FontBBox{-40 -250 1009 750}readonly def\ncurrentfile eexec\n\x8f\x00\x13/junk 3 put";

    #[test]
    fn a_cleartext_encoding_array_is_read() {
        let e = parse_encoding(TEX_HEADER).unwrap();
        assert_eq!(e.len(), 4);
        assert_eq!(e[&0], b"Gamma");
        assert_eq!(e[&12], b"fi");
        assert_eq!(e[&78], b"N");
        assert_eq!(e[&117], b"u");
    }

    #[test]
    fn standard_encoding_and_no_encoding() {
        let e = parse_encoding(b"/FontName /X def /Encoding StandardEncoding def currentfile eexec").unwrap();
        assert_eq!(e.len(), 149);
        assert_eq!(e[&39], b"quoteright");
        assert!(parse_encoding(b"/FontName /X def currentfile eexec /Encoding 3 array").is_none());
        assert!(parse_encoding(b"").is_none());
        assert!(parse_encoding(b"(unbalanced \\) ( string /Encoding").is_none());
    }

    #[test]
    fn differences_compress_into_runs() {
        let e: Encoding = [(1, "a"), (2, "b"), (5, "c"), (255, "d")]
            .iter()
            .map(|&(c, n)| (c, n.as_bytes().to_vec()))
            .collect();
        let a = differences_array(&e);
        let want = vec![
            Object::Integer(1),
            Object::Name(b"a".to_vec()),
            Object::Name(b"b".to_vec()),
            Object::Integer(5),
            Object::Name(b"c".to_vec()),
            Object::Integer(255),
            Object::Name(b"d".to_vec()),
        ];
        assert_eq!(a, want);
    }
}
