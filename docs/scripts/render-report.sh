#!/usr/bin/env bash
# Renders the HTML report of the Hà Giang example, in Vietnamese and in English, with headless Chromium: a screenshot
# at desktop width (1400 px), one at a phone's width (390 px), and a PDF laid out by the print style sheet (A4
# landscape). The screenshots are copied to docs/images, shrunk with pngquant and optipng when they are installed.
# Usage: docs/scripts/render-report.sh [FOLDER]   (the HTML, PNG and PDF files go to FOLDER, default a new temporary folder)
# Needs: the .NET SDK and Chromium (apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(realpath -m "${1:-$(mktemp -d)}")
mkdir -p "$out" docs/images
dotnet build src/De06Metrics.Cli -m:1 -v quiet -nologo
de06=src/De06Metrics.Cli/bin/Debug/net10.0/de06.dll
shot() { # URL WIDTH HEIGHT FILE
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$2,$3" --screenshot="$4" "$1" 2>/dev/null
}
for lang in vi en; do
  html=$out/report-$lang.html
  # The day the report is made is fixed, so the pictures do not change from one day to the next.
  dotnet "$de06" report --format html --lang "$lang" --generated 2024-04-05 --out "$html"
  shot "file://$html" 1400 1700 "$out/report-$lang-desktop.png"
  shot "file://$html" 390 1500 "$out/report-$lang-phone.png"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$out/report-$lang.pdf" "file://$html" 2>/dev/null
  for size in desktop phone; do
    png=docs/images/report-$lang-$size.png
    if command -v pngquant >/dev/null; then
      pngquant --force --quality 60-90 --output "$png" "$out/report-$lang-$size.png"
    else
      cp "$out/report-$lang-$size.png" "$png"
    fi
    if command -v optipng >/dev/null; then optipng -quiet -o2 "$png"; fi
  done
done
echo "HTML, PNG and PDF in $out; screenshots in docs/images"
