//! Reader tests on tiny packages built in memory.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::*;
use crate::model::{Block, Table};

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape""#;

fn zip_of(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut z = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in members {
        // OpenDocument stores its mimetype uncompressed, as the spec asks.
        let method = if *name == "mimetype" {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        };
        let options = SimpleFileOptions::default().compression_method(method);
        z.start_file(*name, options).unwrap();
        z.write_all(data).unwrap();
    }
    z.finish().unwrap().into_inner()
}

const STYLES: &str = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Berschrift2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="H1new"><w:name w:val="Heading 1.newpage"/><w:basedOn w:val="Heading1"/></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>
<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/></w:style>
<w:style w:type="paragraph" w:styleId="ListContinue"><w:name w:val="List Continue"/></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>
</w:styles>"#;

const NUMBERING: &str = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"#;

fn docx(body: &str) -> Vec<u8> {
    let doc = format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>"#);
    let core = r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Action plan</dc:title></cp:coreProperties>"#;
    zip_of(&[
        ("word/document.xml", doc.as_bytes()),
        ("word/styles.xml", STYLES.as_bytes()),
        ("word/numbering.xml", NUMBERING.as_bytes()),
        ("docProps/core.xml", core.as_bytes()),
    ])
}

fn p(text: &str) -> String {
    format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")
}

