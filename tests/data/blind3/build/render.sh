#!/usr/bin/env bash
# blind3: regenerate every document from its build script, then render.
#   python3 build/<doc>.py      -> <slug>/source.html + <slug>/gold.json
#   chromium.pdf  Chromium (Skia) print of source.html, CSS @page decides size
#   gs.pdf        Ghostscript pdfwrite rewrite of chromium.pdf (-dPDFSETTINGS=/printer)
#   cairo.pdf     poppler pdftocairo -pdf rewrite of chromium.pdf
#   groff.pdf     where <slug>/source.ms exists: groff -t -Tps | ps2pdf (Ghostscript)
#   word.docx     LibreOffice Writer import of source.html saved as Word (where sensible;
#                 not for the two-column newsletter, whose layout Writer cannot import)
# Usage (from tests/data/blind3): build/render.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(dirname "$here")
profile=$(mktemp -d); trap 'rm -rf "$profile"' EXIT
cd "$root"
for f in "$here"/*.py; do [ "$(basename "$f")" = lib.py ] || python3 "$f"; done
for d in */; do
  d=${d%/}; [ -f "$d/source.html" ] || continue
  work=$(mktemp -d)
  cp "$d/source.html" "$work/source.html"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run \
    --user-data-dir="$profile/chromium" --no-pdf-header-footer \
    --print-to-pdf="$work/chromium.pdf" "file://$work/source.html" >/dev/null 2>&1
  gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dPDFSETTINGS=/printer \
    -sOutputFile="$work/gs.pdf" "$work/chromium.pdf"
  pdftocairo -pdf "$work/chromium.pdf" "$work/cairo.pdf"
  outs="chromium.pdf gs.pdf cairo.pdf"
  if [ -f "$d/source.ms" ]; then   # a second source in plain troff + tbl (Quarrington)
    groff -Kutf8 -t -Tps "$d/source.ms" 2>/dev/null > "$work/groff.ps"
    ps2pdf "$work/groff.ps" "$work/groff.pdf"; outs="$outs groff.pdf"
  fi
  if [ ! -f "$d/.no-docx" ]; then
    soffice -env:UserInstallation=file://"$profile"/lo --headless \
      --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/source.html" >/dev/null 2>&1
    mv "$work/source.docx" "$work/word.docx"; outs="$outs word.docx"
  fi
  for f in $outs; do [ -s "$work/$f" ] || { echo "render failed: $d/$f" >&2; exit 1; }; cp "$work/$f" "$d/$f"; done
  rm -rf "$work"
  echo "rendered $d: $(pdfinfo "$d/chromium.pdf" | awk '/^Pages/{print $2}') pages ($outs)"
done
