//! Records files as `extract` writes them: JSON Lines, or one JSON array
//! (`-f json`).

use std::path::Path;

use super::ReportError;
use crate::record::Record;

/// The records of `path`: a JSON array when its first non-blank character
/// is `[`, else one record per non-blank line.
pub fn load_records(path: &Path) -> Result<Vec<Record>, ReportError> {
    let name = || path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| ReportError::Io { path: name(), source })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if text.trim_start().starts_with('[') {
        return serde_json::from_str(text).map_err(|e| ReportError::Parse {
            path: name(),
            line: e.line(),
            message: e.to_string(),
        });
    }
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| ReportError::Parse {
                path: name(),
                line: i + 1,
                message: e.to_string(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_arrays_and_bad_lines() {
        let dir = tempfile::tempdir().unwrap();
        let r = crate::report::summary::tests::rec("A", None, None, crate::record::DeadlineKind::None, None);
        let line = serde_json::to_string(&r).unwrap();
        let jsonl = dir.path().join("a.jsonl");
        std::fs::write(&jsonl, format!("{line}\n\n{line}\n")).unwrap();
        assert_eq!(load_records(&jsonl).unwrap().len(), 2);
        let json = dir.path().join("a.json");
        std::fs::write(&json, format!("[{line},{line},{line}]")).unwrap();
        assert_eq!(load_records(&json).unwrap().len(), 3);
        std::fs::write(&jsonl, format!("{line}\nnot json\n")).unwrap();
        let e = load_records(&jsonl).unwrap_err().to_string();
        assert!(e.contains("a.jsonl: line 2: not a record"), "{e}");
    }
}
