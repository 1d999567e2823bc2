#!/usr/bin/env bash
# Scripted load test of the platform (docs/BENCHMARKS.md).
# Usage: tools/loadtest/run.sh [path/to/quartier] [duration-seconds]
# Starts the binary with the demo city on SQLite and, when PostgreSQL answers on 127.0.0.1:5432,
# on a fresh PostgreSQL database; runs wrk (64 connections, 2 threads) against the public start page
# (database-backed: city + quarters) and a signed-in page (/account: session, user, roles, tokens),
# and prints requests/s, p99 latency and the server's peak RSS. Only loopback traffic; bounded time.
set -euo pipefail
BIN=${1:-target/release/quartier}
DUR=${2:-15}
PORT=18181
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 2; }

run_backend() {
  local name=$1 url=$2
  local dir; dir=$(mktemp -d)
  QUARTIER_DATA_DIR=$dir QUARTIER_DATABASE_URL=$url QUARTIER_LOG=warn \
    "$BIN" serve --demo --listen 127.0.0.1:$PORT >"$dir/log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
  # Sign in as the demo resident and keep the cookies.
  local jar=$dir/jar
  local token
  token=$(curl -s -c "$jar" "http://127.0.0.1:$PORT/login" | grep -o 'name="csrf" value="[0-9a-f]*"' | head -1 | sed 's/.*value="//; s/"//')
  curl -s -b "$jar" -c "$jar" -o /dev/null -d "email=resident@musterstadt.example&password=quartier-demo&next=/&csrf=$token" "http://127.0.0.1:$PORT/login"
  local cookie; cookie=$(awk '$6=="qsid"||$6=="qcsrf"{printf "%s=%s; ", $6, $7}' "$jar")
  for page in / /account; do
    local out
    if [ "$page" = "/" ]; then
      out=$(wrk -t2 -c64 -d"${DUR}s" --latency "http://127.0.0.1:$PORT$page")
    else
      out=$(wrk -t2 -c64 -d"${DUR}s" --latency -H "Cookie: $cookie" "http://127.0.0.1:$PORT$page")
    fi
    local rps p99 non2xx
    rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
    p99=$(echo "$out" | awk '$1=="99%"{print $2}')
    non2xx=$(echo "$out" | awk '/Non-2xx/{print $NF}')
    printf '| %s | %s | %s | %s | %s |\n' "$name" "$page" "$rps" "$p99" "${non2xx:-0}"
  done
  local rss; rss=$(awk '/VmHWM/{print $2/1024 " MB"}' /proc/$pid/status)
  printf '| %s | peak RSS | %s | | |\n' "$name" "$rss"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
}

echo "| database | page | requests/s | p99 latency | non-2xx |"
echo "|---|---|---|---|---|"
run_backend sqlite ""
if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  db=quartier_load_$$
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "CREATE DATABASE $db" >/dev/null
  run_backend postgres "postgres://postgres@127.0.0.1:5432/$db"
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE $db" >/dev/null
fi
