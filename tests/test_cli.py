"""The `sanad` command run as a subprocess, exactly as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SEED_ID, run_sanad


def test_ask_prints_passage_with_sentence_marked_and_citation() -> None:
    result = run_sanad("ask", "من هي المتحدثة باسم البيت الأبيض؟")
    assert result.returncode == 0, result.stderr
    assert "**" in result.stdout and "كارولين ليفيت" in result.stdout
    assert "📎" in result.stdout and "الفقرة 5" in result.stdout


def test_ask_into_a_pipe_closed_early_stops_quietly() -> None:
    # `sanad ask < questions.txt | head -1`: the reader leaves after one line.
    script = Path(sys.executable).with_name("sanad")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SANAD_", "DATABASE_"))}
    questions = "من هي المتحدثة باسم البيت الأبيض؟\n" * 300  # more answers than a pipe holds
    with subprocess.Popen(
        [str(script), "ask"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT
    ) as process:
        assert process.stdin is not None and process.stdout is not None and process.stderr is not None
        process.stdin.write(questions.encode())
        process.stdin.close()
        assert "كارولين ليفيت".encode() in process.stdout.readline()
        process.stdout.close()
        errors = process.stderr.read().decode()
        assert process.wait(timeout=60) == 141
    assert "Traceback" not in errors and "BrokenPipe" not in errors


def test_ask_off_topic_says_not_in_story_with_sections() -> None:
    result = run_sanad("ask", "ما عاصمة فرنسا؟")
    assert result.returncode == 0
    assert "لم أجد في القصة" in result.stdout and "موقف البيت الأبيض من الخلاف" in result.stdout


def test_ask_declined_quotes_the_nearest_passage_and_says_it_may_not_answer() -> None:
    result = run_sanad("ask", "ما سعر سهم إنفيديا؟")
    assert result.returncode == 0
    out = result.stdout
    assert out.index("لم أجد في القصة") < out.index("وقد لا يجيب عنه") < out.index("إنفيديا")
    assert "الفقرة 2" in out and "يمكنك السؤال عن أحد أقسام القصة" not in out
    data = json.loads(run_sanad("ask", "--json", "ما سعر سهم إنفيديا؟").stdout)
    assert data["answer"] is None and data["alternatives"] == []
    assert data["nearest"][0]["passage_id"] == f"{SEED_ID}:2"


def test_ask_json_contract() -> None:
    result = run_sanad("ask", "--json", "--top", "2", "كم دفع ماسك لحملة ترامب؟")
    data = json.loads(result.stdout)
    assert data["question"] == "كم دفع ماسك لحملة ترامب؟"
    answer = data["answer"]
    assert answer["story"] == SEED_ID and answer["passage_id"] == f"{SEED_ID}:7"
    assert answer["text"].startswith("إلى جانب رئاسته") and "\n" not in answer["text"]
    assert "300 مليون دولار" in answer["sentence"]
    assert answer["citation"]["paragraph"] == 7
    assert len(data["alternatives"]) <= 2
    assert all(set(a) == set(answer) for a in data["alternatives"])


def test_ask_answers_each_question_of_a_message_of_two() -> None:
    message = "من هي المتحدثة باسم البيت الأبيض؟ وكم دفع ماسك لحملة ترامب؟"
    out = run_sanad("ask", message).stdout
    assert out.index("الفقرة 5") < out.index("🔹 وعن سؤالك: «كم دفع ماسك لحملة ترامب؟»") < out.index("الفقرة 7")
    data = json.loads(run_sanad("ask", "--json", message).stdout)
    assert data["answer"]["passage_id"] == f"{SEED_ID}:5" and data["piece"] is None
    assert [(a["question"], a["answer"]["passage_id"]) for a in data["also"]] == [
        ("كم دفع ماسك لحملة ترامب؟", f"{SEED_ID}:7"),
    ]
    # Typed as one sentence, «و» (and) and a question word between them.
    out = run_sanad("ask", "كم دفع ماسك لحملة ترامب ومتى شارك في تأسيس OpenAI").stdout
    assert out.index("الفقرة 7") < out.index("🔹 وعن سؤالك: «متى شارك في تأسيس OpenAI»") < out.index("الفقرة 8")


def test_ask_reads_arabizi() -> None:
    data = json.loads(run_sanad("ask", "--json", "wein kan musk wa2t el tawqee3?").stdout)
    assert data["question"] == "wein kan musk wa2t el tawqee3?"  # as typed; read in Arabic script
    assert data["answer"]["passage_id"] == f"{SEED_ID}:6"


def test_stdin_batch_plain_and_json_lines_in_input_order() -> None:
    lines = ["ما عاصمة فرنسا", "", json.dumps({"question": "من هي المتحدثة باسم البيت الأبيض", "story": SEED_ID}),
             "وين كان ماسك وقت التوقيع"]
    result = run_sanad("ask", "--json", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in rows] == ["ما عاصمة فرنسا", "من هي المتحدثة باسم البيت الأبيض",
                                            "وين كان ماسك وقت التوقيع"]
    assert rows[0]["answer"] is None
    assert rows[1]["answer"]["passage_id"] == f"{SEED_ID}:5"
    assert rows[2]["answer"]["passage_id"] == f"{SEED_ID}:6"


def test_stdin_unknown_story_reports_it_and_keeps_going() -> None:
    stdin = json.dumps({"question": "ماسك", "story": "nope"}) + "\nكم دفع ماسك لحملة ترامب\n"
    result = run_sanad("ask", "--json", stdin=stdin)
    assert result.returncode == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert "error" in rows[0] and rows[1]["answer"]["passage_id"] == f"{SEED_ID}:7"
    assert "unknown story 'nope'" in result.stderr


def test_unknown_story_empty_question_and_missing_folder_exit_2(tmp_path: Path) -> None:
    for args in (["ask", "--story", "nope", "ماسك"], ["ask", "  "], ["ask", "\u200f \u200e"],
                 ["ask", "--data", str(tmp_path / "x"), "ماسك"]):
        result = run_sanad(*args)
        assert result.returncode == 2, args
        assert result.stderr.startswith("sanad: ") and len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr


def test_data_option_and_env_select_another_folder(tmp_path: Path) -> None:
    (tmp_path / "weather.md").write_text("# طقس\n\n## غدا\n\nتمطر غدا في الرياض بغزارة.\n", encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe\x00")
    for result in (run_sanad("ask", "--json", "--data", str(tmp_path), "هل تمطر في الرياض"),
                   run_sanad("ask", "--json", "هل تمطر في الرياض", env={"SANAD_DATA": str(tmp_path)})):
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["answer"]["passage_id"] == "weather:1"
        assert "broken.txt" in result.stderr


def test_stories_lists_sections_and_counts() -> None:
    result = run_sanad("stories", "--json")
    story = next(s for s in json.loads(result.stdout) if s["id"] == SEED_ID)
    assert story["passages"] == 9 and len(story["sections"]) == 7 and story["source"] == "CNBC"
    assert sum(s["passages"] for s in story["sections"]) == 8  # the lede has no heading


def test_chat_answers_each_line_until_eof() -> None:
    result = run_sanad("chat", stdin="من هي المتحدثة باسم البيت الأبيض؟\nما عاصمة فرنسا\nكيف حالك اليوم؟\nساعدني\n")
    assert result.returncode == 0
    assert "الفقرة 5" in result.stdout and "لم أجد في القصة" in result.stdout
    assert "أهلاً" in result.stdout and "أجيب عن أسئلتك" in result.stdout  # small talk, as the bot answers it
    assert result.stdout.count("📎") == 1


def test_chat_follows_a_question_with_a_follow_up() -> None:
    result = run_sanad("chat", stdin="ليش؟\nماسك دعم حملة ترامب؟\nبكم؟\n")
    assert result.returncode == 0
    replies = result.stdout.split("📎")
    assert len(replies) == 3  # two answers, and the «ليش؟» before them got none
    assert "عمّ تسأل" in replies[0] and "↩️" not in replies[0]  # nothing to follow yet: examples instead
    assert "↩️ متابعةً لسؤالك: «ماسك دعم حملة ترامب؟»" in replies[1]
    assert "الفقرة 7" in replies[1] and "الفقرة 7" in replies[2]


def test_eval_reports_categories_as_json() -> None:
    result = run_sanad("eval", "--json", "data/eval/stargate-uae.jsonl")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert {"all", "out_of_scope", "msa", "latin"} <= set(scores)
    assert scores["all"]["questions"] >= 80 and scores["out_of_scope"]["questions"] >= 12
    assert 0 <= scores["all"]["p_at_1"] <= 1
