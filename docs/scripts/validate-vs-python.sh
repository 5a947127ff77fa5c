#!/usr/bin/env bash
# Times `de06 validate FILE` (the tool as installed: Release, compiled ahead of time) beside Python's json.load of the same file, each under /usr/bin/time -v
# for its wall-clock time and peak resident memory. The file is generated once: units P and communes P.X…, ten count
# indicators, monthly observations labelled "Tháng m/yyyy", one item a line (about 83 bytes), as in the measurements
# of "Memory of de06 validate on large JSON files" in docs/benchmarks.md.
# Usage: docs/scripts/validate-vs-python.sh [OBSERVATIONS] [FOLDER]   (default 1000000 observations, a new temporary folder)
# Needs: the .NET SDK, python3 and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-1000000}
out=$(realpath -m "${2:-$(mktemp -d)}")
mkdir -p "$out"
file="$out/validate-$count.json"

if [[ ! -f "$file" ]]; then
  python3 - "$count" "$file" <<'PY'
import sys
count, path = int(sys.argv[1]), sys.argv[2]
indicators, months = 10, 100
communes = max(1, -(-count // (indicators * months)))
with open(path, "w", encoding="utf-8") as f:
    f.write('{\n"version": 1,\n"units": [\n{"id": "P", "name": {"vi": "Tỉnh"}, "kind": "province"}')
    for c in range(1, communes + 1):
        f.write(f',\n{{"id": "P.X{c:05d}", "name": {{"vi": "Xã số {c}"}}, "kind": "commune", "parent": "P"}}')
    f.write('\n],\n"indicators": [\n')
    f.write(",\n".join(
        f'{{"code": "C{i:02d}", "name": {{"vi": "Chỉ tiêu {i}"}}, "measure": {{"kind": "count"}}, "polarity": "higherIsBetter", "decimals": 0}}'
        for i in range(1, indicators + 1)))
    f.write('\n],\n"targets": [],\n"observations": [\n')
    labels = [f"Tháng {1 + m % 12}/{2016 + m // 12}" for m in range(months)]
    n = 0
    for c in range(1, communes + 1):
        lines = []
        for i in range(1, indicators + 1):
            for label in labels:
                if n + len(lines) < count:
                    lines.append(f'{{"indicator": "C{i:02d}", "unit": "P.X{c:05d}", "period": "{label}", "value": {(n + len(lines)) % 1000}}}')
        if lines:
            f.write((",\n" if n else "") + ",\n".join(lines))
            n += len(lines)
    f.write("\n]\n}\n")
PY
fi

# The tool as `dotnet tool install` puts it on this machine: its platform's package is this publish (ReadyToRun, see
# src/De06Metrics.Cli/De06Metrics.Cli.csproj), and the installed `de06` command is its executable.
tool="$out/de06-tool"
dotnet publish src/De06Metrics.Cli -c Release --use-current-runtime -p:PackToolForPlatforms=true -o "$tool" -v quiet -nologo >/dev/null
de06="$tool/de06"

measure() {
  local name=$1
  shift
  local log
  log=$(mktemp)
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || true
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')
  printf '%-8s %10s s  %8.1f MB peak  (load %s)\n' "$name" "$wall" "$(echo "$rss / 1000" | bc -l)" "$(cut -d' ' -f1 /proc/loadavg)"
  rm -f "$log"
}

size=$(stat -c %s "$file")
printf 'file: %s, %.1f MB, %s observations\n' "$file" "$(echo "$size / 1000000" | bc -l)" "$count"
for run in 1 2 3; do
  measure python3 python3 -c "import json,sys; json.load(open(sys.argv[1], encoding='utf-8'))" "$file"
  measure de06 "$de06" validate "$file"
done
