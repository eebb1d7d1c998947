"""One huge article in the corpus: index time, peak memory, and whether it is searchable.

    python bench/hostile_big.py [--mb 20] [--shape paragraphs|line] [--keep DIR]

Writes one generated article of ``--mb`` megabytes (made-up news sentences
with dates and quotes, so every engine has work; ``line`` puts it all on one
line, ``paragraphs`` splits it with blank lines) beside one small article,
then runs ``newsdesk index`` on the folder in a child process and prints:

* wall and CPU seconds of the index run, and its peak RSS (the indexer
  process, which also does the extraction: two files stay below the pool
  threshold);
* whether a word from the start and a word from the end of the big article
  find it (extraction stops at ``EXTRACT_LIMIT``; search covers the whole text);
* the time to load the article's stored text back (what the reader pays)
  and the time of a re-index run with nothing changed.

A slow machine changes the seconds, not the verdicts; repeat a run before
comparing figures (CPU seconds swing less than wall seconds on a shared box).
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT  # noqa: F401  (puts the checkout on sys.path)

NEWSDESK = Path(sys.executable).with_name("newsdesk")
START_WORD = "zanzibarite"  # made-up words that occur once, at either end
END_WORD = "quokkafold"

_WHO = ["Ana Ruiz", "Tom Becker", "Li Wei", "Sara Cohen", "Omar Haddad", "Jean Tremblay"]
_WHAT = ["tariffs", "pipelines", "housing", "wildfires", "fisheries", "transit", "budgets"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "last week", "next month"]


def sentence(rng: random.Random, i: int) -> str:
    who, what, day = rng.choice(_WHO), rng.choice(_WHAT), rng.choice(_DAYS)
    forms = (
        f"{who} said {day} that the {what} plan would be reviewed by March {i % 28 + 1}.",
        f"“We are not done with {what},” {who.split()[1]} told reporters on Aug. {i % 28 + 1}.",
        f"The council voted {rng.randint(3, 9)} to {rng.randint(0, 4)} on the {what} bill.",
        f"Officials expect {what} costs to rise {rng.randint(2, 40)} per cent by {2026 + i % 4}.",
    )
    return rng.choice(forms)


def write_big(path: Path, megabytes: float, shape: str) -> int:
    """The article: header, a unique first word, sentences to size, a unique last word."""
    rng = random.Random(20)
    target = int(megabytes * 1_000_000)
    parts = [f"date: 2025-08-04\ntitle: A very long dump\n\n{START_WORD} opens the file. "]
    size = len(parts[0])
    i = 0
    sep = " " if shape == "line" else "\n\n"
    while size < target:
        para = " ".join(sentence(rng, i + k) for k in range(4))
        parts.append(para + sep)
        size += len(para) + len(sep)
        i += 4
    parts.append(f"The file closes with {END_WORD}.\n")
    text = "".join(parts)
    path.write_text(text, "utf-8")
    return len(text.encode("utf-8"))


def nd(*args: str) -> tuple[subprocess.CompletedProcess, float, float, float]:
    """Run the CLI; (result, wall s, CPU s of the child, peak RSS MB of any child so far)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run([str(NEWSDESK), *args], capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return out, wall, cpu, after.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--shape", choices=("paragraphs", "line"), default="paragraphs")
    ap.add_argument("--keep", help="work in this folder and keep it (default: a temp dir)")
    args = ap.parse_args()

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="hostile-big-"))
    corpus, ix = work / "corpus", work / "ix"
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.rmtree(ix, ignore_errors=True)
    corpus.mkdir(parents=True)
    size = write_big(corpus / "big.txt", args.mb, args.shape)
    (corpus / "small.txt").write_text(
        " date 2025-08-04 Officials said Tuesday that the talks would resume.", "utf-8"
    )
    print(f"article: {size / 1e6:.1f} MB ({args.shape}); corpus: {corpus}")
    try:
        out, wall, cpu, rss = nd("--index-dir", str(ix), "index", str(corpus))
        print(f"index: exit {out.returncode}, {wall:.1f} s wall, {cpu:.1f} s CPU, "
              f"peak RSS {rss:.0f} MB")
        for line in out.stderr.strip().splitlines()[-3:]:
            print(f"  | {line[:150]}")
        for word in (START_WORD, END_WORD, "tariffs"):
            res, wall, _, _ = nd("--index-dir", str(ix), "search", word, "--limit", "5")
            found = "big.txt" in res.stdout
            print(f"search {word!r}: {'finds' if found else 'does NOT find'} big.txt "
                  f"({wall:.2f} s incl. start-up)")
        sys.path.insert(0, str(ROOT))
        from search.library import Library

        t0 = time.perf_counter()
        with Library.open(ix) as lib:
            text = lib.article_text("big.txt")
        took = time.perf_counter() - t0
        print(f"stored text back: {len(text) / 1e6:.1f} M chars in {took:.2f} s")
        out, wall, cpu, _ = nd("--index-dir", str(ix), "index", str(corpus))
        print(f"re-index, nothing changed: exit {out.returncode}, {wall:.2f} s wall")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
