#!/usr/bin/env python3
"""Makes the PDFs of tests/data/fonts: text whose letters or places the
interpreter has read wrongly, each checked against poppler by
benches/textlayer.sh and by tests/pdf_fonts.rs.

- renumbered.pdf: an embedded Type1 font (URW Nimbus Sans, fonts-urw-base35)
  whose built-in encoding numbers its glyphs in order of first use, as
  subsetting producers do; its /Encoding is a /Differences dictionary without
  /BaseEncoding that names only the space; no ToUnicode. The base is the
  font's own encoding (PDF 32000-1:2008, 9.6.6).
- standard.pdf: Times-Roman, not embedded, under /Encoding /StandardEncoding
  (quoteright at 39), and Helvetica with no /Encoding at all.
- tex-builtin.pdf / tex-differences.pdf: pdflatex output without ToUnicode
  (CM fonts in their built-in OT1 encoding: ligatures, dashes, quotes at
  codes below 32 and in place of ASCII); the second with a partial
  /Differences and no /BaseEncoding added to each font. Made only where
  pdflatex and qpdf are installed.
- textstate.pdf: Tz, Ts, Tc and Tw, and TL/T*/'/", under a scaled and
  translated cm.
- columns.pdf: a masthead across the page over two columns of running
  text set on the same baselines (Helvetica), each column's paragraphs
  followed by a "Lead officer:" line; a reader that joins lines across the
  gutter gives "… plan with three Lead officer: …".
- type3.pdf: Type 3 fonts as pdftocairo rewrites Chromium's: a unit
  /FontMatrix [1 0 0 -1 0 0] whose /Widths are in text-space units (0.556,
  not 556), a text matrix flipped to match, size 1 in Tf and TJ kerning;
  one line in the usual [0.001 0 0 0.001 0 0] form beside it, and an "ffi"
  ligature glyph mapped to U+FB03 by its ToUnicode.

Usage: benches/font_fixtures.py [OUT_DIR]   (default tests/data/fonts)
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zlib

URW = "/usr/share/fonts/type1/urw-base35"


def pdf(objects):
    """A PDF of `objects` (bytes each, numbered from 1); 1 is the catalog."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(dict_body, data, compress=True):
    if compress:
        data = zlib.compress(data)
        dict_body += b" /Filter /FlateDecode"
    return b"<< " + dict_body + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def afm(name):
    """code -> (width, glyph name) for the standard-encoded glyphs, and glyph name -> width."""
    by_name = {}
    for line in open(os.path.join(URW, name + ".afm"), encoding="latin-1"):
        m = re.match(r"C (-?\d+) ; WX (\d+) ; N (\S+)", line)
        if m:
            by_name[m.group(3)] = int(m.group(2))
    return by_name


def page_pdf(fonts, content, extra_objects=()):
    """Catalog, pages, one A4 page with `fonts` (name -> object number) and `content`."""
    font_res = b" ".join(b"/%s %d 0 R" % (k.encode(), v) for k, v in fonts.items())
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << "
        + font_res
        + b" >> >> >>",
        stream(b"", content),
    ]
    return pdf(objs + list(extra_objects))


GLYPH = {" ": "space", ":": "colon", ",": "comma", ".": "period", "-": "hyphen", "1": "one", "2": "two",
         "0": "zero", "5": "five", "(": "parenleft", ")": "parenright", "'": "quoteright", "&": "ampersand"}


def glyph_name(ch):
    return GLYPH.get(ch, ch)


def renumbered(out):
    lines = [
        "Nutritional standards in schools",
        "Action 1: Nutritional guidance for every school",
        "Lead officer: Director of Public Health",
        "Deadline: March 2025",
    ]
    widths = afm("NimbusSans-Regular")
    order = []
    for ch in "".join(lines):
        if ch != " " and ch not in order:
            order.append(ch)
    code_of = {ch: 33 + i for i, ch in enumerate(order)}
    code_of[" "] = 32
    enc = "".join("dup %d /%s put\n" % (c, glyph_name(ch)) for ch, c in code_of.items())
    program = open(os.path.join(URW, "NimbusSans-Regular.t1"), "rb").read()
    program = program.replace(
        b"/Encoding StandardEncoding def",
        b"/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n" + enc.encode() + b"readonly def",
    )
    length1 = program.index(b"currentfile eexec") + len(b"currentfile eexec\n")
    tail = program.rfind(b"cleartomark")
    zeros = program.rfind(b"0" * 64, 0, tail)
    zeros = program.rfind(b"\n", 0, zeros) + 1 if zeros > 0 else tail
    length2 = zeros - length1
    length3 = len(program) - zeros
    first, last = 32, max(code_of.values())
    ws = [0] * (last - first + 1)
    for ch, c in code_of.items():
        ws[c - first] = widths[glyph_name(ch)]
    font = (b"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+NimbusSans-Regular /FirstChar %d /LastChar %d "
            b"/Widths [%s] /FontDescriptor 6 0 R /Encoding << /Type /Encoding /Differences [32 /space] >> >>"
            % (first, last, " ".join(map(str, ws)).encode()))
    desc = (b"<< /Type /FontDescriptor /FontName /ABCDEF+NimbusSans-Regular /Flags 32 /FontBBox [-210 -304 1000 1064] "
            b"/ItalicAngle 0 /Ascent 729 /Descent -218 /CapHeight 729 /StemV 80 /FontFile 7 0 R >>")
    prog = stream(b"/Length1 %d /Length2 %d /Length3 %d" % (length1, length2, length3), program)
    content = bytearray(b"BT /F1 11 Tf 14 TL 72 760 Td\n")
    for line in lines:
        s = bytes(code_of[ch] for ch in line)
        s = s.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        content += b"(" + s + b") Tj T*\n"
    content += b"ET\n"
    open(os.path.join(out, "renumbered.pdf"), "wb").write(page_pdf({"F1": 5}, bytes(content), [font, desc, prog]))


