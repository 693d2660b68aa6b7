#!/usr/bin/env bash
# A fuzzing campaign: every reader target run towards RUNS executions
# (default 10^7, as issue 11 asks), from structure-aware seeds (the
# fixtures' slices from seed.py, the hostile shapes from hostile_seeds.py),
# at the lowest priority so it never starves a build. Not part of CI.
#
#   fuzz/campaign.sh                          # all four readers, 10^7 runs or 12 h each
#   RUNS=1000000 HOURS=1 TARGETS="read_html" fuzz/campaign.sh
#
# SANITIZER (default none) is passed to cargo fuzz: the readers are safe
# Rust, what is looked for is a panic outside the readers' guard, a hang
# (-timeout) or memory past -rss_limit_mb, and without AddressSanitizer
# each execution costs a half to a third as much.
#
# -handle_segv=0 leaves SIGSEGV to Rust's own handler, which tells a stack
# overflow apart and aborts; libFuzzer then saves the input on SIGABRT (its
# own SIGSEGV handler cannot run on an overflowed stack, and the process
# died without a trace).
#
# Each libFuzzer session logs to fuzz/logs/<target>.<n>.log (a session ends
# at its budget or at a finding, and the next goes on from the corpus until
# the target's budget is spent; campaigns add up); findings are saved under
# fuzz/artifacts/<target>/. fuzz/campaign-report.sh sums the figures.
set -euo pipefail
cd "$(dirname "$0")"
RUNS=${RUNS:-10000000}
HOURS=${HOURS:-12}
TARGETS=${TARGETS:-"read_pdf read_html read_text read_docx"}
SANITIZER=${SANITIZER:-none}
python3 seed.py >/dev/null
python3 hostile_seeds.py >/dev/null
mkdir -p logs
for t in $TARGETS; do
    nice -n 19 cargo +nightly fuzz build -O -s "$SANITIZER" "$t"
done
deadline=$(( $(date +%s) + HOURS * 3600 ))
# Executions a session log reports (its final stats, else its last status line).
executed() {
    awk '/^#[0-9]+/ { n = substr($1, 2) + 0 } /stat::number_of_executed_units:/ { n = $2 + 0 } END { print n + 0 }' "$1"
}
run_target() {
    local t=$1 done=0 left n log
    while :; do
        left=$(( deadline - $(date +%s) ))
        (( left > 60 && done < RUNS )) || break
        n=$(( $(find logs -name "$t.*.log" | wc -l) + 1 ))
        log="logs/$t.$n.log"
        nice -n 19 cargo +nightly fuzz run -O -s "$SANITIZER" "$t" "corpus/$t" -- \
            -runs=$(( RUNS - done )) -max_total_time="$left" \
            -rss_limit_mb=2048 -malloc_limit_mb=2048 -timeout=30 -max_len=262144 -handle_segv=0 \
            -print_final_stats=1 >"$log" 2>&1 || true
        n=$(executed "$log")
        (( n > 0 )) || break   # no progress: the build or the seeds are broken
        done=$(( done + n ))
    done
}
for t in $TARGETS; do
    run_target "$t" &
done
wait
./campaign-report.sh
