#!/usr/bin/env bash
# The main job: the reference server on its embedded database with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
if [ -f apps/reference-server/src/main.ts ]; then
  exec pnpm --filter @banenafspraak/reference-server start
else
  exec pnpm --filter @banenafspraak/core demo
fi
