//! The spreadsheet reader's tests, each on a workbook written here at run
//! time: one point of the reader's checklist each.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::*;
use crate::model::{Block, Rgb, Table};
use crate::read::{read_bytes, sniff, InputFormat};

fn zip_of(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut z = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in members {
        let method = if *name == "mimetype" {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        };
        z.start_file(*name, SimpleFileOptions::default().compression_method(method))
            .unwrap();
        z.write_all(data).unwrap();
    }
    z.finish().unwrap().into_inner()
}

/// Styles: 0 default, 1 dd/mm/yyyy, 2 red fill, 3 green fill, 4 mmm-yy.
const STYLES: &str = r#"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="mmm\-yy"/></numFmts>
<fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts>
<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FF00B050"/></patternFill></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>
<xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>"#;

/// A workbook of (name, state, sheet body inside `<worksheet>`) sheets.
fn xlsx(sheets: &[(&str, &str, &str)], date1904: bool) -> Vec<u8> {
    let ns = r#"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;
    let list: String = sheets
        .iter()
        .enumerate()
        .map(|(i, (name, state, _))| {
            format!(
                r#"<sheet name="{name}" sheetId="{n}" state="{state}" r:id="rId{n}"/>"#,
                n = i + 1
            )
        })
        .collect();
    let pr = if date1904 {
        r#"<workbookPr date1904="1"/>"#
    } else {
        "<workbookPr/>"
    };
    let workbook = format!("<workbook {ns}>{pr}<sheets>{list}</sheets></workbook>");
    let rels: String = (1..=sheets.len())
        .map(|n| {
            format!(r#"<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#)
        })
        .collect();
    let rels = format!(
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#
    );
    let root = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    let types = r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#;
    let bodies: Vec<(String, String)> = sheets
        .iter()
        .enumerate()
        .map(|(i, (_, _, body))| {
            (
                format!("xl/worksheets/sheet{}.xml", i + 1),
                format!("<worksheet {ns}>{body}</worksheet>"),
            )
        })
        .collect();
    let mut members: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", root.as_bytes()),
        ("xl/workbook.xml", workbook.as_bytes()),
        ("xl/_rels/workbook.xml.rels", rels.as_bytes()),
        ("xl/styles.xml", STYLES.as_bytes()),
    ];
    members.extend(bodies.iter().map(|(n, b)| (n.as_str(), b.as_bytes())));
    zip_of(&members)
}

/// An inline-string cell.
fn s(r: &str, text: &str) -> String {
    format!(r#"<c r="{r}" t="inlineStr"><is><t>{text}</t></is></c>"#)
}

/// A row of inline strings, from column A.
fn row(n: u32, texts: &[&str]) -> String {
    let cells: String = texts
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.is_empty())
        .map(|(i, t)| s(&format!("{}{n}", (b'A' + i as u8) as char), t))
        .collect();
    format!(r#"<row r="{n}">{cells}</row>"#)
}

fn read(bytes: &[u8]) -> Document {
    read_workbook(bytes, &SheetLimits::default()).unwrap()
}

fn tables(doc: &Document) -> Vec<&Table> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .collect()
}

/// Each row's cell texts.
fn texts(t: &Table) -> Vec<Vec<String>> {
    t.rows
        .iter()
        .map(|r| r.cells.iter().map(|c| c.text()).collect())
        .collect()
}

fn headings(doc: &Document) -> Vec<String> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn each_visible_sheet_is_a_heading_and_a_table_and_hidden_sheets_are_left_out() {
    let body = format!(
        "<sheetData>{}{}</sheetData>",
        row(1, &["Action", "Lead"]),
        row(2, &["Do it", "CEO"])
    );
    let book = xlsx(
        &[
            ("Open", "visible", &body),
            ("Secret", "hidden", &body),
            ("Closed", "visible", &body),
            ("Very", "veryHidden", &body),
        ],
        false,
    );
    let doc = read(&book);
    assert_eq!(headings(&doc), ["Open", "Closed"]);
    assert_eq!(tables(&doc).len(), 2);
    assert_eq!(texts(tables(&doc)[0]), [["Action", "Lead"], ["Do it", "CEO"]]);
}

