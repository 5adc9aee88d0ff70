#!/usr/bin/env bash
# Installs what LeadRails Desktop needs on Debian 12 (as root, or through sudo), then configures and builds.
# Usage: scripts/bootstrap.sh [PRESET]   (default: dev; --deps-only: install, do not build)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}

packages=(
  build-essential cmake ninja-build pkg-config dpkg-dev file git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-charts-dev
  qtkeychain-qt6-dev libsecret-1-0 libsecret-tools gnome-keyring dbus
  libphonenumber-dev libkainjow-mustache-dev libbenchmark-dev
  libgl-dev libxkbcommon-dev libqt6opengl6-dev libfontconfig-dev fonts-dejavu-core
  clang-format xvfb xauth imagemagick postgresql postgresql-client procps
  desktop-file-utils appstream clang libclang-rt-14-dev help2man librsvg2-bin
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm (for the Twilio contract test's mock server) come with these machines; Debian's own
# packages are only a fallback, since they conflict with a separately installed Node.js.
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${#missing[@]} Debian package(s): ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

[ "$preset" = "--deps-only" ] && exit 0

extra=()
[ "${CI:-}" = "true" ] && extra+=(-DLEADRAILS_WERROR=ON)
cmake --preset "$preset" "${extra[@]}" >/dev/null
cmake --build --preset "$preset"