fn styled(style: &str, text: &str) -> String {
    format!(r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#)
}

fn numbered(num: &str, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
}

fn tc(props: &str, content: &str) -> String {
    format!("<w:tc><w:tcPr>{props}</w:tcPr>{content}</w:tc>")
}

fn texts(blocks: &[Block]) -> Vec<String> {
    blocks.iter().map(Block::text).collect()
}

fn only_table(doc: &Document) -> &Table {
    doc.blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .expect("a table")
}

#[test]
fn reads_title_headings_paragraphs_and_lists() {
    let body = [
        styled("Heading1", "Plan"),
        styled("Berschrift2", "Part"),
        styled("H1new", "Next"),
        p("Intro"),
        numbered("1", "first"),
        numbered("1", "second"),
        p("Between"),
        numbered("2", "dot"),
        styled("ListParagraph", "styled item"),
    ]
    .concat();
    let doc = read_docx(&docx(&body)).unwrap();
    assert_eq!(doc.title.as_deref(), Some("Action plan"));
    assert_eq!(
        doc.blocks[..3],
        [
            Block::Heading {
                level: 1,
                text: "Plan".into(),
                page: None
            },
            Block::Heading {
                level: 2,
                text: "Part".into(),
                page: None
            },
            Block::Heading {
                level: 1,
                text: "Next".into(),
                page: None
            },
        ]
    );
    assert_eq!(
        doc.blocks[4],
        Block::List {
            ordered: true,
            items: vec!["first".into(), "second".into()],
            page: None
        }
    );
    assert_eq!(
        doc.blocks[6],
        Block::List {
            ordered: false,
            items: vec!["dot".into(), "styled item".into()],
            page: None
        }
    );
}

#[test]
fn breaks_split_paragraphs_and_tabs_are_spaces() {
    let body = r#"<w:p><w:r><w:t>Title</w:t><w:br/><w:t xml:space="preserve">Body</w:t><w:tab/><w:t>text</w:t><w:cr/><w:t>end</w:t></w:r></w:p>"#;
    let doc = read_docx(&docx(body)).unwrap();
    assert_eq!(texts(&doc.blocks), ["Title", "Body text", "end"]);
}

#[test]
fn reads_tracked_changes_as_accepted() {
    let body = r#"<w:p><w:r><w:t xml:space="preserve">By </w:t></w:r><w:del w:id="1"><w:r><w:delText>March</w:delText></w:r></w:del><w:ins w:id="2"><w:r><w:t>April</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> 2025</w:t></w:r></w:p>"#;
    let doc = read_docx(&docx(body)).unwrap();
    assert_eq!(texts(&doc.blocks), ["By April 2025"]);
}

#[test]
fn reads_text_boxes_once_and_content_controls() {
    let box_run = format!(
        r#"<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>{}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>{}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"#,
        p("In a box"),
        p("In a box")
    );
    let body = format!(
        r#"<w:p><w:r><w:t>Anchor</w:t></w:r>{box_run}</w:p><w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>{}</w:sdtContent></w:sdt><w:p><w:sdt><w:sdtContent><w:r><w:t>inline control</w:t></w:r></w:sdtContent></w:sdt></w:p>"#,
        p("Controlled")
    );
    let doc = read_docx(&docx(&body)).unwrap();
    assert_eq!(
        texts(&doc.blocks),
        ["Anchor", "In a box", "Controlled", "inline control"]
    );
}

#[test]
fn hidden_text_and_field_codes_are_left_out() {
    let body = r#"<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>secret</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#;
    let doc = read_docx(&docx(body)).unwrap();
    assert_eq!(texts(&doc.blocks), ["3"]);
}

#[test]
fn table_keeps_grid_span_and_vertical_merge_on_the_origin() {
    let header = format!(
        r#"<w:tr><w:trPr><w:tblHeader/></w:trPr>{}{}</w:tr>"#,
        tc("", &p("No")),
        tc(r#"<w:gridSpan w:val="2"/>"#, &p("Action and lead"))
    );
    let row1 = format!(
        "<w:tr>{}{}{}</w:tr>",
        tc(r#"<w:vMerge w:val="restart"/>"#, &p("1")),
        tc("", &p("a")),
        tc("", &p("x"))
    );
    let row2 = format!(
        "<w:tr>{}{}{}</w:tr>",
        tc("<w:vMerge/>", "<w:p/>"),
        tc("", &p("b")),
        tc("", &p("y"))
    );
    let row3 = format!("<w:tr>{}{}{}</w:tr>", tc("", &p("2")), tc("", &p("c")), tc("", &p("z")));
    let body = format!("<w:tbl>{header}{row1}{row2}{row3}</w:tbl>");
    let doc = read_docx(&docx(&body)).unwrap();
    let t = only_table(&doc);
    assert_eq!(t.rows.len(), 4);
    assert!(t.rows[0].header && !t.rows[1].header);
    assert_eq!(t.rows[0].cells[1].col_span, 2);
    assert_eq!(t.rows[1].cells[0].row_span, 2);
    assert_eq!(t.rows[2].cells.len(), 2, "the continued slot is left out");
    assert_eq!(t.rows[2].cells[0].text(), "b");
    assert_eq!(t.rows[3].cells[0].row_span, 1);
    let g = t.grid();
    assert_eq!(g.width, 3);
    assert_eq!(g.slots[2][0].map(|s| s.cell.text()).as_deref(), Some("1"));
}

#[test]
fn nested_table_is_kept_as_a_table_in_the_outer_cell() {
    let inner = format!(
        "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
        tc("", &p("k1")),
        tc("", &p("v1")),
        tc("", &p("k2")),
        tc("", &p("v2"))
    );
    let body = format!(
        "<w:tbl><w:tr>{}{}</w:tr></w:tbl>",
        tc("", &(p("Before") + &inner)),
        tc("", &p("next"))
    );
    let doc = read_docx(&docx(&body)).unwrap();
    let t = only_table(&doc);
    assert_eq!(t.rows.len(), 1);
    // The nested table is kept as a table, its rows the cell's lines.
    let cell = &t.rows[0].cells[0];
    assert!(matches!(
        cell.blocks.as_slice(),
        [Block::Paragraph { .. }, Block::Table(_)]
    ));
    assert_eq!(cell.lines(), ["Before", "k1 v1", "k2 v2"]);
    assert_eq!(cell.own_text(), "Before");
    assert_eq!(t.rows[0].cells[1].text(), "next");
}

#[test]
fn not_a_zip_is_a_typed_error() {
    assert!(matches!(
        read_docx(b"PK\x03\x04 but not really"),
        Err(ReadError::NotZip(_))
    ));
    assert!(matches!(read_docx(b"plain text"), Err(ReadError::NotZip(_))));
}

#[test]
fn missing_document_part_is_a_typed_error() {
    let z = zip_of(&[("word/styles.xml", STYLES.as_bytes())]);
    assert!(matches!(read_docx(&z), Err(ReadError::MissingPart(p)) if p == "word/document.xml"));
}

#[test]
fn broken_xml_is_malformed_not_a_panic() {
    let z = zip_of(&[("word/document.xml", b"<w:document><w:body><w:p></w:body>")]);
    assert!(matches!(read_docx(&z), Err(ReadError::Malformed(_))));
}

#[test]
fn zip_bomb_member_fails_at_the_limit() {
    // 8 MiB of zeros deflates to a few kilobytes.
    let zeros = vec![0u8; 8 * 1024 * 1024];
    let z = zip_of(&[("word/document.xml", &zeros)]);
    assert!(z.len() < 64 * 1024, "the test member is a real bomb");
    let limits = DocxLimits {
        max_decompressed: 1024 * 1024,
    };
    match read_docx_with(&z, &limits) {
        Err(ReadError::TooLargeDecompressed { limit }) => assert_eq!(limit, 1024 * 1024),
        other => panic!("expected TooLargeDecompressed, got {other:?}"),
    }
}

#[test]
fn reads_odt_by_its_mimetype() {
    let content = r#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:automatic-styles xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_1"/><style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"/><text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/></text:list-style></office:automatic-styles><office:body><office:text>
<text:p text:style-name="P1">Plan<text:line-break/>2024</text:p><text:h text:outline-level="2">Actions</text:h><text:p>One<text:line-break/>Two<text:s text:c="2"/>words<text:note><text:note-body><text:p>a footnote</text:p></text:note-body></text:note></text:p>
<text:list text:style-name="L1"><text:list-item><text:p>first</text:p></text:list-item><text:list-item><text:p>second</text:p></text:list-item></text:list>
<table:table><table:table-header-rows><table:table-row><table:table-cell><text:p>No</text:p></table:table-cell><table:table-cell><text:p>Action</text:p></table:table-cell></table:table-row></table:table-header-rows>
<table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>1</text:p></table:table-cell><table:table-cell><text:p>a</text:p></table:table-cell></table:table-row>
<table:table-row><table:covered-table-cell/><table:table-cell><text:p>b</text:p></table:table-cell></table:table-row></table:table>
</office:text></office:body></office:document-content>"#;
    let z = zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", content.as_bytes()),
    ]);
    assert_eq!(
        crate::read::sniff(&z, std::path::Path::new("x.zip")),
        crate::read::InputFormat::Odt
    );
    let doc = read_docx(&z).unwrap();
    assert_eq!(
        texts(&doc.blocks[..5]),
        ["Plan 2024", "Actions", "One", "Two words", "1. first 2. second"]
    );
    assert!(matches!(doc.blocks[0], Block::Heading { level: 1, .. }));
    assert!(matches!(doc.blocks[1], Block::Heading { level: 2, .. }));
    assert!(matches!(doc.blocks[4], Block::List { ordered: true, .. }));
    let t = only_table(&doc);
    assert!(t.rows[0].header);
    assert_eq!(t.rows[1].cells[0].row_span, 2);
    assert_eq!(t.rows[2].cells.len(), 1);
    assert_eq!(t.rows[2].cells[0].text(), "b");
}

#[test]
fn read_bytes_dispatches_zip_packages_here() {
    let bytes = docx(&p("Hello"));
    let format = crate::read::sniff(&bytes, std::path::Path::new("x.bin"));
    assert_eq!(format, crate::read::InputFormat::Docx);
    let doc = crate::read::read_bytes(&bytes, format).unwrap();
    assert_eq!(texts(&doc.blocks), ["Hello"]);
}

#[test]
fn unnumbered_paragraph_in_a_list_continues_the_item() {
    let cont = r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>'quoted'</w:t></w:r></w:p>"#;
    let body = [
        numbered("2", "statement:"),
        cont.to_string(),
        numbered("2", "next"),
        cont.to_string(),
    ]
    .concat();
    let doc = read_docx(&docx(&body)).unwrap();
    assert_eq!(texts(&doc.blocks), ["• statement: 'quoted' • next 'quoted'"]);
    // Outside a list the same paragraph is a paragraph.
    let doc = read_docx(&docx(cont)).unwrap();
    assert_eq!(texts(&doc.blocks), ["'quoted'"]);
}

#[test]
fn damaged_corpus_files_give_errors_not_panics() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/harrow-2023/word.docx");
    let good = std::fs::read(path).unwrap();
    assert!(read_docx(&good).is_ok());
    // Truncations and flipped bytes across the file, member data and directory alike.
    for i in (0..good.len()).step_by(997) {
        let _ = read_docx(&good[..i]);
        let mut bad = good.clone();
        bad[i] ^= 0x5a;
        let _ = read_docx(&bad);
    }
}