#[test]
fn hidden_rows_and_columns_are_left_out() {
    let body = format!(
        r#"<cols><col min="2" max="2" hidden="1"/></cols><sheetData>{}{}<row r="3" hidden="1">{}{}</row>{}</sheetData>"#,
        row(1, &["Action", "Secret", "Lead"]),
        row(2, &["Do it", "x", "CEO"]),
        s("A3", "Draft"),
        s("C3", "Nobody"),
        row(4, &["Do more", "y", "CFO"]),
    );
    let doc = read(&xlsx(&[("S", "visible", &body)], false));
    assert_eq!(
        texts(tables(&doc)[0]),
        [["Action", "Lead"], ["Do it", "CEO"], ["Do more", "CFO"]]
    );
}

#[test]
fn merged_cells_span_like_table_spans() {
    let body = format!(
        r#"<sheetData>{}{}{}{}</sheetData><mergeCells count="2"><mergeCell ref="A2:A3"/><mergeCell ref="B4:C4"/></mergeCells>"#,
        row(1, &["Recommendation", "Action", "Lead"]),
        row(2, &["1. Vision", "Hold a summit", "CEO"]),
        row(3, &["", "Publish it", "Director"]),
        row(4, &["2. Money", "Set a budget", ""]),
    );
    let doc = read(&xlsx(&[("S", "visible", &body)], false));
    let t = tables(&doc)[0];
    assert_eq!(t.rows[1].cells[0].row_span, 2);
    assert_eq!(t.rows[2].cells.len(), 2, "the spanned slot is not repeated");
    assert_eq!(t.rows[3].cells[1].col_span, 2);
    let g = t.grid();
    assert_eq!(g.slots[2][0].unwrap().cell.text(), "1. Vision");
    assert_eq!(g.slots[2][1].unwrap().cell.text(), "Publish it");
}

#[test]
fn serial_dates_show_as_their_format_in_both_date_systems() {
    // 45565 is 30/09/2024 in the 1900 system; 44103 is the same day in 1904.
    let sheet = |serial: u32| {
        format!(
            r#"<sheetData>{}<row r="2">{}<c r="B2" s="1"><v>{serial}</v></c><c r="C2" s="4"><v>{serial}</v></c></row></sheetData>"#,
            row(1, &["Action", "Deadline", "Month"]),
            s("A2", "Do it"),
        )
    };
    for (serial, date1904) in [(45565, false), (44103, true)] {
        let doc = read(&xlsx(&[("S", "visible", &sheet(serial))], date1904));
        assert_eq!(
            texts(tables(&doc)[0])[1],
            ["Do it", "30/09/2024", "Sep-24"],
            "1904: {date1904}"
        );
    }
}

#[test]
fn fills_come_from_the_cell_style() {
    let body = format!(
        r#"<sheetData>{}<row r="2">{}<c r="B2" s="2"/></row><row r="3">{}<c r="B3" s="3"/></row></sheetData>"#,
        row(1, &["Action", "RAG"]),
        s("A2", "Do it"),
        s("A3", "Do more"),
    );
    let doc = read(&xlsx(&[("S", "visible", &body)], false));
    let t = tables(&doc)[0];
    assert_eq!(t.rows[1].cells[1].fill, Some(Rgb(255, 0, 0)));
    assert_eq!(t.rows[2].cells[1].fill, Some(Rgb(0, 176, 80)));
    assert_eq!(t.rows[0].cells[1].fill, None);
}

