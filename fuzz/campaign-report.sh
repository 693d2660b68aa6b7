#!/usr/bin/env bash
# Sums a campaign's libFuzzer logs (fuzz/logs/<target>.log): executions,
# seconds, rate, sessions and findings per target, as a markdown table.
set -euo pipefail
cd "$(dirname "$0")"
echo "| target | executions | seconds | executions/s | sessions | findings |"
echo "|---|---:|---:|---:|---:|---|"
for log in logs/*.log; do
    t=$(basename "$log" .log)
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{s+=$2} END {print s+0}')
    secs=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | wc -l)
    time=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | awk '{s+=$5} END {print s+0}')
    # Sessions ended by a finding print no "Done" line: add their last "#N ... secs".
    found=$(grep -cE '^==[0-9]+== ERROR: libFuzzer|deadly signal|ERROR: libFuzzer: (timeout|out-of-memory)' "$log" || true)
    rate=$(awk -v r="$runs" -v t="$time" 'BEGIN { if (t > 0) printf "%.0f", r / t; else print "-" }')
    arts=$(ls "artifacts/$t" 2>/dev/null | tr '\n' ' ')
    echo "| \`$t\` | $runs | $time | $rate | $secs | ${found} ${arts:+($arts)} |"
done
