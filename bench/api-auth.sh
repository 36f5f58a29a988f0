#!/usr/bin/env bash
# The cost of authenticating each /api call (issue #23): HTTP Basic (a BCrypt check per call) against a personal access
# token (a SHA-256 and an indexed look-up), same path, same clients. The server must allow Basic for this comparison
# (FUPIN_API_BASIC=true, or --fupin.api.basic-auth=true); the token is created through the API.
# Usage: bench/api-auth.sh BASE_URL PASSWORD FIRST_ID LAST_ID [CLIENTS] [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
exec java -Xmx256m -Dauth=compare "$here/src/test/java/org/fupin/bench/HttpLoad.java" "$1" admin "$2" "${5:-8}" "${6:-20}" "$3" "$4" \
  '/api/v1/households/{id}'
