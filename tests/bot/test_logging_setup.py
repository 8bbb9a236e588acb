"""The log's writer thread: a stderr that stops being read must not stop the bot."""

from __future__ import annotations

import io
import logging
import threading
import time

import pytest

from bot import logging_setup
from bot.logging_setup import configure_logging, stop_logging


@pytest.fixture(autouse=True)
def _root_logger_restored() -> object:
    """configure_logging sets up the root logger for a process; give the next test it back."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    noisy = {name: logging.getLogger(name).level for name in ("httpx", "httpcore", "alembic")}
    yield
    stop_logging()
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, old in noisy.items():
        logging.getLogger(name).setLevel(old)


class StalledStream(io.StringIO):
    """A stderr whose first write blocks until `go` is set: a full pipe nobody reads yet."""

    def __init__(self) -> None:
        super().__init__()
        self.go = threading.Event()

    def write(self, text: str) -> int:
        self.go.wait(timeout=30)
        return super().write(text)


def test_a_stalled_stderr_drops_lines_past_the_queue_and_says_how_many(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = StalledStream()
    monkeypatch.setattr("sys.stderr", stream)
    monkeypatch.setattr(logging_setup, "LOG_QUEUE", 3)
    configure_logging("INFO")
    try:
        started = time.monotonic()
        for i in range(10):
            logging.getLogger("bot").info("line %d", i)
        assert time.monotonic() - started < 5  # logging did not wait for the stalled stream
    finally:
        stream.go.set()
        stop_logging()
    lines = stream.getvalue().splitlines()
    written = [line for line in lines if "bot: line " in line]
    dropped = [line for line in lines if "log lines dropped" in line]
    assert len(dropped) == 1 and written
    assert int(dropped[0].split(": ")[1].split()[0]) == 10 - len(written)
    assert [line.rsplit(" ", 1)[1] for line in written] == sorted(line.rsplit(" ", 1)[1] for line in written)


def test_every_queued_line_is_written_by_stop_logging_and_later_ones_still_scrubbed(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)
    token = "123456789:AAHsecretTokenValue_abcdefghijklmnopqrs"
    configure_logging("INFO", (token,))
    for i in range(500):
        logging.getLogger("bot").info("line %d via %s", i, f"https://api.telegram.org/bot{token}/getMe")
    stop_logging()
    logging.getLogger("bot").warning("after the writer stopped, via %s", token)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 501 and "dropped" not in stream.getvalue()
    assert token not in stream.getvalue() and all(line.endswith("bot***/getMe") for line in lines[:500])
    assert lines[500].endswith("after the writer stopped, via ***")