#[test]
fn deeply_nested_tables_stay_within_the_stack() {
    // Three elements a level (tbl, tr, tc): the nesting cap allows about 80.
    let mut inner = p("core");
    for _ in 0..80 {
        inner = format!("<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl>");
    }
    let doc = read_docx(&docx(&inner)).unwrap();
    assert_eq!(only_table(&doc).rows[0].cells[0].text(), "core");
    let too_deep = format!(
        "{}{}",
        "<w:tbl><w:tr><w:tc>".repeat(90),
        "</w:tc></w:tr></w:tbl>".repeat(90)
    );
    assert!(matches!(read_docx(&docx(&too_deep)), Err(ReadError::Malformed(_))));
}

#[test]
fn list_styles_without_numbering_make_items() {
    let body = [
        styled("ListNumber", "one"),
        styled("ListNumber", "two"),
        styled("ListContinue", "more on two"),
    ]
    .concat();
    let doc = read_docx(&docx(&body)).unwrap();
    assert_eq!(
        doc.blocks,
        [Block::List {
            ordered: true,
            items: vec!["one".into(), "two more on two".into()],
            page: None
        }]
    );
}

#[test]
fn tables_of_contents_are_skipped() {
    let toc_control = format!(
        r#"<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>{}</w:sdtContent></w:sdt>"#,
        p("Contents 1")
    );
    let body = [toc_control, styled("TOC1", "Recommendation 1 ... 3"), p("Body")].concat();
    let doc = read_docx(&docx(&body)).unwrap();
    assert_eq!(texts(&doc.blocks), ["Body"]);
}

