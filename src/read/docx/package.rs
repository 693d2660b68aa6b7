//! The zip package around a .docx or .odt, read with a decompression budget
//! so that a zip bomb (a small member that inflates to gigabytes) fails with
//! an error instead of exhausting memory.

use std::io::{Cursor, Read};

use zip::result::ZipError;
use zip::ZipArchive;

use super::DocxLimits;
use crate::read::ReadError;

/// An opened package and what is left of its decompression budget.
pub struct Package<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    /// Bytes that may still be inflated, over all members read.
    budget: u64,
    limit: u64,
}

impl<'a> Package<'a> {
    /// Opens the zip directory; bytes that are not a zip give [`ReadError::NotZip`].
    pub fn open(bytes: &'a [u8], limits: &DocxLimits) -> Result<Package<'a>, ReadError> {
        if bytes.starts_with(&[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) {
            return Err(ReadError::NotZip(
                "an OLE compound file: a legacy .doc, or a password-protected .docx".into(),
            ));
        }
        let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| ReadError::NotZip(e.to_string()))?;
        Ok(Package {
            archive,
            budget: limits.max_decompressed,
            limit: limits.max_decompressed,
        })
    }

    /// True when the package has a member of this name.
    pub fn has(&self, name: &str) -> bool {
        self.archive.index_for_name(name).is_some()
    }

    /// A member's inflated bytes, or `None` when there is no such member.
    /// Fails once the members read so far inflate past the limit.
    pub fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, ReadError> {
        let file = match self.archive.by_name(name) {
            Ok(f) => f,
            Err(ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(ReadError::Malformed(format!("{name}: {e}"))),
        };
        // The declared size may lie; it only lets an honest bomb fail early.
        if file.size() > self.budget {
            return Err(ReadError::TooLargeDecompressed { limit: self.limit });
        }
        let mut buf = Vec::new();
        file.take(self.budget.saturating_add(1))
            .read_to_end(&mut buf)
            .map_err(|e| ReadError::Malformed(format!("{name}: {e}")))?;
        let len = buf.len() as u64;
        if len > self.budget {
            return Err(ReadError::TooLargeDecompressed { limit: self.limit });
        }
        self.budget -= len;
        Ok(Some(buf))
    }

    /// A member that must be there: its absence is [`ReadError::MissingPart`].
    pub fn require(&mut self, name: &str) -> Result<Vec<u8>, ReadError> {
        self.read(name)?.ok_or_else(|| ReadError::MissingPart(name.to_string()))
    }
}
