#!/usr/bin/env python3
"""Adds to fuzz/corpus/<target>/ small forms of the hostile inputs of issue 11
(the shapes tests/hostile.rs builds at full size): structure-aware seeds, so
the fuzzers start next to the places that broke, not only from the fixtures.
Run after seed.py; the corpora are not committed."""

import io
import pathlib
import zipfile
import zlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"


def put(target, name, data):
    d = CORPUS / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def pdf(objs, trailer=""):
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + (o if isinstance(o, bytes) else o.encode()) + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, trailer.encode(), x)
    return out


def stream(d, data, length=None):
    n = len(data) if length is None else length
    return b"<< %s /Length %d >>\nstream\n" % (d.encode(), n) + data + b"\nendstream"


CAT = "<< /Type /Catalog /Pages 2 0 R >>"
PAGES = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def page(extra=""):
    return ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> /XObject << /X0 6 0 R >> >> %s>>" % extra)


def form(content, xobjects):
    return stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << %s >> >>" % xobjects,
                  content)


text = b"BT /F1 10 Tf 72 700 Td (Action: publish the plan) Tj ET\n/X0 Do"
put("read_pdf", "self-form.pdf", pdf([CAT, PAGES, page(), stream("", text), FONT, form(b"/X0 Do", "/X0 6 0 R")]))
chain = [form(b"/X0 Do", "/X0 %d 0 R" % (7 + i)) for i in range(40)] + [form(b"BT /F1 9 Tf 72 72 Td (end) Tj ET", "")]
put("read_pdf", "form-chain.pdf", pdf([CAT, PAGES, page(), stream("", text), FONT] + chain))
put("read_pdf", "parent-loop.pdf", pdf([CAT, "<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 3 0 R >>",
                                        "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                                        stream("", b"BT /F1 10 Tf 72 700 Td (Hi) Tj ET"), FONT]))
put("read_pdf", "lying-length.pdf", pdf([CAT, PAGES, page(), stream("", text, length=9), FONT, form(b"", "")]))
put("read_pdf", "flate.pdf", pdf([CAT, PAGES, page(), stream("/Filter /FlateDecode", zlib.compress(b"\0" * 65536)), FONT,
                                  form(b"", "")]))
put("read_pdf", "listed.pdf", pdf([CAT, PAGES, page().replace("/Contents 4 0 R", "/Contents [4 0 R 4 0 R 4 0 R]"),
                                   stream("", text), FONT, form(b"", "")]))
put("read_pdf", "foreign-handler.pdf", pdf([CAT, PAGES, page(), stream("", text), FONT,
                                            "<< /Filter /FooSecurity /V 1 /R 1 /O (x) /U (y) /P -4 >>"],
                                           "/Encrypt 6 0 R /ID [<00> <00>] "))

row = "<tr><td>Publish the plan</td><td>Chief Executive</td><td>K March 2024 İİ June 2025</td></tr>"
head = "<table><tr><th>Action</th><th>Lead Officer</th><th>Deadline</th></tr>"
put("read_html", "kelvin.html", "<html><body>%s%s</table></body></html>" % (head, row))
put("read_html", "spans.html", "<html><body><table><tr>%s</tr>%s</table></body></html>"
    % ("<td colspan=1000>x</td>" * 20, "<tr><td rowspan=1000>a</td></tr>" * 20))
put("read_html", "utf16-meta.html", '<html><head><meta charset="utf-16"></head><body>%s%s</table></body></html>' % (head, row))
put("read_html", "nested-lists.html", "<html><body>%sdeep%s</body></html>" % ("<ul><li>" * 200, "</li></ul>" * 200))
put("read_html", "rowspan-text.html", "<html><body><table><tr><th>Recommendation</th><th>Action</th><th>Lead</th>"
    "<th>Deadline</th></tr><tr><td rowspan=50>%s</td><td>Act</td><td>CEX</td><td>May 2025</td></tr>%s</table></body></html>"
    % ("word " * 500, "<tr><td>Act</td><td>CEX</td><td>May 2025</td></tr>" * 49))

put("read_text", "short-lines.txt", "a\n" * 2000)
put("read_text", "kelvin.txt", "Action\tLead\tDeadline\nPublish the plan\tCEX\tK March 2024 İİ June 2025\n")
put("read_text", "pipes.txt", "| Action | Lead | Deadline |\n|---|---|---|\n| Publish | CEX | May 2025 |\n" * 20)


def zipped(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            z.writestr(name, data, compress_type=zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)
    return buf.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(body):
    return zipped([("word/document.xml", '<?xml version="1.0"?><w:document %s><w:body>%s</w:body></w:document>' % (W, body))])


def wp(t):
    return "<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % t


put("read_docx", "gridspan.docx", docx("<w:tbl><w:tr>%s</w:tr>%s</w:tbl>" % (
    '<w:tc><w:tcPr><w:gridSpan w:val="1000"/></w:tcPr><w:p/></w:tc>' * 20, "<w:tr><w:tc><w:p/></w:tc></w:tr>" * 20)))
vm = "".join("<w:tr><w:tc><w:tcPr><w:vMerge %s/></w:tcPr>%s</w:tc><w:tc>%s</w:tc><w:tc>%s</w:tc><w:tc>%s</w:tc></w:tr>"
             % ('w:val="restart"' if i == 0 else "", wp("text " * 20), wp("Act %d" % i), wp("CEX"), wp("May 2025"))
             for i in range(30))
put("read_docx", "vmerge.docx", docx("<w:tbl><w:tr><w:tc>%s</w:tc><w:tc>%s</w:tc><w:tc>%s</w:tc><w:tc>%s</w:tc></w:tr>%s</w:tbl>"
                                     % (wp("Recommendation"), wp("Action"), wp("Lead Officer"), wp("Deadline"), vm)))
put("read_docx", "attributes.docx", docx("<w:p %s/>" % ('a="" ' * 2000)))
ODT = ('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>%s'
       '</office:text></office:body></office:document-content>')
inner = "<text:p>boom</text:p>"
for _ in range(3):
    inner = ('<table:table><table:table-row><table:table-cell table:number-columns-repeated="8">%s'
             '</table:table-cell></table:table-row></table:table>' % inner)
put("read_docx", "repeat.odt", zipped([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", ODT % inner)]))

put("normalise_deadline", "kelvin", "\x10\x27K March 2024 İİ June 2025")
put("normalise_deadline", "sigma", "\x10\x27MARCH 2024 ΣΣ June 2025 K")
for t in sorted(CORPUS.iterdir()):
    print(t.name, len(list(t.iterdir())))
