"""Start-up and update costs on an existing index: what a user waits for.

    python bench/startup.py --index-dir DIR --corpus FOLDER [--runs N] [--no-dashboard] [--json]

Every figure comes from a fresh child process, so nothing is warm but the OS
page cache (as for a user who ran newsdesk a minute ago):

* cli_search_s — wall time of a whole ``newsdesk search QUERY --json``
  process (median of ``--runs``, different queries), beside the floor of a
  bare ``python -c pass`` and of ``import whoosh.index``;
* lib_open_s, lib_timeline_s, lib_people_s, lib_quotes_s, lib_articles_s,
  lib_first_search_s — ``Library.open`` and the first call of each pane's
  query (the timeline: ``timeline_view()``, what the pane opens with), in
  one process; ``first_lib_*`` the same in the first process after the
  index changed (the indexer now brings the pane files up to date, so it
  should match the later ones; `bench/panes.py` has the pane figures);
* reindex_work_s / reindex_process_s — one file of the corpus changed
  (a sentence appended, written as a new file renamed over the old one, so
  a corpus of hard links to another never changes under it), then
  ``build_index`` timed inside a process (the work) and a whole ``newsdesk
  index`` process; noop_index_process_s — one more run with nothing
  changed; the file is restored and re-indexed afterwards, leaving the
  index as it was (CPU seconds beside each);
* dashboard_ready_s — ``NewsdeskApp(index_dir, corpus).run_test()`` from
  process start (imports included) to the library open with the search box
  focused, then timeline_loaded_s / people_loaded_s to those panes holding
  their rows, and keystroke_ms — last keystroke of a query (sent as the
  terminal driver sends it) to the first paint of the results list showing
  that query's hits (debounce, search, list and paint included), median
  over a few queries; typing_lag_* — keys sent 60 ms apart while the
  searches they start run, the time until the box shows each;
* peak RSS of the dashboard and of the Library process.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import child_json, one_file_changed, replace_file, report  # noqa: E402  (bench/ on sys.path)

QUERIES = ("oil prices", "tariffs", "bank of japan", "coffee", "wheat exports", "merger")


def _newsdesk() -> str:
    exe = Path(sys.executable).parent / "newsdesk"
    return str(exe) if exe.exists() else shutil.which("newsdesk") or "newsdesk"


_CPU: list[float] = [0.0]  # CPU seconds (user + sys) of the last _timed child


def _timed(cmd: list[str], **kw) -> tuple[float, subprocess.CompletedProcess]:
    """Wall seconds of one child process; its CPU seconds go to ``_CPU[0]``.

    CPU time is printed too because on a shared 2-core machine wall time
    swings with other people's work; CPU time says what the process cost.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, **kw)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    _CPU[0] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, out


LIBRARY_CHILD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from search.library import Library
t_import = time.perf_counter() - t0
res = {"import_s": t_import}
t = time.perf_counter(); lib = Library.open(sys.argv[1]); res["open_s"] = time.perf_counter() - t
for name, fn in (("timeline_s", lib.timeline_view), ("people_s", lib.people),
                 ("quotes_s", lib.quotes), ("articles_s", lib.articles),
                 ("first_search_s", lambda: lib.search("oil prices", limit=20))):
    t = time.perf_counter(); out = fn(); res[name] = time.perf_counter() - t
