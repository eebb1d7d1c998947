"""The one place the panes read event, article, quote and person rows per segment.

The timeline's grouping file (`search.timeline_groups`) is kept up to date
one Whoosh segment at a time, so it needs each segment's rows with their
docnums (to drop deleted records), not the flattened lists `store.load_rows`
returns. Everything that knows how those rows are stored (today the
indexer's `<segment>.ndrows_<kind>` marshal files, with the stored fields as
the fallback) is here: if the index layout changes, this module changes.
"""

from __future__ import annotations

import fcntl
import io
import marshal
import os
import secrets
import struct
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from search import store

# row layouts, as `store._row` writes them
EVENT_FIELDS = ("doc", "start", "end", "expression", "type", "value", "sentence", "adate", "key")
ARTICLE_TITLE = 2  # (doc, path, title, source, date, date_source)


def segment_id(reader: Any) -> str | None:
    """The segment a leaf reader reads (None for readers without one)."""
    seg = reader.segment() if hasattr(reader, "segment") else None
    return seg.segment_id() if seg is not None else None


def deleted(reader: Any) -> frozenset[int] | set[int]:
    """Deleted docnums of one segment (empty when it has none)."""
    return reader.deleted_docs_set if reader.has_deletions() else frozenset()


def live_segments(searcher: Any) -> Iterator[tuple[str, Any, frozenset[int] | set[int]]]:
    """(segment id, leaf reader, deleted docnums) of each segment of an index
    state: what a pane file's update compares with the state it was made for."""
    for reader, _ in searcher.reader().leaf_readers():
        seg = segment_id(reader)
        if seg is not None:
            yield seg, reader, deleted(reader)


def segment_rows(index_dir: Path, reader: Any, kind: str) -> tuple[list[int], list[tuple]]:
    """(docnums, rows) of one record kind in one segment, deleted ones included.

    A row's docnum is that of the Whoosh document holding it: the article's,
    so all events (quotes, people) of one article share one docnum, in
    ascending docnum order. A docnum is therefore not a row's identity:
    whoever drops deleted rows must drop every row with that docnum.

    Read from the segment's row file when it is there and current, else from
    Whoosh's stored fields (slow: a segment written by another version).
    """
    paths = store._rows_paths(index_dir, reader)
    if paths is not None:
        try:
            data = marshal.loads(paths[kind].read_bytes())
            if isinstance(data, tuple) and data[0] == store.ROWS_VERSION:
                return data[1], data[2]
        except (OSError, ValueError, EOFError, TypeError):
            pass
    for _, got in store._segment_rows(reader, (kind,)):
        return got
    return [], []


def signature(searcher: Any) -> list[tuple[str, int]]:
    """What an index state holds: its segments and their deletion counts."""
    return [
        (seg.segment_id(), seg.deleted_count())
        for r, _ in searcher.reader().leaf_readers()
        if (seg := r.segment()) is not None  # an empty corpus: an empty reader, no segment
    ]


FRAME = struct.Struct("<8sQQ")  # magic, length of the main part, length of the update part


def read_frame(
    fh: BinaryIO, magic: bytes, version: int, what: str, with_update: bool
) -> tuple[dict, dict | None, int]:
    """The marshalled parts of a pane file: (main, update or None, where blocks start).

    Both pane files (timeline, people) share this frame; anything that is
    not this file at this version raises ValueError, so it is rebuilt.
    """
    head = fh.read(FRAME.size)
    if len(head) != FRAME.size:
        raise ValueError("short file")
    got, n1, n2 = FRAME.unpack(head)
    if got != magic:
        raise ValueError(f"not a {what} file of this version")
    data = marshal.loads(fh.read(n1))
    if not isinstance(data, dict) or data.get("version") != version:
        raise ValueError(f"not a {what} file of this version")
    upd = marshal.loads(fh.read(n2)) if with_update else None
    return data, upd, FRAME.size + n1 + n2


