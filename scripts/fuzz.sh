#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (default 60) on its
# corpus. Any crash, hang or sanitizer report fails. Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzz_template fuzz_phone fuzz_preview
work=$(mktemp -d /tmp/leadrails-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
for target in template phone preview; do
  corpus="$work/$target"
  mkdir -p "$corpus"
  cp fuzz/corpus/"$target"/* "$corpus"/ 2>/dev/null || cp fuzz/corpus/template/* "$corpus"/
  echo "fuzz_$target: ${seconds}s"
  # The fuzzer's own exit status decides (a crash, a hang, a leak or a sanitizer report is not 0).
  status=0
  build/fuzz/fuzz/fuzz_$target -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 "$corpus" >"$work/$target.log" 2>&1 || status=$?
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|==|SUMMARY|Done)" "$work/$target.log" || true
  [ "$status" -eq 0 ] || { tail -40 "$work/$target.log"; echo "fuzz_$target FAILED (exit $status)"; exit 1; }
done
