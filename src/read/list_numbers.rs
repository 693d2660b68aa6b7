//! List numbers as a reader sees them printed: "3", "c", "iv", "C", "03".
//! Word, OpenDocument and HTML each number lists their own way; the number
//! itself is written the same in all three, so one formatter serves them.

/// How a list level writes its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NumberStyle {
    /// 1, 2, 3.
    #[default]
    Decimal,
    /// 01, 02 … 10.
    DecimalZero,
    /// a, b … z, aa.
    LowerLetter,
    /// A, B … Z, AA.
    UpperLetter,
    /// i, ii, iii.
    LowerRoman,
    /// I, II, III.
    UpperRoman,
    /// A bullet: no number.
    Bullet,
    /// Nothing printed.
    None,
}

impl NumberStyle {
    /// Word's `w:numFmt` value; unknown formats count in decimals, as Word
    /// falls back for scripts it cannot draw.
    pub fn from_word(fmt: &str) -> NumberStyle {
        match fmt {
            "decimalZero" => NumberStyle::DecimalZero,
            "lowerLetter" => NumberStyle::LowerLetter,
            "upperLetter" => NumberStyle::UpperLetter,
            "lowerRoman" => NumberStyle::LowerRoman,
            "upperRoman" => NumberStyle::UpperRoman,
            "bullet" => NumberStyle::Bullet,
            "none" => NumberStyle::None,
            _ => NumberStyle::Decimal,
        }
    }

    /// An OpenDocument `style:num-format` or HTML `type` value ("1", "a",
    /// "A", "i", "I"); empty is no number.
    pub fn from_letter(fmt: &str) -> NumberStyle {
        match fmt.trim() {
            "a" => NumberStyle::LowerLetter,
            "A" => NumberStyle::UpperLetter,
            "i" => NumberStyle::LowerRoman,
            "I" => NumberStyle::UpperRoman,
            "" => NumberStyle::None,
            _ => NumberStyle::Decimal,
        }
    }

    /// True where the level prints a number (not a bullet, not nothing).
    pub fn counts(self) -> bool {
        !matches!(self, NumberStyle::Bullet | NumberStyle::None)
    }

    /// The number `n` written in this style ("" for bullets and none).
    pub fn format(self, n: u32) -> String {
        match self {
            NumberStyle::Decimal => n.to_string(),
            NumberStyle::DecimalZero if n < 10 => format!("0{n}"),
            NumberStyle::DecimalZero => n.to_string(),
            NumberStyle::LowerLetter => letters(n),
            NumberStyle::UpperLetter => letters(n).to_uppercase(),
            NumberStyle::LowerRoman => roman(n),
            NumberStyle::UpperRoman => roman(n).to_uppercase(),
            NumberStyle::Bullet | NumberStyle::None => String::new(),
        }
    }
}

/// 1 -> a, 26 -> z, 27 -> aa, 28 -> bb: Word's and the browsers' letters
/// repeat the letter rather than carry like a spreadsheet's columns.
fn letters(n: u32) -> String {
    if n == 0 {
        return "0".into();
    }
    let letter = char::from(b'a' + ((n - 1) % 26) as u8);
    let times = ((n - 1) / 26 + 1).min(50) as usize;
    std::iter::repeat_n(letter, times).collect()
}

/// Lower-case roman numerals (past 3999, decimals).
fn roman(n: u32) -> String {
    if n == 0 || n > 3999 {
        return n.to_string();
    }
    const PARTS: &[(u32, &str)] = &[
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut n = n;
    let mut out = String::new();
    for (value, s) in PARTS {
        while n >= *value {
            out.push_str(s);
            n -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_each_style() {
        let cases = [
            (NumberStyle::Decimal, 3, "3"),
            (NumberStyle::DecimalZero, 3, "03"),
            (NumberStyle::DecimalZero, 12, "12"),
            (NumberStyle::LowerLetter, 3, "c"),
            (NumberStyle::LowerLetter, 27, "aa"),
            (NumberStyle::UpperLetter, 2, "B"),
            (NumberStyle::LowerRoman, 4, "iv"),
            (NumberStyle::UpperRoman, 1994, "MCMXCIV"),
            (NumberStyle::Bullet, 1, ""),
        ];
        for (style, n, want) in cases {
            assert_eq!(style.format(n), want, "{style:?} {n}");
        }
        assert_eq!(NumberStyle::from_word("lowerRoman"), NumberStyle::LowerRoman);
        assert_eq!(NumberStyle::from_letter("A"), NumberStyle::UpperLetter);
        assert!(!NumberStyle::from_word("bullet").counts());
    }
}
