"""Helpers shared by the dashboard's functional tests (not a test module)."""

from __future__ import annotations

from tui.app import NewsdeskApp


async def settle(app: NewsdeskApp, pilot, delay: float = 0.0) -> None:  # type: ignore[no-untyped-def]
    """Let timers fire and workers (and the messages they post) finish."""
    if delay:
        await pilot.pause(delay)
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()
