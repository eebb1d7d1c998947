"""What every bench script needs: where the repository and shared/ are.

The research data (TempEval, PolNeAR, Reuters) never enters the repository;
benches read it from shared/ beside the checkout, or from where ``--shared``
or the NEWSDESK_SHARED environment variable say.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as `python bench/x.py` from a checkout


def shared_dir(flag: str | None = None) -> Path:
    """Where shared/ is: the flag, else NEWSDESK_SHARED, else beside the repo."""
    if flag:
        return Path(flag)
    env = os.environ.get("NEWSDESK_SHARED")
    if env:
        return Path(env)
    return ROOT.parent / "shared"


def replace_file(path: Path, data: bytes) -> None:
    """Give ``path`` new contents as a new file renamed over it: a corpus made
    of hard links (``cp -al``) must not change the shared inode under it."""
    tmp = path.with_name(f".{path.name}.bench.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


@contextmanager
def one_file_changed(corpus: Path, reindex: Callable[[], object]) -> Iterator[tuple[Path, bytes]]:
    """(file, its bytes) of one corpus file for the block to change with
    `replace_file`; afterwards it is put back byte for byte with its mtime
    and ``reindex()`` runs, so the index is left as it was."""
    victim = sorted(corpus.rglob("*.txt"))[len(list(corpus.glob("*"))) // 2]
    original = victim.read_bytes()
    stat = victim.stat()
    try:
        yield victim, original
    finally:
        replace_file(victim, original)
        os.utime(victim, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        reindex()


def child_json(code: str, *args: str) -> dict:
    """Run ``code`` in a fresh Python (so imports and caches start cold) from
    the repository root; its last stdout line is the JSON object returned."""
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT
    )
    if out.returncode:
        raise SystemExit(f"child failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


async def wait_until(
    res: dict, t0: float, cond: Callable[[], object], what: str, limit: float
) -> None:
    """Poll ``cond`` every 5 ms; ``res[what]`` = seconds from ``t0`` when it
    holds, or ``res[what + "_timeout"]`` after ``limit`` seconds. For the
    dashboard children, which import this as ``bench.common``."""
    start = time.perf_counter()
    while not cond():
        if time.perf_counter() - start > limit:
            res[what + "_timeout"] = True
            return
        await asyncio.sleep(0.005)
    res[what] = time.perf_counter() - t0


def report(res: dict, as_json: bool, width: int = 24) -> int:
    """Print a bench's figures (floats to 3 places): one JSON object with
    ``as_json``, else a name/value table. Returns the exit status, 0."""
    res = {k: round(v, 3) if isinstance(v, float) else v for k, v in res.items()}
    if as_json:
        print(json.dumps(res))
        return 0
    for k, v in res.items():
        print(f"{k:{width}} {v}")
    return 0
