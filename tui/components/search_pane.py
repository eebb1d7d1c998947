"""The search pane: a query box, the hits, and a preview of the highlighted article.

Each keystroke searches at once, in a thread worker, so the box never lags;
while a search is running, keystrokes only note that the box changed, and
one more search for whatever the box then says starts when it ends. So at
most one search runs and none waits in a queue: no fixed debounce delay
(it was most of the keystroke-to-results time), and fast typing costs at
most one search per search time. Results arrive as `SearchDone` messages
and are dropped if the box has moved on.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from search.records import Hit, SearchPage
from tui.bindings import SEARCH_BINDINGS
from tui.components.library_handle import LibraryHandle
from tui.components.reader_screen import window_around
from tui.components.safe_text import highlighted, join, plain
from tui.messages import OpenArticle, PreviewReady, SearchDone, SearchFailed

RESULT_LIMIT = 50
PREVIEW_CHARS = 20_000


def hit_prompt(hit: Hit) -> Content:
    """One result: title, then date · source, then the snippet with matches marked."""
    meta = " · ".join(part for part in (hit.date or "undated", hit.source or "") if part)
    return join(
        [
            plain(hit.title or hit.doc, "bold"),
            Content("\n"),
            plain(meta, "dim"),
            Content("\n"),
            highlighted(hit.snippet, hit.highlights, "bold reverse", one_line=True),
        ]
    )


class SearchPane(Vertical):
    """Search box, status line, results list and article preview."""

    BINDINGS: ClassVar[list[BindingType]] = list(SEARCH_BINDINGS)

    def __init__(self, handle: LibraryHandle, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.handle = handle
        self.sort = "relevance"
        self._hits: list[Hit] = []
        self._shown_query = ""
        self._searching = False  # a search worker is running
        self._again = False  # the box changed (or sort flipped) since it started
        self._preview_doc: str | None = None
        self._suggestion: str | None = None

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Search articles (e.g. tariffs Mexico)", id="search-input")
        yield Static("", id="search-status", markup=False)
        with Horizontal(id="search-body"):
            yield OptionList(id="results", markup=False)
            with VerticalScroll(id="preview"):
                yield Static("", id="preview-text", markup=False)

    # ------------------------------------------------------------------ querying
    @property
    def query_text(self) -> str:
        """What the box says now, trimmed."""
        return self.query_one("#search-input", Input).value.strip()

    @on(Input.Changed, "#search-input")
    def _typed(self, event: Input.Changed) -> None:
        self.run_search()

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        self.run_search()
        self.query_one("#results", OptionList).focus()

    def run_search(self) -> None:
        """Search for the box's text (or clear the results for an empty box)
        now, or as soon as the search under way ends."""
        if self._searching:
            self._again = True
            return
        query = self.query_text
        if not query:
            if self.handle.ready:
                self._latest_worker()  # the newest articles, as when the pane opened
            else:
                self._show_page(SearchPage(query="", hits=(), total=0, exact=True))
                self._status(Content("Type to search; Enter moves to the results."), "")
            return
        if not self.handle.ready:
            self._status(Content("The index is still being built…"), "")
            return
        self._searching = True
        self._search_worker(query, self.sort)

    def _search_ended(self) -> None:
        """The search worker is done: search again if the box changed meanwhile."""
        self._searching = False
        if self._again:
            self._again = False
            self.run_search()

    @work(thread=True, group="search", exit_on_error=False)
    def _search_worker(self, query: str, sort: str) -> None:
        from search.library import QueryError

        try:
            page = self.handle.call(lambda lib: lib.search(query, limit=RESULT_LIMIT, sort=sort))
            if page is not None:
                self.post_message(SearchDone(query, page))
        except QueryError as error:
            self.post_message(SearchFailed(query, _one_line(str(error)) or "Invalid query"))
        except Exception as error:  # an engine bug must not look like a crash
            self.post_message(SearchFailed(query, f"Search failed: {_one_line(str(error))}"))
        finally:
            try:
                self.app.call_from_thread(self._search_ended)
            except Exception:  # the app is closing
                pass

    @on(SearchDone)
    def _search_done(self, message: SearchDone) -> None:
        message.stop()
        if message.query != self.query_text:
            return  # stale: the user kept typing
        self._show_page(message.page)
        page = message.page
        if page.total:
            noun = "result" if page.total == 1 else "results"
            about = "" if page.exact else "about "
            summary = [(f"{about}{page.total} {noun}", "bold"), (f" · by {self.sort}", "dim")]
            self._status(join(summary), "")
        elif page.suggestion:
            self._status(
                join(
                    [
                        ("No matches. Did you mean ", ""),
                        plain(page.suggestion, "bold italic"),
                        ("? (click to search for it)", "dim"),
                    ]
                ),
                "suggestion",
            )
            self._suggestion = page.suggestion
        else:
            self._status(Content("No matches."), "")

    @on(SearchFailed)
    def _search_failed(self, message: SearchFailed) -> None:
        message.stop()
        if message.query != self.query_text:
            return
        self._show_page(SearchPage(query=message.query, hits=(), total=0, exact=True))
        self._status(join([("⚠ ", "bold"), plain(message.message)]), "error")

    def _status(self, content: Content, kind: str) -> None:
        status = self.query_one("#search-status", Static)
        status.set_classes(kind)
        status.update(content)

    def _show_page(self, page: SearchPage) -> None:
        results = self.query_one("#results", OptionList)
        self._hits = list(page.hits)
        self._shown_query = page.query
        options: list[Option | None] = []
        for hit in self._hits:
            options.append(Option(hit_prompt(hit)))
            options.append(None)
        results.set_options(options[:-1] if options else [])
        if self._hits:
            results.highlighted = 0
        else:
            self._preview_doc = None
            self.query_one("#preview-text", Static).update("")

    def on_click(self, event) -> None:  # type: ignore[no-untyped-def]
        """Clicking the "did you mean" line searches for the suggestion."""
        widget = event.widget
        if widget is not None and widget.id == "search-status" and widget.has_class("suggestion"):
            box = self.query_one("#search-input", Input)
            box.value = self._suggestion or box.value
            self.run_search()

    # ------------------------------------------------------------------ preview
    @on(OptionList.OptionHighlighted, "#results")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        index = event.option_index  # dividers are not options, so indices match hits
        if 0 <= index < len(self._hits):
            hit = self._hits[index]
            self._preview_doc = hit.doc
            self._preview_worker(hit.doc, self._shown_query)

    @work(thread=True, exclusive=True, group="preview", exit_on_error=False)
    def _preview_worker(self, doc: str, query: str) -> None:
        try:
            result = self.handle.call(
                lambda lib: (lib.article_view(doc), lib.match_spans(doc, query))
            )
        except Exception as error:
            text = f"Could not load this article: {_one_line(str(error))}"
            self.post_message(PreviewReady(doc, query, text))
            return
        if result is not None:
            view, spans = result
            self.post_message(
                PreviewReady(
                    doc, query, view.text, list(spans), view.body_start,
                    furniture=list(view.furniture),
                )
            )

    @on(PreviewReady)
    def _preview_ready(self, message: PreviewReady) -> None:
        message.stop()
        if message.doc != self._preview_doc:
            return
        hit = self.current_hit
        header: list[Content] = []
        if hit is not None:
            meta = " · ".join(p for p in (hit.date or "undated", hit.source or "", hit.path) if p)
            header = [plain(hit.title, "bold"), Content("\n"), plain(meta, "dim"), Content("\n\n")]
        count = len(message.spans)
        footer = "\n\nEnter to read"
        if message.query:
            footer = f"\n\n{count} match{'es' if count != 1 else ''} · Enter to read"
        # A preview of a 20 MB dump must not wrap 20 MB: show a window of it.
        start, end = window_around(
            message.text, message.spans[0][0] if message.spans else 0, PREVIEW_CHARS
        )
        # The header (` date …`, `title: …`) is already in the title lines.
        start = max(start, min(message.body_start, end))
        text = message.text[start:end]
        spans = [(a - start, b - start) for a, b in message.spans if a < end and b > start]
        if start > message.body_start or end < len(message.text):
            footer += f" (preview of characters {start:,}–{end:,} of {len(message.text):,})"
        muted = [(a - start, b - start) for a, b in message.furniture if a < end and b > start]
        body = highlighted(text, spans, "bold reverse", muted=muted)
        self.query_one("#preview-text", Static).update(join([*header, body, plain(footer, "dim")]))
        preview = self.query_one("#preview", VerticalScroll)
        if spans and text:
            # Roughly bring the first hit into view: offsets → fraction of the height.
            fraction = spans[0][0] / max(1, len(text))
            self.call_after_refresh(
                lambda: preview.scroll_to(
                    y=max(0, fraction * preview.virtual_size.height - 3), animate=False
                )
            )
        else:
            preview.scroll_home(animate=False)

    # ------------------------------------------------------------------ actions
    @property
    def current_hit(self) -> Hit | None:
        """The hit under the results cursor."""
        results = self.query_one("#results", OptionList)
        index = results.highlighted
        if index is None or not 0 <= index < len(self._hits):
            return None
        return self._hits[index]

    @on(OptionList.OptionSelected, "#results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open_selected()

    def action_open_selected(self) -> None:
        """Open the reader on the highlighted hit, stepping through the query's matches."""
        hit = self.current_hit
        if hit is not None:
            self.post_message(OpenArticle(hit.doc, query=self._shown_query, title=hit.title))

    def action_toggle_sort(self) -> None:
        """Flip between relevance and date order and re-run the query."""
        self.sort = "date" if self.sort == "relevance" else "relevance"
        self.notify(f"Sorting by {self.sort}", timeout=2)
        self.run_search()

    def focus_input(self) -> None:
        """Put the cursor in the search box (the `/` key)."""
        self.query_one("#search-input", Input).focus()

    def focus_main(self) -> None:
        """Focus the results list (pane switching, Escape)."""
        self.query_one("#results", OptionList).focus()

    def reload(self) -> None:
        """The library (re)opened: run the current query again, or list the newest."""
        self.run_search()

    @work(thread=True, exclusive=True, group="latest", exit_on_error=False)
    def _latest_worker(self) -> None:
        try:
            page = self.handle.call(lambda lib: lib.latest(limit=RESULT_LIMIT))
        except Exception:
            return
        if page is not None:
            self.app.call_from_thread(self._show_latest, page)

    def _show_latest(self, page: SearchPage) -> None:
        """An empty box lists the newest articles, with how many there are."""
        if self.query_text:
            return  # the user typed meanwhile: their results win
        self._show_page(page)
        count = page.total
        if count == 0:
            # An empty corpus is the first thing a new user may meet: say where
            # we looked and what we read, not just "0".
            folders = ", ".join(str(path) for path in getattr(self.app, "corpus", [])) or "—"
            self._status(
                join(
                    [
                        ("No articles yet", "bold"),
                        (f" in {folders} · add .txt, .md, .json or .jsonl files, ", "dim"),
                        ("then reopen newsdesk or run `newsdesk index` on the folder", "dim"),
                    ]
                ),
                "",
            )
            return
        noun = "article" if count == 1 else "articles"
        self._status(
            join(
                [
                    (f"{count} {noun} indexed", "bold"),
                    (" · newest first · type to search", "dim"),
                ]
            ),
            "",
        )


def _one_line(text: str) -> str:
    """First non-empty line of an error message."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""
