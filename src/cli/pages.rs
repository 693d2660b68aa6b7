//! `--pages`: a list of pages and ranges, as printers and pdftotext take them.

/// Pages to keep, as inclusive 1-based ranges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pages(Vec<(u32, u32)>);

impl Pages {
    /// Whether a page is in the list.
    pub fn contains(&self, page: u32) -> bool {
        self.0.iter().any(|&(a, b)| (a..=b).contains(&page))
    }
}

/// Parses "3", "3-5", "1,4-6" (spaces allowed); pages count from 1.
pub fn parse_pages(text: &str) -> Result<Pages, String> {
    let bad = || format!("{text:?}: give pages and ranges from 1, as 3 or 3-5 or 1,4-6");
    let mut ranges = Vec::new();
    for part in text.split(',') {
        let part = part.trim();
        let (a, b) = match part.split_once('-') {
            Some((a, b)) => (a.trim(), b.trim()),
            None => (part, part),
        };
        let a: u32 = a.parse().map_err(|_| bad())?;
        let b: u32 = b.parse().map_err(|_| bad())?;
        if a == 0 || b < a {
            return Err(bad());
        }
        ranges.push((a, b));
    }
    Ok(Pages(ranges))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_ranges() {
        let p = parse_pages("1, 4-6").unwrap();
        assert!(p.contains(1) && p.contains(5) && !p.contains(2) && !p.contains(7));
        for bad in ["", "0", "5-3", "a", "1,,2"] {
            assert!(parse_pages(bad).is_err(), "{bad}");
        }
    }
}
