"""Finding and reading article files: walking folders, decoding, headers.

A corpus is a list of folders and files. Each readable article becomes a
`Source` (raw text plus whatever its header or record says); every file that
cannot be read becomes a `Problem` with a one-line reason, and the walk goes
on. Nothing here ever writes to the user's files.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISDIR, S_ISREG

ARTICLE_SUFFIXES = {".txt", ".md", ".json", ".jsonl"}
HEADER_KEYS = ("date", "title", "source", "url", "author")

# The seed form: ` date 2025-08-04` at the very start, the story possibly going
# on in the same line. The value is one token; validity is checked later.
_INLINE_DATE = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\S+)[ \t]*(?:\r?\n)?", re.IGNORECASE)
_KEY_LINE = re.compile(
    r"[ \t]*(" + "|".join(HEADER_KEYS) + r")[ \t]*:[ \t]*(.*?)[ \t]*(?:\r?\n|\Z)", re.IGNORECASE
)
_BLANK = re.compile(r"[ \t]*(?:\r?\n|\Z)")


class FileRef:
    """A file found in the corpus, with the id it gets (relative path).

    ``stat`` is the (size, mtime) the walk saw (None when it was not
    stat'ed): a re-index compares it with the index's record, so that a run
    with nothing to do stats each file once, through the directory scan.
    The `Path` is made only when asked for: one per file was a third of a
    50,000-file walk, and a re-index reads almost none of them.
    """

    __slots__ = ("_name", "_path", "doc", "stat")

    def __init__(self, path: Path | str, doc: str, stat: tuple[int, float] | None = None) -> None:
        self._name = os.fspath(path)
        self._path = path if isinstance(path, Path) else None
        self.doc = doc
        self.stat = stat

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = Path(self._name)
        return self._path

    @property
    def name(self) -> str:
        """The path as a string (what `os.stat` and `open` take)."""
        return self._name

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FileRef):
            return NotImplemented
        return (self._name, self.doc) == (other._name, other.doc)

    def __hash__(self) -> int:
        return hash((self._name, self.doc))

    def __repr__(self) -> str:
        return f"FileRef(path={self.path!r}, doc={self.doc!r})"

    def __reduce__(self) -> tuple:
        return FileRef, (self._name, self.doc, self.stat)


@dataclass(slots=True)
class Source:
    """One article's raw text and the metadata that came with it."""

    doc: str
    path: str
    text: str
    body_start: int = 0
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    mtime: float | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """A file (or a line of one) that could not be read, and why."""

    path: str
    reason: str


class Unreadable(Exception):
    """Raised with a one-line reason for a file that is not an article."""


# --------------------------------------------------------------------- walking


def walk(paths: list[Path]) -> tuple[list[FileRef], list[Problem]]:
    """Every article file under ``paths``, with ids relative to its root.

    Symlinked folders are followed once (a loop is noticed by device and inode
    and not entered again). Ids are made unique across roots by prefixing the
    root's name when two roots would give the same id.
    """
    found: list[FileRef] = []
    problems: list[Problem] = []
    seen_ids: set[str] = set()
    multi = len(paths) > 1
    for root in paths:
        root = Path(root)
        try:
            is_dir = root.is_dir()
            exists = root.exists()
        except OSError as exc:
            problems.append(Problem(str(root), os_reason(exc)))
            continue
        if not exists:
            problems.append(Problem(str(root), "no such file or folder"))
            continue
        refs = list(_walk_dir(root, problems)) if is_dir else [FileRef(root, root.name)]
        for ref in refs:
            doc = ref.doc
            if doc in seen_ids and multi:
                doc = f"{root.name}/{doc}"
            if doc in seen_ids:
                continue
            seen_ids.add(doc)
            found.append(ref if doc == ref.doc else FileRef(ref.name, doc, ref.stat))
    found.sort(key=lambda r: r.doc)
    return found, problems


def _walk_dir(root: Path, problems: list[Problem]) -> Iterator[FileRef]:
    # Folders go on the stack with their id prefix (the relative path so
    # far), so ids are joined as strings: `Path.relative_to` for each of
    # 50,000 files was half the time of a re-index with nothing to do.
    visited: set[tuple[int, int]] = set()
    stack: list[tuple[str, str]] = [(str(root), "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            st = os.stat(folder)
        except OSError as exc:
            problems.append(Problem(str(Path(folder)), os_reason(exc)))
            continue
        key = (st.st_dev, st.st_ino)
        if key in visited:
            problems.append(Problem(str(Path(folder)), "symlink loop: folder already visited"))
            continue
        visited.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            problems.append(Problem(str(Path(folder)), os_reason(exc)))
            continue
        for entry in entries:
            name = entry.name
            if name.startswith(".") or name == "__pycache__":
                continue
            dot = name.rfind(".")  # os.path.splitext's answer for a name not starting with "."
            if dot > 0 and name[dot:].lower() in ARTICLE_SUFFIXES:
                # an article's name: one stat says what it is and gives its
                # (size, mtime) for the re-index (no is_dir/is_file calls first)
                try:
                    st = entry.stat()  # follows a symlink, as os.stat does
                except OSError:
                    if _is_symlink(entry):
                        problems.append(Problem(str(Path(entry.path)), "broken or looping symlink"))
                    else:  # the indexer stats it again and says why it failed
                        yield FileRef(entry.path, prefix + name)
                    continue
                if S_ISREG(st.st_mode):
                    yield FileRef(entry.path, prefix + name, (st.st_size, st.st_mtime))
                elif S_ISDIR(st.st_mode):
                    stack.append((entry.path, f"{prefix}{name}/"))
                elif _is_symlink(entry):
                    problems.append(Problem(str(Path(entry.path)), "broken or looping symlink"))
                continue
            try:
                if entry.is_dir(follow_symlinks=True):
                    stack.append((entry.path, f"{prefix}{name}/"))
                    continue
                if not entry.is_file(follow_symlinks=True):
                    if entry.is_symlink():
                        problems.append(Problem(str(Path(entry.path)), "broken or looping symlink"))
                    continue
            except OSError as exc:
                problems.append(Problem(str(Path(entry.path)), os_reason(exc)))
                continue


def _is_symlink(entry: os.DirEntry) -> bool:
    try:
        return entry.is_symlink()
    except OSError:
        return False


def os_reason(exc: OSError) -> str:
    """An OSError as the short lower-case phrase a problem line shows."""
    return exc.strerror.lower() if exc.strerror else str(exc)


# -------------------------------------------------------------------- decoding


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes to text: UTF-8 (BOM allowed), UTF-16 by BOM, else cp1252.

    Returns the text and a warning (or None). Raises `Unreadable` for data
    that is not text at all.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), None
        except UnicodeDecodeError as exc:
            raise Unreadable(f"invalid UTF-8 after a UTF-8 BOM at byte {exc.start + 3}") from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            raise Unreadable("invalid UTF-16 text") from exc
    if b"\x00" in data[:8192]:
        raise Unreadable("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise Unreadable("not text: neither UTF-8 nor cp1252") from exc
        _check_textual(text)
        return text, "not UTF-8; read as cp1252"
    _check_textual(text)
    return text, None


def _check_textual(text: str) -> None:
    sample = text[:8192]
    if not sample:
        return
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v\x1b")
    if controls / len(sample) > 0.05:
        raise Unreadable("binary file (too many control characters)")


def fingerprint(data: bytes) -> str:
    """Content hash used to tell a touched file from a changed one."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


# --------------------------------------------------------------------- headers


def split_header(text: str) -> tuple[dict[str, str], int]:
    """The header's fields and the offset where the story starts.

    Two forms: the inline ` date 2025-08-04 The story…`, and `key: value`
    lines (date, title, source, url, author) ended by a blank line. A text
    with neither has an empty header and starts at 0.
    """
    m = _INLINE_DATE.match(text)
    if m:
        return {"date": m.group(1)}, m.end()
    meta: dict[str, str] = {}
    pos = 1 if text.startswith("\ufeff") else 0
    while True:
        km = _KEY_LINE.match(text, pos)
        if not km:
            break
        key = km.group(1).lower()
        if key in meta:
            break
        meta[key] = km.group(2)
        pos = km.end()
        if pos >= len(text):
            break
    if not meta:
        return {}, 0
    bm = _BLANK.match(text, pos)
    if bm and bm.end() > pos:
        pos = bm.end()
    elif pos < len(text):
        # `key: value` lines must end with a blank line; otherwise it is prose
        # that happens to begin with a word and a colon ("Title: …").
        return {}, 0
    return meta, pos


# --------------------------------------------------------------------- reading


READ_ATTEMPTS = 3


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A file's bytes and the size/mtime they go with.

    ``size`` and ``mtime`` are taken *before* the read, so that a file
    written to while (or after) it was read never carries a mark that
    matches its new state: the next run sees the difference and reads it
    again. ``stable`` is False when the file kept changing under every
    attempt; the bytes and stat are then whatever the last attempt got.
    """

    data: bytes
    size: int
    mtime: float
    stable: bool = True


def read_snapshot(path: Path, attempts: int = READ_ATTEMPTS) -> Snapshot:
    """Read ``path``, retrying while its size or mtime moves during the read.

    Raises `OSError` (missing, no permission, …) like `Path.read_bytes`.
    """
    data = b""
    before = path.stat()
    for _ in range(max(1, attempts)):
        data = path.read_bytes()
        after = path.stat()
        if (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns):
            return Snapshot(data, before.st_size, before.st_mtime)
        before = after
    return Snapshot(data, before.st_size, before.st_mtime, stable=False)


def read_file(ref: FileRef) -> tuple[list[Source], list[Problem]]:
    """Read one file into its articles (one, or one per JSON record)."""
    try:
        snap = read_snapshot(ref.path)
    except OSError as exc:
        return [], [Problem(str(ref.path), os_reason(exc))]
    return read_bytes(ref, snap.data, snap.mtime)


def read_bytes(
    ref: FileRef, data: bytes, mtime: float | None
) -> tuple[list[Source], list[Problem]]:
    if not data.strip():
        return [], [Problem(str(ref.path), "empty file")]
    try:
        text, warning = decode(data)
    except Unreadable as exc:
        return [], [Problem(str(ref.path), str(exc))]
    suffix = ref.path.suffix.lower()
    if suffix == ".jsonl":
        return _read_jsonl(ref, text, mtime, warning)
    if suffix == ".json":
        return _read_json(ref, text, mtime, warning)
    meta, body_start = split_header(text)
    if not text[body_start:].strip():
        return [], [Problem(str(ref.path), "no article text (header only)")]
    src = Source(ref.doc, str(ref.path), text, body_start, meta, [], mtime)
    if warning:
        src.warnings.append(warning)
    return [src], []


def _record_source(
    ref: FileRef, doc: str, record: object, mtime: float | None
) -> tuple[Source | None, str | None]:
    if not isinstance(record, dict):
        return None, "not a JSON object"
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        body = record.get("body")
    if not isinstance(body, str) or not body.strip():
        return None, "no 'text' or 'body'"
    meta = {
        key: str(record[key]).strip() for key in HEADER_KEYS if record.get(key) not in (None, "")
    }
    return Source(doc, str(ref.path), body, 0, meta, [], mtime), None


def _why(exc: json.JSONDecodeError | RecursionError) -> str:
    """Why JSON did not parse, in the few words a problem line shows."""
    return exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"


def _read_jsonl(
    ref: FileRef, text: str, mtime: float | None, warning: str | None
) -> tuple[list[Source], list[Problem]]:
    sources: list[Source] = []
    problems: list[Problem] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            problems.append(Problem(f"{ref.path}:{number}", f"broken JSON line: {_why(exc)}"))
            continue
        src, why = _record_source(ref, f"{ref.doc}#{number}", record, mtime)
        if src is None:
            problems.append(Problem(f"{ref.path}:{number}", f"skipped record: {why}"))
            continue
        if warning:
            src.warnings.append(warning)
        sources.append(src)
    if not sources and not problems:
        problems.append(Problem(str(ref.path), "no records"))
    return sources, problems


def _read_json(
    ref: FileRef, text: str, mtime: float | None, warning: str | None
) -> tuple[list[Source], list[Problem]]:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        return [], [Problem(str(ref.path), f"broken JSON: {_why(exc)}")]
    records = data if isinstance(data, list) else [data]
    sources: list[Source] = []
    problems: list[Problem] = []
    for number, record in enumerate(records, start=1):
        doc = ref.doc if len(records) == 1 else f"{ref.doc}#{number}"
        src, why = _record_source(ref, doc, record, mtime)
        if src is None:
            problems.append(Problem(f"{ref.path}[{number}]", f"skipped record: {why}"))
            continue
        if warning:
            src.warnings.append(warning)
        sources.append(src)
    return sources, problems
