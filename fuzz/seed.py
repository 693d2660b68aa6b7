#!/usr/bin/env python3
"""Seeds fuzz/corpus/<target>/ from the fixtures: small slices of the HTML and
text, the smallest whole PDFs and Word files (a slice of those is no longer
a zip or a PDF), tiny hand-made PDFs, and the deadline and lead strings of
every gold file. Run from anywhere; the corpora are not committed."""

import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIX = ROOT / "fixtures"
CORPUS = ROOT / "fuzz" / "corpus"


def put(target, name, data):
    d = CORPUS / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def tiny_pdf(content):
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(content) + 1, content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i + 1, o)).encode()
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out


def read(path):
    """A fixture's bytes, or empty where this plan has no such form."""
    return path.read_bytes() if path.exists() else b""


for plan in sorted(p for p in FIX.iterdir() if p.is_dir()):
    n = plan.name
    html = read(plan / "source.html")
    text = read(plan / "seed.txt")
    for i in range(0, min(len(html), 24000), 6000):
        put("read_html", f"{n}-{i}.html", html[i : i + 6000])
    for i in range(0, min(len(text), 12000), 3000):
        put("read_text", f"{n}-{i}.txt", text[i : i + 3000])
    for form in ("word.docx", "word.odt"):
        if (plan / form).exists():
            put("read_docx", f"{n}-{form}", read(plan / form))
    if not (plan / "gold.json").exists():
        continue
    gold = json.loads((plan / "gold.json").read_text())
    for j, r in enumerate(gold["records"]):
        if r.get("deadline_raw"):
            put("normalise_deadline", f"{n}-{j}", "\x10\x27" + r["deadline_raw"])
        for k, lead in enumerate(r.get("lead") or []):
            put("normalise_owners", f"{n}-{j}-{k}", lead)
put("read_pdf", "harrow-word.pdf", (FIX / "harrow-2023" / "word.pdf").read_bytes())
put("read_pdf", "text.pdf", tiny_pdf("BT /F1 12 Tf 72 700 Td (1. Action: review the plan) Tj ET"))
put(
    "read_pdf",
    "table.pdf",
    tiny_pdf(
        "BT /F1 10 Tf 72 700 Td (Action) Tj 200 0 Td (Lead) Tj 150 0 Td (Deadline) Tj ET "
        "BT /F1 10 Tf 72 680 Td (Publish the plan) Tj 200 0 Td (CEX) Tj 150 0 Td (March 2025) Tj ET "
        "0 0 0 RG 70 695 m 500 695 l S"
    ),
)
put("read_pdf", "scan.pdf", tiny_pdf("0 0 1 rg 100 100 200 300 re f"))
for t in sorted(CORPUS.iterdir()):
    print(t.name, len(list(t.iterdir())))
