"""The article reader: full text with every hit marked, `n`/`N` to step between them.

The text is split into paragraphs, one `Static` each, so stepping to a hit can
scroll to the paragraph that holds it (and roughly to the line inside it) without
measuring wrapped text ourselves.  Offsets from the engine index the whole text;
each paragraph keeps its start offset to translate them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from tui.bindings import READER_BINDINGS
from tui.components.library_handle import LibraryHandle
from tui.components.safe_text import highlighted, join, plain
from tui.messages import OpenArticle, PreviewReady

HIT_STYLE = "bold reverse"
# One widget per paragraph, each wrapped by Textual: right for a story, a
# frozen screen for a 20 MB dump (46,000 widgets, or one 20-million-character
# paragraph). Past this many characters the reader shows a window of the text
# around the current hit, and stepping to a hit outside it moves the window.
WINDOW_CHARS = 60_000
CURRENT_STYLE = "bold reverse $accent"


def widen_to_sentence(text: str, span: tuple[int, int], sentence: str) -> tuple[int, int]:
    """The span of ``sentence`` around ``span`` in ``text`` (or ``span`` if not found)."""
    if not sentence:
        return span
    start = text.find(sentence, max(0, span[1] - len(sentence)))
    if 0 <= start <= span[0] and start + len(sentence) >= span[1]:
        return (start, start + len(sentence))
    return span


def window_around(text: str, pos: int, size: int) -> tuple[int, int]:
    """The whole text if it fits in ``size`` characters, else ``size`` of them
    around ``pos`` (a third before it), cut at line ends where there are some."""
    length = len(text)
    if length <= size:
        return (0, length)
    pos = min(max(0, pos), length)
    start = max(0, pos - size // 3)
    end = min(length, start + size)
    start = max(0, end - size)
    if start > 0 and (cut := text.find("\n", start, pos)) >= 0:
        start = cut + 1
    if end < length and (cut := text.rfind("\n", pos + 1, end)) >= 0:
        end = cut
    return (start, end)


class Paragraph(Static):
    """One paragraph of the article; ``start`` is its offset in the full text."""

    def __init__(self, text: str, start: int) -> None:
        super().__init__("", markup=False, classes="paragraph")
        self.text = text
        self.start = start

    def show(
        self,
        spans: list[tuple[int, int]],
        current: tuple[int, int] | None,
        muted: Sequence[tuple[int, int]] = (),
    ) -> None:
        """Render with the spans (given in full-text offsets) that fall in this paragraph."""
        end = self.start + len(self.text)

        def local_of(items: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
            here = [(s, e) for s, e in items if s < end and e > self.start]
            return [(s - self.start, e - self.start) for s, e in here]

        local = local_of(spans)
        cur = None
        if current and current[0] < end and current[1] > self.start:
            cur = (current[0] - self.start, current[1] - self.start)
        self.update(
            highlighted(
                self.text, local, HIT_STYLE, current=cur, current_style=CURRENT_STYLE,
                muted=local_of(muted),
            )
        )


class ReaderScreen(Screen[None]):
    """Full article text for one document."""

    BINDINGS: ClassVar[list[BindingType]] = list(READER_BINDINGS)

    def __init__(self, handle: LibraryHandle, request: OpenArticle) -> None:
        super().__init__()
        self.handle = handle
        self.request = request
        self.spans: list[tuple[int, int]] = list(request.spans)
        self.current = request.current
        self.text = ""
        self.meta = ""
        self.furniture: list[tuple[int, int]] = []
        self.title_text = request.title or request.doc
        self.body_start = 0  # where the story starts after the file's header
        self.window = (0, 0)  # the character range of the text on show

    def compose(self) -> ComposeResult:
        yield Static(plain(self.request.title or self.request.doc, "bold"), id="reader-title")
        yield Static("Loading…", id="reader-status", markup=False)
        yield VerticalScroll(id="reader-body")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#reader-body").focus()
        self._load()

    @work(thread=True, exclusive=True, group="reader", exit_on_error=False)
    def _load(self) -> None:
        doc, query = self.request.doc, self.request.query
        try:
            result = self.handle.call(
                lambda lib: (
                    lib.article_view(doc),
                    lib.match_spans(doc, query) if query and not self.request.spans else [],
                )
            )
        except Exception as error:
            self.post_message(PreviewReady(doc, query, f"Could not load this article: {error}"))
            return
        if result is not None:
            view, spans = result
            meta = " · ".join(p for p in (view.source, view.date or "undated", view.path) if p)
            title = view.title if view.title and view.title != doc else self.request.title
            # the title travels in the message: widgets' state changes on the UI thread
            self.post_message(
                PreviewReady(
                    doc, query, view.text, list(spans), view.body_start, meta,
                    list(view.furniture), title or doc,
                )
            )

    @on(PreviewReady)
    def _loaded(self, message: PreviewReady) -> None:
        message.stop()
        self.text = message.text
        self.meta = message.meta
        self.furniture = message.furniture
        self.body_start = message.body_start
        if message.title:
            self.title_text = message.title
        self.query_one("#reader-title", Static).update(plain(self.title_text, "bold"))
        if message.spans:
            self.spans = message.spans
        if self.request.sentence and self.spans:
            self.spans = [widen_to_sentence(self.text, self.spans[0], self.request.sentence)]
        self.current = min(max(0, self.current), max(0, len(self.spans) - 1))
        self._show_window()
        self._render_hits()
        self.call_after_refresh(self._scroll_to_current)

    def _show_window(self) -> None:
        """Mount one paragraph widget per non-blank line of the window on show."""
        pos = self.spans[self.current][0] if self.spans else 0
        start, end = window_around(self.text, pos, WINDOW_CHARS)
        # The story starts after the header; offsets stay those of the whole text.
        start = max(start, min(self.body_start, end))
        self.window = (start, end)
        body = self.query_one("#reader-body", VerticalScroll)
        body.remove_children()
        paragraphs: list[Paragraph] = []
        offset = start
        for line in self.text[start:end].split("\n"):
            if line.strip():
                paragraphs.append(Paragraph(line, offset))
            offset += len(line) + 1
        body.mount_all(paragraphs)

    def _render_hits(self) -> None:
        current = self.spans[self.current] if self.spans else None
        for paragraph in self.query(Paragraph):
            paragraph.show(self.spans, current, self.furniture)
        status = self.query_one("#reader-status", Static)
        meta = [plain(self.meta or self.request.doc, "dim")]
        if self.spans:
            label = "match" if self.request.query else "passage"
            meta.append(plain(f"  ·  {label} {self.current + 1} of {len(self.spans)}", ""))
            if len(self.spans) > 1:
                meta.append(plain("  ·  n/N next/previous", "dim"))
        start, end = self.window
        if start > self.body_start or end < len(self.text):
            shown = f"  ·  characters {start:,}–{end:,} of {len(self.text):,} on show"
            meta.append(plain(shown, "dim"))
        status.update(join(meta))

    def _scroll_to_current(self) -> None:
        if not self.spans:
            return
        start = self.spans[self.current][0]
        body = self.query_one("#reader-body", VerticalScroll)
        for paragraph in self.query(Paragraph):
            if paragraph.start <= start <= paragraph.start + len(paragraph.text):
                fraction = (start - paragraph.start) / max(1, len(paragraph.text))
                top = paragraph.virtual_region.y + int(fraction * paragraph.size.height)
                body.scroll_to(y=max(0, top - body.size.height // 3), animate=False)
                return

    def action_hit(self, step: int) -> None:
        """n/N: move to the next/previous hit, wrapping around."""
        if not self.spans:
            self.notify("Nothing to step through in this article.", timeout=2)
            return
        self.current = (self.current + step) % len(self.spans)
        start, end = self.window
        if not start <= self.spans[self.current][0] < end:
            self._show_window()
            self._render_hits()
            self.call_after_refresh(self._scroll_to_current)
            return
        self._render_hits()
        self._scroll_to_current()

    def action_scroll(self, step: int) -> None:
        """j/k: scroll a line."""
        body = self.query_one("#reader-body", VerticalScroll)
        body.scroll_relative(y=step, animate=False)

    def action_close(self) -> None:
        """Escape: back to the pane that opened the reader."""
        self.dismiss(None)
