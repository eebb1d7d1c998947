"""The `?` help screen: every binding, grouped by where it applies.

Keys are read from the live bindings (after any keymap the user set), so the
help never disagrees with what the keys actually do.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from tui.bindings import BINDING_GROUPS, HELP_BINDINGS
from tui.components.safe_text import join

INTRO = (
    "newsdesk — search articles, walk the timeline of dates they mention, "
    "and browse who said what.\n"
    "Panes: 1 search · 2 timeline · 3 people. Tab moves focus; Esc leaves a text box; "
    "ctrl+p opens the command palette."
)


class HelpScreen(ModalScreen[None]):
    """A scrollable table of bindings."""

    BINDINGS: ClassVar[list[BindingType]] = list(HELP_BINDINGS)

    def _key_label(self, binding: Binding) -> str:
        keymap = getattr(self.app, "_keymap", {}) or {}
        keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
        if binding.key_display and keys == binding.key:
            return binding.key_display
        return ", ".join(self.app.get_key_display(Binding(key, "")) for key in keys.split(","))

    def compose(self) -> ComposeResult:
        lines: list[Content | tuple[str, str]] = [(INTRO, "")]
        for title, bindings in BINDING_GROUPS:
            lines.append((f"\n\n{title}", "bold $accent"))
            for binding in bindings:
                key = self._key_label(binding)
                lines.append((f"\n  {key:>12}  ", "bold"))
                lines.append((binding.description or binding.action, ""))
        with Vertical(id="help-box"):
            yield Static("Keys", id="help-title")
            with VerticalScroll(id="help-scroll"):
                yield Static(join(lines), id="help-text", markup=False)
            yield Static("Esc or ? to close", id="help-hint")
        # Its own footer: the one below belongs to the pane and lists keys
        # that do nothing while this box is open.
        yield Footer()

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
