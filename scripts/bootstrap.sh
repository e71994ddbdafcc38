# Sourced by start.sh and test.sh: make sure pnpm and the workspace's dependencies exist.
set -euo pipefail
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
PNPM_VERSION=10.34.9
if ! command -v pnpm >/dev/null 2>&1; then
  echo "› installing pnpm@$PNPM_VERSION (not found on this machine)" >&2
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null 2>&1 || npm install -g "pnpm@$PNPM_VERSION"
fi
if [ ! -d node_modules/.pnpm ] || [ pnpm-lock.yaml -nt node_modules/.modules.yaml ]; then
  echo "› installing dependencies" >&2
  CI=true pnpm install --frozen-lockfile --reporter=append-only >&2
fi
