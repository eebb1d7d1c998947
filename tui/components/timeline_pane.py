"""The timeline pane: a month histogram, every dated entry in order, and its detail.

Entries come from `Library.timeline_view()` already de-duplicated: a sequence
that reads an entry only when it is asked for, with per-entry columns (sort key,
value, granularity) for everything else.  This pane only groups them (one header
row per day, week, month or year value) and moves around them, from those
columns, so opening it at 50,000 articles costs lists of ints and strings, not
55,000 entries.  The list is a `VirtualList`: rows on screen are the only ones
built.  Enter on an entry with several sources asks which one to read.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from search.records import Event, TimelineEntry
from tui.bindings import TIMELINE_BINDINGS
from tui.components.histogram import Histogram
from tui.components.library_handle import LibraryHandle
from tui.components.safe_text import highlighted, join, plain
from tui.components.virtual_list import VirtualList
from tui.messages import LibraryFailed, OpenArticle, TimelineLoaded

if TYPE_CHECKING:
    from search.timex import UserDate

_GRANULARITY_LABEL = {
    "week": "week",
    "month": "month",
    "quarter": "quarter",
    "season": "season",
    "year": "year",
    "decade": "decade",
}


# Coarser values first on a shared first day: "August" reads before "Aug 1".
_RANK = {"decade": 0, "year": 1, "season": 2, "quarter": 2, "month": 3, "week": 4}
_DAYLIKE = ("day", "time")


def pane_order(value: str, sort_key: str, granularity: str) -> tuple[str, int, str]:
    """Calendar order with same-key entries grouped (coarse periods before days).

    The engine orders by ``sort_key`` (a period's first day), so a month and the
    first day of that month tie; this keeps each group's rows together.
    """
    return (sort_key, _RANK.get(granularity, 5), _group(value, sort_key, granularity)[1])


def order_entries(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """`pane_order` for a plain list of entries."""
    return sorted(entries, key=lambda e: pane_order(e.value, e.sort_key, e.granularity))


def _group(value: str, sort_key: str, granularity: str) -> tuple[str, str]:
    if granularity in _DAYLIKE:
        return ("day", sort_key[:10])
    return (granularity, value)


def group_key(entry: TimelineEntry) -> tuple[str, str]:
    """Rows under one header share this: the day for day/time values, else the value."""
    return _group(entry.value, entry.sort_key, entry.granularity)


def columns(entries: Sequence[TimelineEntry]) -> tuple[list[str], list[str], list[str]]:
    """(sort keys, values, granularities) of the entries, without building any
    when they come from a `TimelineView` (which has them as columns)."""
    keys = getattr(entries, "sort_keys", None)
    if keys is not None:
        return keys, entries.values, entries.granularities  # type: ignore[attr-defined]
    return (
        [e.sort_key for e in entries],
        [e.value for e in entries],
        [e.granularity for e in entries],
    )


def iso_day(value: str) -> dt.date | None:
    """The calendar day of a day-granularity ISO value (already resolved by the engine)."""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def header_label(entry: TimelineEntry, count: int) -> Content:
    """``2025-08-01 · Friday  3 entries`` for days; ``2025-07 · month`` for coarser values."""
    return _header(entry.value, entry.sort_key, entry.granularity, count)


def _header(value: str, sort_key: str, granularity: str, count: int) -> Content:
    label = value
    if granularity in _DAYLIKE and (day := iso_day(sort_key)) is not None:
        label, kind = day.isoformat(), day.strftime("%A")
    else:
        kind = _GRANULARITY_LABEL.get(granularity, granularity or "date")
    return join([plain(label, "bold"), (f" · {kind}", ""), (f"  {count} {_noun(count)}", "dim")])


def _noun(count: int) -> str:
    return "entry" if count == 1 else "entries"


def sources_label(entry: TimelineEntry) -> str:
    """The article title(s) an entry came from, shortest form for a list row."""
    titles = list(dict.fromkeys(event.title or event.doc for event in entry.events))
    if not titles:
        return ""
    return titles[0] if len(titles) == 1 else f"{titles[0]} +{len(titles) - 1}"


class TimelineList(VirtualList):
    """Rows are ints: ``i >= 0`` is entry i, ``-g-1`` is the header of group g.

    Headers are drawn from the columns when on screen: ``groups`` holds each
    group's first entry and size, and ``columns`` the entries' (sort keys,
    values, granularities).
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: Sequence[TimelineEntry] = []
        self.groups: list[tuple[int, int]] = []
        self.columns: tuple[list[str], list[str], list[str]] = ([], [], [])

    def is_selectable(self, index: int, row: int) -> bool:
        return row >= 0

    def render_row(self, index: int, row: int) -> Content:
        if row < 0:
            first, count = self.groups[-row - 1]
            keys, values, grans = self.columns
            return _header(values[first], keys[first], grans[first], count)
        entry = self.entries[row]
        return join(
            [
                ("  ", ""),
                plain(entry.expression, "bold"),
                ("  ", ""),
                plain(entry.sentence),
                ("  — ", "dim"),
                plain(sources_label(entry), "dim italic"),
            ]
        )


class TimelinePane(Vertical):
    """Histogram strip, entry list and the selected entry's detail."""

    BINDINGS: ClassVar[list[BindingType]] = list(TIMELINE_BINDINGS)

    def __init__(self, handle: LibraryHandle, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.handle = handle
        self.entries: Sequence[TimelineEntry] = []
        # Row index of each entry, and per-entry keys for d/m/y jumps.
        self._entry_row: list[int] = []
        self._group_of: list[int] = []
        self._group_first: list[int] = []  # first entry index of each group
        self._day_keys: list[str] = []  # sort keys of day-granularity entries
        self._day_entries: list[int] = []
        self._day_groups: list[int] = []
        self._keys: list[str] = []

    def compose(self) -> ComposeResult:
        yield Histogram(id="histogram")
        yield TimelineList(id="timeline-list")
        with VerticalScroll(id="timeline-detail"):
            yield Static("", id="timeline-detail-text", markup=False)

    @property
    def timeline(self) -> TimelineList:
        """The entry list widget."""
        return self.query_one("#timeline-list", TimelineList)

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        """Fetch entries from the library (in a worker)."""
        self._load_worker()

    @work(thread=True, exclusive=True, group="timeline", exit_on_error=False)
    def _load_worker(self) -> None:
        try:
            entries = self.handle.call(lambda lib: lib.timeline_view().reordered(pane_order))
        except Exception as error:
            self.post_message(LibraryFailed(f"Timeline unavailable: {error}".splitlines()[0]))
            return
        if entries is not None:
            self.post_message(TimelineLoaded(entries))

    @on(TimelineLoaded)
    def _loaded(self, message: TimelineLoaded) -> None:
        message.stop()
        keep = self.current_entry
        self.set_entries(message.entries)
        if keep is not None:
            self.jump_to_key(keep.sort_key)

    def set_entries(self, entries: Sequence[TimelineEntry]) -> None:
        """Group entries under header rows and hand the rows to the virtual list.

        ``entries`` must already be in `pane_order`; only their columns are
        read here (a `TimelineView` builds no entry until one is drawn).
        """
        self.entries = entries
        keys, values, grans = cols = columns(entries)
        rows: list[int] = []
        entry_row: list[int] = []
        group_of: list[int] = []
        group_first: list[int] = []
        group_sizes: list[int] = []
        day_keys: list[str] = []
        day_entries: list[int] = []
        day_groups: list[int] = []
        previous: tuple[str, str] | None = None
        group = -1
        for index, (key, value, gran) in enumerate(zip(keys, values, grans, strict=True)):
            daylike = gran in _DAYLIKE
            this = ("day", key[:10]) if daylike else (gran, value)
            if this != previous:
                previous = this
                group += 1
                group_first.append(index)
                group_sizes.append(0)
                rows.append(-group - 1)
                if daylike:
                    day_groups.append(group)
            group_sizes[group] += 1
            group_of.append(group)
            entry_row.append(len(rows))
            rows.append(index)
            if daylike:
                day_keys.append(key)
                day_entries.append(index)
        self._entry_row, self._group_of, self._group_first = entry_row, group_of, group_first
        self._day_keys, self._day_entries, self._day_groups = day_keys, day_entries, day_groups
        self._keys = keys
        timeline = self.timeline
        timeline.entries, timeline.columns = entries, cols
        timeline.groups = list(zip(group_first, group_sizes, strict=True))
        timeline.set_rows(rows)
        counts = getattr(entries, "month_counts", None)
        histogram = self.query_one(Histogram)
        if counts is not None:
            histogram.set_counts(counts())
        else:
            histogram.set_months(key[:7] for key in keys)
        if not entries:
            self._detail(Content("No dated events in these articles yet."))

    # ------------------------------------------------------------------ selection
    @property
    def current_index(self) -> int | None:
        """Entry index under the cursor."""
        timeline = self.timeline
        if not 0 <= timeline.cursor < len(timeline.rows):
            return None
        row = timeline.rows[timeline.cursor]
        return row if row >= 0 else None

    @property
    def current_entry(self) -> TimelineEntry | None:
        """Entry under the cursor."""
        index = self.current_index
        return self.entries[index] if index is not None else None

    def select_entry(self, index: int) -> None:
        """Put the cursor on entry ``index``."""
        if 0 <= index < len(self.entries):
            self.timeline.cursor = self._entry_row[index]

    @on(VirtualList.Highlighted, "#timeline-list")
    def _highlighted(self, event: VirtualList.Highlighted) -> None:
        event.stop()
        entry = self.current_entry
        if entry is None:
            return
        self.query_one(Histogram).set_current(entry.sort_key[:7])
        parts: list[Content | tuple[str, str]] = [plain(entry.value, "bold"), ("\n", "")]
        start = entry.sentence.find(entry.expression) if entry.expression else -1
        spans = [(start, start + len(entry.expression))] if start >= 0 else []
        parts.append(highlighted(entry.sentence, spans, "bold underline", one_line=True))
        for event_ in entry.events:
            parts.append(("\n  • ", "dim"))
            parts.append(plain(event_.title or event_.doc, "italic"))
            if event_.date:
                parts.append(plain(f"  {event_.date}", "dim"))
        self._detail(join(parts))

    def _detail(self, content: Content) -> None:
        self.query_one("#timeline-detail-text", Static).update(content)

    @on(VirtualList.Selected, "#timeline-list")
    def _selected(self, event: VirtualList.Selected) -> None:
        event.stop()
        self.action_open_selected()

    @on(Histogram.MonthClicked)
    def _month_clicked(self, message: Histogram.MonthClicked) -> None:
        message.stop()
        self.jump_to_key(message.month)
        self.timeline.focus()

    # ------------------------------------------------------------------ actions
    def action_move(self, step: int) -> None:
        """j/k: next/previous entry."""
        self.timeline.action_move(step)

    def _period(self, index: int, unit: str) -> str:
        key = self._keys[index]
        if unit == "month":
            return key[:7]
        if unit == "year":
            return key[:4]
        return str(self._group_of[index])

    def action_jump(self, unit: str, direction: int) -> None:
        """d/D, m/M, y/Y: first entry of the next/previous day, month or year with events."""
        current = self.current_index
        if current is None or not self.entries:
            return
        if unit == "day":
            here = self._group_of[current]
            if direction > 0:
                pos = bisect.bisect_right(self._day_groups, here)
            else:
                pos = bisect.bisect_left(self._day_groups, here) - 1
            if 0 <= pos < len(self._day_groups):
                self.select_entry(self._group_first[self._day_groups[pos]])
            return
        period = self._period(current, unit)
        index = current
        if direction > 0:
            while index < len(self.entries) and self._period(index, unit) == period:
                index += 1
            if index < len(self.entries):
                self.select_entry(index)
            return
        # Backwards: leave this period, then walk to the first entry of the previous one.
        while index >= 0 and self._period(index, unit) == period:
            index -= 1
        if index < 0:
            return
        previous = self._period(index, unit)
        while index > 0 and self._period(index - 1, unit) == previous:
            index -= 1
        self.select_entry(index)

    def jump_to_key(self, key: str) -> None:
        """Select the first entry whose sort key is at or after ``key`` (else the last)."""
        if not self.entries:
            return
        index = bisect.bisect_left(self._keys, key)
        self.select_entry(min(index, len(self.entries) - 1))

    def jump_to(self, when: UserDate) -> None:
        """Go to what the go-to box read: a day's nearest entry; for a month,
        week or year its first entry (a "2016-11" one before Nov. 8), or the
        nearest day when nothing falls inside it."""
        if when.period != "day" and self.entries:
            index = bisect.bisect_left(self._keys, when.day.isoformat())
            if index < len(self._keys) and self._keys[index] <= when.last.isoformat():
                self.select_entry(index)
                return
        self.jump_to_date(when.day)

    def jump_to_date(self, day: dt.date) -> None:
        """Select the day entry nearest to ``day`` (ties go to the later one)."""
        if not self._day_entries:
            self.jump_to_key(day.isoformat())
            return
        from search.timex import sort_key

        target = sort_key(day.isoformat()) or day.isoformat()
        pos = bisect.bisect_left(self._day_keys, target)
        best: int | None = None
        best_gap: int | None = None
        for candidate in (pos - 1, pos):
            if not 0 <= candidate < len(self._day_entries):
                continue
            other = iso_day(self._keys[self._day_entries[candidate]])
            gap = abs((other - day).days) if other else 10**9
            if best_gap is None or gap < best_gap or (gap == best_gap and candidate == pos):
                best, best_gap = candidate, gap
        if best is not None:
            self.select_entry(self._day_entries[best])

    def base_date(self) -> dt.date:
        """What relative dates in the go-to box count from: the latest event day, or today."""
        for index in reversed(self._day_entries):
            day = iso_day(self._keys[index])
            if day is not None:
                return day
        return dt.date.today()

    def action_goto(self) -> None:
        """g: the modal go-to box, which jumps as you type."""
        from tui.components.goto_screen import GoToScreen

        if not self.entries:
            self.notify("No dated events to jump between yet.", timeout=3)
            return
        original = self.current_index

        def done(when: UserDate | None) -> None:
            if when is None and original is not None:
                self.select_entry(original)
            self.timeline.focus()

        self.app.push_screen(GoToScreen(self.base_date(), self.jump_to), done)

    def action_open_selected(self) -> None:
        """Enter: read the entry's article at its sentence; with several
        sources, first ask which one (a small list of their titles)."""
        entry = self.current_entry
        if entry is None or not entry.events:
            return
        first: dict[str, Event] = {}
        for event in entry.events:  # one per article (an entry never has two anyway)
            first.setdefault(event.doc, event)
        sources = list(first.values())
        if len(sources) == 1:
            self._open(sources[0])
            return
        from tui.components.source_picker import SourcePicker

        def chosen(index: int | None) -> None:
            if index is not None and 0 <= index < len(sources):
                self._open(sources[index])
            else:
                self.timeline.focus()

        self.app.push_screen(SourcePicker(sources), chosen)

    def _open(self, event: Event) -> None:
        self.post_message(
            OpenArticle(
                event.doc,
                spans=[(event.start, event.end)],
                title=event.title,
                sentence=event.sentence,
            )
        )

    def focus_main(self) -> None:
        """Focus the entry list (pane switching)."""
        self.timeline.focus()
