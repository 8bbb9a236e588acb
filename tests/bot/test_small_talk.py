"""Small talk (greetings, thanks, goodbyes, nods, asking for help) is told apart from questions by its words alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.small_talk import classify

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("كيف حالك اليوم؟", "greeting"),
        ("شلونك؟", "greeting"),
        ("How are you today?", "greeting"),
        ("مرحبا", "greeting"),
        ("شكرا جزيلا", "thanks"),
        # Arabizi, as the search reads it (index.arabizi): greetings, thanks, goodbyes, nods.
        ("mar7aba", "greeting"),
        ("sabah el kheir", "greeting"),
        ("shukran", "thanks"),
        ("ma3 el salama", "goodbye"),
        ("tamam", "ack"),
        ("leh musk za3lan?", None),
        # A word that only goes with a greeting is none alone, and a question stays a question.
        ("اليوم", None),
        ("how", None),
        ("ماذا حدث اليوم؟", None),
        ("مرحبا، من هي المتحدثة؟", None),
        # Asking the bot what it is or how to use it; «ساعدني» shares its root with «السعودية».
        ("ساعدني لو سمحت", "help"),
        ("من فضلك ساعدني", "help"),
        ("مرحبا، شو بتعمل؟", "help"),
        ("What can you do?", "help"),
        ("ماذا تعرف عن ماسك؟", None),
        ("ممكن مساعدة ماسك؟", None),
        # «May I ask?» is a greeting; goodbyes and nods are their own kinds, thanks wins over a nod.
        ("السلام عليكم ممكن سؤال", "greeting"),
        ("ممكن سؤال عن ماسك", None),
        ("مع السلامة", "goodbye"),
        ("تمام", "ack"),
        ("طيب ومين اشترى؟", None),
        ("تمام شكرا", "thanks"),
        ("👍👍", "ack"),
        ("!!", "ack"),
        # Question marks alone: lost for what to ask; nothing visible is no message at all.
        ("؟؟؟", "help"),
        ("?!", "help"),
        ("\u200f\u200e", None),
        (" \u200b ", None),
        ("يا", None),
        ("", None),
    ],
)
def test_small_talk_is_told_apart_from_questions_by_its_words(text: str, kind: str | None) -> None:
    assert classify(text) == kind


def test_no_question_of_the_own_sets_is_taken_for_small_talk() -> None:
    """Every answerable question and nearly every out-of-scope one goes to retrieval."""
    taken = []
    for path in sorted((ROOT / "data" / "eval").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if classify(row["question"]) is not None:
                taken.append((row["question"], bool(row.get("gold"))))
    assert taken and not [q for q, answerable in taken if answerable]
