"""Functional tests of the dashboard on a real index built from the bundled seeds.

The index is built once per module (building is the slow part); each test then
starts its own app on it, drives it with the pilot like a user would, and
checks what the widgets show.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import settle
from textual.widgets import Input, OptionList, Static, TabbedContent
from textual.widgets._footer import FooterKey

from search.indexer import build_index
from tui.app import NewsdeskApp
from tui.components.goto_screen import GoToScreen
from tui.components.help_screen import HelpScreen
from tui.components.people_pane import PeoplePane
from tui.components.reader_screen import Paragraph, ReaderScreen
from tui.components.timeline_pane import TimelineList, TimelinePane

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seed-index")
    build_index([SEEDS], path)
    return path


def make_app(index_dir: Path, corpus: Path = SEEDS) -> NewsdeskApp:
    """An app on ``index_dir`` with no periodic refresh and no animations (faster pilots)."""
    app = NewsdeskApp(index_dir, [corpus], refresh_seconds=3600)
    app.animation_level = "none"
    return app


def options_text(widget: OptionList) -> list[str]:
    return [str(option.prompt) for option in widget.options]


def static_text(widget: Static) -> str:
    return str(widget.content)


async def search_for(app: NewsdeskApp, pilot, query: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("slash")
    box = app.query_one("#search-input", Input)
    box.value = ""
    await pilot.press(*query)
    await settle(app, pilot, 0.3)


async def palette(app: NewsdeskApp, pilot, command: str) -> None:  # type: ignore[no-untyped-def]
    """Run ``command`` from the command palette, as a user types it."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*command)
    await pilot.pause(0.5)
    await pilot.press("enter")
    await settle(app, pilot)


async def test_typing_a_query_shows_results_with_seed_title(index_dir: Path) -> None:
    app = make_app(index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.focused, Input)  # ready to type at start
        await pilot.press(*"tariffs")
        await settle(app, pilot, 0.3)
        results = options_text(app.query_one("#results", OptionList))
        assert len(results) == 2
        assert any("Finance Minister François-Philippe Champagne" in text for text in results)
        assert any("2025-08-03" in text and "The Globe and Mail" in text for text in results)
        status = static_text(app.query_one("#search-status", Static))
        assert "2 results" in status
        preview = static_text(app.query_one("#preview-text", Static))
        assert "tariffs" in preview.lower() and "match" in preview


