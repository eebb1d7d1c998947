"""Full-index throughput: newsdesk (with extraction) beside a bare Whoosh bulk index.

    python bench/index_throughput.py --corpus PATH [--docs N] [--bare-procs P] [--json]

PATH is the Reuters jsonl (``--docs`` stories are written out as a folder of
.txt files under /tmp first, replicated under new ids past 18,276) or a folder
of articles (indexed whole). Both runs happen in fresh child processes, one
after the other in the same invocation, so they see the same machine state:

* bare — read the same files, split the header, add (id, title, body) to a
  plain Whoosh schema with the same stemming analyser, one commit. This is
  the floor: what indexing the texts costs with no dates, quotes or people.
* newsdesk — ``search.indexer.build_index(rebuild=True)``: reading,
  cleaning, timex/quote/person extraction in the process pool and every
  record kind written by the one writer.

Printed: seconds, docs/s, the ratio newsdesk/bare (the issue's goal is
≤ 1.5), CPU seconds (user + sys of the whole process tree, pool workers
included, and of the writing process alone: on a shared machine wall time
swings with the neighbours' load, CPU time much less), index size on disk
and peak RSS (the largest single process, the indexer or one of its pool
workers).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import corpus as bench_corpus  # noqa: E402


def _peak_rss_mb() -> float:
    """Peak RSS of this process and (separately) of any child it waited for, in MB."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(me, kids) / 1024


def _cpu(who: int) -> float:
    """User + system CPU seconds of this process (or of its waited-for descendants)."""
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def _dir_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def _files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.txt"))


def run_bare(folder: Path, index_dir: Path, procs: int) -> dict:
    """Bare Whoosh: the same texts, no extraction, one writer, one commit."""
    from whoosh import index as windex
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.fields import ID, TEXT, Schema

    from search.corpus import split_header

    t0 = time.perf_counter()
    schema = Schema(
        doc=ID(stored=True),
        title=TEXT(analyzer=StemmingAnalyzer(), stored=True),
        body=TEXT(analyzer=StemmingAnalyzer()),
    )
    index_dir.mkdir(parents=True, exist_ok=True)
    ix = windex.create_in(str(index_dir), schema)
    kwargs: dict = {"limitmb": 128}
    if procs > 1:
        kwargs.update(procs=procs, multisegment=True)
    writer = ix.writer(**kwargs)
    n = 0
    for path in _files(folder):
        text = path.read_text(encoding="utf-8", errors="replace")
        meta, start = split_header(text)
        writer.add_document(doc=str(path), title=meta.get("title", ""), body=text[start:])
        n += 1
    writer.commit()
    secs = time.perf_counter() - t0
    return {
        "docs": n,
        "seconds": secs,
        "main_cpu": _cpu(resource.RUSAGE_SELF),
        "rss_mb": _peak_rss_mb(),
        "size_mb": _dir_mb(index_dir),
    }


def run_newsdesk(folder: Path, index_dir: Path) -> dict:
    """The real pipeline, as `newsdesk index --rebuild` runs it."""
    t0 = time.perf_counter()
    from search.indexer import build_index

    report = build_index([folder], index_dir, rebuild=True)
    secs = time.perf_counter() - t0
    return {
        "docs": report.added + report.updated + report.unchanged,
        "seconds": secs,
        "main_cpu": _cpu(resource.RUSAGE_SELF),
        "rss_mb": _peak_rss_mb(),
        "size_mb": _dir_mb(index_dir),
    }


