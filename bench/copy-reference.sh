#!/usr/bin/env bash
# The practical limit for the import benchmark at any size (issue #9): raw COPY of registry CSV files into an
# unindexed table of text columns, in one transaction per file, then the table is dropped. Needs psql and a running
# Fupin database (its port is in the server's log: "postmaster started ... on port N").
# Usage: bench/copy-reference.sh PORT FILE...   prints rows, seconds and rows/s over all the files.
set -euo pipefail
port=$1; shift
columns=$(head -1 "$1" | tr ',' '\n' | wc -l)
cols=$(seq 1 "$columns" | sed 's/^/c/; s/$/ text/' | paste -sd, -)
psql -q -h localhost -p "$port" -U postgres -d postgres -c "drop table if exists bench_raw_all" \
  -c "create table bench_raw_all ($cols)" >/dev/null
start=$(date +%s.%N); rows=0
for f in "$@"; do
  n=$(psql -q -h localhost -p "$port" -U postgres -d postgres -Atc "\\copy bench_raw_all from '$f' (format csv, header true)" \
      -c "select 1" >/dev/null && wc -l < "$f")
  rows=$((rows + n - 1))
done
end=$(date +%s.%N)
psql -q -h localhost -p "$port" -U postgres -d postgres -c "drop table bench_raw_all" >/dev/null
awk -v r="$rows" -v s="$start" -v e="$end" 'BEGIN { printf "raw COPY: %d rows in %.1f s, %.0f rows/s\n", r, e - s, r / (e - s) }'
