"""A stand-in Telegram Bot API: a real HTTP server on 127.0.0.1 for end-to-end tests.

It speaks the part of the Bot API that Sanad uses — getMe, getUpdates (offset,
long-poll timeout), sendMessage, editMessageText, editMessageReplyMarkup,
answerCallbackQuery, sendChatAction, setMyCommands, deleteWebhook — the way
python-telegram-bot sends it (form fields, JSON-encoded values). Tests inject
updates as a user would (`send_text`, `tap`, …) and read what the bot sent
(`wait_for_sent`). Faults can be scheduled per method (`fail_next`) to test
retries. Nothing here is mocked inside the bot: it talks HTTP to this server.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

__all__ = ["BOT_ID", "BOT_USERNAME", "GOOD_TOKEN", "Call", "StandInBotApi"]

GOOD_TOKEN = "123456789:AAHstandInTokenForTestsOnly_0123456789"
BOT_ID = 123456789
BOT_USERNAME = "sanad_test_bot"
MAX_POLL_SECONDS = 2.0  # long polls are cut short so tests and shutdown stay quick


@dataclass
class Call:
    """One request the bot made: method name, decoded parameters, when."""

    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


@dataclass
class Fault:
    """A scheduled failure for the next call(s) of a method."""

    status: int
    description: str
    retry_after: int | None = None
    delay: float = 0.0


class StandInBotApi:
    """The server and its state; use as a context manager."""

    def __init__(self, token: str = GOOD_TOKEN) -> None:
        self.token = token
        self.calls: list[Call] = []  # answered requests, in the order they were answered
        self.arrived: list[str] = []  # method names as requests arrive, before any delay or fault
        self.sent_per_chat: dict[int, int] = {}  # sendMessage count per chat, for load tests
        self.updates: list[dict[str, Any]] = []
        self.faults: dict[str, list[Fault]] = {}
        self.delays: dict[str, list[float]] = {}
        self._ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._mutex = threading.RLock()
        self._cond = threading.Condition(self._mutex)
        # One condition per chat on the same lock, for `wait_for_count`: a load test's users
        # each wait for their own chat, so a reply wakes one of them, not all fifty.
        self._chat_conds: dict[int, threading.Condition] = {}
        self._server = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # -- lifecycle ----------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """What TELEGRAM_BASE_URL should be: the token is appended to it."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/bot"

    def __enter__(self) -> StandInBotApi:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._cond:
            self._cond.notify_all()
        self._server.shutdown()
        self._server.server_close()

    # -- what users do --------------------------------------------------------------------------

    def _push(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            update = {"update_id": next(self._ids), kind: payload}
            self.updates.append(update)
            self._cond.notify_all()
        return update

    @staticmethod
    def _chat(chat_id: int, chat_type: str) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type != "private":
            chat["title"] = "مجموعة الاختبار"
        return chat

    @staticmethod
    def _user(user_id: int) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": "قارئ", "language_code": "ar"}

    def message(self, text: str | None = None, *, user_id: int = 1001, chat_id: int | None = None,
                chat_type: str = "private", reply_to: dict[str, Any] | None = None,
                extra: dict[str, Any] | None = None, edited_id: int | None = None) -> dict[str, Any]:
        """Inject a message (or an edit of message `edited_id`) from a user; returns the update."""
        message: dict[str, Any] = {
            "message_id": edited_id or next(self._message_ids),
            "date": int(time.time()),
            "chat": self._chat(chat_id if chat_id is not None else user_id, chat_type),
            "from": self._user(user_id),
        }
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                command = text.split()[0]
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if edited_id is not None:
            message["edit_date"] = int(time.time())
        message.update(extra or {})
        return self._push("edited_message" if edited_id else "message", message)

    def bot_added(self, chat_id: int, *, by: int = 1001, chat_type: str = "supergroup",
                  old: str = "left", new: str = "member") -> dict[str, Any]:
        """Inject the bot's own membership change in a chat (someone added it to a group)."""
        bot = {"id": BOT_ID, "is_bot": True, "first_name": "Sanad", "username": BOT_USERNAME}

        def member(status: str) -> dict[str, Any]:
            if status != "administrator":
                return {"user": bot, "status": status}
            rights = ("can_be_edited is_anonymous can_manage_chat can_delete_messages can_manage_video_chats "
                      "can_restrict_members can_promote_members can_change_info can_invite_users "
                      "can_post_stories can_edit_stories can_delete_stories").split()
            return {"user": bot, "status": status, **dict.fromkeys(rights, False)}

        return self._push("my_chat_member", {
            "chat": self._chat(chat_id, chat_type), "from": self._user(by), "date": int(time.time()),
            "old_chat_member": member(old), "new_chat_member": member(new),
        })

    def raw_update(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Inject an update as given, however malformed."""
        return self._push(kind, payload)

    def tap(self, sent: Call, callback_data: str, *, user_id: int = 1001) -> dict[str, Any]:
        """Inject a tap on an inline button of message `sent` (a sendMessage call)."""
        chat_id = int(sent.params["chat_id"])
        message = {
            "message_id": sent.params["_message_id"], "date": int(time.time()),
            "chat": self._chat(chat_id, "private" if chat_id > 0 else "supergroup"),
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Sanad", "username": BOT_USERNAME},
            "text": sent.params.get("text", ""),
            "reply_markup": sent.params.get("reply_markup"),
        }
        return self._push("callback_query", {
            "id": str(next(self._ids)), "from": self._user(user_id), "chat_instance": "1",
            "message": message, "data": callback_data,
        })

    def fail_next(self, method: str, status: int, description: str = "Internal Server Error", *,
                  times: int = 1, retry_after: int | None = None, delay: float = 0.0) -> None:
        """Make the next `times` calls of `method` fail with `status` (0: drop the connection unanswered)."""
        with self._cond:
            self.faults.setdefault(method, []).extend(
                Fault(status, description, retry_after, delay) for _ in range(times))

    def slow_next(self, method: str, seconds: float, *, times: int = 1) -> None:
        """Make the next `times` calls of `method` take `seconds` before succeeding."""
        with self._cond:
            self.delays.setdefault(method, []).extend([seconds] * times)

    # -- what the bot did ---------------------------------------------------------------------------

    def sent(self, method: str = "sendMessage", chat_id: int | None = None) -> list[Call]:
        """Calls of `method` (to `chat_id`), oldest first."""
        with self._cond:
            return [c for c in self.calls if c.method == method
                    and (chat_id is None or int(c.params.get("chat_id", 0)) == chat_id)]

    def wait_for_sent(self, method: str = "sendMessage", *, count: int = 1, chat_id: int | None = None,
                      timeout: float = 10.0, where: Callable[[Call], bool] | None = None) -> list[Call]:
        """Block until at least `count` matching calls were made; AssertionError on timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [c for c in self.calls if c.method == method
                         and (chat_id is None or int(c.params.get("chat_id", 0)) == chat_id)
                         and (where is None or where(c))]
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"{method}: {len(found)} call(s) within {timeout}s, wanted {count}")
                self._cond.wait(remaining)

    def wait_for_count(self, chat_id: int, count: int, timeout: float = 30.0) -> None:
        """Block until `count` messages were sent to `chat_id` (cheap: no scan of all calls)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            chat_cond = self._chat_cond(chat_id)
            while self.sent_per_chat.get(chat_id, 0) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"chat {chat_id}: {self.sent_per_chat.get(chat_id, 0)} of {count}")
                chat_cond.wait(remaining)

    def _chat_cond(self, chat_id: int) -> threading.Condition:
        """The condition `wait_for_count` waits on for one chat (call with the lock held)."""
        if chat_id not in self._chat_conds:
            self._chat_conds[chat_id] = threading.Condition(self._mutex)
        return self._chat_conds[chat_id]

    def wait_for_arrival(self, method: str, count: int = 1, timeout: float = 10.0) -> None:
        """Block until `count` requests for `method` have arrived (answered or not)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self.arrived.count(method) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"{method}: {self.arrived.count(method)} arrival(s), wanted {count}")
                self._cond.wait(remaining)

    # -- the HTTP side -------------------------------------------------------------------------------

    def _handle(self, token: str, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
        if token != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        with self._cond:
            self.arrived.append(method)
            self._cond.notify_all()
            queue = self.faults.get(method)
            fault = queue.pop(0) if queue else None
            slow = self.delays.get(method)
            delay = slow.pop(0) if slow else 0.0
        time.sleep(delay)
        if fault is not None:
            time.sleep(fault.delay)
            if fault.status == 0:
                return 0, None  # the handler closes the connection without a response
            body: dict[str, Any] = {"ok": False, "error_code": fault.status, "description": fault.description}
            if fault.retry_after is not None:
                body["parameters"] = {"retry_after": fault.retry_after}
            return fault.status, body
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._get_updates(params)}
        with self._cond:
            call = Call(method, params)
            result = self._result(method, params, call)
            self.calls.append(call)
            if method == "sendMessage":
                chat = int(params.get("chat_id", 0))
                self.sent_per_chat[chat] = self.sent_per_chat.get(chat, 0) + 1
                self._chat_cond(chat).notify_all()
            self._cond.notify_all()
        if result is None:
            return 404, {"ok": False, "error_code": 404, "description": f"Not Found: method {method}"}
        return 200, {"ok": True, "result": result}

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), MAX_POLL_SECONDS)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + timeout
        with self._cond:
            self.calls.append(Call("getUpdates", params))
            while True:
                # Telegram forgets updates below the offset: they were confirmed.
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
                if self.updates or time.monotonic() >= deadline:
                    return self.updates[:limit]
                self._cond.wait(max(deadline - time.monotonic(), 0.01))

    def _result(self, method: str, params: dict[str, Any], call: Call) -> Any:
        bot_user = {"id": BOT_ID, "is_bot": True, "first_name": "Sanad", "username": BOT_USERNAME,
                    "can_join_groups": True, "can_read_all_group_messages": False,
                    "supports_inline_queries": False}
        if method == "getMe":
            return bot_user
        if method in {"deleteWebhook", "setMyCommands", "sendChatAction", "answerCallbackQuery", "close",
                      "logOut"}:
            return True
        if method in {"sendMessage", "editMessageText", "editMessageReplyMarkup"}:
            chat_id = int(params.get("chat_id", 0))
            message_id = int(params.get("message_id") or next(self._message_ids))
            params["_message_id"] = message_id
            message = {"message_id": message_id, "date": int(time.time()), "from": bot_user,
                       "chat": self._chat(chat_id, "private" if chat_id > 0 else "supergroup"),
                       "text": params.get("text", "")}
            if params.get("reply_markup"):
                message["reply_markup"] = params["reply_markup"]
            return message
        return None

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out as two writes; with Nagle's algorithm the second waits
            # for the client's delayed ACK, adding 40 ms to every call (measured: one user,
            # 44 ms a question). Telegram's servers do not do that, so neither does this one.
            disable_nagle_algorithm = True

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                self._serve()

            def do_GET(self) -> None:  # noqa: N802
                self._serve()

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8") if length else ""
                params = _decode(raw, self.headers.get("Content-Type", ""))
                parts = self.path.strip("/").split("/")
                if len(parts) != 2 or not parts[0].startswith("bot"):
                    status, body = 404, {"ok": False, "error_code": 404, "description": "Not Found"}
                else:
                    status, body = api._handle(parts[0][3:], parts[1], params)
                if body is None:
                    self.close_connection = True
                    self.connection.shutdown(2)  # like a server that died mid-request
                    return
                data = json.dumps(body).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass  # quiet: the tests read calls, not access logs

        return Handler


class _QuietServer(ThreadingHTTPServer):
    """Clients hanging up mid-poll (the bot stopping) are normal here, not errors to print."""

    daemon_threads = True
    request_queue_size = 256  # socketserver's default backlog of 5 resets bursts of new connections

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


def _decode(raw: str, content_type: str) -> dict[str, Any]:
    """PTB sends form fields whose values are JSON-encoded (strings stay bare)."""
    if not raw:
        return {}
    if "json" in content_type:
        return dict(json.loads(raw))
    params: dict[str, Any] = {}
    for key, value in parse_qsl(raw, keep_blank_values=True):
        if key in _BARE_STRINGS:
            params[key] = value
            continue
        try:
            params[key] = json.loads(value)
        except json.JSONDecodeError:
            params[key] = value
    return params


# String fields PTB sends as they are: decoding «123» or «null» as JSON would change them.
_BARE_STRINGS = frozenset({"text", "parse_mode", "callback_query_id", "action", "description"})
