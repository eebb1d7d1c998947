"""The indexing progress strip shown while the index is built or updated.

The build runs in a thread worker; this widget only receives `IndexProgress`
numbers, so the rest of the dashboard stays usable (and shows what it already
has) while new articles are read.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import ProgressBar, Static

from tui.components.safe_text import plain


class IndexBar(Horizontal):
    """Label + progress bar, removed once the index is ready.

    Removed rather than hidden: an indeterminate bar keeps animating (and using
    CPU) even when not displayed.
    """

    def compose(self) -> ComposeResult:
        yield Static("Indexing…", id="index-label", markup=False)
        yield ProgressBar(total=None, show_eta=False, id="index-progress")

    def update_progress(self, done: int, total: int, path: str) -> None:
        """Show ``done`` of ``total`` and the file being read."""
        self.display = True
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)
        name = Path(path).name if path else ""
        self.query_one("#index-label", Static).update(
            plain(f"Indexing {done}/{total} {name}")
        )

    def start(self, label: str) -> None:
        """Show an indeterminate bar with ``label``."""
        self.display = True
        self.query_one("#index-label", Static).update(plain(label))

    def finish(self) -> None:
        """Take the strip away for good."""
        self.remove()
