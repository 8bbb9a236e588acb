"""`sanad serve` as a subprocess, exactly as a user runs it, against the stand-in Bot API."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import ROOT
from tests.stand_in_bot_api import GOOD_TOKEN, StandInBotApi

SANAD = str(Path(sys.executable).with_name("sanad"))


def serve_env(api: StandInBotApi, tmp_path: Path, token: str = GOOD_TOKEN) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SANAD_", "DATABASE_"))}
    env.update({
        "TELEGRAM_BOT_TOKEN": token,
        "TELEGRAM_BASE_URL": api.base_url,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'var' / 'sanad.db'}",
        "LOG_LEVEL": "DEBUG",  # the most talkative level must still not show the token
    })
    return env


@contextmanager
def serving(api: StandInBotApi, tmp_path: Path, env: dict[str, str] | None = None) -> Iterator[subprocess.Popen[str]]:
    """`sanad serve` running against `api` until the block ends (killed if still running then)."""
    proc = subprocess.Popen([SANAD, "serve"], env=env or serve_env(api, tmp_path), cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        api.wait_for_sent("setMyCommands", timeout=30)
        # Polling means started: a signal in the instant between setMyCommands and polling meets
        # a python-telegram-bot shutdown race (noted in the README), not what these tests check.
        api.wait_for_arrival("getUpdates", timeout=30)
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


def stop(proc: subprocess.Popen[str], sig: int = signal.SIGTERM) -> tuple[str, str]:
    """Send `sig` and wait for the process to exit; its stdout and stderr."""
    proc.send_signal(sig)
    return proc.communicate(timeout=30)


def logged_questions(database: Path) -> list[str]:
    """Questions in a query-log SQLite file, oldest first."""
    engine = create_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as conn:
            return [r[0] for r in conn.execute(text("SELECT question FROM queries ORDER BY created_at"))]
    finally:
        engine.dispose()


def test_serve_answers_logs_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    with StandInBotApi() as api, serving(api, tmp_path) as proc:
        api.message("كم دفع ماسك لحملة ترامب؟")
        reply = api.wait_for_sent(timeout=15)[0]
        assert "الفقرة 7" in reply.params["text"]
        api.fail_next("sendMessage", 500, times=1)  # a failing request, for the log
        api.message("وين كان ماسك وقت التوقيع؟")
        api.wait_for_sent(count=2, timeout=15)
        out, err = stop(proc)
    assert proc.returncode == 0, err
    assert GOOD_TOKEN not in out + err and GOOD_TOKEN.split(":")[1] not in out + err
    assert "Sanad is up" in err and "query log flushed" in err
    assert logged_questions(tmp_path / 'var' / 'sanad.db') == ["كم دفع ماسك لحملة ترامب؟", "وين كان ماسك وقت التوقيع؟"]


def test_sigterm_finishes_the_reply_in_flight_and_logs_it(tmp_path: Path) -> None:
    with StandInBotApi() as api, serving(api, tmp_path) as proc:
        api.slow_next("sendMessage", 1.5)
        api.message("كم دفع ماسك لحملة ترامب؟")
        api.wait_for_arrival("sendMessage", timeout=15)  # the reply is in flight (held 1.5 s)
        _, err = stop(proc)
        assert len(api.sent()) == 1
    assert proc.returncode == 0, err
    assert logged_questions(tmp_path / 'var' / 'sanad.db') == ["كم دفع ماسك لحملة ترامب؟"]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_while_starting_exits_cleanly(tmp_path: Path, sig: int) -> None:
    # The first getMe is held, so the signal lands in start-up, before polling handles signals.
    with StandInBotApi() as api:
        api.slow_next("getMe", 3.0)
        proc = subprocess.Popen([SANAD, "serve"], env=serve_env(api, tmp_path), cwd=tmp_path,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        api.wait_for_arrival("getMe", timeout=30)
        _, err = stop(proc, sig)
        assert api.sent("getUpdates") == []
    assert proc.returncode == 0, err
    assert "while starting" in err and "Traceback" not in err


def test_token_that_telegram_rejects_exits_2_with_a_clear_line(tmp_path: Path) -> None:
    wrong = "987654321:AAHwrongTokenThatTheServerRejects_0000"
    with StandInBotApi() as api:
        result = subprocess.run([SANAD, "serve"], env=serve_env(api, tmp_path, wrong), cwd=tmp_path,
                                capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "rejected" in result.stderr and wrong not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_a_token_revoked_while_running_stops_the_bot_with_exit_2(tmp_path: Path) -> None:
    # python-telegram-bot retries every polling error but this one, and on it ends the polling
    # loop and nothing else: the process would sit idle, answering no one, exit status unknown.
    with StandInBotApi() as api, serving(api, tmp_path) as proc:
        api.message("كم دفع ماسك لحملة ترامب؟")
        api.wait_for_sent(timeout=15)
        api.fail_next("getUpdates", 401, "Unauthorized", times=1000)
        try:
            out, err = proc.communicate(timeout=30)  # it stops by itself
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
            pytest.fail("still running 30 s after Telegram rejected its token:\n" + "\n".join(
                line for line in err.splitlines() if " DEBUG " not in line)[-4000:])
    assert proc.returncode == 2, err
    assert "stopped accepting TELEGRAM_BOT_TOKEN" in err and err.count("query log flushed") == 1
    assert GOOD_TOKEN not in out + err and GOOD_TOKEN.split(":")[1] not in out + err
    assert logged_questions(tmp_path / 'var' / 'sanad.db') == ["كم دفع ماسك لحملة ترامب؟"]


def test_missing_or_malformed_token_exits_2_before_any_request(tmp_path: Path) -> None:
    with StandInBotApi() as api:
        for token in ("", "not-a-token"):
            start = time.monotonic()
            result = subprocess.run([SANAD, "serve"], env=serve_env(api, tmp_path, token), cwd=tmp_path,
                                    capture_output=True, text=True, timeout=60)
            assert result.returncode == 2, result.stderr
            assert "TELEGRAM_BOT_TOKEN" in result.stderr and len(result.stderr.strip().splitlines()) == 1
            assert time.monotonic() - start < 60
        assert api.calls == []


def test_token_from_dotenv_file(tmp_path: Path) -> None:
    with StandInBotApi() as api:
        env = serve_env(api, tmp_path)
        (tmp_path / ".env").write_text(f"TELEGRAM_BOT_TOKEN={env.pop('TELEGRAM_BOT_TOKEN')}\n", encoding="utf-8")
        with serving(api, tmp_path, env) as proc:  # started at all: the token came from .env
            _, err = stop(proc, signal.SIGINT)
    assert proc.returncode == 0, err


def test_env_example_documents_every_setting() -> None:
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    source = (ROOT / "bot" / "settings.py").read_text(encoding="utf-8")
    for name in re.findall(r'get\("([A-Z_]+)"\)', source):
        assert f"\n{name}=" in example, name
