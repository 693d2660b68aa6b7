//! Output destinations as shell users expect them: `-` is standard output;
//! a regular file (or a missing one) is written to a temporary file beside
//! it and renamed into place, so a failed run leaves nothing half-written,
//! with what a plain `>` would give: an existing file keeps its mode (and
//! its owner, where the process may give it), a new one gets 0666 less the
//! umask. A symlink is followed, so the file it points to is replaced and
//! the link stays. Written in place, since renaming over them would be
//! wrong or impossible: anything that is not a regular file (`/dev/stdout`,
//! a FIFO, a terminal, a device), a file with other hard links, and a file
//! in a folder the user may not write.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Most symlinks followed from an output path (as the kernel's own limit).
const MAX_LINKS: usize = 40;

/// An open output: write to it, then [`Output::commit`]. Dropped without a
/// commit, a temporary file is removed and the destination left as it was.
pub struct Output {
    kind: Kind,
}

enum Kind {
    Stdout(BufWriter<io::Stdout>),
    InPlace(BufWriter<File>),
    Atomic {
        tmp: BufWriter<tempfile::NamedTempFile>,
        dest: PathBuf,
    },
}

impl std::fmt::Debug for Output {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match &self.kind {
            Kind::Stdout(_) => "stdout",
            Kind::InPlace(_) => "in place",
            Kind::Atomic { .. } => "atomic",
        };
        f.debug_struct("Output").field("kind", &what).finish()
    }
}

/// Whether an output path means standard output (`-`).
pub fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

impl Output {
    /// Standard output.
    pub fn stdout() -> Output {
        Output {
            kind: Kind::Stdout(BufWriter::new(io::stdout())),
        }
    }

    /// Opens `path` for writing as described in the module doc. Errors are
    /// the system's, without the name of any temporary file (the caller
    /// names `path`).
    pub fn create(path: &Path) -> io::Result<Output> {
        if is_stdout(path) {
            return Ok(Output::stdout());
        }
        let dest = follow_links(path)?;
        let kind = match fs::metadata(&dest) {
            Ok(m) if m.is_file() && has_other_links(&m) => Kind::InPlace(BufWriter::new(
                OpenOptions::new()
                    .write(true)
                    .truncate(true)
                    .open(&dest)
                    .map_err(plain)?,
            )),
            Ok(m) if m.is_file() && !is_special_tree(path) => match temp_beside(&dest, Some(&m)) {
                Ok(tmp) => Kind::Atomic {
                    tmp: BufWriter::new(tmp),
                    dest,
                },
                // A file we may write in a folder we may not: as `>` does,
                // write it in place (it cannot be replaced atomically).
                Err(e) if e.kind() == io::ErrorKind::PermissionDenied => Kind::InPlace(BufWriter::new(
                    OpenOptions::new()
                        .write(true)
                        .truncate(true)
                        .open(&dest)
                        .map_err(plain)?,
                )),
                Err(e) => return Err(e),
            },
            Ok(_) => Kind::InPlace(BufWriter::new(
                OpenOptions::new().write(true).open(&dest).map_err(plain)?,
            )),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Kind::Atomic {
                tmp: BufWriter::new(temp_beside(&dest, None)?),
                dest,
            },
            Err(e) => return Err(plain(e)),
        };
        Ok(Output { kind })
    }

    /// Finishes the output: flushes it and, for a file written atomically,
    /// renames the temporary file into place.
    pub fn commit(self) -> io::Result<()> {
        match self.kind {
            Kind::Stdout(mut w) => w.flush(),
            Kind::InPlace(mut w) => w.flush(),
            Kind::Atomic { tmp, dest } => {
                let tmp = tmp.into_inner().map_err(|e| plain(e.into_error()))?;
                tmp.persist(&dest).map_err(|e| plain(e.error))?;
                Ok(())
            }
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.kind {
            Kind::Stdout(w) => w.write(buf),
            Kind::InPlace(w) => w.write(buf),
            Kind::Atomic { tmp, .. } => tmp.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match &mut self.kind {
            Kind::Stdout(w) => w.write_all(buf),
            Kind::InPlace(w) => w.write_all(buf),
            Kind::Atomic { tmp, .. } => tmp.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.kind {
            Kind::Stdout(w) => w.flush(),
            Kind::InPlace(w) => w.flush(),
            Kind::Atomic { tmp, .. } => tmp.flush(),
        }
    }
}

/// Writes a whole file (or stdout for `-`) in one go, as [`Output`] does.
pub fn write_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut out = Output::create(path)?;
    out.write_all(bytes)?;
    out.commit()
}

/// The path a symlink chain ends at (the path itself when it is not a
/// link); a dangling link gives the missing file it names, to be created.
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut dest = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&dest) {
            Ok(m) if m.file_type().is_symlink() && !is_special_tree(&dest) => {
                let target = fs::read_link(&dest).map_err(plain)?;
                dest = match dest.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            _ => return Ok(dest),
        }
    }
    Err(io::Error::other(format!("more than {MAX_LINKS} symbolic links")))
}

