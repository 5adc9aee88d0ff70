#!/bin/sh
# Runs CMD inside the current (private) D-Bus session with a throwaway, unlocked gnome-keyring.
# Call as: dbus-run-session -- sh with-keyring.sh CMD...
set -eu
KHOME=$(mktemp -d /tmp/leadrails-keyring.XXXXXX)
export HOME="$KHOME" XDG_DATA_HOME="$KHOME/.local/share" XDG_CACHE_HOME="$KHOME/.cache"
mkdir -p "$XDG_DATA_HOME/keyrings"
eval "$(printf '%s' leadrails-test-keyring | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
rc=0
"$@" || rc=$?
rm -rf "$KHOME"
exit $rc
