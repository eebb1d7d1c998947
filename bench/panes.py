"""Timeline and people panes on a big index: open, after a change, scroll, memory.

    python bench/panes.py --index-dir DIR --corpus FOLDER [--json] [--no-dashboard]

Every figure comes from a fresh child process (only the OS page cache is
warm), wall seconds with CPU seconds beside them (the machine is shared):

* lib_timeline_open_s — `Library.open` + `timeline_view()` in pane order +
  the first screenful (50 entries) built: what the pane's worker does;
  ``lib_timeline_warm_s`` the same again in that process (a new `Library`,
  as after a refresh); ``lib_people_s`` / ``lib_quotes_person_s`` —
  `people()` and the top person's `quotes()`;
* after_change_* — one corpus file gets a sentence appended and
  `build_index` runs (``after_change_index_s``; of it
  ``after_change_timeline_update_s`` is the indexer's hook bringing the
  timeline file up to date), then the same opens in a new process; the
  file is restored and re-indexed at the end;
* dashboard_* — `NewsdeskApp.run_test()`: process start to the timeline
  pane holding its rows (``dashboard_timeline_loaded_s``) and the people
  list filled, then in the timeline `end` (``scroll_end_ms``), 40 ×
  `pagedown` (``scroll_page_ms`` median / max; ``idle_key_ms`` is what
  the test harness takes for a key bound to nothing), and peak RSS.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from common import child_json, one_file_changed, replace_file, report  # noqa: E402  (bench/ on sys.path)

OPEN_CHILD = r"""
import json, resource, sys, time
T0 = time.perf_counter()
from search.library import Library
from tui.components.timeline_pane import pane_order
res = {"import_s": time.perf_counter() - T0}

def timeline(tag):
    t, c = time.perf_counter(), time.process_time()
    lib = Library.open(sys.argv[1])
    view = lib.timeline_view().reordered(pane_order)
    shown = [view[i] for i in range(min(50, len(view)))]
    res[tag + "_s"] = time.perf_counter() - t
    res[tag + "_cpu_s"] = time.process_time() - c
    res["entries"] = len(view)
    return lib

lib = timeline("lib_timeline_open")
lib.close()
lib = timeline("lib_timeline_warm")
t, c = time.perf_counter(), time.process_time()
people = lib.people()
res["lib_people_s"], res["lib_people_cpu_s"] = time.perf_counter() - t, time.process_time() - c
res["people"] = len(people)
t = time.perf_counter()
quotes = lib.quotes(people[0].name) if people else []
res["lib_quotes_person_s"] = time.perf_counter() - t
res["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(res))
"""

INDEX_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
import search.indexer as indexer
spent = []
hook = indexer._write_timeline
def timed(*a):
    t = time.perf_counter()
    try:
        return hook(*a)
    finally:
        spent.append(time.perf_counter() - t)
indexer._write_timeline = timed
t, c = time.perf_counter(), time.process_time()
r = indexer.build_index([Path(sys.argv[2])], Path(sys.argv[1]))
print(json.dumps({"index_s": time.perf_counter() - t, "index_cpu_s": time.process_time() - c,
                  "timeline_update_s": sum(spent), "updated": r.updated,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

DASHBOARD_CHILD = r"""
import asyncio, json, resource, statistics, sys, time
T0 = time.perf_counter()
from pathlib import Path
from bench.common import wait_until
from tui.app import NewsdeskApp
from tui.components.people_pane import PeoplePane
from tui.components.timeline_pane import TimelinePane

async def main():
    res = {}
    app = NewsdeskApp(Path(sys.argv[1]), [Path(sys.argv[2])])
    async with app.run_test(size=(140, 45)) as pilot:
        def until(cond, what, limit=300.0):
            return wait_until(res, T0, cond, what, limit)
        tl = app.query_one(TimelinePane)
        pp = app.query_one(PeoplePane)
        await until(lambda: app.handle.ready and app.focused is not None, "dashboard_ready_s")
        await until(lambda: len(tl.entries) > 0, "dashboard_timeline_loaded_s")
        await until(lambda: bool(pp.people), "dashboard_people_loaded_s")
        await until(lambda: not app.indexing, "dashboard_index_check_done_s")
        await pilot.press("escape", "2")
        tl.timeline.focus()
        await pilot.pause()
        t = time.perf_counter()
        await pilot.press("end")
        await pilot.pause()
        res["scroll_end_ms"] = (time.perf_counter() - t) * 1000
        await pilot.press("home")
        await pilot.pause()
        times = []
        for _ in range(20):  # the test harness's own cost per key: a key bound to nothing
            t = time.perf_counter()
            await pilot.press("x")
            await pilot.pause()
            times.append((time.perf_counter() - t) * 1000)
        res["idle_key_ms"] = statistics.median(times)
        times = []
        for _ in range(40):
            t = time.perf_counter()
            await pilot.press("pagedown")
            await pilot.pause()
            times.append((time.perf_counter() - t) * 1000)
        res["scroll_page_ms"] = statistics.median(times)
        res["scroll_page_max_ms"] = max(times)
        t = time.perf_counter()
        await pilot.press("y", "y", "m", "d", "Y")
        await pilot.pause()
        res["jump_keys_ms"] = (time.perf_counter() - t) * 1000
    res["dashboard_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(res))

asyncio.run(main())
"""


def after_change(index_dir: Path, corpus: Path) -> dict:
    def reindex() -> None:
        child_json(INDEX_CHILD, str(index_dir), str(corpus))

    with one_file_changed(corpus, reindex) as (victim, original):
        res: dict = {"changed_file": str(victim)}
        replace_file(victim, original + b"\nOfficials said on Monday the talks would resume.\n")
        got = child_json(INDEX_CHILD, str(index_dir), str(corpus))
        res.update({f"after_change_{k}": v for k, v in got.items()})
        got = child_json(OPEN_CHILD, str(index_dir))
        res.update({f"after_change_{k}": v for k, v in got.items()})
    return res


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--index-dir", required=True, type=Path)
    p.add_argument("--corpus", type=Path, help="the folder the index was built from")
    p.add_argument("--no-dashboard", action="store_true")
    p.add_argument("--no-change", action="store_true")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)

    res: dict = {}
    res.update(child_json(OPEN_CHILD, str(args.index_dir)))
    if args.corpus and not args.no_change:
        res.update(after_change(args.index_dir, args.corpus))
    if args.corpus and not args.no_dashboard:
        res.update(child_json(DASHBOARD_CHILD, str(args.index_dir), str(args.corpus)))
    return report(res, args.json, 34)


if __name__ == "__main__":
    sys.exit(main())
