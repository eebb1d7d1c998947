"""Building and updating an index from a corpus.

Incremental by default: a file whose size and modification time match the
index is not read again; one whose bytes hash the same is not re-extracted;
files gone from the corpus are dropped. A big batch is split over worker
processes that each read, clean, extract, analyse and write their share
into a Whoosh segment of their own (`_segment_worker`); this process only
deletes what changed or went, and commits one table of contents listing
the old segments and the workers' new ones, so the update is atomic as
before. (One writer fed by extraction workers was bound by that writer.)
Small batches stay in-process, where a pool costs more than it saves. The
user's files are only ever opened for reading.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter
from pathlib import Path
from typing import Any

from search import problems, store
from search.corpus import FileRef, Problem, walk
from search.extract import FileResult, process_file
from search.records import IndexReport
from search.schema import article_documents, file_record, make_schema

Progress = Callable[[int, int, str], None]

POOL_THRESHOLD = 48
WRITER_LIMIT_MB = 128


def _open_live(index_dir: Path):
    """The live Whoosh index, or None when it is missing, old, built by
    another engine, or unreadable: each of those means building anew."""
    from whoosh import index as windex

    current = store.read_current(index_dir)
    if not current or _outdated(current):
        return None
    try:
        ix = windex.open_dir(str(index_dir), indexname=current["indexname"])
        with ix.searcher() as s:
            s.doc_count()
        return ix
    except Exception:  # any damage means: build a new one beside it
        return None


def _outdated(current: dict) -> str:
    """Why an index described by ``current`` (CURRENT.json) was made by
    another version of newsdesk, for the user; "" when it was not."""
    if current.get("schema") != store.SCHEMA_VERSION:
        return "it was written by another version of newsdesk"
    if current.get("engine") != store.ENGINE_VERSION:
        return "dates, people and quotes are now read differently"
    return ""


def _rebuild_reason(index_dir: Path) -> str:
    """Why the index at ``index_dir`` cannot be updated in place, for the user."""
    current = store.read_current(index_dir)
    if not current:
        return ""
    return _outdated(current) or "it could not be read"


# a manifest entry is the file's row: (file id, size, mtime, content hash, problems)
SIZE, MTIME, FP, PROBLEMS = 1, 2, 3, 4


def _manifest(ix, index_dir: Path) -> dict[str, tuple]:
    """file id → its row (see SIZE, MTIME, FP, PROBLEMS) for every indexed file.

    Read from the per-segment row files (`store.load_rows`): unpickling
    50,000 stored `file` records costs more than the rest of a one-file update.
    The rows themselves are the values (no tuple made per file).
    """
    with ix.searcher() as s:
        rows = store.load_rows(index_dir, s, ("file",))["file"]
    return dict(zip(map(itemgetter(0), rows), rows, strict=True))


def _write_rows(ix, index_dir: Path) -> None:
    """Write the row files of new segments now, while the writer lock is held,
    so the first dashboard or CLI open after an update does not pay for it."""
    from search import postings_file

    with ix.searcher() as s:
        store.ensure_rows(index_dir, s)
    postings_file.ensure(index_dir, ix)


def _write_timeline(ix, index_dir: Path, indexname: str, workers: int = 1) -> None:
    """Pane hook: bring the timeline's grouping file and the people file up to
    this commit (`search.timeline_groups`, `search.people_index`: only what the
    changed articles touch is redone), so no reader pays for it while holding
    its library lock. A fresh index's first grouping uses ``workers`` processes."""
    from search import people_index, timeline_groups

    with ix.searcher() as s:
        timeline_groups.refresh(index_dir, indexname, s, workers=workers)
        people_index.refresh(index_dir, indexname, s)


def needs_indexing(paths: list[Path], index_dir: Path) -> bool:
    """True when the index is missing or any file was added, changed or removed."""
    ix = _open_live(Path(index_dir))
    if ix is None:
        return True
    try:
        manifest = _manifest(ix, Path(index_dir))
    finally:
        ix.close()
    refs, _ = walk([Path(p) for p in paths])
    if {r.doc for r in refs} != set(manifest):
        return True
    for ref in refs:
        try:
            seen = _stat(ref)
        except OSError:
            return True
        if seen != manifest[ref.doc][SIZE : MTIME + 1]:
            return True
    return False


