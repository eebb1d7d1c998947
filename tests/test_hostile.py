"""Hostile input: bad files, bad queries, escape sequences. Nothing crashes, nothing is lost."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search import store
from search.indexer import build_index
from search.library import Library, QueryError

NEWSDESK = Path(sys.executable).with_name("newsdesk")
GOOD = " date 2025-08-04 Officials said Tuesday that the talks would resume in Ottawa."


def nd(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(NEWSDESK), *args], capture_output=True, text=True, timeout=300)


def _hashes(root: Path) -> dict[str, str]:
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_file() and not p.is_symlink():
            out[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile") / "corpus"
    root.mkdir()
    (root / "good.txt").write_text(GOOD, "utf-8")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "picture.png.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (root / "empty.txt").write_bytes(b"")
    (root / "header-only.txt").write_text("date 2025-01-01\n", "utf-8")
    (root / "bad-date.txt").write_text(" date 2025-13-45 The mayor spoke on Aug. 2, 2025.", "utf-8")
    (root / "cp1252.txt").write_bytes("“Curly,” she said of the café.".encode("cp1252"))
    (root / "bom.txt").write_bytes("The BOM story ran Monday.".encode("utf-8-sig"))
    (root / "utf16.txt").write_bytes("A UTF-16 story about tariffs.".encode("utf-16"))
    (root / "long-line.txt").write_text("word " * 400_000, "utf-8")
    lines = [json.dumps({"title": "One", "text": "First wire story."}), "{oops", "[1, 2"]
    lines.append(json.dumps({"title": "Two", "body": "Second wire story."}))
    (root / "wire.jsonl").write_text("\n".join(lines), "utf-8")
    (root / "naïve name with spaces.md").write_text("Spaces and accents are fine.", "utf-8")
    (root / "sub").mkdir()
    os.symlink(root, root / "sub" / "loop")
    return root


@pytest.fixture(scope="module")
def indexed(bad_corpus: Path, tmp_path_factory: pytest.TempPathFactory):
    before = _hashes(bad_corpus)
    ix = tmp_path_factory.mktemp("hostile-ix") / "ix"
    out = nd("--index-dir", str(ix), "index", str(bad_corpus))
    return bad_corpus, ix, out, before


def test_index_finishes_and_names_each_bad_file_once(indexed) -> None:
    _, _, out, _ = indexed
    assert out.returncode == 0
    assert "Traceback" not in out.stderr
    skipped = [line for line in out.stderr.splitlines() if line.startswith("skipped ")]
    for name in ("binary.txt", "picture.png.txt", "empty.txt", "header-only.txt"):
        assert sum(name in line for line in skipped) == 1, name
    assert sum("wire.jsonl:2" in line for line in skipped) == 1
    assert sum("wire.jsonl:3" in line for line in skipped) == 1
    assert any("loop" in line for line in skipped)
    assert any("2025-13-45" in line for line in out.stderr.splitlines())
    assert f"; {len(skipped)} skipped" in out.stderr.splitlines()[-1]  # the summary count


def test_every_good_article_and_jsonl_line_is_indexed(indexed) -> None:
    _, ix, _, _ = indexed
    with Library.open(ix) as lib:
        docs = {a.doc: a for a in lib.articles()}
    assert set(docs) == {
        "good.txt",
        "bad-date.txt",
        "cp1252.txt",
        "bom.txt",
        "utf16.txt",
        "long-line.txt",
        "wire.jsonl#1",
        "wire.jsonl#4",
        "naïve name with spaces.md",
    }
    assert docs["bad-date.txt"].date == "2025-08-02"
    assert docs["cp1252.txt"].title.startswith("“Curly,”")


def test_the_users_files_are_never_written(indexed) -> None:
    corpus, ix, _, before = indexed
    build_index([corpus], ix, rebuild=True)
    assert _hashes(corpus) == before


def test_rerun_reports_the_same_bad_files(indexed) -> None:
    corpus, ix, first, _ = indexed
    again = nd("--index-dir", str(ix), "index", str(corpus))
    assert again.returncode == 0

    def skipped(out: subprocess.CompletedProcess) -> list[str]:
        return sorted(x for x in out.stderr.splitlines() if x.startswith("skipped"))

    assert skipped(again) == skipped(first)


def test_a_file_that_vanishes_mid_run_is_one_line(tmp_path: Path, monkeypatch) -> None:
    from search import corpus as corpus_mod
    from search import indexer

    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(GOOD, "utf-8")
    real_walk = corpus_mod.walk

    def walk_with_ghost(paths):
        refs, problems = real_walk(paths)
        return refs + [corpus_mod.FileRef(root / "ghost.txt", "ghost.txt")], problems

    monkeypatch.setattr(indexer, "walk", walk_with_ghost)
    report = build_index([root], tmp_path / "ix")
    assert report.added == 1
    assert [p for p, _ in report.skipped] == [str(root / "ghost.txt")]


def test_unwritable_index_dir_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, "utf-8")
    out = nd("--index-dir", str(blocker / "ix"), "index", str(corpus))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "index" in out.stderr


def _index_marked(tmp_path: Path, **mark: int) -> tuple[Path, Path]:
    """A one-article corpus and its index, whose CURRENT.json then says ``mark``
    (as an index written by another version would)."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, "utf-8")
    ix = tmp_path / "ix"
    build_index([corpus], ix)
    current = store.read_current(ix)
    (ix / store.CURRENT).write_text(json.dumps({**current, **mark}), "utf-8")
    return corpus, ix


