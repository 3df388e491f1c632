#!/usr/bin/env bash
# Set up everything the test suite needs on a fresh machine, then run all of it.
# Browser tests drive Debian's chromium (never a downloaded browser); without it they skip.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
python3 -m venv .venv
.venv/bin/pip install -q -e '.[test]'
export NO_MKDOCS_2_WARNING=1
exec .venv/bin/python -m pytest "$@"
