//! Text into HTML: every string from a document passes through here.

use std::fmt::Write as _;

/// `text` escaped for HTML text and quoted attribute values: `& < > " '`
/// become references, so no document text can open a tag, end an
/// attribute or start a script.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    push_esc(&mut out, text);
    out
}

/// [`esc`], appended to `out` (no allocation per cell for the big table).
pub fn push_esc(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// A link target for a record's source: its URL when that is http(s),
/// else its path percent-encoded (a colon too, so a path can never be read
/// as a `javascript:` or other scheme), with `#page=N` for a PDF page.
pub fn source_href(url: Option<&str>, path: &str, page: Option<u32>) -> String {
    let mut href = match url {
        Some(u) if u.starts_with("https://") || u.starts_with("http://") => u.to_string(),
        _ => {
            let mut out = String::new();
            if path.starts_with('/') {
                out.push_str("file://");
            }
            for b in path.bytes() {
                if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
                    out.push(b as char);
                } else {
                    let _ = write!(out, "%{b:02X}");
                }
            }
            out
        }
    };
    if let Some(p) = page {
        let _ = write!(href, "#page={p}");
    }
    href
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_is_escaped() {
        assert_eq!(
            esc(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
    }

    #[test]
    fn hrefs_keep_no_foreign_scheme() {
        assert_eq!(
            source_href(Some("javascript:alert(1)"), "javascript:alert(1)", None),
            "javascript%3Aalert%281%29"
        );
        assert_eq!(
            source_href(Some("https://x.gov.uk/a b.pdf"), "p", Some(3)),
            "https://x.gov.uk/a b.pdf#page=3"
        );
        assert_eq!(
            source_href(None, "/tmp/a plan.pdf", Some(2)),
            "file:///tmp/a%20plan.pdf#page=2"
        );
        assert_eq!(source_href(None, "fixtures/x.html", None), "fixtures/x.html");
    }
}
