"""The strip at the bottom: indexing progress, then what the index skipped.

The build runs in a thread worker; this widget only receives `IndexProgress`
numbers, so the rest of the dashboard stays usable (and shows what it already
has) while new articles are read. Once the run is over the strip goes away,
unless files or lines were skipped: then it stays, one line saying how many
and that `!` lists them, so a broken file is never only a notification that
faded out.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import ProgressBar, Static

from tui.components.safe_text import plain


def skipped_label(count: int) -> str:
    """The lasting line, short enough to stay readable in 40 columns."""
    noun = "file or line" if count == 1 else "files or lines"
    return f"⚠ {count} skipped — press ! to see which ({noun} not indexed)"


class IndexBar(Horizontal):
    """Label + progress bar while indexing; the skipped count afterwards.

    The progress bar is removed rather than hidden when the run ends: an
    indeterminate bar keeps animating (and using CPU) even when not displayed.
    """

    def __init__(self, *, id: str | None = None, finished: bool = False, skipped: int = 0) -> None:
        super().__init__(id=id)
        self.finished = finished
        self.skipped = skipped

    def compose(self) -> ComposeResult:
        yield Static("Indexing…", id="index-label", markup=False)
        if not self.finished:
            yield ProgressBar(total=None, show_eta=False, id="index-progress")

    def on_mount(self) -> None:
        if self.finished:
            self.set_skipped(self.skipped)

    def on_click(self) -> None:
        """Clicking the skipped count opens the list, like `!`."""
        if self.finished and self.skipped:
            self.app.run_action("problems")

    def update_progress(self, done: int, total: int, path: str) -> None:
        """Show ``done`` of ``total`` and the file being read."""
        if self.finished:
            return
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
        """The run is over: drop the bar; keep the strip only for a skipped count."""
        self.finished = True
        for bar in self.query(ProgressBar):
            bar.remove()
        self.set_skipped(self.skipped)

    def set_skipped(self, count: int) -> None:
        """How many files/lines the last run skipped (shown once indexing is over)."""
        self.skipped = count
        if not self.finished:
            return
        if count:
            self.add_class("skipped")
            self.query_one("#index-label", Static).update(plain(skipped_label(count)))
        else:
            self.remove()