def test_index_of_an_older_schema_is_rebuilt(tmp_path: Path) -> None:
    corpus, ix = _index_marked(tmp_path, schema=0)
    out = nd("--index-dir", str(ix), "articles", "--json")
    assert out.returncode == 1 and "version" in out.stderr
    assert build_index([corpus], ix).added == 1
    assert len(json.loads(nd("--index-dir", str(ix), "articles", "--json").stdout)) == 1


def test_a_skipped_file_is_counted_once_as_skipped_not_as_an_article_file(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, "utf-8")
    (corpus / "empty.txt").write_text("", "utf-8")
    (corpus / "pic.txt").write_bytes(b"\x89PNG\x00\x00 binary")
    ix = tmp_path / "ix"
    first = build_index([corpus], ix)
    assert (first.added, len(first.skipped)) == (1, 2)
    again = build_index([corpus], ix)
    assert (again.added, again.unchanged, len(again.skipped)) == (0, 1, 2)
    out = nd("--index-dir", str(ix), "index", str(corpus))
    assert "0 new, 0 changed, 0 removed, 1 unchanged files; 2 skipped" in out.stderr


def test_index_of_an_older_engine_is_read_again_and_answers_meanwhile(tmp_path: Path) -> None:
    corpus, ix = _index_marked(tmp_path, engine=store.ENGINE_VERSION - 1)
    # the old index still answers until the new one is swapped in
    assert len(json.loads(nd("--index-dir", str(ix), "articles", "--json").stdout)) == 1
    out = nd("--index-dir", str(ix), "index", str(corpus))
    assert out.returncode == 0 and "read every article again" in out.stderr
    assert "indexed 1 new" in out.stderr
    assert store.read_current(ix)["engine"] == store.ENGINE_VERSION
    again = nd("--index-dir", str(ix), "index", str(corpus))
    assert "again" not in again.stderr and "1 unchanged" in again.stderr


def test_escape_sequences_in_articles_never_reach_the_terminal(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    evil = " date 2025-08-04 Clear \x1b[2J screen [bold red]now[/] said Tuesday \x07 bell."
    (corpus / "evil.txt").write_text(evil, "utf-8")
    ix = tmp_path / "ix"
    assert nd("--index-dir", str(ix), "index", str(corpus)).returncode == 0
    for args in (["search", "screen"], ["articles"], ["timeline"], ["quotes"]):
        out = nd("--index-dir", str(ix), *args)
        assert out.returncode == 0
        assert "\x1b" not in out.stdout and "\x07" not in out.stdout, args
    data = json.loads(nd("--index-dir", str(ix), "search", "screen", "--json").stdout)
    assert "\x1b[2J" in data[0]["snippet"]  # JSON keeps the data exactly, escaped


QUERY_PIECES = (
    '" ( ) [ ] { } AND OR NOT title: date: date:[ *  ? ~ ^2 tariff mexico 2025-08-01 '
    "people: source: : - +"
).split() + [" to ", "\x1b", "\x00"]


@pytest.fixture(scope="module")
def seeds_library(tmp_path_factory: pytest.TempPathFactory):
    ix = tmp_path_factory.mktemp("fuzz") / "ix"
    build_index([Path(__file__).resolve().parents[1] / "seeds"], ix)
    lib = Library.open(ix)
    yield lib
    lib.close()


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.text(max_size=80),
        st.lists(
            st.sampled_from(QUERY_PIECES),
            max_size=12,
        ).map(" ".join),
    )
)
def test_no_query_raises_anything_but_a_query_error(seeds_library: Library, query: str) -> None:
    try:
        page = seeds_library.search(query, limit=5)
    except QueryError as exc:
        assert "\n" not in str(exc)
    else:
        assert page.total >= len(page.hits)