def frame_bytes(magic: bytes, head: dict, upd: dict) -> bytes:
    """A pane file's header as `read_frame` reads it: the frame, then both parts."""
    h1, h2 = marshal.dumps(head), marshal.dumps(upd)
    return FRAME.pack(magic, len(h1), len(h2)) + h1 + h2


def read_frame_or_older(
    fh: BinaryIO,
    current: tuple[bytes, int],
    older: tuple[bytes, int],
    kind: str,
    with_update: bool = False,
) -> tuple[dict, dict | None, int]:
    """`read_frame` in the current format, else in the older one, whose
    blocks sit inline after the header (no store): read as they are, and
    moved into a store by the next update."""
    try:
        return read_frame(fh, *current, kind, with_update)
    except ValueError:
        fh.seek(0)
        data, upd, base = read_frame(fh, *older, kind, with_update)
        data.pop("store", None)
        return data, upd, base


def open_current(
    path: Path,
    read: Callable[[BinaryIO], tuple[Any, Any, int]],
    is_current: Callable[[Any], bool],
    refresh: Callable[[bool], bytes | None],
) -> tuple[Any, int, Path | None, bytes | None]:
    """A pane file of this index state: (header, where blocks start, the
    path to read blocks from, or the bytes when they are not on disk).

    The file on disk is used when it belongs to this state; otherwise it is
    brought up to date (``refresh(True)`` writes it) and read again. If
    another state's file replaced ours meanwhile, ours is made in memory
    (``refresh(False)``) and kept.
    """
    data: bytes | None = None
    for attempt in range(2):
        try:
            with open(path, "rb") as fh:
                head, _, base = read(fh)
            if is_current(head):
                return head, base, path, None
        except (OSError, ValueError, EOFError, TypeError, KeyError):
            pass
        if attempt == 0:
            data = refresh(True)
            if data is not None:
                break
    if data is None:
        data = refresh(False)
        assert data is not None
    head, _, base = read(io.BytesIO(data))
    return head, base, None, data


# ------------------------------------------------------------ block stores
#
# A pane file is a header (what every open reads) and blocks (read when
# shown). The blocks live in a store beside the header, `<header name>-<hex>`,
# that only ever grows: an update appends the blocks that changed, keeps the
# others where they are and replaces the header atomically. Rewriting the
# whole file (73 MB of timeline, 20 MB of people at 50,000 articles) for a
# one-file change, and unlinking the old one, was half of the update.
# A reader holding an old header keeps reading blocks nothing overwrites.
# When dead blocks would pass STORE_SLACK of the live ones, the store is
# written anew under a new name (compacted) and the old one deleted.

STORE_SLACK = 0.5
STORE_SLACK_MIN = 4 << 20

# where a block's bytes are: ("old", (offset, length)) in the old store or
# file, or ("new", bytes) not written yet
Piece = tuple[str, Any]


# A store no header names, untouched this long, is left over (its header was
# unreadable or of an older format, so the new one could not know its name).
STRAY_AGE = 60.0


def _drop_stray_stores(path: Path, keep: str) -> None:
    """Delete the header's other stores that nothing is writing any more.

    A writer racing us writes its store just before its header, so a store
    modified in the last `STRAY_AGE` seconds is left alone; a reader holding
    a deleted store open keeps reading it, one that has not opened it yet
    finds it gone and reads the header again (`open_stored`).
    """
    now = time.time()
    prefix = path.name + "-"
    try:
        names = os.listdir(path.parent)
    except OSError:
        return
    for name in names:
        tail = name[len(prefix) :]
        if not name.startswith(prefix) or name == keep or len(tail) != 12:
            continue
        if any(c not in "0123456789abcdef" for c in tail):
            continue
        stray = path.with_name(name)
        try:
            if now - stray.stat().st_mtime >= STRAY_AGE:
                stray.unlink()
        except OSError:
            pass


def store_path(path: Path, name: str) -> Path:
    """The store ``name`` of the header at ``path`` (ValueError if it is not one)."""
    if os.sep in name or not name.startswith(path.name + "-"):
        raise ValueError("not a store of this file")
    return path.with_name(name)


