"""A per-user sliding-window rate limit, in memory.

One user flooding the bot must not slow everyone else down; the limit is per
user id, and its memory is bounded by forgetting users idle for a window.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

__all__ = ["RateLimiter"]


class RateLimiter:
    """Allows `limit` events per user per `window` seconds."""

    def __init__(self, limit: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._events: dict[int, deque[float]] = {}
        self._last_sweep = clock()

    def allow(self, user_id: int) -> bool:
        """Record an event for `user_id`; False when it is over the limit (not recorded)."""
        if self.limit <= 0:
            return True
        now = self.clock()
        self._sweep(now)
        events = self._events.setdefault(user_id, deque())
        while events and now - events[0] >= self.window:
            events.popleft()
        if len(events) >= self.limit:
            return False
        events.append(now)
        return True

    def _sweep(self, now: float) -> None:
        if now - self._last_sweep < self.window:
            return
        self._last_sweep = now
        for user_id in [u for u, ev in self._events.items() if not ev or now - ev[-1] >= self.window]:
            del self._events[user_id]
