#!/usr/bin/env bash
# Times the dataset upload path and the map page on real data (Berlin MSS 2019: 448 PLR
# boundaries + indicator table) against a running `quartier serve --demo`, as the analyst would.
#
#   cargo build --release -p quartier
#   bash tools/bench/upload.sh [path/to/quartier]     # default target/release/quartier
#
# Prints the wall time of each step (curl's time_total), the map page size and the SVG size.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${1:-$here/target/release/quartier}"
data="$here/../shared/data/berlin-mss"
if [ ! -d "$data" ]; then echo "NOTICE: $data absent; nothing to measure"; exit 0; fi
work="$(mktemp -d)"; trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
port=$((20000 + RANDOM % 20000))
QUARTIER_DATA_DIR="$work/data" QUARTIER_LISTEN="127.0.0.1:$port" QUARTIER_LOG=warn \
  QUARTIER_AUTH_RATE_PER_MINUTE=1000 "$bin" serve --demo --no-worker >"$work/server.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
jar="$work/cookies"
token() { curl -s -b "$jar" -c "$jar" "$base/login" | grep -o 'name="csrf" value="[0-9a-f]*"' | head -1 | sed 's/.*value="//; s/"//'; }
t=$(token)
curl -s -b "$jar" -c "$jar" -o /dev/null -d "csrf=$t&email=analyst@musterstadt.example&password=quartier-demo&next=/" "$base/login"
t=$(curl -s -b "$jar" -c "$jar" "$base/" | grep -o 'name="csrf" value="[0-9a-f]*"' | head -1 | sed 's/.*value="//; s/"//')
geo="$data/geometry-plr-until-2020/berlin-lor-monitoring-social-urban-development-2019-00-planning-areas.geojson"
tab="$data/2019/berlin-lor-monitoring-social-urban-development-2019-00-2-1.csv"
step() { printf '%-44s %8.3f s\n' "$1" "$2"; }
r=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{time_total} %{redirect_url}' \
  -F kind=boundaries -F new_city=Berlin -F merge_duplicates=1 -F "file=@$geo" "$base/monitoring/data?csrf=$t")
step "upload + preview boundaries ($(du -k "$geo" | cut -f1) KB)" "${r%% *}"
loc="${r#* }"; loc="${loc#$base}"
r=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{time_total}' -d "csrf=$t" "$base$loc/apply")
step "apply boundaries" "$r"
r=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{time_total} %{redirect_url}' \
  -F kind=indicators -F year=2019 -F "file=@$tab" "$base/monitoring/data?csrf=$t")
step "upload + preview indicator table" "${r%% *}"
loc="${r#* }"; loc="${loc#$base}"
# Apply every column through the API (default: all indicators under their proposed keys).
r=$(curl -s -b "$jar" -c "$jar" -o "$work/apply.json" -w '%{time_total}' -H "X-CSRF-Token: $t" \
  -H 'content-type: application/json' -d '{}' "$base/api/v1/datasets/${loc##*/}/apply")
step "apply indicator table (all columns)" "$r"
grep -q '"inserted"' "$work/apply.json" || { echo "apply failed: $(cat "$work/apply.json")"; exit 1; }
for layer in value need lisa; do
  r=$(curl -s -b "$jar" -o "$work/map.html" -w '%{time_total}' "$base/monitoring/map?layer=$layer&indicator=s3-percentage-transfer-payments-recipients")
  grep -q '<svg' "$work/map.html" || { echo "no map on the page (layer $layer)"; exit 1; }
  step "map page, layer $layer ($(( $(stat -c %s "$work/map.html") / 1024 )) KB)" "$r"
done
r=$(curl -s -b "$jar" -o "$work/map.svg" -w '%{time_total}' "$base/monitoring/map.svg?indicator=s3-percentage-transfer-payments-recipients")
step "map SVG download ($(( $(stat -c %s "$work/map.svg") / 1024 )) KB)" "$r"
