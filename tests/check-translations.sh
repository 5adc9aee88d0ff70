#!/bin/sh
# Fails when a user-visible string in the sources is missing from, or unfinished in, a shipped translation.
# Usage: check-translations.sh SOURCE_DIR LUPDATE
set -eu
src=$1; lupdate=$2
work=$(mktemp -d /tmp/leadrails-ts.XXXXXX)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/*.ts; do
  cp "$ts" "$work/check.ts"
  # The source language's file only carries plural forms.
  case "$ts" in *_en.ts) only=-pluralonly ;; *) only= ;; esac
  "$lupdate" -silent $only -no-obsolete -locations none "$src/src" "$src/ui" -ts "$work/check.ts" >/dev/null
  unfinished=$(grep -c 'type="unfinished"' "$work/check.ts" || true)
  if [ "$unfinished" -gt 0 ]; then
    echo "$(basename "$ts"): $unfinished string(s) not translated:"
    grep -B3 'type="unfinished"' "$work/check.ts" | sed -n 's/.*<source>\(.*\)<\/source>.*/  \1/p' | head -40
    status=1
  else
    echo "$(basename "$ts"): complete"
  fi
done
exit $status
