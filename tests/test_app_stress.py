"""The dashboard under stress: odd terminal sizes, empty and huge data, held keys.

Big data comes from a stand-in `Library` (the panes only call its query
methods), so ten thousand results or a 20 MB article cost no indexing; the
empty corpus, the skipped-files strip and the zero-result search use real
indexes. Each test drives the app with the pilot like a user would and then
checks that every pane still says something useful.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pilot_helpers import settle
from textual.widgets import Input, OptionList, Static, TabbedContent

from search.indexer import build_index
from search.library import Library
from search.records import (
    ArticleInfo,
    ArticleView,
    Event,
    Hit,
    PersonSummary,
    QuoteInfo,
    SearchPage,
    TimelineEntry,
)
from tui.app import NewsdeskApp
from tui.components.help_screen import HelpScreen
from tui.components.index_bar import IndexBar
from tui.components.problems_screen import ProblemList, ProblemsScreen
from tui.components.reader_screen import WINDOW_CHARS, ReaderScreen
from tui.components.timeline_pane import TimelineList, TimelinePane

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
GOOD = " date 2025-08-04 Officials said Tuesday that the talks would resume in Ottawa."
MANY = 10_000


def make_app(index_dir: Path, corpus: list[Path] | None = None) -> NewsdeskApp:
    app = NewsdeskApp(index_dir, corpus or [], refresh_seconds=3600)
    app.animation_level = "none"
    return app




def text_of(app: NewsdeskApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).content)


def visible_text(app: NewsdeskApp) -> str:
    """Everything the screen shows now, as plain text (what the user reads)."""
    return "\n".join(
        "".join(segment.text for segment in line) for line in app.screen._compositor.render_strips()
    )


# ------------------------------------------------------------------ a stand-in library


class _ListView(list):
    """Stands in for `search.timeline_groups.TimelineView`: a sequence of
    entries that can be put in the pane's order."""

    def reordered(self, key) -> _ListView:  # type: ignore[no-untyped-def]
        return _ListView(sorted(self, key=lambda e: key(e.value, e.sort_key, e.granularity)))


