#!/usr/bin/env bash
# Statistics latency on a running Fupin, logged in through the form (no password hash per call).
# Usage: bench/stats.sh BASE_URL PASSWORD YEAR CODE... ; prints p50/p95/max in ms of N calls per URL (first dropped).
set -euo pipefail
base=$1; pw=$2; year=$3; shift 3; n=${N:-41}; jar=$(mktemp); trap 'rm -f "$jar"' EXIT
csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=admin&password=$pw&_csrf=$csrf" "$base/login"
for code in "$@"; do
  for path in "/api/v1/statistics/$code?year=$year" "/api/v1/statistics/$code/composition?year=$year" \
              "/api/v1/statistics/$code/series" "/regions/$code?year=$year"; do
    times=()
    for i in $(seq 1 "$n"); do
      times+=("$(curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}\n' "$base$path")")
    done
    printf '%s\n' "${times[@]:1}" | sort -k2 -n | awk -v p="$path" '
      $1 != 200 { bad++ } { t[NR] = $2 * 1000 }
      END { printf "%-62s n=%d p50=%.1f p95=%.1f max=%.1f non200=%d\n", p, NR, t[int(NR*0.5)+1], t[int(NR*0.95)], t[NR], bad }'
  done
done
