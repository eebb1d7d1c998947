"""The last index run's skipped files and lines, kept beside the index.

The CLI prints each problem once per run; the dashboard must be able to show
them later too (a file skipped by `newsdesk index` in another terminal, or
by a run days ago). Per-file problems live in the index's file records, but
problems found while walking (a symlink loop, a folder without permission, a
file that vanished) belong to no indexed file. So every run that holds the
write lock also leaves its full list here, as a small JSON file that readers
load without opening Whoosh, and that `tui/` reads through this module only
(the dashboard never opens the user's files itself).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from search.corpus import Problem

SKIPPED = "SKIPPED.json"
_VERSION = 1


def record(index_dir: Path, skipped: Iterable[tuple[str, str]]) -> None:
    """Replace the list (atomically; best effort: a full or read-only disk
    costs the dashboard its list, never the run its result)."""
    index_dir = Path(index_dir)
    data = {"version": _VERSION, "skipped": [[str(p), str(r)] for p, r in skipped]}
    tmp = index_dir / f".{SKIPPED}.{os.getpid()}.tmp"
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, index_dir / SKIPPED)
    except (OSError, ValueError):
        try:
            tmp.unlink()
        except OSError:
            pass


def load(index_dir: Path) -> list[Problem]:
    """What the last run skipped, in the order it said so; [] when unknown."""
    try:
        data = json.loads((Path(index_dir) / SKIPPED).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, dict) or data.get("version") != _VERSION:
        return []
    items = data.get("skipped")
    if not isinstance(items, list):
        return []
    return [
        Problem(item[0], item[1])
        for item in items
        if isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item)
    ]


def signature(index_dir: Path) -> int | None:
    """Changes when the list is rewritten (for a cheap periodic check)."""
    try:
        return (Path(index_dir) / SKIPPED).stat().st_mtime_ns
    except OSError:
        return None
