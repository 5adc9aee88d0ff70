#!/usr/bin/env bash
# Renders resources/icons/io.leadrails.Desktop.svg to the hicolor PNG sizes that are committed next to it.
# Run after changing the SVG. Uses rsvg-convert (librsvg2-bin), or ImageMagick's convert without it.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
svg=io.leadrails.Desktop.svg
for size in 16 32 48 64 128 256; do
  out="hicolor/${size}x${size}/apps/io.leadrails.Desktop.png"
  mkdir -p "$(dirname "$out")"
  if command -v rsvg-convert >/dev/null 2>&1; then
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$out"
  else
    convert -background none -density 384 "$svg" -resize "${size}x${size}" "$out"
  fi
  echo "$out"
done
# Windows wants one .ico holding the sizes (packaging/windows).
convert hicolor/{16x16,32x32,48x48,64x64,128x128,256x256}/apps/io.leadrails.Desktop.png ../../packaging/windows/leadrails.ico
echo packaging/windows/leadrails.ico
