"""The `!` list of files and lines the index skipped, and why.

The list comes from `search.problems` (what the last index run recorded),
never from looking at the user's folder. Paths and reasons are strangers'
text (a file name may hold escape sequences or `[markup]`), so every row is
built with `plain`; the list is a `VirtualList`, so a corpus with ten
thousand broken files opens as fast as one with two.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from search.corpus import Problem
from tui.bindings import PROBLEMS_BINDINGS
from tui.components.safe_text import join, plain
from tui.components.virtual_list import VirtualList


def problem_row(problem: Problem) -> Content:
    """``path — reason``, both shown literally on one line."""
    return join([plain(problem.path, "bold"), ("  — ", "dim"), plain(problem.reason)])


class ProblemList(VirtualList):
    """Rows are `Problem`s."""

    def render_row(self, index: int, row: Problem) -> Content:
        return problem_row(row)


class ProblemsScreen(ModalScreen[None]):
    """Every skipped file or line with its reason; Esc closes."""

    BINDINGS: ClassVar[list[BindingType]] = list(PROBLEMS_BINDINGS)

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__()
        self.problems = list(problems)

    def compose(self) -> ComposeResult:
        count = len(self.problems)
        if count:
            noun = "file or line" if count == 1 else "files or lines"
            title = f"{count} {noun} skipped by the last index run"
            hint = "Not indexed: fix or remove them, then index again. Esc closes."
        else:
            title = "Nothing skipped"
            hint = "The last index run read every file. Esc closes."
        with Vertical(id="problems-box"):
            yield Static(plain(title, "bold"), id="problems-title")
            yield ProblemList(id="problems-list")
            yield Static(plain(hint, "dim"), id="problems-hint")

    def on_mount(self) -> None:
        listing = self.query_one(ProblemList)
        listing.set_rows(self.problems)
        listing.display = bool(self.problems)
        listing.focus()

    def action_close(self) -> None:
        """Close the list."""
        self.dismiss(None)
