#!/usr/bin/env bash
# Installs the dependencies, builds LeadRails Desktop and runs the whole test suite through ctest:
# unit tests, GUI tests (offscreen), keychain tests against a real gnome-keyring in a private D-Bus session,
# the Twilio contract test and a headless launch of the real app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh dev
# A short, bounded fuzzing run of the parsers (clang + libFuzzer) before the suite; 0 skips it.
fuzz_seconds=${LEADRAILS_FUZZ_SECONDS:-15}
[ "$fuzz_seconds" -gt 0 ] && scripts/fuzz.sh "$fuzz_seconds"
# In CI, the Debian packages too: an optimised build of the three programs (about 80 s on 2 cores), the
# packages, and proof that they install and run (scripts/package.sh --check). LEADRAILS_PACKAGE_CHECK=true
# runs it elsewhere, =false skips it.
[ "${LEADRAILS_PACKAGE_CHECK:-${CI:-false}}" = "true" ] && scripts/package.sh --check
ctest --preset dev --output-on-failure --timeout 300 "$@"
