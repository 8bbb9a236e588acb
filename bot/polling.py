"""getUpdates' own HTTP connection: what keeps long polling alive when python-telegram-bot's
would stall.

`bot.app` builds the Application with `UpdatesRequest` for getUpdates; replies use the
ordinary connection pool.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from telegram import Update
from telegram.request import HTTPXRequest

__all__ = ["UpdatesRequest", "readable_updates"]

log = logging.getLogger(__name__)


class UpdatesRequest(HTTPXRequest):
    """getUpdates' HTTP connection, watching for the two ways python-telegram-bot's polling stalls.

    * A token Telegram stops accepting (401, or 404 for a token that names no bot): polling ends
      and nothing else, so the process would run on, answering no one. `on_rejected` stops it.
    * An update python-telegram-bot cannot read (a Bot API field newer than the library, a
      partial object from a stand-in server): it logs the batch, does not confirm it and asks
      for the same batch again, forever, at full speed, and no later update is answered. When
      a batch comes again for the same offset, each update is read here, and one that cannot be
      read is passed on as its bare update_id: nothing handles it, and polling moves past it.
      Batches read the first time are passed on untouched: no cost while all is well.
    """

    def __init__(self, on_rejected: Callable[[], None]) -> None:
        super().__init__(connection_pool_size=1)  # python-telegram-bot's own size for getUpdates
        self.on_rejected = on_rejected
        self.offset_served: object = None  # the offset asked for by the last batch with updates

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        code, payload = await super().do_request(*args, **kwargs)
        if code in (HTTPStatus.UNAUTHORIZED, HTTPStatus.NOT_FOUND):
            self.on_rejected()
        if code != HTTPStatus.OK:
            return code, payload
        request_data = kwargs.get("request_data")
        offset = request_data.parameters.get("offset") if request_data is not None else None
        if offset is not None and offset == self.offset_served:
            payload = readable_updates(payload)
        if b'"update_id"' in payload:  # a batch with updates (an empty long poll leaves it be)
            self.offset_served = offset
        return code, payload


def readable_updates(payload: bytes) -> bytes:
    """A getUpdates answer with each update python-telegram-bot cannot read cut to its update_id."""
    try:
        answer = json.loads(payload)
        updates = answer["result"]
    except (ValueError, KeyError, TypeError):
        return payload  # not a getUpdates answer: python-telegram-bot reports it
    if not updates:
        return payload
    for i, update in enumerate(updates):
        if not (isinstance(update, dict) and isinstance(update.get("update_id"), int)):
            continue  # without its id, nothing can move past it
        try:
            Update.de_json(update, None)
        except Exception as exc:  # noqa: BLE001 - whatever the library fails on, skip that update
            log.warning("skipped update %d: python-telegram-bot cannot read it (%s)",
                        update["update_id"], type(exc).__name__)
            updates[i] = {"update_id": update["update_id"]}
    return json.dumps(answer).encode()
