#!/bin/sh
# Fails when a C++ file of the project is not formatted as .clang-format says (fix: clang-format -i FILE).
set -eu
cd "$1"
command -v clang-format >/dev/null 2>&1 || { echo "clang-format not installed: skipped"; exit 0; }
files=$(find src tests benchmarks fuzz -name '*.cpp' -o -name '*.h' 2>/dev/null)
bad=""
for f in $files; do
  clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || bad="$bad $f"
done
if [ -n "$bad" ]; then
  echo "Not formatted (run clang-format -i on them):"; for f in $bad; do echo "  $f"; done
  exit 1
fi
echo "$(echo $files | wc -w) files formatted"
