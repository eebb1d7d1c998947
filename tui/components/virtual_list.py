"""A one-line-per-row list that only renders the rows on screen.

`OptionList` measures every option up front (and again on each resize), which is
fine for twenty search hits but not for a 100k-event timeline.  This widget uses
Textual's line API: it keeps plain row records, builds a `Content` for a row only
when that row is about to be drawn, and caches a screenful of them.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual


class VirtualList(ScrollView, can_focus=True):
    """Rows of anything; subclasses say how a row looks and whether it can be chosen."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"virtual-list--cursor", "virtual-list--header"}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "move(-1)", "Up", show=False),
        Binding("down", "move(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "edge(-1)", "First", show=False),
        Binding("end", "edge(1)", "Last", show=False),
        Binding("enter", "select", "Select", show=False),
    ]

    DEFAULT_CSS = """
    VirtualList {
        height: 1fr;
        overflow-x: hidden;
        & > .virtual-list--cursor { background: $block-cursor-blurred-background; }
        &:focus > .virtual-list--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
        & > .virtual-list--header { text-style: bold; color: $accent; }
    }
    """

    cursor: reactive[int] = reactive(-1, always_update=False)

    @dataclass
    class Highlighted(Message):
        """The cursor moved to ``index``."""

        list: VirtualList
        index: int

        @property
        def control(self) -> VirtualList:
            """The list that sent it, for `@on(..., "#id")` selectors."""
            return self.list

    @dataclass
    class Selected(Message):
        """``index`` was chosen (Enter or a click)."""

        list: VirtualList
        index: int

        @property
        def control(self) -> VirtualList:
            """The list that sent it, for `@on(..., "#id")` selectors."""
            return self.list

    def __init__(self, *, name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._rows: Sequence[Any] = ()
        self._cache: OrderedDict[tuple[int, int, bool], Strip] = OrderedDict()

    # ------------------------------------------------------------ subclass hooks
    def render_row(self, index: int, row: Any) -> Content:
        """How row ``index`` looks (plain, never markup)."""
        return Content(str(row))

    def is_selectable(self, index: int, row: Any) -> bool:
        """Whether the cursor may rest on this row (headers return False)."""
        return True

    def is_header(self, index: int, row: Any) -> bool:
        """Whether this row is styled as a group header."""
        return not self.is_selectable(index, row)

    # ------------------------------------------------------------ data
    @property
    def rows(self) -> Sequence[Any]:
        """The current rows (read-only)."""
        return self._rows

    def set_rows(self, rows: Sequence[Any], cursor: int | None = None) -> None:
        """Replace all rows; O(1) work beyond storing the sequence."""
        self._rows = rows
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(rows))
        self.set_reactive(VirtualList.cursor, -1)
        target = cursor if cursor is not None else self.next_selectable(-1, 1)
        if target is not None and 0 <= target < len(rows):
            self.cursor = target
        self.refresh()

    def next_selectable(self, start: int, step: int) -> int | None:
        """First selectable row after ``start`` going in direction ``step``."""
        index = start + step
        while 0 <= index < len(self._rows):
            if self.is_selectable(index, self._rows[index]):
                return index
            index += step
        return None

    # ------------------------------------------------------------ cursor
    def validate_cursor(self, value: int) -> int:
        if not self._rows:
            return -1
        return max(-1, min(value, len(self._rows) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self._cache.clear()
        self.refresh()
        if new >= 0:
            self.scroll_to_cursor()
            self.post_message(self.Highlighted(self, new))

    def scroll_to_cursor(self) -> None:
        """Keep the cursor row on screen, with a little context above it."""
        height = self.scrollable_content_region.height or 1
        top = int(self.scroll_y)
        if self.cursor < top + 1:
            self.scroll_to(y=max(0, self.cursor - 1), animate=False)
        elif self.cursor >= top + height - 1:
            self.scroll_to(y=self.cursor - height + 2, animate=False)

    def action_move(self, step: int) -> None:
        """Move to the next/previous selectable row."""
        target = self.next_selectable(self.cursor, 1 if step > 0 else -1)
        if target is not None:
            self.cursor = target

    def action_page(self, direction: int) -> None:
        """Move a screenful, landing on a selectable row."""
        height = max(1, self.scrollable_content_region.height - 1)
        target = max(0, min(len(self._rows) - 1, self.cursor + direction * height))
        found = self.next_selectable(target - direction, direction) or self.next_selectable(
            target, -direction
        )
        if found is not None:
            self.cursor = found

    def action_edge(self, direction: int) -> None:
        """Jump to the first or last selectable row."""
        start = -1 if direction < 0 else len(self._rows)
        found = self.next_selectable(start, -direction)
        if found is not None:
            self.cursor = found

    def action_select(self) -> None:
        """Announce the cursor row as chosen."""
        if 0 <= self.cursor < len(self._rows):
            self.post_message(self.Selected(self, self.cursor))

    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = offset.y + int(self.scroll_y)
        if 0 <= index < len(self._rows) and self.is_selectable(index, self._rows[index]):
            if index == self.cursor or event.chain > 1:
                self.cursor = index
                self.action_select()
            else:
                self.cursor = index

    # ------------------------------------------------------------ rendering
    def _on_resize(self, event: events.Resize) -> None:
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._rows))

    def notify_style_update(self) -> None:
        self._cache.clear()
        super().notify_style_update()

    def render_line(self, y: int) -> Strip:
        index = y + int(self.scroll_y)
        width = self.scrollable_content_region.width
        if not 0 <= index < len(self._rows) or width <= 0:
            return Strip.blank(width, self.rich_style)
        key = (index, width, index == self.cursor)
        strip = self._cache.get(key)
        if strip is None:
            row = self._rows[index]
            if index == self.cursor:
                style = self.get_visual_style("virtual-list--cursor")
            elif self.is_header(index, row):
                style = self.get_visual_style("virtual-list--header")
            else:
                style = self.visual_style
            content = self.render_row(index, row).truncate(width, ellipsis=True)
            strips = Visual.to_strips(self, content, width, 1, style, pad=True)
            strip = strips[0] if strips else Strip.blank(width, style.rich_style)
            strip = strip.adjust_cell_length(width, style.rich_style)
            self._cache[key] = strip
            if len(self._cache) > 400:
                self._cache.popitem(last=False)
        return strip