#[test]
fn formulas_read_by_cached_value_and_a_missing_one_is_warned() {
    let body = format!(
        r#"<sheetData>{}<row r="2">{}<c r="B2" t="str"><f>"C"&amp;"EO"</f><v>CEO</v></c></row><row r="3">{}<c r="B3"><f>B2</f></c></row></sheetData>"#,
        row(1, &["Action", "Lead"]),
        s("A2", "Do it"),
        s("A3", "Do more"),
    );
    let doc = read(&xlsx(&[("S", "visible", &body)], false));
    assert_eq!(texts(tables(&doc)[0])[1], ["Do it", "CEO"]);
    assert_eq!(doc.warnings.len(), 1, "{:?}", doc.warnings);
    assert!(doc.warnings[0].contains("B3"), "{:?}", doc.warnings);
}

#[test]
fn title_rows_above_and_notes_below_are_paragraphs() {
    let body = format!(
        r#"<sheetData>{}{}{}{}{}</sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>"#,
        row(1, &["Action plan tracker"]),
        row(3, &["Action", "Lead", "Deadline"]),
        row(4, &["Do it", "CEO", "May 2025"]),
        row(5, &["Do more", "CFO", "June 2025"]),
        row(7, &["Note: ratings are self-assessed."]),
    );
    let doc = read(&xlsx(&[("S", "visible", &body)], false));
    let kinds: Vec<String> = doc.blocks.iter().map(|b| format!("{}:{}", kind(b), b.text())).collect();
    assert_eq!(doc.title.as_deref(), Some("Action plan tracker"));
    assert_eq!(kinds[1], "p:Action plan tracker");
    assert!(kinds[2].starts_with("t:Action Lead Deadline"), "{kinds:?}");
    assert_eq!(kinds[3], "p:Note: ratings are self-assessed.");
}

fn kind(b: &Block) -> &'static str {
    match b {
        Block::Heading { .. } => "h",
        Block::Paragraph { .. } => "p",
        Block::List { .. } => "l",
        Block::Table(_) => "t",
    }
}

#[test]
fn a_lying_dimension_costs_nothing() {
    // A billion cells declared; three there.
    let body = format!(
        r#"<dimension ref="A1:XFD1048576"/><sheetData>{}{}<row r="1048576">{}</row></sheetData>"#,
        row(1, &["Action", "Lead"]),
        row(2, &["Do it", "CEO"]),
        s("XFD1048576", "far away"),
    );
    let limits = SheetLimits {
        max_rows: 2_000_000,
        ..SheetLimits::default()
    };
    let doc = read_workbook(&xlsx(&[("S", "visible", &body)], false), &limits).unwrap();
    let t = tables(&doc)[0];
    assert!(t.rows.len() <= 3 && t.grid().width <= 3, "{:?}", texts(t));
}

