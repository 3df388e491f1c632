"""The second process: output is the same with it as without it, whatever it does."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from mkdocs_blogposts import build as build_module
from mkdocs_blogposts import worker
from mkdocs_blogposts.worker import Worker

if TYPE_CHECKING:
    from conftest import Site

pytestmark = pytest.mark.skipif(not worker.can_fork(), reason="the worker forks: Linux only")

ROOT = Path(__file__).parent.parent


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(autouse=True)
def reproducible(monkeypatch: pytest.MonkeyPatch) -> None:
    # One build time for both builds (MkDocs writes it in every page of its theme).
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")


def example(site: Site, **options: object) -> dict[str, bytes]:
    site.config["docs_dir"] = str(ROOT / "example_site/docs")
    site.config["theme"] = {"name": "mkdocs"}
    site.plugin_options(validation={"unknown_authors": "ignore"}, **options)
    site.build()
    return tree(site.out)


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[Worker]:
    """Every worker the builds start, even for the example's few pages."""
    monkeypatch.setattr(build_module, "PARALLEL_FROM", 1)
    workers: list[Worker] = []
    start = Worker.start

    def spy(*args: object, **kwargs: object) -> Worker | None:
        made = start(*args, **kwargs)  # type: ignore[arg-type]
        if made is not None:
            workers.append(made)
        return made

    monkeypatch.setattr(Worker, "start", spy)
    return workers


def test_the_worker_makes_what_the_build_would(site: Site, started: list[Worker],
                                               tmp_path: Path) -> None:
    with_worker = example(site)
    assert len(started) == 1
    assert started[0].failure == ""
    site.out = tmp_path / "alone"
    alone = example(site, parallel=False)
    assert len(started) == 1
    assert with_worker == alone


def test_a_failing_worker_changes_nothing(site: Site, monkeypatch: pytest.MonkeyPatch,
                                          started: list[Worker], tmp_path: Path) -> None:
    main = os.getpid()
    make = build_module.Build.fragments_of
    calls = []

    def fails_in_the_worker(self: build_module.Build, src_uri: str, page_url: str) -> object:
        calls.append(src_uri)
        if os.getpid() != main and len(calls) > 5:
            raise RuntimeError("worker broke")
        return make(self, src_uri, page_url)

    monkeypatch.setattr(build_module.Build, "fragments_of", fails_in_the_worker)
    broken = example(site)
    assert [made.failure for made in started] == ["RuntimeError: worker broke"]
    site.out = tmp_path / "alone"
    assert broken == example(site, parallel=False)


def test_worker_messages_in_any_order() -> None:
    made = Worker.start(["a", "b", "c"], lambda key: key.upper(), lambda: ["feed.xml"])
    assert made is not None
    assert made.take("c") == "C"  # a and b wait in memory
    assert made.take("a") == "A"
    assert made.take("b") == "B"
    assert made.finish() == ["feed.xml"]
    assert made.failure == ""


def test_worker_failures_are_reported_not_raised() -> None:
    def make(key: str) -> str:
        if key == "b":
            raise ValueError("bad page")
        return key

    made = Worker.start(["a", "b"], make, lambda: "never")
    assert made is not None
    assert made.take("a") == "a"
    assert made.take("b") is None
    assert made.finish() is None
    assert made.failure == "ValueError: bad page"

    crashed = Worker.start(["a"], lambda key: os._exit(3), lambda: "never")
    assert crashed is not None
    assert crashed.take("a") is None
    assert crashed.finish() is None
    assert "stopped" in crashed.failure


def test_abandoned_worker_is_gone() -> None:
    made = Worker.start(["a"], lambda key: "x" * 10_000_000, lambda: None)  # fills the pipe
    assert made is not None
    made.abandon()
    with pytest.raises(ChildProcessError):
        os.waitpid(made.pid, 0)


@pytest.mark.skipif(sys.platform != "linux", reason="threads and fork")
def test_no_worker_beside_other_threads() -> None:
    import threading

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert Worker.start(["a"], str, lambda: None) is None
    finally:
        stop.set()
        thread.join()