def standard(out):
    times = b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /StandardEncoding >>"
    helv = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    content = (b"BT /F1 12 Tf 72 760 Td (The council\\047s plan: \\140quoted\\047 words) Tj ET\n"
               b"BT /F2 12 Tf 72 740 Td (Helvetica with no encoding: the board\\047s actions) Tj ET\n")
    open(os.path.join(out, "standard.pdf"), "wb").write(page_pdf({"F1": 5, "F2": 6}, content, [times, helv]))


def textstate(out):
    # Each line a different text-state operator, all under a page-wide cm
    # that scales by 0.8 and moves the origin.
    c = b"""q 0.8 0 0 0.8 40 60 cm
BT /F1 12 Tf 60 900 Td (Plain line of words) Tj ET
BT /F1 12 Tf 60 870 Td 150 Tz (Wide scaled words) Tj ET
BT /F1 12 Tf 60 840 Td 60 Tz (Narrow scaled words) Tj ET 100 Tz
BT /F1 12 Tf 60 810 Td 1 Tc (Spaced out letters) Tj ET 0 Tc
BT /F1 12 Tf 60 780 Td 12 Tw (Wide word gaps) Tj ET 0 Tw
BT /F1 12 Tf 60 750 Td (Raised) Tj 5 Ts ( superscript) Tj -3 Ts ( lowered) Tj 0 Ts ( back) Tj ET
BT /F1 12 Tf 16 TL 60 720 Td (First of the lines) Tj T* (Second by T star) Tj (Third by quote) ' 3 0.5 (Fourth by double quote) " ET 0 Tc 0 Tw
BT /F1 12 Tf 1.5 0 0 1.5 60 600 Tm 0.5 Tc 4 Tw 120 Tz (Matrix and all together) Tj ET 0 Tc 0 Tw 100 Tz
Q
q 1 0 0 1 300 100 cm 0.5 0 0 2 0 0 cm
BT /F1 10 Tf 0 0 Td 1 Tc 6 Tw (Stretched tall cm) Tj ET
Q
"""
    helv = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    open(os.path.join(out, "textstate.pdf"), "wb").write(page_pdf({"F1": 5}, c, [helv]))


TEX = r"""\pdfgentounicode=0
\documentclass{article}
\begin{document}
\section{Nutritional standards in schools}
Action 1: Nutritional guidance for every school --- fish, office, affluent; ``quoted'' text, 2024--25.

\begin{tabular}{|l|l|l|}\hline Action & Lead officer & Deadline \\ \hline
Improve the website & Director of Digital & March 2025 \\ \hline
Review the offer of fresh fruit & Head of Schools' Catering & June 2025 \\ \hline
\end{tabular}
\end{document}
"""


def tex(out):
    if not (shutil.which("pdflatex") and shutil.which("qpdf")):
        print("pdflatex or qpdf missing: tex-*.pdf not made", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as d:
        open(os.path.join(d, "t.tex"), "w").write(TEX)
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "t.tex"], cwd=d, check=True,
                       stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(d, "t.pdf"), os.path.join(out, "tex-builtin.pdf"))
        subprocess.run(["qpdf", "--qdf", "--object-streams=disable", "t.pdf", "q.pdf"], cwd=d, check=True)
        s = open(os.path.join(d, "q.pdf"), "rb").read()
        s = re.sub(rb"(/BaseFont /[A-Z]{6}\+CM\w+)", rb"\1\n  /Encoding << /Type /Encoding /Differences [ 32 /space ] >>", s)
        open(os.path.join(d, "e.pdf"), "wb").write(s)
        with open(os.path.join(d, "e.pdf"), "rb") as src, open(os.path.join(d, "f.pdf"), "wb") as dst:
            subprocess.run(["fix-qdf"], stdin=src, stdout=dst, check=True)
        subprocess.run(["qpdf", "f.pdf", os.path.join(os.path.abspath(out), "tex-differences.pdf")], cwd=d,
                       check=False)


