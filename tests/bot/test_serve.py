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


def start_serve(api: StandInBotApi, tmp_path: Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """`sanad serve` as a subprocess against `api`. Its output goes to files (`output` reads them),
    not to pipes these tests would read only at the end: at DEBUG a busy bot writes more than a
    pipe holds (64 KB), which one test below does on purpose."""
    logs = tmp_path / "serve-output"
    logs.mkdir(exist_ok=True)
    with open(logs / "stdout", "w") as out, open(logs / "stderr", "w") as err:
        proc = subprocess.Popen([SANAD, "serve"], env=env or serve_env(api, tmp_path), cwd=tmp_path,
                                stdout=out, stderr=err, text=True)
    proc.output_dir = logs  # type: ignore[attr-defined]
    return proc


def output(proc: subprocess.Popen[str]) -> tuple[str, str]:
    """What a `start_serve` process has written so far: stdout and stderr."""
    logs: Path = proc.output_dir  # type: ignore[attr-defined]
    out, err = ((logs / name).read_text(encoding="utf-8", errors="replace") for name in ("stdout", "stderr"))
    return out, err


def finish(proc: subprocess.Popen[str], timeout: float = 30) -> tuple[str, str]:
    """Wait for the process to exit (TimeoutExpired after `timeout` s); its stdout and stderr."""
    proc.wait(timeout=timeout)
    return output(proc)


@contextmanager
def serving(api: StandInBotApi, tmp_path: Path, env: dict[str, str] | None = None) -> Iterator[subprocess.Popen[str]]:
    """`sanad serve` running against `api` until the block ends (killed if still running then)."""
    proc = start_serve(api, tmp_path, env)
    try:
        api.wait_for_sent("setMyCommands", timeout=30)
        # Polling means started: a signal in the instant between setMyCommands and polling meets
        # a python-telegram-bot shutdown race (noted in the README), not what these tests check.
        api.wait_for_arrival("getUpdates", timeout=30)
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def stop(proc: subprocess.Popen[str], sig: int = signal.SIGTERM) -> tuple[str, str]:
    """Send `sig` and wait for the process to exit; its stdout and stderr."""
    proc.send_signal(sig)
    return finish(proc)


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


def test_serve_keeps_answering_while_nobody_reads_its_log(tmp_path: Path) -> None:
    # A supervisor or harness may read stderr only at the end. DEBUG logs every update whole:
    # this run writes more than a pipe holds, and a bot writing its log in place would stall on
    # the full pipe and answer no one after the long question.
    questions = ["ستارجيت " * 1250, *(f"كم دفع ماسك لحملة ترامب؟ {'!' * i}" for i in range(12))]
    with StandInBotApi() as api:
        proc = subprocess.Popen([SANAD, "serve"], env=serve_env(api, tmp_path), cwd=tmp_path,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            api.wait_for_arrival("getUpdates", timeout=30)
            for n, question in enumerate(questions, 1):
                api.message(question, user_id=3000 + n)
                api.wait_for_sent(count=n, timeout=15)
        finally:
            proc.send_signal(signal.SIGTERM)
            _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err[-2000:]
    replies = [call.params["text"] for call in api.sent()]
    assert len(replies) == len(questions) and all("الفقرة 7" in r for r in replies[1:])
    assert len(err.encode()) > 65_536 and "query log flushed" in err  # more than a pipe holds, all written


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
        proc = start_serve(api, tmp_path)
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
            out, err = finish(proc)  # it stops by itself
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = finish(proc)
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
