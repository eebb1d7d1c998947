"""The modal go-to-date box (toolong style): the timeline jumps as you type.

Whatever the user types goes to `search.timex.parse_user_when` (dateparser) in a
thread worker, because dateparser can take a noticeable moment on first use and
typing must stay instant.  The dashboard itself never interprets dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Static

from tui.bindings import GOTO_BINDINGS
from tui.components.safe_text import join, plain

if TYPE_CHECKING:
    from search.timex import UserDate


class GoToScreen(ModalScreen["UserDate | None"]):
    """Returns the stretch of time jumped to (Enter) or None (Escape)."""

    BINDINGS: ClassVar[list[BindingType]] = list(GOTO_BINDINGS)

    @dataclass
    class Parsed(Message):
        """What ``text`` resolved to (None: not a date)."""

        text: str
        when: UserDate | None

    def __init__(self, base: dt.date, jump: Callable[[UserDate], None]) -> None:
        super().__init__()
        self.base = base
        self.jump = jump
        self.when: UserDate | None = None
        self._parsed_text: str | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="goto-box"):
            yield Static("Go to date", id="goto-title")
            yield Input(placeholder="Aug 1, last friday, 2025-03-01…", id="goto-input")
            yield Static(
                plain(f"relative to {self.base.isoformat()} · Enter: stay · Esc: go back", "dim"),
                id="goto-status",
                markup=False,
            )
        # Its own footer: the one below belongs to the pane and lists keys
        # that do nothing while this box is open.
        yield Footer()

    @on(Input.Changed, "#goto-input")
    def _changed(self, event: Input.Changed) -> None:
        text = event.value.strip()
        if text:
            self._parse(text)

    @work(thread=True, exclusive=True, group="goto", exit_on_error=False)
    def _parse(self, text: str) -> None:
        self.post_message(self.Parsed(text, self._parse_now(text)))

    def _parse_now(self, text: str) -> UserDate | None:
        from search.timex import parse_user_when

        try:
            return parse_user_when(text, self.base)
        except Exception:  # a parser hiccup means "not a date", never a crash
            return None

    @on(Parsed)
    def _parsed(self, message: Parsed) -> None:
        if message.text != self.query_one("#goto-input", Input).value.strip():
            return
        self._show(message.text, message.when)

    def _show(self, text: str, when: UserDate | None) -> None:
        self._parsed_text = text
        status = self.query_one("#goto-status", Static)
        if when is None:
            status.update(join([("not a date I can read: ", "dim"), plain(text, "italic")]))
            return
        self.when = when
        status.update(join([("→ ", ""), (when.describe(), "bold")]))
        self.jump(when)

    @on(Input.Submitted, "#goto-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if text and text != self._parsed_text:
            # Enter beat the worker: resolve now so Enter always lands on what was typed.
            self._show(text, self._parse_now(text))
        self.dismiss(self.when)

    def action_cancel(self) -> None:
        """Escape: close and put the cursor back where it was."""
        self.dismiss(None)