def open_store(path: Path, name: str, end: int) -> int:
    """A read descriptor of a header's store; ValueError when it is shorter
    than ``end`` (where the header's last block ends): cut short."""
    fd = os.open(store_path(path, name), os.O_RDONLY)
    if os.fstat(fd).st_size < end:
        os.close(fd)
        raise ValueError("store cut short")
    return fd


def piece_length(piece: Piece) -> int:
    how, what = piece
    return len(what) if how == "new" else what[1]


def write_pieces(
    out: BinaryIO, pieces: Sequence[Piece], read_old: Callable[[tuple[int, int]], bytes]
) -> list[tuple[int, int]]:
    """Every piece written one after the other into ``out`` (from offset 0)."""
    where: list[tuple[int, int]] = []
    off = 0
    for how, what in pieces:
        raw = what if how == "new" else read_old(what)
        out.write(raw)
        where.append((off, len(raw)))
        off += len(raw)
    return where


def _append_pieces(fd: int, size: int, pieces: Sequence[Piece]) -> list[tuple[int, int]]:
    """New pieces appended at ``size`` (the store's end); old ones stay put."""
    chunks: list[bytes] = []
    where: list[tuple[int, int]] = []
    off = size
    for how, what in pieces:
        if how == "old":
            where.append(what)
            continue
        chunks.append(what)
        where.append((off, len(what)))
        off += len(what)
    view = memoryview(b"".join(chunks))
    while view:
        view = view[os.write(fd, view) :]
    return where


def save_stored(
    path: Path,
    pieces: Sequence[Piece],
    header: Callable[[list[tuple[int, int]], str], bytes],
    old_store: str | None,
    old_fd: int | None,
    read_old: Callable[[tuple[int, int]], bytes],
) -> None:
    """Write the header at ``path`` (``header(where, store name)`` gives its
    bytes) with its blocks in a store: appended to the old header's store
    (``old_store``, open for reading as ``old_fd``) when that is still the
    one on disk and not too full of dead blocks, else in a new store.

    Appends and compactions hold an flock on the old store, as a reader
    bringing an older state up to date may write too; whoever finds the
    store gone after waiting for the lock writes a new one.
    """
    tmp = path.parent / f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp"
    fd: int | None = None  # the old store, locked while appended to or replaced
    try:
        if old_store is not None and old_fd is not None:
            try:
                fd = os.open(store_path(path, old_store), os.O_WRONLY | os.O_APPEND)
            except OSError:
                fd = None  # compacted away meanwhile: a new store
        if fd is not None:
            assert old_store is not None and old_fd is not None
            fcntl.flock(fd, fcntl.LOCK_EX)
            st = os.fstat(fd)
            try:
                same = os.stat(store_path(path, old_store)).st_ino == st.st_ino
            except OSError:
                same = False  # compacted away while we waited for the lock
            same = same and st.st_ino == os.fstat(old_fd).st_ino
            live = sum(piece_length(p) for p in pieces)
            grow = sum(piece_length(p) for p in pieces if p[0] == "new")
            if not same:
                os.close(fd)
                fd = None
            elif st.st_size + grow <= live * (1 + STORE_SLACK) + STORE_SLACK_MIN:
                where = _append_pieces(fd, st.st_size, pieces)
                tmp.write_bytes(header(where, old_store))
                os.replace(tmp, path)
                return
        # a new store: the first, a compaction, or moving an older file's blocks
        name = f"{path.name}-{secrets.token_hex(6)}"
        new = store_path(path, name)
        try:
            with open(new, "xb") as out:
                where = write_pieces(out, pieces, read_old)
            tmp.write_bytes(header(where, name))
            os.replace(tmp, path)
        except BaseException:
            new.unlink(missing_ok=True)
            raise
        if fd is not None and old_store is not None:
            # still locked: whoever waits to append to it finds it gone
            store_path(path, old_store).unlink(missing_ok=True)
        _drop_stray_stores(path, name)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        if fd is not None:
            os.close(fd)


