"""Materialise Reuters-21578 corpora of any size for the performance benches.

    python bench/corpus.py --docs 50000 [--out DIR] [--shared PATH]

The stories come from ``shared/corpora/reuters21578.jsonl`` (18,276 stories,
research use only: they never enter the repository). A corpus bigger than
that replicates the stories under new ids (``r050000-…``), so a 50,000 or
200,000-article corpus has the vocabulary and length profile of real news.
Each article becomes one ``.txt`` file with a ``date:``/``title:`` header (the
form `search.corpus.split_header` reads), 1,000 files per sub-folder so no
directory gets huge. Corpora go under /tmp (reused when already complete,
marked by a ``.complete`` file), never into the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from common import shared_dir  # noqa: E402  (bench/ is sys.path[0] when run)

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = Path(os.environ.get("NEWSDESK_BENCH_TMP", "/tmp/newsdesk-bench"))
PER_DIR = 1000


def reuters_path(shared: str | None = None) -> Path:
    return shared_dir(shared) / "corpora" / "reuters21578.jsonl"


def load_stories(path: Path) -> list[dict]:
    """Every usable story of a jsonl file (those with some text)."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            if isinstance(rec.get("text"), str) and rec["text"].strip():
                out.append(rec)
    return out


def stories(path: Path, n: int) -> Iterator[dict]:
    """``n`` stories, replicating the file's under new ids past its end."""
    base = load_stories(path)
    if not base:
        raise SystemExit(f"no stories in {path}")
    for i in range(n):
        rec = dict(base[i % len(base)])
        if i >= len(base):
            rec["id"] = f"r{i:06d}-{rec.get('id', i)}"
        yield rec


def texts(corpus: Path, n: int | None = None) -> list[dict]:
    """Stories (id, date, title, text) from a jsonl file or a folder of .txt files.

    The benches use this for the bare-Whoosh and FTS5 baselines, which must
    see the same words as newsdesk does.
    """
    if corpus.is_file():
        return list(stories(corpus, n or len(load_stories(corpus))))
    sys.path.insert(0, str(ROOT))
    from search.corpus import split_header

    out = []
    for path in sorted(corpus.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        meta, start = split_header(text)
        out.append(
            {
                "id": str(path.relative_to(corpus)),
                "date": meta.get("date", ""),
                "title": meta.get("title", ""),
                "text": text[start:],
            }
        )
        if n and len(out) >= n:
            break
    return out


def _file_text(rec: dict) -> str:
    title = " ".join(str(rec.get("title") or "").split())
    head = f"date: {rec.get('date') or ''}\ntitle: {title}\n\n"
    return head + rec["text"].strip() + "\n"


def materialise(
    n: int, out: Path | None = None, shared: str | None = None, source: Path | None = None
) -> Path:
    """A folder of ``n`` articles of ``source`` (default Reuters) as .txt files.

    Built once, then reused: the benches re-run often and writing 50,000
    files is not what they measure.
    """
    source = source or reuters_path(shared)
    stem = "reuters" if source == reuters_path(shared) else source.stem
    out = out or DEFAULT_OUT / f"{stem}-{n}"
    if (out / ".complete").exists():
        return out
    out.mkdir(parents=True, exist_ok=True)
    for i, rec in enumerate(stories(source, n)):
        sub = out / f"{i // PER_DIR:04d}"
        if i % PER_DIR == 0:
            sub.mkdir(exist_ok=True)
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in str(rec["id"]))
        (sub / f"{safe}.txt").write_text(_file_text(rec), encoding="utf-8")
    (out / ".complete").write_text(str(n), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--docs", type=int, default=10_000)
    p.add_argument("--out", type=Path, help="folder (default /tmp/newsdesk-bench/reuters-N)")
    p.add_argument("--shared", help="the shared/ folder (default: beside the repo)")
    args = p.parse_args(argv)
    print(materialise(args.docs, args.out, args.shared))
    return 0


if __name__ == "__main__":
    sys.exit(main())
