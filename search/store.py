"""Where an index lives, how it is locked, and how a rebuild is swapped in.

An index directory holds one or more Whoosh indexes (by `indexname`) and a
small `CURRENT.json` naming the live one and its schema version. A full
build writes a new indexname beside the live one and then replaces
`CURRENT.json` atomically, so a crash mid-build leaves the last good index in
place; an incremental update relies on Whoosh's own commit (segments first,
then an atomically renamed table of contents). Writers take an `flock` on
`write.lock`: the kernel drops it when a process dies, so a killed indexer
never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

SCHEMA_VERSION = 1
CURRENT = "CURRENT.json"
LOCK = "write.lock"
ENV_INDEX_DIR = "NEWSDESK_INDEX_DIR"


class IndexBusy(RuntimeError):
    """Another process is writing this index and did not finish in time."""


class IndexUnwritable(RuntimeError):
    """The index directory cannot be created or written."""


def default_index_dir(corpus: list[Path]) -> Path:
    """The user's cache dir, one index per corpus (keyed by its paths)."""
    env = os.environ.get(ENV_INDEX_DIR)
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    key = "\n".join(sorted(str(Path(p).resolve()) for p in corpus))
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return Path(user_cache_dir("newsdesk")) / "indexes" / digest


def read_current(index_dir: Path) -> dict | None:
    """The live index's pointer, or None if there is none (or it is garbled)."""
    try:
        data = json.loads((index_dir / CURRENT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("indexname"), str):
        return None
    return data


def write_current(index_dir: Path, indexname: str, corpus: list[str]) -> None:
    """Point readers at ``indexname``: write aside, fsync, rename over."""
    data = {"indexname": indexname, "schema": SCHEMA_VERSION, "corpus": corpus}
    tmp = index_dir / f".{CURRENT}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / CURRENT)


def new_indexname() -> str:
    return "nd" + secrets.token_hex(4)


def remove_other_indexes(index_dir: Path, keep: str) -> None:
    """Delete files of indexnames other than ``keep`` (old or abandoned builds)."""
    for entry in index_dir.iterdir():
        name = entry.name
        if name in (CURRENT, LOCK) or not entry.is_file():
            continue
        owner = name.lstrip("_").split("_", 1)[0].split(".", 1)[0]
        if owner.startswith("nd") and owner != keep:
            try:
                entry.unlink()
            except OSError:
                pass
        elif name.startswith(f".{CURRENT}."):
            try:
                entry.unlink()
            except OSError:
                pass


@contextmanager
def write_lock(
    index_dir: Path, timeout: float = 300.0, on_wait: Callable[[], None] | None = None
) -> Iterator[None]:
    """Hold the index's write lock; wait up to ``timeout`` seconds for it."""
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(index_dir / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise IndexUnwritable(f"cannot write the index at {index_dir}: {exc.strerror}") from exc
    try:
        deadline = time.monotonic() + timeout
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexBusy(
                        f"the index at {index_dir} is busy: another newsdesk is writing it"
                    ) from None
                if not told and on_wait:
                    on_wait()
                    told = True
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
