#!/usr/bin/env bash
# Makes sure Debian's chromium is installed for the end-to-end test (never downloads a
# browser through playwright). Installs it with apt-get when running as root; otherwise it
# only reports, and the browser test skips with a message.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "› installing chromium (Debian package) for the reference server's browser test" >&2
  # A failed install is not fatal: the browser test then skips with a message.
  { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } ||
    echo "› could not install chromium: the browser test will be skipped" >&2
else
  echo "› /usr/bin/chromium is missing and cannot be installed here: the browser test will be skipped" >&2
fi
