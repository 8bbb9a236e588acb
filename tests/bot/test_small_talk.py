"""Greetings and thanks are told apart from questions by their words alone."""

from __future__ import annotations

import pytest

from bot.small_talk import classify


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("كيف حالك اليوم؟", "greeting"),
        ("شلونك؟", "greeting"),
        ("How are you today?", "greeting"),
        ("مرحبا", "greeting"),
        ("شكرا جزيلا", "thanks"),
        # A word that only goes with a greeting is none alone, and a question stays a question.
        ("اليوم", None),
        ("how", None),
        ("ماذا حدث اليوم؟", None),
        ("مرحبا، من هي المتحدثة؟", None),
    ],
)
def test_small_talk_is_only_greeting_and_thanks_words(text: str, kind: str | None) -> None:
    assert classify(text) == kind
