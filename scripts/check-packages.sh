#!/usr/bin/env bash
# The vendor's view of the packages, on the packed tarballs as they would be published:
#  1. the licence files match the SPDX text;
#  2. every published package packs (pnpm pack, as `changeset publish` does) and its tarball
#     passes scripts/check-tarballs.mjs; then a publish dry run of each;
#  3. a fresh application installs the tarballs (pnpm, from the local store; the npm registry only for metadata it lacks), type-checks
#     with skipLibCheck false under moduleResolution bundler, node16 and nodenext, and runs as
#     ESM and as CommonJS, including both CLIs;
#  4. browser bundles of that application stay within their budgets (scripts/vendor-app/bundles.mjs).
set -euo pipefail
step() { echo "  ($((SECONDS))s) $*" >&2; }
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

node scripts/licence.mjs --check
# The release plan the pending changesets make (a changeset naming an ignored package beside a
# published one is refused by changesets, and would block the release).
pnpm exec changeset status >"$WORK/changeset.log" 2>&1 || { cat "$WORK/changeset.log"; exit 1; }
pnpm exec turbo run build --output-logs=errors-only >/dev/null

mkdir -p "$WORK/packs"
PACKAGES=(core csv client server conformance)
for p in "${PACKAGES[@]}"; do
  (cd "packages/$p" && pnpm pack --pack-destination "$WORK/packs" >/dev/null)
done
step packed; node scripts/check-tarballs.mjs "$WORK/packs"
# What `changeset publish` runs for a pnpm workspace, without sending anything.
pnpm -r --filter './packages/*' publish --dry-run --no-git-checks --access public >"$WORK/publish.log" 2>&1 ||
  { cat "$WORK/publish.log"; exit 1; }
echo "› publish dry run: $(grep -c '^+ @banenafspraak/' "$WORK/publish.log") packages would be published"

# The application: the tarballs, and the versions the repository itself installs of the rest.
version() { node -p "require('$1/package.json').version"; }
APP="$WORK/app"
cp -r scripts/vendor-app "$APP"
tgz() { echo "file:$WORK/packs/banenafspraak-$1-$(version "$ROOT/packages/$1").tgz"; }
cat >"$APP/package.json" <<JSON
{
  "name": "vendor-app",
  "private": true,
  "type": "module",
  "dependencies": {
    "@banenafspraak/core": "$(tgz core)",
    "@banenafspraak/csv": "$(tgz csv)",
    "@banenafspraak/client": "$(tgz client)",
    "@banenafspraak/server": "$(tgz server)",
    "@banenafspraak/conformance": "$(tgz conformance)",
    "zod": "$(version "$ROOT/packages/core/node_modules/zod")"
  },
  "devDependencies": {
    "typescript": "$(version "$ROOT/node_modules/typescript")",
    "@types/node": "$(version "$ROOT/node_modules/@types/node")",
    "esbuild": "$(version "$ROOT/node_modules/esbuild")"
  },
  "pnpm": {
    "overrides": {
      "@banenafspraak/core": "$(tgz core)",
      "@banenafspraak/client": "$(tgz client)"
    },
    "onlyBuiltDependencies": ["esbuild"]
  }
}
JSON
(cd "$APP" && pnpm install --prefer-offline --ignore-workspace --config.confirmModulesPurge=false >"$WORK/install.log" 2>&1) ||
  { cat "$WORK/install.log"; exit 1; }
step installed; cd "$APP"
for mode in bundler node16 nodenext; do
  node_modules/.bin/tsc -p "tsconfig.$mode.json"
  echo "› the application type-checks with skipLibCheck false under moduleResolution $mode"
done
step typechecked; node out/esm.js
node out/cjs.cjs
node_modules/.bin/banenafspraak-csv --help >/dev/null
node_modules/.bin/banenafspraak-conformance --help >/dev/null
echo "› both CLIs start from the installed tarballs"
step ran; node bundles.mjs; step bundled
