"""Command-palette entries (ctrl+p) for every dashboard action.

Each entry runs the same action its key binding does, so mouse-and-palette
users and keyboard users reach exactly the same features.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from tui.app import NewsdeskApp

# (palette text, help, action string run on the app)
COMMANDS: list[tuple[str, str, str]] = [
    ("Show search pane", "Keyword search over all articles (1)", "show_pane('search')"),
    ("Show timeline pane", "Dated events in calendar order (2)", "show_pane('timeline')"),
    ("Show people pane", "Who was quoted, and what they said (3)", "show_pane('people')"),
    ("Search articles", "Jump to the search box (/)", "focus_search"),
    ("Toggle search sort", "Relevance or date order (s)", "pane_action('search', 'toggle_sort')"),
    ("Open selected article", "Read the highlighted item (Enter)", "open_current"),
    ("Go to date", "Timeline: jump to a date as you type (g)", "pane_action('timeline', 'goto')"),
    ("Next day with events", "Timeline (d)", "pane_action('timeline', \"jump('day', 1)\")"),
    ("Previous day with events", "Timeline (D)", "pane_action('timeline', \"jump('day', -1)\")"),
    ("Next month", "Timeline (m)", "pane_action('timeline', \"jump('month', 1)\")"),
    ("Previous month", "Timeline (M)", "pane_action('timeline', \"jump('month', -1)\")"),
    ("Next year", "Timeline (y)", "pane_action('timeline', \"jump('year', 1)\")"),
    ("Previous year", "Timeline (Y)", "pane_action('timeline', \"jump('year', -1)\")"),
    ("Filter people", "People: filter by name (/)", "pane_action('people', 'focus_filter')"),
    ("Copy quote with citation", "People (c)", "pane_action('people', 'copy_quote')"),
    ("Check for new articles", "Reload if the index changed", "check_refresh"),
    ("Show skipped files", "Files or lines the index could not read, and why (!)", "problems"),
    ("Show keys", "Every key binding (?)", "help"),
    ("Quit", "Leave newsdesk (q)", "quit"),
]


class NewsdeskCommands(Provider):
    """Fuzzy-matches the entries above."""

    def _runner(self, action: str) -> Callable[[], object]:
        app: NewsdeskApp = self.app  # type: ignore[assignment]
        return partial(app.run_palette_action, action)

    async def discover(self) -> Hits:
        for text, help_text, action in COMMANDS:
            yield DiscoveryHit(text, self._runner(action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, help_text, action in COMMANDS:
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), self._runner(action), text=text,
                          help=help_text)
