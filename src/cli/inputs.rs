//! Expands the command line's inputs into the list of files to read.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

/// File endings read when walking a folder (a named file is always read).
const WALKED_EXTENSIONS: &[&str] = &[
    "html", "htm", "xhtml", "txt", "text", "md", "markdown", "docx", "docm", "dotx", "dotm", "odt", "pdf", "xlsx",
    "xlsm", "xls", "ods", "csv", "tsv",
];

/// Files to read, in input order (folders sorted by path), and the inputs
/// that could not be walked with the reason. A file reached twice (named
/// and inside a named folder, or through a link) is read once, where it is
/// first met.
pub fn expand(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<(PathBuf, String)>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    let mut seen_dirs = HashSet::new();
    for input in inputs {
        match fs::metadata(input) {
            Ok(m) if m.is_dir() => walk(input, &mut found, &mut problems, &mut seen_dirs),
            Ok(_) => found.push(input.clone()),
            Err(e) => problems.push((input.clone(), plain_io(&e))),
        }
    }
    let mut seen_files = HashSet::new();
    let files = found
        .into_iter()
        .filter(|f| seen_files.insert(fs::canonicalize(f).unwrap_or_else(|_| f.clone())))
        .collect();
    (files, problems)
}

/// An I/O error's text without the "(os error N)" suffix: the message
/// names the file and says the cause once.
pub fn plain_io(e: &std::io::Error) -> String {
    actionplan::escape::io_error(e)
}

/// Whether a file found in a folder has an ending that is read.
fn has_walked_extension(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    WALKED_EXTENSIONS.contains(&ext.as_str())
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, problems: &mut Vec<(PathBuf, String)>, seen: &mut HashSet<PathBuf>) {
    // A symlink loop comes back to a folder already walked.
    match fs::canonicalize(dir) {
        Ok(real) => {
            if !seen.insert(real) {
                return;
            }
        }
        Err(e) => {
            problems.push((dir.to_path_buf(), plain_io(&e)));
            return;
        }
    }
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push((dir.to_path_buf(), format!("cannot list folder: {}", plain_io(&e))));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        match fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, files, problems, seen),
            Ok(m) if !m.is_file() => {
                // A FIFO would block for ever, a device never end: only a
                // file named on the command line is read as a stream.
                if has_walked_extension(&path) {
                    let kind = actionplan::extract::special_kind(&m).unwrap_or("not a file");
                    problems.push((path, format!("not a regular file ({kind}); skipped")));
                }
            }
            Ok(_) => {
                if has_walked_extension(&path) {
                    files.push(path);
                } else {
                    tracing::info!(
                        "{}: skipped: a folder is walked for {} files only (name a file to read it whatever its ending)",
                        actionplan::escape::path(&path),
                        WALKED_EXTENSIONS.join(", ")
                    );
                }
            }
            Err(e) => {
                // A link whose target is gone says so; the bare "No such
                // file" would name a file the user can see in the listing.
                let dangling = fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
                let why = if dangling {
                    format!("a link to something missing: {}", plain_io(&e))
                } else {
                    plain_io(&e)
                };
                problems.push((path, why));
            }
        }
    }
}
