//! Byte-level repairs made before a PDF is parsed, for damage lopdf does
//! not recover from itself.
//!
//! - [x] A stream whose `/Length` lies (an editor that changed the data and
//!   not the number): lopdf takes the number, misses `endstream` and drops
//!   the object, so a page with text reads as having none. Poppler scans on
//!   to `endstream` instead; so does this, writing the true length and
//!   moving the classic cross-reference table's offsets to match.
//! - [ ] Files with cross-reference streams (PDF 1.5) are left as they are:
//!   their offsets are compressed binary, not rewritten here.

/// Most bytes searched back from `stream` for its dictionary's `/Length`.
const DICT_WINDOW: usize = 4096;

/// One `/Length` value to rewrite: the digits' range and the true length.
struct Fix {
    digits: std::ops::Range<usize>,
    length: usize,
}

/// The file with every lying direct `/Length` made true and the classic
/// cross-reference offsets after each moved; None when nothing lies (or
/// the file has no classic table to keep in step).
pub fn stream_lengths(bytes: &[u8]) -> Option<Vec<u8>> {
    let fixes = lying_lengths(bytes);
    if fixes.is_empty() || find(bytes, b"\nxref", 0).is_none() && !bytes.starts_with(b"xref") {
        return None;
    }
    // Rewrite the digits, noting how far each later byte moves.
    let mut out = Vec::with_capacity(bytes.len() + 16 * fixes.len());
    let mut moves: Vec<(usize, isize)> = Vec::new();
    let mut at = 0;
    let mut shift: isize = 0;
    for fix in &fixes {
        out.extend_from_slice(&bytes[at..fix.digits.start]);
        let digits = fix.length.to_string();
        out.extend_from_slice(digits.as_bytes());
        shift += digits.len() as isize - fix.digits.len() as isize;
        moves.push((fix.digits.end, shift));
        at = fix.digits.end;
    }
    out.extend_from_slice(&bytes[at..]);
    let moved = |offset: usize| -> usize {
        let shift = moves
            .iter()
            .take_while(|(from, _)| *from <= offset)
            .last()
            .map_or(0, |(_, s)| *s);
        offset.saturating_add_signed(shift)
    };
    fix_xref_offsets(&mut out, &moved);
    Some(out)
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Each stream whose direct `/Length` does not end at `endstream`.
fn lying_lengths(bytes: &[u8]) -> Vec<Fix> {
    let mut fixes = Vec::new();
    let mut from = 0;
    while let Some(kw) = find(bytes, b"stream", from) {
        from = kw + 6;
        // "endstream" is not a stream's start; "stream" must follow ">>".
        if kw >= 3 && &bytes[kw - 3..kw] == b"end" {
            continue;
        }
        let before = bytes[..kw].iter().rposition(|b| !b.is_ascii_whitespace());
        if before.is_none_or(|b| b < 1 || &bytes[b - 1..=b] != b">>") {
            continue;
        }
        let mut data = kw + 6;
        if bytes.get(data) == Some(&b'\r') {
            data += 1;
        }
        if bytes.get(data) == Some(&b'\n') {
            data += 1;
        }
        let Some((digits, length)) = direct_length(bytes, kw) else {
            continue;
        };
        if ends_at_endstream(bytes, data + length) {
            from = data + length;
            continue;
        }
        let Some(end) = find(bytes, b"endstream", data) else {
            continue;
        };
        let mut true_end = end;
        if true_end > data && bytes[true_end - 1] == b'\n' {
            true_end -= 1;
        }
        if true_end > data && bytes[true_end - 1] == b'\r' {
            true_end -= 1;
        }
        fixes.push(Fix {
            digits,
            length: true_end - data,
        });
        from = end + 9;
    }
    fixes
}

/// The `/Length N` of the dictionary before `stream` at `kw`, when N is a
/// direct number: its digits' range and value.
fn direct_length(bytes: &[u8], kw: usize) -> Option<(std::ops::Range<usize>, usize)> {
    let window_start = kw.saturating_sub(DICT_WINDOW);
    let dict_start = bytes[window_start..kw]
        .windows(3)
        .rposition(|w| w == b"obj")
        .map_or(window_start, |p| window_start + p);
    let key = bytes[dict_start..kw]
        .windows(7)
        .rposition(|w| w == b"/Length")
        .map(|p| dict_start + p + 7)?;
    let mut start = key;
    while bytes.get(start).is_some_and(u8::is_ascii_whitespace) {
        start += 1;
    }
    let mut end = start;
    while bytes.get(end).is_some_and(u8::is_ascii_digit) {
        end += 1;
    }
    if end == start || end - start > 12 {
        return None;
    }
    // "/Length 12 0 R" is a reference, not a length.
    let rest = &bytes[end..kw.min(end + 16)];
    let rest: Vec<u8> = rest.iter().copied().filter(|b| !b.is_ascii_whitespace()).collect();
    if rest.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let value = std::str::from_utf8(&bytes[start..end]).ok()?.parse().ok()?;
    Some((start..end, value))
}

/// Whether `endstream` follows `at`, after at most an end of line.
fn ends_at_endstream(bytes: &[u8], at: usize) -> bool {
    let Some(rest) = bytes.get(at..) else { return false };
    let skip = rest
        .iter()
        .take(2)
        .take_while(|b| matches!(b, b'\r' | b'\n' | b' '))
        .count();
    rest[skip..].starts_with(b"endstream")
}

/// Moves every offset of the classic cross-reference tables and of
/// `startxref` by `moved`.
fn fix_xref_offsets(bytes: &mut Vec<u8>, moved: &dyn Fn(usize) -> usize) {
    // Entries are fixed-width "oooooooooo ggggg n" lines: rewritten in place.
    let mut from = 0;
    while let Some(x) = find(bytes, b"xref", from) {
        from = x + 4;
        if x >= 5 && &bytes[x - 5..x] == b"start" {
            continue;
        }
        let mut at = x + 4;
        // Each subsection: a header "first count", then its entries.
        while let Some(line_end) = find(bytes, b"\n", at + 1) {
            let header = String::from_utf8_lossy(&bytes[at..line_end]).trim().to_string();
            let mut nums = header.split_whitespace().map(str::parse::<usize>);
            let (Some(Ok(_)), Some(Ok(count)), None) = (nums.next(), nums.next(), nums.next()) else {
                break;
            };
            at = line_end + 1;
            for _ in 0..count {
                let Some(entry) = bytes.get(at..at + 18) else { return };
                let in_use = entry[17] == b'n';
                if in_use {
                    if let Some(offset) = std::str::from_utf8(&entry[..10]).ok().and_then(|s| s.parse().ok()) {
                        let new = format!("{:010}", moved(offset));
                        if new.len() == 10 {
                            bytes[at..at + 10].copy_from_slice(new.as_bytes());
                        }
                    }
                }
                at += 20;
            }
            at -= 1;
        }
    }
    if let Some(sx) = bytes.windows(9).rposition(|w| w == b"startxref") {
        let mut start = sx + 9;
        while bytes.get(start).is_some_and(u8::is_ascii_whitespace) {
            start += 1;
        }
        let mut end = start;
        while bytes.get(end).is_some_and(u8::is_ascii_digit) {
            end += 1;
        }
        if let Some(offset) = std::str::from_utf8(&bytes[start..end])
            .ok()
            .and_then(|s| s.parse().ok())
        {
            let new = moved(offset).to_string();
            bytes.splice(start..end, new.into_bytes());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lying_length_is_made_true_and_offsets_follow() {
        let data = b"BT /F1 10 Tf 72 700 Td (Hello world) Tj ET";
        let obj1 = b"1 0 obj\n<< /Type /Catalog >>\nendobj\n".to_vec();
        let mut obj2 = b"2 0 obj\n<< /Length 9 >>\nstream\n".to_vec();
        obj2.extend_from_slice(data);
        obj2.extend_from_slice(b"\nendstream\nendobj\n");
        let obj3 = b"3 0 obj\n<< /Type /Pages >>\nendobj\n".to_vec();
        let mut pdf = b"%PDF-1.4\n".to_vec();
        let mut offsets = Vec::new();
        for o in [&obj1, &obj2, &obj3] {
            offsets.push(pdf.len());
            pdf.extend_from_slice(o);
        }
        let xref = pdf.len();
        pdf.extend_from_slice(b"xref\n0 4\n0000000000 65535 f \n");
        for o in &offsets {
            pdf.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
        }
        pdf.extend_from_slice(format!("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes());
        let fixed = stream_lengths(&pdf).expect("a lie to fix");
        let text = String::from_utf8_lossy(&fixed);
        assert!(text.contains(&format!("/Length {}", data.len())), "{text}");
        // Object 3 moved by one byte (9 became 42) and its entry with it.
        let obj3_at = text.find("3 0 obj").unwrap();
        assert!(text.contains(&format!("{obj3_at:010} 00000 n")), "{text}");
        let xref_at = text.find("xref\n0 4").unwrap();
        assert!(text.ends_with(&format!("startxref\n{xref_at}\n%%EOF\n")), "{text}");
        // A file with nothing lying is left alone.
        assert!(stream_lengths(&fixed).is_none());
    }
}
