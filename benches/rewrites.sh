#!/usr/bin/env bash
# Rewrites every fixture word.pdf and browser.pdf the way print drivers,
# optimisers and archive steps do, into tests/data/rewrites/DOC/FORM-TOOL.pdf:
#
#   gs     Ghostscript pdfwrite (re-encodes fonts, re-emits every text run)
#   cairo  pdftocairo -pdf (poppler drawing through cairo: subset fonts, TJ runs)
#   qpdf   qpdf --object-streams=generate (objects packed into object streams)
#
#   benches/rewrites.sh [OUT_DIR]     # needs gs, pdftocairo and qpdf
#
# The rewritten files are committed (tests/pdf_rewrites.rs scores them), so
# the tests need none of these tools; run this again only to refresh them.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-tests/data/rewrites}
for t in gs pdftocairo qpdf; do
    command -v "$t" >/dev/null || { echo "rewrites.sh: needs $t" >&2; exit 2; }
done
for f in fixtures/*/word.pdf fixtures/*/browser.pdf; do
    doc=$(basename "$(dirname "$f")")
    form=$(basename "$f" .pdf)
    mkdir -p "$out/$doc"
    gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -o "$out/$doc/$form-gs.pdf" "$f"
    pdftocairo -pdf "$f" "$out/$doc/$form-cairo.pdf"
    qpdf --object-streams=generate "$f" "$out/$doc/$form-qpdf.pdf"
done
echo "rewrites.sh: $(find "$out" -name '*.pdf' | wc -l) files in $out ($(du -sh "$out" | cut -f1))"
