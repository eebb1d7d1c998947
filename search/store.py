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
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

SCHEMA_VERSION = 3  # 2: one Whoosh document per article, no spelling field; 3: `furn`
# Bumped whenever the engines (dates, people, quotes, furniture) read the
# same text differently: an index built by another engine is built anew on
# the next `index` run, so an upgrade reaches every article, not only the
# ones edited since. Readers go on using the old index until then.
ENGINE_VERSION = 17  # 17: "that"-clauses, dotted names, holiday weekends, "the morning", quarters
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
    data = {
        "indexname": indexname,
        "schema": SCHEMA_VERSION,
        "engine": ENGINE_VERSION,
        "corpus": corpus,
    }
    tmp = index_dir / f".{CURRENT}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / CURRENT)


def new_indexname() -> str:
    return "nd" + secrets.token_hex(4)


def _owner(name: str) -> str:
    """The indexname a file of the index dir belongs to (Whoosh's and ours)."""
    return name.lstrip("_").split("_", 1)[0].split(".", 1)[0]


def remove_index(index_dir: Path, indexname: str) -> None:
    """Delete the files of one abandoned build (a rebuild that failed half-way),
    so a full disk is not left fuller; never the live index's."""
    live = read_current(index_dir)
    if live is not None and live.get("indexname") == indexname:
        return
    for entry in index_dir.iterdir():
        name = entry.name
        if entry.is_file() and name not in (CURRENT, LOCK) and _owner(name) == indexname:
            try:
                entry.unlink()
            except OSError:
                pass


def remove_other_indexes(index_dir: Path, keep: str) -> None:
    """Delete files of indexnames other than ``keep`` (old or abandoned builds)."""
    for entry in index_dir.iterdir():
        name = entry.name
        if name in (CURRENT, LOCK) or not entry.is_file():
            continue
        owner = _owner(name)
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


# ------------------------------------------------------------ derived rows
#
# The timeline, people and quotes panes and the indexer's manifest need every
# event/quote/person/file record. Events, quotes and people are not Whoosh
# documents: they ride in their article's stored fields (marshal blobs, see
# `search.schema.article_documents`), written in the same commit. Unpickling
# them one article at a time costs seconds at 50,000 articles, on every open. So
# each Whoosh segment gets a compact side file of those rows (marshal: the
# fastest loader for plain tuples), named like the segment's own files
# (`<segment id>.ndrows_<kind>`, the id being `<indexname>_<random>`) so that
# Whoosh's commit-time cleanup deletes it with a merged-away segment. Segments never change
# after they are written except for deletions, which only grow: rows cached
# at any time, filtered by the segment's current deletions, are exact.

ROWS_VERSION = 4
ROW_KINDS = ("file", "article", "event", "quote", "person")


def _file_row(f: dict) -> tuple:
    size, mtime, fp, problems = f["fp"]
    return (f["file"], size, mtime, fp, [tuple(p) for p in problems])


def _rows_of(
    kinds, files: list[tuple[int, dict]], arts: list[tuple[int, dict]]
) -> Iterator[tuple[str, tuple[list[int], list[tuple]]]]:
    """(kind, (docnums, rows)) for each of ``kinds``, one kind at a time, from
    (docnum, stored fields) of file and article documents (texts not needed);
    the rows of one article (its events, quotes, people) share its docnum.

    Each kind's rows are made only when asked for, so that at most one
    kind's rows are alive beyond the caller's (all at once took 1 GB at 50k).
    """
    from search.schema import article_row, event_rows, person_rows, quote_rows

    makers = {"event": event_rows, "quote": quote_rows, "person": person_rows}
    for kind in kinds:
        ids: list[int] = []
        rows: list[tuple] = []
        if kind == "file":
            for docnum, f in files:
                ids.append(docnum)
                rows.append(_file_row(f))
        elif kind == "article":
            for docnum, f in arts:
                ids.append(docnum)
                rows.append(article_row(f))
        else:
            make = makers[kind]
            for docnum, f in arts:
                got = make(f)
                ids.extend([docnum] * len(got))
                rows.extend(got)
        yield kind, (ids, rows)


