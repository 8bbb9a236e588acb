"""Load: simulated users asking questions through the stand-in Bot API, Sanad beside an echo bot.

    uv run python benchmarks/load.py --users 50 --questions 200

Each user is a closed loop: send a question, wait for the reply, send the next.
Both bots run as subprocesses against the same stand-in server (tests/stand_in_bot_api.py)
in the same run, so the harness costs both the same. Reports throughput, p50/p99
from question to reply, replies == questions, and, for Sanad, rows logged ==
questions (counted after SIGTERM flushes the log) and its RSS after the first
tenth of the questions and at the end. The per-user rate limit is off
(RATE_LIMIT_PER_MINUTE=0): each simulated user asks far faster than a person.
Questions cycle through data/eval; Sanad caches repeated questions, so `--unique`
measures the uncached path as well: each question is reworded the way people wrap
one («لو سمحت …», «… 🙏»), which changes its text but not its answer
(tests/index/test_answers.py checks that), so every text is new but the replies
are the same mix of answers and declines as without it.

On a shared two-core machine one bot's throughput swings by a quarter between
identical runs, so by default the harness runs on core 0 and the bot under test
on core 1 (`--shared-cores` turns that off), each bot runs `--rounds` times,
alternating which goes first, and the ratio is of the median throughputs.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from itertools import cycle
from pathlib import Path

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.stand_in_bot_api import GOOD_TOKEN, StandInBotApi  # noqa: E402


# Wrappings that leave a question's answer alone: 8 × 8 texts for each question of data/eval.
OPENINGS = ("", "لو سمحت ", "سؤال: ", "يا سند، ", "من فضلك ", "طيب ", "عندي سؤال: ", "ممكن تقولي ")
CLOSINGS = ("", "؟", " ؟؟", "!", " 🙏", "...", " لو سمحت", " شكرا")

HARNESS_CORES = {0}  # stand-in Bot API and simulated users
BOT_CORES = {1}  # the bot under test


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def questions() -> list[str]:
    rows = []
    for name in ("stargate-uae.jsonl", "stargate-uae-holdout.jsonl"):
        for line in (ROOT / "data" / "eval" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line)["question"])
    return rows


def reworded(question: str, k: int) -> str:
    """The `k`-th wrapping of `question` (k < 64 gives 64 different texts)."""
    return f"{OPENINGS[k % len(OPENINGS)]}{question}{CLOSINGS[k // len(OPENINGS) % len(CLOSINGS)]}"


def run(kind: str, users: int, per_user: int, unique: bool = False, pin: bool = False) -> dict[str, object]:
    """One run of `kind` ("sanad" or "echo") in a scratch folder that is removed afterwards."""
    with tempfile.TemporaryDirectory(prefix=f"sanad-load-{kind}-") as scratch:
        return _run_in(Path(scratch), kind, users, per_user, unique, pin)


def _run_in(workdir: Path, kind: str, users: int, per_user: int, unique: bool, pin: bool) -> dict[str, object]:
    database = workdir / "sanad.db"
    pool = questions()
    with StandInBotApi() as api:
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": GOOD_TOKEN, "TELEGRAM_BASE_URL": api.base_url,
               "DATABASE_URL": f"sqlite:///{database}", "LOG_LEVEL": "WARNING", "RATE_LIMIT_PER_MINUTE": "0"}
        command = ([str(Path(sys.executable).with_name("sanad")), "serve"] if kind == "sanad"
                   else [sys.executable, str(ROOT / "benchmarks" / "echo_bot.py")])
        proc = subprocess.Popen(command, env=env, cwd=workdir, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=True, preexec_fn=(lambda: os.sched_setaffinity(0, BOT_CORES)) if pin else None)
        try:
            api.wait_for_arrival("getUpdates", timeout=60)
            total = users * per_user
            latencies: list[float] = []
            lock = threading.Lock()
            rss_early: list[float] = []

            missing: list[int] = []

            def user(number: int) -> None:
                chat = 10_000 + number
                asked = cycle(pool[number % len(pool):] + pool[: number % len(pool)])
                for i in range(per_user):
                    started = time.perf_counter()
                    question = next(asked)
                    if unique:  # the k-th question overall: a new text until k reaches 64 × len(pool)
                        k = number * per_user + i
                        question = reworded(pool[k % len(pool)], k // len(pool))
                    api.message(question, user_id=chat)
                    try:
                        api.wait_for_count(chat, i + 1, timeout=30)
                    except AssertionError:  # a reply never came: count it and let the user go on
                        with lock:
                            missing.append(chat)
                        return
                    with lock:
                        latencies.append(time.perf_counter() - started)
                        if len(latencies) == total // 10:
                            rss_early.append(rss_mb(proc.pid))

            threads = [threading.Thread(target=user, args=(n,)) for n in range(users)]
            cpu_before = cpu_seconds(proc.pid)
            began = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.perf_counter() - began
            cpu = cpu_seconds(proc.pid) - cpu_before
            rss_end = rss_mb(proc.pid)
            replies = sum(api.sent_per_chat.get(10_000 + n, 0) for n in range(users))
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                _, err = proc.communicate(timeout=120)
            except subprocess.TimeoutExpired:
                proc.kill()
                err = "killed: did not stop within 120 s"
    if proc.returncode != 0 or replies < total:
        print(f"{kind} exited {proc.returncode}; its last log lines:\n{err[-3000:]}", file=sys.stderr)
    result: dict[str, object] = {
        "bot": kind, "exit": proc.returncode, "questions": total, "replies": replies, "seconds": round(elapsed, 2),
        "throughput_per_s": round(replies / elapsed, 1),  # replies, not questions: a lost reply is no throughput
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p99_ms": round(statistics.quantiles(latencies, n=100)[98] * 1000, 1),
        "bot_cpu_ms_per_question": round(cpu / total * 1000, 2),
    }
    if kind == "sanad":
        engine = create_engine(f"sqlite:///{database}")
        with engine.connect() as conn:
            result["logged"] = conn.execute(text("SELECT count(*) FROM queries")).scalar_one()
        engine.dispose()
        result["rss_mb_at_10pct"] = round(rss_early[0], 1) if rss_early else None
        result["rss_mb_at_end"] = round(rss_end, 1)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--questions", type=int, default=200, help="questions per user")
    parser.add_argument("--unique", action="store_true",
                        help="make every question text new (reworded, same answer), so no answer comes from the cache")
    parser.add_argument("--shared-cores", action="store_true",
                        help="let bot and harness share every core (default: harness on core 0, bot on core 1)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="echo and Sanad runs, alternating who goes first; the ratio is of the medians")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    pin = not args.shared_cores and len(os.sched_getaffinity(0)) >= 2
    if pin:  # the harness on one core, the bot under test on another: neither steals the other's CPU
        os.sched_setaffinity(0, HARNESS_CORES)
    rows: dict[str, list[dict[str, object]]] = {"echo": [], "sanad": []}
    for round_number in range(args.rounds):
        # Alternate who goes first: a machine that slows down mid-run then costs both bots alike.
        order = ("echo", "sanad") if round_number % 2 == 0 else ("sanad", "echo")
        for kind in order:
            row = run(kind, args.users, args.questions, args.unique, pin)
            row["round"] = round_number + 1
            rows[kind].append(row)
            if not args.json:
                print(json.dumps(row, ensure_ascii=False), flush=True)
    ratios = [round(float(s["throughput_per_s"]) / float(e["throughput_per_s"]), 2)
              for e, s in zip(rows["echo"], rows["sanad"])]
    median = {kind: statistics.median(float(r["throughput_per_s"]) for r in rows[kind]) for kind in rows}
    ratio = round(median["sanad"] / median["echo"], 2)
    if args.json:
        print(json.dumps({**rows, "ratios": ratios, "ratio_of_medians": ratio, "pinned": pin}))
        return
    print(f"pinned to separate cores: {pin}; rounds: {args.rounds}")
    print(f"median replies/s: echo {median['echo']:.1f}, Sanad {median['sanad']:.1f}")
    print(f"Sanad / echo per round: {ratios}; of the medians: {ratio}")

if __name__ == "__main__":
    main()
