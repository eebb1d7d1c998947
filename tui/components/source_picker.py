"""The small modal list of an entry's sources, so Enter can open any of them.

A timeline entry merges the same happening reported by several articles;
opening only the first hid the others. Titles are article text: shown as
plain `Content`, never markup.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from search.records import Event
from tui.components.safe_text import join, plain, truncate


def source_prompt(event: Event):
    """``Title  1987-03-04`` for one source of an entry."""
    parts = [plain(truncate(event.title or event.doc, 70), "bold")]
    if event.date:
        parts.append(plain(f"  {event.date[:10]}", "dim"))
    return join(parts)


class SourcePicker(ModalScreen[int | None]):
    """Returns the index (into ``events``) of the source chosen, or None (Escape)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_none", "Back"),
        Binding("j", "cursor(1)", "Down", show=False),
        Binding("k", "cursor(-1)", "Up", show=False),
    ]

    DEFAULT_CSS = """
    SourcePicker { align: center middle; }
    #sources-box {
        width: 80%; max-width: 100; height: auto; max-height: 70%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    #sources-list { height: auto; max-height: 20; }
    """

    def __init__(self, events: list[Event]) -> None:
        super().__init__()
        self.events = events

    def compose(self) -> ComposeResult:
        with Vertical(id="sources-box"):
            yield Static(
                plain(f"{len(self.events)} sources · Enter: read · Esc: back", "dim"),
                id="sources-title",
                markup=False,
            )
            yield OptionList(
                *(Option(source_prompt(event)) for event in self.events),
                id="sources-list",
                markup=False,
            )

    def on_mount(self) -> None:
        listing = self.query_one("#sources-list", OptionList)
        listing.highlighted = 0
        listing.focus()

    @on(OptionList.OptionSelected, "#sources-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_index)

    def action_cursor(self, step: int) -> None:
        listing = self.query_one("#sources-list", OptionList)
        if step > 0:
            listing.action_cursor_down()
        else:
            listing.action_cursor_up()

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