def _no_old(where: tuple[int, int]) -> bytes:
    """`read_old` when there is no old file: every block is new."""
    raise AssertionError("no old file to copy from")


class OldFile:
    """The previous state's pane file, open for copying and re-reading its
    blocks, from the file itself or from the store its header names.

    ``read(fh, with_update)`` reads the header as `read_frame` does, and
    ``store_of(head)`` says (store name or None, where its last block ends),
    as for `open_stored`; ``head`` and ``upd`` are what ``read`` gave.
    """

    def __init__(
        self,
        path: Path,
        read: Callable[[BinaryIO, bool], tuple[Any, dict | None, int]],
        store_of: Callable[[Any], tuple[str | None, int]],
    ) -> None:
        self.fh = open(path, "rb")  # noqa: SIM115 - closed by close()
        self.store_fd: int | None = None
        try:
            self.head, upd, self.base = read(self.fh, True)
            self.store, end = store_of(self.head)
            if self.store is not None:
                self.store_fd = open_store(path, self.store, end)
                self.base = 0
        except Exception:
            self.close()
            raise
        assert upd is not None
        self.upd: dict = upd
        self.fd = self.fh.fileno() if self.store_fd is None else self.store_fd

    def read(self, where: tuple[int, int]) -> bytes:
        """The bytes of a block at ``where`` = (offset, length)."""
        return os.pread(self.fd, where[1], self.base + where[0])

    def close(self) -> None:
        if self.store_fd is not None:
            os.close(self.store_fd)
            self.store_fd = None
        self.fh.close()


def save_or_bytes(
    path: Path,
    pieces: Sequence[Piece],
    header: Callable[[list[tuple[int, int]], str | None], bytes],
    old: OldFile | None,
    write: bool,
) -> bytes | None:
    """The pane file written at ``path`` (`save_stored`, appending to the
    store of ``old`` when it can; None), or, when it cannot be (a read-only
    index dir, a full disk) or ``write`` is False, the whole file as bytes
    (header, then its blocks) to be kept in memory."""
    read_old = old.read if old is not None else _no_old
    if write:
        try:
            store, fd = (old.store, old.store_fd) if old is not None else (None, None)
            save_stored(path, pieces, header, store, fd, read_old)
            return None
        except OSError:
            pass  # made in memory instead
    blocks = io.BytesIO()
    where = write_pieces(blocks, pieces, read_old)
    return header(where, None) + blocks.getvalue()


def open_stored(
    path: Path,
    read: Callable[[BinaryIO], tuple[Any, Any, int]],
    is_current: Callable[[Any], bool],
    refresh: Callable[[bool], bytes | None],
    store_of: Callable[[Any], tuple[str | None, int]],
) -> tuple[Any, int, int | None, bytes | None]:
    """`open_current` for a file whose blocks may be in a store: (header,
    where blocks start, a read descriptor of the file or store holding
    them, or the bytes when they are not on disk). ``store_of(header)`` is
    (store name or None, where its last block ends).
    """
    for _ in range(3):
        head, base, where, data = open_current(path, read, is_current, refresh)
        name, end = store_of(head)
        if where is None:
            return head, base, None, data
        try:
            if name is None:
                return head, base, os.open(where, os.O_RDONLY), None
            return head, 0, open_store(path, name, end), None
        except (OSError, ValueError):
            # compacted away meanwhile (the header now names another store:
            # try again), or damaged (the same header: made again)
            try:
                with open(path, "rb") as fh:
                    now = store_of(read(fh)[0])[0]
            except (OSError, ValueError, EOFError, TypeError, KeyError):
                now = None
            if now == name:
                try:
                    path.unlink()
                except OSError:
                    pass
    data = refresh(False)
    assert data is not None
    head, _, base = read(io.BytesIO(data))
    return head, base, None, data
