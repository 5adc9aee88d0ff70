#!/bin/sh
# The Twilio contract test: runs TEST_BINARY against a Prism mock server generated from Twilio's official
# OpenAPI description, so every request the real client sends is checked against what Twilio documents.
#   sh run-contract.sh TEST_BINARY PRISM_DIR PACKAGE_DIR [test function...]
# TEST_BINARY: tst_twiliocontract; PRISM_DIR: where Prism is installed (in the build tree, reused across
# runs); PACKAGE_DIR: the folder holding the pinned package.json and package-lock.json.
# Needs LEADRAILS_SHARED_DIR (../shared beside the checkout). Exits 77 (skipped) only when the description
# file is absent; a failed install is a failure, so CI never passes without having run the contract.
set -eu

test_binary=$1
prism_dir=$2
package_dir=$3
shift 3

spec="${LEADRAILS_SHARED_DIR:-}/twilio/twilio_api_v2010.json"
if [ ! -f "$spec" ]; then
    echo "SKIPPED: Twilio's API description not found at '$spec' (expected in ../shared/twilio/ beside the checkout)."
    exit 77
fi

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

command -v node >/dev/null 2>&1 || fail "Node.js is not installed; the contract test needs it for the Prism mock server."
command -v npm >/dev/null 2>&1 || fail "npm is not installed; the contract test needs it to install the Prism mock server."

# Install Prism once per build tree, again only when the pinned versions change. The lock serialises two
# test runs sharing one build tree.
prism="$prism_dir/node_modules/.bin/prism"
mkdir -p "$prism_dir"
(
    flock -w 600 9 || fail "timed out waiting for another Prism install in $prism_dir"
    if [ -x "$prism" ] && cmp -s "$package_dir/package-lock.json" "$prism_dir/package-lock.json"; then
        exit 0
    fi
    echo "Installing the Prism mock server into $prism_dir (once per build tree)..."
    cp "$package_dir/package.json" "$package_dir/package-lock.json" "$prism_dir/"
    if ! (cd "$prism_dir" && timeout 300 npm ci --prefer-offline --no-audit --no-fund --loglevel=error \
        >npm-install.log 2>&1); then
        cat "$prism_dir/npm-install.log" >&2
        rm -f "$prism_dir/package-lock.json" # a half-done install is never taken for a finished one
        fail "could not install @stoplight/prism-cli with npm (is the npm registry reachable?). See the log above."
    fi
) 9>"$prism_dir/.install-lock"
[ -x "$prism" ] || fail "the Prism install in $prism_dir has no $prism"

# Port 0: Prism takes a free port itself and says which, so two runs never race for one.
log=$(mktemp /tmp/leadrails-prism.XXXXXX)
"$prism" mock "$spec" --host 127.0.0.1 --port 0 >"$log" 2>&1 &
prism_pid=$!
cleanup() {
    kill "$prism_pid" 2>/dev/null || true
    wait "$prism_pid" 2>/dev/null || true
    rm -f "$log"
}
trap cleanup EXIT
trap 'exit 143' INT TERM

base=""
for _ in $(seq 1 300); do # 30 s; it usually answers after 3-4 s
    base=$(sed -n 's/.*Prism is listening on \(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$log")
    [ -n "$base" ] && break
    kill -0 "$prism_pid" 2>/dev/null || break
    sleep 0.1
done
if [ -z "$base" ]; then
    tail -n 30 "$log" >&2
    fail "the Prism mock server did not start within 30 s (log above)."
fi
echo "Prism mock of $(basename "$spec") at $base"

rc=0
LEADRAILS_TWILIO_API_BASE=$base LEADRAILS_TWILIO_MESSAGING_BASE=$base timeout 120 "$test_binary" "$@" || rc=$?
if [ "$rc" -ne 0 ]; then
    # What Prism said about the requests; its complaints about its own example responses are left out.
    echo "--- What Prism logged as wrong (last 40 lines) ---"
    grep -E 'error|warning' "$log" | grep -v -e 'Violation: response' -e '\[CLI\]' | tail -n 40 || true
fi
exit "$rc"
