#!/usr/bin/env bash
# Times the whole pipeline on the fixture PDFs against poppler's
# `pdftotext -layout` on the same files: pages per second, peak memory, and
# how time grows with the number of documents (1x, 5x, 20x the set).
#
#   benches/bench.sh            # needs pdftotext and pdfinfo (poppler-utils)
#
# The CLI runs with -j 1 so the comparison with the single-threaded
# pdftotext is like for like; a second line gives the default (all cores),
# to set beside pdftotext run as one worker per core (xargs -P).
#   BENCH_SETS="20" benches/bench.sh    # only the 20x set
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pdftotext >/dev/null || { echo "bench.sh: needs pdftotext (apt-get install poppler-utils)" >&2; exit 2; }
cargo build --release --quiet
bin=target/release/actionplan
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pdfs=(fixtures/*/word.pdf fixtures/*/browser.pdf)
pages=0
for f in "${pdfs[@]}"; do pages=$((pages + $(pdfinfo "$f" | awk '/^Pages:/ {print $2}'))); done

# The set repeated N times, as distinct files.
make_set() {
    local n=$1 dir="$work/x$1"
    mkdir -p "$dir"
    for i in $(seq 1 "$n"); do
        for f in "${pdfs[@]}"; do cp "$f" "$dir/$i-$(basename "$(dirname "$f")")-$(basename "$f")"; done
    done
    echo "$dir"
}

# Seconds and peak KiB of a command, from GNU time.
measure() {
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    cat "$work/time"
}

printf "%-28s %5s %6s %9s %9s %10s\n" "run" "docs" "pages" "seconds" "pages/s" "peak MiB"
for n in ${BENCH_SETS:-1 5 20}; do
    dir=$(make_set "$n")
    docs=$(( ${#pdfs[@]} * n ))
    p=$(( pages * n ))
    read -r s kb < <(measure "$bin" extract -j 1 -o "$work/out.jsonl" "$dir")
    printf "%-28s %5d %6d %9.2f %9.1f %10.1f\n" "actionplan extract -j1" "$docs" "$p" "$s" "$(echo "$p / $s" | bc -l)" "$(echo "$kb / 1024" | bc -l)"
    read -r s kb < <(measure "$bin" extract -o "$work/out.jsonl" "$dir")
    printf "%-28s %5d %6d %9.2f %9.1f %10.1f\n" "actionplan extract (all)" "$docs" "$p" "$s" "$(echo "$p / $s" | bc -l)" "$(echo "$kb / 1024" | bc -l)"
    read -r s kb < <(measure bash -c "for f in \"$dir\"/*.pdf; do pdftotext -layout \"\$f\" - ; done")
    printf "%-28s %5d %6d %9.2f %9.1f %10.1f\n" "pdftotext -layout" "$docs" "$p" "$s" "$(echo "$p / $s" | bc -l)" "$(echo "$kb / 1024" | bc -l)"
    read -r s kb < <(measure bash -c "ls \"$dir\"/*.pdf | xargs -P \"$(nproc)\" -I{} pdftotext -layout {} /dev/null")
    printf "%-28s %5d %6d %9.2f %9.1f %10.1f\n" "pdftotext -layout ($(nproc) workers)" "$docs" "$p" "$s" "$(echo "$p / $s" | bc -l)" "$(echo "$kb / 1024" | bc -l)"
done
