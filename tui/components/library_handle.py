"""Shared, thread-safe access to the open `search.library.Library`.

Panes run their queries in thread workers; the library keeps one Whoosh searcher
that is not documented as safe for concurrent use, so every call goes through one
lock here.  The handle also lets panes exist before the index is ready: `call`
simply returns None until `set` has been given a library.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from search.library import Library

T = TypeVar("T")


class LibraryHandle:
    """Holds the current library (or None) and serialises calls into it."""

    def __init__(self) -> None:
        self._library: Library | None = None
        self._lock = threading.RLock()

    @property
    def ready(self) -> bool:
        """True once a library is open."""
        return self._library is not None

    def set(self, library: Library | None) -> None:
        """Swap in a (new) library, closing the old one."""
        with self._lock:
            old, self._library = self._library, library
        if old is not None and old is not library:
            try:
                old.close()
            except Exception:  # closing a stale reader must never take the UI down
                pass

    def call(self, fn: Callable[[Library], T]) -> T | None:
        """Run ``fn(library)`` under the lock; None if no library is open yet."""
        with self._lock:
            if self._library is None:
                return None
            return fn(self._library)

    def close(self) -> None:
        """Close the library on exit."""
        self.set(None)
