//! Text the interpreter has read as the wrong letters or in the wrong
//! place, from PDFs made by `benches/font_fixtures.py` (checked against
//! poppler there, and by `benches/textlayer.sh`): Type1 fonts with their own
//! built-in encoding, StandardEncoding, the text-state operators under a
//! scaled `cm`, Type 3 fonts and two columns of running text.

use actionplan::read::pdf::{text_layer, TextWord};

fn words(name: &str) -> Vec<TextWord> {
    let path = format!("{}/tests/data/fonts/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let layer = text_layer(&bytes, None).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert!(layer.failed_pages.is_empty(), "{path}: {:?}", layer.failed_pages);
    layer.words
}

fn text(name: &str) -> String {
    words(name)
        .iter()
        .map(|w| w.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// An embedded Type1 font numbering its glyphs in order of use, under a
/// `/Differences` without `/BaseEncoding`: the base is the font's own.
#[test]
fn a_type1_fonts_builtin_encoding_is_its_base() {
    assert_eq!(
        text("renumbered.pdf"),
        "Nutritional standards in schools Action 1: Nutritional guidance for every school \
         Lead officer: Director of Public Health Deadline: March 2025"
    );
}

/// pdflatex's Computer Modern fonts without ToUnicode: ligatures, dashes
/// and quotes sit where ASCII has other characters. The ligature glyphs
/// come out as their letters ("office", not "o\u{fb03}ce"). Read right with no
/// `/Encoding` (the interpreter's own path) and under a partial
/// `/Differences` (ours).
#[test]
fn tex_fonts_read_in_their_own_encoding() {
    for name in ["tex-builtin.pdf", "tex-differences.pdf"] {
        let t = text(name);
        for want in [
            "Nutritional standards in schools",
            "every school \u{2014} fish, office, affluent; \u{201c}quoted\u{201d} text, 2024\u{2013}25.",
            "Head of Schools\u{2019} Catering",
        ] {
            assert!(t.contains(want), "{name}: {want:?} not in {t:?}");
        }
    }
}

/// Type 3 fonts whose `/FontMatrix` is not the usual thousandth (pdftocairo
/// writes `[1 0 0 -1 0 0]` with widths such as 0.556): each glyph advances
/// by its width, so the letters keep their order, and the "ffi" ligature
/// glyph reads as its letters.
#[test]
fn type3_widths_are_scaled_by_the_font_matrix() {
    let t = text("type3.pdf");
    assert_eq!(
        t,
        "Launch a single customer portal Close the cash office by March \
         Launch a single customer portal"
    );
}

/// Two columns of running text on the same baselines under a masthead:
/// each column is read top to bottom, the left first, and a column's last
/// line is not joined to the next column's first.
#[test]
fn two_columns_are_read_one_after_the_other() {
    use actionplan::model::Block;
    use actionplan::read::pdf::{read_pdf, PdfOptions};
    let path = format!("{}/tests/data/fonts/columns.pdf", env!("CARGO_MANIFEST_DIR"));
    let doc = read_pdf(&std::fs::read(&path).unwrap(), &PdfOptions::default()).unwrap();
    let texts: Vec<String> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { text, .. } | Block::Paragraph { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect();
    let want = [
        "1. We will agree a new council plan with three priorities and measure progress against each of them every year.",
        "Lead officer: Head of Strategy",
        "3. We will set up a place board with the health service, the police, the college and business leaders of the town.",
        "Lead officer: Chief Executive",
    ];
    let at: Vec<Option<usize>> = want.iter().map(|w| texts.iter().position(|t| t == w)).collect();
    assert!(at.iter().all(Option::is_some), "{texts:#?}");
    assert!(at.windows(2).all(|w| w[0] < w[1]), "out of order: {texts:#?}");
    // No block holds text of both columns.
    let left = [
        "council plan",
        "every ward",
        "Head of Strategy",
        "Head of Communications",
    ];
    let right = [
        "place board",
        "voluntary groups",
        "Chief Executive",
        "Head of Communities",
    ];
    for t in &texts {
        let has = |marks: &[&str]| marks.iter().any(|m| t.contains(m));
        assert!(!(has(&left) && has(&right)), "joined across the gutter: {t:?}");
    }
}

/// `/Encoding /StandardEncoding` (the interpreter panicked on the name and
/// lost the page), and a standard font with no encoding (StandardEncoding,
/// not PDFDocEncoding: code 39 is a right quote).
#[test]
fn standard_encoding_is_read() {
    assert_eq!(
        text("standard.pdf"),
        "The council\u{2019}s plan: \u{2018}quoted\u{2019} words \
         Helvetica with no encoding: the board\u{2019}s actions"
    );
}

/// `Tz`, `Ts`, `Tc`, `Tw`, `TL`/`T*`/`'`/`"` and a text matrix, under a
/// `cm` that scales by 0.8 and one that stretches 0.5 by 2: every word
/// where `pdftotext -bbox-layout` puts it (left and right edges within
/// 1 pt, the baseline band within 3 pt: the two estimate glyph heights
/// differently).
#[test]
fn text_state_under_a_scaled_cm_lands_where_poppler_puts_it() {
    // (text, xMin, yMin, xMax, yMax) from poppler 22.
    let poppler = [
        ("Plain", 88.0, 55.1, 109.3, 64.0),
        ("line", 112.0, 55.1, 126.9, 64.0),
        ("of", 129.6, 55.1, 137.6, 64.0),
        ("words", 140.3, 55.1, 165.9, 64.0),
        ("Wide", 88.0, 79.1, 120.8, 88.0),
        ("scaled", 124.8, 79.1, 166.4, 88.0),
        ("words", 170.4, 79.1, 208.8, 88.0),
        ("Narrow", 88.0, 103.1, 106.6, 112.0),
        ("scaled", 108.2, 103.1, 124.8, 112.0),
        ("words", 126.4, 103.1, 141.8, 112.0),
        ("Spaced", 88.0, 127.1, 124.6, 136.0),
        ("out", 128.8, 127.1, 143.8, 136.0),
        ("letters", 148.0, 127.1, 179.0, 136.0),
        ("Wide", 88.0, 151.1, 109.9, 160.0),
        ("word", 122.1, 151.1, 142.9, 160.0),
        ("gaps", 155.2, 151.1, 176.0, 160.0),
        ("Raised", 88.0, 175.1, 117.9, 184.0),
        ("superscript", 120.5, 171.1, 167.5, 180.0),
        ("lowered", 170.2, 177.5, 203.8, 186.4),
        ("back", 206.4, 175.1, 226.7, 184.0),
        ("First", 88.0, 199.1, 106.7, 208.0),
        ("of", 109.3, 199.1, 117.3, 208.0),
        ("the", 120.0, 199.1, 133.4, 208.0),
        ("lines", 136.0, 199.1, 155.8, 208.0),
        ("Second", 88.0, 211.9, 120.6, 220.8),
        ("by", 123.2, 211.9, 133.4, 220.8),
        ("T", 136.0, 211.9, 141.9, 220.8),
        ("star", 144.6, 211.9, 160.6, 220.8),
        ("Third", 88.0, 224.7, 109.9, 233.6),
        ("by", 112.5, 224.7, 122.7, 233.6),
        ("quote", 125.3, 224.7, 149.4, 233.6),
        ("Fourth", 88.0, 237.5, 117.7, 246.4),
        ("by", 123.6, 237.5, 134.2, 246.4),
        ("double", 140.0, 237.5, 170.8, 246.4),
        ("quote", 176.7, 237.5, 202.3, 246.4),
        ("Matrix", 88.0, 291.7, 138.6, 305.0),
        ("and", 150.6, 291.7, 180.9, 305.0),
        ("all", 192.9, 291.7, 211.6, 305.0),
        ("together", 223.6, 291.7, 292.1, 305.0),
        ("Stretched", 300.0, 727.6, 325.4, 746.1),
        ("tal", 330.8, 727.6, 337.1, 746.1),
        ("cm", 344.1, 727.6, 351.2, 746.1),
    ];
    let mut ours = words("textstate.pdf");
    let mut poppler = poppler.to_vec();
    // Paired by text, then line (each line is 12 pt or more from the next).
    ours.sort_by(|a, b| {
        (a.text.as_str(), a.top + a.bottom)
            .partial_cmp(&(b.text.as_str(), b.top + b.bottom))
            .unwrap()
    });
    poppler.sort_by(|a, b| (a.0, a.2 + a.4).partial_cmp(&(b.0, b.2 + b.4)).unwrap());
    let show = || {
        ours.iter()
            .map(|w| format!("{} {:.1} {:.1} {:.1} {:.1}", w.text, w.x0, w.top, w.x1, w.bottom))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(ours.len(), poppler.len(), "ours:\n{}", show());
    for (w, &(t, x0, y0, x1, y1)) in ours.iter().zip(poppler.iter()) {
        // Both drop the second of two like glyphs drawn within a point of
        // each other: "tall" squeezed to half its width reads "tal".
        assert_eq!(w.text, t, "ours:\n{}", show());
        assert!(
            (w.x0 - x0).abs() <= 1.0,
            "{t}: left {:.1} vs {x0}\nours:\n{}",
            w.x0,
            show()
        );
        assert!(
            (w.x1 - x1).abs() <= 1.0,
            "{t}: right {:.1} vs {x1}\nours:\n{}",
            w.x1,
            show()
        );
        let (mid, pmid) = ((w.top + w.bottom) / 2.0, (y0 + y1) / 2.0);
        assert!(
            (mid - pmid).abs() <= 3.0,
            "{t}: middle {mid:.1} vs {pmid:.1}\nours:\n{}",
            show()
        );
    }
}
