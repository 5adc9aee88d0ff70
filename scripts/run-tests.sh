#!/usr/bin/env bash
# Installs the dependencies, builds LeadRails Desktop and runs the whole test suite through ctest:
# unit tests, GUI tests (offscreen), keychain tests against a real gnome-keyring in a private D-Bus session,
# the Twilio contract test and a headless launch of the real app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh dev
ctest --preset dev --output-on-failure --timeout 300 "$@"