#[test]
fn legacy_horizontal_merge_widens_the_first_cell() {
    let row = format!(
        "<w:tr>{}{}{}</w:tr>",
        tc(r#"<w:hMerge w:val="restart"/>"#, &p("wide")),
        tc("<w:hMerge/>", "<w:p/>"),
        tc("", &p("c"))
    );
    let doc = read_docx(&docx(&format!("<w:tbl>{row}</w:tbl>"))).unwrap();
    let t = only_table(&doc);
    assert_eq!(t.rows[0].cells.len(), 2);
    assert_eq!(t.rows[0].cells[0].col_span, 2);
    assert_eq!(t.rows[0].cells[1].text(), "c");
}

#[test]
fn legacy_doc_or_encrypted_docx_is_named() {
    let mut ole = vec![0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    ole.extend_from_slice(&[0; 512]);
    match read_docx(&ole) {
        Err(ReadError::NotZip(why)) => assert!(why.contains("password-protected"), "{why}"),
        other => panic!("expected NotZip, got {other:?}"),
    }
}

#[test]
fn skipped_grid_columns_keep_cells_under_their_headers() {
    let head = format!(
        "<w:tr>{}{}{}</w:tr>",
        tc("", &p("No")),
        tc("", &p("Action")),
        tc("", &p("Lead"))
    );
    let short = format!(
        r#"<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>{}{}</w:tr>"#,
        tc("", &p("do it")),
        tc("", &p("CEO"))
    );
    let doc = read_docx(&docx(&format!("<w:tbl>{head}{short}</w:tbl>"))).unwrap();
    let g = only_table(&doc).grid();
    assert_eq!(g.width, 3);
    assert_eq!(g.slots[1][1].map(|s| s.cell.text()).as_deref(), Some("do it"));
    assert_eq!(g.slots[1][2].map(|s| s.cell.text()).as_deref(), Some("CEO"));
}

/// A .docx with its own numbering part.
fn docx_numbered(body: &str, numbering: &str) -> Vec<u8> {
    let doc = format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>"#);
    let numbering = format!(
        r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{numbering}</w:numbering>"#
    );
    zip_of(&[
        ("word/document.xml", doc.as_bytes()),
        ("word/styles.xml", STYLES.as_bytes()),
        ("word/numbering.xml", numbering.as_bytes()),
    ])
}

fn lvl(ilvl: u8, fmt: &str, text: &str) -> String {
    format!(
        r#"<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>"#
    )
}

fn at_level(num: &str, ilvl: u8, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
}

#[test]
fn automatic_numbers_are_printed_as_word_prints_them() {
    let numbering = format!(
        r#"<w:abstractNum w:abstractNumId="0">{}{}</w:abstractNum>
        <w:abstractNum w:abstractNumId="1">{}{}</w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>"#,
        lvl(0, "decimal", "%1."),
        lvl(1, "decimal", "%1.%2"),
        lvl(0, "lowerLetter", "(%1)"),
        lvl(1, "lowerRoman", "%2."),
    );
    let body = [
        at_level("1", 0, "Governance"),
        at_level("1", 1, "Review the constitution"),
        at_level("1", 1, "Train members"),
        at_level("1", 0, "Finance"),
        at_level("1", 1, "Refresh the MTFS"),
        p("Between the lists."),
        at_level("2", 0, "First"),
        at_level("2", 1, "Sub-step"),
        at_level("2", 0, "Second"),
        at_level("3", 0, "Restarted at four"),
    ]
    .concat();
    let doc = read_docx(&docx_numbered(&body, &numbering)).unwrap();
    let items: Vec<String> = doc
        .blocks
        .iter()
        .flat_map(|b| match b {
            Block::List { items, .. } => items.clone(),
            other => vec![other.text()],
        })
        .collect();
    assert_eq!(
        items,
        [
            "1. Governance",
            "1.1 Review the constitution",
            "1.2 Train members",
            "2. Finance",
            "2.1 Refresh the MTFS",
            "Between the lists.",
            "(a) First",
            "i. Sub-step",
            "(b) Second",
            "(d) Restarted at four",
        ]
    );
    // A numbered list reads as printed, not as bullets.
    assert_eq!(
        doc.blocks[0].text(),
        "1. Governance 1.1 Review the constitution 1.2 Train members 2. Finance 2.1 Refresh the MTFS"
    );
}

#[test]
fn a_list_per_recommendation_numbers_the_ref_cells() {
    // "1.%1" and "2.%1": one list per recommendation, the Ref cells holding
    // nothing but the number.
    let numbering = format!(
        r#"<w:abstractNum w:abstractNumId="1">{}</w:abstractNum>
        <w:abstractNum w:abstractNumId="2">{}</w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>"#,
        lvl(0, "decimal", "1.%1"),
        lvl(0, "decimal", "2.%1"),
    );
    let row = |num: &str, action: &str| {
        format!(
            "<w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr>",
            at_level(num, 0, ""),
            p(action)
        )
    };
    let body = format!(
        "<w:tbl><w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr>{}{}{}</w:tbl>",
        p("Ref"),
        p("Action"),
        row("1", "Review the constitution"),
        row("1", "Train members"),
        row("2", "Refresh the MTFS"),
    );
    let doc = read_docx(&docx_numbered(&body, &numbering)).unwrap();
    let refs: Vec<String> = only_table(&doc).rows[1..].iter().map(|r| r.cells[0].text()).collect();
    assert_eq!(refs, ["1.1", "1.2", "2.1"]);
}

#[test]
fn opendocument_lists_carry_their_numbers() {
    let content = r#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><office:automatic-styles><text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/><text:list-level-style-number text:level="2" style:num-format="1" text:display-levels="2"/></text:list-style><text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="a" text:start-value="3"/></text:list-style></office:automatic-styles><office:body><office:text>
      <text:list text:style-name="L1"><text:list-item><text:p>Governance</text:p><text:list><text:list-item><text:p>Review</text:p></text:list-item><text:list-item><text:p>Train</text:p></text:list-item></text:list></text:list-item><text:list-item><text:p>Finance</text:p></text:list-item></text:list>
      <text:p>Between.</text:p>
      <text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:p>Workforce</text:p></text:list-item></text:list>
      <text:list text:style-name="L2"><text:list-item><text:p>Lettered</text:p></text:list-item></text:list>
    </office:text></office:body></office:document-content>"#;
    let pkg = zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", content.as_bytes()),
    ]);
    let doc = read_docx(&pkg).unwrap();
    let items: Vec<String> = doc
        .blocks
        .iter()
        .flat_map(|b| match b {
            Block::List { items, .. } => items.clone(),
            other => vec![other.text()],
        })
        .collect();
    assert_eq!(
        items,
        [
            "1. Governance",
            "1.1 Review",
            "1.2 Train",
            "2. Finance",
            "Between.",
            "3. Workforce",
            "(c) Lettered"
        ]
    );
}