class BigLibrary:
    """Answers like `search.library.Library`, with ``n`` of everything."""

    def __init__(self, n: int = MANY, article_mb: float = 0.0) -> None:
        self.n = n
        self.big_text = ""
        if article_mb:
            para = "Officials said Tuesday that the tariffs would be reviewed by March 3. " * 6
            self.big_text = (para + "\n\n") * int(article_mb * 1e6 / (len(para) + 2))

    def refresh(self) -> bool:
        return False

    def close(self) -> None:
        pass

    def articles(self) -> list[ArticleInfo]:
        return [
            ArticleInfo(f"a{i:05d}.txt", f"/c/a{i:05d}.txt", f"Story {i}", "Wire", None, "file")
            for i in range(self.n)
        ]

    def search(self, query: str, *, limit: int = 20, sort: str = "relevance") -> SearchPage:
        hits = tuple(
            Hit(f"a{i:05d}.txt", f"Story {i} about {query}", "2025-08-04", 1.0 / (i + 1),
                f"… the {query} plan …", "Wire", f"/c/a{i:05d}.txt")
            for i in range(min(limit, self.n))
        )
        return SearchPage(query, hits, self.n, True)

    def article_text(self, doc: str) -> str:
        return self.big_text or f"Officials said Tuesday that {doc} was filed."

    def article_view(self, doc: str) -> ArticleView:
        return ArticleView(doc, f"/c/{doc}", f"Story {doc}", "Wire", None, self.article_text(doc))

    def match_spans(self, doc: str, query: str) -> list[tuple[int, int]]:
        text = self.article_text(doc)
        spans, start = [], text.find(query)
        while start >= 0 and len(spans) < 5000:
            spans.append((start, start + len(query)))
            start = text.find(query, start + 1)
        return spans

    def timeline_entries(self) -> list[TimelineEntry]:
        out = []
        day0 = dt.date(2020, 1, 1)
        for i in range(self.n):
            day = (day0 + dt.timedelta(days=i // 3)).isoformat()
            event = Event(f"a{i:05d}.txt", 0, 7, "Tuesday", "DATE", day, f"Event {i} Tuesday.",
                          f"Story {i}", day, day)
            out.append(TimelineEntry(day, day, "day", "Tuesday", event.sentence, (event,)))
        return out

    def timeline_view(self) -> _ListView:
        return _ListView(self.timeline_entries())

    def people(self) -> list[PersonSummary]:
        return [
            PersonSummary(f"Person {i:05d}", (), "minister" if i % 2 else None, self.n - i,
                          (f"a{i:05d}.txt",))
            for i in range(self.n)
        ]

    def quotes(self, person: str | None = None) -> list[QuoteInfo]:
        return [
            QuoteInfo("a00001.txt", 0, 9, f"Quote {k} by {person}", "direct", person, "said",
                      "2025-08-04", "Story 1", "Wire")
            for k in range(20)
        ]

    def resolve_person(self, name: str) -> str | None:
        return name


@pytest.fixture
def big_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    def factory(**kw) -> NewsdeskApp:  # type: ignore[no-untyped-def]
        lib = BigLibrary(**kw)
        monkeypatch.setattr(Library, "open", classmethod(lambda cls, index_dir: lib))
        return make_app(tmp_path / "unused")

    return factory


# ------------------------------------------------------------------ real indexes


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stress-seed-index")
    build_index([SEEDS], path)
    return path


async def test_resize_big_small_big_with_every_pane_visited(seed_index: Path) -> None:
    app = make_app(seed_index, [SEEDS])
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(app, pilot)
        await pilot.press(*"tariffs")
        await settle(app, pilot, 0.2)
        for size in ((40, 12), (200, 60)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            for key in ("escape", "1", "2", "j", "d", "3", "down", "1"):
                await pilot.press(key)
                await pilot.pause()
            assert app.query_one("#results", OptionList).option_count == 2
            await pilot.press("enter")
            await settle(app, pilot)
            assert isinstance(app.screen, ReaderScreen)
            assert "match" in text_of(app, "#reader-status")
            await pilot.press("n", "j", "escape", "question_mark")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape", "exclamation_mark")
            await pilot.pause()
            assert isinstance(app.screen, ProblemsScreen)
            assert "Nothing skipped" in visible_text(app)
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is app.screen_stack[0]
            shown = visible_text(app)
            assert "Search" in shown and "2 results" in shown
        assert app.is_running


async def test_an_empty_corpus_says_so_in_every_pane(tmp_path: Path) -> None:
    corpus = tmp_path / "empty"
    corpus.mkdir()
    app = make_app(tmp_path / "ix", [corpus])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot, 0.2)
        await settle(app, pilot)
        status = text_of(app, "#search-status")
        assert "No articles yet" in status and str(corpus) in status
        await pilot.press("escape", "2")
        await settle(app, pilot)
        assert "No dated events" in text_of(app, "#timeline-detail-text")
        await pilot.press("g", "enter", "d")  # nothing to jump to: a message, not a crash
        await pilot.press("3")
        await settle(app, pilot)
        assert "No quoted people yet" in text_of(app, "#quotes-title")
        await pilot.press("enter", "c", "1", "slash", *"anything")
        await settle(app, pilot, 0.2)
        assert "No matches" in text_of(app, "#search-status")
        assert app.is_running


async def test_zero_results_leave_every_key_harmless(seed_index: Path) -> None:
    app = make_app(seed_index, [SEEDS])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press(*"qqqzzxv", "enter")
        await settle(app, pilot, 0.2)
        assert app.query_one("#results", OptionList).option_count == 0
        assert "No matches" in text_of(app, "#search-status")
        assert text_of(app, "#preview-text") == ""
        await pilot.press("down", "end", "enter", "s", "pagedown", "enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, ReaderScreen)
        assert "No matches" in text_of(app, "#search-status")


# ------------------------------------------------------------------ skipped files


async def test_skipped_files_stay_listed_with_their_names_shown_literally(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, "utf-8")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    evil = "evil \x1b[2J [bold red]x [@click=app.quit].txt"  # no "/": it is a file name
    (corpus / evil).write_bytes(b"")
    app = make_app(tmp_path / "ix", [corpus])
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot, 0.2)
        await settle(app, pilot)
        bar = app.query_one(IndexBar)
        assert "2 skipped" in text_of(app, "#index-label") and "!" in text_of(app, "#index-label")
        assert not bar.query("ProgressBar")  # the strip stays, the animation does not
        # and it is on screen: nothing (the key footer) is drawn over it
        shown, _ = app.screen.get_widget_at(3, bar.region.y)
        assert shown is bar or shown in bar.children
        await pilot.pause(0.5)
        assert app.query(IndexBar)  # still there, unlike a notification
        await pilot.press("escape", "exclamation_mark")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        listing = app.screen.query_one(ProblemList)
        rows = [listing.render_row(i, row).plain for i, row in enumerate(listing.rows)]
        assert any("binary.txt" in row and "binary file" in row for row in rows)
        (evil_row,) = [row for row in rows if "evil" in row]
        assert "[bold red]x [@click=app.quit]" in evil_row and "empty file" in evil_row
        assert "\x1b" not in evil_row and "\u241b" in evil_row
        assert "[bold red]x" in visible_text(app)
        await pilot.press("enter", "escape")  # Enter on a row does nothing; Esc closes
        await pilot.pause()
        assert app.is_running and app.screen is app.screen_stack[0]
        # The user fixes the files in another terminal; the strip goes away.
        (corpus / "binary.txt").unlink()
        (corpus / evil).write_text(GOOD.replace("Ottawa", "Kingston"), "utf-8")
        build_index([corpus], tmp_path / "ix")
        app.action_check_refresh()
        await settle(app, pilot, 0.2)
        await settle(app, pilot)
        assert not app.query(IndexBar) and app.problems == []


async def test_files_skipped_by_another_process_show_up(seed_index: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, "utf-8")
    ix = tmp_path / "ix"
    build_index([corpus], ix)
    app = make_app(ix, [corpus])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot, 0.2)
        assert not app.query(IndexBar)
        (corpus / "empty.txt").write_bytes(b"")
        build_index([corpus], ix)  # `newsdesk index` elsewhere: nothing new to commit
        app.action_check_refresh()
        await settle(app, pilot, 0.2)
        await settle(app, pilot)
        assert "1 skipped" in text_of(app, "#index-label")
        await pilot.press("escape", "ctrl+p")
        await pilot.pause()
        await pilot.press(*"skipped files")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ProblemsScreen)
        assert [p.path for p in app.screen.problems] == [str(corpus / "empty.txt")]