# ------------------------------------------------------------------ one huge article

BIG_START, BIG_END = "zanzibarite", "quokkafold"


def test_an_article_past_the_extraction_limit_is_indexed_whole(tmp_path: Path) -> None:
    """A stand-in for the 20 MB dump (bench/hostile_big.py runs the real size),
    with the extraction limit lowered to keep it fast: the run finishes with
    one warning, both ends are searchable, memory stays near the text's size."""
    limit = 100_000
    corpus = tmp_path / "c"
    corpus.mkdir()
    para = "Officials said Tuesday that the tariffs would be reviewed by March 3. " * 8
    body = f"{BIG_START} opens it.\n\n" + (para + "\n\n") * (3 * limit // len(para))
    text = f"date: 2025-08-04\ntitle: A long dump\n\n{body}It closes with {BIG_END}.\n"
    (corpus / "big.txt").write_text(text, "utf-8")
    (corpus / "small.txt").write_text(GOOD, "utf-8")
    ix = tmp_path / "ix"
    code = (
        "import sys\n"
        "import search.extract\n"
        f"search.extract.EXTRACT_LIMIT = {limit}\n"
        "from tui.cli import run\n"
        f"code = run(['--index-dir', {str(ix)!r}, 'index', {str(corpus)!r}])\n"
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so it
        # would report the forking pytest's own size in a long session.
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')]\n"
        "print(int(hwm[0].split()[1]) // 1024)\n"
        "sys.exit(code)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0 and "Traceback" not in out.stderr
    assert "big.txt: longer than 100,000" in out.stderr and "; 0 skipped" in out.stderr
    peak_mb = int(out.stdout.split()[-1])
    assert peak_mb < 300, peak_mb  # 326 MB for a real 20 MB article (bench)
    with Library.open(ix) as lib:
        for word in (BIG_START, BIG_END, "tariffs"):
            assert "big.txt" in [h.doc for h in lib.search(word, limit=5).hits], word
        assert lib.article_text("big.txt").endswith(f"It closes with {BIG_END}.\n")
        events = lib.timeline()
    assert events and all(e.start < limit for e in events if e.doc == "big.txt")
    assert any(e.doc == "big.txt" for e in events)


def test_a_one_line_dump_still_gets_dates_from_its_start(tmp_path: Path, monkeypatch) -> None:
    from search import extract

    monkeypatch.setattr(extract, "EXTRACT_LIMIT", 50_000)
    corpus = tmp_path / "c"
    corpus.mkdir()
    line = "Officials said Tuesday that the tariffs would be reviewed by March 3. " * 2000
    (corpus / "line.txt").write_text(f"date: 2025-08-04\n\n{line}", "utf-8")
    ix = tmp_path / "ix"
    build_index([corpus], ix)
    with Library.open(ix) as lib:
        starts = [e.start for e in lib.timeline(all_types=True) if e.doc == "line.txt"]
    assert starts and max(starts) < 50_000


def test_a_paragraph_without_breaks_is_cut_for_the_engines_not_lost() -> None:
    """A 2 MB "paragraph" went to engines that compare every candidate in a
    paragraph with every other (hours); pieces cover it, each small."""
    from search.extract import BLOCK_LIMIT, split_block
    from search.records import Block

    sentence = "Officials said Tuesday that the tariffs would be reviewed by March 3. "
    text = "x" + sentence * 2000 + "y" * (BLOCK_LIMIT + 10) + " end"
    pieces = split_block(text, Block(1, len(text), "body"))
    assert len(pieces) > 1 and all(p.end - p.start <= BLOCK_LIMIT for p in pieces)
    assert pieces[0].start == 1 and pieces[-1].end == len(text)
    covered = "".join(text[p.start : p.end] for p in pieces)
    assert covered.replace(" ", "") == text[1:].replace(" ", "")
    assert all(text[p.end - 1] == "." for p in pieces[:3])  # cut at sentence ends
    assert split_block(text, Block(0, 50, "body")) == [Block(0, 50, "body")]


# ------------------------------------------------------------------ unreadable files


def _three_files(root: Path) -> None:
    root.mkdir()
    for name in ("a.txt", "locked.txt", "z.txt"):
        (root / name).write_text(GOOD.replace("Ottawa", name[:-4]), "utf-8")


def test_a_file_without_read_permission_is_one_line_and_the_rest_indexed(
    tmp_path: Path, monkeypatch
) -> None:
    """The tests run as root, where chmod 000 does not stop a read: the read
    itself is made to fail, at the one call that reads an article's bytes."""
    root = tmp_path / "c"
    _three_files(root)
    locked = root / "locked.txt"
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    report = build_index([root], tmp_path / "ix")
    assert report.skipped == [(str(locked), "permission denied")]
    assert report.added == 2
    with Library.open(tmp_path / "ix") as lib:
        assert {a.doc for a in lib.articles()} == {"a.txt", "z.txt"}
    # still unreadable next run: said again, not forgotten; readable again: indexed
    assert build_index([root], tmp_path / "ix").skipped == report.skipped
    monkeypatch.setattr(Path, "read_bytes", real_read)
    again = build_index([root], tmp_path / "ix")
    assert (again.added, again.skipped) == (1, [])


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file anyway")
def test_a_chmod_000_file_is_one_line_in_the_cli(tmp_path: Path) -> None:
    root = tmp_path / "c"
    _three_files(root)
    (root / "locked.txt").chmod(0)
    try:
        out = nd("--index-dir", str(tmp_path / "ix"), "index", str(root))
    finally:
        (root / "locked.txt").chmod(0o644)
    assert out.returncode == 0 and "Traceback" not in out.stderr
    lines = [x for x in out.stderr.splitlines() if x.startswith("skipped ")]
    assert lines == [f"skipped {root / 'locked.txt'}: permission denied"]
    assert "indexed 2 new" in out.stderr


# ------------------------------------------------------------------ files changing under us


def _docs_matching(ix: Path, word: str) -> list[str]:
    with Library.open(ix) as lib:
        return [h.doc for h in lib.search(word, limit=5).hits]


def test_a_file_rewritten_while_it_is_read_is_read_again_next_run(
    tmp_path: Path, monkeypatch
) -> None:
    """Size/mtime must describe the bytes indexed: a mark taken after the
    file changed would hide the new text from every later run."""
    from search import extract

    root = tmp_path / "c"
    root.mkdir()
    story = root / "story.txt"
    story.write_text(GOOD, "utf-8")
    real_fingerprint = extract.fingerprint
    rewrites = []

    def fingerprint_then_rewrite(data: bytes) -> str:
        # runs between reading the bytes and indexing them: an editor saves
        if not rewrites:
            rewrites.append(1)
            story.write_text(GOOD + " Later the okapi delegation arrived.", "utf-8")
        return real_fingerprint(data)

    monkeypatch.setattr(extract, "fingerprint", fingerprint_then_rewrite)
    ix = tmp_path / "ix"
    assert build_index([root], ix).added == 1
    monkeypatch.setattr(extract, "fingerprint", real_fingerprint)
    assert _docs_matching(ix, "okapi") in ([], ["story.txt"])  # what was read, either way
    second = build_index([root], ix)
    assert second.unchanged == 0 and second.skipped == []
    assert _docs_matching(ix, "okapi") == ["story.txt"]


def test_a_file_that_never_holds_still_is_indexed_and_retried(tmp_path: Path, monkeypatch) -> None:
    from search import corpus as corpus_mod

    root = tmp_path / "c"
    root.mkdir()
    story = root / "story.txt"
    story.write_text(GOOD, "utf-8")
    real_read = Path.read_bytes
    grow = [0]

    def read_then_append(self: Path) -> bytes:
        data = real_read(self)
        if self == story:  # a log being appended to: every read sees it move
            grow[0] += 1
            with open(self, "a", encoding="utf-8") as fh:
                fh.write(f" Update {grow[0]}.")
        return data

    monkeypatch.setattr(Path, "read_bytes", read_then_append)
    ix = tmp_path / "ix"
    report = build_index([root], ix)
    assert report.added == 1 and grow[0] == corpus_mod.READ_ATTEMPTS
    assert any("changed while being read" in why for _, why in report.warnings)
    monkeypatch.setattr(Path, "read_bytes", real_read)
    again = build_index([root], ix)
    assert again.unchanged == 0  # never trusted as unchanged
    assert build_index([root], ix).unchanged == 1  # once it held still, it is


def test_a_file_changed_between_extraction_and_commit_is_reindexed(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    story = root / "story.txt"
    story.write_text(GOOD, "utf-8")
    ix = tmp_path / "ix"

    def progress(done: int, total: int, path: str) -> None:
        if path:  # called after the file was extracted and added, before the commit
            story.write_text(GOOD + " The okapi ruling came later.", "utf-8")

    assert build_index([root], ix, progress=progress).added == 1
    assert _docs_matching(ix, "okapi") == []
    assert build_index([root], ix).updated == 1
    assert _docs_matching(ix, "okapi") == ["story.txt"]


# ------------------------------------------------------------------ disk full


def _enospc(*_args, **_kwargs):
    raise OSError(28, "No space left on device")


def _corpus_and_index(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(GOOD, "utf-8")
    ix = tmp_path / "ix"
    build_index([root], ix)
    (root / "b.txt").write_text(GOOD.replace("Ottawa", "Okapiville"), "utf-8")
    return root, ix


@pytest.mark.parametrize("where", ["segment", "side files", "current"])
def test_disk_full_is_one_line_and_the_old_index_survives(
    tmp_path: Path, monkeypatch, capsys, where: str
) -> None:
    from whoosh.filedb.filestore import FileStorage

    from tui.cli import run

    root, ix = _corpus_and_index(tmp_path)
    args = ["--index-dir", str(ix), "index", str(root)]
    if where == "segment":  # Whoosh writing the new segment during the commit
        monkeypatch.setattr(FileStorage, "create_file", _enospc)
    elif where == "side files":  # the per-segment row caches written after it
        monkeypatch.setattr(store.os, "replace", _enospc)
    else:  # a full rebuild pointing CURRENT.json at the new index
        monkeypatch.setattr(store, "write_current", _enospc)
        args.append("--rebuild")
    def files() -> list[str]:  # the flock file stays by design (the kernel drops the lock)
        return sorted(f.name for f in ix.iterdir() if f.name != "write.lock")

    before = files()
    code = run(args)
    err = capsys.readouterr().err
    monkeypatch.undo()
    if where == "current":  # a failed rebuild leaves none of its files behind
        assert files() == before
    lines = err.strip().splitlines()
    if where == "side files":  # a cache only: the update itself succeeded
        assert code == 0 and "indexed 1 new" in lines[-1]
    else:
        assert code == 1 and len(lines) == 1, err
        assert "no space left" in lines[0].lower() and str(ix) in lines[0]
    assert "Traceback" not in err
    with Library.open(ix) as lib:  # the previous index (at least) still answers
        assert "a.txt" in {a.doc for a in lib.articles()}
        assert [h.doc for h in lib.search("Ottawa").hits] == ["a.txt"]
    assert run(["--index-dir", str(ix), "index", str(root)]) == 0  # space again: it completes
    assert not [f for f in ix.iterdir() if f.is_dir()]  # no writer's pool folder left over
    with Library.open(ix) as lib:
        assert {a.doc for a in lib.articles()} == {"a.txt", "b.txt"}
        assert [h.doc for h in lib.search("Okapiville").hits] == ["b.txt"]


# ------------------------------------------------------------------ fuzzing the file path

FILE_BYTES = st.one_of(
    st.binary(max_size=600),
    st.text(max_size=400).map(lambda t: t.encode("utf-8")),
    st.lists(
        st.sampled_from(
            [b"date: 2025-08-04\n", b" date 2025-13-45 ", b"title: T\n", b"\n\n", b"\xef\xbb\xbf",
             b'{"text": "Officials said Tuesday.", "date": "2025-08-04"}\n', b"{oops\n", b"[",
             b'"We will," said Ana Ruiz on Aug. 3.', b"\x00", b"\xff\xfe", b"\x1b[2J", b"\r\n"]
        ),
        max_size=12,
    ).map(b"".join),
)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([".txt", ".md", ".json", ".jsonl"]), FILE_BYTES)
def test_no_file_content_makes_reading_or_extraction_raise(suffix: str, data: bytes) -> None:
    """What the atheris bench (bench/fuzz_atheris.py) does at length, a fixed
    number of examples in CI: any bytes become articles or one-line problems."""
    from search.articles import build_article
    from search.corpus import FileRef, read_bytes
    from search.extract import extract_article, split_block

    ref = FileRef(Path(f"/nonexistent/f{suffix}"), f"f{suffix}")
    sources, problems = read_bytes(ref, data, None)
    assert all("\n" not in p.reason for p in problems)
    for src in sources:
        article, _ = build_article(src)
        extracted = extract_article(article)
        for t in extracted.timexes:
            assert 0 <= t.start < t.end <= len(article.text)
        for block in article.blocks:
            pieces = split_block(article.text, block, limit=50)
            assert all(p.end - p.start <= 50 for p in pieces)
            assert all(block.start <= p.start < p.end <= block.end for p in pieces)
