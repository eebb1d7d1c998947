"""The people pane: who was quoted, most-quoted first, and what each of them said.

Direct quotes are shown in quotation marks; reported speech is set apart (dim,
italic, marked "reported") because a paraphrase is the reporter's words, not the
speaker's.  `c` copies a quote with its citation for pasting into notes.

Both lists are paged: 7,000 people (or a wire service's 1,200 quotes of one
person) as options took half a second of the UI thread at 50,000 articles, so
a page is listed and the next one added as the cursor nears its end.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from search.records import PersonSummary, QuoteInfo
from tui.bindings import PEOPLE_BINDINGS
from tui.components.library_handle import LibraryHandle
from tui.components.safe_text import join, plain, sanitize, truncate
from tui.messages import LibraryFailed, OpenArticle, PeopleLoaded, QuotesLoaded

PAGE = 150  # options listed at once; the next page comes when the cursor is near the end
NEAR_END = 30


def person_prompt(person: PersonSummary) -> Content:
    """Name and quote count, with the role on a second line when known."""
    noun = "quote" if person.quotes == 1 else "quotes"
    parts: list[Content | tuple[str, str]] = [
        plain(person.name, "bold"),
        (f"  {person.quotes} {noun}", "dim"),
    ]
    if person.role:
        parts += [("\n", ""), plain(person.role, "italic $text-muted")]
    return join(parts)


def quote_prompt(quote: QuoteInfo) -> Content:
    """A direct quote in quotation marks, or reported speech dimmed and labelled."""
    if quote.kind == "direct":
        body = join([("“", "bold"), plain(quote.text), ("”", "bold")])
    else:
        body = join([("reported: ", "dim"), plain(quote.text, "italic $text-muted")])
    meta = " · ".join(part for part in (quote.date or "undated", quote.source or "") if part)
    title = plain(truncate(quote.title, 60), "dim italic")
    return join([body, ("\n", ""), plain(meta, "dim"), ("  ", ""), title])


def citation(quote: QuoteInfo) -> str:
    """Plain-text citation for the clipboard: “…” — Speaker, Outlet, date."""
    text = sanitize(quote.text, one_line=True).strip()
    said = f"“{text}”" if quote.kind == "direct" else f"{text} (reported)"
    who = [
        sanitize(part, one_line=True)
        for part in (quote.speaker or "unnamed source", quote.source or quote.title, quote.date)
        if part
    ]
    return f"{said} — {', '.join(who)}"


class PagedOptionList(OptionList):
    """An option list that asks for its next page *before* the cursor moves.

    Paging on the highlight message alone loses a held key: the key events
    already queued run first, the cursor hits the last listed option and
    wraps to the top before the next page arrives.
    """

    def __init__(self, more: Callable[[int], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._more = more

    def _page_ahead(self, step: int) -> None:
        at = self.highlighted if self.highlighted is not None else 0
        self._more(at + step)

    def action_cursor_down(self) -> None:
        self._page_ahead(1)
        super().action_cursor_down()

    def action_page_down(self) -> None:
        self._page_ahead(max(1, self.scrollable_content_region.height))
        super().action_page_down()

    def action_last(self) -> None:
        self._page_ahead(self.option_count)
        super().action_last()


class PeoplePane(Horizontal):
    """Filter box and people list on the left, the selected person's quotes on the right."""

    BINDINGS: ClassVar[list[BindingType]] = list(PEOPLE_BINDINGS)

    def __init__(self, handle: LibraryHandle, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.handle = handle
        self.people: list[PersonSummary] = []
        self.shown: list[PersonSummary] = []
        self.quotes: list[QuoteInfo] = []
        self._person: str | None = None
        self._people_listed = 0
        self._quotes_listed = 0

    def compose(self) -> ComposeResult:
        with Vertical(id="people-side"):
            yield Input(placeholder="/ filter people", id="people-filter")
            yield PagedOptionList(self._more_people, id="people-list", markup=False)
        with Vertical(id="quotes-side"):
            yield Static("", id="quotes-title", markup=False)
            yield PagedOptionList(self._more_quotes, id="quotes-list", markup=False)

    # ------------------------------------------------------------------ people
    def reload(self) -> None:
        """Fetch the people list from the library (in a worker)."""
        self._people_worker()

    @work(thread=True, exclusive=True, group="people", exit_on_error=False)
    def _people_worker(self) -> None:
        try:
            people = self.handle.call(lambda lib: lib.people())
        except Exception as error:
            self.post_message(LibraryFailed(f"People unavailable: {error}".splitlines()[0]))
            return
        if people is not None:
            self.post_message(PeopleLoaded(list(people)))

    @on(PeopleLoaded)
    def _people_loaded(self, message: PeopleLoaded) -> None:
        message.stop()
        self.people = message.people
        self._apply_filter()

    @on(Input.Changed, "#people-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._apply_filter()

    @on(Input.Submitted, "#people-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one("#people-list", OptionList).focus()

    def _apply_filter(self) -> None:
        needle = self.query_one("#people-filter", Input).value.strip().casefold()
        if needle:
            self.shown = [
                person
                for person in self.people
                if any(needle in name.casefold() for name in (person.name, *person.aliases))
            ]
        else:
            self.shown = list(self.people)
        listing = self.query_one("#people-list", OptionList)
        keep = next((i for i, p in enumerate(self.shown) if p.name == self._person), 0)
        self._people_listed = max(PAGE, keep + NEAR_END + 1)
        listing.set_options(
            Option(person_prompt(person)) for person in self.shown[: self._people_listed]
        )
        if not self.shown:
            self._person = None
            self.quotes = []
            self.query_one("#quotes-list", OptionList).clear_options()
            text = "No one matches the filter." if self.people else "No quoted people yet."
            self.query_one("#quotes-title", Static).update(plain(text, "dim"))
            return
        listing.highlighted = keep

    def _more_people(self, near: int) -> None:
        """List the next page of people once the cursor is near the last listed."""
        if near < self._people_listed - NEAR_END or self._people_listed >= len(self.shown):
            return
        page = self.shown[self._people_listed : self._people_listed + PAGE]
        self._people_listed += len(page)
        listing = self.query_one("#people-list", OptionList)
        listing.add_options([Option(person_prompt(person)) for person in page])

    def _more_quotes(self, near: int) -> None:
        """The same for the quotes list (an option and a separator per quote)."""
        if near < self._quotes_listed - NEAR_END or self._quotes_listed >= len(self.quotes):
            return
        page = self.quotes[self._quotes_listed : self._quotes_listed + PAGE]
        self._quotes_listed += len(page)
        options: list[Option | None] = []
        for quote in page:
            options += [None, Option(quote_prompt(quote))]
        self.query_one("#quotes-list", OptionList).add_options(options)

    @property
    def current_person(self) -> PersonSummary | None:
        """Person under the people-list cursor."""
        index = self.query_one("#people-list", OptionList).highlighted
        return self.shown[index] if index is not None and 0 <= index < len(self.shown) else None

    @on(OptionList.OptionHighlighted, "#people-list")
    def _person_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        person = self.current_person
        if person is None:
            return
        self._more_people(event.option_index)
        self._person = person.name
        title = [plain(person.name, "bold")]
        if person.role:
            title += [plain(" — "), plain(person.role, "italic")]
        self.query_one("#quotes-title", Static).update(join(title))
        self._quotes_worker(person.name)

    @on(OptionList.OptionSelected, "#people-list")
    def _person_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.query_one("#quotes-list", OptionList).focus()

    # ------------------------------------------------------------------ quotes
    @work(thread=True, exclusive=True, group="quotes", exit_on_error=False)
    def _quotes_worker(self, name: str) -> None:
        try:
            quotes = self.handle.call(lambda lib: lib.quotes(name))
        except Exception as error:
            self.post_message(LibraryFailed(f"Quotes unavailable: {error}".splitlines()[0]))
            return
        if quotes is not None:
            self.post_message(QuotesLoaded(name, list(quotes)))

    @on(QuotesLoaded)
    def _quotes_loaded(self, message: QuotesLoaded) -> None:
        message.stop()
        if message.person != self._person:
            return
        self.quotes = message.quotes
        listing = self.query_one("#quotes-list", OptionList)
        options: list[Option | None] = []
        self._quotes_listed = min(PAGE, len(self.quotes))
        for quote in self.quotes[: self._quotes_listed]:
            options += [Option(quote_prompt(quote)), None]
        listing.set_options(options[:-1])
        if self.quotes:
            listing.highlighted = 0

    @on(OptionList.OptionHighlighted, "#quotes-list")
    def _quote_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._more_quotes(event.option_index)

    @property
    def current_quote(self) -> QuoteInfo | None:
        """Quote under the quotes-list cursor."""
        index = self.query_one("#quotes-list", OptionList).highlighted
        return self.quotes[index] if index is not None and 0 <= index < len(self.quotes) else None

    @on(OptionList.OptionSelected, "#quotes-list")
    def _quote_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open_selected()

    # ------------------------------------------------------------------ actions
    def action_focus_filter(self) -> None:
        """/: filter people by name."""
        self.query_one("#people-filter", Input).focus()

    def action_copy_quote(self) -> None:
        """c: copy the highlighted quote with its citation."""
        quote = self.current_quote
        if quote is None:
            self.notify("No quote selected.", severity="warning", timeout=2)
            return
        self.app.copy_to_clipboard(citation(quote))
        self.notify("Quote copied with citation.", timeout=2)

    def action_open_selected(self) -> None:
        """Enter: read the article at the quote (from either list)."""
        quote = self.current_quote
        if quote is None:
            return
        spans = [(quote.start, quote.end)]
        self.post_message(OpenArticle(quote.doc, spans=spans, title=quote.title))

    def focus_main(self) -> None:
        """Focus the people list (pane switching)."""
        self.query_one("#people-list", OptionList).focus()
