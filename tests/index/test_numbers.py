"""Spelled numbers read as digits (index.numbers)."""

from __future__ import annotations

import pytest

from index.analyzer import words
from index.numbers import spell_numbers


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("ثلاث مئة مليون", ("300", "مليون")),
        ("تلت مية مليون دولار", ("300", "مليون", "دولار")),
        ("سبعة وتسعين مليار", ("97", "مليار")),
        ("عرض السبعة وتسعين مليار", ("عرض", "97", "مليار")),
        ("مين دفع تلاتمية مليون", ("مين", "دفع", "300", "مليون")),
        ("بثلاثمائة مليون", ("300", "مليون")),
        ("ثلاثمئة وخمسين", ("350",)),
        ("ميتين مليون", ("200", "مليون")),
    ],
)
def test_a_spelled_number_is_read_as_its_digits(question: str, read: tuple[str, ...]) -> None:
    assert spell_numbers(words(question)) == read


@pytest.mark.parametrize(
    "question",
    [
        "خلال اربع سنوات",  # one number word is the lexicon's (the story spells «أربع» too)
        "مية مليار",
        "ست البيت",  # «ست»: a lady
        "اثنين ثلاث",  # two numbers, not one
        "ثلاث عشره شركه",
        "ماسك",
    ],
)
def test_words_that_are_not_one_spelled_number_stay_words(question: str) -> None:
    assert spell_numbers(words(question)) == words(question)


def test_a_question_with_a_spelled_amount_finds_the_paragraph_with_its_digits(answerer) -> None:
    result = answerer.ask("سبعة وتسعين مليار")
    assert result.answer is not None and "97.4" in result.answer.sentence
