"""Article text is data: markup and escape sequences in an article show literally.

An article whose title, sentences and quotes contain Rich/Textual markup
(including a ``[@click=app.quit]`` action and a ``[link=…]``), a lone closing
tag and a raw ``ESC [2J`` is indexed with the seeds.  Every pane, the reader and
the preview must show those characters as typed, carry no click action or link
in the rendered screen, and the app must keep running.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import settle
from textual.widgets import Input, OptionList, Static

from search.indexer import build_index
from tui.app import NewsdeskApp
from tui.components.reader_screen import ReaderScreen
from tui.components.timeline_pane import TimelineList, TimelinePane

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PAYLOAD = "[bold red]x[/] [@click=app.quit]click[/] [link=http://x]y[/link] a lone [/] \x1b[2J"
LITERALS = ("[bold red]x[/]", "[@click=app.quit]click[/]", "[link=http://x]y[/link]", "lone [/]")
ARTICLE = (
    f"date 2025-08-04 Zebra talks {PAYLOAD} headline\n\n"
    f"On Friday, the zebra negotiators met in Ottawa {PAYLOAD} to talk about trade.\n\n"
    f"“We will never accept {PAYLOAD} terms,” said Zelda Quixote, the zebra trade minister, "
    "on Friday.\n\n"
    "Zelda Quixote said the zebra talks would resume on Tuesday.\n"
)


@pytest.fixture(scope="module")
def evil_index(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    corpus = tmp_path_factory.mktemp("evil-corpus")
    for seed in SEEDS.glob("*.txt"):
        (corpus / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "zebra.txt").write_text(ARTICLE, encoding="utf-8")
    index = tmp_path_factory.mktemp("evil-index")
    build_index([corpus], index)
    return index, corpus


def assert_literal(text: str, *, need: tuple[str, ...] = LITERALS) -> None:
    for literal in need:
        assert literal in text, f"{literal!r} not shown literally in {text[:200]!r}"
    assert "\x1b" not in text


def assert_screen_is_inert(app: NewsdeskApp) -> None:
    """No rendered cell carries a click action naming quit, or a hyperlink to x."""
    strips = app.screen._compositor.render_strips()
    for strip in strips:
        for segment in strip:
            style = segment.style
            if style is None:
                continue
            assert "http://x" not in (style.link or "")
            click = (style.meta or {}).get("@click")
            assert click is None or "quit" not in str(click), click
            assert "\x1b" not in segment.text
    assert app.is_running




async def test_markup_in_articles_is_shown_literally_in_every_pane(
    evil_index: tuple[Path, Path],
) -> None:
    index, corpus = evil_index
    app = NewsdeskApp(index, [corpus], refresh_seconds=3600)
    app.animation_level = "none"
    quits: list[str] = []
    app.action_quit = lambda: quits.append("quit")  # type: ignore[method-assign]
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)

        # Search: result title/snippet and the preview.
        await pilot.press(*"zebra")
        await settle(app, pilot, 0.3)
        results = [str(o.prompt) for o in app.query_one("#results", OptionList).options]
        assert len(results) == 1
        assert_literal(results[0])
        preview = str(app.query_one("#preview-text", Static).content)
        assert_literal(preview)
        assert "[2J" in preview
        assert_screen_is_inert(app)
        await pilot.click("#results")  # clicking the literal text runs no action
        await settle(app, pilot)

        # Reader.
        if not isinstance(app.screen, ReaderScreen):
            await pilot.press("enter")
            await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        body = "\n".join(str(p.content) for p in app.screen.query(".paragraph").results(Static))
        assert_literal(body)
        assert_screen_is_inert(app)
        await pilot.click("#reader-body", offset=(20, 1))
        await pilot.press("escape")
        await pilot.pause()

        # Timeline: rows and detail.
        await pilot.press("escape", "2")
        await settle(app, pilot)
        pane = app.query_one(TimelinePane)
        timeline = app.query_one(TimelineList)
        zebra = next(i for i, e in enumerate(pane.entries) if "zebra" in e.sentence)
        pane.select_entry(zebra)
        await pilot.pause()
        row = timeline.render_row(timeline.cursor, timeline.rows[timeline.cursor]).plain
        assert_literal(row, need=("[bold red]x[/]", "[@click=app.quit]click[/]"))
        detail = str(app.query_one("#timeline-detail-text", Static).content)
        assert_literal(detail)
        assert_screen_is_inert(app)
        row_on_screen = timeline.cursor - int(timeline.scroll_y) + 1  # +1: the border
        await pilot.click("#timeline-list", offset=(30, row_on_screen))
        await settle(app, pilot)
        if isinstance(app.screen, ReaderScreen):
            await pilot.press("escape")

        # People: filter, the person's role line, quotes and the copied citation.
        await pilot.press("3", "slash", *"quixote", "enter")
        await settle(app, pilot)
        people = [str(o.prompt) for o in app.query_one("#people-list", OptionList).options]
        assert people and people[0].startswith("Zelda Quixote")
        quotes = [str(o.prompt) for o in app.query_one("#quotes-list", OptionList).options]
        assert any("[@click=app.quit]click[/]" in q for q in quotes)
        for text in quotes:
            assert "\x1b" not in text
        assert_screen_is_inert(app)
        await pilot.press("enter")  # to the quotes list
        await pilot.press("c")
        assert "[@click=app.quit]click[/]" in app.clipboard and "\x1b" not in app.clipboard
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert_screen_is_inert(app)
        await pilot.press("escape")

        # Help still renders, and nothing asked the app to quit.
        await pilot.press("question_mark")
        await pilot.pause()
        assert_screen_is_inert(app)
    assert quits == []


async def test_markup_typed_into_boxes_is_literal(evil_index: tuple[Path, Path]) -> None:
    index, corpus = evil_index
    app = NewsdeskApp(index, [corpus], refresh_seconds=3600)
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.query_one("#search-input", Input).value = "date:>[@click=app.quit]x[/]"
        await settle(app, pilot, 0.3)
        status = str(app.query_one("#search-status", Static).content)
        assert "[@click=app.quit]x[/]" in status
        assert_screen_is_inert(app)
