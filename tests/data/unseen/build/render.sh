#!/usr/bin/env bash
# word.docx and word.pdf from source.html, the same way as /work/shared/corpus/render.sh
set -euo pipefail
profile=${LO_PROFILE:-/tmp/lo-profile-unseen}
for d in "$@"; do
  d=${d%/}; [ -f "$d/source.html" ] || continue; work=$(mktemp -d)
  sed -e 's/<table\([ >]\)/<table width="100%" border="1" cellpadding="4"\1/g' "$d/source.html" > "$work/lo.html"
  soffice -env:UserInstallation=file://$profile --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/lo.html" >/dev/null 2>&1
  mv "$work/lo.docx" "$work/word.docx"
  soffice -env:UserInstallation=file://$profile --headless --convert-to pdf --outdir "$work" "$work/word.docx" >/dev/null 2>&1
  for f in word.docx word.pdf; do [ -s "$work/$f" ] || { echo "render failed: $d/$f" >&2; exit 1; }; cp "$work/$f" "$d/$f"; done
  rm -rf "$work"
  echo "rendered $d: $(pdfinfo "$d/word.pdf" | awk '/^Pages/{print $2}') pages"
done
