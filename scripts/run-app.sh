#!/usr/bin/env bash
# Installs the dependencies, builds LeadRails Desktop and starts it. Extra arguments go to the app
# (e.g. --data-dir DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh dev
exec build/dev/src/app/leadrails "$@"
