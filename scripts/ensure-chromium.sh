#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (/usr/bin/chromium). Install it when missing
# and we may (root with apt); otherwise say how. Never downloads a browser of its own.
set -u
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium for the browser tests…" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || {
    echo "could not install chromium; browser tests will fail" >&2; exit 0; }
else
  echo "note: /usr/bin/chromium is missing; install Debian's chromium (sudo apt-get install chromium) for the browser tests" >&2
fi
exit 0
