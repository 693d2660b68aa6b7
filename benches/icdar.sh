#!/usr/bin/env bash
# Scores `actionplan tables` on the full ICDAR 2013 table competition set:
# per-document relations, detection and time, then the pooled summary.
#
#   benches/icdar.sh [DIR]        # DIR defaults to $ICDAR_DIR, then
#                                 # ../shared/external/icdar2013
#   ICDAR_VERBOSE=1 benches/icdar.sh   # also each document's missed and
#                                      # spurious relations
#
# The harness is the ignored test `icdar2013_full` in tests/icdar.rs, built
# in release so the seconds reported mean something.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $# -ge 1 ]]; then
    ICDAR_DIR="$(cd "$1" && pwd)"
    export ICDAR_DIR
fi
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
cargo test --release --test icdar -- --ignored --nocapture --exact icdar2013_full | tee "$out"
echo
grep '^TOTAL' "$out"
