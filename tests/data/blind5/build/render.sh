#!/usr/bin/env bash
# blind5: regenerate every document from its build script, then render the converted forms.
# Usage (from tests/data/blind5): build/render.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(dirname "$here")
profile=$(mktemp -d); w=$(mktemp -d); trap 'rm -rf "$profile" "$w"' EXIT
cd "$root"
for f in "$here"/*.py; do [ "$(basename "$f")" = lib.py ] || python3 "$f"; done
lo() { soffice -env:UserInstallation=file://"$profile"/lo --headless "$@" >/dev/null 2>&1; }
# cardwick: LibreOffice Writer/Web PDF export of the HTML page
lo --convert-to pdf:writer_web_pdf_Export --outdir "$w" cardwick-2025-10/source.html && mv "$w/source.pdf" cardwick-2025-10/writerweb.pdf
# oakhurst, ravensby: Writer save-as odt and PDF export of the python-docx files
for d in oakhurst-2026-02 ravensby-2025-12; do
  lo --convert-to odt --outdir "$w" $d/plan.docx && mv "$w/plan.odt" $d/plan.odt
  lo --convert-to pdf --outdir "$w" $d/plan.docx && mv "$w/plan.pdf" $d/writer.pdf
done
# pellbury: Ghostscript ps2pdf of hand-written PostScript; layout.txt = pdftotext -layout of it
ps2pdf -sPAPERSIZE=a4 pellbury-2025-11/source.ps pellbury-2025-11/gs.pdf
pdftotext -layout pellbury-2025-11/gs.pdf pellbury-2025-11/layout.txt
# quenby: ReportLab canvas page 2 drawn rotated, qpdf sets /Rotate 90 on it
qpdf quenby-2026-01/rotated-tmp.pdf --rotate=+90:2 quenby-2026-01/reportlab-rotated.pdf && rm quenby-2026-01/rotated-tmp.pdf
for f in cardwick-2025-10/writerweb.pdf oakhurst-2026-02/{writer.pdf,plan.odt} ravensby-2025-12/{writer.pdf,plan.odt} pellbury-2025-11/gs.pdf quenby-2026-01/reportlab-rotated.pdf hesketh-moor-2025-12/reportlab.pdf; do
  [ -s "$f" ] || { echo "render failed: $f" >&2; exit 1; }; echo "rendered $f"
done
