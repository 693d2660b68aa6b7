#!/usr/bin/env bash
# blind4: regenerate every document from its build script, then render the PDFs.
#   python3 build/<doc>.py writes <slug>/gold.json and the document's source forms:
#     thornleigh  tracker.xlsx (openpyxl)            wyvernham  deck.pptx (python-pptx)
#     fernhollow  source.tex + source.md            millbrook  outline.docx (python-docx)
#     kersey-vale source.html + reportlab.pdf        ashgrove   source.md, plain.txt, textprint.pdf (ReportLab)
#   then:
#     thornleigh/calc.pdf      LibreOffice Calc PDF export of tracker.xlsx; tracker.ods (Calc save-as)
#     wyvernham/impress.pdf    LibreOffice Impress PDF export of deck.pptx
#     fernhollow/latex.pdf     pdflatex (run twice) of source.tex
#     millbrook/writer.pdf     LibreOffice Writer PDF export of outline.docx; outline.odt (Writer save-as)
#     kersey-vale/wkhtml.pdf   wkhtmltopdf 0.12.6 (Qt WebKit) of source.html
# Usage (from tests/data/blind4): build/render.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(dirname "$here")
profile=$(mktemp -d); trap 'rm -rf "$profile"' EXIT
cd "$root"
for f in "$here"/*.py; do [ "$(basename "$f")" = lib.py ] || python3 "$f"; done
lo() { soffice -env:UserInstallation=file://"$profile"/lo --headless "$@" >/dev/null 2>&1; }
w=$(mktemp -d)
lo --convert-to pdf --outdir "$w" thornleigh-2025-12/tracker.xlsx && mv "$w/tracker.pdf" thornleigh-2025-12/calc.pdf
lo --convert-to ods --outdir thornleigh-2025-12 thornleigh-2025-12/tracker.xlsx
lo --convert-to pdf --outdir "$w" wyvernham-2025-09/deck.pptx && mv "$w/deck.pdf" wyvernham-2025-09/impress.pdf
lo --convert-to pdf --outdir "$w" millbrook-2026-01/outline.docx && mv "$w/outline.pdf" millbrook-2026-01/writer.pdf
lo --convert-to odt --outdir millbrook-2026-01 millbrook-2026-01/outline.docx
cp fernhollow-2025-11/source.tex "$w/" && (cd "$w" && for i in 1 2; do pdflatex -interaction=nonstopmode source.tex >/dev/null 2>&1; done) && mv "$w/source.pdf" fernhollow-2025-11/latex.pdf
wkhtmltopdf -q --enable-local-file-access -s A4 kersey-vale-2025-10/source.html kersey-vale-2025-10/wkhtml.pdf 2>/dev/null || true
rm -rf "$w"
for f in thornleigh-2025-12/{calc.pdf,tracker.ods} wyvernham-2025-09/impress.pdf millbrook-2026-01/{writer.pdf,outline.odt} fernhollow-2025-11/latex.pdf kersey-vale-2025-10/wkhtml.pdf; do
  [ -s "$f" ] || { echo "render failed: $f" >&2; exit 1; }; echo "rendered $f ($(pdfinfo "$f" 2>/dev/null | awk '/^Pages/{print $2" pages"}'))"
done
