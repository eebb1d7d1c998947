"""All key bindings, each with a stable ``id`` so users can remap them via a keymap.

Declared here rather than scattered across widgets so the help screen, the
command palette and the footer all describe the same thing.  Ids are
``newsdesk.<scope>.<action>``; `App.set_keymap({"newsdesk.app.quit": "ctrl+q"})`
remaps one.
"""

from __future__ import annotations

from textual.binding import Binding

APP_BINDINGS: list[Binding] = [
    Binding("1", "show_pane('search')", "Search", id="newsdesk.app.pane_search"),
    Binding("2", "show_pane('timeline')", "Timeline", id="newsdesk.app.pane_timeline"),
    Binding("3", "show_pane('people')", "People", id="newsdesk.app.pane_people"),
    Binding("slash", "focus_search", "Find", key_display="/", id="newsdesk.app.focus_search"),
    Binding("escape", "leave_input", "Leave box", key_display="esc", id="newsdesk.app.leave_input"),
    Binding(
        "question_mark", "help", "Help", key_display="?", id="newsdesk.app.help"
    ),
    Binding(
        "exclamation_mark",
        "problems",
        "Skipped files",
        key_display="!",
        show=False,
        id="newsdesk.app.problems",
    ),
    Binding("q", "quit", "Quit", id="newsdesk.app.quit"),
]

SEARCH_BINDINGS: list[Binding] = [
    Binding("enter", "open_selected", "Read", show=False, id="newsdesk.search.open"),
    Binding("s", "toggle_sort", "Sort", id="newsdesk.search.sort"),
]

TIMELINE_BINDINGS: list[Binding] = [
    Binding("j", "move(1)", "Down", show=False, id="newsdesk.timeline.down"),
    Binding("k", "move(-1)", "Up", show=False, id="newsdesk.timeline.up"),
    Binding("d", "jump('day', 1)", "Next day", id="newsdesk.timeline.next_day"),
    Binding("D", "jump('day', -1)", "Prev day", show=False, id="newsdesk.timeline.prev_day"),
    Binding("m", "jump('month', 1)", "Next month", id="newsdesk.timeline.next_month"),
    Binding(
        "M", "jump('month', -1)", "Prev month", show=False, id="newsdesk.timeline.prev_month"
    ),
    Binding("y", "jump('year', 1)", "Next year", show=False, id="newsdesk.timeline.next_year"),
    Binding(
        "Y", "jump('year', -1)", "Prev year", show=False, id="newsdesk.timeline.prev_year"
    ),
    Binding("g", "goto", "Go to date", id="newsdesk.timeline.goto"),
    Binding("enter", "open_selected", "Read", id="newsdesk.timeline.open"),
]

PEOPLE_BINDINGS: list[Binding] = [
    Binding("slash", "focus_filter", "Filter", key_display="/", id="newsdesk.people.filter"),
    Binding("c", "copy_quote", "Copy quote", id="newsdesk.people.copy"),
    Binding("enter", "open_selected", "Read", show=False, id="newsdesk.people.open"),
]

READER_BINDINGS: list[Binding] = [
    Binding("escape", "close", "Back", id="newsdesk.reader.close"),
    Binding("n", "hit(1)", "Next hit", id="newsdesk.reader.next"),
    Binding("N", "hit(-1)", "Prev hit", id="newsdesk.reader.prev"),
    Binding("j", "scroll(1)", "Down", show=False, id="newsdesk.reader.down"),
    Binding("k", "scroll(-1)", "Up", show=False, id="newsdesk.reader.up"),
]

GOTO_BINDINGS: list[Binding] = [
    Binding("escape", "cancel", "Cancel", id="newsdesk.goto.cancel"),
]

HELP_BINDINGS: list[Binding] = [
    Binding("escape,question_mark,q", "close", "Close", id="newsdesk.help.close"),
]

PROBLEMS_BINDINGS: list[Binding] = [
    Binding("escape,exclamation_mark,q", "close", "Close", id="newsdesk.problems.close"),
]

# Title for each group on the help screen, in display order.
BINDING_GROUPS: list[tuple[str, list[Binding]]] = [
    ("Everywhere", APP_BINDINGS),
    ("Search pane", SEARCH_BINDINGS),
    ("Timeline pane", TIMELINE_BINDINGS),
    ("People pane", PEOPLE_BINDINGS),
    ("Article reader", READER_BINDINGS),
    ("Go-to date box", GOTO_BINDINGS),
    ("Skipped files list", PROBLEMS_BINDINGS),
]
