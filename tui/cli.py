"""The `newsdesk` command line: a thin shell over `search`.

    newsdesk [--index-dir DIR] [PATH ...]            open the dashboard
    newsdesk [--index-dir DIR] index PATH [PATH ...] [--rebuild]
    newsdesk [--index-dir DIR] search QUERY [--limit N] [--sort relevance|date] [--json]
    newsdesk [--index-dir DIR] articles [--json]
    newsdesk [--index-dir DIR] timeline [--from DATE] [--to DATE] [--all] [--json]
    newsdesk [--index-dir DIR] people [--json]
    newsdesk [--index-dir DIR] quotes [--person NAME] [--json]

The `--json` output is a contract that outside checks read (field names in
`search.records.JSON_FIELDS`). Exit status: 0 on success (an `index` run
that skipped unreadable files still succeeds; it lists them on stderr), 2 on
a usage or query error, 1 when the index cannot be written or read. Errors
are one line on stderr, never a traceback. Imports are kept lazy so that a
query command does not pay for Textual or dateparser.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from pathlib import Path
from typing import Any

_FULL = (errno.ENOSPC, errno.EDQUOT)
COMMANDS = ("index", "search", "articles", "timeline", "people", "quotes")
EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad words on the command line; exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, no usage dump
        raise UsageError(message)


def seeds_dir() -> Path:
    """The bundled seed corpus, wherever the package is installed."""
    from importlib.resources import files

    return Path(str(files("seeds")))


def _last_file() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("newsdesk")) / "last-index"


def _remember(index_dir: Path) -> None:
    try:
        path = _last_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(str(index_dir.resolve()), encoding="utf-8")
    except OSError:
        pass  # a convenience only


def _index_dir_for_queries(given: str | None) -> Path:
    """--index-dir, else $NEWSDESK_INDEX_DIR, else the last index built, else the seeds'."""
    if given:
        return Path(given)
    env = os.environ.get("NEWSDESK_INDEX_DIR")
    if env:
        return Path(env)
    try:
        last = Path(_last_file().read_text(encoding="utf-8").strip())
        if (last / "CURRENT.json").exists():
            return last
    except OSError:
        pass
    from search.store import default_index_dir

    return default_index_dir([seeds_dir()])


def _clean(text: str | None) -> str:
    """Article text for a terminal: control characters shown, never obeyed."""
    if text is None:
        return ""
    return "".join(
        c if c.isprintable() or c == " " else (f"\\x{ord(c):02x}" if ord(c) < 256 else " ")
        for c in text.replace("\n", " ").replace("\t", " ")
    )