#[test]
fn rows_past_the_cap_are_left_out_with_a_warning() {
    let rows: String = (1..=500).map(|n| row(n, &["Action", "Lead"])).collect();
    let body = format!("<sheetData>{rows}</sheetData>");
    let limits = SheetLimits {
        max_rows: 100,
        ..SheetLimits::default()
    };
    let doc = read_workbook(&xlsx(&[("S", "visible", &body)], false), &limits).unwrap();
    assert_eq!(tables(&doc)[0].rows.len(), 100);
    assert!(
        doc.warnings.iter().any(|w| w.contains("more than 100 rows")),
        "{:?}",
        doc.warnings
    );
    let limits = SheetLimits {
        max_cells: 50,
        ..SheetLimits::default()
    };
    let doc = read_workbook(&xlsx(&[("S", "visible", &body)], false), &limits).unwrap();
    assert_eq!(tables(&doc)[0].rows.len(), 25);
    assert!(
        doc.warnings.iter().any(|w| w.contains("more than 50 cells")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn a_zip_bomb_fails_before_calamine_inflates_it() {
    let zeros = vec![b' '; 4 << 20];
    let body = format!("<sheetData>{}</sheetData>", row(1, &["a", "b"]));
    let mut book = xlsx(&[("S", "visible", &body)], false);
    // Rebuild with a padding member that inflates past a small budget.
    let mut zip = zip::ZipArchive::new(Cursor::new(book.clone())).unwrap();
    let mut members = Vec::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut f, &mut data).unwrap();
        members.push((f.name().unwrap().to_string(), data));
    }
    members.push(("xl/padding.xml".into(), zeros));
    let refs: Vec<(&str, &[u8])> = members.iter().map(|(n, d)| (n.as_str(), d.as_slice())).collect();
    book = zip_of(&refs);
    let limits = SheetLimits {
        max_decompressed: 1 << 20,
        ..SheetLimits::default()
    };
    assert_eq!(
        read_workbook(&book, &limits).unwrap_err(),
        ReadError::TooLargeDecompressed { limit: 1 << 20 }
    );
}

#[test]
fn broken_workbooks_are_errors_not_panics() {
    assert!(read_workbook(b"PK\x03\x04 not really a zip", &SheetLimits::default()).is_err());
    let no_workbook = zip_of(&[("xl/styles.xml", STYLES.as_bytes())]);
    assert!(read_workbook(&no_workbook, &SheetLimits::default()).is_err());
    let bad_sheet = xlsx(&[("S", "visible", "<sheetData><row r=\"1\"><c r=\"A1\"")], false);
    assert!(read_workbook(&bad_sheet, &SheetLimits::default()).is_err());
}

#[test]
fn workbooks_are_sniffed_by_content() {
    let book = xlsx(&[("S", "visible", "<sheetData/>")], false);
    assert_eq!(sniff(&book, "x.bin".as_ref()), InputFormat::Sheet);
    let ods = zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
        ("content.xml", b"<x/>"),
    ]);
    assert_eq!(sniff(&ods, "x".as_ref()), InputFormat::Sheet);
    let mut xls = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    xls.extend("Workbook".encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(sniff(&xls, "x".as_ref()), InputFormat::Sheet);
    assert_eq!(sniff(b"a,b\n1,2\n", "t.csv".as_ref()), InputFormat::Csv);
    assert_eq!(sniff(b"a\tb\n", "t.tsv".as_ref()), InputFormat::Csv);
    // A legacy Word file is still named as one.
    let doc = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1WordDocument".to_vec();
    assert_ne!(sniff(&doc, "x.doc".as_ref()), InputFormat::Sheet);
}

#[test]
fn csv_delimiters_are_sniffed() {
    let want = [["Action", "Lead"], ["Do it, now", "CEO"]];
    for text in [
        "Action,Lead\n\"Do it, now\",CEO\n",
        "Action;Lead\nDo it, now;CEO\n",
        "Action\tLead\nDo it, now\tCEO\n",
    ] {
        let doc = read_delimited(text.as_bytes(), &SheetLimits::default()).unwrap();
        assert_eq!(texts(tables(&doc)[0]), want, "{text:?}");
    }
}

#[test]
fn csv_is_decoded_as_the_text_reader_decodes() {
    let want = [["Action", "Lead"], ["Café – plan", "CEO"]];
    let utf8 = "Action,Lead\nCafé – plan,CEO\n";
    let mut bom = b"\xef\xbb\xbf".to_vec();
    bom.extend(utf8.as_bytes());
    let cp1252 = b"Action,Lead\nCaf\xe9 \x96 plan,CEO\n";
    for bytes in [utf8.as_bytes(), &bom, cp1252] {
        let doc = read_delimited(bytes, &SheetLimits::default()).unwrap();
        assert_eq!(texts(tables(&doc)[0]), want);
    }
}

#[test]
fn csv_title_rows_above_the_header_are_paragraphs() {
    let text = "Action plan tracker,,\nAs at March 2025,,\n,,\nAction,Lead,Deadline\nDo it,CEO,May 2025\n,,\nNotes: self-assessed,,\n";
    let doc = read_delimited(text.as_bytes(), &SheetLimits::default()).unwrap();
    let kinds: Vec<&str> = doc.blocks.iter().map(kind).collect();
    assert_eq!(kinds, ["p", "p", "t", "p"]);
    assert_eq!(texts(tables(&doc)[0])[0], ["Action", "Lead", "Deadline"]);
}

