#!/usr/bin/env bash
# The main job: the reference server on its embedded database with demo data.
# Every step `exec`s, so npm's own child is the server process itself: a signal npm forwards
# (SIGTERM on `kill`, SIGINT on Ctrl-C) reaches the server, which closes its database and
# frees the port. A pnpm or tsx wrapper in between would outlive npm and print errors.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
cd apps/reference-server
exec node --conditions=@banenafspraak/source --import tsx src/main.ts
