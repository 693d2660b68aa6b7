//! Text made safe to print on one line of stderr.
//!
//! Every problem is reported as one line, `actionplan: FILE: reason`, so a
//! script can read stderr line by line. A file name or a message holding a
//! newline would break that (and could forge a second `actionplan:` line),
//! so control characters are written as escapes.

use std::borrow::Cow;
use std::path::Path;

/// `text` with every control character escaped (`\n`, `\r`, `\t`, `\u{1b}`),
/// so it prints as one line; unchanged (and not copied) when it has none.
pub fn one_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A path as shown in messages: lossily decoded, on one line.
pub fn path(p: &Path) -> String {
    one_line(&p.to_string_lossy()).into_owned()
}

/// A system error as shown in messages: its text without the trailing
/// "(os error N)", which only repeats the cause in a code.
pub fn io_error(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error ") {
        Some(i) if text.ends_with(')') => text[..i].to_string(),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_errors_lose_their_code() {
        let e = std::io::Error::from_raw_os_error(2);
        assert_eq!(io_error(&e), "No such file or directory");
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(one_line("plain"), "plain");
        assert!(matches!(one_line("plain"), Cow::Borrowed(_)));
        assert_eq!(
            one_line("a\nactionplan: forged\r\t\u{1b}[31m"),
            "a\\nactionplan: forged\\r\\t\\u{1b}[31m"
        );
        assert_eq!(path(Path::new("dir/x\ny.html")), "dir/x\\ny.html");
    }
}
