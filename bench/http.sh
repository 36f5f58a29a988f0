#!/usr/bin/env bash
# Web/API read latency under a bounded loopback load (issue #9), against a running Fupin.
# Usage: bench/http.sh BASE_URL PASSWORD FIRST_ID LAST_ID [CLIENTS] [SECONDS]
# Runs a small static file (the HTTP stack and security alone: the reference), the household page and the household API, each for SECONDS (default 30) after a warm-up of a fifth of that,
# with CLIENTS (default 200) closed-loop clients over one logged-in session; prints throughput, p50/p99/max and statuses.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
exec java -Xmx256m "$here/src/test/java/org/fupin/bench/HttpLoad.java" "$1" admin "$2" "${5:-200}" "${6:-30}" "$3" "$4" \
  '/css/fupin.css' '/households/{id}' '/api/v1/households/{id}'