# ------------------------------------------------------------------ huge data


async def test_ten_thousand_of_everything_scrolls_to_the_end(big_app) -> None:  # type: ignore[no-untyped-def]
    app = big_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press(*"tariffs", "enter")
        await settle(app, pilot, 0.2)
        assert f"{MANY} results" in text_of(app, "#search-status")
        results = app.query_one("#results", OptionList)
        await pilot.press("end")
        await pilot.pause()
        assert results.highlighted == results.option_count - 1
        await pilot.press("escape", "2")
        await settle(app, pilot)
        timeline = app.query_one(TimelineList)
        assert len(app.query_one(TimelinePane).entries) == MANY
        await pilot.press("end")
        await pilot.pause()
        assert app.query_one(TimelinePane).current_entry.sentence == f"Event {MANY - 1} Tuesday."
        assert f"Event {MANY - 1}" in visible_text(app)
        await pilot.press("pageup", "home", "y", "m", "d")
        await pilot.pause()
        assert timeline.cursor > 0
        await pilot.press("3")
        await settle(app, pilot)
        people = app.query_one("#people-list", OptionList)
        # The list is paged (the next page joins as the cursor nears the end):
        # holding End walks all 10,000 people to the last one.
        for _ in range(MANY // 100):
            await pilot.press("end")
            await settle(app, pilot)
            if "Person 09999" in text_of(app, "#quotes-title"):
                break
        assert "Person 09999" in text_of(app, "#quotes-title")
        assert people.highlighted == people.option_count - 1
        assert app.query_one("#quotes-list", OptionList).option_count > 0


async def burst(app: NewsdeskApp, pilot, keys: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Keys the way a held key (or a fast typist) sends them: all queued at
    once, as the terminal driver posts them, with no waiting in between."""
    from textual import events

    for key in keys:
        char = key if len(key) == 1 else None
        app.post_message(events.Key(key, char))
    await settle(app, pilot)


async def test_holding_a_key_down_neither_crashes_nor_freezes(big_app) -> None:  # type: ignore[no-untyped-def]
    app = big_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "2")
        await settle(app, pilot)
        await burst(app, pilot, ["j"] * 400 + ["down"] * 400 + ["k"] * 100)
        pane = app.query_one(TimelinePane)
        assert pane.current_index == 700
        assert "Event 700 Tuesday." in visible_text(app)  # drawn where the cursor is
        await pilot.press("1", "slash")
        await burst(app, pilot, list("tariff" * 50))
        await settle(app, pilot, 0.2)
        box = app.query_one("#search-input", Input)
        assert box.value == "tariff" * 50
        assert f"{MANY} results" in text_of(app, "#search-status")  # the last query's answer
        hits = app.query_one("#results", OptionList)
        assert "tariff" * 50 in str(hits.get_option_at_index(0).prompt)
        await burst(app, pilot, ["backspace"] * 294)
        await settle(app, pilot, 0.2)
        assert box.value == "tariff"
        assert "about tariff" in str(hits.get_option_at_index(0).prompt)
        await pilot.press("escape", "3")
        await settle(app, pilot)
        await burst(app, pilot, ["down"] * 300)
        await settle(app, pilot)
        assert "Person 00300" in text_of(app, "#quotes-title")
        assert app.query_one("#panes", TabbedContent).active == "people"


@pytest.mark.parametrize("shape", ["paragraphs", "one line"])
async def test_a_20_mb_article_opens_in_the_reader(big_app, shape: str) -> None:  # type: ignore[no-untyped-def]
    app = big_app(n=3, article_mb=20)
    lib = Library.open(Path("unused"))
    if shape == "one line":
        lib.big_text = lib.big_text.replace("\n\n", " ")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press(*"tariffs", "enter")
        await settle(app, pilot, 0.2)
        await pilot.press("enter")
        await settle(app, pilot, 0.2)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        status = text_of(app, "#reader-status")
        assert "match 1 of" in status and "on show" in status  # a window, said so
        assert "Officials said Tuesday" in visible_text(app)
        await pilot.press("n", "n", "N", "j", "end", "home")
        await pilot.pause()
        assert reader.current == 1
        await pilot.press("N", "N")  # wraps to the last hit, far past the first window
        await settle(app, pilot)
        start, end = reader.window
        assert start <= reader.spans[reader.current][0] < end and start > WINDOW_CHARS
        assert "Officials said Tuesday" in visible_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ReaderScreen)
