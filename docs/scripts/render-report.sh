#!/usr/bin/env bash
# Renders the HTML report of the Hà Giang example, in Vietnamese and in English, with headless Chromium: a screenshot
# at desktop width (1400 px), one at a phone's width (390 px), and a PDF laid out by the print style sheet (A4
# landscape), whose first page is also drawn as a picture (with pdftoppm). The pictures are copied to docs/images,
# shrunk with pngquant and optipng when they are installed.
# Usage: docs/scripts/render-report.sh [FOLDER]   (the HTML, PNG and PDF files go to FOLDER, default a new temporary folder)
# Needs: the .NET SDK, Chromium and pdftoppm (apt-get install chromium poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(realpath -m "${1:-$(mktemp -d)}")
mkdir -p "$out" docs/images
dotnet build src/De06Metrics.Cli -m:1 -v quiet -nologo
de06=src/De06Metrics.Cli/bin/Debug/net10.0/de06.dll
# Headless, with a new empty profile each time and no connection of Chromium's own (updates, sync, Google's hosts).
browser() {
  local profile
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" "$@" 2>/dev/null
  rm -rf "$profile"
}
shot() { # URL WIDTH HEIGHT FILE
  browser --hide-scrollbars --window-size="$2,$3" --screenshot="$4" "$1"
}
shrink() { # FROM TO
  if command -v pngquant >/dev/null; then
    pngquant --force --quality 60-90 --output "$2" "$1"
  else
    cp "$1" "$2"
  fi
  if command -v optipng >/dev/null; then optipng -quiet -o2 "$2"; fi
}
for lang in vi en; do
  html=$out/report-$lang.html
  # The day the report is made is fixed, so the pictures do not change from one day to the next.
  dotnet "$de06" report --format html --lang "$lang" --generated 2024-04-05 --out "$html"
  shot "file://$html" 1400 1700 "$out/report-$lang-desktop.png"
  shot "file://$html" 390 1500 "$out/report-$lang-phone.png"
  browser --no-pdf-header-footer --print-to-pdf="$out/report-$lang.pdf" "file://$html"
  # Every printed page as a picture, to look at; the first Vietnamese one goes to the documentation.
  pdftoppm -png -r 60 "$out/report-$lang.pdf" "$out/report-$lang-page"
  for size in desktop phone; do
    shrink "$out/report-$lang-$size.png" "docs/images/report-$lang-$size.png"
  done
done
pdftoppm -png -r 90 -f 1 -l 1 -singlefile "$out/report-vi.pdf" "$out/report-vi-print"
shrink "$out/report-vi-print.png" docs/images/report-vi-print.png
echo "HTML, PNG and PDF in $out; screenshots in docs/images"
