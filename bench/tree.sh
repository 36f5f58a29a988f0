#!/usr/bin/env bash
# Region tree, search and picker latency on a running Fupin (issue #26), logged in through the form as USER.
# Usage: bench/tree.sh BASE_URL USER PASSWORD PATH... ; prints p50/p95/max in ms of N calls per path (first dropped).
set -euo pipefail
base=$1; user=$2; pw=$3; shift 3; n=${N:-41}; jar=$(mktemp); trap 'rm -f "$jar"' EXIT
csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$user&password=$pw&_csrf=$csrf" "$base/login"
for path in "$@"; do
  times=()
  for i in $(seq 1 "$n"); do
    times+=("$(curl -s -g -b "$jar" -o /dev/null -w '%{http_code} %{time_total} %{size_download}\n' "$base$path")")
  done
  printf '%s\n' "${times[@]:1}" | sort -k2 -n | awk -v p="$path" '
    $1 != 200 { bad++ } { t[NR] = $2 * 1000; size = $3 }
    END { printf "%-58s n=%d p50=%.1f p95=%.1f max=%.1f bytes=%d non200=%d\n", p, NR, t[int(NR*0.5)+1], t[int(NR*0.95)], t[NR], size, bad }'
done
