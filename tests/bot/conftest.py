"""The real Sanad Application, polling a stand-in Bot API over real HTTP, with a real SQLite log."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import Sanad, build_application
from bot.query_log import QueryLog
from bot.settings import Secret, Settings
from index.answers import Answerer
from index.stories import Story
from tests.stand_in_bot_api import GOOD_TOKEN, StandInBotApi

ADMIN_ID = 777


@pytest.fixture
def api() -> Iterator[StandInBotApi]:
    with StandInBotApi() as server:
        yield server


@pytest.fixture
def settings(api: StandInBotApi, tmp_path: Path) -> Settings:
    return Settings(
        token=Secret(GOOD_TOKEN),
        base_url=api.base_url,
        database_url=f"sqlite:///{tmp_path / 'var' / 'sanad.db'}",
        admin_user_ids=frozenset({ADMIN_ID}),
        rate_limit_per_minute=20,
    )


class RunningBot:
    """A Sanad Application running `run_polling` in its own thread, as `sanad serve` does."""

    def __init__(self, sanad: Sanad) -> None:
        self.sanad = sanad
        self.application = build_application(sanad)
        self.loop: asyncio.AbstractEventLoop | None = None
        self.started = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        self.loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self.loop)

        async def mark_started() -> None:
            self.started.set()

        self.loop.call_soon(lambda: self.loop.create_task(mark_started()))
        self.application.run_polling(stop_signals=None, close_loop=True, poll_interval=0.0, timeout=1)

    def start(self) -> RunningBot:
        self.thread.start()
        assert self.started.wait(10), "bot did not start"
        # stop_running() does nothing between initialize() and start() (python-telegram-bot's
        # documented gap), so a test that ends quickly must not stop the bot before it runs.
        deadline = time.monotonic() + 10
        while not self.application.running and time.monotonic() < deadline:
            time.sleep(0.01)
        assert self.application.running, "bot did not reach running"
        return self

    def stop(self) -> None:
        if self.loop is not None and self.thread.is_alive():
            self.loop.call_soon_threadsafe(self.application.stop_running)
        self.thread.join(20)
        assert not self.thread.is_alive(), "bot did not stop"


@pytest.fixture
def make_bot(settings: Settings, answerer: Answerer, stories: list[Story]) -> Iterator:
    bots: list[RunningBot] = []

    def make(typing_after: float = 0.5, inline_answers: bool | None = None, **changes: object) -> RunningBot:
        current = dataclasses.replace(settings, **changes) if changes else settings
        sanad = Sanad(current, answerer, QueryLog(current.database_url, flush_interval=0.05), stories,
                      typing_after=typing_after, inline_answers=inline_answers)
        bot = RunningBot(sanad).start()
        bots.append(bot)
        return bot

    yield make
    for bot in bots:
        bot.stop()


@pytest.fixture
def bot(make_bot) -> RunningBot:  # noqa: ANN001
    return make_bot()
