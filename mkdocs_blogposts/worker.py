"""A second process that makes the blog's fragments and feeds while MkDocs writes pages.

MkDocs renders every page's Markdown before it writes any page (`on_env` comes in between),
then spends most of a build in the theme's templates, on one core. By `on_env` everything the
blog's fragments and feeds need is known, so a forked copy of the build makes them on the
other core: the fragments of each page, in the order MkDocs writes pages, then the feeds,
written straight into `site_dir`. The main process takes a page's fragments when MkDocs
writes that page; the worker is ahead of it, as a page's fragments take a fraction of the
time its theme takes.

What the worker makes goes into an unnamed temporary file, and only where each piece is
(a few bytes) through a pipe: the main process reads a page's fragments when it needs them,
so it never holds the fragments of the pages to come (megabytes for a large blog).

Whatever the worker does not deliver (it failed, it was not started), the main process makes
itself: output never depends on the worker. It starts only where a fork is safe and pays off:
`mkdocs build` (not serve, whose server runs threads) on Linux, with no other thread running,
for a blog of `PARALLEL_FROM` pages or more.
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
import tempfile
import threading
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

PARALLEL_FROM = 100
"""Pages of the blog from which a worker pays for its fork."""


def can_fork() -> bool:
    """Whether forking this process is safe: Linux (macOS' system libraries may not survive a
    fork), and no thread but this one (a fork copies locks other threads may hold)."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


class Worker:
    """The main process's end of a worker: `take` a page's fragments, then `finish`.

    A thread reads the pipe as the worker writes to it (a pipe holds 64 KB: a worker whose
    messages waited for `take` would be held to the pace of MkDocs' writing)."""

    def __init__(self, pid: int, reader: IO[bytes], spill: IO[bytes]) -> None:
        self.pid = pid
        self.failure = ""
        self._spill = spill
        self._ready: dict[str, tuple[int, int]] = {}
        self._done: Any = None
        self._ended = False
        self._arrived = threading.Condition()
        self._reader = threading.Thread(target=self._read, args=(reader,), daemon=True,
                                        name="blogposts-worker-pipe")
        self._reader.start()

    @classmethod
    def start(cls, keys: Sequence[str], make: Callable[[str], Any],
              then: Callable[[], Any]) -> Worker | None:
        """Fork a worker that makes `make(key)` for each key, in order, then runs `then()`
        and sends what it returns; None where no worker can start."""
        if not can_fork():
            return None
        read_end, write_end = os.pipe()
        spill = _spill_file()
        # Objects of the build move to the collector's permanent generation: a collection in
        # either process would touch all of them, copying every memory page the two share.
        gc.freeze()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            spill.close()
            return None
        finally:
            gc.unfreeze()
        if pid == 0:  # the worker: never returns into MkDocs
            gc.disable()  # short-lived: its garbage goes when it exits
            os.close(read_end)
            _work(write_end, spill.fileno(), keys, make, then)
        os.close(write_end)
        return cls(pid, os.fdopen(read_end, "rb"), spill)

    def take(self, key: str) -> Any:
        """What the worker made for `key`, waiting for it; None when it cannot deliver it."""
        with self._arrived:
            self._arrived.wait_for(lambda: key in self._ready or self._ended)
            where = self._ready.pop(key, None)
        if where is None:
            return None
        offset, length = where
        return pickle.loads(os.pread(self._spill.fileno(), length, offset))  # our own fork

    def finish(self) -> Any:
        """What `then()` returned in the worker, once it has exited; None when it failed."""
        self._reader.join()
        _, status = os.waitpid(self.pid, 0)
        self._spill.close()
        if status != 0 and not self.failure:
            self.failure = f"worker exited with status {status}"
        return self._done if not self.failure else None

    def abandon(self) -> None:
        """Stop the worker (the build failed): nothing it makes is wanted any more."""
        try:
            os.kill(self.pid, 9)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        self._reader.join()
        self._spill.close()

    def _read(self, reader: IO[bytes]) -> None:
        """Every message, as it comes, until the worker is done, fails or stops."""
        failure = ""
        with reader:
            while True:
                try:
                    message: tuple[Any, ...] = pickle.load(reader)  # from our own fork
                except (EOFError, OSError, pickle.UnpicklingError) as exc:
                    failure = f"worker stopped: {exc!r}"
                    break
                if message[0] == "made":
                    with self._arrived:
                        self._ready[message[1]] = (message[2], message[3])
                        self._arrived.notify_all()
                elif message[0] == "done":
                    self._done = message[1]
                    break
                else:  # "failed"
                    failure = message[1]
                    break
        with self._arrived:
            self.failure = self.failure or failure
            self._ended = True
            self._arrived.notify_all()


def _spill_file() -> IO[bytes]:
    """Where the worker puts what it makes: a file in memory on Linux (`memfd`), else an
    unnamed temporary file; closed by `finish` or `abandon`."""
    if hasattr(os, "memfd_create"):
        try:
            return os.fdopen(os.memfd_create("blogposts-worker"), "w+b")
        except OSError:
            pass
    return tempfile.TemporaryFile()


def _work(fd: int, spill: int, keys: Sequence[str], make: Callable[[str], Any],
          then: Callable[[], Any]) -> None:
    """The worker's life: every piece into `spill` and where it is through `fd`, then
    `os._exit` (no clean-up of MkDocs', pytest's or atexit's runs twice)."""
    code = 0
    try:
        with os.fdopen(fd, "wb") as out:
            try:
                offset = 0
                for key in keys:
                    data = pickle.dumps(make(key), protocol=pickle.HIGHEST_PROTOCOL)
                    os.pwrite(spill, data, offset)
                    _send(out, ("made", key, offset, len(data)))
                    offset += len(data)
                _send(out, ("done", then()))
            except BrokenPipeError:
                code = 1  # the main process is gone or gave up
            except BaseException as exc:  # the main process makes it instead
                code = 1
                _send(out, ("failed", f"{type(exc).__name__}: {exc}"))
    except BaseException:  # nothing may escape a forked process
        code = 1
    finally:
        os._exit(code)


def _send(out: IO[bytes], message: tuple[Any, ...]) -> None:
    out.write(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))
    out.flush()  # the main process may be waiting for this very page
