#!/usr/bin/env bash
# Mutation testing: mutmut changes the pure modules one small way at a time ([tool.mutmut] in
# pyproject.toml lists them) and runs tests/unit/ against each change; a change no test notices
# "survives". Slow (minutes), so not part of CI. Prints the score and each survivor by module;
# `.venv/bin/mutmut show <name>` shows one.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q -e '.[test]' 'mutmut>=3.3'
rm -rf mutants
.venv/bin/mutmut run --max-children "${JOBS:-2}" >/dev/null 2>&1 || true
.venv/bin/mutmut results --all true 2>/dev/null | .venv/bin/python -c '
import collections, sys
status = dict(line.strip().rsplit(": ", 1) for line in sys.stdin if ": " in line)
counts = collections.Counter(status.values())
killed = counts["killed"] + counts["timeout"]
print(f"{killed} of {len(status)} mutants killed ({100 * killed / max(len(status), 1):.1f}%):",
      dict(counts))
by_module = collections.Counter(name.split("__mutmut")[0] for name, s in status.items()
                                if s == "survived")
for name, count in by_module.most_common():
    print(f"{count:4d} survived  {name}")
'
