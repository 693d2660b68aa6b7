#!/usr/bin/env bash
# What reading each document in a worker process costs (issue 11): the
# same fixture documents extracted with -j 1 in process (--in-process) and
# isolated (the default: one worker process per document), per input form,
# best of three runs each; then each fixture's peak memory read alone in
# process, which the default --max-memory must comfortably exceed.
#
#   benches/isolation.sh [REPEAT]     # each form's files repeated REPEAT times (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
repeat=${1:-10}
cargo build --release --quiet
bin=target/release/actionplan
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Seconds of the best of three runs of a command.
best_of_3() {
    local best=""
    for _ in 1 2 3; do
        /usr/bin/time -f "%e" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
        local s; s=$(cat "$work/time")
        if [ -z "$best" ] || [ "$(echo "$s < $best" | bc -l)" = 1 ]; then best=$s; fi
    done
    echo "$best"
}

printf "%-16s %5s %12s %12s %14s %9s\n" "form" "docs" "in process s" "isolated s" "ms/doc extra" "overhead"
for form in seed.txt source.html word.docx word.odt word.pdf browser.pdf; do
    dir="$work/$form"
    mkdir -p "$dir"
    for i in $(seq 1 "$repeat"); do
        for f in fixtures/*/"$form"; do cp "$f" "$dir/$i-$(basename "$(dirname "$f")")-$form"; done
    done
    docs=$(find "$dir" -type f | wc -l)
    a=$(best_of_3 "$bin" extract -j 1 --in-process -o "$work/a.jsonl" "$dir")
    b=$(best_of_3 "$bin" extract -j 1 -o "$work/b.jsonl" "$dir")
    cmp -s "$work/a.jsonl" "$work/b.jsonl" || { echo "isolation.sh: $form: records differ" >&2; exit 1; }
    printf "%-16s %5d %12.2f %12.2f %14.1f %8.0f%%\n" "$form" "$docs" "$a" "$b" \
        "$(echo "($b - $a) * 1000 / $docs" | bc -l)" "$(echo "($b - $a) * 100 / $a" | bc -l)"
done

echo
echo "peak memory of one fixture read in process (MiB), largest first:"
for f in fixtures/*/*.{txt,html,docx,odt,pdf}; do
    /usr/bin/time -f "%M" -o "$work/mem" "$bin" extract --in-process "$f" >/dev/null 2>&1 || true
    echo "$(( $(cat "$work/mem") / 1024 )) $f"
done | sort -rn | head -5
