#!/usr/bin/env bash
# Runs every fuzz target for N seconds (default 60) on stable Rust without sanitizers.
# Usage: fuzz/run.sh [seconds] [target...]
# Needs cargo-fuzz (`cargo install cargo-fuzz`). Seed corpora are built from testdata/ and,
# when present, ../shared/data.
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(geojson_import shapefile_import gpkg_import csv_import xlsx_import json_table_import pb_import)
fi
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/../target-fuzz}"
data=../../shared/data
seed() { # seed <target> <files...>
  local dir="corpus/$1"; shift
  mkdir -p "$dir"
  for f in "$@"; do [ -f "$f" ] && cp -n "$f" "$dir/" 2>/dev/null || true; done
}
seed geojson_import ../testdata/geodata/*.geojson
seed csv_import ../testdata/tabular/*.csv "$data"/leipzig-gentri14/*.csv "$data"/berlin-gssa-2022/gssa_2022_bezirke.csv
seed pb_import ../crates/rules/tests/reference/fund/real/*.pb ../crates/rules/tests/reference/fund/generated/gen_00*.pb
seed json_table_import "$data"/leipzig-ortsteile/kdvalues/leipzig-jugendquote.json
seed xlsx_import ../testdata/tabular/*.ods "$data"/germany-kreise/04-kreise.xlsx
# Shapefile seeds: 2-byte little-endian .shp length, then .shp bytes, then .dbf bytes.
mkdir -p corpus/shapefile_import
for base in "$data"/pysal-examples/columbus/columbus "$data"/pysal-examples/sids2/sids2; do
  if [ -f "$base.shp" ] && [ "$(stat -c %s "$base.shp")" -lt 65536 ]; then
    python3 - "$base" corpus/shapefile_import <<'PY' || true
import struct, sys, os
base, out = sys.argv[1], sys.argv[2]
shp = open(base + ".shp", "rb").read(); dbf = open(base + ".dbf", "rb").read()
open(os.path.join(out, os.path.basename(base)), "wb").write(struct.pack("<H", len(shp)) + shp + dbf)
PY
  fi
done
mkdir -p corpus/gpkg_import
status=0
mkdir -p logs
for t in "${targets[@]}"; do
  echo "=== $t (${secs}s)"
  if cargo fuzz run "$t" --sanitizer none "corpus/$t" -- -max_total_time="$secs" -rss_limit_mb=2048 -max_len=1048576 >"logs/$t.log" 2>&1; then
    grep -E "^Done [0-9]+ runs" "logs/$t.log" || tail -n 2 "logs/$t.log"
  else
    status=1
    echo "FAILED: see fuzz/logs/$t.log and fuzz/artifacts/$t/"
    grep -m1 -E "panicked at|ERROR: libFuzzer" "logs/$t.log" || tail -n 5 "logs/$t.log"
  fi
done
exit $status
