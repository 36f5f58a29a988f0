#!/usr/bin/env bash
# Times server-side page renders on a running Fupin (demo county). Usage: bench/pages.sh BASE_URL PASSWORD
set -euo pipefail
base=$1; pw=$2; jar=$(mktemp); trap 'rm -f "$jar"' EXIT
csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=admin&password=$pw&_csrf=$csrf" "$base/login"
county=620721000000
township=/regions/620721101000
village=$(curl -s -b "$jar" "$base$township" | grep -o '/regions/620721101[0-9]\{2\}[1-9]?year=[0-9]*' | head -1 | cut -d? -f1)
household=$(curl -s -b "$jar" "$base$village" | grep -o '/households/[0-9][0-9]*' | head -1)
for page in "/regions/$county" "$township" "$village" "$household" "/households?region=$county&q=%E7%8E%8B" \
            "/print${village/regions/villages}" "/print/regions/$county" "/tree"; do
  times=()
  for i in 1 2 3 4 5 6 7 8 9 10 11; do
    times+=("$(curl -s -b "$jar" -o /dev/null -w '%{http_code}:%{time_total}' "$base$page")")
  done
  echo "$page ${times[*]:1}"
done