def _segment_rows(reader, kinds) -> Iterator[tuple[str, tuple[list[int], list[tuple]]]]:
    """`_rows_of` one segment, its stored fields read once (texts dropped at once)."""
    files: list[tuple[int, dict]] = []
    arts: list[tuple[int, dict]] = []
    if "file" in kinds and ("kind", "file") in reader:
        files = [(d, reader.stored_fields(d)) for d in reader.postings("kind", "file").all_ids()]
    if any(k != "file" for k in kinds) and ("kind", "article") in reader:
        for docnum in reader.postings("kind", "article").all_ids():
            f = reader.stored_fields(docnum)
            f.pop("text", None)
            arts.append((docnum, f))
    yield from _rows_of(kinds, files, arts)


def write_segment_rows(
    index_dir: Path, segment_id: str, files: list[tuple[int, dict]], arts: list[tuple[int, dict]]
) -> None:
    """The side files of a segment just written, from the documents it was
    written from (what `_segment_rows` would read back from it)."""
    for kind, got in _rows_of(ROW_KINDS, files, arts):
        _write_rows(index_dir / f"{segment_id}.ndrows_{kind}", got)


def _rows_paths(index_dir: Path, reader) -> dict[str, Path] | None:
    seg = reader.segment() if hasattr(reader, "segment") else None
    if seg is None:
        return None
    return {k: index_dir / f"{seg.segment_id()}.ndrows_{k}" for k in ROW_KINDS}


def load_rows(
    index_dir: Path,
    searcher,
    kinds: tuple[str, ...] = ROW_KINDS,
    write: bool = True,
) -> dict[str, list]:
    """Live rows of ``kinds`` (file/article/event/quote/person), in docnum order.

    One side file per segment and kind, so that the indexer's manifest
    reads 50,000 small file rows, not half a million event and quote rows.
    The lists returned may be the cache's own: callers must not change them.

    Side files are read where present; a segment without them (new, merged,
    or from an older build) is read from stored fields once and, when
    ``write`` is set, its side files written (best effort: a read-only index
    still works, it is just slower to open).
    """
    import marshal

    out: dict[str, list] = {k: [] for k in kinds}
    for reader, _offset in searcher.reader().leaf_readers():
        paths = _rows_paths(index_dir, reader)
        rows: dict[str, tuple[list[int], list[tuple]]] = {}
        if paths is not None:
            for kind in kinds:
                try:
                    # loads(bytes), not load(file): load reads a file in tiny pieces (10× slower)
                    data = marshal.loads(paths[kind].read_bytes())
                except (OSError, ValueError, EOFError, TypeError):
                    break
                if not isinstance(data, tuple) or data[0] != ROWS_VERSION:
                    break
                rows[kind] = (data[1], data[2])
        if len(rows) < len(kinds):
            rows = {}
            writing = write and paths is not None
            for kind, got in _segment_rows(reader, ROW_KINDS if writing else kinds):
                if writing:
                    _write_rows(paths[kind], got)  # type: ignore[index]
                if kind in kinds:
                    rows[kind] = got
        deleted = reader.deleted_docs_set if reader.has_deletions() else None
        for kind in kinds:
            ids, kind_rows = rows[kind]
            if deleted:
                out[kind].extend(r for d, r in zip(ids, kind_rows, strict=True) if d not in deleted)
            elif not out[kind]:
                out[kind] = kind_rows
            else:
                out[kind].extend(kind_rows)
    return out


def ensure_rows(index_dir: Path, searcher) -> None:
    """Write the side files of segments that lack them, loading nothing else.

    The indexer calls this after a commit: a one-file update adds one tiny
    segment, and reading the big segment's rows back just to find that
    out cost more than the update itself.
    """
    for reader, _offset in searcher.reader().leaf_readers():
        paths = _rows_paths(index_dir, reader)
        if paths is None or all(p.exists() for p in paths.values()):
            continue
        for kind, got in _segment_rows(reader, ROW_KINDS):
            _write_rows(paths[kind], got)


def _write_rows(path: Path, rows: tuple[list[int], list[tuple]]) -> None:
    import marshal

    try:
        data = marshal.dumps((ROWS_VERSION, rows[0], rows[1]))
    except ValueError:
        return
    write_side_file(path, [data])


def write_side_file(path: Path, parts: Iterable[bytes]) -> None:
    """Write a segment's side file (a cache) whole or not at all: into a
    temporary name, then renamed over ``path``. Best effort: a failure
    leaves no partial file, and readers rebuild what is missing."""
    tmp = path.parent / f".{path.name}.{os.getpid()}.tmp"
    try:
        with tmp.open("wb") as fh:
            for part in parts:
                fh.write(part)
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
