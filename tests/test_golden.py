"""Every file the example site, the hostile test site and the real corpora build is the one
recorded in `tests/golden/`: a refactoring changes none; a change of behaviour re-records them
(`python scripts/snapshot.py --write --corpora ../shared/corpora`) in the same commit."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from snapshot import GOLDEN, compare, sites, snapshot  # noqa: E402
from test_corpora import CORPORA  # noqa: E402

BUILT = sites(CORPORA if CORPORA.is_dir() else None)


@pytest.mark.parametrize("name", sorted(p.stem for p in GOLDEN.glob("*.json")))
def test_output_is_the_recorded_one(name: str) -> None:
    if name not in BUILT:
        pytest.skip(f"no corpora at {CORPORA} (set BLOGPOSTS_CORPORA)")
    recorded = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    current = snapshot(name, BUILT[name])
    if recorded["versions"] != current["versions"]:
        pytest.skip(f"recorded with {recorded['versions']}, installed {current['versions']}: "
                    "re-record with scripts/snapshot.py --write")
    assert compare(recorded, current) == []
