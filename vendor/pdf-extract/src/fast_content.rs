//! actionplan patch: a content-stream parser for the common case, several
//! times faster than lopdf's combinator parser (which was a third of the
//! reader's CPU). It gives exactly what `lopdf::content::Content::decode`
//! gives, or None where the stream holds anything it does not handle
//! (inline images, references, comments among operands, NUL or form-feed
//! white space, malformed tokens): the caller then uses lopdf's parser.
//! `tests/content_parser.rs` in actionplan checks the two agree on every
//! content stream of the test PDFs.

use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Object, StringFormat};

/// Deepest nesting of parentheses in a literal string or of arrays taken.
const MAX_DEPTH: usize = 64;

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

fn is_delimiter(b: u8) -> bool {
    matches!(b, b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%')
}

fn is_regular(b: u8) -> bool {
    !is_space(b) && b != 0 && b != 0x0c && !is_delimiter(b)
}

fn is_operator_char(b: u8) -> bool {
    b.is_ascii_alphabetic() || matches!(b, b'*' | b'\'' | b'"')
}

struct Lexer<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Lexer<'a> {
    fn peek(&self) -> Option<u8> {
        self.data.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while self.peek().is_some_and(is_space) {
            self.at += 1;
        }
    }

    /// A number as lopdf reads it: `[+-]digits.digits*` or `[+-].digits` a
    /// real, `[+-]digits` an integer; None for any other shape.
    fn number(&mut self) -> Option<Object> {
        let start = self.at;
        if matches!(self.peek(), Some(b'+') | Some(b'-')) {
            self.at += 1;
        }
        let int_start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        let int_digits = self.at - int_start;
        let real = if self.peek() == Some(b'.') {
            self.at += 1;
            let frac_start = self.at;
            while self.peek().is_some_and(|b| b.is_ascii_digit()) {
                self.at += 1;
            }
            if int_digits == 0 && self.at == frac_start {
                return None;
            }
            true
        } else {
            if int_digits == 0 {
                return None;
            }
            false
        };
        // "1.2.3", "12abc": lopdf reads these otherwise; leave them to it.
        if self.peek().is_some_and(|b| is_regular(b) && !is_operator_char(b)) || self.peek() == Some(b'.') {
            return None;
        }
        let text = std::str::from_utf8(&self.data[start..self.at]).ok()?;
        if real {
            text.parse::<f32>().ok().map(Object::Real)
        } else {
            text.parse::<i64>().ok().map(Object::Integer)
        }
    }

    fn hex_value(b: u8) -> Option<u8> {
        (b as char).to_digit(16).map(|d| d as u8)
    }

    fn name(&mut self) -> Option<Vec<u8>> {
        self.at += 1; // the slash
        let mut out = Vec::new();
        while let Some(b) = self.peek() {
            if b == b'#' {
                let hi = self.data.get(self.at + 1).copied().and_then(Self::hex_value)?;
                let lo = self.data.get(self.at + 2).copied().and_then(Self::hex_value)?;
                out.push(hi << 4 | lo);
                self.at += 3;
            } else if is_regular(b) {
                out.push(b);
                self.at += 1;
            } else {
                break;
            }
        }
        Some(out)
    }

    /// A literal string, its bytes as lopdf keeps them: escapes resolved,
    /// line ends inside kept as written, nested parentheses kept.
    fn literal(&mut self) -> Option<Vec<u8>> {
        self.at += 1; // (
        let mut out = Vec::new();
        let mut depth = 0usize;
        loop {
            let b = self.peek()?;
            self.at += 1;
            match b {
                b'(' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return None;
                    }
                    out.push(b);
                }
                b')' => {
                    if depth == 0 {
                        return Some(out);
                    }
                    depth -= 1;
                    out.push(b);
                }
                b'\\' => {
                    let e = self.peek()?;
                    self.at += 1;
                    match e {
                        b'0'..=b'7' => {
                            let mut v: u16 = u16::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        v = v * 8 + u16::from(d - b'0');
                                        self.at += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push(v as u8);
                        }
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.at += 1;
                            }
                        }
                        b'\n' => {}
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(0x08),
                        b'f' => out.push(0x0c),
                        other => out.push(other),
                    }
                }
                other => out.push(other),
            }
        }
    }

    fn hex_string(&mut self) -> Option<Vec<u8>> {
        self.at += 1; // <
        let mut out = Vec::new();
        let mut half = false;
        loop {
            let b = self.peek()?;
            self.at += 1;
            match b {
                b'>' => return Some(out),
                b' ' | b'\t' | b'\r' | b'\n' | 0 | 0x0c => {}
                _ => {
                    let v = Self::hex_value(b)?;
                    if half {
                        if let Some(last) = out.last_mut() {
                            *last |= v;
                        }
                    } else {
                        out.push(v << 4);
                    }
                    half = !half;
                }
            }
        }
    }

    /// One operand, or None where this parser leaves the stream to lopdf.
    fn operand(&mut self, depth: usize) -> Option<Object> {
        match self.peek()? {
            b'0'..=b'9' | b'+' | b'-' | b'.' => self.number(),
            b'/' => self.name().map(Object::Name),
            b'(' => self.literal().map(|s| Object::String(s, StringFormat::Literal)),
            b'<' if self.data.get(self.at + 1) != Some(&b'<') => {
                self.hex_string().map(|s| Object::String(s, StringFormat::Hexadecimal))
            }
            b'<' if depth < MAX_DEPTH => {
                self.at += 2;
                let mut dict = Dictionary::new();
                loop {
                    self.skip_space();
                    match self.peek()? {
                        b'>' if self.data.get(self.at + 1) == Some(&b'>') => {
                            self.at += 2;
                            return Some(Object::Dictionary(dict));
                        }
                        b'/' => {
                            let key = self.name()?;
                            self.skip_space();
                            let value = self.operand(depth + 1)?;
                            if dict.has(&key) {
                                return None;
                            }
                            dict.set(key, value);
                        }
                        _ => return None,
                    }
                }
            }
            b'[' if depth < MAX_DEPTH => {
                self.at += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_space();
                    match self.peek()? {
                        b']' => {
                            self.at += 1;
                            return Some(Object::Array(items));
                        }
                        _ => items.push(self.operand(depth + 1)?),
                    }
                }
            }
            _ => None,
        }
    }
}

