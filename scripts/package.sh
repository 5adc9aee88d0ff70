#!/usr/bin/env bash
# Builds the Debian packages (leadrails-common, -desktop, -cli, -fake-twilio) from an optimised
# build in build/release, into build/release/packages/. Install them with
#   sudo apt install ./build/release/packages/*.deb
# Usage: scripts/package.sh [--check]
#   --check  then prove them without installing anything on this machine: their dependencies, unpacked
#            into a scratch root (dpkg -x) the programs run against the system's libraries, and apt
#            could install them here (a simulation).
set -euo pipefail
cd "$(dirname "$0")/.."
check=false
case "${1:-}" in
  --check) check=true ;;
  "") ;;
  *) echo "usage: scripts/package.sh [--check]" >&2; exit 2 ;;
esac
start=$SECONDS

scripts/bootstrap.sh --deps-only
cmake --preset release >/dev/null
# Only what the packages hold: the release preset's tests and benchmarks are not needed here.
cmake --build --preset release --target leadrails leadrails-cli leadrails-fake-twilio leadrails-cli-man \
  leadrails_network leadrails_phone leadrails_geocoder leadrails_charts
out=build/release/packages
rm -rf "$out"
(cd build/release && cpack -G DEB) | grep -E '^CPack: - package:' || { echo "package: cpack failed" >&2; exit 1; }
echo "package: built in $((SECONDS - start)) s"
$check || exit 0

