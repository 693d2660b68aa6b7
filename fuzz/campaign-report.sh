#!/usr/bin/env bash
# Sums a campaign's libFuzzer logs (fuzz/logs/<target>.<n>.log, one per
# session): executions, seconds and rate, and the findings saved under
# fuzz/artifacts/<target>/, as a markdown table. A session still running
# counts up to its last status line.
set -euo pipefail
cd "$(dirname "$0")"
echo "| target | executions | seconds | executions/s | sessions | crashes, hangs, OOMs | slow units saved |"
echo "|---|---:|---:|---:|---:|---|---:|"
for t in $(ls logs/*.log | sed 's#logs/##; s#\.[0-9]*\.log$##' | sort -u); do
    # Each session's last "#N ... exec/s: R" line; its seconds are N / R.
    read -r runs secs sessions < <(cat logs/"$t".*.log | awk '
        /^INFO: Seed:/ { if (n) { runs += n; secs += (r > 0 ? n / r : 0) } n = 0; r = 0; sessions++ }
        /^#[0-9]+/ { n = substr($1, 2) + 0; for (i = 1; i <= NF; i++) if ($i == "exec/s:") r = $(i + 1) + 0 }
        END { if (n) { runs += n; secs += (r > 0 ? n / r : 0) } printf "%d %d %d\n", runs, secs, sessions }')
    rate=$(awk -v r="$runs" -v s="$secs" 'BEGIN { if (s > 0) printf "%.0f", r / s; else print "-" }')
    found=$(find "artifacts/$t" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) 2>/dev/null | wc -l)
    slow=$(find "artifacts/$t" -maxdepth 1 -name 'slow-unit-*' 2>/dev/null | wc -l)
    echo "| \`$t\` | $runs | $secs | $rate | $sessions | $found | $slow |"
done
