"""A per-month histogram strip: where on the calendar most events fall, at a glance.

It draws two rows of eighth-block bars (16 levels) and an axis line.  When there
are more months than columns, neighbouring months share a column.  Clicking a
column posts `MonthClicked` so the timeline can jump there.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from textual import events
from textual.content import Content
from textual.message import Message
from textual.widget import Widget

_BLOCKS = " ▁▂▃▄▅▆▇█"


def month_index(key: str) -> int | None:
    """``"YYYY-MM"`` → months since year 0, or None if the key is not a month."""
    if len(key) < 7 or key[4] != "-" or not key[:4].isdigit() or not key[5:7].isdigit():
        return None
    month = int(key[5:7])
    if not 1 <= month <= 12:
        return None
    return int(key[:4]) * 12 + month - 1


def month_key(index: int) -> str:
    """Inverse of `month_index`."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


class Histogram(Widget):
    """Event counts per month between the first and last dated month."""

    DEFAULT_CSS = """
    Histogram { height: 3; }
    """

    @dataclass
    class MonthClicked(Message):
        """The user clicked the column covering ``month`` (``YYYY-MM``)."""

        month: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._counts: Counter[int] = Counter()
        self._current: int | None = None

    def set_months(self, months: Iterable[str]) -> None:
        """Count one event per month key given (keys that are not months are ignored)."""
        self.set_counts(Counter(months))

    def set_counts(self, per_month: Mapping[str, int]) -> None:
        """Counts per ``YYYY-MM`` key, already made (the timeline has them per month)."""
        counts: Counter[int] = Counter()
        for key, n in per_month.items():
            index = month_index(key)
            if index is not None:
                counts[index] += n
        self._counts = counts
        self.refresh()

    def set_current(self, month: str | None) -> None:
        """Mark the month the timeline cursor is in."""
        current = month_index(month) if month else None
        if current != self._current:
            self._current = current
            self.refresh()

    def _bins(self, width: int) -> tuple[int, int, list[int], int]:
        """(first month, months per column, count per column, cells per column).

        Few months are drawn several cells wide (up to 4) so a short span still
        reads as a chart; many months share a column.
        """
        first, last = min(self._counts), max(self._counts)
        span = last - first + 1
        per = max(1, math.ceil(span / max(1, width)))
        columns = [0] * math.ceil(span / per)
        for index, count in self._counts.items():
            columns[(index - first) // per] += count
        cells = max(1, min(4, width // max(1, len(columns))))
        return first, per, columns, cells

    def render(self) -> Content:
        width = self.size.width
        if not self._counts or width < 4:
            return Content("No dated events yet.").stylize("dim")
        first, per, columns, cells = self._bins(width)
        peak = max(columns) or 1
        current_col = (self._current - first) // per if self._current is not None else None
        rows: list[Content] = []
        for level in (1, 0):  # top row shows levels 9-16, bottom row 1-8
            parts: list[tuple[str, str]] = []
            for col, count in enumerate(columns):
                height = 0 if count == 0 else max(1, round(count / peak * 16))
                cell = _BLOCKS[min(8, max(0, height - level * 8))]
                style = "bold $accent" if col == current_col else "$primary"
                parts.append((cell * cells, style))
            rows.append(Content.assemble(*parts))
        peak_col = columns.index(max(columns))
        start, end = month_key(first), month_key(first + len(columns) * per - 1)
        span_width = max(len(columns) * cells, len(start) + len(end) + 2)
        axis = start + " " * (span_width - len(start) - len(end)) + end if end != start else start
        axis += f"   peak {self._column_label(first, per, peak_col)}: {max(columns)} events"
        rows.append(Content(axis).stylize("dim"))
        return Content("\n").join(rows)

    def _column_label(self, first: int, per: int, column: int) -> str:
        """The months a column covers: "2025-07", or "2025-07–08" when months
        share columns (a peak of two months is not one month's). Short, as
        the axis line shares its width with the chart."""
        start = first + column * per
        end = min(start + per - 1, max(self._counts))
        if end == start:
            return month_key(start)
        last = month_key(end)
        return f"{month_key(start)}–{last[5:] if start // 12 == end // 12 else last}"

    def on_click(self, event: events.Click) -> None:
        if not self._counts:
            return
        offset = event.get_content_offset(self)
        if offset is None:
            return
        first, per, columns, cells = self._bins(self.size.width)
        column = offset.x // cells
        if 0 <= column < len(columns):
            self.post_message(self.MonthClicked(month_key(first + column * per)))
