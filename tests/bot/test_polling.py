"""getUpdates' connection: an update python-telegram-bot cannot read is cut to its id, nothing else changes."""

from __future__ import annotations

import json

from bot.polling import readable_updates

_GOOD = {
    "update_id": 7,
    "message": {"message_id": 1, "date": 0, "chat": {"id": 5, "type": "private"}, "text": "من هي ليفيت؟"},
}
_PARTIAL = {"update_id": 8, "message": {"message_id": 2, "text": "no chat, no date"}}


def test_an_unreadable_update_is_cut_to_its_id_and_the_readable_ones_are_kept() -> None:
    payload = json.dumps({"ok": True, "result": [_GOOD, _PARTIAL]}).encode()
    assert json.loads(readable_updates(payload))["result"] == [_GOOD, {"update_id": 8}]


def test_an_answer_that_is_not_a_batch_of_updates_passes_untouched() -> None:
    for payload in (b"not json", b'{"ok": false, "description": "Unauthorized"}', b'{"ok": true, "result": []}'):
        assert readable_updates(payload) == payload