# ---- --check ---------------------------------------------------------------------------------------------
fail() { echo "package check FAILED: $*" >&2; exit 1; }
root=$(mktemp -d /tmp/leadrails-deb-root.XXXXXX)
trap 'rm -rf "$root"' EXIT
debs=("$out"/*.deb)
[ ${#debs[@]} -eq 4 ] || fail "expected 4 packages in $out, found ${#debs[@]}"

field() { dpkg-deb --field "$out/$1"_*.deb "$2"; }
for pkg in leadrails-desktop leadrails-cli; do
  depends=$(field $pkg Depends)
  echo "$pkg Depends: $depends"
  for need in libqt6sql6-sqlite libqt6core6 libqt6keychain1; do
    [[ ",$depends" == *", $need"* || "$depends" == "$need"* ]] || fail "$pkg does not depend on $need"
  done
  [[ "$(field $pkg Recommends)" == *gnome-keyring* ]] || fail "$pkg does not recommend gnome-keyring"
done
[[ "$(field leadrails-desktop Depends)" == *libqt6widgets6* ]] || fail "leadrails-desktop lacks libqt6widgets6"
for pkg in leadrails-desktop leadrails-cli; do
  [[ "$(field $pkg Depends)" == *"leadrails-common (= "* ]] || fail "$pkg does not depend on leadrails-common"
done
# Qt Network and libphonenumber are loaded from the modules in leadrails-common, which brings them.
common=$(field leadrails-common Depends)
echo "leadrails-common Depends: $common"
for need in libqt6network6 libphonenumber8; do
  [[ ",$common" == *", $need"* || "$common" == "$need"* ]] || fail "leadrails-common does not depend on $need"
done
echo "leadrails-fake-twilio Depends: $(field leadrails-fake-twilio Depends)"

for deb in "${debs[@]}"; do dpkg -x "$deb" "$root"; done
for f in usr/bin/leadrails usr/bin/leadrails-cli usr/bin/leadrails-fake-twilio \
         usr/share/applications/io.leadrails.Desktop.desktop usr/share/metainfo/io.leadrails.Desktop.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.leadrails.Desktop.svg \
         usr/share/icons/hicolor/48x48/apps/io.leadrails.Desktop.png usr/share/man/man1/leadrails-cli.1.gz; do
  [ -e "$root/$f" ] || fail "/$f is not in the packages"
done
for exe in leadrails leadrails-cli leadrails-fake-twilio; do
  ! readelf -d "$root/usr/bin/$exe" | grep -qE 'RPATH|RUNPATH' || fail "$exe carries an RPATH"
  ! ldd "$root/usr/bin/$exe" | grep -q 'not found' || fail "$exe: $(ldd "$root/usr/bin/$exe" | grep 'not found')"
done

# The programs from the scratch root, with the system's Qt and a throwaway profile.
profile="$root/profile"
"$root/usr/bin/leadrails" --version | grep -q '^leadrails [0-9]' || fail "leadrails --version"
"$root/usr/bin/leadrails-cli" --help | grep -q 'send-test' || fail "leadrails-cli --help"
"$root/usr/bin/leadrails-fake-twilio" --version >/dev/null || fail "leadrails-fake-twilio --version"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/leadrails" --smoke-test --data-dir "$profile" >"$root/smoke.log" 2>&1 ||
  { cat "$root/smoke.log" >&2; fail "leadrails --smoke-test"; }
grep -q 'main window shown' "$root/smoke.log" || { cat "$root/smoke.log" >&2; fail "leadrails --smoke-test"; }
for module in leadrails_network leadrails_phone leadrails_geocoder leadrails_charts; do
  path=$(find "$root/usr/lib" -path "*/leadrails/$module.so")
  [ -n "$path" ] || fail "the module $module is not in the packages"
  ! ldd "$path" | grep -q 'not found' || fail "$module: $(ldd "$path" | grep 'not found')"
done
# The Jobs chart's module (Qt Charts) comes with the app, not with what the CLI needs.
# (Read whole first: grep -q would stop reading, and under pipefail dpkg-deb's broken pipe fails the test.)
desktop_files=$(dpkg-deb --contents "$out"/leadrails-desktop_*.deb)
grep -q '/leadrails/leadrails_charts\.so$' <<<"$desktop_files" || fail "leadrails-desktop does not hold the charts module"
# The phone modules are found beside the unpacked programs (not only in this build tree): the number is
# checked and its place named. The build tree's copies are moved aside meanwhile.
modules=(build/release/src/core/leadrails_phone.so build/release/src/core/leadrails_geocoder.so)
for m in "${modules[@]}"; do mv "$m" "$m.aside"; done
placed=$("$root/usr/bin/leadrails-cli" --data-dir "$profile" preview \
  --lead-json '{"phone":"+14155552671"}' --body 'Hi. Reply STOP to opt out.' 2>&1 || true)
for m in "${modules[@]}"; do mv "$m.aside" "$m"; done
[[ "$placed" == *"San Francisco"* ]] || { echo "$placed" >&2; fail "leadrails-cli did not load the phone modules"; }
# A broken installation (the phone module deleted) says so and what to do, rather than blaming the input.
phone_module=$(find "$root/usr/lib" -path '*/leadrails/leadrails_phone.so')
mv "$phone_module" "$phone_module.gone"
for m in "${modules[@]}"; do mv "$m" "$m.aside"; done
broken=$("$root/usr/bin/leadrails-cli" --data-dir "$profile" preview \
  --lead-json '{"phone":"+14155552671"}' --body 'Hi. Reply STOP to opt out.' 2>&1 || true)
for m in "${modules[@]}"; do mv "$m.aside" "$m"; done
mv "$phone_module.gone" "$phone_module"
[[ "$broken" == *"not installed completely"*"Reinstall LeadRails"* ]] ||
  { echo "$broken" >&2; fail "leadrails-cli without its phone module does not say to reinstall"; }
gzip -dc "$root/usr/share/man/man1/leadrails-cli.1.gz" | grep -qF '.SS "leadrails-cli send-test"' ||
  fail "the manual page has no section for send-test"

# Would apt install them here? (--simulate changes nothing; it resolves every Depends against this system.)
apt-get install --simulate -q "$(realpath "$out")"/*.deb >"$root/apt.log" 2>&1 ||
  { cat "$root/apt.log" >&2; fail "apt-get cannot install the packages"; }
echo "package check: 4 packages, dependencies, files, --version/--help/--smoke-test from a scratch root," \
     "apt simulation: all passed in $((SECONDS - start)) s"