class _TreeSampler:
    """CPU seconds and peak RSS of every process in one session, from /proc.

    The indexer's workers are started by a multiprocessing forkserver, so
    they are not this process's children: `RUSAGE_CHILDREN` never sees them.
    Every process of the child's session is sampled every 0.1 s instead
    (CPU of a process is its last sample: at most 0.1 s short of its total).
    """

    def __init__(self, sid: int) -> None:
        import threading

        self.sid = sid
        self.cpu: dict[int, float] = {}
        self.rss: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._tick = os.sysconf("SC_CLK_TCK")
        self._thread.start()

    def _sample(self) -> None:
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                with open(f"/proc/{pid}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
                if int(fields[3]) != self.sid:  # field 6, session id
                    continue
                self.cpu[int(pid)] = (int(fields[11]) + int(fields[12])) / self._tick
                with open(f"/proc/{pid}/status") as fh:
                    for line in fh:
                        if line.startswith("VmHWM:"):
                            mb = int(line.split()[1]) / 1024
                            self.rss[int(pid)] = max(self.rss.get(int(pid), 0.0), mb)
            except (OSError, IndexError, ValueError):
                continue

    def _loop(self) -> None:
        while not self._stop.wait(0.1):
            self._sample()

    def stop(self) -> tuple[float, float]:
        self._stop.set()
        self._thread.join()
        return sum(self.cpu.values()), max(self.rss.values(), default=0.0)


def _child(mode: str, folder: Path, index_dir: Path, procs: int) -> dict:
    """Run one side in a fresh interpreter so neither warms the other's caches."""
    cmd = [sys.executable, __file__, "--_child", mode, "--corpus", str(folder)]
    cmd += ["--_index", str(index_dir), "--bare-procs", str(procs)]
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    sampler = _TreeSampler(proc.pid)
    out, err = proc.communicate()
    cpu, rss = sampler.stop()
    if proc.returncode:
        raise SystemExit(f"{mode} run failed:\n{err}")
    res = json.loads(out.strip().splitlines()[-1])
    # the whole session: the child, a forkserver and the pool workers
    res["cpu"] = max(cpu, res["main_cpu"])
    res["rss_mb"] = max(rss, res["rss_mb"])
    return res


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", type=Path, help="Reuters jsonl or a folder (default: Reuters)")
    p.add_argument("--docs", type=int, default=10_000, help="stories to take from a jsonl")
    p.add_argument("--bare-procs", type=int, default=1, help="writer procs for the bare run")
    p.add_argument("--shared", help="the shared/ folder (default: beside the repo)")
    p.add_argument("--keep", type=Path, help="keep the newsdesk index here")
    p.add_argument("--json", action="store_true")
    p.add_argument("--_child", help=argparse.SUPPRESS)
    p.add_argument("--_index", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)

    if args._child:
        fn = run_bare if args._child == "bare" else run_newsdesk
        res = (
            fn(args.corpus, args._index, args.bare_procs)
            if args._child == "bare"
            else fn(args.corpus, args._index)
        )
        print(json.dumps(res))
        return 0

    src = args.corpus or bench_corpus.reuters_path(args.shared)
    if src.is_file():
        folder = bench_corpus.materialise(args.docs, source=src)
    else:
        folder = src
    tmp = Path(tempfile.mkdtemp(prefix="nd-throughput-"))
    try:
        bare = _child("bare", folder, tmp / "bare", args.bare_procs)
        nd_dir = args.keep or tmp / "newsdesk"
        if args.keep and nd_dir.exists():
            shutil.rmtree(nd_dir)
        nd = _child("newsdesk", folder, nd_dir, args.bare_procs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    result = {
        "corpus": str(folder),
        "docs": nd["docs"],
        "cpus": os.cpu_count(),
        "bare_seconds": round(bare["seconds"], 2),
        "bare_docs_per_s": round(bare["docs"] / bare["seconds"], 1),
        "bare_cpu_s": round(bare["cpu"], 1),
        "bare_size_mb": round(bare["size_mb"], 1),
        "bare_rss_mb": round(bare["rss_mb"], 1),
        "bare_procs": args.bare_procs,
        "newsdesk_seconds": round(nd["seconds"], 2),
        "newsdesk_docs_per_s": round(nd["docs"] / nd["seconds"], 1),
        "newsdesk_cpu_s": round(nd["cpu"], 1),
        "newsdesk_writer_cpu_s": round(nd["main_cpu"], 1),
        "newsdesk_size_mb": round(nd["size_mb"], 1),
        "newsdesk_rss_mb": round(nd["rss_mb"], 1),
        "ratio": round(nd["seconds"] / bare["seconds"], 2),
        "cpu_ratio": round(nd["cpu"] / bare["cpu"], 2),
    }
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"corpus {result['corpus']}: {result['docs']} articles, {result['cpus']} CPUs")
    print(f"{'':10} {'seconds':>8} {'docs/s':>8} {'CPU s':>8} {'size MB':>8} {'peak RSS MB':>12}")
    for name, key in (("bare", "bare"), ("newsdesk", "newsdesk")):
        print(
            f"{name:10} {result[key + '_seconds']:8.2f} {result[key + '_docs_per_s']:8.1f} "
            f"{result[key + '_cpu_s']:8.1f} {result[key + '_size_mb']:8.1f} "
            f"{result[key + '_rss_mb']:12.1f}"
        )
    print(f"newsdesk writer process CPU: {result['newsdesk_writer_cpu_s']:.1f} s")
    print(
        f"newsdesk / bare = {result['ratio']:.2f} wall, {result['cpu_ratio']:.2f} CPU  (goal ≤ 1.5)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
