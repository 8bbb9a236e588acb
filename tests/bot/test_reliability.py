"""Telegram's bad minutes, through the stand-in Bot API: replies are retried, or dropped once."""

from __future__ import annotations

import time

from tests.bot.conftest import RunningBot
from tests.stand_in_bot_api import StandInBotApi

QUESTION = "من هي المتحدثة باسم البيت الأبيض؟"


def arrivals(api: StandInBotApi, method: str = "sendMessage") -> int:
    return api.arrived.count(method)


def test_server_errors_and_dropped_connections_are_retried_until_delivered(
    api: StandInBotApi, bot: RunningBot
) -> None:
    api.fail_next("sendMessage", 500, times=2)
    api.fail_next("sendMessage", 0)  # connection closed without an answer
    api.fail_next("sendMessage", 502, "Bad Gateway")
    api.message(QUESTION)
    reply = api.wait_for_sent(timeout=30)[0]
    assert "الفقرة 5" in reply.params["text"]
    assert arrivals(api) == 5 and len(api.sent()) == 1


def test_flood_control_waits_as_told_then_delivers(api: StandInBotApi, bot: RunningBot) -> None:
    api.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    api.message(QUESTION)
    asked = time.monotonic()
    api.wait_for_sent(timeout=30)
    assert arrivals(api) == 2
    assert time.monotonic() - asked >= 1.0  # it waited at least the second Telegram asked for


def test_timeout_is_retried(api: StandInBotApi, bot: RunningBot) -> None:
    api.fail_next("sendMessage", 500, delay=6.0)  # longer than the bot's 5 s read timeout
    api.message(QUESTION)
    api.wait_for_sent(timeout=40)
    assert arrivals(api) == 2 and len(api.sent()) == 1


def test_blocked_user_and_missing_chat_are_not_retried(api: StandInBotApi, bot: RunningBot) -> None:
    api.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
    api.message(QUESTION, user_id=2001)
    api.wait_for_arrival("sendMessage")
    api.fail_next("sendMessage", 400, "Bad Request: chat not found")
    api.message(QUESTION, user_id=2002)
    api.wait_for_arrival("sendMessage", count=2)
    api.message(QUESTION, user_id=2003)  # everyone else is still answered
    api.wait_for_sent(chat_id=2003)
    time.sleep(1.5)  # longer than the first back-off: a retry would have arrived by now
    assert arrivals(api) == 3
    assert api.sent(chat_id=2001) == [] and api.sent(chat_id=2002) == []


def test_get_updates_failures_never_end_the_bot(api: StandInBotApi, bot: RunningBot) -> None:
    api.fail_next("getUpdates", 500, times=2)
    api.fail_next("getUpdates", 0)
    api.fail_next("getUpdates", 409, "Conflict: terminated by other getUpdates request")
    # The poll already in flight, four failing ones, and the bot still polls after them:
    api.wait_for_arrival("getUpdates", count=arrivals(api, "getUpdates") + 6, timeout=60)
    api.message(QUESTION)
    reply = api.wait_for_sent(timeout=30)[0]
    assert "الفقرة 5" in reply.params["text"]


def test_restart_neither_repeats_nor_skips_an_update(api: StandInBotApi, make_bot) -> None:  # noqa: ANN001
    first = make_bot()
    api.message("كم دفع ماسك لحملة ترامب؟", user_id=3001)
    api.wait_for_sent(chat_id=3001)
    first.stop()
    api.message(QUESTION, user_id=3002)  # arrives while the bot is down
    make_bot()
    api.wait_for_sent(chat_id=3002, timeout=30)
    time.sleep(1.0)  # a repeated answer to 3001 would have come with the first poll
    assert len(api.sent(chat_id=3001)) == 1 and len(api.sent(chat_id=3002)) == 1


def test_a_bot_api_without_the_command_menu_still_gets_answers(api: StandInBotApi, make_bot) -> None:  # noqa: ANN001
    # A local Bot API stand-in may lack setMyCommands (404, which python-telegram-bot reads as a
    # bad token) or fail it: the menu is a courtesy, and the bot must start and answer anyway.
    api.fail_next("setMyCommands", 404, "Not Found: method setMyCommands", times=10)
    make_bot()
    api.message(QUESTION)
    reply = api.wait_for_sent(timeout=30)[0]
    assert "الفقرة 5" in reply.params["text"]
    assert arrivals(api, "setMyCommands") == 1  # a 404 is not retried


def test_a_failing_command_menu_is_retried_then_registered(api: StandInBotApi, make_bot) -> None:  # noqa: ANN001
    api.fail_next("setMyCommands", 500, times=2)
    make_bot()
    api.wait_for_sent("setMyCommands", timeout=30)
    assert arrivals(api, "setMyCommands") == 3
    api.message(QUESTION)
    assert "الفقرة 5" in api.wait_for_sent(timeout=30)[0].params["text"]


def test_an_update_the_library_cannot_read_is_skipped_and_the_next_answered(api: StandInBotApi, bot: RunningBot) -> None:
    # python-telegram-bot would ask for the same batch again forever, answering no one after it.
    # A sender without first_name and is_bot, as a sloppy stand-in server might send: unreadable.
    unreadable = {"message_id": 1, "date": 0, "chat": {"id": 9, "type": "private"}, "from": {"id": 9}, "text": "?"}
    api.raw_update("message", unreadable)
    api.message(QUESTION)
    reply = api.wait_for_sent(timeout=30)[0]
    assert "الفقرة 5" in reply.params["text"]
    api.raw_update("message", unreadable)  # and last in its batch: polling must still move past it
    api.message(QUESTION, user_id=1002)
    assert "الفقرة 5" in api.wait_for_sent(chat_id=1002, timeout=30)[0].params["text"]
