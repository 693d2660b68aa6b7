//! Bytes to text: UTF-8, UTF-16 with a BOM, a declared HTML charset, or
//! Windows-1252 (what old council pages are really in) as the last resort.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

use super::ReadError;

/// Decodes a document's bytes; `html` lets a `<meta charset>` decide.
pub fn decode_text(bytes: &[u8], html: bool) -> Result<String, ReadError> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _, _) = enc.decode(&bytes[bom_len..]);
        return Ok(text.into_owned());
    }
    if looks_utf16(bytes) {
        let enc = if bytes.first() == Some(&0) { UTF_16BE } else { UTF_16LE };
        let (text, _, _) = enc.decode(bytes);
        return Ok(text.into_owned());
    }
    if html {
        if let Some(enc) = declared_charset(bytes) {
            if enc != UTF_8 {
                let (text, _, _) = enc.decode(bytes);
                return Ok(text.into_owned());
            }
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(_) => {
            let binary = bytes.iter().take(8192).filter(|&&b| b == 0 || (b < 9)).count();
            if binary > 8 {
                return Err(ReadError::NotText("the file holds binary data".into()));
            }
            let (text, _, _) = WINDOWS_1252.decode(bytes);
            Ok(text.into_owned())
        }
    }
}

/// UTF-16 without a BOM: every other byte zero in ASCII-heavy text.
fn looks_utf16(bytes: &[u8]) -> bool {
    let n = bytes.len().min(512) & !1;
    if n < 8 {
        return false;
    }
    let zeros_even = bytes[..n].iter().step_by(2).filter(|&&b| b == 0).count();
    let zeros_odd = bytes[1..n].iter().step_by(2).filter(|&&b| b == 0).count();
    let half = n / 2;
    zeros_even * 10 > half * 8 || zeros_odd * 10 > half * 8
}

/// The charset an HTML document declares in a `<meta>` tag in its first
/// kilobytes, as browsers take it: only a meta tag counts (the words
/// "charset=utf-16" in the body decide nothing), and a declared UTF-16 is
/// read as UTF-8 (bytes that were UTF-16 have a BOM or zero bytes, caught
/// before; these are not).
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(at) = rest.find("<meta") {
        let tag_end = rest[at..].find('>').map_or(rest.len(), |e| at + e);
        let tag = &rest[at..tag_end];
        rest = &rest[tag_end..];
        let Some(c) = tag.find("charset=") else { continue };
        let label: String = tag[c + "charset=".len()..]
            .trim_start_matches(['"', '\''])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        let enc = Encoding::for_label(label.as_bytes())?;
        return Some(if enc == UTF_16LE || enc == UTF_16BE { UTF_8 } else { enc });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_each_encoding_councils_use() {
        assert_eq!(decode_text("café".as_bytes(), false).unwrap(), "café");
        assert_eq!(decode_text(b"caf\xe9", false).unwrap(), "café");
        assert_eq!(decode_text(b"\xef\xbb\xbfhi", false).unwrap(), "hi");
        let utf16: Vec<u8> = "hello world".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode_text(&utf16, false).unwrap(), "hello world");
        let mut bom16 = vec![0xff, 0xfe];
        bom16.extend(&utf16);
        assert_eq!(decode_text(&bom16, false).unwrap(), "hello world");
        let html = b"<meta charset=\"windows-1252\"><p>\x93quoted\x94</p>";
        assert!(decode_text(html, true).unwrap().contains("\u{201c}quoted\u{201d}"));
        let content_type =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>\x93q\x94</p>";
        assert!(decode_text(content_type, true).unwrap().contains("\u{201c}q\u{201d}"));
    }

    #[test]
    fn a_declared_utf16_or_the_words_in_the_body_do_not_garble_a_page() {
        let page = "<html><head><meta charset=\"utf-16\"></head><body><p>caf\u{e9} plan</p></body></html>";
        assert_eq!(decode_text(page.as_bytes(), true).unwrap(), page);
        let words = "<html><body><p>Save it with charset=utf-16 and caf\u{e9}</p></body></html>";
        assert_eq!(decode_text(words.as_bytes(), true).unwrap(), words);
    }
}
