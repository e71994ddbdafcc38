#!/usr/bin/env bash
# CI: ensure chromium, then run the reference server's end-to-end test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
exec pnpm exec vitest run test/e2e.test.ts
