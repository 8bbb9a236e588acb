"""Sending to Telegram through its bad minutes: retry what may pass later, drop what never will.

* 429 with `retry_after` → wait as told, then send again;
* 5xx, time-outs, refused or broken connections → back off (0.5 s, 1 s, 2 s, …) and try again;
* 400 (chat not found, bad request) and 403 (blocked by the user) → log once, give up:
  sending again would fail again.

A reply that still fails after `attempts` is logged and dropped; the bot goes on.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging
import warnings
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram.error import BadRequest, ChatMigrated, Forbidden, InvalidToken, NetworkError, RetryAfter

__all__ = ["deliver"]

log = logging.getLogger(__name__)
T = TypeVar("T")

ATTEMPTS = 6
FIRST_BACKOFF = 0.5
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 120.0  # a longer flood wait is Telegram telling us to stop, not to wait


def _seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # PTB 22 deprecates the int form; both are handled here
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


async def deliver(send: Callable[[], Awaitable[T]], what: str = "message", attempts: int = ATTEMPTS) -> T | None:
    """Run `send` until it succeeds, retrying transient failures; None when it could not be sent."""
    backoff = FIRST_BACKOFF
    for attempt in range(1, attempts + 1):
        try:
            return await send()
        except RetryAfter as exc:
            wait = _seconds(exc)
            if wait > MAX_RETRY_AFTER:
                log.error("%s dropped: Telegram asks to wait %.0f s", what, wait)
                return None
            log.warning("%s: flood control, waiting %.1f s as Telegram asks", what, wait)
            await asyncio.sleep(wait)
        except (Forbidden, BadRequest, ChatMigrated, InvalidToken) as exc:
            log.warning("%s not sent and not retried: %s", what, exc)
            return None
        except NetworkError as exc:  # 5xx, time-outs, refused and broken connections
            if attempt == attempts:
                log.error("%s dropped after %d attempts: %s", what, attempts, exc)
                return None
            log.warning("%s: %s; retrying in %.1f s", what, exc, backoff)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, MAX_BACKOFF)
    return None