def _emit_json(kind: str, records: list[Any]) -> None:
    from search.records import to_json

    json.dump([to_json(kind, r) for r in records], sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def _out(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def _err(line: str) -> None:
    sys.stderr.write(line + "\n")


# ----------------------------------------------------------------- commands


def cmd_index(args: argparse.Namespace) -> int:
    from search.indexer import build_index
    from search.store import default_index_dir

    paths = [Path(p) for p in args.paths]
    index_dir = Path(args.index_dir) if args.index_dir else default_index_dir(paths)
    show = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int, path: str) -> None:
        if show and total:
            width = 30
            filled = int(width * done / total)
            bar = "█" * filled + "·" * (width - filled)
            sys.stderr.write(f"\rindexing {bar} {done}/{total} ")
            sys.stderr.flush()

    try:
        report = build_index(
            paths,
            index_dir,
            rebuild=args.rebuild,
            progress=progress,
            on_wait=lambda: _err(f"waiting: another newsdesk is writing the index at {index_dir}"),
        )
    except OSError as exc:
        # the user's files are only read (and read errors become "skipped"
        # lines), so this is the index failing to be written: disk full, quota,
        # a read-only or vanished directory. The commit never happened.
        if show:
            sys.stderr.write("\r" + " " * 60 + "\r")
        reason = (exc.strerror or str(exc)).lower()
        hint = " (free some space, then run it again)" if exc.errno in _FULL else ""
        _err(
            f"newsdesk: could not write the index at {index_dir}: {reason}; "
            f"the previous index is unchanged{hint}"
        )
        return EXIT_FAIL
    if show:
        sys.stderr.write("\r" + " " * 60 + "\r")
    for path, reason in report.skipped:
        _err(f"skipped {_clean(path)}: {reason}")
    for path, reason in report.warnings:
        _err(f"warning {_clean(path)}: {reason}")
    if report.rebuilt:
        _err(f"read every article again: {report.rebuilt}")
    _remember(index_dir)
    summary = {
        "index_dir": str(index_dir),
        "added": report.added,
        "updated": report.updated,
        "deleted": report.deleted,
        "unchanged": report.unchanged,
        "skipped": len(report.skipped),
    }
    if args.json:
        json.dump(summary, sys.stdout)
        _out()
    else:
        _err(
            f"indexed {report.added} new, {report.updated} changed, {report.deleted} removed, "
            f"{report.unchanged} unchanged files; {len(report.skipped)} skipped → {index_dir}"
        )
    return EXIT_OK


def _open(args: argparse.Namespace):
    from search.library import Library

    index_dir = _index_dir_for_queries(args.index_dir)
    if not args.index_dir and not (index_dir / "CURRENT.json").exists():
        # first run with nothing indexed: the bundled seeds are the corpus
        from search.indexer import build_index

        build_index([seeds_dir()], index_dir)
    return Library.open(index_dir)


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    with _open(args) as lib:
        page = lib.search(args.query, limit=args.limit, sort=args.sort)
    if args.json:
        _emit_json("search", list(page.hits))
        if not page.hits and page.suggestion:
            _err(f"no results; did you mean: {page.suggestion}")
        return EXIT_OK
    if not page.hits:
        hint = f" — did you mean: {_clean(page.suggestion)}" if page.suggestion else ""
        _out(f"no results for {_clean(args.query)}{hint}")
        return EXIT_OK
    about = "" if page.exact else "about "
    _out(f"{about}{page.total} result{'' if page.total == 1 else 's'}")
    for h in page.hits:
        _out(f"{h.date or '----------'}  {_clean(h.title)}  [{_clean(h.doc)}]  {h.score:.2f}")
        _out(f"    {_clean(h.snippet)}")
    return EXIT_OK


def cmd_articles(args: argparse.Namespace) -> int:
    with _open(args) as lib:
        rows = lib.articles()
    if args.json:
        _emit_json("articles", rows)
        return EXIT_OK
    for a in rows:
        src = _clean(a.source) or "-"
        _out(f"{a.date or '----------'} ({a.date_source:6})  {_clean(a.title)}  [{src}]  {a.doc}")
    return EXIT_OK


def cmd_timeline(args: argparse.Namespace) -> int:
    with _open(args) as lib:
        rows = lib.timeline(args.date_from, args.date_to, all_types=args.all)
    if args.json:
        _emit_json("timeline", rows)
        return EXIT_OK
    for e in rows:
        _out(f"{e.value:14} {_clean(e.expression):22} {_clean(e.sentence)[:90]}  [{e.doc}]")
    return EXIT_OK


def cmd_people(args: argparse.Namespace) -> int:
    with _open(args) as lib:
        rows = lib.people()
    if args.json:
        _emit_json("people", rows)
        return EXIT_OK
    name_w = max([len("name")] + [len(_clean(p.name)) for p in rows])
    _out(f"{'name':{name_w}}  quotes  articles  role")
    for p in rows:
        role = _clean(p.role) if p.role else ""
        _out(f"{_clean(p.name):{name_w}}  {p.quotes:6}  {len(p.docs):8}  {role}")
    return EXIT_OK


def cmd_quotes(args: argparse.Namespace) -> int:
    with _open(args) as lib:
        if args.person and lib.resolve_person(args.person) is None:
            raise UsageError(f"no person called {args.person!r} in the index")
        rows = lib.quotes(args.person)
    if args.json:
        _emit_json("quotes", rows)
        return EXIT_OK
    for q in rows:
        text = f"“{_clean(q.text)}”" if q.kind == "direct" else f"({_clean(q.text)})"
        who = _clean(q.speaker) if q.speaker else "(unattributed)"
        _out(f"{q.date or '----------'}  {who}: {text}  [{q.doc}]")
    return EXIT_OK


def cmd_dashboard(index_dir: str | None, paths: list[str]) -> int:
    from search.store import default_index_dir

    corpus = [Path(p) for p in paths] or [seeds_dir()]
    for p in corpus:
        if not p.exists():
            raise UsageError(f"no such file or folder: {p}")
    target = Path(index_dir) if index_dir else default_index_dir(corpus)
    from tui.app import NewsdeskApp

    NewsdeskApp(target, corpus).run()
    _remember(target)
    return EXIT_OK


# -------------------------------------------------------------------- parsing


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="newsdesk", description="Search, timeline and quotes for news articles.")
    p.add_argument("--index-dir", help="index directory (default: per-corpus cache dir)")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    s = sub.add_parser("index", help="build or update the index")
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.add_argument("--rebuild", action="store_true", help="start over")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("search", help="keyword search")
    s.add_argument("query", metavar="QUERY")
    s.add_argument("--limit", type=int, default=20)
    s.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("articles", help="list indexed articles")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("timeline", help="temporal expressions in calendar order")
    s.add_argument("--from", dest="date_from", metavar="DATE")
    s.add_argument("--to", dest="date_to", metavar="DATE")
    s.add_argument("--all", action="store_true", help="durations and sets too")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("people", help="people named, most quoted first")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("quotes", help="who said what")
    s.add_argument("--person", metavar="NAME")
    s.add_argument("--json", action="store_true")
    return p


