"""Logging configured once, with the bot token scrubbed from every line.

Telegram request URLs carry the token (…/bot<token>/sendMessage), httpx logs
request URLs at INFO, and exception texts can quote them. So httpx is raised to
WARNING, as python-telegram-bot's own examples do, and a formatter replaces the
token wherever it still appears — in messages, arguments and tracebacks alike.

Lines are written by a thread of their own, not by the handler that logs them: stderr
may be a pipe nobody reads for a while (a supervisor, a test harness that reads at the
end), and a write to a full pipe blocks. Written in place, that stalls the event loop
and the bot answers no one; queued, the bot keeps answering and, past `LOG_QUEUE`
lines behind, drops lines and says how many when it stops.
"""

from __future__ import annotations

import atexit
import logging
import queue
import re
import sys
from logging.handlers import QueueHandler, QueueListener

__all__ = ["LOG_QUEUE", "RedactingFormatter", "configure_logging", "stop_logging"]

LOG_QUEUE = 10_000  # lines waiting for stderr before new ones are dropped

# Any Telegram-shaped token, even one that is not ours (a mistyped one is still a secret).
_TOKEN_SHAPE = re.compile(r"\d{5,16}:[A-Za-z0-9_-]{30,64}")
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RedactingFormatter(logging.Formatter):
    """A formatter that replaces the token (and anything shaped like one) with ***."""

    def __init__(self, secrets: tuple[str, ...] = (), fmt: str = _FORMAT) -> None:
        super().__init__(fmt)
        self.secrets = tuple(s for s in secrets if s)

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in self.secrets:
            text = text.replace(secret, "***")
        return _TOKEN_SHAPE.sub("***", text)


class _DroppingQueueHandler(QueueHandler):
    """Queues records for the writer thread; drops (and counts) them when it is too far behind."""

    def __init__(self, records: queue.Queue[logging.LogRecord]) -> None:
        super().__init__(records)
        self.dropped = 0

    def enqueue(self, record: logging.LogRecord) -> None:
        try:
            self.queue.put_nowait(record)
        except queue.Full:
            self.dropped += 1


class _Writer(QueueListener):
    """The thread that writes queued records to stderr."""

    def enqueue_sentinel(self) -> None:
        # The queue may be full (that is when lines get dropped): wait for room rather than
        # fail to stop, as the standard listener's put_nowait would.
        self.queue.put(self._sentinel)


_running: tuple[QueueListener, _DroppingQueueHandler, logging.Handler] | None = None


def configure_logging(level: str = "INFO", secrets: tuple[str, ...] = ()) -> None:
    """Log to stderr at `level` from a writer thread, token scrubbed; httpx, httpcore and alembic
    only from WARNING up. `stop_logging` (also run at exit) writes what is still queued."""
    global _running
    stop_logging()
    writer = logging.StreamHandler(sys.stderr)
    writer.setFormatter(RedactingFormatter(secrets))
    handler = _DroppingQueueHandler(queue.Queue(LOG_QUEUE))
    listener = _Writer(handler.queue, writer)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    listener.start()
    _running = (listener, handler, writer)
    root.setLevel(level if level in logging.getLevelNamesMapping() else "INFO")
    for noisy in ("httpx", "httpcore", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def stop_logging() -> None:
    """Write every queued line, and how many were dropped, then stop the writer thread; later
    lines are written in place."""
    global _running
    if _running is None:
        return
    listener, handler, writer = _running
    _running = None
    root = logging.getLogger()
    root.removeHandler(handler)
    listener.stop()
    root.addHandler(writer)  # anything logged later is still scrubbed, written in place
    if handler.dropped:
        writer.handle(logging.makeLogRecord({
            "name": __name__, "levelno": logging.WARNING, "levelname": "WARNING",
            "msg": "%d log lines dropped: stderr was not being read", "args": (handler.dropped,),
        }))
    writer.flush()


atexit.register(stop_logging)
