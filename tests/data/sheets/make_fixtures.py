#!/usr/bin/env python3
"""Builds the spreadsheet reader's fixtures with the standard library only:
zipfile and hand-written SpreadsheetML.

  python3 tests/data/sheets/make_fixtures.py     # writes tracker.xlsx, blind.xlsx here

tracker.xlsx: a peer-challenge action tracker with a title row above the
header, merged recommendation cells, a hidden column and a hidden row, a
serial-date column formatted dd/mm/yyyy and a text-date cell, RAG given only
as cell fills, a note row below the table, a cached formula, a closed-actions
sheet, a key sheet and a hidden sheet.

blind.xlsx: a different tracker for measuring (not tuned on): other header
names, "Start date" and "End date" columns, RAG in words, 1904 dates.

The PDF prints and CSV exports beside them are made from these by
LibreOffice Calc: render.sh.
"""
import datetime
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

# Styles (cellXfs index): 0 default, 1 wrapped text with borders, 2 date
# dd/mm/yyyy with borders, 3 red fill, 4 amber fill, 5 green fill, 6 bold
# wrapped header with grey fill, 7 bold title.
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>
<fonts count="2"><font><sz val="10"/><name val="Arial"/></font><font><b/><sz val="10"/><name val="Arial"/></font></fonts>
<fills count="6">
<fill><patternFill patternType="none"/></fill>
<fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFFFC000"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FF00B050"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill>
</fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>
<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="8">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="0" fontId="0" fillId="2" borderId="1" xfId="0" applyFill="1" applyBorder="1"/>
<xf numFmtId="0" fontId="0" fillId="3" borderId="1" xfId="0" applyFill="1" applyBorder="1"/>
<xf numFmtId="0" fontId="0" fillId="4" borderId="1" xfId="0" applyFill="1" applyBorder="1"/>
<xf numFmtId="0" fontId="1" fillId="5" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
</cellXfs>
</styleSheet>
"""
HIDDEN = ' hidden="1"'
STATE = ' state="%s"'
WRAP, DATE, RED, AMBER, GREEN, HEAD, TITLE = 1, 2, 3, 4, 5, 6, 7


def serial(y, m, d, epoch1904=False):
    base = datetime.date(1904, 1, 1) if epoch1904 else datetime.date(1899, 12, 30)
    return (datetime.date(y, m, d) - base).days


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def cell_xml(ref, value, style):
    """value: str (inline string), int/float (number), ("f", formula, cached)
    or None (empty, style only)."""
    s = f' s="{style}"' if style else ""
    if value is None:
        return f'<c r="{ref}"{s}/>'
    if isinstance(value, tuple):
        _, formula, cached = value
        v = "" if cached is None else f"<v>{escape(str(cached))}</v>"
        t = ' t="str"' if isinstance(cached, str) else ""
        return f'<c r="{ref}"{s}{t}><f>{escape(formula)}</f>{v}</c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"{s}><v>{value}</v></c>'
    return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'


def sheet_xml(rows, widths, hidden_cols=(), merges=(), hidden_rows=(), dimension="A1"):
    """rows: {row number (1-based): [(value, style) per column from A]}."""
    cols = "".join(
        f'<col min="{i + 1}" max="{i + 1}" width="{w}" customWidth="1"{HIDDEN if i in hidden_cols else ""}/>'
        for i, w in enumerate(widths)
    )
    body = []
    for r in sorted(rows):
        cells = "".join(
            cell_xml(f"{col_letter(c)}{r}", v, st) for c, (v, st) in enumerate(rows[r]) if (v, st) != ("", 0)
        )
        hid = HIDDEN if r in hidden_rows else ""
        body.append(f'<row r="{r}"{hid}>{cells}</row>')
    merge = ""
    if merges:
        merge = f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>"
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
        f'<dimension ref="{dimension}"/><cols>{cols}</cols><sheetData>{"".join(body)}</sheetData>{merge}'
        '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>'
        '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
        "</worksheet>"
    )


def workbook(path, sheets, date1904=False):
    """sheets: [(name, state, sheet xml)]."""
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        + "".join(
            f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(len(sheets))
        )
        + "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    wb = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f"{pr}<sheets>"
        + "".join(
            f'<sheet name="{escape(n)}" sheetId="{i + 1}"{"" if st == "visible" else STATE % st} r:id="rId{i + 1}"/>'
            for i, (n, st, _) in enumerate(sheets)
        )
        + "</sheets></workbook>"
    )
    wbrels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
            for i in range(len(sheets))
        )
        + f'<Relationship Id="rId{len(sheets) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        "</Relationships>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("xl/workbook.xml", wb)
        z.writestr("xl/_rels/workbook.xml.rels", wbrels)
        z.writestr("xl/styles.xml", STYLES)
        for i, (_, _, xml) in enumerate(sheets):
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", xml)


def tracker():
    W = WRAP
    head = ["Rec no.", "Recommendation", "Action no.", "Action", "Cost code", "Lead officer", "Deadline", "RAG", "Progress update"]
    rows = {
        1: [("Anytown Borough Council: Corporate Peer Challenge Action Plan Tracker", TITLE)],
        2: [("Progress as at 30 September 2024", 0)],
        4: [(h, HEAD) for h in head],
        5: [("1", W), ("Set out a clear long-term vision for the borough with partners.", W), (("f", 'A5&".1"', "1.1"), W),
            ("Hold a partner summit to agree the shared vision for 2035.", W), ("FIN-204", W),
            ("Chief Executive", W), (serial(2024, 11, 30), DATE), (None, GREEN), ("Summit held in July; draft vision circulated.", W)],
        6: [("", W), ("", W), ("1.2", W),
            ("Publish the vision and a delivery plan on the council website.", W), ("", W),
            ("Director of Strategy", W), (serial(2025, 3, 31), DATE), (None, AMBER), ("Drafting has slipped by a month.", W)],
        7: [("2", W), ("Strengthen the financial strategy to close the budget gap.", W), ("2.1", W),
            ("Refresh the medium term financial strategy with savings options.", W), ("", W),
            ("Director of Finance", W), ("March 2025", W), (None, RED), ("Savings options are short of the target.", W)],
        8: [("", W), ("", W), ("2.2", W),
            ("Draft action superseded; not for publication.", W), ("", W), ("", W), ("", W), ("", W), ("", W)],
        9: [("", W), ("", W), ("2.3", W),
            ("Set up a monthly budget monitoring board chaired by the Leader.", W), ("", W),
            ("Director of Finance", W), (serial(2024, 12, 31), DATE), (None, GREEN), ("First board met in September.", W)],
        10: [("3", W), ("Improve the way residents are engaged in decisions.", W), ("3.1", W),
             ("Launch a residents' panel of 500 members.", W), ("", W),
             ("Head of Communications", W), (serial(2025, 6, 30), DATE), (None, AMBER), ("Recruitment under way.", W)],
        12: [("Note: RAG ratings are the lead officers' own; see the Key sheet.", 0)],
    }
    open_sheet = sheet_xml(
        rows, [9, 58, 11, 64, 16, 24, 12, 6, 46], hidden_cols={4},
        merges=["A1:I1", "A5:A6", "B5:B6", "A7:A9", "B7:B9"], hidden_rows={8}, dimension="A1:I12",
    )
    closed_rows = {
        1: [(h, HEAD) for h in head],
        2: [("4", W), ("Review the council's governance arrangements.", W), ("4.1", W),
            ("Adopt a new constitution following a cross-party review.", W), ("", W),
            ("Monitoring Officer", W), (serial(2024, 7, 31), DATE), (None, GREEN), ("Complete: adopted by Council in July.", W)],
        3: [("5", W), ("Develop the organisation's workforce strategy.", W), ("5.1", W),
            ("Agree a workforce strategy with staff and unions.", W), ("", W),
            ("Director of HR", W), (serial(2024, 9, 30), DATE), (None, GREEN), ("Complete: strategy agreed in September.", W)],
    }
    closed = sheet_xml(closed_rows, [9, 58, 11, 64, 16, 24, 12, 6, 46], hidden_cols={4}, dimension="A1:I3")
    key_rows = {
        1: [("RAG", HEAD), ("Meaning", HEAD)],
        2: [(None, RED), ("Off track", W)],
        3: [(None, AMBER), ("Some slippage", W)],
        4: [(None, GREEN), ("On track or complete", W)],
    }
    key = sheet_xml(key_rows, [10, 30], dimension="A1:B4")
    hidden_rows = {
        1: [("Rec no.", 0), ("Action", 0), ("Lead officer", 0), ("Deadline", 0)],
        2: [("9", 0), ("A working draft action that must not be read.", 0), ("Nobody", 0), ("Never", 0)],
    }
    hidden = sheet_xml(hidden_rows, [10, 30, 20, 12], dimension="A1:D2")
    workbook(
        os.path.join(HERE, "tracker.xlsx"),
        [("Open actions", "visible", open_sheet), ("Closed actions", "visible", closed),
         ("Key", "visible", key), ("Workings", "hidden", hidden)],
    )


def blind():
    """Not tuned on: other header names, a Start and an End date, RAG in
    words, the 1904 date system, a theme row spanning the table."""
    W = WRAP
    head = ["Ref", "Area for improvement", "What we will do", "Responsible officer", "Start date", "End date", "RAG status", "Commentary"]
    s = lambda y, m, d: serial(y, m, d, epoch1904=True)
    rows = {
        1: [("Borough of Kingsmere: Improvement Plan monitoring", TITLE)],
        3: [(h, HEAD) for h in head],
        4: [("Theme A: Leadership and governance", HEAD)],
        5: [("A1", W), ("Member and officer relationships", W), ("Run a joint development programme for cabinet and senior officers.", W),
            ("Assistant Chief Executive", W), (s(2024, 9, 1), DATE), (s(2025, 2, 28), DATE), ("Green", W), ("Two sessions delivered.", W)],
        6: [("A2", W), ("Scrutiny", W), ("Agree a scrutiny work programme linked to the corporate plan.", W),
            ("Head of Democratic Services", W), ("", W), (s(2024, 12, 31), DATE), ("Amber", W), ("Draft to be tabled in November.", W)],
        7: [("Theme B: Finance", HEAD)],
        8: [("B1", W), ("Capital programme", W), ("Reprofile the capital programme and report slippage quarterly.", W),
            ("Section 151 Officer", W), (s(2024, 10, 1), DATE), (s(2025, 3, 31), DATE), ("Red", W), ("Slippage higher than planned.", W)],
        9: [("B2", W), ("Reserves", W), ("Set a reserves policy with a minimum level.", W),
            ("Section 151 Officer", W), ("", W), ("By March 2025", W), ("Green", W), ("Policy drafted.", W)],
    }
    sheet = sheet_xml(rows, [6, 32, 64, 28, 11, 11, 11, 34], merges=["A1:H1", "A4:H4", "A7:H7"], dimension="A1:H9")
    workbook(os.path.join(HERE, "blind.xlsx"), [("Plan", "visible", sheet)], date1904=True)


if __name__ == "__main__":
    tracker()
    blind()
