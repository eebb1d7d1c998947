"""kill -9 of `newsdesk index` at any moment never costs the index, and no clean-up is needed."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

NEWSDESK = Path(sys.executable).with_name("newsdesk")
N_FILES = 240


def _write_corpus(root: Path, n: int) -> None:
    rng = random.Random(7)
    people = ["Ana Ruiz", "Tom Becker", "Li Wei", "Sara Cohen", "Omar Haddad"]
    topics = ["tariffs", "pipelines", "housing", "wildfires", "elections", "fisheries"]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    root.mkdir()
    for i in range(n):
        who, topic = rng.choice(people), rng.choice(topics)
        paras = [
            f"{who} said {rng.choice(days)} that the {topic} plan would be reviewed in March.",
            f"“We are not done with {topic},” {who.split()[1]} told CBC on Aug. {i % 28 + 1}.",
        ] * 6
        body = "\n\n".join(paras)
        (root / f"story{i:04d}.txt").write_text(f"date: 2025-0{1 + i % 9}-15\n\n{body}", "utf-8")


def nd(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(NEWSDESK), *args], capture_output=True, text=True, timeout=300, **kw)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("crash") / "corpus"
    _write_corpus(root, N_FILES)
    return root


def _article_count(ix: Path) -> int | None:
    out = nd("--index-dir", str(ix), "articles", "--json")
    assert "Traceback" not in out.stderr
    if out.returncode != 0:
        # no committed index yet: it must say so in one line, not crash
        assert out.returncode == 1 and len(out.stderr.strip().splitlines()) == 1
        return None
    return len(json.loads(out.stdout))


@pytest.mark.parametrize("delay", [0.3, 0.8, 1.5, 2.5])
def test_kill_9_mid_index_then_search_and_reindex_work(
    corpus: Path, tmp_path: Path, delay: float
) -> None:
    ix = tmp_path / "ix"
    # an earlier, smaller committed index, so a kill may land on an update
    assert nd("--index-dir", str(ix), "index", str(corpus / "story0000.txt")).returncode == 0
    proc = subprocess.Popen(
        [str(NEWSDESK), "--index-dir", str(ix), "index", str(corpus), "--rebuild"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    time.sleep(delay)
    if proc.poll() is None:
        import os

        os.killpg(proc.pid, signal.SIGKILL)  # the indexer and its pool workers
    proc.wait()
    count = _article_count(ix)
    assert count in (None, 1, N_FILES)
    search = nd("--index-dir", str(ix), "search", "tariffs", "--json")
    assert search.returncode in (0, 1) and "Traceback" not in search.stderr
    again = nd("--index-dir", str(ix), "index", str(corpus))
    assert again.returncode == 0, again.stderr
    assert _article_count(ix) == N_FILES


def test_two_indexers_at_once_both_finish_and_agree(corpus: Path, tmp_path: Path) -> None:
    ix = tmp_path / "ix"
    args = [str(NEWSDESK), "--index-dir", str(ix), "index", str(corpus)]
    a = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    b = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    outs = [p.communicate(timeout=300) for p in (a, b)]
    assert a.returncode == 0 and b.returncode == 0, outs
    assert all("Traceback" not in err for _, err in outs)
    assert _article_count(ix) == N_FILES