def _stat(ref: FileRef) -> tuple[int, float]:
    """(size, mtime) of a file: what the walk saw, else a stat now."""
    if ref.stat is not None:
        return ref.stat
    st = os.stat(ref.name)
    return st.st_size, st.st_mtime


def _skipped_whole(ref: FileRef, problem_paths: Iterable[str]) -> bool:
    """Whether a problem names the file itself (empty, binary, broken JSON)
    rather than a line or record of it. Such a file is remembered, so it is
    not read again while it stays so, but counted only among the skipped:
    never also as a new or unchanged article file."""
    paths = set(problem_paths)
    return bool(paths) and str(ref.path) in paths  # no Path made for a clean file


Prepared = tuple[FileResult, list[dict[str, Any]]]


def prepare_file(ref: FileRef) -> Prepared:
    """One file made ready for a writer: what `process_file` found (its
    extracted items dropped) and the Whoosh documents of its articles."""
    result = process_file(ref)
    sort_key, person_key = _keyers()
    docs = [
        d for item in result.items for d in article_documents(ref.doc, item, sort_key, person_key)
    ]
    result.items = []
    return result, docs


def _segment_worker(
    index_dir: str, indexname: str, limitmb: int, number: int, tasks, results
) -> None:
    """One pool process: prepares files and writes them into a segment of its own.

    Reading, extraction, analysis, sorting postings and writing them all
    happen here, in parallel with the other workers (one Whoosh writer in
    the main process was the bottleneck of a build). The segment is not
    visible to anyone until the main process commits a table of contents
    that lists it; if that never happens, Whoosh's next commit deletes its
    files. Its side files (`store.write_segment_rows`) are written from
    the documents themselves, not read back.
    """
    try:
        from whoosh import index as windex
        from whoosh.writing import SegmentWriter

        from search import postings_file

        ix = windex.open_dir(index_dir, indexname=indexname)
        # _lk=False: the main process holds the index's locks (as Whoosh's own
        # multi-process writer does for its sub-writers)
        writer = SegmentWriter(ix, _lk=False, limitmb=limitmb, compound=False)
        files: list[tuple[int, dict]] = []
        arts: list[tuple[int, dict]] = []
        while (job := tasks.get()) is not None:
            out = []
            for ref, old_fp in job:
                result, docs = prepare_file(ref)
                written = bool(result.fingerprint) and result.fingerprint != old_fp
                if written:
                    for doc in docs:
                        num = writer.docnum
                        writer.add_document(**doc)
                        for name in ("text", "body", "people", "furn"):  # rows need none
                            doc.pop(name, None)
                        arts.append((num, doc))
                    mark = _mark(ref.doc, result)
                    files.append((writer.docnum, mark))
                    writer.add_document(**mark)
                out.append((result, written))
            results.put(("files", out))
        segment = None
        if writer._added:
            segment = writer._finalize_segment()
            try:
                store.write_segment_rows(Path(index_dir), segment.segment_id(), files, arts)
            except Exception:  # a cache only: readers rebuild what is missing
                pass
            try:
                postings_file.write(Path(index_dir), ix, segment)
            except Exception:  # a cache only: searches decode Whoosh's blocks instead
                pass
        else:
            writer._close_segment()
        results.put(("done", (number, segment)))
    except BaseException:
        import traceback

        results.put(("error", traceback.format_exc()))


