"""The newsdesk dashboard: three panes over one index, switched with 1 2 3.

`NewsdeskApp(index_dir, corpus)` first makes sure the index is current (building
or updating it in a thread worker while a progress strip shows how far it got),
then opens the `search.library.Library` and tells each pane to load.  Every
query runs in a worker and comes back as a message from `tui.messages`, so the
interface never waits on the engine.  A periodic check picks up index commits
made by other processes (e.g. `newsdesk index` run in another terminal).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.widgets import Footer, Input, TabbedContent, TabPane

from search.corpus import Problem
from tui.bindings import APP_BINDINGS
from tui.commands import NewsdeskCommands
from tui.components.help_screen import HelpScreen
from tui.components.index_bar import IndexBar
from tui.components.library_handle import LibraryHandle
from tui.components.people_pane import PeoplePane
from tui.components.problems_screen import ProblemsScreen
from tui.components.reader_screen import ReaderScreen
from tui.components.search_pane import SearchPane
from tui.components.timeline_pane import TimelinePane
from tui.messages import (
    IndexFinished,
    IndexProgress,
    LibraryFailed,
    LibraryReady,
    OpenArticle,
    ProblemsLoaded,
)

PANES = ("search", "timeline", "people")
# Actions that only make sense on the main screen with focus outside a text box.
_NAVIGATION = {
    "show_pane", "focus_search", "help", "quit", "open_current", "pane_action", "problems"
}


def _stdin_is_tty() -> bool:
    """Whether standard input is (still) a terminal: False once it hung up."""
    try:
        return sys.__stdin__ is not None and os.isatty(sys.__stdin__.fileno())
    except (OSError, ValueError):
        return False


class NewsdeskApp(App[None]):
    """Search, timeline and people panes over the index at ``index_dir``."""

    CSS_PATH = "app.tcss"
    TITLE = "newsdesk"
    BINDINGS: ClassVar[list[BindingType]] = list(APP_BINDINGS)
    COMMANDS = App.COMMANDS | {NewsdeskCommands}
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = [
        (0, "-narrow"),
        (70, "-wide"),
    ]
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = [
        (0, "-short"),
        (22, "-tall"),
    ]

    def __init__(
        self, index_dir: Path, corpus: list[Path], *, refresh_seconds: float = 5.0
    ) -> None:
        super().__init__()
        self.index_dir = Path(index_dir)
        self.corpus = [Path(path) for path in corpus]
        self.refresh_seconds = refresh_seconds
        self.handle = LibraryHandle()
        self.indexing = False
        self._last_progress = 0.0
        # what the last index run skipped (from `search.problems`, never the files)
        self.problems: list[Problem] = []
        self._problems_signature: int | None = None

    def compose(self) -> ComposeResult:
        with TabbedContent(initial="search", id="panes"):
            with TabPane("1 Search", id="search"):
                yield SearchPane(self.handle, id="search-pane")
            with TabPane("2 Timeline", id="timeline"):
                yield TimelinePane(self.handle, id="timeline-pane")
            with TabPane("3 People", id="people"):
                yield PeoplePane(self.handle, id="people-pane")
        yield IndexBar(id="index-bar")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(SearchPane).focus_input()
        self.query_one(IndexBar).start("Opening the index…")
        self._prepare_index()
        self.set_interval(self.refresh_seconds, self.action_check_refresh)
        if _stdin_is_tty():  # a terminal to lose (never under a test pilot)
            self.set_interval(1.0, self._check_terminal)

    def _check_terminal(self) -> None:
        """Quit when the terminal is gone (its window closed under `make run`).

        A hung-up terminal reads as end of input, and Textual's input thread
        then spins on it at full CPU. Run directly, newsdesk gets the hangup
        signal and stops; under `make` (which waits for its child) it never
        does, and it used to keep burning a core after the window closed.
        """
        if not _stdin_is_tty():
            self.exit()

    def on_unmount(self) -> None:
        self.handle.close()

    # ------------------------------------------------------------------ index
    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def _prepare_index(self) -> None:
        """Open what exists (so panes fill at once), then build/update if needed."""
        try:
            from search.indexer import build_index, needs_indexing
            from search.library import IndexMissing, Library
        except Exception as error:  # a broken install must still show a message
            self.post_message(LibraryFailed(f"The search engine failed to load: {error}"))
            return
        opened = False
        try:
            self.handle.set(Library.open(self.index_dir))
            opened = True
            self.post_message(LibraryReady(changed=False))
        except IndexMissing:
            pass
        except Exception as error:
            self.post_message(LibraryFailed(f"Could not open the index: {error}"))
        try:
            if self.corpus and needs_indexing(self.corpus, self.index_dir):
                self.indexing = True
                report = build_index(self.corpus, self.index_dir, progress=self._progress)
                self.post_message(IndexFinished(report))
            else:
                self.post_message(IndexFinished(None))
            if opened:
                if self.handle.call(lambda lib: lib.refresh()):
                    self.post_message(LibraryReady(changed=True))
            else:
                self.handle.set(Library.open(self.index_dir))
                self.post_message(LibraryReady(changed=False))
        except IndexMissing:
            self.post_message(
                LibraryFailed("No index yet: run newsdesk with a folder of articles to build one.")
            )
        except OSError as error:  # disk full, read-only: the commit never happened
            reason = (error.strerror or str(error)).lower()
            self.post_message(
                LibraryFailed(f"Could not write the index at {self.index_dir}: {reason}")
            )
        except Exception as error:
            self.post_message(LibraryFailed(f"Indexing failed: {error}"))
        finally:
            self.indexing = False

    def _progress(self, done: int, total: int, path: str) -> None:
        """Progress callback from the indexer thread; throttled to ~10 updates/s."""
        now = time.monotonic()
        if done >= total or now - self._last_progress > 0.1:
            self._last_progress = now
            self.post_message(IndexProgress(done, total, str(path)))

    @on(IndexProgress)
    def _index_progress(self, message: IndexProgress) -> None:
        for bar in self.query(IndexBar):
            bar.update_progress(message.done, message.total, message.path)

    @on(IndexFinished)
    def _index_finished(self, message: IndexFinished) -> None:
        report = message.report
        if report is not None:
            self._set_problems([Problem(path, reason) for path, reason in report.skipped])
        for bar in self.query(IndexBar):
            bar.finish()
        if report is None:
            self._load_problems()
            return
        summary = (
            f"Index updated: {report.added} added, {report.updated} updated, "
            f"{report.deleted} removed, {report.unchanged} unchanged"
        )
        if report.skipped:
            summary += f", {len(report.skipped)} skipped"
        if report.rebuilt:
            summary = f"Index rebuilt ({report.rebuilt}): {report.added} articles"
        self.notify(summary, timeout=4, markup=False)

    @on(LibraryReady)
    def _library_ready(self, message: LibraryReady) -> None:
        self.query_one(TimelinePane).reload()
        self.query_one(PeoplePane).reload()
        self.query_one(SearchPane).reload()
        if message.changed:
            self._load_problems()
            self.notify("New articles in the index; panes reloaded.", timeout=3)

    @on(LibraryFailed)
    def _library_failed(self, message: LibraryFailed) -> None:
        for bar in self.query(IndexBar):
            bar.finish()
        first_line = (message.message.splitlines() or [""])[0]
        self.notify(first_line, severity="error", timeout=8, markup=False)

    def action_check_refresh(self) -> None:
        """Periodic: ask the library whether another process committed new data."""
        if self.handle.ready and not self.indexing:
            self._refresh_worker()

    @work(thread=True, exclusive=True, group="refresh", exit_on_error=False)
    def _refresh_worker(self) -> None:
        try:
            changed = self.handle.call(lambda lib: lib.refresh())
        except Exception as error:  # keep showing what we have
            self.log.warning(f"refresh failed: {error}")
            return
        if changed:
            self.post_message(LibraryReady(changed=True))
        else:
            # a run that changed nothing commits nothing, but may skip new files
            self._read_problems(only_if_changed=True)

    # ------------------------------------------------------------------ skipped files
    @work(thread=True, exclusive=True, group="problems", exit_on_error=False)
    def _load_problems(self) -> None:
        self._read_problems(only_if_changed=False)

    def _read_problems(self, *, only_if_changed: bool) -> None:
        """(Worker thread) the last run's skipped list, from beside the index."""
        from search import problems

        signature = problems.signature(self.index_dir)
        if only_if_changed and signature == self._problems_signature:
            return
        self.post_message(ProblemsLoaded(problems.load(self.index_dir), signature))

    @on(ProblemsLoaded)
    def _problems_loaded(self, message: ProblemsLoaded) -> None:
        self._problems_signature = message.signature
        self._set_problems(message.problems)

    def _set_problems(self, problems: list[Problem]) -> None:
        """Keep the list and the strip's count in step; a strip appears if needed."""
        self.problems = list(problems)
        bars = self.query(IndexBar)
        if bars:
            bars.first().set_skipped(len(self.problems))
        elif self.problems:
            bar = IndexBar(id="index-bar", finished=True, skipped=len(self.problems))
            self.mount(bar, before=self.query_one(Footer))

    def action_problems(self) -> None:
        """!: every file or line the last index run skipped, and why."""
        if not isinstance(self.screen, ProblemsScreen):
            self.push_screen(ProblemsScreen(self.problems))

    # ------------------------------------------------------------------ navigation
    def _in_text_box(self) -> bool:
        return isinstance(self.focused, Input)

    def _on_main_screen(self) -> bool:
        return self.screen is self.screen_stack[0]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide navigation keys while typing or while another screen is on top."""
        if action in _NAVIGATION and (self._in_text_box() or not self._on_main_screen()):
            return action == "quit" and not self._in_text_box()  # q quits from the reader too
        if action == "leave_input":
            return self._in_text_box()
        return True

    def _pane(self, name: str) -> SearchPane | TimelinePane | PeoplePane:
        return {
            "search": self.query_one(SearchPane),
            "timeline": self.query_one(TimelinePane),
            "people": self.query_one(PeoplePane),
        }[name]

    @property
    def active_pane(self) -> str:
        """Name of the pane on show."""
        return self.query_one("#panes", TabbedContent).active or "search"

    def action_show_pane(self, name: str) -> None:
        """1/2/3: switch pane and focus its main list."""
        if name not in PANES:
            return
        self.query_one("#panes", TabbedContent).active = name
        self._pane(name).focus_main()

    @on(TabbedContent.TabActivated, "#panes")
    def _tab_clicked(self, event: TabbedContent.TabActivated) -> None:
        pane = event.pane.id or "search"
        if pane in PANES and not self._in_text_box():
            self.call_after_refresh(self._pane(pane).focus_main)

    def action_focus_search(self) -> None:
        """/: the search box, from anywhere."""
        self.query_one("#panes", TabbedContent).active = "search"
        self.query_one(SearchPane).focus_input()

    def action_leave_input(self) -> None:
        """Escape in a text box: back to the pane's list so keys work again."""
        if self._in_text_box():
            self._pane(self.active_pane).focus_main()

    def action_help(self) -> None:
        """?: every binding."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_open_current(self) -> None:
        """Palette: open the highlighted item of the pane on show."""
        self._pane(self.active_pane).action_open_selected()

    async def run_palette_action(self, action: str) -> None:
        """Run a palette entry as if its key were pressed outside a text box.

        Keys like 1/2/3 are held back while typing so they reach the box; a
        palette choice is explicit, so it must not be held back with them.
        """
        if self._in_text_box():
            self.set_focus(None)
        await self.run_action(action)

    async def action_pane_action(self, name: str, action: str) -> None:
        """Palette: show a pane and run one of its actions."""
        self.action_show_pane(name)
        await self.run_action(action, self._pane(name))

    @on(OpenArticle)
    def _open_article(self, message: OpenArticle) -> None:
        self.push_screen(ReaderScreen(self.handle, message))