async def test_empty_box_lists_the_newest_articles_first(index_dir: Path) -> None:
    """The dashboard opens on the news, newest first, not on an empty list; clearing
    the box after a search brings that list back."""
    app = make_app(index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        results = options_text(app.query_one("#results", OptionList))
        assert len(results) == 2
        assert "2025-08-04" in results[0] and "2025-08-03" in results[1]
        status = static_text(app.query_one("#search-status", Static))
        assert "2 articles indexed" in status and "newest first" in status
        preview = static_text(app.query_one("#preview-text", Static))
        assert "Enter to read" in preview and "match" not in preview
        await pilot.press(*"champagne")
        await settle(app, pilot, 0.3)
        assert "result" in static_text(app.query_one("#search-status", Static))
        await pilot.press(*["backspace"] * len("champagne"))
        await settle(app, pilot, 0.3)
        assert options_text(app.query_one("#results", OptionList)) == results
        assert "newest first" in static_text(app.query_one("#search-status", Static))


async def test_close_miss_shows_did_you_mean(index_dir: Path) -> None:
    app = make_app(index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await search_for(app, pilot, "tarifs")
        status = static_text(app.query_one("#search-status", Static))
        assert "Did you mean" in status and "tariff" in status
        assert app.query_one("#results", OptionList).option_count == 0
        # Clicking the suggestion runs it.
        await pilot.click("#search-status")
        await settle(app, pilot, 0.3)
        assert app.query_one("#results", OptionList).option_count > 0


async def test_malformed_query_shows_one_line_inline(index_dir: Path) -> None:
    app = make_app(index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await search_for(app, pilot, "date:>foo")
        status_widget = app.query_one("#search-status", Static)
        status = static_text(status_widget)
        assert status_widget.has_class("error")
        assert "foo" in status and "\n" not in status
        assert "Traceback" not in status
        assert app.is_running


async def test_number_keys_switch_panes(index_dir: Path) -> None:
    app = make_app(index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        tabs = app.query_one("#panes", TabbedContent)
        await pilot.press("2")  # typed into the search box, not a pane switch
        assert tabs.active == "search"
        assert app.query_one("#search-input", Input).value == "2"
        await pilot.press("escape", "2")
        assert tabs.active == "timeline"
        assert isinstance(app.focused, TimelineList)
        await pilot.press("3")
        assert tabs.active == "people"
        await pilot.press("1")
        assert tabs.active == "search"
        await pilot.press("3", "slash")  # / in the people pane filters people
        assert app.focused is app.query_one("#people-filter", Input)
        await pilot.press("escape", "2", "slash")  # / elsewhere goes to the search box
        assert tabs.active == "search"
        assert app.focused is app.query_one("#search-input", Input)


async def test_timeline_lists_days_and_goto_jumps(index_dir: Path) -> None:
    app = make_app(index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "2")
        await settle(app, pilot)
        pane = app.query_one(TimelinePane)
        timeline = app.query_one(TimelineList)
        rows = [timeline.render_row(i, row).plain for i, row in enumerate(timeline.rows)]
        assert any(row.startswith("2025-08-01 · Friday") for row in rows)
        assert any("Aug. 1" in row for row in rows)
        values = [entry.sort_key for entry in pane.entries]
        assert values == sorted(values)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GoToScreen)
        # The footer on top names the box's keys, not the timeline's (dead here).
        shown = [key.description for key in app.screen.query(FooterKey)]
        assert "Cancel" in shown and "Next day" not in shown
        await pilot.press(*"2025-08-05")
        await settle(app, pilot)
        assert pane.current_entry is not None and pane.current_entry.value == "2025-08-05"
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, GoToScreen)
        assert pane.current_entry.value == "2025-08-05"
        detail = static_text(app.query_one("#timeline-detail-text", Static))
        assert "Tuesday" in detail
        # A natural-language date, relative to the latest event day.
        await pilot.press("g", *"Aug 1", "enter")
        await settle(app, pilot)
        assert pane.current_entry.value == "2025-08-01"
        # A month lands on its first entry ("last month" is a 2025-07 one),
        # not on the nearest day with an entry (Aug. 1)
        await pilot.press("g", *"july 2025")
        await settle(app, pilot)
        assert "July 2025" in static_text(app.screen.query_one("#goto-status", Static))
        await pilot.press("enter")
        await settle(app, pilot)
        assert pane.current_entry.value == "2025-07"
        await pilot.press("g", *"Aug 1", "enter")
        await settle(app, pilot)
        # Escape puts the cursor back where it was.
        await pilot.press("g", *"2025-02-03")
        await settle(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert pane.current_entry.value == "2025-08-01"
        # Enter opens the reader at the entry's sentence.
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.spans and app.screen.text
        start, end = app.screen.spans[0]
        assert "Friday" in app.screen.text[start:end] or "Aug. 1" in app.screen.text[start:end]


async def test_people_pane_lists_leblanc_and_his_quotes(index_dir: Path) -> None:
    app = make_app(index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "3")
        await settle(app, pilot)
        people = options_text(app.query_one("#people-list", OptionList))
        assert people[0].startswith("Dominic LeBlanc")
        pane = app.query_one(PeoplePane)
        quotes = pane.quotes
        assert quotes and all(quote.speaker == "Dominic LeBlanc" for quote in quotes)
        shown = options_text(app.query_one("#quotes-list", OptionList))
        assert any(text.startswith("“") for text in shown)  # direct, in quotation marks
        assert any(text.startswith("reported: ") for text in shown)  # reported speech
        title = static_text(app.query_one("#quotes-title", Static))
        assert "minister responsible for U.S.-Canada trade" in title
        # Filter by name.
        await pilot.press("slash", *"hyder")
        await settle(app, pilot)
        assert options_text(app.query_one("#people-list", OptionList))[0].startswith("Goldy Hyder")
        await pilot.press("enter")  # to the list; Enter there moves to the quotes
        await pilot.press("enter")
        assert app.focused is app.query_one("#quotes-list", OptionList)
        await pilot.press("c")
        assert app.clipboard.startswith("“") or "(reported)" in app.clipboard
        assert "— Goldy Hyder, The Globe and Mail, 2025-08-03" in app.clipboard
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        start, end = app.screen.spans[0]
        assert pane.current_quote is not None
        assert app.screen.text[start:end] == pane.current_quote.text


async def test_enter_opens_reader_and_n_steps_hits(index_dir: Path) -> None:
    app = make_app(index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press(*"mexico", "enter")  # Enter in the box: run now, focus results
        await settle(app, pilot)
        assert app.focused is app.query_one("#results", OptionList)
        await pilot.press("enter")
        await settle(app, pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert len(reader.spans) > 1
        assert all(reader.text[s:e].lower() == "mexico" for s, e in reader.spans)
        assert len(reader.query(Paragraph)) > 3
        await pilot.press("n")
        assert reader.current == 1
        await pilot.press("N", "N")
        assert reader.current == len(reader.spans) - 1
        status = static_text(reader.query_one("#reader-status", Static))
        assert f"match {len(reader.spans)} of {len(reader.spans)}" in status
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ReaderScreen)


async def test_reader_and_preview_hide_the_header_and_name_outlet_and_date(
    index_dir: Path, gold: dict
) -> None:
    """The seeds' inline ` date 2025-08-04` header is metadata: the title lines
    show the date (and outlet), the story text starts after it."""
    headed = [p for p in SEEDS.glob("*.txt") if p.read_text(encoding="utf-8").startswith(" date")]
    assert headed, "the seeds hold a file with an inline date header"
    app = make_app(index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press(*"mexico", "enter")
        await settle(app, pilot)
        results = app.query_one("#results", OptionList)
        seen_header_file = False
        furniture_seen = 0
        for index in range(results.option_count):
            results.highlighted = index
            await settle(app, pilot)
            preview = static_text(app.query_one("#preview-text", Static))
            assert "date 2025-08-04 " not in preview
            await pilot.press("enter")
            await settle(app, pilot)
            reader = app.screen
            assert isinstance(reader, ReaderScreen)
            paragraphs = [p.text for p in reader.query(Paragraph)]
            assert paragraphs and not paragraphs[0].lstrip().startswith("date ")
            if reader.text.startswith(" date 2025-08-04"):
                seen_header_file = True
                status = static_text(reader.query_one("#reader-status", Static))
                assert "2025-08-04" in status
                # Offsets still index the whole text: the hits land on the word.
                assert all(reader.text[s:e].lower() == "mexico" for s, e in reader.spans)
            for item in gold["not_body"]:  # furniture is shown, but set back
                for paragraph in reader.query(Paragraph):
                    if paragraph.text.strip() == item["line"]:
                        styles = [str(span.style) for span in paragraph.content.spans]
                        assert any("dim" in style for style in styles), item["line"]
                        furniture_seen += 1
            await pilot.press("escape")
            await settle(app, pilot)
            results.focus()
        assert seen_header_file
        assert furniture_seen >= len(gold["not_body"])


async def test_help_and_palette(index_dir: Path) -> None:
    app = make_app(index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = static_text(app.screen.query_one("#help-text", Static))
        for words in ("Go to date", "Next day", "Copy quote", "Next hit", "Quit"):
            assert words in text
        await pilot.press("escape")
        await palette(app, pilot, "show timeline")
        assert app.query_one("#panes", TabbedContent).active == "timeline"


async def test_every_binding_has_an_id() -> None:
    from tui import bindings

    for _, group in bindings.BINDING_GROUPS:
        for binding in group:
            assert binding.id and binding.id.startswith("newsdesk.")


async def test_small_terminals_render(index_dir: Path) -> None:
    app = make_app(index_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press(*"trade")
        await settle(app, pilot, 0.3)
        assert app.query_one("#results", OptionList).option_count > 0
        for key in ("escape", "2", "3", "1"):
            await pilot.press(key)
            await pilot.pause()
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        for key in ("2", "j", "d", "3", "enter", "1"):
            await pilot.press(key)
            await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.press("escape", "2", "g", *"aug 5", "enter")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.resize_terminal(20, 6)
        await pilot.pause()
        await pilot.press("n", "escape")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert app.is_running


async def test_builds_missing_index_then_picks_up_new_articles(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (corpus / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    index = tmp_path / "index"
    app = make_app(index, corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot, 0.2)
        await settle(app, pilot)
        assert app.handle.ready
        assert not app.query("#index-bar")  # the progress strip is gone once ready
        await pilot.press(*"okapi")
        await settle(app, pilot, 0.3)
        assert app.query_one("#results", OptionList).option_count == 0
        # Another process adds an article and commits.
        (corpus / "okapi.txt").write_text(
            "date 2025-08-07 Okapi tariffs\n\nThe okapi tariffs start on Friday, Aug. 8, 2025.\n",
            encoding="utf-8",
        )
        build_index([corpus], index)
        app.action_check_refresh()
        await settle(app, pilot, 0.2)
        await settle(app, pilot, 0.3)
        assert app.query_one("#results", OptionList).option_count == 1


async def test_palette_works_while_typing_in_the_search_box(index_dir: Path) -> None:
    """1/2/3 are held back while the search box has focus (they are text there),
    but a command chosen in the palette is explicit and must still run."""
    app = make_app(index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.focused, Input)
        await palette(app, pilot, "show people")
        assert app.query_one("#panes", TabbedContent).active == "people"


async def test_reader_opened_without_a_title_shows_the_articles_own(index_dir: Path) -> None:
    """An article opened by id alone (no title in the request) gets its
    title line from what the loader read, not the file's id."""
    from search.library import Library
    from tui.messages import OpenArticle

    with Library.open(index_dir) as lib:
        article = next(a for a in lib.articles() if a.title)
    app = make_app(index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.push_screen(ReaderScreen(app.handle, OpenArticle(article.doc)))
        await settle(app, pilot)
        title = static_text(app.screen.query_one("#reader-title", Static))
        assert title == article.title