def type3(out):
    widths = afm("NimbusSans-Regular")
    lines = ["Launch a single customer portal", "Close the cash o\ufb03ce by March"]
    chars = sorted(set("".join(lines)))
    code_of = {ch: i for i, ch in enumerate(chars)}
    name = {ch: ("ffi" if ch == "\ufb03" else glyph_name(ch)) for ch in chars}
    w1000 = [widths.get(name[ch], 556) for ch in chars]
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T3 def "
            "1 begincodespacerange <00> <ff> endcodespacerange %d beginbfchar\n" % len(chars)
            + "".join("<%02x> <%04x>\n" % (code_of[ch], ord(ch)) for ch in chars)
            + "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end\n").encode()
    objs = []

    def font(unit, first_obj):
        # first_obj: this font's number; then its CharProcs, ToUnicode and one proc per glyph.
        procs_obj, tounicode_obj, glyph0 = first_obj + 1, first_obj + 2, first_obj + 3
        if unit:
            matrix, ws = b"[1 0 0 -1 0 0]", [w / 1000 for w in w1000]
        else:
            matrix, ws = b"[0.001 0 0 0.001 0 0]", w1000
        procs = b" ".join(b"/g%d %d 0 R" % (i, glyph0 + i) for i in range(len(chars)))
        diffs = b" ".join(b"/g%d" % i for i in range(len(chars)))
        objs.append(b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 0 0] /FontMatrix " + matrix
                    + b" /CharProcs %d 0 R /Encoding << /Type /Encoding /Differences [0 %s] >>" % (procs_obj, diffs)
                    + b" /FirstChar 0 /LastChar %d /Widths [%s] /ToUnicode %d 0 R /Resources << >> >>"
                    % (len(chars) - 1, " ".join("%g" % w for w in ws).encode(), tounicode_obj))
        objs.append(b"<< " + procs + b" >>")
        objs.append(stream(b"", cmap))
        for w in ws:
            # A box a little narrower than the advance, cap height high.
            h = 0.7 if unit else 700
            y = -h if unit else 0
            objs.append(stream(b"", b"%g 0 d0 %g %g %g %g re f" % (w, w * 0.1, y, w * 0.8, h)))

    n = len(chars)
    unit_font = 5
    font(True, unit_font)
    usual_font = unit_font + 3 + n
    font(False, usual_font)

    def tj(line, kern):
        parts = []
        for i, ch in enumerate(line):
            parts.append(b"<%02x>" % code_of[ch])
            if kern and i % 3 == 2:
                parts.append(b"%d" % kern)
        return b"[" + b"".join(parts) + b"] TJ"

    content = (b"BT /F1 1 Tf 12 0 0 -12 72 70 Tm " + tj(lines[0], 8) + b" ET\n"
               + b"BT /F1 1 Tf 12 0 0 -12 72 90 Tm " + tj(lines[1], -5) + b" ET\n"
               + b"BT /F2 12 Tf 72 720 Td " + tj(lines[0], 0) + b" ET\n")
    # The unit font's text sits under a page-flipping cm, as cairo writes it.
    content = b"q 1 0 0 -1 0 842 cm\n" + content.split(b"BT /F2")[0] + b"Q\nBT /F2" + content.split(b"BT /F2")[1]
    open(os.path.join(out, "type3.pdf"), "wb").write(page_pdf({"F1": unit_font, "F2": usual_font}, content, objs))


def columns(out):
    left = [
        "1. We will agree a new council plan with three",
        "priorities and measure progress against each",
        "of them every year.",
        "Lead officer: Head of Strategy",
        "2. We will hold a conversation in every ward so",
        "that residents can tell us what matters most.",
        "Lead officer: Head of Communications",
    ]
    right = [
        "3. We will set up a place board with the health",
        "service, the police, the college and business",
        "leaders of the town.",
        "Lead officer: Chief Executive",
        "4. We will give voluntary groups three-year",
        "grants instead of one-year grants, so that they",
        "Lead officer: Head of Communities",
    ]
    c = bytearray(b"BT /F1 18 Tf 56 780 Td (Council newsletter: our improvement plan for the year) Tj ET\n")
    for i, (l, r) in enumerate(zip(left, right)):
        y = 740 - 14 * i
        for x, text in ((56, l), (310, r)):
            c += b"BT /F1 10 Tf %d %d Td (%s) Tj ET\n" % (x, y, text.encode())
    helv = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    open(os.path.join(out, "columns.pdf"), "wb").write(page_pdf({"F1": 5}, bytes(c), [helv]))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "tests/data/fonts"
    os.makedirs(out, exist_ok=True)
    renumbered(out)
    standard(out)
    textstate(out)
    type3(out)
    columns(out)
    tex(out)


if __name__ == "__main__":
    main()