/// The items of an OpenDocument body using list style L1 (level 1 "1.",
/// level 2 "1.1"), one string per item or paragraph.
fn odt_items(body: &str) -> Vec<String> {
    let content = format!(
        r#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><office:automatic-styles><text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/><text:list-level-style-number text:level="2" style:num-format="1" text:display-levels="2"/></text:list-style></office:automatic-styles><office:body><office:text>{body}</office:text></office:body></office:document-content>"#
    );
    let pkg = zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", content.as_bytes()),
    ]);
    read_docx(&pkg)
        .unwrap()
        .blocks
        .iter()
        .flat_map(|b| match b {
            Block::List { items, .. } => items.clone(),
            other => vec![other.text()],
        })
        .collect()
}

#[test]
fn outline_numbers_run_on_over_separate_lists() {
    let item = |t: &str| format!("<text:list-item><text:p>{t}</text:p></text:list-item>");
    let heading = |t: &str, inner: &str| {
        format!("<text:list-item><text:h>{t}</text:h><text:list>{inner}</text:list></text:list-item>")
    };
    // Writer saves "1.3" under a "1" from an earlier list as an item holding
    // only a nested list, in a list that continues the one before.
    let carried = |inner: &str| format!("<text:list-item><text:list>{inner}</text:list></text:list-item>");
    let list = |attrs: &str, items: &str| {
        format!(r#"<text:list text:style-name="L1"{attrs}>{items}</text:list><text:p>Lead: X</text:p>"#)
    };
    let cont = r#" text:continue-numbering="true""#;
    let cases: Vec<(String, Vec<&str>)> = vec![
        // Level 2 runs on under level 1; level 1 does not move for a carried item.
        (
            list("", &heading("Build", &(item("found") + &item("Hold"))))
                + &list(cont, &carried(&item("Introduce")))
                + &list(cont, &carried(&item("Launch")))
                + &list(cont, &heading("Set out", &item("noted"))),
            vec![
                "1. Build",
                "1.1 found",
                "1.2 Hold",
                "Lead: X",
                "1.3 Introduce",
                "Lead: X",
                "1.4 Launch",
                "Lead: X",
                "2. Set out",
                "2.1 noted",
                "Lead: X",
            ],
        ),
        // A list that does not continue starts again.
        (
            list("", &heading("Build", &item("found"))) + &list("", &heading("Again", &item("x"))),
            vec!["1. Build", "1.1 found", "Lead: X", "1. Again", "1.1 x", "Lead: X"],
        ),
    ];
    for (body, want) in cases {
        assert_eq!(odt_items(&body), want, "{body}");
    }
}

#[test]
fn content_controls_still_showing_their_placeholder_read_blank() {
    let control = |placeholder: bool, text: &str| {
        let flag = if placeholder { "<w:showingPlcHdr/>" } else { "" };
        format!(r#"<w:sdt><w:sdtPr>{flag}</w:sdtPr><w:sdtContent><w:r><w:t>{text}</w:t></w:r></w:sdtContent></w:sdt>"#)
    };
    let body = format!(
        "<w:p><w:r><w:t>Lead: </w:t></w:r>{}</w:p><w:p><w:r><w:t>Due: </w:t></w:r>{}</w:p>",
        control(true, "Choose an item."),
        control(false, "March 2025"),
    );
    let doc = read_docx(&docx(&body)).unwrap();
    assert_eq!(texts(&doc.blocks), ["Lead:", "Due: March 2025"]);
}

#[test]
fn a_dropped_footnote_mark_closes_up_to_the_punctuation_after_it() {
    let body = r#"<w:p><w:r><w:t xml:space="preserve">in the Thames Freeport </w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>28</w:t></w:r><w:r><w:t xml:space="preserve"> , which will</w:t></w:r></w:p><w:p><w:r><w:t>40 m</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>2</w:t></w:r></w:p>"#;
    let doc = read_docx(&docx(body)).unwrap();
    assert_eq!(texts(&doc.blocks), ["in the Thames Freeport, which will", "40 m2"]);
}

#[test]
fn a_tab_in_a_cell_parts_two_phrases_only() {
    let cell = |runs: &str| tc("", &format!("<w:p>{runs}</w:p>"));
    let body = format!(
        "<w:tbl><w:tr>{}{}{}</w:tr></w:tbl>",
        cell("<w:r><w:t>Director of HR</w:t><w:tab/><w:t>Head of Communications</w:t></w:r>"),
        cell("<w:r><w:t>1.1</w:t><w:tab/><w:t>Review the policy</w:t></w:r>"),
        cell("<w:r><w:t>Lead:</w:t><w:tab/><w:t>Chief Executive</w:t></w:r>")
    );
    let doc = read_docx(&docx(&body)).unwrap();
    let cells = &only_table(&doc).rows[0].cells;
    assert_eq!(cells[0].lines(), ["Director of HR", "Head of Communications"]);
    assert_eq!(cells[1].lines(), ["1.1 Review the policy"]);
    assert_eq!(cells[2].lines(), ["Lead: Chief Executive"]);
}

#[test]
fn an_outline_numbered_heading_is_a_heading_with_its_number() {
    // Writer saves Word's numbered "Heading 1" as a `text:h` inside a list
    // item; the item under it stays a list item.
    let body = r#"<text:list text:style-name="L1"><text:list-item><text:h text:outline-level="1">Build a shared culture</text:h><text:list><text:list-item><text:p>Hold away days</text:p></text:list-item></text:list></text:list-item></text:list>"#;
    let content = format!(
        r#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><office:automatic-styles><text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1"/><text:list-level-style-number text:level="2" style:num-format="1" text:display-levels="2"/></text:list-style></office:automatic-styles><office:body><office:text>{body}</office:text></office:body></office:document-content>"#
    );
    let pkg = zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", content.as_bytes()),
    ]);
    let doc = read_docx(&pkg).unwrap();
    assert!(
        matches!(&doc.blocks[0], Block::Heading { level: 1, text, .. } if text == "1 Build a shared culture"),
        "{:?}",
        doc.blocks
    );
    assert!(matches!(&doc.blocks[1], Block::List { items, .. } if items == &["1.1 Hold away days"]));
}
