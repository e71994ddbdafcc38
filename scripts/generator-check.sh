#!/usr/bin/env bash
# What a Java or .NET vendor does first: generate types from the OpenAPI document and from the
# JSON Schemas. Checks that every named type comes out once under its own name
# (scripts/generator-check.mjs), then compiles the Java generated from openapi.json with the JDK.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
node scripts/generator-check.mjs --java-out "$OUT/src"
if ! command -v javac >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "› installing Debian's JDK (default-jdk-headless) to compile the generated Java" >&2
  apt-get install -y -qq --no-install-recommends default-jdk-headless >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends default-jdk-headless >/dev/null; }
fi
if command -v javac >/dev/null; then
  javac -d "$OUT/classes" "$OUT"/src/*.java
  echo "› javac compiled the $(ls "$OUT"/src/*.java | wc -l) Java files generated from openapi.json"
else
  echo "› javac not found: the generated Java was not compiled (install default-jdk-headless)" >&2
  exit 1
fi