res["entries"] = len(lib.timeline_view()); res["people"] = len(lib.people())
res["quotes"] = len(lib.quotes()); res["articles"] = len(lib.articles())
res["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(res))
"""

REINDEX_CHILD = r"""
import json, sys, time
from pathlib import Path
t, c = time.perf_counter(), time.process_time()
from search.indexer import build_index
r = build_index([Path(sys.argv[2])], Path(sys.argv[1]))
print(json.dumps({"work_s": time.perf_counter() - t, "work_cpu_s": time.process_time() - c,
                  "updated": r.updated, "added": r.added}))
"""

DASHBOARD_CHILD = r"""
import asyncio, json, resource, statistics, sys, time
T0 = time.perf_counter()
from pathlib import Path
from bench.common import wait_until
from tui.app import NewsdeskApp
from tui.components.people_pane import PeoplePane
from tui.components.search_pane import SearchPane
from tui.components.timeline_pane import TimelinePane

QUERIES = json.loads(sys.argv[3])

async def main():
    res = {}
    app = NewsdeskApp(Path(sys.argv[1]), [Path(sys.argv[2])])
    async with app.run_test(size=(140, 45)) as pilot:
        def until(cond, what, limit=120.0):
            return wait_until(res, T0, cond, what, limit)
        pane = app.query_one(SearchPane)
        await until(lambda: app.handle.ready and app.focused is not None, "dashboard_ready_s")
        tl = app.query_one(TimelinePane)
        pp = app.query_one(PeoplePane)
        await until(lambda: bool(getattr(tl, "entries", None)), "timeline_loaded_s")
        await until(lambda: bool(getattr(pp, "people", None)), "people_loaded_s")
        await until(lambda: not app.indexing, "index_check_done_s")
        # Keystroke to results on screen: the last key of each query goes to
        # the app as the driver would send it (pilot.press would also wait
        # for the app to go idle, preview included), and the clock stops at
        # the first paint of the results list that shows the new query's hits.
        from textual import events
        from textual.widgets import OptionList

        painted = {}
        render_lines = OptionList.render_lines

        def timed_render(self, crop):
            out = render_lines(self, crop)
            if self.id == "results" and pane._shown_query not in painted:
                painted[pane._shown_query] = time.perf_counter()
            return out

        OptionList.render_lines = timed_render
        times = []
        for q in QUERIES:
            pane.query_one("#search-input").value = ""
            await pilot.pause()
            for ch in q[:-1]:
                await pilot.press(ch if ch != " " else "space")
            await pilot.pause(0.3)  # typing the rest of the word, the user pauses
            painted.clear()
            key = events.Key(q[-1], q[-1])
            key.set_sender(app)
            t = time.perf_counter()
            app._driver.send_message(key)
            start = time.perf_counter()
            while q not in painted and time.perf_counter() - start < 10:
                await asyncio.sleep(0.001)
            times.append((painted.get(q, time.perf_counter()) - t) * 1000)
            await pilot.pause()
        # Typing never blocks: keys 60 ms apart (a fast typist) while searches
        # run; each key's lag is the time until the box shows it.
        box = pane.query_one("#search-input")
        box.value = ""
        await pilot.pause()
        lags = []
        for ch in "oil prices rose in march as opec cut output":
            key = events.Key(ch if ch != " " else "space", ch)
            key.set_sender(app)
            want = box.value + ch
            t = time.perf_counter()
            app._driver.send_message(key)
            while box.value != want and time.perf_counter() - t < 5:
                await asyncio.sleep(0.0005)
            lags.append((time.perf_counter() - t) * 1000)
            await asyncio.sleep(max(0.0, 0.06 - (time.perf_counter() - t)))
        res["typing_lag_p50_ms"] = statistics.median(lags)
        res["typing_lag_max_ms"] = max(lags)
        res["keystroke_ms"] = statistics.median(times)
        res["keystroke_max_ms"] = max(times)
    res["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(res))

asyncio.run(main())
"""


def cli_search(index_dir: Path, runs: int) -> dict:
    exe = _newsdesk()
    times, cpu = [], []
    for i in range(runs):
        q = QUERIES[i % len(QUERIES)]
        secs, out = _timed([exe, "--index-dir", str(index_dir), "search", q, "--json"])
        if out.returncode:
            raise SystemExit(f"newsdesk search failed: {out.stderr}")
        times.append(secs)
        cpu.append(_CPU[0])
    floor = [_timed([sys.executable, "-c", "pass"])[0] for _ in range(runs)]
    wfloor = [_timed([sys.executable, "-c", "import whoosh.index"])[0] for _ in range(runs)]
    return {
        "cli_search_s": statistics.median(times),
        "cli_search_max_s": max(times),
        "cli_search_cpu_s": statistics.median(cpu),
        "python_floor_s": statistics.median(floor),
        "whoosh_import_floor_s": statistics.median(wfloor),
    }


def reindex(index_dir: Path, corpus: Path) -> dict:
    index = [_newsdesk(), "--index-dir", str(index_dir), "index", str(corpus)]
    with one_file_changed(corpus, lambda: subprocess.run(index, capture_output=True)) as (
        victim,
        original,
    ):
        res: dict = {"changed_file": str(victim)}
        replace_file(victim, original + b"\nOfficials said on Monday the talks would resume.\n")
        child = child_json(REINDEX_CHILD, str(index_dir), str(corpus))
        res["reindex_work_s"] = child["work_s"]
        res["reindex_work_cpu_s"] = child["work_cpu_s"]
        res["reindex_updated"] = child["updated"]
        replace_file(victim, original + b"\nA second change, made on Tuesday.\n")
        secs, out = _timed(index)
        if out.returncode:
            raise SystemExit(f"newsdesk index failed: {out.stderr}")
        res["reindex_process_s"] = secs
        res["reindex_process_cpu_s"] = _CPU[0]
        secs, _ = _timed(index)
        res["noop_index_process_s"] = secs
        res["noop_index_process_cpu_s"] = _CPU[0]
    return res


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--index-dir", required=True, type=Path)
    p.add_argument("--corpus", type=Path, help="the folder the index was built from")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--no-dashboard", action="store_true")
    p.add_argument("--no-reindex", action="store_true")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)

    res: dict = {}
    res.update(cli_search(args.index_dir, args.runs))
    # first open after the index changed (pane caches built), then a later one
    for prefix in ("first_", ""):
        lib = child_json(LIBRARY_CHILD, str(args.index_dir))
        res.update({f"{prefix}lib_{k}": v for k, v in lib.items()})
    if args.corpus and not args.no_dashboard:
        dash = child_json(
            DASHBOARD_CHILD, str(args.index_dir), str(args.corpus), json.dumps(list(QUERIES[:4]))
        )
        res.update({f"dashboard_{k}" if k == "rss_mb" else k: v for k, v in dash.items()})
    if args.corpus and not args.no_reindex:
        res.update(reindex(args.index_dir, args.corpus))
    return report(res, args.json)


if __name__ == "__main__":
    sys.exit(main())
