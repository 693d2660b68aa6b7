#!/usr/bin/env bash
# The text layer measured against poppler: word precision, recall and F1 of
# the words this reader sees (text and box) against `pdftotext -bbox-layout`,
# per document and pooled, over the ICDAR 2013 set, the corpus PDFs and
# their Ghostscript, cairo and qpdf rewrites (tests/data/rewrites, made by
# benches/rewrites.sh). See examples/textlayer.rs for the matching rule.
#
#   benches/textlayer.sh [ICDAR_DIR]     # needs pdftotext (poppler-utils)
#   TEXTLAYER_QUIET=1 benches/textlayer.sh   # only documents below 0.80, and totals
#   TEXTLAYER_VERBOSE=1 ...                  # plus every unmatched word
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pdftotext >/dev/null || { echo "textlayer.sh: needs pdftotext (apt-get install poppler-utils)" >&2; exit 2; }
icdar=${1:-../shared/external/icdar2013}
[ -d "$icdar" ] || icdar=tests/data/icdar2013
cargo build --release --quiet --example textlayer
run=target/release/examples/textlayer
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$run" --label icdar2013 "$icdar"/*.pdf | tee -a "$out"
"$run" --label corpus fixtures/*/word.pdf fixtures/*/browser.pdf | tee -a "$out"
"$run" --label fonts tests/data/fonts/*.pdf | tee -a "$out"   # made by benches/font_fixtures.py
for tool in gs cairo qpdf; do
    "$run" --label "corpus-$tool" tests/data/rewrites/*/*-"$tool".pdf | tee -a "$out"
done
"$run" --label "corpus+rewrites" fixtures/*/word.pdf fixtures/*/browser.pdf tests/data/rewrites/*/*.pdf | grep '^POOLED' >>"$out"
echo
grep '^POOLED' "$out"
