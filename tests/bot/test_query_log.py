"""The query log on a real SQLite file: write-behind, locks, migrations, stats, export, prune."""

from __future__ import annotations

import csv
import json
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from bot.query_log import FeedbackRow, QueryLog, QueryRow, upgrade
from tests.conftest import run_sanad


def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'var' / 'log.db'}"


def count(db_url: str, table: str = "queries") -> int:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
    finally:
        engine.dispose()


def question(text_: str, answered: bool = True, **fields: object) -> QueryRow:
    return QueryRow(question=text_, normalized_question=text_, answered=answered, **fields)


def test_upgrade_creates_folder_tables_and_is_idempotent(tmp_path: Path) -> None:
    upgrade(url(tmp_path))
    upgrade(url(tmp_path))
    engine = create_engine(url(tmp_path))
    names = set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        journal = conn.execute(text("PRAGMA journal_mode")).scalar_one()
    engine.dispose()
    assert {"queries", "feedback", "alembic_version"} <= names and version == "0002"
    assert journal == "wal"


def test_a_log_from_before_nearest_passages_is_upgraded_with_its_rows(tmp_path: Path) -> None:
    upgrade(url(tmp_path), "0001")  # the schema the first releases wrote
    engine = create_engine(url(tmp_path))
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO queries (id, created_at, question, normalized_question, answered) "
            "VALUES ('old', '2026-11-01 10:00:00', 'سؤال قديم', 'سؤال قديم', 0)"
        ))
    upgrade(url(tmp_path))  # what the bot does at start-up
    with engine.connect() as conn:
        kept = conn.execute(text("SELECT question, nearest_passage_id FROM queries")).all()
    engine.dispose()
    assert [tuple(r) for r in kept] == [("سؤال قديم", None)]
    log = QueryLog(url(tmp_path))
    log.record(question("كم سعر سهم إنفيديا؟", answered=False, nearest_passage_id="s:2"))
    log.close()
    assert count(url(tmp_path)) == 2


def test_rows_written_behind_and_flushed_on_close(tmp_path: Path) -> None:
    log = QueryLog(url(tmp_path), flush_interval=0.05)
    log.start()
    rows = [question(f"سؤال {i}") for i in range(50)]
    for row in rows:
        log.record(row)
    log.record(FeedbackRow(rows[0].id, 1, user_id=5))
    log.close()
    assert count(url(tmp_path)) == 50 and count(url(tmp_path), "feedback") == 1
    assert log.pending == 0 and log.dropped == 0


def test_locked_database_delays_rows_and_loses_none(tmp_path: Path) -> None:
    upgrade(url(tmp_path))
    log = QueryLog(url(tmp_path), flush_interval=0.05)
    log.start()
    holder = sqlite3.connect(tmp_path / "var" / "log.db", timeout=0)
    holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        started = time.perf_counter()
        for i in range(20):
            log.record(question(f"أثناء القفل {i}"))
        recording_took = time.perf_counter() - started
        time.sleep(3)  # longer than the busy timeout: the writer must give up and retry
        assert log.pending == 20
    finally:
        holder.rollback()
        holder.close()
    deadline = time.monotonic() + 15
    while log.pending and time.monotonic() < deadline:
        time.sleep(0.1)
    log.close()
    assert count(url(tmp_path)) == 20  # none lost, none doubled
    assert recording_took < 1.0  # recording never waited for the lock (generous: it is a deque append)


def test_queue_is_bounded_and_drops_are_counted(tmp_path: Path) -> None:
    log = QueryLog(url(tmp_path), max_pending=5)
    for i in range(8):
        log.record(question(str(i)))
    assert log.pending == 5 and log.dropped == 3
    log.close()
    assert count(url(tmp_path)) == 5


def test_unavailable_folder_keeps_rows_in_memory_until_it_returns(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    db_url = f"sqlite:///{blocked / 'log.db'}"
    log = QueryLog(db_url)
    log.record(question("x"))
    assert log.flush() is False and log.pending == 1
    blocked.unlink()
    assert log.flush() is True and log.pending == 0
    log.close()
    assert count(db_url) == 1


def test_stats_export_and_prune_from_the_command_line(tmp_path: Path) -> None:
    db = url(tmp_path)
    log = QueryLog(db)
    old = datetime.now(UTC) - timedelta(days=40)
    answered = question("من هي المتحدثة؟", story_id="s", passage_id="s:5", score=3.2)
    log.record(answered)
    log.record(question("من هي المتحدثة؟"))
    log.record(question("ما عاصمة فرنسا؟", answered=False))
    log.record(question("كم سعر سهم إنفيديا؟", answered=False, nearest_passage_id="s:2"))
    log.record(question("سؤال قديم", created_at=old))
    log.record(FeedbackRow(answered.id, 1))
    log.close()

    stats = json.loads(run_sanad("stats", "--json", "--database", db).stdout)
    assert stats["questions"] == 5 and stats["answered"] == 3
    assert stats["top_questions"][0] == {"question": "من هي المتحدثة؟", "count": 2}
    assert sorted(stats["top_unanswered"], key=lambda r: r["question"]) == [
        {"question": "كم سعر سهم إنفيديا؟", "count": 1, "nearest": "s:2"},
        {"question": "ما عاصمة فرنسا؟", "count": 1, "nearest": None},
    ]
    plain = run_sanad("stats", "--database", db).stdout
    assert "كم سعر سهم إنفيديا؟  (nearest: s:2)" in plain and "ما عاصمة فرنسا؟\n" in plain
    assert stats["feedback"] == {"up": 1, "down": 0, "up_ratio": 1.0}

    out = tmp_path / "log.csv"
    assert run_sanad("export", "--csv", str(out), "--database", db).returncode == 0
    with out.open(encoding="utf-8") as handle:
        exported = list(csv.DictReader(handle))
    assert len(exported) == 5 and {"question", "answered", "latency_ms", "nearest_passage_id", "feedback"} <= set(
        exported[0]
    )

    pruned = run_sanad("prune", "--older-than", "30", "--database", db)
    assert pruned.returncode == 0 and "deleted 1" in pruned.stdout
    assert count(db) == 4