/// Whether a file has other names (hard links): renaming over it would
/// leave them on the old text, so it is written in place, as `>` does.
fn has_other_links(m: &fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        m.nlink() > 1
    }
    #[cfg(not(unix))]
    {
        let _ = m;
        false
    }
}

/// Paths under /dev and /proc (`/dev/stdout`, `/proc/self/fd/1`) name an
/// open stream, even where the link resolves to a regular file (the file
/// the shell redirected stdout to): they are written in place, never
/// renamed over.
fn is_special_tree(path: &Path) -> bool {
    path.starts_with("/dev") || path.starts_with("/proc")
}

/// A temporary file in `dest`'s folder, with the mode (and, where this
/// process may give them, the owner and group) of the file it replaces,
/// or, for a new file, mode 0666 less the umask (the kernel applies it).
fn temp_beside(dest: &Path, existing: Option<&fs::Metadata>) -> io::Result<tempfile::NamedTempFile> {
    let dir = dest
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".actionplan-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let tmp = builder.tempfile_in(dir).map_err(plain)?;
    if let Some(m) = existing {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt as _;
            // Only root may give a file away; anyone else keeps their own.
            let _ = std::os::unix::fs::fchown(tmp.as_file(), Some(m.uid()), Some(m.gid()));
        }
        tmp.as_file().set_permissions(m.permissions()).map_err(plain)?;
    }
    Ok(tmp)
}

/// The system's error without the path the library added to it (a
/// temporary file's name means nothing to the user; the caller names the
/// output), and without the "(os error N)" suffix.
fn plain(e: io::Error) -> io::Error {
    match os_code(&e) {
        Some(code) => {
            let text = io::Error::from_raw_os_error(code).to_string();
            let text = match text.rfind(" (os error ") {
                Some(i) => text[..i].to_string(),
                None => text,
            };
            io::Error::new(e.kind(), text)
        }
        // The tempfile crate's wrapper hides the code: cut its path off.
        None => {
            let text = e.to_string();
            match text.find(" at path \"") {
                Some(i) => {
                    let cause = &text[..i];
                    let cause = cause.rfind(" (os error ").map_or(cause, |j| &cause[..j]);
                    io::Error::new(e.kind(), cause.to_string())
                }
                None => e,
            }
        }
    }
}

/// The system error code under an error, looking through wrappers (the
/// tempfile crate wraps the system's error with the temporary file's path).
fn os_code(e: &io::Error) -> Option<i32> {
    if let Some(code) = e.raw_os_error() {
        return Some(code);
    }
    let mut cause: Option<&(dyn std::error::Error + 'static)> = e.get_ref().map(|c| c as _);
    while let Some(c) = cause {
        if let Some(code) = c.downcast_ref::<io::Error>().and_then(io::Error::raw_os_error) {
            return Some(code);
        }
        cause = c.source();
    }
    None
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt as _;

    fn mode(p: &Path) -> u32 {
        fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn existing_mode_kept_and_link_followed() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("out.csv");
        fs::write(&file, "old").unwrap();
        fs::set_permissions(&file, fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("link.csv");
        std::os::unix::fs::symlink("out.csv", &link).unwrap();
        write_file(&link, b"new").unwrap();
        assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(fs::read(&file).unwrap(), b"new");
        assert_eq!(mode(&file), 0o640);
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }

    #[test]
    fn a_hard_linked_file_is_written_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.csv");
        let b = dir.path().join("b.csv");
        fs::write(&a, "old").unwrap();
        fs::hard_link(&a, &b).unwrap();
        write_file(&a, b"new").unwrap();
        assert_eq!(fs::read(&b).unwrap(), b"new", "both names see the new text");
    }

    #[test]
    fn errors_name_no_temporary_file() {
        let e = write_file(Path::new("/no/such/dir/out.csv"), b"x").unwrap_err();
        assert_eq!(e.to_string(), "No such file or directory");
    }

    #[test]
    fn dropped_without_commit_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut out = Output::create(&dir.path().join("a.json")).unwrap();
        out.write_all(b"half").unwrap();
        drop(out);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