#[test]
fn a_workbook_reads_through_the_one_entry_point() {
    let body = format!(
        "<sheetData>{}{}</sheetData>",
        row(1, &["Action", "Lead"]),
        row(2, &["Do it", "CEO"])
    );
    let doc = read_bytes(&xlsx(&[("S", "visible", &body)], false), InputFormat::Sheet).unwrap();
    assert_eq!(tables(&doc).len(), 1);
    let doc = read_bytes(b"Action,Lead\nDo it,CEO\n", InputFormat::Csv).unwrap();
    assert_eq!(tables(&doc).len(), 1);
}

/// An OpenDocument spreadsheet of one sheet with this table body.
fn ods(body: &str) -> Vec<u8> {
    let content = format!(
        r##"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3">
<office:automatic-styles><style:style style:name="red" style:family="table-cell"><style:table-cell-properties fo:background-color="#ff0000"/></style:style></office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="Plan">{body}</table:table></office:spreadsheet></office:body></office:document-content>"##
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
        ("META-INF/manifest.xml", manifest.as_bytes()),
        ("content.xml", content.as_bytes()),
    ])
}

fn ods_cell(text: &str) -> String {
    format!(r#"<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>"#)
}

#[test]
fn ods_hidden_rows_and_columns_merges_and_fills_read_as_in_xlsx() {
    let row = |cells: &[&str], extra: &str| {
        let cells: String = cells.iter().map(|c| ods_cell(c)).collect();
        format!("<table:table-row{extra}>{cells}</table:table-row>")
    };
    let body = format!(
        r#"<table:table-column/><table:table-column table:visibility="collapse"/><table:table-column/><table:table-column/>{}<table:table-row><table:table-cell table:number-rows-spanned="3" office:value-type="string"><text:p>1. Vision</text:p></table:table-cell>{}{}<table:table-cell table:style-name="red"/></table:table-row>{}<table:table-row><table:covered-table-cell/>{}{}<table:table-cell table:style-name="red"/></table:table-row>"#,
        row(&["Recommendation", "Secret", "Action", "RAG"], ""),
        ods_cell("x"),
        ods_cell("Hold a summit"),
        r#"<table:table-row table:visibility="collapse"><table:covered-table-cell/><table:table-cell/><table:table-cell office:value-type="string"><text:p>Draft</text:p></table:table-cell></table:table-row>"#,
        ods_cell("y"),
        ods_cell("Publish it"),
    );
    let doc = read(&ods(&body));
    let t = tables(&doc)[0];
    assert_eq!(
        texts(t),
        [
            vec!["Recommendation", "Action", "RAG"],
            vec!["1. Vision", "Hold a summit", ""],
            vec!["Publish it", ""]
        ]
    );
    assert_eq!(t.rows[1].cells[0].row_span, 2);
    assert_eq!(t.rows[1].cells[2].fill, Some(Rgb(255, 0, 0)));
    assert_eq!(t.rows[2].cells[1].fill, Some(Rgb(255, 0, 0)));
}

#[test]
fn a_sheet_wider_than_the_model_grid_keeps_its_leftmost_columns() {
    // Each row's cells in different far columns: 300 columns used in all.
    let cells = |n: u32| -> String {
        (0..3)
            .map(|k| {
                let c = n * 3 + k;
                let col = format!("{}{}", (b'A' + (c / 26) as u8) as char, (b'A' + (c % 26) as u8) as char);
                s(&format!("{col}{}", n + 1), "x")
            })
            .collect()
    };
    let rows: String = (0..100)
        .map(|n| format!(r#"<row r="{}">{}</row>"#, n + 1, cells(n)))
        .collect();
    let doc = read(&xlsx(
        &[("S", "visible", &format!("<sheetData>{rows}</sheetData>"))],
        false,
    ));
    let t = tables(&doc)[0];
    assert!(t.grid().width <= grid::MAX_COLUMNS, "{}", t.grid().width);
    assert!(
        doc.warnings.iter().any(|w| w.contains("uses 300 columns")),
        "{:?}",
        doc.warnings
    );
}
