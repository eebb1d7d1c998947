"""Dashboard pieces that need no index: text safety helpers and timeline scale.

These run without building an index, so they stay fast and pin down the two
properties most likely to regress silently: article text never becomes markup
or control codes, and the timeline stays quick with 100k entries.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from search.records import Event, TimelineEntry
from tui.app import NewsdeskApp
from tui.components.safe_text import highlighted, join, plain, sanitize
from tui.components.timeline_pane import TimelineList, TimelinePane, order_entries

EVIL = "[bold red]x[/] [@click=app.quit]click[/] [link=http://x]y[/link] a lone [/] \x1b[2J"


def test_sanitize_keeps_length_and_neutralises_controls() -> None:
    raw = "a\x1b[2Jb\x07c\x9bd\u202ee\r\nf\tg"
    clean = sanitize(raw)
    assert len(clean) == len(raw)
    assert not any(ord(c) < 32 and c not in "\n\t" for c in clean)
    assert "\x9b" not in clean and "\u202e" not in clean
    assert "[2J" in clean and "\n" in clean and "\t" in clean
    one = sanitize(raw, one_line=True)
    assert "\n" not in one and "\t" not in one and len(one) == len(raw)


def test_content_is_literal_and_carries_no_actions() -> None:
    content = highlighted(EVIL, [(0, 3)], "bold")
    assert content.plain.startswith("[bold red]x[/]")
    assert "[@click=app.quit]click[/]" in content.plain
    assert "[link=http://x]y[/link]" in content.plain
    assert "\x1b" not in content.plain
    for span in content.spans:
        assert "click" not in str(span.style) and "link" not in str(span.style)
    assembled = join([plain(EVIL), ("\n", ""), (EVIL, "dim")])
    assert assembled.plain.count("[@click=app.quit]") == 2


def test_highlight_clips_stale_offsets() -> None:
    content = highlighted("short", [(3, 99), (-5, 2), (10, 20)], "bold")
    assert content.plain == "short"


def _synthetic_entries(count: int) -> list[TimelineEntry]:
    """``count`` day entries spread over ~30 years, a few per day."""
    start = dt.date(1995, 1, 1)
    entries = []
    for i in range(count):
        day = start + dt.timedelta(days=i // 9)
        value = day.isoformat()
        event = Event("doc", 0, 3, "Friday", "DATE", value, f"Event {i} [b]x[/b]", "Title")
        entries.append(TimelineEntry(value, value, "day", "Friday", event.sentence, (event,)))
    return entries


async def test_timeline_with_100k_entries_stays_fast(tmp_path: Path) -> None:
    app = NewsdeskApp(tmp_path / "no-index", [], refresh_seconds=3600)
    app.animation_level = "none"
    entries = order_entries(_synthetic_entries(100_000))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("escape", "2")
        pane = app.query_one(TimelinePane)
        began = time.perf_counter()
        pane.set_entries(entries)
        await pilot.pause()
        assert time.perf_counter() - began < 3.0
        timeline = app.query_one(TimelineList)
        timeline.focus()
        await pilot.pause()
        assert pane.current_entry is entries[0]
        began = time.perf_counter()
        await pilot.press("j", "j", "d", "m", "y", "Y", "M", "D", "end", "home")
        await pilot.pause()
        assert time.perf_counter() - began < 3.0
        await pilot.press("y")
        await pilot.pause()
        assert pane.current_entry is not None
        assert pane.current_entry.sort_key.startswith("1996-01-01")
        await pilot.press("end")
        await pilot.pause()
        assert pane.current_entry is entries[-1]
        # Sentences with markup stay literal in the rows.
        row = timeline.render_row(timeline.cursor, timeline.rows[timeline.cursor])
        assert "[b]x[/b]" in row.plain


async def test_timeline_day_month_year_keys(tmp_path: Path) -> None:
    app = NewsdeskApp(tmp_path / "no-index", [], refresh_seconds=3600)
    app.animation_level = "none"
    values = ["2024-12-30", "2025-07", "2025-07-02", "2025-07-02", "2025-08-01", "2025-08-05"]
    entries = []
    for value in values:
        gran = "month" if len(value) == 7 else "day"
        key = value if gran == "day" else value + "-01"
        event = Event("doc", 0, 1, "x", "DATE", value, f"s {value}", "T")
        entries.append(TimelineEntry(value, key, gran, "x", f"s {value}", (event,)))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("escape", "2")
        pane = app.query_one(TimelinePane)
        pane.set_entries(order_entries(entries))
        pane.timeline.focus()
        await pilot.pause()

        def at() -> str:
            assert pane.current_entry is not None
            return pane.current_entry.value

        assert at() == "2024-12-30"
        await pilot.press("y")
        assert at() == "2025-07"  # first entry of 2025: the month-level row
        await pilot.press("d")
        assert at() == "2025-07-02"
        await pilot.press("d")
        assert at() == "2025-08-01"
        await pilot.press("D")
        assert at() == "2025-07-02"
        await pilot.press("m")
        assert at() == "2025-08-01"
        await pilot.press("M")
        assert at() == "2025-07"
        await pilot.press("Y")
        assert at() == "2024-12-30"
        await pilot.press("j", "j")
        assert at() == "2025-07-02"
        await pilot.press("k")
        assert at() == "2025-07"


class _LazyEntries:
    """A `TimelineView` stand-in that counts the entries built."""

    def __init__(self, entries: list[TimelineEntry]) -> None:
        self._entries = entries
        self.built: set[int] = set()
        self.sort_keys = [e.sort_key for e in entries]
        self.values = [e.value for e in entries]
        self.granularities = [e.granularity for e in entries]

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, index: int) -> TimelineEntry:
        self.built.add(index)
        return self._entries[index]

    def month_counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for key in self.sort_keys:
            out[key[:7]] = out.get(key[:7], 0) + 1
        return out


async def test_timeline_builds_only_the_entries_it_shows(tmp_path: Path) -> None:
    app = NewsdeskApp(tmp_path / "no-index", [], refresh_seconds=3600)
    app.animation_level = "none"
    lazy = _LazyEntries(order_entries(_synthetic_entries(100_000)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("escape", "2")
        pane = app.query_one(TimelinePane)
        pane.set_entries(lazy)  # type: ignore[arg-type]
        pane.timeline.focus()
        await pilot.pause()
        assert 0 < len(lazy.built) < 60  # a screenful, not 100,000
        await pilot.press("end")
        await pilot.pause()
        assert pane.current_entry is lazy._entries[-1]
        assert len(lazy.built) < 120
        await pilot.press("Y", "m")
        await pilot.pause()
        assert len(lazy.built) < 200


async def test_enter_on_an_entry_with_several_sources_lets_the_user_choose(
    tmp_path: Path,
) -> None:
    from tui.components.reader_screen import ReaderScreen
    from tui.components.source_picker import SourcePicker

    app = NewsdeskApp(tmp_path / "no-index", [], refresh_seconds=3600)
    app.animation_level = "none"
    sentence = "Talks resume on Friday."
    events = tuple(
        Event(f"doc{i}", 16, 22, "Friday", "DATE", "2025-08-01", sentence, f"Story {i}", None)
        for i in range(3)
    )
    entry = TimelineEntry("2025-08-01", "2025-08-01", "day", "Friday", sentence, events)
    single = Event("solo", 0, 6, "Monday", "DATE", "2025-08-04", "Monday it was.", "Solo")
    alone = TimelineEntry("2025-08-04", "2025-08-04", "day", "Monday", "Monday it was.", (single,))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("escape", "2")
        pane = app.query_one(TimelinePane)
        pane.set_entries([entry, alone])
        pane.timeline.focus()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SourcePicker)
        listing = [str(o.prompt) for o in app.screen.query_one("OptionList").options]
        assert [line.split("  ")[0] for line in listing] == ["Story 0", "Story 1", "Story 2"]
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, SourcePicker)
        await pilot.press("enter", "j", "j", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.request.doc == "doc2"
        assert app.screen.request.spans == [(16, 22)]
        await pilot.press("escape")
        await pilot.pause()
        # one source: straight to the reader
        await pilot.press("j", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.request.doc == "solo"


async def test_people_list_is_paged_but_everyone_is_reachable(tmp_path: Path) -> None:
    from textual.widgets import OptionList

    from search.records import PersonSummary
    from tui.components.people_pane import PAGE, PeoplePane
    from tui.messages import PeopleLoaded

    people = [PersonSummary(f"Person {i:04d}", (), None, 3000 - i, ("d",)) for i in range(3000)]
    app = NewsdeskApp(tmp_path / "no-index", [], refresh_seconds=3600)
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("escape", "3")
        pane = app.query_one(PeoplePane)
        began = time.perf_counter()
        pane.post_message(PeopleLoaded(people))
        await pilot.pause()
        assert time.perf_counter() - began < 3.0
        listing = app.query_one("#people-list", OptionList)
        assert listing.option_count < len(people)  # a page, not 3,000 options
        listing.focus()
        listing.highlighted = listing.option_count - 3  # near the end of the listed page
        await pilot.pause()
        for _ in range(10):
            await pilot.press("down")  # past it: the next page was listed
        await pilot.pause()
        assert pane.current_person is people[PAGE + 7]
        shown = str(listing.get_option_at_index(PAGE + 7).prompt)
        assert shown.startswith(f"Person {PAGE + 7:04d}")
        # the filter searches everyone, not only the listed page
        pane.query_one("#people-filter").value = "Person 2999"
        await pilot.pause()
        assert [p.name for p in pane.shown] == ["Person 2999"]
        assert str(listing.get_option_at_index(0).prompt).startswith("Person 2999")


async def test_dashboard_quits_when_its_terminal_hangs_up(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A closed terminal window under `make run` sends newsdesk no hangup
    signal (make waits for it), and Textual's input thread spins on the
    dead terminal: the app notices the terminal is gone and quits."""
    import tui.app as app_module

    monkeypatch.setattr(app_module, "_stdin_is_tty", lambda: True)
    app = NewsdeskApp(tmp_path / "no-index", [], refresh_seconds=3600)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.is_running
        monkeypatch.setattr(app_module, "_stdin_is_tty", lambda: False)
        await pilot.pause(1.5)
        assert app._exit  # Textual's flag: exit() was called


async def test_histogram_peak_names_every_month_its_column_holds() -> None:
    from textual.app import App, ComposeResult

    from tui.components.histogram import Histogram

    class One(App):
        def compose(self) -> ComposeResult:
            yield Histogram(id="h")

    app = One()
    async with app.run_test(size=(40, 5)):
        h = app.query_one(Histogram)
        h.set_counts({"2025-07": 3, "2025-08": 14})
        assert "peak 2025-08: 14 events" in h.render().plain
        # 175 months in 40 cells: five months a column, so June and July 2025
        # share the column of March to July
        h.set_counts({"2011-01": 1, "2025-06": 3, "2025-07": 14})
        assert "peak 2025-03–07: 17 events" in h.render().plain
        h.set_counts({"2011-01": 1, "2024-12": 3, "2025-02": 14})
        assert "peak 2024-10–2025-02: 17 events" in h.render().plain  # across a new year
