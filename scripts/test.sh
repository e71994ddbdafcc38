#!/usr/bin/env bash
# The full test run: typecheck, tests (PostgreSQL tests against a throwaway PostgreSQL 15
# when its binaries are on the machine), the drift check of the API reports, publint/attw on
# the published packages, and the NL API Design Rules linter on the OpenAPI document.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
if [ -z "${DATABASE_URL:-}" ] && [ -x "$PGBIN/initdb" ]; then
  PGD=$(mktemp -d)
  PORT=${PGPORT_TEST:-55432}
  while (echo >/dev/tcp/127.0.0.1/$PORT) 2>/dev/null; do PORT=$((PORT + 1)); done
  as_pg=()
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PGD"; as_pg=(runuser -u postgres --); fi
  "${as_pg[@]}" "$PGBIN/initdb" -D "$PGD/data" -U app --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${as_pg[@]}" "$PGBIN/pg_ctl" -D "$PGD/data" -l "$PGD/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGD -c fsync=off -c synchronous_commit=off" start >/dev/null
  trap '"${as_pg[@]}" "$PGBIN/pg_ctl" -D "$PGD/data" -m fast stop >/dev/null; rm -rf "$PGD"' EXIT
  export DATABASE_URL="postgres://app@127.0.0.1:$PORT/postgres"
  echo "› throwaway PostgreSQL 15 on 127.0.0.1:$PORT" >&2
elif [ -z "${DATABASE_URL:-}" ]; then
  echo "› PostgreSQL 15 binaries not found: PostgreSQL tests will be skipped (install postgresql-15 to run them)" >&2
fi

# The reference server's browser test uses Debian's chromium (installed when running as root).
bash apps/reference-server/scripts/ensure-chromium.sh

# Biome on the whole repository (build and cache folders are ignored through .gitignore).
LINT_CLEAN=(.)

# Every step runs even when an earlier one fails, so the closing line always comes; the
# script's exit status is that of the first failure.
STATUS=0
LOG=$(mktemp)
pnpm exec turbo run typecheck test api-report:check lint:package lint:openapi --continue --output-logs=full --concurrency=2 2>&1 | tee "$LOG" || STATUS=$?
# Count every package's vitest summary (ANSI colours stripped) for the closing line.
read -r PASSED FAILED SKIPPED < <(sed 's/\x1b\[[0-9;]*m//g' "$LOG" | awk '
  /Tests +[0-9]/ {
    for (i = 1; i <= NF; i++) {
      if ($(i) ~ /^passed/) passed += $(i - 1)
      if ($(i) == "failed") failed += $(i - 1)
      if ($(i) == "skipped") skipped += $(i - 1)
    }
  }
  END { print passed + 0, failed + 0, skipped + 0 }')
FAILED_TASKS=$(sed 's/\x1b\[[0-9;]*m//g' "$LOG" | sed -nE 's/^ *Failed: +//p' | paste -sd ' ' -)
rm -f "$LOG"

failed() { if [ "$STATUS" = 0 ]; then STATUS=1; fi; FAILED_TASKS="$FAILED_TASKS $1"; }
echo "› biome check: ${LINT_CLEAN[*]}" >&2
pnpm exec biome check --error-on-warnings "${LINT_CLEAN[@]}" || failed "biome"

# The packages as a vendor gets them (tarballs, publish dry run, a test application, browser
# bundle budgets), and Java/C# generators on the OpenAPI document and the JSON Schemas.
echo "› packed packages: tarballs, publish dry run, test application, bundle budgets" >&2
bash scripts/check-packages.sh || failed "packed packages"
echo "› code generators: Java and C# from openapi.json and the JSON Schemas" >&2
bash scripts/generator-check.sh || failed "generator check"

# The conformance suite against the running reference server, on PGlite and on PostgreSQL;
# each of its checks counts in the closing line too.
conformance() {
  local out summary p f s rc=0; out=$(mktemp)
  CONFORMANCE_OUT="$(mktemp -d)" bash apps/reference-server/scripts/conformance.sh >"$out" 2>&1 || rc=$?
  summary=$(grep -E '^(NOT )?CONFORMANT: ' "$out" | tail -n 1 || true)
  if [ "$rc" = 0 ]; then echo "$summary"; else cat "$out"; fi
  if [ -n "$summary" ]; then
    read -r p f s < <(sed -E 's/.* ([0-9]+) passed, ([0-9]+) failed, ([0-9]+) skipped.*/\1 \2 \3/' <<<"$summary")
    PASSED=$((PASSED + p)); FAILED=$((FAILED + f)); SKIPPED=$((SKIPPED + s))
  fi
  rm -f "$out"
  return "$rc"
}
echo "› conformance suite: reference server on PGlite" >&2
DATABASE_URL_SAVED=${DATABASE_URL:-}
unset DATABASE_URL
conformance || failed "conformance(PGlite)"
if [ -n "$DATABASE_URL_SAVED" ]; then
  echo "› conformance suite: reference server on PostgreSQL" >&2
  DATABASE_URL=$DATABASE_URL_SAVED DATABASE_SCHEMA=conformance conformance || failed "conformance(PostgreSQL)"
fi
if [ "$STATUS" = 0 ]; then
  echo "› all checks passed"
else
  echo "› FAILED: ${FAILED_TASKS# }" >&2
fi
echo "tests: $PASSED passed, $FAILED failed, $SKIPPED skipped"
exit "$STATUS"
