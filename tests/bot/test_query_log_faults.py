"""The query log's bad minutes while the bot runs: replies never wait, rows are never lost."""

from __future__ import annotations

import logging
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from bot.settings import Settings
from tests.bot.conftest import RunningBot
from tests.bot.test_serve import finish, logged_questions, serving
from tests.stand_in_bot_api import StandInBotApi

QUESTIONS = ["من هي المتحدثة باسم البيت الأبيض؟", "كم دفع ماسك لحملة ترامب؟", "وين كان ماسك وقت التوقيع؟"]


def db_file(settings: Settings) -> Path:
    return Path(settings.database_url.removeprefix("sqlite:///"))


def wait_logged(path: Path, count: int, timeout: float = 20) -> list[str]:
    deadline = time.monotonic() + timeout
    while True:
        try:
            rows = logged_questions(path)
        except Exception:  # noqa: BLE001 - not created yet
            rows = []
        if len(rows) >= count or time.monotonic() > deadline:
            return rows
        time.sleep(0.1)


def test_write_lock_held_ten_seconds_delays_rows_not_replies(
    api: StandInBotApi, bot: RunningBot, settings: Settings
) -> None:
    api.message("سؤال أول قبل القفل عن ماسك")
    api.wait_for_sent()
    path = db_file(settings)
    wait_logged(path, 1)
    holder = sqlite3.connect(path, timeout=0)
    holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock…
    locked_until = time.monotonic() + 10
    try:
        for i, question in enumerate(QUESTIONS):
            api.message(question, user_id=4000 + i)
        api.wait_for_sent(count=4, timeout=9)
        assert time.monotonic() < locked_until  # …and every reply went out while it did
        assert holder.execute("SELECT count(*) FROM queries").fetchone()[0] == 1  # the rest wait
        time.sleep(max(locked_until - time.monotonic(), 0))
    finally:
        holder.rollback()
        holder.close()
    rows = wait_logged(path, 4)
    assert sorted(rows[1:]) == sorted(QUESTIONS) and len(rows) == 4  # none lost, none doubled


def test_database_removed_mid_run_is_recreated_and_the_bot_keeps_answering(
    api: StandInBotApi, bot: RunningBot, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="bot.query_log")
    api.message(QUESTIONS[0])
    api.wait_for_sent()
    path = db_file(settings)
    wait_logged(path, 1)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    api.message(QUESTIONS[1])
    assert "الفقرة 7" in api.wait_for_sent(count=2)[1].params["text"]
    assert wait_logged(path, 1) == [QUESTIONS[1]]
    assert any("was removed" in r.getMessage() for r in caplog.records)


def test_schema_is_ready_before_the_first_question(make_bot, settings: Settings) -> None:  # noqa: ANN001
    # Alembic costs half a second of CPU: spent at start-up, not while the first users wait.
    make_bot()
    with sqlite3.connect(db_file(settings)) as conn:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"queries", "feedback"} <= tables


def test_unusable_database_is_in_the_log_at_start_up(
    make_bot, tmp_path: Path, caplog: pytest.LogCaptureFixture  # noqa: ANN001
) -> None:
    caplog.set_level(logging.WARNING, logger="bot.query_log")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the database folder should be", encoding="utf-8")
    make_bot(database_url=f"sqlite:///{blocker / 'sanad.db'}")  # returns once the bot is up
    assert any("rows wait in memory" in r.getMessage() for r in caplog.records)


def test_folder_unavailable_keeps_rows_in_memory_and_replies_going(
    api: StandInBotApi, make_bot, tmp_path: Path, caplog: pytest.LogCaptureFixture  # noqa: ANN001
) -> None:
    caplog.set_level(logging.WARNING, logger="bot.query_log")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the database folder should be", encoding="utf-8")
    bot = make_bot(database_url=f"sqlite:///{blocker / 'sanad.db'}")
    for question in QUESTIONS:
        api.message(question)
    assert len(api.wait_for_sent(count=3)) == 3
    deadline = time.monotonic() + 10
    while bot.sanad.query_log.pending < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert bot.sanad.query_log.pending == 3
    while not any("rows wait in memory" in r.getMessage() for r in caplog.records):  # the writer's next tick
        assert time.monotonic() < deadline, "the log never said the rows wait in memory"
        time.sleep(0.05)


def test_sigterm_flushes_rows_that_waited_for_a_locked_database(tmp_path: Path) -> None:
    path = tmp_path / "var" / "sanad.db"
    with StandInBotApi() as api, serving(api, tmp_path) as proc:
        api.message("سؤال يفتح السجل عن ماسك")
        api.wait_for_sent(timeout=15)
        wait_logged(path, 1)
        holder = sqlite3.connect(path, timeout=0)
        holder.execute("BEGIN IMMEDIATE")
        for i, question in enumerate(QUESTIONS):
            api.message(question, user_id=5000 + i)
        api.wait_for_sent(count=4, timeout=15)
        proc.send_signal(signal.SIGTERM)  # rows are pending behind the lock
        time.sleep(2)
        holder.rollback()
        holder.close()
        _, err = finish(proc)
    assert proc.returncode == 0, err
    assert sorted(logged_questions(path)[1:]) == sorted(QUESTIONS)
    assert "0 dropped" in err