HANDLERS = {
    "index": cmd_index,
    "search": cmd_search,
    "articles": cmd_articles,
    "timeline": cmd_timeline,
    "people": cmd_people,
    "quotes": cmd_quotes,
}


def _split_dashboard(argv: list[str]) -> tuple[str | None, list[str]] | None:
    """`newsdesk [--index-dir DIR] [PATH ...]` (no command word): dashboard args."""
    index_dir: str | None = None
    rest: list[str] = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--index-dir":
            if i + 1 >= len(argv):
                raise UsageError("--index-dir needs a directory")
            index_dir = argv[i + 1]
            i += 2
            continue
        if a.startswith("--index-dir="):
            index_dir = a.split("=", 1)[1]
        elif a in COMMANDS and not rest:
            return None
        elif a.startswith("-"):
            return None
        else:
            rest.append(a)
        i += 1
    return index_dir, rest


def run(argv: list[str]) -> int:
    from search.library import IndexMissing, QueryError
    from search.store import IndexBusy, IndexUnwritable

    try:
        dash = _split_dashboard(argv)
        if dash is not None:
            return cmd_dashboard(*dash)
        args = _parser().parse_args(argv)
        if not args.command:
            raise UsageError("no command given")
        return HANDLERS[args.command](args)
    except UsageError as exc:
        _err(f"newsdesk: {exc}")
        return EXIT_USAGE
    except QueryError as exc:
        _err(f"newsdesk: {exc}")
        return EXIT_USAGE
    except (IndexMissing, IndexBusy, IndexUnwritable) as exc:
        _err(f"newsdesk: {exc}")
        return EXIT_FAIL
    except KeyboardInterrupt:
        _err("newsdesk: interrupted")
        return 130
    except OSError as exc:
        _err(f"newsdesk: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
        return EXIT_FAIL
    except Exception as exc:  # a bug of ours: one line for the user, details in a file
        _err(f"newsdesk: internal error ({type(exc).__name__}: {exc}); details in {_crash_log()}")
        return EXIT_FAIL


def _crash_log() -> Path:
    """Write the current traceback where a bug report can pick it up."""
    import traceback

    from platformdirs import user_log_dir

    path = Path(user_log_dir("newsdesk")) / "crash.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(traceback.format_exc() + "\n")
    except OSError:
        pass
    return path


def main() -> None:
    try:
        code = run(sys.argv[1:])
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader (`| head`) went away: not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = EXIT_OK
    sys.exit(code)


if __name__ == "__main__":
    main()
