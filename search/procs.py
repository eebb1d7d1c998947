"""Worker processes that can be started from anywhere, the dashboard included.

The indexer (and a from-scratch timeline grouping) fan out over processes
started by multiprocessing's *forkserver*: safe to start from a thread, as
the dashboard indexes in one. Starting the forkserver also starts
multiprocessing's resource tracker, which hands ``sys.stderr.fileno()`` to
its process. Under a running Textual app ``sys.stderr`` is Textual's print
capture, whose ``fileno()`` answers -1, and the start fails with "bad
value(s) in fds_to_keep": the dashboard could not index a folder of 48
files or more. So the helper processes are started with a real (null)
stderr when the current one has no usable descriptor. Once running they
are reused, and no later start looks at ``sys.stderr`` again.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Any

_START = threading.Lock()


def _stderr_fd_ok() -> bool:
    try:
        return sys.stderr is None or sys.stderr.fileno() >= 0
    except Exception:  # no fileno at all: multiprocessing skips it itself
        return True


def forkserver_context() -> Any:
    """multiprocessing's forkserver context, its server already running."""
    import multiprocessing
    from multiprocessing import forkserver

    ctx = multiprocessing.get_context("forkserver")
    with _START:
        if _stderr_fd_ok():
            forkserver.ensure_running()
            return ctx
        saved = sys.stderr
        with open(os.devnull, "w") as null:
            sys.stderr = null
            try:
                forkserver.ensure_running()
            finally:
                sys.stderr = saved
    return ctx
