#!/usr/bin/env bash
# CI: start the reference server (PGlite in a temporary folder, or PostgreSQL when DATABASE_URL
# is set), run the conformance suite against it with the printed development tokens (webhook
# checks receive on 127.0.0.1, which the server is told to allow), stop it.
# Reports: $CONFORMANCE_OUT/conformance.xml (JUnit) and conformance.json (default: ./conformance-report).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${CONFORMANCE_OUT:-$PWD/conformance-report}"
mkdir -p "$out"
data="$(mktemp -d)"
log="$(mktemp)"
port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
PORT="$port" HOST=127.0.0.1 DATA_DIR="$data" PRINT_DEV_TOKENS=true WEBHOOK_ALLOWED_HOSTS=127.0.0.1 \
  TOKEN_SECRET="${TOKEN_SECRET:-conformance-ci-secret-$(node -e 'console.log(crypto.randomUUID())')}" \
  node --conditions=@banenafspraak/source --import tsx src/main.ts >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data" "$log"; }
trap cleanup EXIT
for _ in $(seq 1 600); do
  grep -q 'Try: curl' "$log" && break
  kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 2; }
  sleep 0.1
done
grep -q 'Try: curl' "$log" || { cat "$log"; echo "server did not start" >&2; exit 2; }
token() { awk -v k="$1" '$1 == k { getline; print $1; exit }' "$log"; }
cd ../../packages/conformance
BANENAFSPRAAK_TOKEN="$(token gemeente)" \
BANENAFSPRAAK_TOKEN_OTHER_TENANT="$(token andere-werkgever)" \
BANENAFSPRAAK_TOKEN_EMPLOYEE="$(token werknemer)" \
  node --conditions=@banenafspraak/source --import tsx src/cli.ts --base-url "http://127.0.0.1:$port/v1" --webhook-host 127.0.0.1 \
    --junit "$out/conformance.xml" --json "$out/conformance.json"
