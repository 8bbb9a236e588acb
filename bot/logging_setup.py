"""Logging configured once, with the bot token scrubbed from every line.

Telegram request URLs carry the token (…/bot<token>/sendMessage), httpx logs
request URLs at INFO, and exception texts can quote them. So httpx is raised to
WARNING, as python-telegram-bot's own examples do, and a formatter replaces the
token wherever it still appears — in messages, arguments and tracebacks alike.
"""

from __future__ import annotations

import logging
import re
import sys

__all__ = ["RedactingFormatter", "configure_logging"]

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


def configure_logging(level: str = "INFO", secrets: tuple[str, ...] = ()) -> None:
    """Log to stderr at `level`, token scrubbed; httpx, httpcore and alembic only from WARNING up."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter(secrets))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level if level in logging.getLevelNamesMapping() else "INFO")
    for noisy in ("httpx", "httpcore", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