class _SegmentWorkers:
    """Worker processes each writing one new segment (`_segment_worker`).

    Worker i gets the i-th contiguous share of the (sorted) files and the
    segments are listed in worker order, so documents keep the order a
    one-process build gives them: equal scores then rank the same way
    (ties go by document number) whatever the number of workers.
    """

    def __init__(self, index_dir: Path, indexname: str, workers: int) -> None:
        from search.procs import forkserver_context

        # forkserver: safe to start from a thread (the dashboard indexes in one)
        ctx = forkserver_context()
        self.tasks = [ctx.Queue(4) for _ in range(workers)]
        self.results = ctx.Queue()
        self.workers = workers
        self.segments: list = []
        self.procs = [
            ctx.Process(
                target=_segment_worker,
                args=(str(index_dir), indexname, WRITER_LIMIT_MB, i, self.tasks[i], self.results),
                daemon=True,
            )
            for i in range(workers)
        ]

    def __enter__(self) -> _SegmentWorkers:
        for p in self.procs:
            p.start()
        return self

    def __exit__(self, *exc: object) -> None:
        for p in self.procs:
            p.join(timeout=0 if exc[0] else 30)
            if p.is_alive():
                p.terminate()
                p.join()

    def run(self, jobs: list[tuple[FileRef, str | None]]) -> Iterator[tuple[FileResult, bool]]:
        """(result, written) per file, in the order the workers finish them."""
        import queue

        n = self.workers
        size = max(1, min(32, len(jobs) // (n * 8)))
        shares: list[list] = []
        for i in range(n):
            share = jobs[i * len(jobs) // n : (i + 1) * len(jobs) // n]
            shares.append([share[k : k + size] for k in range(0, len(share), size)] + [None])
        fed = [0] * n
        done: dict[int, Any] = {}
        while len(done) < n:
            for i in range(n):
                while fed[i] < len(shares[i]):
                    try:
                        self.tasks[i].put_nowait(shares[i][fed[i]])
                    except queue.Full:
                        break
                    fed[i] += 1
            try:
                kind, payload = self.results.get(timeout=0.5)
            except queue.Empty:
                if any(p.exitcode not in (None, 0) for p in self.procs):
                    raise RuntimeError("an indexing worker process died") from None
                continue
            if kind == "files":
                yield from payload
            elif kind == "done":
                number, segment = payload
                done[number] = segment
            else:
                raise RuntimeError(f"an indexing worker failed:\n{payload}")
        self.segments = [done[i] for i in range(n) if done[i] is not None]


def _commit(writer, segments: list) -> None:
    """``writer.commit()``, with the workers' segments listed in the same
    table of contents (Whoosh's multi-process writer commits the same way)."""
    if not segments:
        writer.commit()
        return
    final = writer._merge_segments(None, None, None)  # small old segments, as commit() does
    final.extend(segments)
    if writer._added:
        final.append(writer._finalize_segment())
    else:
        writer._close_segment()
    writer._commit_toc(final)
    writer._finish()


def build_index(
    paths: Iterable[Path],
    index_dir: Path,
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
    workers: int | None = None,
    lock_timeout: float = 300.0,
    on_wait: Callable[[], None] | None = None,
) -> IndexReport:
    """Bring the index at ``index_dir`` up to date with the files at ``paths``."""
    paths = [Path(p) for p in paths]
    index_dir = Path(index_dir)
    with store.write_lock(index_dir, lock_timeout, on_wait):
        report = _build_locked(paths, index_dir, rebuild, progress, workers)
        problems.record(index_dir, report.skipped)  # for the dashboard's skipped list
        return report


def _build_locked(
    paths: list[Path],
    index_dir: Path,
    rebuild: bool,
    progress: Progress | None,
    workers: int | None,
) -> IndexReport:
    from whoosh import index as windex

    report = IndexReport()
    ix = None if rebuild else _open_live(index_dir)
    fresh = ix is None
    if fresh and not rebuild:
        report.rebuilt = _rebuild_reason(index_dir)
    if fresh:
        indexname = store.new_indexname()
        ix = windex.create_in(str(index_dir), make_schema(), indexname=indexname)
        manifest: dict[str, tuple] = {}
    else:
        indexname = store.read_current(index_dir)["indexname"]  # type: ignore[index]
        manifest = _manifest(ix, index_dir)

    refs, problems = walk(paths)
    report.skipped.extend((p.path, p.reason) for p in problems)
    todo: list[FileRef] = []
    present: set[str] = set()
    for ref in refs:
        present.add(ref.doc)
        old = manifest.get(ref.doc)
        if old is not None:
            try:
                seen = _stat(ref)
            except OSError as exc:
                report.skipped.append((ref.name, exc.strerror or str(exc)))
                continue
            if seen == (old[SIZE], old[MTIME]):
                # a file skipped before is still skipped: say so again
                problems = old[PROBLEMS] or ()
                report.skipped.extend((p, r) for p, r in problems)
                if not _skipped_whole(ref, (p for p, _ in problems)):
                    report.unchanged += 1
                continue
        todo.append(ref)
    gone = [f for f in manifest if f not in present]

    if not fresh and not todo and not gone:
        # nothing changed: no writer, no commit, no new generation for readers
        # to notice (a no-op run over 50,000 files is then walk + stat only)
        if progress:
            progress(0, 0, "")
        try:  # an index from before postings files: written once, here
            from search import postings_file

            postings_file.ensure(index_dir, ix)
        except Exception:  # a cache only
            pass
        ix.close()
        return report
    # compound=False: Whoosh reads a sub-file of a compound segment through a
    # BytesIO copy, so the stored fields of 50,000 articles (170 MB) were
    # copied into memory on the first search; plain files are read in place.
    writer = ix.writer(limitmb=WRITER_LIMIT_MB, compound=False)
    try:
        for f in gone:
            writer.delete_by_term("file", f)
            report.deleted += 1
        total = len(todo)
        if progress:
            progress(0, total, "")
        workers = workers or os.cpu_count() or 1
        segments: list = []
        if total < POOL_THRESHOLD or workers < 2:
            for done, ref in enumerate(todo, start=1):
                result, docs = prepare_file(ref)
                _apply(writer, result, docs, manifest, report)
                if progress:
                    progress(done, total, str(ref.path))
        else:
            jobs = [(ref, (manifest.get(ref.doc) or (None,) * 5)[FP]) for ref in todo]
            with _SegmentWorkers(index_dir, indexname, workers) as pool:
                for done, (result, written) in enumerate(pool.run(jobs), start=1):
                    _apply(writer, result, [], manifest, report, written=written)
                    if progress:
                        progress(done, total, str(result.ref.path))
            segments = pool.segments
        _commit(writer, segments)
    except BaseException:
        writer.cancel()
        # Whoosh's cancel leaves its pool folder behind (a full disk stays full)
        shutil.rmtree(index_dir / f"{indexname}.tmp", ignore_errors=True)
        if fresh:
            ix.close()
            store.remove_index(index_dir, indexname)
        raise
    try:
        _write_rows(ix, index_dir)
    except Exception:  # a cache only: readers rebuild what is missing
        pass
    try:
        _write_timeline(ix, index_dir, indexname, workers or os.cpu_count() or 1)
    except Exception:  # a cache only: readers bring it up to date themselves
        pass
    if fresh:
        try:
            store.write_current(index_dir, indexname, [str(p) for p in paths])
        except BaseException:
            ix.close()
            store.remove_index(index_dir, indexname)
            raise
        store.remove_other_indexes(index_dir, indexname)
    ix.close()
    return report


def _apply(
    writer,
    result: FileResult,
    docs: list[dict[str, Any]],
    manifest: dict[str, tuple],
    report: IndexReport,
    written: bool = False,
) -> None:
    """Account for one prepared file; ``written``: a worker already wrote its
    documents (and mark) into its own segment, only old ones go here."""
    file = result.ref.doc
    report.skipped.extend((p.path, p.reason) for p in result.problems)
    report.warnings.extend(result.warnings)
    old = manifest.get(file)
    if not result.fingerprint:
        return  # could not be read now: keep what the index had
    if old is not None and old[FP] == result.fingerprint:
        # touched, not changed: only the file's size/mtime mark moves
        writer.delete_by_query(_file_mark(file))
        writer.add_document(**_mark(file, result))
        report.unchanged += 1
        return
    if old is not None:
        writer.delete_by_term("file", file)
    if not written:
        for doc in docs:
            writer.add_document(**doc)
        writer.add_document(**_mark(file, result))
    if old is None:
        if not _skipped_whole(result.ref, (p.path for p in result.problems)):
            report.added += 1
    else:
        report.updated += 1


def _keyers():
    """The timeline's sort key and the people index's name key, imported late:
    the engines compile hundreds of patterns at import (~0.4 s), which a run
    with nothing to re-extract (and the dashboard's start-up check) skips."""
    from search.quotes import person_key
    from search.timex import sort_key

    return sort_key, person_key


def _mark(file: str, result: FileResult) -> dict:
    problems = [(p.path, p.reason) for p in result.problems]
    return file_record(file, result.fingerprint, result.size, result.mtime, problems)


def _file_mark(file: str):
    from whoosh.query import And, Term

    return And([Term("kind", "file"), Term("file", file)])


__all__ = ["Problem", "build_index", "needs_indexing"]