/// The operations of a content stream, as lopdf's `Content::decode` gives
/// them, or None where the stream is not of the plain shape this reads.
pub fn decode(data: &[u8]) -> Option<Content<Vec<Operation>>> {
    let mut lx = Lexer { data, at: 0 };
    let mut operations = Vec::new();
    let mut operands: Vec<Object> = Vec::new();
    loop {
        lx.skip_space();
        let Some(b) = lx.peek() else { break };
        if b == b'%' {
            if !operands.is_empty() {
                return None;
            }
            while lx.peek().is_some_and(|c| c != b'\r' && c != b'\n') {
                lx.at += 1;
            }
            // lopdf takes one line end after a comment, then wants the
            // next operation at once: white space there ends its parse.
            match (lx.peek(), data.get(lx.at + 1)) {
                (Some(b'\r'), Some(b'\n')) => lx.at += 2,
                (Some(_), _) => lx.at += 1,
                (None, _) => return None,
            }
            if lx.peek().is_some_and(|c| is_space(c) || c == 0 || c == 0x0c) {
                return None;
            }
            continue;
        }
        if is_operator_char(b) {
            let start = lx.at;
            while lx.peek().is_some_and(is_operator_char) {
                lx.at += 1;
            }
            let word = &data[start..lx.at];
            match word {
                b"true" | b"false" | b"null" => {
                    // lopdf takes these as operands only when whole words.
                    if lx.peek().is_some_and(is_regular) {
                        return None;
                    }
                    operands.push(match word {
                        b"true" => Object::Boolean(true),
                        b"false" => Object::Boolean(false),
                        _ => Object::Null,
                    });
                }
                b"BI" => return None,
                _ if word.starts_with(b"true") || word.starts_with(b"false") || word.starts_with(b"null") => {
                    return None
                }
                _ => operations.push(Operation {
                    operator: String::from_utf8(word.to_vec()).ok()?,
                    operands: std::mem::take(&mut operands),
                }),
            }
            continue;
        }
        operands.push(lx.operand(0)?);
    }
    Some(Content { operations })
}
